/* reorg-schedule.c: published savings schedules
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "reorg-published-private.h"

/* ======================================================================
 * ReorgScheduleLine
 * ====================================================================== */

/**
 * ReorgScheduleLine:
 *
 * One row of a published savings schedule: a row reference, a
 * description, the service it belongs to, what kind of line it is, its
 * MTFS status, a risk rating as the report writes it ("Red", "High", ...),
 * an optional amount per financial year of the schedule, and the proposal
 * changes that produce it.
 *
 * Amounts are held as the library's convention: a saving is positive,
 * whatever the sign convention of the published table (see
 * [method@Reorg.SavingsSchedule.parse_amount]). A blank cell is not zero:
 * [method@Reorg.ScheduleLine.get_amount] returns %NULL for it.
 *
 * A link names a proposal of the plan and the label of its changes (the
 * group of [enum@Reorg.SavingsGrouping]); [func@Reorg.Plan.check] compares
 * the line with the full-year effect those changes compute.
 *
 * Lines are plain objects with getters and setters (no properties, no
 * notifications); a line belongs to at most one section.
 *
 * Since: 0.1
 */
G_DEFINE_FINAL_TYPE (ReorgScheduleLine, reorg_schedule_line, G_TYPE_OBJECT)

static void
reorg_schedule_line_finalize (GObject *object)
{
  ReorgScheduleLine *self = REORG_SCHEDULE_LINE (object);

  g_free (self->reference);
  g_free (self->description);
  g_free (self->service);
  g_free (self->risk);
  g_array_unref (self->amounts);
  g_ptr_array_unref (self->links);
  G_OBJECT_CLASS (reorg_schedule_line_parent_class)->finalize (object);
}

static void
reorg_schedule_line_class_init (ReorgScheduleLineClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = reorg_schedule_line_finalize;
}

static void
reorg_schedule_line_init (ReorgScheduleLine *self)
{
  self->description = g_strdup ("");
  self->amounts = reorg_cells_new ();
  self->links = g_ptr_array_new_with_free_func (g_free);
}

/**
 * reorg_schedule_line_new:
 * @reference: (nullable): the row reference or number, or %NULL
 * @description: (nullable): the description of the line
 *
 * Creates a saving line with no amounts.
 *
 * Returns: (transfer full): a new line
 *
 * Since: 0.1
 */
ReorgScheduleLine *
reorg_schedule_line_new (const char *reference,
                         const char *description)
{
  ReorgScheduleLine *self = g_object_new (REORG_TYPE_SCHEDULE_LINE, NULL);

  self->reference = g_strdup (reference);
  reorg_set_str (&self->description, description ? description : "");
  return self;
}

/**
 * reorg_schedule_line_get_reference:
 * @self: a line
 *
 * Gets the row reference or number of the line.
 *
 * Returns: (transfer none) (nullable): the reference
 *
 * Since: 0.1
 */
const char *
reorg_schedule_line_get_reference (ReorgScheduleLine *self)
{
  g_return_val_if_fail (REORG_IS_SCHEDULE_LINE (self), NULL);
  return self->reference;
}

/**
 * reorg_schedule_line_set_reference:
 * @self: a line
 * @reference: (nullable): the row reference or number
 *
 * Sets the row reference or number of the line.
 *
 * Since: 0.1
 */
void
reorg_schedule_line_set_reference (ReorgScheduleLine *self,
                                   const char        *reference)
{
  g_return_if_fail (REORG_IS_SCHEDULE_LINE (self));
  reorg_set_str (&self->reference, reference);
}

/**
 * reorg_schedule_line_get_description:
 * @self: a line
 *
 * Gets the description of the line.
 *
 * Returns: (transfer none): the description, possibly empty
 *
 * Since: 0.1
 */
const char *
reorg_schedule_line_get_description (ReorgScheduleLine *self)
{
  g_return_val_if_fail (REORG_IS_SCHEDULE_LINE (self), NULL);
  return self->description;
}

/**
 * reorg_schedule_line_set_description:
 * @self: a line
 * @description: (nullable): the description; %NULL means empty
 *
 * Sets the description of the line.
 *
 * Since: 0.1
 */
void
reorg_schedule_line_set_description (ReorgScheduleLine *self,
                                     const char        *description)
{
  g_return_if_fail (REORG_IS_SCHEDULE_LINE (self));
  reorg_set_str (&self->description, description ? description : "");
}

/**
 * reorg_schedule_line_get_service:
 * @self: a line
 *
 * Gets the service the line belongs to: the name (or reference) of a row
 * of a [class@Reorg.Budget] for the savings check.
 *
 * Returns: (transfer none) (nullable): the service
 *
 * Since: 0.1
 */
const char *
reorg_schedule_line_get_service (ReorgScheduleLine *self)
{
  g_return_val_if_fail (REORG_IS_SCHEDULE_LINE (self), NULL);
  return self->service;
}

/**
 * reorg_schedule_line_set_service:
 * @self: a line
 * @service: (nullable): the service
 *
 * Sets the service the line belongs to.
 *
 * Since: 0.1
 */
void
reorg_schedule_line_set_service (ReorgScheduleLine *self,
                                 const char        *service)
{
  g_return_if_fail (REORG_IS_SCHEDULE_LINE (self));
  reorg_set_str (&self->service, service);
}

/**
 * reorg_schedule_line_get_kind:
 * @self: a line
 *
 * Gets what kind of line this is.
 *
 * Returns: the kind
 *
 * Since: 0.1
 */
ReorgScheduleLineKind
reorg_schedule_line_get_kind (ReorgScheduleLine *self)
{
  g_return_val_if_fail (REORG_IS_SCHEDULE_LINE (self), REORG_SCHEDULE_LINE_KIND_SAVING);
  return self->kind;
}

/**
 * reorg_schedule_line_set_kind:
 * @self: a line
 * @kind: the kind
 *
 * Sets what kind of line this is.
 *
 * Since: 0.1
 */
void
reorg_schedule_line_set_kind (ReorgScheduleLine     *self,
                              ReorgScheduleLineKind  kind)
{
  g_return_if_fail (REORG_IS_SCHEDULE_LINE (self));
  g_return_if_fail (kind <= REORG_SCHEDULE_LINE_KIND_RESERVES);
  self->kind = kind;
}

/**
 * reorg_schedule_line_get_status:
 * @self: a line
 *
 * Gets the MTFS status of the line.
 *
 * Returns: the status
 *
 * Since: 0.1
 */
ReorgMtfsStatus
reorg_schedule_line_get_status (ReorgScheduleLine *self)
{
  g_return_val_if_fail (REORG_IS_SCHEDULE_LINE (self), REORG_MTFS_STATUS_NONE);
  return self->status;
}

/**
 * reorg_schedule_line_set_status:
 * @self: a line
 * @status: the status
 *
 * Sets the MTFS status of the line.
 *
 * Since: 0.1
 */
void
reorg_schedule_line_set_status (ReorgScheduleLine *self,
                                ReorgMtfsStatus    status)
{
  g_return_if_fail (REORG_IS_SCHEDULE_LINE (self));
  g_return_if_fail (status <= REORG_MTFS_STATUS_INCLUDED);
  self->status = status;
}

/**
 * reorg_schedule_line_get_risk:
 * @self: a line
 *
 * Gets the risk rating as the report writes it ("Red", "Amber", "High").
 *
 * Returns: (transfer none) (nullable): the risk rating
 *
 * Since: 0.1
 */
const char *
reorg_schedule_line_get_risk (ReorgScheduleLine *self)
{
  g_return_val_if_fail (REORG_IS_SCHEDULE_LINE (self), NULL);
  return self->risk;
}

/**
 * reorg_schedule_line_set_risk:
 * @self: a line
 * @risk: (nullable): the risk rating
 *
 * Sets the risk rating, free text.
 *
 * Since: 0.1
 */
void
reorg_schedule_line_set_risk (ReorgScheduleLine *self,
                              const char        *risk)
{
  g_return_if_fail (REORG_IS_SCHEDULE_LINE (self));
  reorg_set_str (&self->risk, risk);
}

/**
 * reorg_schedule_line_get_amount:
 * @self: a line
 * @year_index: the index of a year of the schedule
 *
 * Gets the amount of the line in a year, savings positive.
 *
 * Returns: (transfer none) (nullable): the amount, or %NULL for a blank cell
 *
 * Since: 0.1
 */
const ReorgMoney *
reorg_schedule_line_get_amount (ReorgScheduleLine *self,
                                guint              year_index)
{
  g_return_val_if_fail (REORG_IS_SCHEDULE_LINE (self), NULL);
  return reorg_money_cells_get (self->amounts, year_index);
}

/**
 * reorg_schedule_line_set_amount:
 * @self: a line
 * @year_index: the index of a year of the schedule
 * @amount: (nullable): the amount, savings positive, or %NULL for a blank cell
 *
 * Sets the amount of the line in a year. Amounts at indices beyond the
 * schedule's years are kept but not used nor saved.
 *
 * Since: 0.1
 */
void
reorg_schedule_line_set_amount (ReorgScheduleLine *self,
                                guint              year_index,
                                const ReorgMoney  *amount)
{
  g_return_if_fail (REORG_IS_SCHEDULE_LINE (self));
  g_return_if_fail (year_index < 1000);
  reorg_money_cells_set (self->amounts, year_index, amount);
}

/**
 * reorg_schedule_line_compute_total:
 * @self: a line
 * @error: return location for a #GError
 *
 * Adds up the line's amounts over all its years (blank cells count for
 * nothing): the "Total" column of a schedule. A sum that does not fit is a
 * %REORG_ERROR_OVERFLOW error.
 *
 * Returns: (transfer full) (nullable): the total, or %NULL on error
 *
 * Since: 0.1
 */
ReorgMoney *
reorg_schedule_line_compute_total (ReorgScheduleLine  *self,
                                   GError            **error)
{
  gint64 sum = 0;

  g_return_val_if_fail (REORG_IS_SCHEDULE_LINE (self), NULL);
  for (guint i = 0; i < self->amounts->len; i++)
    {
      const ReorgMoney *money = reorg_money_cells_get (self->amounts, i);

      if (money != NULL && !reorg_checked_add (sum, money->pence, &sum))
        {
          reorg_set_overflow_error (error, "the total of a schedule line");
          return NULL;
        }
    }
  return reorg_money_new (sum);
}

/**
 * reorg_schedule_line_add_link:
 * @self: a line
 * @proposal: the name of a proposal of the plan
 * @change_label: the label shared by the changes that produce the line
 *
 * Links the line to the changes of a proposal that carry a label.
 *
 * Since: 0.1
 */
void
reorg_schedule_line_add_link (ReorgScheduleLine *self,
                              const char        *proposal,
                              const char        *change_label)
{
  g_return_if_fail (REORG_IS_SCHEDULE_LINE (self));
  g_return_if_fail (proposal != NULL);
  g_return_if_fail (change_label != NULL);
  g_ptr_array_add (self->links, g_strdup (proposal));
  g_ptr_array_add (self->links, g_strdup (change_label));
}

/**
 * reorg_schedule_line_get_n_links:
 * @self: a line
 *
 * Gets the number of links to proposal changes.
 *
 * Returns: the number of links
 *
 * Since: 0.1
 */
guint
reorg_schedule_line_get_n_links (ReorgScheduleLine *self)
{
  g_return_val_if_fail (REORG_IS_SCHEDULE_LINE (self), 0);
  return self->links->len / 2;
}

/**
 * reorg_schedule_line_get_link:
 * @self: a line
 * @index: the index of a link
 * @proposal: (out) (optional) (transfer none): the proposal's name
 * @change_label: (out) (optional) (transfer none): the changes' label
 *
 * Gets a link to proposal changes.
 *
 * Returns: %TRUE if there is a link at @index
 *
 * Since: 0.1
 */
gboolean
reorg_schedule_line_get_link (ReorgScheduleLine  *self,
                              guint               index,
                              const char        **proposal,
                              const char        **change_label)
{
  g_return_val_if_fail (REORG_IS_SCHEDULE_LINE (self), FALSE);
  if (proposal)
    *proposal = NULL;
  if (change_label)
    *change_label = NULL;
  if (index >= self->links->len / 2)
    return FALSE;
  if (proposal)
    *proposal = g_ptr_array_index (self->links, 2 * index);
  if (change_label)
    *change_label = g_ptr_array_index (self->links, 2 * index + 1);
  return TRUE;
}

/**
 * reorg_schedule_line_clear_links:
 * @self: a line
 *
 * Removes every link to proposal changes.
 *
 * Since: 0.1
 */
void
reorg_schedule_line_clear_links (ReorgScheduleLine *self)
{
  g_return_if_fail (REORG_IS_SCHEDULE_LINE (self));
  g_ptr_array_set_size (self->links, 0);
}

/* Compares the amounts of the first n_years years only: those past the
 * schedule's years are not used nor saved. */
static gboolean
line_equal (ReorgScheduleLine *a,
            ReorgScheduleLine *b,
            guint              n_years)
{
  if (g_strcmp0 (a->reference, b->reference) != 0 || g_strcmp0 (a->description, b->description) != 0 ||
      g_strcmp0 (a->service, b->service) != 0 || g_strcmp0 (a->risk, b->risk) != 0 ||
      a->kind != b->kind || a->status != b->status || a->links->len != b->links->len)
    return FALSE;
  for (guint i = 0; i < a->links->len; i++)
    if (strcmp (g_ptr_array_index (a->links, i), g_ptr_array_index (b->links, i)) != 0)
      return FALSE;
  return reorg_cells_equal (a->amounts, b->amounts, n_years);
}

/**
 * reorg_schedule_line_equal:
 * @a: a line
 * @b: another line
 *
 * Compares every field of two lines: amounts (blank is not zero) and links.
 *
 * Returns: %TRUE if the lines are equal
 *
 * Since: 0.1
 */
gboolean
reorg_schedule_line_equal (ReorgScheduleLine *a,
                           ReorgScheduleLine *b)
{
  g_return_val_if_fail (REORG_IS_SCHEDULE_LINE (a), FALSE);
  g_return_val_if_fail (REORG_IS_SCHEDULE_LINE (b), FALSE);
  return line_equal (a, b, G_MAXUINT);
}

/* ======================================================================
 * ReorgScheduleSection
 * ====================================================================== */

/**
 * ReorgScheduleSection:
 *
 * A section of a savings schedule: a name, lines, child sections, and per
 * year an optional published subtotal kept beside the computed one
 * ([method@Reorg.ScheduleSection.compute_subtotal]: the sum of its lines
 * and of its child sections' computed subtotals).
 *
 * A published table that subtotals part of a section and then adjusts it
 * (Manchester: "Sub Total Savings 4,906", "Adjustment (3,215)", "Subtotal
 * LAC 1,691") is a section holding a child section with the first
 * subtotal, and the adjustment line.
 *
 * The lines and child sections are two live list models; a section's lines
 * come before its child sections when the table is printed back. A section
 * belongs to at most one parent.
 *
 * Since: 0.1
 */
G_DEFINE_FINAL_TYPE (ReorgScheduleSection, reorg_schedule_section, G_TYPE_OBJECT)

static void
clear_parents (ReorgListModel *model)
{
  GPtrArray *items = reorg_list_model_get_array (model);

  for (guint i = 0; i < items->len; i++)
    {
      GObject *item = g_ptr_array_index (items, i);

      if (REORG_IS_SCHEDULE_LINE (item))
        REORG_SCHEDULE_LINE (item)->parent = NULL;
      else
        REORG_SCHEDULE_SECTION (item)->parent = NULL;
    }
}

static void
reorg_schedule_section_dispose (GObject *object)
{
  ReorgScheduleSection *self = REORG_SCHEDULE_SECTION (object);

  if (self->lines)
    clear_parents (self->lines);
  if (self->sections)
    clear_parents (self->sections);
  g_clear_object (&self->lines);
  g_clear_object (&self->sections);
  G_OBJECT_CLASS (reorg_schedule_section_parent_class)->dispose (object);
}

static void
reorg_schedule_section_finalize (GObject *object)
{
  ReorgScheduleSection *self = REORG_SCHEDULE_SECTION (object);

  g_free (self->name);
  g_array_unref (self->subtotals);
  G_OBJECT_CLASS (reorg_schedule_section_parent_class)->finalize (object);
}

static void
reorg_schedule_section_class_init (ReorgScheduleSectionClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = reorg_schedule_section_dispose;
  G_OBJECT_CLASS (klass)->finalize = reorg_schedule_section_finalize;
}

static void
reorg_schedule_section_init (ReorgScheduleSection *self)
{
  self->name = g_strdup ("");
  self->lines = reorg_list_model_new (REORG_TYPE_SCHEDULE_LINE);
  self->sections = reorg_list_model_new (REORG_TYPE_SCHEDULE_SECTION);
  self->subtotals = reorg_cells_new ();
}

/**
 * reorg_schedule_section_new:
 * @name: (nullable): the section's heading
 *
 * Creates an empty section.
 *
 * Returns: (transfer full): a new section
 *
 * Since: 0.1
 */
ReorgScheduleSection *
reorg_schedule_section_new (const char *name)
{
  ReorgScheduleSection *self = g_object_new (REORG_TYPE_SCHEDULE_SECTION, NULL);

  reorg_set_str (&self->name, name ? name : "");
  return self;
}

/**
 * reorg_schedule_section_get_name:
 * @self: a section
 *
 * Gets the section's heading.
 *
 * Returns: (transfer none): the name, possibly empty
 *
 * Since: 0.1
 */
const char *
reorg_schedule_section_get_name (ReorgScheduleSection *self)
{
  g_return_val_if_fail (REORG_IS_SCHEDULE_SECTION (self), NULL);
  return self->name;
}

/**
 * reorg_schedule_section_set_name:
 * @self: a section
 * @name: (nullable): the heading; %NULL means empty
 *
 * Sets the section's heading.
 *
 * Since: 0.1
 */
void
reorg_schedule_section_set_name (ReorgScheduleSection *self,
                                 const char           *name)
{
  g_return_if_fail (REORG_IS_SCHEDULE_SECTION (self));
  reorg_set_str (&self->name, name ? name : "");
}

/**
 * reorg_schedule_section_add_line:
 * @self: a section
 * @line: a line that is in no section
 * @error: return location for a #GError
 *
 * Appends a line to the section. A line already in a section is a
 * %REORG_ERROR_INVALID error.
 *
 * Returns: %TRUE on success
 *
 * Since: 0.1
 */
gboolean
reorg_schedule_section_add_line (ReorgScheduleSection  *self,
                                 ReorgScheduleLine     *line,
                                 GError               **error)
{
  g_return_val_if_fail (REORG_IS_SCHEDULE_SECTION (self), FALSE);
  g_return_val_if_fail (REORG_IS_SCHEDULE_LINE (line), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (line->parent != NULL)
    {
      g_set_error (error, REORG_ERROR, REORG_ERROR_INVALID,
                   "the line '%s' is already in a section", line->description);
      return FALSE;
    }
  line->parent = self;
  reorg_list_model_append (self->lines, line);
  return TRUE;
}

/**
 * reorg_schedule_section_add_section:
 * @self: a section
 * @child: a section that is in no section nor schedule
 * @error: return location for a #GError
 *
 * Appends a child section. A section that already has a parent is a
 * %REORG_ERROR_INVALID error; adding a section to itself or to one of its
 * descendants is a %REORG_ERROR_CYCLE error.
 *
 * Returns: %TRUE on success
 *
 * Since: 0.1
 */
gboolean
reorg_schedule_section_add_section (ReorgScheduleSection  *self,
                                    ReorgScheduleSection  *child,
                                    GError               **error)
{
  g_return_val_if_fail (REORG_IS_SCHEDULE_SECTION (self), FALSE);
  g_return_val_if_fail (REORG_IS_SCHEDULE_SECTION (child), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (gpointer p = self; p != NULL && REORG_IS_SCHEDULE_SECTION (p); p = REORG_SCHEDULE_SECTION (p)->parent)
    if (p == child)
      {
        g_set_error (error, REORG_ERROR, REORG_ERROR_CYCLE,
                     "the section '%s' cannot contain itself", child->name);
        return FALSE;
      }
  if (child->parent != NULL)
    {
      g_set_error (error, REORG_ERROR, REORG_ERROR_INVALID,
                   "the section '%s' already has a parent", child->name);
      return FALSE;
    }
  child->parent = self;
  reorg_list_model_append (self->sections, child);
  return TRUE;
}

/**
 * reorg_schedule_section_get_lines:
 * @self: a section
 *
 * Gets the section's own lines, in order, as a live list model.
 *
 * Returns: (transfer full): a [iface@Gio.ListModel] of [class@Reorg.ScheduleLine]
 *
 * Since: 0.1
 */
GListModel *
reorg_schedule_section_get_lines (ReorgScheduleSection *self)
{
  g_return_val_if_fail (REORG_IS_SCHEDULE_SECTION (self), NULL);
  return g_object_ref (G_LIST_MODEL (self->lines));
}

/**
 * reorg_schedule_section_get_sections:
 * @self: a section
 *
 * Gets the section's child sections, in order, as a live list model.
 *
 * Returns: (transfer full): a [iface@Gio.ListModel] of [class@Reorg.ScheduleSection]
 *
 * Since: 0.1
 */
GListModel *
reorg_schedule_section_get_sections (ReorgScheduleSection *self)
{
  g_return_val_if_fail (REORG_IS_SCHEDULE_SECTION (self), NULL);
  return g_object_ref (G_LIST_MODEL (self->sections));
}

/**
 * reorg_schedule_section_get_published_subtotal:
 * @self: a section
 * @year_index: the index of a year of the schedule
 *
 * Gets the subtotal the table states for the section in a year.
 *
 * Returns: (transfer none) (nullable): the published subtotal, or %NULL if none
 *
 * Since: 0.1
 */
const ReorgMoney *
reorg_schedule_section_get_published_subtotal (ReorgScheduleSection *self,
                                               guint                 year_index)
{
  g_return_val_if_fail (REORG_IS_SCHEDULE_SECTION (self), NULL);
  return reorg_money_cells_get (self->subtotals, year_index);
}

/**
 * reorg_schedule_section_set_published_subtotal:
 * @self: a section
 * @year_index: the index of a year of the schedule
 * @subtotal: (nullable): the subtotal the table states, savings positive, or %NULL
 *
 * Sets the subtotal the table states for the section in a year.
 *
 * Since: 0.1
 */
void
reorg_schedule_section_set_published_subtotal (ReorgScheduleSection *self,
                                               guint                 year_index,
                                               const ReorgMoney     *subtotal)
{
  g_return_if_fail (REORG_IS_SCHEDULE_SECTION (self));
  g_return_if_fail (year_index < 1000);
  reorg_money_cells_set (self->subtotals, year_index, subtotal);
}

gboolean
reorg_schedule_section_sum (ReorgScheduleSection  *self,
                            guint                  year_index,
                            gint64                *pence,
                            guint                 *n_terms,
                            GError               **error)
{
  GPtrArray *lines = reorg_list_model_get_array (self->lines);
  GPtrArray *sections = reorg_list_model_get_array (self->sections);
  gint64 sum = 0;
  guint terms = 0;

  for (guint i = 0; i < lines->len; i++)
    {
      ReorgScheduleLine *line = g_ptr_array_index (lines, i);
      const ReorgMoney *money = reorg_money_cells_get (line->amounts, year_index);

      if (money == NULL)
        continue;
      terms++;
      if (!reorg_checked_add (sum, money->pence, &sum))
        goto overflow;
    }
  for (guint i = 0; i < sections->len; i++)
    {
      gint64 child;
      guint child_terms;

      if (!reorg_schedule_section_sum (g_ptr_array_index (sections, i), year_index, &child, &child_terms, error))
        return FALSE;
      terms += child_terms;
      if (!reorg_checked_add (sum, child, &sum))
        goto overflow;
    }
  *pence = sum;
  if (n_terms)
    *n_terms = terms;
  return TRUE;

overflow:
  {
    g_autofree char *what = g_strdup_printf ("the subtotal of the section '%s'", self->name);
    reorg_set_overflow_error (error, what);
  }
  return FALSE;
}

/**
 * reorg_schedule_section_compute_subtotal:
 * @self: a section
 * @year_index: the index of a year of the schedule
 * @error: return location for a #GError
 *
 * Computes the section's subtotal in a year: the sum of its lines' amounts
 * and of its child sections' computed subtotals. Blank cells count for
 * nothing; published subtotals are not used. A sum that does not fit is a
 * %REORG_ERROR_OVERFLOW error.
 *
 * Returns: (transfer full) (nullable): the subtotal, or %NULL on error
 *
 * Since: 0.1
 */
ReorgMoney *
reorg_schedule_section_compute_subtotal (ReorgScheduleSection  *self,
                                         guint                  year_index,
                                         GError               **error)
{
  gint64 pence;

  g_return_val_if_fail (REORG_IS_SCHEDULE_SECTION (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  if (!reorg_schedule_section_sum (self, year_index, &pence, NULL, error))
    return NULL;
  return reorg_money_new (pence);
}

static gboolean
section_equal (ReorgScheduleSection *a,
               ReorgScheduleSection *b,
               guint                 n_years)
{
  GPtrArray *la = reorg_list_model_get_array (a->lines), *lb = reorg_list_model_get_array (b->lines);
  GPtrArray *sa = reorg_list_model_get_array (a->sections), *sb = reorg_list_model_get_array (b->sections);

  if (strcmp (a->name, b->name) != 0 || !reorg_cells_equal (a->subtotals, b->subtotals, n_years) ||
      la->len != lb->len || sa->len != sb->len)
    return FALSE;
  for (guint i = 0; i < la->len; i++)
    if (!line_equal (g_ptr_array_index (la, i), g_ptr_array_index (lb, i), n_years))
      return FALSE;
  for (guint i = 0; i < sa->len; i++)
    if (!section_equal (g_ptr_array_index (sa, i), g_ptr_array_index (sb, i), n_years))
      return FALSE;
  return TRUE;
}

/* Top-level sections of two schedules with n_years years */
static gboolean
sections_equal (ReorgListModel *a,
                ReorgListModel *b,
                guint           n_years)
{
  GPtrArray *x = reorg_list_model_get_array (a), *y = reorg_list_model_get_array (b);

  if (x->len != y->len)
    return FALSE;
  for (guint i = 0; i < x->len; i++)
    if (!section_equal (g_ptr_array_index (x, i), g_ptr_array_index (y, i), n_years))
      return FALSE;
  return TRUE;
}

/**
 * reorg_schedule_section_equal:
 * @a: a section
 * @b: another section
 *
 * Compares two sections: name, published subtotals, and equal lines and
 * child sections in the same order.
 *
 * Returns: %TRUE if the sections are equal
 *
 * Since: 0.1
 */
gboolean
reorg_schedule_section_equal (ReorgScheduleSection *a,
                              ReorgScheduleSection *b)
{
  g_return_val_if_fail (REORG_IS_SCHEDULE_SECTION (a), FALSE);
  g_return_val_if_fail (REORG_IS_SCHEDULE_SECTION (b), FALSE);
  return section_equal (a, b, G_MAXUINT);
}

/* ======================================================================
 * ReorgSavingsSchedule
 * ====================================================================== */

/**
 * ReorgSavingsSchedule:
 *
 * A published savings schedule: a title, the scale its table prints
 * amounts in (amounts are held exactly in pence; the scale only says how
 * the table prints them and how much rounding its figures carry), its
 * [enum@Reorg.SignConvention], an ordered list of financial years (the
 * columns), a tree of [class@Reorg.ScheduleSection]s holding
 * [class@Reorg.ScheduleLine]s, and per year an optional published total.
 *
 * Amounts are held savings positive; [method@Reorg.SavingsSchedule.parse_amount]
 * and [method@Reorg.SavingsSchedule.format_amount] convert from and to the
 * table's own scale and sign. Building one row by row from C:
 *
 * ```c
 * g_autoptr(ReorgSavingsSchedule) s =
 *   reorg_savings_schedule_new ("Savings", REORG_MONEY_SCALE_THOUSANDS,
 *                               REORG_SIGN_CONVENTION_SAVINGS_NEGATIVE);
 * g_autoptr(ReorgScheduleSection) section = reorg_schedule_section_new ("Savings");
 * g_autoptr(ReorgScheduleLine) line = reorg_schedule_line_new ("1", "Staffing Restructure");
 * g_autoptr(ReorgMoney) amount = reorg_savings_schedule_parse_amount (s, "-312", &error);
 *
 * reorg_savings_schedule_add_year (s, year, &error);
 * reorg_schedule_line_set_amount (line, 0, amount);    // £312,000 saved
 * reorg_schedule_section_add_line (section, line, &error);
 * reorg_savings_schedule_add_section (s, section, &error);
 * ```
 *
 * Since: 0.1
 */
G_DEFINE_FINAL_TYPE (ReorgSavingsSchedule, reorg_savings_schedule, G_TYPE_OBJECT)

static void
reorg_savings_schedule_dispose (GObject *object)
{
  ReorgSavingsSchedule *self = REORG_SAVINGS_SCHEDULE (object);

  if (self->sections)
    clear_parents (self->sections);
  g_clear_object (&self->sections);
  G_OBJECT_CLASS (reorg_savings_schedule_parent_class)->dispose (object);
}

static void
reorg_savings_schedule_finalize (GObject *object)
{
  ReorgSavingsSchedule *self = REORG_SAVINGS_SCHEDULE (object);

  g_free (self->title);
  g_ptr_array_unref (self->years);
  g_array_unref (self->totals);
  G_OBJECT_CLASS (reorg_savings_schedule_parent_class)->finalize (object);
}

static void
reorg_savings_schedule_class_init (ReorgSavingsScheduleClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = reorg_savings_schedule_dispose;
  G_OBJECT_CLASS (klass)->finalize = reorg_savings_schedule_finalize;
}

static void
reorg_savings_schedule_init (ReorgSavingsSchedule *self)
{
  self->title = g_strdup ("");
  self->years = reorg_years_new ();
  self->sections = reorg_list_model_new (REORG_TYPE_SCHEDULE_SECTION);
  self->totals = reorg_cells_new ();
}

/**
 * reorg_savings_schedule_new:
 * @title: (nullable): the schedule's title
 * @scale: the scale the table prints amounts in
 * @sign: how the table writes savings
 *
 * Creates a schedule with no years and no sections.
 *
 * Returns: (transfer full): a new schedule
 *
 * Since: 0.1
 */
ReorgSavingsSchedule *
reorg_savings_schedule_new (const char          *title,
                            ReorgMoneyScale      scale,
                            ReorgSignConvention  sign)
{
  ReorgSavingsSchedule *self;

  g_return_val_if_fail (scale <= REORG_MONEY_SCALE_BILLIONS, NULL);
  g_return_val_if_fail (sign <= REORG_SIGN_CONVENTION_SAVINGS_NEGATIVE, NULL);
  self = g_object_new (REORG_TYPE_SAVINGS_SCHEDULE, NULL);
  reorg_set_str (&self->title, title ? title : "");
  self->scale = scale;
  self->sign = sign;
  return self;
}

/**
 * reorg_savings_schedule_get_title:
 * @self: a schedule
 *
 * Gets the schedule's title; a plan finds its schedules by title.
 *
 * Returns: (transfer none): the title, possibly empty
 *
 * Since: 0.1
 */
const char *
reorg_savings_schedule_get_title (ReorgSavingsSchedule *self)
{
  g_return_val_if_fail (REORG_IS_SAVINGS_SCHEDULE (self), NULL);
  return self->title;
}

/**
 * reorg_savings_schedule_set_title:
 * @self: a schedule
 * @title: (nullable): the title; %NULL means empty
 *
 * Sets the schedule's title.
 *
 * Since: 0.1
 */
void
reorg_savings_schedule_set_title (ReorgSavingsSchedule *self,
                                  const char           *title)
{
  g_return_if_fail (REORG_IS_SAVINGS_SCHEDULE (self));
  reorg_set_str (&self->title, title ? title : "");
}

/**
 * reorg_savings_schedule_get_scale:
 * @self: a schedule
 *
 * Gets the scale the table prints amounts in.
 *
 * Returns: the scale
 *
 * Since: 0.1
 */
ReorgMoneyScale
reorg_savings_schedule_get_scale (ReorgSavingsSchedule *self)
{
  g_return_val_if_fail (REORG_IS_SAVINGS_SCHEDULE (self), REORG_MONEY_SCALE_UNITS);
  return self->scale;
}

/**
 * reorg_savings_schedule_set_scale:
 * @self: a schedule
 * @scale: the scale
 *
 * Sets the scale the table prints amounts in. Amounts are not changed.
 *
 * Since: 0.1
 */
void
reorg_savings_schedule_set_scale (ReorgSavingsSchedule *self,
                                  ReorgMoneyScale       scale)
{
  g_return_if_fail (REORG_IS_SAVINGS_SCHEDULE (self));
  g_return_if_fail (scale <= REORG_MONEY_SCALE_BILLIONS);
  self->scale = scale;
}

/**
 * reorg_savings_schedule_get_sign:
 * @self: a schedule
 *
 * Gets how the table writes savings.
 *
 * Returns: the sign convention
 *
 * Since: 0.1
 */
ReorgSignConvention
reorg_savings_schedule_get_sign (ReorgSavingsSchedule *self)
{
  g_return_val_if_fail (REORG_IS_SAVINGS_SCHEDULE (self), REORG_SIGN_CONVENTION_SAVINGS_POSITIVE);
  return self->sign;
}

/**
 * reorg_savings_schedule_set_sign:
 * @self: a schedule
 * @sign: the sign convention
 *
 * Sets how the table writes savings. Amounts, held savings positive, are
 * not changed.
 *
 * Since: 0.1
 */
void
reorg_savings_schedule_set_sign (ReorgSavingsSchedule *self,
                                 ReorgSignConvention   sign)
{
  g_return_if_fail (REORG_IS_SAVINGS_SCHEDULE (self));
  g_return_if_fail (sign <= REORG_SIGN_CONVENTION_SAVINGS_NEGATIVE);
  self->sign = sign;
}

/**
 * reorg_savings_schedule_add_year:
 * @self: a schedule
 * @year: a financial year
 * @error: return location for a #GError
 *
 * Appends a year column. A year that is already a column is a
 * %REORG_ERROR_DUPLICATE error.
 *
 * Returns: %TRUE on success
 *
 * Since: 0.1
 */
gboolean
reorg_savings_schedule_add_year (ReorgSavingsSchedule      *self,
                                 const ReorgFinancialYear  *year,
                                 GError                   **error)
{
  g_return_val_if_fail (REORG_IS_SAVINGS_SCHEDULE (self), FALSE);
  g_return_val_if_fail (year != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return reorg_years_add (self->years, year, "a column", error);
}

/**
 * reorg_savings_schedule_get_n_years:
 * @self: a schedule
 *
 * Gets the number of year columns.
 *
 * Returns: the number of years
 *
 * Since: 0.1
 */
guint
reorg_savings_schedule_get_n_years (ReorgSavingsSchedule *self)
{
  g_return_val_if_fail (REORG_IS_SAVINGS_SCHEDULE (self), 0);
  return self->years->len;
}

/**
 * reorg_savings_schedule_get_year:
 * @self: a schedule
 * @year_index: the index of a year
 *
 * Gets a year column.
 *
 * Returns: (transfer none) (nullable): the year, or %NULL if @year_index is out of range
 *
 * Since: 0.1
 */
const ReorgFinancialYear *
reorg_savings_schedule_get_year (ReorgSavingsSchedule *self,
                                 guint                 year_index)
{
  g_return_val_if_fail (REORG_IS_SAVINGS_SCHEDULE (self), NULL);
  return reorg_years_get (self->years, year_index);
}

/**
 * reorg_savings_schedule_find_year:
 * @self: a schedule
 * @year: a financial year
 *
 * Finds the index of a year column.
 *
 * Returns: the index, or -1 if @year is not a column
 *
 * Since: 0.1
 */
int
reorg_savings_schedule_find_year (ReorgSavingsSchedule     *self,
                                  const ReorgFinancialYear *year)
{
  g_return_val_if_fail (REORG_IS_SAVINGS_SCHEDULE (self), -1);
  g_return_val_if_fail (year != NULL, -1);
  return reorg_years_find (self->years, year);
}

/**
 * reorg_savings_schedule_add_section:
 * @self: a schedule
 * @section: a section that has no parent
 * @error: return location for a #GError
 *
 * Appends a top-level section. A section that already has a parent is a
 * %REORG_ERROR_INVALID error.
 *
 * Returns: %TRUE on success
 *
 * Since: 0.1
 */
gboolean
reorg_savings_schedule_add_section (ReorgSavingsSchedule  *self,
                                    ReorgScheduleSection  *section,
                                    GError               **error)
{
  g_return_val_if_fail (REORG_IS_SAVINGS_SCHEDULE (self), FALSE);
  g_return_val_if_fail (REORG_IS_SCHEDULE_SECTION (section), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (section->parent != NULL)
    {
      g_set_error (error, REORG_ERROR, REORG_ERROR_INVALID,
                   "the section '%s' already has a parent", section->name);
      return FALSE;
    }
  section->parent = self;
  reorg_list_model_append (self->sections, section);
  return TRUE;
}

/**
 * reorg_savings_schedule_get_sections:
 * @self: a schedule
 *
 * Gets the top-level sections, in order, as a live list model.
 *
 * Returns: (transfer full): a [iface@Gio.ListModel] of [class@Reorg.ScheduleSection]
 *
 * Since: 0.1
 */
GListModel *
reorg_savings_schedule_get_sections (ReorgSavingsSchedule *self)
{
  g_return_val_if_fail (REORG_IS_SAVINGS_SCHEDULE (self), NULL);
  return g_object_ref (G_LIST_MODEL (self->sections));
}

static void
collect_lines (ReorgScheduleSection *section,
               GPtrArray            *out)
{
  GPtrArray *lines = reorg_list_model_get_array (section->lines);
  GPtrArray *sections = reorg_list_model_get_array (section->sections);

  for (guint i = 0; i < lines->len; i++)
    g_ptr_array_add (out, g_object_ref (g_ptr_array_index (lines, i)));
  for (guint i = 0; i < sections->len; i++)
    collect_lines (g_ptr_array_index (sections, i), out);
}

/**
 * reorg_savings_schedule_get_all_lines:
 * @self: a schedule
 *
 * Gets every line of the schedule in the order the table prints them: a
 * section's lines, then its child sections'.
 *
 * Returns: (transfer container) (element-type ReorgScheduleLine): the lines
 *
 * Since: 0.1
 */
GPtrArray *
reorg_savings_schedule_get_all_lines (ReorgSavingsSchedule *self)
{
  GPtrArray *out, *sections;

  g_return_val_if_fail (REORG_IS_SAVINGS_SCHEDULE (self), NULL);
  out = g_ptr_array_new_with_free_func (g_object_unref);
  sections = reorg_list_model_get_array (self->sections);
  for (guint i = 0; i < sections->len; i++)
    collect_lines (g_ptr_array_index (sections, i), out);
  return out;
}

/**
 * reorg_savings_schedule_get_published_total:
 * @self: a schedule
 * @year_index: the index of a year
 *
 * Gets the total the table states for a year.
 *
 * Returns: (transfer none) (nullable): the published total, or %NULL if none
 *
 * Since: 0.1
 */
const ReorgMoney *
reorg_savings_schedule_get_published_total (ReorgSavingsSchedule *self,
                                            guint                 year_index)
{
  g_return_val_if_fail (REORG_IS_SAVINGS_SCHEDULE (self), NULL);
  return reorg_money_cells_get (self->totals, year_index);
}

/**
 * reorg_savings_schedule_set_published_total:
 * @self: a schedule
 * @year_index: the index of a year
 * @total: (nullable): the total the table states, savings positive, or %NULL
 *
 * Sets the total the table states for a year.
 *
 * Since: 0.1
 */
void
reorg_savings_schedule_set_published_total (ReorgSavingsSchedule *self,
                                            guint                 year_index,
                                            const ReorgMoney     *total)
{
  g_return_if_fail (REORG_IS_SAVINGS_SCHEDULE (self));
  g_return_if_fail (year_index < 1000);
  reorg_money_cells_set (self->totals, year_index, total);
}

/**
 * reorg_savings_schedule_compute_total:
 * @self: a schedule
 * @year_index: the index of a year
 * @error: return location for a #GError
 *
 * Computes the schedule's total in a year: the sum of its sections'
 * computed subtotals. A @year_index that is not a column is a
 * %REORG_ERROR_INVALID error; a sum that does not fit a
 * %REORG_ERROR_OVERFLOW error.
 *
 * Returns: (transfer full) (nullable): the total, or %NULL on error
 *
 * Since: 0.1
 */
ReorgMoney *
reorg_savings_schedule_compute_total (ReorgSavingsSchedule  *self,
                                      guint                  year_index,
                                      GError               **error)
{
  GPtrArray *sections;
  gint64 sum = 0;

  g_return_val_if_fail (REORG_IS_SAVINGS_SCHEDULE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!reorg_years_check_index (self->years, year_index, "schedule", error))
    return NULL;
  sections = reorg_list_model_get_array (self->sections);
  for (guint i = 0; i < sections->len; i++)
    {
      gint64 part;

      if (!reorg_schedule_section_sum (g_ptr_array_index (sections, i), year_index, &part, NULL, error))
        return NULL;
      if (!reorg_checked_add (sum, part, &sum))
        {
          reorg_set_overflow_error (error, "the total of the schedule");
          return NULL;
        }
    }
  return reorg_money_new (sum);
}

/**
 * reorg_savings_schedule_parse_amount:
 * @self: a schedule
 * @text: an amount as the table prints it: `1,180`, `(3,215)`, `-312`
 * @error: return location for a #GError
 *
 * Reads an amount as the table prints it, in the table's scale, and
 * converts it to the library's convention (savings positive): in a table
 * that writes savings as negative numbers, `-312` is a saving of 312.
 * Errors are those of [func@Reorg.Money.parse].
 *
 * Returns: (transfer full) (nullable): the amount, or %NULL on error
 *
 * Since: 0.1
 */
ReorgMoney *
reorg_savings_schedule_parse_amount (ReorgSavingsSchedule  *self,
                                     const char            *text,
                                     GError               **error)
{
  g_return_val_if_fail (REORG_IS_SAVINGS_SCHEDULE (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);
  return reorg_parse_in_scale (text, self->scale, self->sign == REORG_SIGN_CONVENTION_SAVINGS_NEGATIVE, error);
}

/**
 * reorg_savings_schedule_format_amount:
 * @self: a schedule
 * @amount: an amount, savings positive
 *
 * Writes an amount as the table prints it: in its scale, with its sign
 * convention, brackets for negative numbers in a table that writes savings
 * positive (`(3,215)`) and a minus sign in one that writes them negative
 * (`-312`), and as many decimals as it takes to be exact.
 *
 * Returns: (transfer full): the amount as text
 *
 * Since: 0.1
 */
char *
reorg_savings_schedule_format_amount (ReorgSavingsSchedule *self,
                                      const ReorgMoney     *amount)
{
  gboolean negative;

  g_return_val_if_fail (REORG_IS_SAVINGS_SCHEDULE (self), NULL);
  g_return_val_if_fail (amount != NULL, NULL);

  /* Brackets where savings are positive, a minus sign where negative */
  negative = self->sign == REORG_SIGN_CONVENTION_SAVINGS_NEGATIVE;
  return reorg_format_signed_in_scale (amount, self->scale, negative,
                                       negative ? REORG_MONEY_FORMAT_NONE : REORG_MONEY_FORMAT_BRACKETS);
}

/**
 * reorg_savings_schedule_equal:
 * @a: a schedule
 * @b: another schedule
 *
 * Compares two schedules: title, scale, sign, years, published totals and
 * equal sections in the same order. Only the cells of the schedule's years
 * are compared: those set at indices beyond them are not used nor saved.
 *
 * Returns: %TRUE if the schedules are equal
 *
 * Since: 0.1
 */
gboolean
reorg_savings_schedule_equal (ReorgSavingsSchedule *a,
                              ReorgSavingsSchedule *b)
{
  g_return_val_if_fail (REORG_IS_SAVINGS_SCHEDULE (a), FALSE);
  g_return_val_if_fail (REORG_IS_SAVINGS_SCHEDULE (b), FALSE);

  return strcmp (a->title, b->title) == 0 && a->scale == b->scale && a->sign == b->sign &&
         reorg_years_equal (a->years, b->years) &&
         reorg_cells_equal (a->totals, b->totals, a->years->len) &&
         sections_equal (a->sections, b->sections, a->years->len);
}

/* ======================================================================
 * JSON (see docs/plan-format.md)
 * ====================================================================== */

static void
line_to_json (ReorgScheduleLine *line,
              JsonBuilder       *b,
              guint              n_years)
{
  json_builder_begin_object (b);
  reorg_json_add_string (b, "ref", line->reference);
  reorg_json_add_string (b, "description", line->description);
  reorg_json_add_string (b, "service", line->service);
  if (line->kind != REORG_SCHEDULE_LINE_KIND_SAVING)
    reorg_json_add_enum (b, "kind", REORG_TYPE_SCHEDULE_LINE_KIND, line->kind);
  if (line->status != REORG_MTFS_STATUS_NONE)
    reorg_json_add_enum (b, "status", REORG_TYPE_MTFS_STATUS, line->status);
  reorg_json_add_string (b, "risk", line->risk);
  reorg_json_add_money_cells (b, "amounts", line->amounts, n_years);
  if (line->links->len > 0)
    {
      json_builder_set_member_name (b, "changes");
      json_builder_begin_array (b);
      for (guint i = 0; i + 1 < line->links->len; i += 2)
        {
          json_builder_begin_object (b);
          reorg_json_add_string (b, "proposal", g_ptr_array_index (line->links, i));
          reorg_json_add_string (b, "change", g_ptr_array_index (line->links, i + 1));
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
    }
  json_builder_end_object (b);
}

static void
section_to_json (ReorgScheduleSection *section,
                 JsonBuilder          *b,
                 guint                 n_years)
{
  GPtrArray *lines = reorg_list_model_get_array (section->lines);
  GPtrArray *sections = reorg_list_model_get_array (section->sections);

  json_builder_begin_object (b);
  reorg_json_add_string (b, "name", section->name);
  reorg_json_add_money_cells (b, "subtotals", section->subtotals, n_years);
  if (lines->len > 0)
    {
      json_builder_set_member_name (b, "lines");
      json_builder_begin_array (b);
      for (guint i = 0; i < lines->len; i++)
        line_to_json (g_ptr_array_index (lines, i), b, n_years);
      json_builder_end_array (b);
    }
  if (sections->len > 0)
    {
      json_builder_set_member_name (b, "sections");
      json_builder_begin_array (b);
      for (guint i = 0; i < sections->len; i++)
        section_to_json (g_ptr_array_index (sections, i), b, n_years);
      json_builder_end_array (b);
    }
  json_builder_end_object (b);
}

void
reorg_savings_schedule_to_json (ReorgSavingsSchedule *self,
                                JsonBuilder          *b)
{
  GPtrArray *sections = reorg_list_model_get_array (self->sections);
  guint n_years = self->years->len;

  json_builder_begin_object (b);
  reorg_json_add_string (b, "title", self->title);
  reorg_json_add_enum (b, "scale", REORG_TYPE_MONEY_SCALE, self->scale);
  reorg_json_add_enum (b, "sign", REORG_TYPE_SIGN_CONVENTION, self->sign);
  reorg_json_add_years (b, self->years);
  reorg_json_add_money_cells (b, "totals", self->totals, n_years);
  json_builder_set_member_name (b, "sections");
  json_builder_begin_array (b);
  for (guint i = 0; i < sections->len; i++)
    section_to_json (g_ptr_array_index (sections, i), b, n_years);
  json_builder_end_array (b);
  json_builder_end_object (b);
}

static ReorgScheduleLine *
line_from_json (JsonNode    *node,
                const char  *place,
                guint        n_years,
                GError     **error)
{
  g_autoptr(ReorgScheduleLine) line = NULL;
  JsonObject *object;
  JsonArray *links;
  const char *ref, *description, *service, *risk;
  int kind = REORG_SCHEDULE_LINE_KIND_SAVING, status = REORG_MTFS_STATUS_NONE;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      reorg_json_fail (error, REORG_ERROR_PARSE, place, "expected an object");
      return NULL;
    }
  object = json_node_get_object (node);
  if (!reorg_json_get_string (object, "ref", place, FALSE, &ref, error) ||
      !reorg_json_get_string (object, "description", place, FALSE, &description, error) ||
      !reorg_json_get_string (object, "service", place, FALSE, &service, error) ||
      !reorg_json_get_string (object, "risk", place, FALSE, &risk, error) ||
      !reorg_json_get_enum (object, "kind", place, REORG_TYPE_SCHEDULE_LINE_KIND, &kind, error) ||
      !reorg_json_get_enum (object, "status", place, REORG_TYPE_MTFS_STATUS, &status, error) ||
      !reorg_json_get_array (object, "changes", place, &links, error))
    return NULL;
  line = reorg_schedule_line_new (ref, description);
  reorg_schedule_line_set_service (line, service);
  reorg_schedule_line_set_risk (line, risk);
  line->kind = kind;
  line->status = status;
  if (!reorg_json_get_money_cells (object, "amounts", place, n_years, line->amounts, error))
    return NULL;
  for (guint i = 0; links != NULL && i < json_array_get_length (links); i++)
    {
      JsonNode *link = json_array_get_element (links, i);
      g_autofree char *link_place = g_strdup_printf ("%s.changes[%u]", place, i);
      const char *proposal, *change;

      if (!JSON_NODE_HOLDS_OBJECT (link))
        {
          reorg_json_fail (error, REORG_ERROR_PARSE, link_place, "expected an object");
          return NULL;
        }
      if (!reorg_json_get_string (json_node_get_object (link), "proposal", link_place, TRUE, &proposal, error) ||
          !reorg_json_get_string (json_node_get_object (link), "change", link_place, TRUE, &change, error))
        return NULL;
      reorg_schedule_line_add_link (line, proposal, change);
    }
  return g_steal_pointer (&line);
}

static ReorgScheduleSection *
section_from_json (JsonNode    *node,
                   const char  *place,
                   guint        n_years,
                   guint        depth,
                   GError     **error)
{
  g_autoptr(ReorgScheduleSection) section = NULL;
  JsonObject *object;
  JsonArray *lines, *sections;
  const char *name;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      reorg_json_fail (error, REORG_ERROR_PARSE, place, "expected an object");
      return NULL;
    }
  if (depth > 64)
    {
      reorg_json_fail (error, REORG_ERROR_INVALID, place, "sections nested more than 64 deep");
      return NULL;
    }
  object = json_node_get_object (node);
  if (!reorg_json_get_string (object, "name", place, FALSE, &name, error) ||
      !reorg_json_get_array (object, "lines", place, &lines, error) ||
      !reorg_json_get_array (object, "sections", place, &sections, error))
    return NULL;
  section = reorg_schedule_section_new (name);
  if (!reorg_json_get_money_cells (object, "subtotals", place, n_years, section->subtotals, error))
    return NULL;
  for (guint i = 0; lines != NULL && i < json_array_get_length (lines); i++)
    {
      g_autofree char *line_place = g_strdup_printf ("%s.lines[%u]", place, i);
      g_autoptr(ReorgScheduleLine) line = line_from_json (json_array_get_element (lines, i), line_place,
                                                          n_years, error);
      if (line == NULL)
        return NULL;
      reorg_schedule_section_add_line (section, line, NULL);
    }
  for (guint i = 0; sections != NULL && i < json_array_get_length (sections); i++)
    {
      g_autofree char *child_place = g_strdup_printf ("%s.sections[%u]", place, i);
      g_autoptr(ReorgScheduleSection) child = section_from_json (json_array_get_element (sections, i),
                                                                 child_place, n_years, depth + 1, error);
      if (child == NULL)
        return NULL;
      reorg_schedule_section_add_section (section, child, NULL);
    }
  return g_steal_pointer (&section);
}

ReorgSavingsSchedule *
reorg_savings_schedule_from_json (JsonObject  *object,
                                  const char  *place,
                                  GDateMonth   fy_start,
                                  GError     **error)
{
  g_autoptr(ReorgSavingsSchedule) self = NULL;
  const char *title;
  int scale = REORG_MONEY_SCALE_UNITS, sign = REORG_SIGN_CONVENTION_SAVINGS_POSITIVE;
  JsonArray *sections;

  if (!reorg_json_get_string (object, "title", place, TRUE, &title, error) ||
      !reorg_json_get_enum (object, "scale", place, REORG_TYPE_MONEY_SCALE, &scale, error) ||
      !reorg_json_get_enum (object, "sign", place, REORG_TYPE_SIGN_CONVENTION, &sign, error) ||
      !reorg_json_get_array (object, "sections", place, &sections, error))
    return NULL;
  self = reorg_savings_schedule_new (title, scale, sign);
  if (!reorg_json_get_years (object, place, fy_start, self->years, error) ||
      !reorg_json_get_money_cells (object, "totals", place, self->years->len, self->totals, error))
    return NULL;
  for (guint i = 0; sections != NULL && i < json_array_get_length (sections); i++)
    {
      g_autofree char *section_place = g_strdup_printf ("%s.sections[%u]", place, i);
      g_autoptr(ReorgScheduleSection) section = section_from_json (json_array_get_element (sections, i),
                                                                   section_place, self->years->len, 0, error);
      if (section == NULL)
        return NULL;
      reorg_savings_schedule_add_section (self, section, NULL);
    }
  return g_steal_pointer (&self);
}
