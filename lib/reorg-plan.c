/* reorg-plan.c: the document a user saves, and its JSON format
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "reorg-change-private.h"
#include "reorg-published-private.h"

#include <math.h>
#include <json-glib/json-glib.h>

/**
 * ReorgPlan:
 *
 * The document a user saves: an organisation's name, the month its
 * financial year starts, the plan's date, its [class@Reorg.Structure] and
 * free key/value metadata, and the [class@Reorg.Proposal]s made against
 * that structure.
 *
 * Plans are saved as JSON (see `docs/plan-format.md`), with a format
 * version. Loading checks everything and fails with a #GError that names
 * the file and the place in it (`structure.posts[12] (post 'FISS-01'):
 * fte: ...`); a plan whose format version this library does not know is a
 * %REORG_ERROR_VERSION error. Saving writes a new file and renames it over
 * the old one, so a crash during a save leaves the old file whole.
 *
 * Since: 0.1
 */
struct _ReorgPlan
{
  GObject         parent_instance;

  char           *organisation;
  GDateMonth      fy_start;
  GDate           date;          /* cleared when unset */
  ReorgStructure *structure;
  GHashTable     *metadata;      /* char* -> char* */
  ReorgListModel *proposals;     /* of ReorgProposal, ordered */
  ReorgListModel *schedules;     /* of ReorgSavingsSchedule, ordered */
  ReorgListModel *budgets;       /* of ReorgBudget, ordered */
};

enum {
  PROP_0,
  PROP_ORGANISATION,
  PROP_FINANCIAL_YEAR_START,
  PROP_DATE,
  PROP_STRUCTURE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (ReorgPlan, reorg_plan, G_TYPE_OBJECT)

static void
reorg_plan_finalize (GObject *object)
{
  ReorgPlan *self = REORG_PLAN (object);

  g_free (self->organisation);
  g_clear_object (&self->structure);
  g_clear_pointer (&self->metadata, g_hash_table_unref);
  g_clear_object (&self->proposals);
  g_clear_object (&self->schedules);
  g_clear_object (&self->budgets);

  G_OBJECT_CLASS (reorg_plan_parent_class)->finalize (object);
}

static void
reorg_plan_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  ReorgPlan *self = REORG_PLAN (object);

  switch (prop_id)
    {
    case PROP_ORGANISATION:
      g_value_set_string (value, self->organisation);
      break;
    case PROP_FINANCIAL_YEAR_START:
      g_value_set_uint (value, self->fy_start);
      break;
    case PROP_DATE:
      g_value_set_boxed (value, reorg_plan_get_date (self));
      break;
    case PROP_STRUCTURE:
      g_value_set_object (value, self->structure);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
reorg_plan_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  ReorgPlan *self = REORG_PLAN (object);

  switch (prop_id)
    {
    case PROP_ORGANISATION:
      reorg_plan_set_organisation (self, g_value_get_string (value));
      break;
    case PROP_FINANCIAL_YEAR_START:
      /* The pspec's range (1 to 12) has been checked already. */
      reorg_plan_set_financial_year_start (self, g_value_get_uint (value), NULL);
      break;
    case PROP_DATE:
      reorg_plan_set_date (self, g_value_get_boxed (value));
      break;
    case PROP_STRUCTURE:
      reorg_plan_set_structure (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
reorg_plan_class_init (ReorgPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = reorg_plan_finalize;
  object_class->get_property = reorg_plan_get_property;
  object_class->set_property = reorg_plan_set_property;

  /**
   * ReorgPlan:organisation:
   *
   * The name of the organisation the plan is for.
   *
   * Since: 0.1
   */
  properties[PROP_ORGANISATION] = g_param_spec_string ("organisation", NULL, NULL, NULL, rw);
  /**
   * ReorgPlan:financial-year-start:
   *
   * The month (1 to 12) on whose first day the organisation's financial
   * year starts: April (4) for UK local and central government.
   *
   * Since: 0.1
   */
  properties[PROP_FINANCIAL_YEAR_START] =
    g_param_spec_uint ("financial-year-start", NULL, NULL, 1, 12, G_DATE_APRIL, rw);
  /**
   * ReorgPlan:date:
   *
   * The plan's date, or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_DATE] = g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE, rw);
  /**
   * ReorgPlan:structure:
   *
   * The plan's establishment.
   *
   * Since: 0.1
   */
  properties[PROP_STRUCTURE] = g_param_spec_object ("structure", NULL, NULL, REORG_TYPE_STRUCTURE, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
reorg_plan_init (ReorgPlan *self)
{
  self->fy_start = G_DATE_APRIL;
  g_date_clear (&self->date, 1);
  self->structure = reorg_structure_new ();
  self->metadata = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->proposals = reorg_list_model_new (REORG_TYPE_PROPOSAL);
  self->schedules = reorg_list_model_new (REORG_TYPE_SAVINGS_SCHEDULE);
  self->budgets = reorg_list_model_new (REORG_TYPE_BUDGET);
}

/**
 * reorg_plan_new:
 *
 * Creates an empty plan: no organisation, financial years starting in
 * April, no date and an empty structure.
 *
 * Returns: (transfer full): a new plan
 *
 * Since: 0.1
 */
ReorgPlan *
reorg_plan_new (void)
{
  return g_object_new (REORG_TYPE_PLAN, NULL);
}

/**
 * reorg_plan_get_organisation:
 * @self: a plan
 *
 * Gets the name of the organisation.
 *
 * Returns: (transfer none) (nullable): the organisation's name
 *
 * Since: 0.1
 */
const char *
reorg_plan_get_organisation (ReorgPlan *self)
{
  g_return_val_if_fail (REORG_IS_PLAN (self), NULL);
  return self->organisation;
}

/**
 * reorg_plan_set_organisation:
 * @self: a plan
 * @organisation: (nullable): the organisation's name
 *
 * Sets the name of the organisation.
 *
 * Since: 0.1
 */
void
reorg_plan_set_organisation (ReorgPlan  *self,
                             const char *organisation)
{
  g_return_if_fail (REORG_IS_PLAN (self));

  if (reorg_set_str (&self->organisation, organisation))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANISATION]);
}

/**
 * reorg_plan_get_financial_year_start:
 * @self: a plan
 *
 * Gets the month the organisation's financial year starts.
 *
 * Returns: the month
 *
 * Since: 0.1
 */
GDateMonth
reorg_plan_get_financial_year_start (ReorgPlan *self)
{
  g_return_val_if_fail (REORG_IS_PLAN (self), G_DATE_APRIL);
  return self->fy_start;
}

/**
 * reorg_plan_set_financial_year_start:
 * @self: a plan
 * @month: the month the financial year starts
 * @error: return location for a #GError
 *
 * Sets the month the organisation's financial year starts. A month outside
 * 1 to 12 is a %REORG_ERROR_INVALID error and changes nothing.
 *
 * Returns: %TRUE on success
 *
 * Since: 0.1
 */
gboolean
reorg_plan_set_financial_year_start (ReorgPlan   *self,
                                     GDateMonth   month,
                                     GError     **error)
{
  g_return_val_if_fail (REORG_IS_PLAN (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!g_date_valid_month (month))
    {
      g_set_error (error, REORG_ERROR, REORG_ERROR_INVALID,
                   "financial year start month must be 1 to 12, not %d", (int) month);
      return FALSE;
    }
  if (self->fy_start != month)
    {
      self->fy_start = month;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FINANCIAL_YEAR_START]);
    }
  return TRUE;
}

/**
 * reorg_plan_get_financial_year:
 * @self: a plan
 * @date: (nullable): a date, or %NULL for the plan's date
 * @error: return location for a #GError
 *
 * Gets the financial year, with the plan's start month, that contains
 * @date. Without a date and with no plan date this is a
 * %REORG_ERROR_INVALID error.
 *
 * Returns: (transfer full) (nullable): the financial year, or %NULL on error
 *
 * Since: 0.1
 */
ReorgFinancialYear *
reorg_plan_get_financial_year (ReorgPlan    *self,
                               const GDate  *date,
                               GError      **error)
{
  g_return_val_if_fail (REORG_IS_PLAN (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (date == NULL)
    date = reorg_plan_get_date (self);
  if (date == NULL)
    {
      g_set_error_literal (error, REORG_ERROR, REORG_ERROR_INVALID,
                           "no date given and the plan has no date");
      return NULL;
    }
  return reorg_financial_year_new_for_date (date, self->fy_start, error);
}

/**
 * reorg_plan_get_date:
 * @self: a plan
 *
 * Gets the plan's date.
 *
 * Returns: (transfer none) (nullable): the date, or %NULL
 *
 * Since: 0.1
 */
const GDate *
reorg_plan_get_date (ReorgPlan *self)
{
  g_return_val_if_fail (REORG_IS_PLAN (self), NULL);
  return reorg_optional_date_get (&self->date);
}

/**
 * reorg_plan_set_date:
 * @self: a plan
 * @date: (nullable): the date, or %NULL to unset it
 *
 * Sets the plan's date. An invalid #GDate unsets it.
 *
 * Since: 0.1
 */
void
reorg_plan_set_date (ReorgPlan   *self,
                     const GDate *date)
{
  g_return_if_fail (REORG_IS_PLAN (self));

  if (reorg_optional_date_set (&self->date, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

/**
 * reorg_plan_get_structure:
 * @self: a plan
 *
 * Gets the plan's establishment.
 *
 * Returns: (transfer none): the structure
 *
 * Since: 0.1
 */
ReorgStructure *
reorg_plan_get_structure (ReorgPlan *self)
{
  g_return_val_if_fail (REORG_IS_PLAN (self), NULL);
  return self->structure;
}

/**
 * reorg_plan_set_structure:
 * @self: a plan
 * @structure: the new establishment
 *
 * Replaces the plan's establishment.
 *
 * Since: 0.1
 */
void
reorg_plan_set_structure (ReorgPlan      *self,
                          ReorgStructure *structure)
{
  g_return_if_fail (REORG_IS_PLAN (self));
  g_return_if_fail (REORG_IS_STRUCTURE (structure));

  if (g_set_object (&self->structure, structure))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STRUCTURE]);
}

/**
 * reorg_plan_get_metadata:
 * @self: a plan
 * @key: a metadata key
 *
 * Gets a metadata value.
 *
 * Returns: (transfer none) (nullable): the value, or %NULL if unset
 *
 * Since: 0.1
 */
const char *
reorg_plan_get_metadata (ReorgPlan  *self,
                         const char *key)
{
  g_return_val_if_fail (REORG_IS_PLAN (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);
  return g_hash_table_lookup (self->metadata, key);
}

/**
 * reorg_plan_set_metadata:
 * @self: a plan
 * @key: a metadata key
 * @value: (nullable): the value, or %NULL to remove the key
 *
 * Sets or removes a metadata value. Metadata are free text that the
 * library keeps and saves but does not interpret.
 *
 * Since: 0.1
 */
void
reorg_plan_set_metadata (ReorgPlan  *self,
                         const char *key,
                         const char *value)
{
  g_return_if_fail (REORG_IS_PLAN (self));
  g_return_if_fail (key != NULL);

  if (value == NULL)
    g_hash_table_remove (self->metadata, key);
  else
    g_hash_table_replace (self->metadata, g_strdup (key), g_strdup (value));
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/**
 * reorg_plan_get_metadata_keys:
 * @self: a plan
 *
 * Gets the metadata keys, sorted.
 *
 * Returns: (transfer full) (array zero-terminated=1): the keys
 *
 * Since: 0.1
 */
char **
reorg_plan_get_metadata_keys (ReorgPlan *self)
{
  g_autofree char **keys = NULL;
  guint n;

  g_return_val_if_fail (REORG_IS_PLAN (self), NULL);

  keys = (char **) g_hash_table_get_keys_as_array (self->metadata, &n);
  qsort (keys, n, sizeof (char *), compare_strings);
  for (guint i = 0; i < n; i++)
    keys[i] = g_strdup (keys[i]);
  return g_steal_pointer (&keys);
}

/**
 * reorg_plan_equal:
 * @a: a plan
 * @b: another plan
 *
 * Compares two plans: organisation, financial year start, date, metadata,
 * structure (see [method@Reorg.Structure.equal]), the same proposals in
 * the same order (see [method@Reorg.Proposal.equal]), and the same savings
 * schedules and budgets in the same order.
 *
 * Returns: %TRUE if the plans are equal
 *
 * Since: 0.1
 */
gboolean
reorg_plan_equal (ReorgPlan *a,
                  ReorgPlan *b)
{
  GHashTableIter iter;
  gpointer key, value;
  GPtrArray *pa, *pb;

  g_return_val_if_fail (REORG_IS_PLAN (a), FALSE);
  g_return_val_if_fail (REORG_IS_PLAN (b), FALSE);

  if (g_strcmp0 (a->organisation, b->organisation) != 0 || a->fy_start != b->fy_start)
    return FALSE;
  if (!reorg_optional_date_equal (&a->date, &b->date))
    return FALSE;
  if (g_hash_table_size (a->metadata) != g_hash_table_size (b->metadata))
    return FALSE;
  g_hash_table_iter_init (&iter, a->metadata);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (g_strcmp0 (value, g_hash_table_lookup (b->metadata, key)) != 0)
      return FALSE;
  pa = reorg_list_model_get_array (a->proposals);
  pb = reorg_list_model_get_array (b->proposals);
  if (pa->len != pb->len)
    return FALSE;
  for (guint i = 0; i < pa->len; i++)
    if (!reorg_proposal_equal (g_ptr_array_index (pa, i), g_ptr_array_index (pb, i)))
      return FALSE;
  pa = reorg_list_model_get_array (a->schedules);
  pb = reorg_list_model_get_array (b->schedules);
  if (pa->len != pb->len)
    return FALSE;
  for (guint i = 0; i < pa->len; i++)
    if (!reorg_savings_schedule_equal (g_ptr_array_index (pa, i), g_ptr_array_index (pb, i)))
      return FALSE;
  pa = reorg_list_model_get_array (a->budgets);
  pb = reorg_list_model_get_array (b->budgets);
  if (pa->len != pb->len)
    return FALSE;
  for (guint i = 0; i < pa->len; i++)
    if (!reorg_budget_equal (g_ptr_array_index (pa, i), g_ptr_array_index (pb, i)))
      return FALSE;
  return reorg_structure_equal (a->structure, b->structure);
}

/* The plan's named collections (proposals, schedules, budgets): items are
 * found by name, and a new item needs a name that is not empty nor taken. */
typedef const char *(*NameFunc) (gpointer item);

static gpointer
lookup_named (ReorgListModel *model,
              NameFunc        name_of,
              const char     *name)
{
  GPtrArray *items = reorg_list_model_get_array (model);

  for (guint i = 0; i < items->len; i++)
    if (strcmp (name_of (g_ptr_array_index (items, i)), name) == 0)
      return g_ptr_array_index (items, i);
  return NULL;
}

static gboolean
add_named (ReorgListModel  *model,
           NameFunc         name_of,
           gpointer         item,
           const char      *what,
           const char      *named,
           GError         **error)
{
  const char *name = name_of (item);

  if (name[0] == '\0')
    {
      g_set_error (error, REORG_ERROR, REORG_ERROR_INVALID, "a %s needs a non-empty %s", what, named);
      return FALSE;
    }
  if (lookup_named (model, name_of, name) != NULL)
    {
      g_set_error (error, REORG_ERROR, REORG_ERROR_DUPLICATE,
                   "the plan already has a %s %s '%s'", what,
                   strcmp (named, "title") == 0 ? "titled" : "named", name);
      return FALSE;
    }
  reorg_list_model_append (model, item);
  return TRUE;
}

/**
 * reorg_plan_add_proposal:
 * @self: a plan
 * @proposal: a proposal
 * @error: return location for a #GError
 *
 * Appends @proposal to the plan's proposals. The plan finds proposals by
 * name, so a proposal with an empty name is a %REORG_ERROR_INVALID error
 * and one whose name is taken a %REORG_ERROR_DUPLICATE error; either
 * changes nothing. The proposal is not checked against the plan's
 * structure: see [method@Reorg.Proposal.validate].
 *
 * Returns: %TRUE on success
 *
 * Since: 0.1
 */
gboolean
reorg_plan_add_proposal (ReorgPlan      *self,
                         ReorgProposal  *proposal,
                         GError        **error)
{
  g_return_val_if_fail (REORG_IS_PLAN (self), FALSE);
  g_return_val_if_fail (REORG_IS_PROPOSAL (proposal), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return add_named (self->proposals, (NameFunc) reorg_proposal_get_name, proposal,
                    "proposal", "name", error);
}

/**
 * reorg_plan_remove_proposal:
 * @self: a plan
 * @proposal: a proposal of the plan
 *
 * Removes @proposal from the plan's proposals.
 *
 * Returns: %TRUE if the proposal was in the plan
 *
 * Since: 0.1
 */
gboolean
reorg_plan_remove_proposal (ReorgPlan     *self,
                            ReorgProposal *proposal)
{
  GPtrArray *proposals;
  guint index;

  g_return_val_if_fail (REORG_IS_PLAN (self), FALSE);
  g_return_val_if_fail (REORG_IS_PROPOSAL (proposal), FALSE);

  proposals = reorg_list_model_get_array (self->proposals);
  if (!g_ptr_array_find (proposals, proposal, &index))
    return FALSE;
  reorg_list_model_remove_index (self->proposals, index);
  return TRUE;
}

/**
 * reorg_plan_get_proposals:
 * @self: a plan
 *
 * Gets the plan's proposals, in order, as a live list model.
 *
 * Returns: (transfer full): a [iface@Gio.ListModel] of [class@Reorg.Proposal]
 *
 * Since: 0.1
 */
GListModel *
reorg_plan_get_proposals (ReorgPlan *self)
{
  g_return_val_if_fail (REORG_IS_PLAN (self), NULL);
  return g_object_ref (G_LIST_MODEL (self->proposals));
}

/**
 * reorg_plan_lookup_proposal:
 * @self: a plan
 * @name: a proposal's name
 *
 * Finds a proposal by name. If proposals were renamed to the same name
 * after they were added, this is the first of them.
 *
 * Returns: (transfer none) (nullable): the proposal, or %NULL if there is none
 *
 * Since: 0.1
 */
ReorgProposal *
reorg_plan_lookup_proposal (ReorgPlan  *self,
                            const char *name)
{
  g_return_val_if_fail (REORG_IS_PLAN (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  return lookup_named (self->proposals, (NameFunc) reorg_proposal_get_name, name);
}

/**
 * reorg_plan_add_schedule:
 * @self: a plan
 * @schedule: a savings schedule
 * @error: return location for a #GError
 *
 * Appends a published savings schedule to the plan. The plan finds
 * schedules by title, so an empty title is a %REORG_ERROR_INVALID error and
 * a title that is taken a %REORG_ERROR_DUPLICATE error.
 *
 * Returns: %TRUE on success
 *
 * Since: 0.1
 */
gboolean
reorg_plan_add_schedule (ReorgPlan             *self,
                         ReorgSavingsSchedule  *schedule,
                         GError               **error)
{
  g_return_val_if_fail (REORG_IS_PLAN (self), FALSE);
  g_return_val_if_fail (REORG_IS_SAVINGS_SCHEDULE (schedule), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return add_named (self->schedules, (NameFunc) reorg_savings_schedule_get_title, schedule,
                    "savings schedule", "title", error);
}

/**
 * reorg_plan_get_schedules:
 * @self: a plan
 *
 * Gets the plan's savings schedules, in order, as a live list model.
 *
 * Returns: (transfer full): a [iface@Gio.ListModel] of [class@Reorg.SavingsSchedule]
 *
 * Since: 0.1
 */
GListModel *
reorg_plan_get_schedules (ReorgPlan *self)
{
  g_return_val_if_fail (REORG_IS_PLAN (self), NULL);
  return g_object_ref (G_LIST_MODEL (self->schedules));
}

/**
 * reorg_plan_lookup_schedule:
 * @self: a plan
 * @title: a schedule's title
 *
 * Finds a savings schedule by title.
 *
 * Returns: (transfer none) (nullable): the schedule, or %NULL if there is none
 *
 * Since: 0.1
 */
ReorgSavingsSchedule *
reorg_plan_lookup_schedule (ReorgPlan  *self,
                            const char *title)
{
  g_return_val_if_fail (REORG_IS_PLAN (self), NULL);
  g_return_val_if_fail (title != NULL, NULL);

  return lookup_named (self->schedules, (NameFunc) reorg_savings_schedule_get_title, title);
}

/**
 * reorg_plan_add_budget:
 * @self: a plan
 * @budget: a budget
 * @error: return location for a #GError
 *
 * Appends a published budget to the plan. The plan finds budgets by title,
 * so an empty title is a %REORG_ERROR_INVALID error and a title that is
 * taken a %REORG_ERROR_DUPLICATE error.
 *
 * Returns: %TRUE on success
 *
 * Since: 0.1
 */
gboolean
reorg_plan_add_budget (ReorgPlan    *self,
                       ReorgBudget  *budget,
                       GError      **error)
{
  g_return_val_if_fail (REORG_IS_PLAN (self), FALSE);
  g_return_val_if_fail (REORG_IS_BUDGET (budget), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return add_named (self->budgets, (NameFunc) reorg_budget_get_title, budget,
                    "budget", "title", error);
}

/**
 * reorg_plan_get_budgets:
 * @self: a plan
 *
 * Gets the plan's budgets, in order, as a live list model.
 *
 * Returns: (transfer full): a [iface@Gio.ListModel] of [class@Reorg.Budget]
 *
 * Since: 0.1
 */
GListModel *
reorg_plan_get_budgets (ReorgPlan *self)
{
  g_return_val_if_fail (REORG_IS_PLAN (self), NULL);
  return g_object_ref (G_LIST_MODEL (self->budgets));
}

/**
 * reorg_plan_lookup_budget:
 * @self: a plan
 * @title: a budget's title
 *
 * Finds a budget by title.
 *
 * Returns: (transfer none) (nullable): the budget, or %NULL if there is none
 *
 * Since: 0.1
 */
ReorgBudget *
reorg_plan_lookup_budget (ReorgPlan  *self,
                          const char *title)
{
  g_return_val_if_fail (REORG_IS_PLAN (self), NULL);
  g_return_val_if_fail (title != NULL, NULL);

  return lookup_named (self->budgets, (NameFunc) reorg_budget_get_title, title);
}

/* ======================================================================
 * Reading
 * ====================================================================== */

typedef struct
{
  const char *source;   /* file name or "<data>" */
} Reader;

G_GNUC_PRINTF (5, 6)
static gboolean
fail (Reader      *r,
      GError     **error,
      int          code,
      const char  *place,
      const char  *format,
      ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, REORG_ERROR, code, "%s: %s%s%s", r->source,
               place ? place : "", place ? ": " : "", message);
  return FALSE;
}

static const char *
node_type_name (JsonNode *node)
{
  if (JSON_NODE_HOLDS_NULL (node))
    return "null";
  if (JSON_NODE_HOLDS_OBJECT (node))
    return "an object";
  if (JSON_NODE_HOLDS_ARRAY (node))
    return "an array";
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return "a string";
    case G_TYPE_BOOLEAN:
      return "a boolean";
    default:
      return "a number";
    }
}

static gboolean
node_is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static gboolean
node_is_integer (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64;
}

/* Finds a member: absent (or null) is an error when required, else leaves
 * *out NULL. The one place that says a member is missing. */
static gboolean
find_member (Reader      *r,
             JsonObject  *object,
             const char  *member,
             const char  *place,
             gboolean     required,
             JsonNode   **out,
             GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        return fail (r, error, REORG_ERROR_PARSE, place, "member \"%s\" is missing", member);
      return TRUE;
    }
  *out = node;
  return TRUE;
}

/* Fails unless the member is there; its value is read by another reader. */
static gboolean
require_member (Reader      *r,
                JsonObject  *object,
                const char  *member,
                const char  *place,
                GError     **error)
{
  JsonNode *node;

  return find_member (r, object, member, place, TRUE, &node, error);
}

/* An optional string member: absent (or null) leaves *out NULL. */
static gboolean
read_string (Reader      *r,
             JsonObject  *object,
             const char  *member,
             const char  *place,
             gboolean     required,
             const char **out,
             GError     **error)
{
  JsonNode *node;

  *out = NULL;
  if (!find_member (r, object, member, place, required, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!node_is_string (node))
    return fail (r, error, REORG_ERROR_PARSE, place, "%s: expected a string, found %s",
                 member, node_type_name (node));
  *out = json_node_get_string (node);
  return TRUE;
}

static gboolean
read_enum (Reader      *r,
           JsonObject  *object,
           const char  *member,
           const char  *place,
           GType        type,
           int         *out,
           GError     **error)
{
  const char *text;
  GEnumClass *klass;
  GEnumValue *value;

  if (!read_string (r, object, member, place, FALSE, &text, error))
    return FALSE;
  if (text == NULL)
    return TRUE;
  klass = g_type_class_ref (type);
  value = g_enum_get_value_by_nick (klass, text);
  if (value == NULL)
    {
      g_autoptr(GString) known = g_string_new (NULL);
      for (guint i = 0; i < klass->n_values; i++)
        g_string_append_printf (known, "%s%s", i ? ", " : "", klass->values[i].value_nick);
      g_type_class_unref (klass);
      return fail (r, error, REORG_ERROR_INVALID, place, "%s: unknown value \"%s\" (expected one of %s)",
                   member, text, known->str);
    }
  *out = value->value;
  g_type_class_unref (klass);
  return TRUE;
}

static gboolean
read_date (Reader      *r,
           JsonObject  *object,
           const char  *member,
           const char  *place,
           GDate       *out,
           gboolean    *present,
           GError     **error)
{
  const char *text;

  *present = FALSE;
  if (!read_string (r, object, member, place, FALSE, &text, error))
    return FALSE;
  if (text == NULL)
    return TRUE;
  if (!reorg_date_parse_iso (text, out))
    return fail (r, error, REORG_ERROR_PARSE, place, "%s: \"%s\" is not a date of the form YYYY-MM-DD",
                 member, text);
  *present = TRUE;
  return TRUE;
}

/* Money: a decimal string in pounds, or a JSON integer of whole pounds. */
static gboolean
read_money (Reader      *r,
            JsonObject  *object,
            const char  *member,
            const char  *place,
            ReorgMoney **out,
            GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);
  g_autoptr(GError) local_error = NULL;

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (node_is_string (node))
    *out = reorg_money_parse (json_node_get_string (node), REORG_MONEY_SCALE_UNITS, &local_error);
  else if (node_is_integer (node))
    *out = reorg_money_new_from_pounds (json_node_get_int (node), &local_error);
  else
    return fail (r, error, REORG_ERROR_PARSE, place,
                 "%s: expected an amount as a string such as \"65000.00\", found %s",
                 member, node_type_name (node));
  if (*out == NULL)
    return fail (r, error, local_error->code, place, "%s: %s", member, local_error->message);
  return TRUE;
}

/* FTE: a decimal string, or a JSON number rounded to 4 decimal places. */
static gboolean
read_fte (Reader      *r,
          JsonObject  *object,
          const char  *member,
          const char  *place,
          ReorgFte   **out,
          GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);
  g_autoptr(GError) local_error = NULL;

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (node_is_string (node))
    {
      *out = reorg_fte_parse (json_node_get_string (node), &local_error);
      if (*out == NULL)
        return fail (r, error, local_error->code, place, "%s: %s", member, local_error->message);
      return TRUE;
    }
  if (JSON_NODE_HOLDS_VALUE (node) &&
      (json_node_get_value_type (node) == G_TYPE_INT64 || json_node_get_value_type (node) == G_TYPE_DOUBLE))
    {
      double value = json_node_get_double (node);
      double scaled = value * REORG_FTE_SCALE;

      if (!isfinite (scaled) || fabs (scaled) > 9.0e15)
        return fail (r, error, REORG_ERROR_OVERFLOW, place, "%s: %g does not fit an FTE", member, value);
      *out = reorg_fte_new ((gint64) (scaled >= 0 ? scaled + 0.5 : scaled - 0.5));
      return TRUE;
    }
  return fail (r, error, REORG_ERROR_PARSE, place, "%s: expected an FTE such as \"18.5\", found %s",
               member, node_type_name (node));
}

static gboolean
read_units (Reader          *r,
            JsonArray       *units,
            ReorgStructure  *structure,
            GError         **error)
{
  guint n = json_array_get_length (units);

  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (units, i);
      g_autofree char *place = g_strdup_printf ("structure.units[%u]", i);
      g_autofree char *named = NULL;
      g_autoptr(ReorgUnit) unit = NULL;
      g_autoptr(GError) local_error = NULL;
      JsonObject *object;
      const char *ref, *name, *parent_ref, *place_name;
      int kind = REORG_UNIT_KIND_OTHER, place_kind = REORG_PLACE_KIND_NONE;
      ReorgUnit *parent = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return fail (r, error, REORG_ERROR_PARSE, place, "expected an object, found %s", node_type_name (node));
      object = json_node_get_object (node);
      if (!read_string (r, object, "ref", place, TRUE, &ref, error))
        return FALSE;
      named = g_strdup_printf ("%s (unit '%s')", place, ref);
      if (!read_string (r, object, "name", named, FALSE, &name, error) ||
          !read_string (r, object, "parent", named, FALSE, &parent_ref, error) ||
          !read_string (r, object, "place", named, FALSE, &place_name, error) ||
          !read_enum (r, object, "kind", named, REORG_TYPE_UNIT_KIND, &kind, error) ||
          !read_enum (r, object, "place_kind", named, REORG_TYPE_PLACE_KIND, &place_kind, error))
        return FALSE;

      if (parent_ref != NULL)
        {
          parent = reorg_structure_lookup_unit (structure, parent_ref);
          if (parent == NULL)
            return fail (r, error, REORG_ERROR_NOT_FOUND, named,
                         "parent unit '%s' is not defined before this unit", parent_ref);
        }
      if (place_name != NULL && place_kind == REORG_PLACE_KIND_NONE)
        return fail (r, error, REORG_ERROR_INVALID, named, "place \"%s\" needs a place_kind", place_name);

      unit = reorg_unit_new (ref, name, kind);
      reorg_unit_set_place (unit, place_kind, place_name);
      if (!reorg_structure_add_unit (structure, unit, parent, &local_error))
        return fail (r, error, local_error->code, named, "%s", local_error->message);
    }
  return TRUE;
}

/* A funding source: "grant", or { "kind": "grant", "name": "ABG" }.
 * Absent (or null) leaves *present FALSE. */
static gboolean
read_funding_value (Reader      *r,
                    JsonObject  *object,
                    const char  *place,
                    gboolean    *present,
                    int         *kind,
                    const char **name,
                    GError     **error)
{
  JsonNode *node = json_object_get_member (object, "funding");
  JsonObject *funding = object;
  const char *member = "funding";

  *present = FALSE;
  *kind = REORG_FUNDING_MAINSTREAM;
  *name = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      funding = json_node_get_object (node);
      member = "kind";
      if (!read_string (r, funding, "name", place, FALSE, name, error))
        return FALSE;
    }
  if (!read_enum (r, funding, member, place, REORG_TYPE_FUNDING_KIND, kind, error))
    return FALSE;
  *present = TRUE;
  return TRUE;
}

/* A post setter's error already names the post ("post 'P': ..."); the place
 * names it too, so the prefix is dropped. */
static gboolean
fail_setter (Reader      *r,
             GError     **error,
             const char  *place,
             const char  *member,
             ReorgPost   *post,
             GError      *setter_error)
{
  g_autofree char *prefix = g_strdup_printf ("post '%s': ", post->reference);
  const char *message = setter_error->message;

  if (g_str_has_prefix (message, prefix))
    message += strlen (prefix);
  return fail (r, error, setter_error->code, place, "%s: %s", member, message);
}

/* The fields of a post object, all but "ref", "unit" and "reports_to",
 * read into post. Used for structure.posts[] and for the templates of
 * establish changes. */
static gboolean
read_post_fields (Reader      *r,
                  JsonObject  *object,
                  const char  *named,
                  ReorgPost   *post,
                  GError     **error)
{
  g_autoptr(ReorgFte) fte = NULL;
  g_autoptr(ReorgMoney) salary = NULL;
  g_autoptr(ReorgMoney) on_costs = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *title, *grade, *job_family, *funding_name;
  int status = REORG_POST_STATUS_FILLED, tenure = REORG_TENURE_PERMANENT;
  int funding_kind;
  gboolean has_funding;
  JsonNode *rate_node;

  if (!read_string (r, object, "title", named, FALSE, &title, error) ||
      !read_string (r, object, "grade", named, FALSE, &grade, error) ||
      !read_string (r, object, "job_family", named, FALSE, &job_family, error) ||
      !read_enum (r, object, "status", named, REORG_TYPE_POST_STATUS, &status, error) ||
      !read_enum (r, object, "tenure", named, REORG_TYPE_TENURE, &tenure, error) ||
      !read_fte (r, object, "fte", named, &fte, error) ||
      !read_money (r, object, "salary", named, &salary, error) ||
      !read_money (r, object, "on_costs", named, &on_costs, error) ||
      !read_funding_value (r, object, named, &has_funding, &funding_kind, &funding_name, error))
    return FALSE;

  reorg_post_set_title (post, title);
  reorg_post_set_grade (post, grade);
  reorg_post_set_job_family (post, job_family);
  reorg_post_set_status (post, status);
  reorg_post_set_tenure (post, tenure);
  if (has_funding)
    reorg_post_set_funding (post, funding_kind, funding_name);

  if (fte != NULL && !reorg_post_set_fte (post, fte, &local_error))
    return fail_setter (r, error, named, "fte", post, local_error);
  if (salary != NULL && !reorg_post_set_salary (post, salary, &local_error))
    return fail_setter (r, error, named, "salary", post, local_error);
  if (on_costs != NULL && !reorg_post_set_on_costs (post, on_costs, &local_error))
    return fail_setter (r, error, named, "on_costs", post, local_error);

  rate_node = json_object_get_member (object, "on_cost_rate");
  if (rate_node != NULL && !JSON_NODE_HOLDS_NULL (rate_node))
    {
      if (on_costs != NULL)
        return fail (r, error, REORG_ERROR_INVALID, named, "give on_costs or on_cost_rate, not both");
      if (!node_is_integer (rate_node))
        return fail (r, error, REORG_ERROR_PARSE, named,
                     "on_cost_rate: expected whole basis points such as 2500, found %s",
                     node_type_name (rate_node));
      if (json_node_get_int (rate_node) < 0 || json_node_get_int (rate_node) > 10000)
        return fail (r, error, REORG_ERROR_INVALID, named,
                     "on_cost_rate: must be 0 to 10000 basis points, not %" G_GINT64_FORMAT,
                     json_node_get_int (rate_node));
      if (!reorg_post_set_on_cost_rate (post, (gint) json_node_get_int (rate_node), &local_error))
        return fail_setter (r, error, named, "on_cost_rate", post, local_error);
    }
  return TRUE;
}

static gboolean
read_post (Reader          *r,
           JsonObject      *object,
           const char      *place,
           ReorgStructure  *structure,
           GError         **error)
{
  g_autoptr(ReorgPost) post = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *named = NULL;
  const char *ref, *unit_ref;
  ReorgUnit *unit;

  if (!read_string (r, object, "ref", place, TRUE, &ref, error))
    return FALSE;
  named = g_strdup_printf ("%s (post '%s')", place, ref);
  if (!read_string (r, object, "unit", named, TRUE, &unit_ref, error))
    return FALSE;

  post = reorg_post_new (ref);
  if (!read_post_fields (r, object, named, post, error))
    return FALSE;

  unit = reorg_structure_lookup_unit (structure, unit_ref);
  if (unit == NULL)
    return fail (r, error, REORG_ERROR_NOT_FOUND, named, "unit '%s' does not exist", unit_ref);
  if (!reorg_structure_add_post (structure, post, unit, &local_error))
    return fail (r, error, local_error->code, named, "%s", local_error->message);
  return TRUE;
}

static gboolean
read_posts (Reader          *r,
            JsonArray       *posts,
            ReorgStructure  *structure,
            GError         **error)
{
  guint n = json_array_get_length (posts);

  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (posts, i);
      g_autofree char *place = g_strdup_printf ("structure.posts[%u]", i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return fail (r, error, REORG_ERROR_PARSE, place, "expected an object, found %s", node_type_name (node));
      if (!read_post (r, json_node_get_object (node), place, structure, error))
        return FALSE;
    }

  /* Reports-to lines once every post exists, so they may point forward. */
  for (guint i = 0; i < n; i++)
    {
      JsonObject *object = json_array_get_object_element (posts, i);
      g_autofree char *place = NULL;
      g_autoptr(GError) local_error = NULL;
      const char *ref, *manager_ref;
      ReorgPost *post, *manager;

      if (!read_string (r, object, "reports_to", NULL, FALSE, &manager_ref, error))
        return FALSE;
      if (manager_ref == NULL)
        continue;
      ref = json_object_get_string_member (object, "ref");
      place = g_strdup_printf ("structure.posts[%u] (post '%s')", i, ref);
      post = reorg_structure_lookup_post (structure, ref);
      manager = reorg_structure_lookup_post (structure, manager_ref);
      if (manager == NULL)
        return fail (r, error, REORG_ERROR_NOT_FOUND, place, "reports_to: post '%s' does not exist", manager_ref);
      if (!reorg_structure_set_reports_to (structure, post, manager, &local_error))
        return fail (r, error, local_error->code, place, "reports_to: %s", local_error->message);
    }
  return TRUE;
}

static gboolean
read_array_member (Reader      *r,
                   JsonObject  *object,
                   const char  *member,
                   const char  *place,
                   JsonArray  **out,
                   GError     **error)
{
  JsonNode *node;

  if (!find_member (r, object, member, place, TRUE, &node, error))
    return FALSE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail (r, error, REORG_ERROR_PARSE, place, "%s: expected an array, found %s",
                 member, node_type_name (node));
  *out = json_node_get_array (node);
  return TRUE;
}

/* An object member: required, or absent (or null) leaving *out NULL. */
static gboolean
read_object_member (Reader      *r,
                    JsonObject  *object,
                    const char  *member,
                    const char  *place,
                    gboolean     required,
                    JsonObject **out,
                    GError     **error)
{
  JsonNode *node;

  *out = NULL;
  if (!find_member (r, object, member, place, required, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (r, error, REORG_ERROR_PARSE, place, "%s: expected an object, found %s",
                 member, node_type_name (node));
  *out = json_node_get_object (node);
  return TRUE;
}

static gboolean
read_required_date (Reader      *r,
                    JsonObject  *object,
                    const char  *member,
                    const char  *place,
                    GDate       *out,
                    GError     **error)
{
  gboolean present;

  return require_member (r, object, member, place, error) &&
         read_date (r, object, member, place, out, &present, error);
}

/* The template of an establish change: a post object in the form of
 * structure.posts[]. For establish-post it carries "ref" and may carry
 * "reports_to"; for establish-posts the reference comes from "prefix" and
 * the FTE from "total_fte", so "ref", "fte" and "reports_to" are errors. */
static ReorgPost *
read_template_post (Reader      *r,
                    JsonObject  *change,
                    const char  *place,
                    gboolean     bulk,
                    const char  *prefix,
                    const char **unit_ref,
                    const char **reports_to,
                    GError     **error)
{
  g_autofree char *named = g_strdup_printf ("%s: post", place);
  g_autoptr(ReorgPost) post = NULL;
  JsonObject *object;
  const char *ref = prefix;

  *reports_to = NULL;
  if (!read_object_member (r, change, "post", place, TRUE, &object, error))
    return NULL;
  if (bulk)
    {
      static const char * const not_here[] = { "ref", "fte", "reports_to" };

      for (guint i = 0; i < G_N_ELEMENTS (not_here); i++)
        if (json_object_has_member (object, not_here[i]))
          {
            fail (r, error, REORG_ERROR_INVALID, named,
                  "%s: the template of establish-posts has none (the posts get \"prefix\" "
                  "references and the FTE of \"total_fte\")", not_here[i]);
            return NULL;
          }
    }
  else
    {
      if (!read_string (r, object, "ref", named, TRUE, &ref, error))
        return NULL;
      g_free (named);
      named = g_strdup_printf ("%s: post '%s'", place, ref);
      if (!read_string (r, object, "reports_to", named, FALSE, reports_to, error))
        return NULL;
    }
  if (!read_string (r, object, "unit", named, TRUE, unit_ref, error))
    return NULL;
  post = reorg_post_new (ref);
  if (!read_post_fields (r, object, named, post, error))
    return NULL;
  return g_steal_pointer (&post);
}

static ReorgUnit *
read_template_unit (Reader      *r,
                    JsonObject  *change,
                    const char  *place,
                    const char **parent_ref,
                    GError     **error)
{
  g_autofree char *named = g_strdup_printf ("%s: unit", place);
  JsonObject *object;
  const char *ref, *name, *place_name;
  int kind = REORG_UNIT_KIND_OTHER, place_kind = REORG_PLACE_KIND_NONE;
  ReorgUnit *unit;

  if (!read_object_member (r, change, "unit", place, TRUE, &object, error) ||
      !read_string (r, object, "ref", named, TRUE, &ref, error))
    return NULL;
  g_free (named);
  named = g_strdup_printf ("%s: unit '%s'", place, ref);
  if (!read_string (r, object, "name", named, FALSE, &name, error) ||
      !read_string (r, object, "parent", named, FALSE, parent_ref, error) ||
      !read_string (r, object, "place", named, FALSE, &place_name, error) ||
      !read_enum (r, object, "kind", named, REORG_TYPE_UNIT_KIND, &kind, error) ||
      !read_enum (r, object, "place_kind", named, REORG_TYPE_PLACE_KIND, &place_kind, error))
    return NULL;
  if (place_name != NULL && place_kind == REORG_PLACE_KIND_NONE)
    {
      fail (r, error, REORG_ERROR_INVALID, named, "place \"%s\" needs a place_kind", place_name);
      return NULL;
    }
  unit = reorg_unit_new (ref, name, kind);
  reorg_unit_set_place (unit, place_kind, place_name);
  return unit;
}

/* One change. Types and names are checked here, and the values a change
 * carries on its own (an FTE above zero...); whether its posts and units
 * exist is the job of reorg_proposal_validate(). */
static ReorgChange *
read_change (Reader      *r,
             JsonObject  *object,
             const char  *index_place,
             GError     **error)
{
  g_autoptr(ReorgChange) change = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *place = NULL;
  const char *kind_text, *label, *phase, *condition_text;
  const char *post_ref = NULL, *unit_ref = NULL, *text = NULL, *other = NULL;
  int kind, condition = REORG_CONDITION_KIND_NONE;
  GDate date, protection;
  gboolean has_protection;

  if (!read_string (r, object, "kind", index_place, TRUE, &kind_text, error) ||
      !read_enum (r, object, "kind", index_place, REORG_TYPE_CHANGE_KIND, &kind, error))
    return NULL;
  place = g_strdup_printf ("%s (%s)", index_place, kind_text);

  if (!read_required_date (r, object, "date", place, &date, error) ||
      !read_string (r, object, "label", place, FALSE, &label, error) ||
      !read_string (r, object, "phase", place, FALSE, &phase, error) ||
      !read_enum (r, object, "condition", place, REORG_TYPE_CONDITION_KIND, &condition, error) ||
      !read_string (r, object, "condition_text", place, FALSE, &condition_text, error) ||
      !read_date (r, object, "pay_protection_until", place, &protection, &has_protection, error))
    return NULL;

  switch (kind)
    {
    case REORG_CHANGE_KIND_ESTABLISH_POST:
      {
        g_autoptr(ReorgPost) template_post = read_template_post (r, object, place, FALSE, NULL,
                                                                 &unit_ref, &other, error);
        if (template_post == NULL)
          return NULL;
        change = reorg_change_new_establish_post (&date, template_post, unit_ref, other);
      }
      break;

    case REORG_CHANGE_KIND_ESTABLISH_POSTS:
      {
        g_autoptr(ReorgPost) template_post = NULL;
        g_autoptr(ReorgFte) total = NULL;

        if (!read_string (r, object, "prefix", place, TRUE, &text, error) ||
            !require_member (r, object, "total_fte", place, error) ||
            !read_fte (r, object, "total_fte", place, &total, error))
          return NULL;
        template_post = read_template_post (r, object, place, TRUE, text, &unit_ref, &other, error);
        if (template_post == NULL)
          return NULL;
        change = reorg_change_new_establish_posts (&date, template_post, unit_ref, total, text);
      }
      break;

    case REORG_CHANGE_KIND_CREATE_UNIT:
      {
        g_autoptr(ReorgUnit) template_unit = read_template_unit (r, object, place, &other, error);

        if (template_unit == NULL)
          return NULL;
        change = reorg_change_new_create_unit (&date, template_unit, other);
      }
      break;

    case REORG_CHANGE_KIND_DISESTABLISH_POST:
    case REORG_CHANGE_KIND_REGRADE:
    case REORG_CHANGE_KIND_SET_FTE:
    case REORG_CHANGE_KIND_SET_SALARY:
    case REORG_CHANGE_KIND_SET_TENURE:
    case REORG_CHANGE_KIND_SET_FUNDING:
    case REORG_CHANGE_KIND_SET_REPORTS_TO:
    case REORG_CHANGE_KIND_MOVE_POST:
      if (!read_string (r, object, "post", place, TRUE, &post_ref, error))
        return NULL;
      switch (kind)
        {
        case REORG_CHANGE_KIND_DISESTABLISH_POST:
          change = reorg_change_new_disestablish_post (&date, post_ref);
          break;
        case REORG_CHANGE_KIND_REGRADE:
          {
            g_autoptr(ReorgMoney) salary = NULL;

            if (!read_string (r, object, "grade", place, TRUE, &text, error) ||
                !read_money (r, object, "salary", place, &salary, error))
              return NULL;
            change = reorg_change_new_regrade (&date, post_ref, text, salary);
          }
          break;
        case REORG_CHANGE_KIND_SET_FTE:
          {
            g_autoptr(ReorgFte) fte = NULL;

            if (!require_member (r, object, "fte", place, error) ||
                !read_fte (r, object, "fte", place, &fte, error))
              return NULL;
            change = reorg_change_new_set_fte (&date, post_ref, fte);
          }
          break;
        case REORG_CHANGE_KIND_SET_SALARY:
          {
            g_autoptr(ReorgMoney) salary = NULL;

            if (!require_member (r, object, "salary", place, error) ||
                !read_money (r, object, "salary", place, &salary, error))
              return NULL;
            change = reorg_change_new_set_salary (&date, post_ref, salary);
          }
          break;
        case REORG_CHANGE_KIND_SET_TENURE:
          {
            int tenure = REORG_TENURE_PERMANENT;

            if (!read_string (r, object, "tenure", place, TRUE, &text, error) ||
                !read_enum (r, object, "tenure", place, REORG_TYPE_TENURE, &tenure, error))
              return NULL;
            change = reorg_change_new_set_tenure (&date, post_ref, tenure);
          }
          break;
        case REORG_CHANGE_KIND_SET_FUNDING:
          {
            int funding_kind;
            gboolean present;

            if (!require_member (r, object, "funding", place, error) ||
                !read_funding_value (r, object, place, &present, &funding_kind, &text, error))
              return NULL;
            change = reorg_change_new_set_funding (&date, post_ref, funding_kind, text);
          }
          break;
        case REORG_CHANGE_KIND_SET_REPORTS_TO:
          if (!read_string (r, object, "reports_to", place, FALSE, &other, error))
            return NULL;
          change = reorg_change_new_set_reports_to (&date, post_ref, other);
          break;
        case REORG_CHANGE_KIND_MOVE_POST:
          if (!read_string (r, object, "unit", place, TRUE, &unit_ref, error))
            return NULL;
          change = reorg_change_new_move_post (&date, post_ref, unit_ref);
          break;
        default:
          g_assert_not_reached ();
        }
      break;

    case REORG_CHANGE_KIND_RENAME_UNIT:
    case REORG_CHANGE_KIND_MOVE_UNIT:
    case REORG_CHANGE_KIND_MERGE_UNIT:
    case REORG_CHANGE_KIND_CLOSE_UNIT:
    case REORG_CHANGE_KIND_DISESTABLISH_UNIT_POSTS:
      if (!read_string (r, object, "unit", place, TRUE, &unit_ref, error))
        return NULL;
      switch (kind)
        {
        case REORG_CHANGE_KIND_RENAME_UNIT:
          if (!read_string (r, object, "name", place, FALSE, &text, error))
            return NULL;
          change = reorg_change_new_rename_unit (&date, unit_ref, text);
          break;
        case REORG_CHANGE_KIND_MOVE_UNIT:
          if (!read_string (r, object, "parent", place, FALSE, &other, error))
            return NULL;
          change = reorg_change_new_move_unit (&date, unit_ref, other);
          break;
        case REORG_CHANGE_KIND_MERGE_UNIT:
          if (!read_string (r, object, "into", place, TRUE, &other, error))
            return NULL;
          change = reorg_change_new_merge_unit (&date, unit_ref, other);
          break;
        case REORG_CHANGE_KIND_CLOSE_UNIT:
          change = reorg_change_new_close_unit (&date, unit_ref);
          break;
        case REORG_CHANGE_KIND_DISESTABLISH_UNIT_POSTS:
          if (!read_string (r, object, "title", place, FALSE, &text, error))
            return NULL;
          change = reorg_change_new_disestablish_unit_posts (&date, unit_ref, text);
          break;
        default:
          g_assert_not_reached ();
        }
      break;

    default:
      g_assert_not_reached ();
    }

  if (!reorg_change_check_values (change, &local_error))
    {
      fail (r, error, local_error->code, place, "%s", local_error->message);
      return NULL;
    }
  reorg_change_set_label (change, label);
  reorg_change_set_phase (change, phase);
  reorg_change_set_condition (change, condition, condition_text);
  if (has_protection)
    reorg_change_set_pay_protection_until (change, &protection);
  return g_steal_pointer (&change);
}

/* The optional "one_off_costs" of a proposal: objects with a label, a
 * kind (default "other"), an amount and a date. */
static gboolean
read_one_off_costs (Reader         *r,
                    JsonObject     *object,
                    guint           proposal_index,
                    const char     *named,
                    ReorgProposal  *proposal,
                    GError        **error)
{
  JsonNode *node = json_object_get_member (object, "one_off_costs");
  JsonArray *costs;
  guint n;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail (r, error, REORG_ERROR_PARSE, named, "one_off_costs: expected an array, found %s",
                 node_type_name (node));
  costs = json_node_get_array (node);
  n = json_array_get_length (costs);
  for (guint k = 0; k < n; k++)
    {
      JsonNode *cost_node = json_array_get_element (costs, k);
      g_autofree char *place = g_strdup_printf ("proposals[%u].one_off_costs[%u]", proposal_index, k);
      g_autoptr(ReorgMoney) amount = NULL;
      g_autoptr(ReorgOneOffCost) cost = NULL;
      JsonObject *cost_object;
      const char *label;
      int kind = REORG_ONE_OFF_COST_OTHER;
      GDate date;

      if (!JSON_NODE_HOLDS_OBJECT (cost_node))
        return fail (r, error, REORG_ERROR_PARSE, place, "expected an object, found %s",
                     node_type_name (cost_node));
      cost_object = json_node_get_object (cost_node);
      if (!read_string (r, cost_object, "label", place, FALSE, &label, error) ||
          !read_enum (r, cost_object, "kind", place, REORG_TYPE_ONE_OFF_COST_KIND, &kind, error) ||
          !require_member (r, cost_object, "amount", place, error) ||
          !read_money (r, cost_object, "amount", place, &amount, error) ||
          !read_required_date (r, cost_object, "date", place, &date, error))
        return FALSE;
      cost = reorg_one_off_cost_new (label, kind, amount, &date);
      reorg_proposal_add_one_off_cost (proposal, cost);
    }
  return TRUE;
}

static gboolean
read_proposals (Reader      *r,
                JsonObject  *root,
                ReorgPlan   *plan,
                GError     **error)
{
  JsonNode *node = json_object_get_member (root, "proposals");
  JsonArray *proposals;
  guint n;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail (r, error, REORG_ERROR_PARSE, NULL, "proposals: expected an array, found %s",
                 node_type_name (node));
  proposals = json_node_get_array (node);
  n = json_array_get_length (proposals);

  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (proposals, i);
      g_autofree char *place = g_strdup_printf ("proposals[%u]", i);
      g_autofree char *named = NULL;
      g_autoptr(ReorgProposal) proposal = NULL;
      g_autoptr(GError) local_error = NULL;
      JsonObject *object;
      JsonArray *changes;
      const char *name, *description;
      guint n_changes;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        return fail (r, error, REORG_ERROR_PARSE, place, "expected an object, found %s",
                     node_type_name (element));
      object = json_node_get_object (element);
      if (!read_string (r, object, "name", place, TRUE, &name, error))
        return FALSE;
      named = g_strdup_printf ("%s (proposal '%s')", place, name);
      if (!read_string (r, object, "description", named, FALSE, &description, error) ||
          !read_array_member (r, object, "changes", named, &changes, error))
        return FALSE;

      proposal = reorg_proposal_new (name);
      reorg_proposal_set_description (proposal, description);
      n_changes = json_array_get_length (changes);
      for (guint j = 0; j < n_changes; j++)
        {
          JsonNode *change_node = json_array_get_element (changes, j);
          g_autofree char *change_place = g_strdup_printf ("proposals[%u].changes[%u]", i, j);
          g_autoptr(ReorgChange) change = NULL;

          if (!JSON_NODE_HOLDS_OBJECT (change_node))
            return fail (r, error, REORG_ERROR_PARSE, change_place, "expected an object, found %s",
                         node_type_name (change_node));
          change = read_change (r, json_node_get_object (change_node), change_place, error);
          if (change == NULL)
            return FALSE;
          reorg_proposal_add_change (proposal, change);
        }
      if (!read_one_off_costs (r, object, i, named, proposal, error))
        return FALSE;
      if (!reorg_plan_add_proposal (plan, proposal, &local_error))
        return fail (r, error, local_error->code, named, "%s", local_error->message);
    }
  return TRUE;
}

/* "schedules" and "budgets": optional arrays of objects read by
 * reorg-schedule.c and reorg-budget.c, whose errors name the place. */
static gboolean
read_tables (Reader      *r,
             JsonObject  *root,
             ReorgPlan   *plan,
             gboolean     budgets,
             GError     **error)
{
  const char *member = budgets ? "budgets" : "schedules";
  JsonNode *node = json_object_get_member (root, member);
  JsonArray *array;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail (r, error, REORG_ERROR_PARSE, NULL, "%s: expected an array, found %s",
                 member, node_type_name (node));
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autofree char *place = g_strdup_printf ("%s[%u]", member, i);
      g_autoptr(GError) local_error = NULL;
      gboolean added;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        return fail (r, error, REORG_ERROR_PARSE, place, "expected an object, found %s",
                     node_type_name (element));
      if (budgets)
        {
          g_autoptr(ReorgBudget) budget =
            reorg_budget_from_json (json_node_get_object (element), place, plan->fy_start, &local_error);
          added = budget != NULL && reorg_plan_add_budget (plan, budget, &local_error);
        }
      else
        {
          g_autoptr(ReorgSavingsSchedule) schedule =
            reorg_savings_schedule_from_json (json_node_get_object (element), place, plan->fy_start, &local_error);
          added = schedule != NULL && reorg_plan_add_schedule (plan, schedule, &local_error);
        }
      if (!added)
        {
          /* The readers' messages start with the place already. */
          if (g_str_has_prefix (local_error->message, place))
            return fail (r, error, local_error->code, NULL, "%s", local_error->message);
          return fail (r, error, local_error->code, place, "%s", local_error->message);
        }
    }
  return TRUE;
}

static ReorgPlan *
read_plan (Reader      *r,
           JsonNode    *root,
           GError     **error)
{
  g_autoptr(ReorgPlan) plan = reorg_plan_new ();
  g_autoptr(ReorgStructure) structure = reorg_structure_new ();
  JsonObject *object, *structure_object;
  JsonNode *node;
  const char *format, *organisation;
  JsonArray *units, *posts;
  GDate date;
  gboolean has_date;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      fail (r, error, REORG_ERROR_PARSE, NULL, "a plan is a JSON object, found %s",
            root ? node_type_name (root) : "nothing");
      return NULL;
    }
  object = json_node_get_object (root);

  if (!read_string (r, object, "format", NULL, TRUE, &format, error))
    return NULL;
  if (g_strcmp0 (format, "reorg-plan") != 0)
    {
      fail (r, error, REORG_ERROR_PARSE, NULL, "format is \"%s\", not \"reorg-plan\"", format);
      return NULL;
    }
  node = json_object_get_member (object, "version");
  if (node == NULL || !node_is_integer (node))
    {
      fail (r, error, REORG_ERROR_PARSE, NULL, "version: expected a whole number, found %s",
            node ? node_type_name (node) : "nothing");
      return NULL;
    }
  if (json_node_get_int (node) != REORG_PLAN_FORMAT_VERSION)
    {
      fail (r, error, REORG_ERROR_VERSION, NULL,
            "format version %" G_GINT64_FORMAT " is not supported (this library reads version %d)",
            json_node_get_int (node), REORG_PLAN_FORMAT_VERSION);
      return NULL;
    }

  if (!read_string (r, object, "organisation", NULL, FALSE, &organisation, error))
    return NULL;
  reorg_plan_set_organisation (plan, organisation);

  node = json_object_get_member (object, "financial_year_start");
  if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
    {
      if (!node_is_integer (node) || json_node_get_int (node) < 1 || json_node_get_int (node) > 12)
        {
          fail (r, error, REORG_ERROR_INVALID, NULL, "financial_year_start: expected a month 1 to 12");
          return NULL;
        }
      reorg_plan_set_financial_year_start (plan, (GDateMonth) json_node_get_int (node), NULL);
    }

  if (!read_date (r, object, "date", NULL, &date, &has_date, error))
    return NULL;
  if (has_date)
    reorg_plan_set_date (plan, &date);

  node = json_object_get_member (object, "metadata");
  if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
    {
      JsonObjectIter iter;
      const char *key;
      JsonNode *value;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          fail (r, error, REORG_ERROR_PARSE, NULL, "metadata: expected an object, found %s", node_type_name (node));
          return NULL;
        }
      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, &key, &value))
        {
          if (!node_is_string (value))
            {
              fail (r, error, REORG_ERROR_PARSE, "metadata", "%s: expected a string, found %s",
                    key, node_type_name (value));
              return NULL;
            }
          reorg_plan_set_metadata (plan, key, json_node_get_string (value));
        }
    }

  node = json_object_get_member (object, "structure");
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (r, error, REORG_ERROR_PARSE, NULL, "structure: expected an object, found %s",
            node ? node_type_name (node) : "nothing");
      return NULL;
    }
  structure_object = json_node_get_object (node);
  if (!read_date (r, structure_object, "date", "structure", &date, &has_date, error))
    return NULL;
  if (has_date)
    reorg_structure_set_date (structure, &date);
  if (!read_array_member (r, structure_object, "units", "structure", &units, error) ||
      !read_array_member (r, structure_object, "posts", "structure", &posts, error) ||
      !read_units (r, units, structure, error) ||
      !read_posts (r, posts, structure, error))
    return NULL;

  reorg_plan_set_structure (plan, structure);
  if (!read_proposals (r, object, plan, error) ||
      !read_tables (r, object, plan, FALSE, error) ||
      !read_tables (r, object, plan, TRUE, error))
    return NULL;
  return g_steal_pointer (&plan);
}

static ReorgPlan *
load (const char  *source,
      const char  *data,
      gssize       length,
      GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  Reader r = { source };

  if (length < 0)
    length = strlen (data);
  if (!g_utf8_validate_len (data, length, NULL))
    {
      g_set_error (error, REORG_ERROR, REORG_ERROR_PARSE, "%s: the file is not valid UTF-8 text", source);
      return NULL;
    }
  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      /* json-glib's message carries the line and column, after a "<data>"
       * that stands for the file name. */
      const char *message = local_error->message;

      if (g_str_has_prefix (message, "<data>:"))
        message += strlen ("<data>:");
      g_set_error (error, REORG_ERROR, REORG_ERROR_PARSE, "%s:%s", source, message);
      return NULL;
    }
  return read_plan (&r, json_parser_get_root (parser), error);
}

/**
 * reorg_plan_new_from_data:
 * @data: (array length=length) (element-type guint8): the JSON text of a plan
 * @length: the length of @data in bytes, or -1 if it is nul-terminated
 * @error: return location for a #GError
 *
 * Reads a plan from its JSON text. Malformed or invalid input is a
 * %REORG_ERROR_PARSE (or more specific) error that names the place;
 * an unknown format version is a %REORG_ERROR_VERSION error.
 *
 * Returns: (transfer full) (nullable): the plan, or %NULL on error
 *
 * Since: 0.1
 */
ReorgPlan *
reorg_plan_new_from_data (const char  *data,
                          gssize       length,
                          GError     **error)
{
  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return load ("<data>", data ? data : "", length, error);
}

/**
 * reorg_plan_new_from_file:
 * @path: (type filename): the path of a plan file
 * @error: return location for a #GError
 *
 * Reads a plan from a JSON file. A file that cannot be read is a
 * %REORG_ERROR_IO error; malformed or invalid content is an error that
 * names the file and the place in it.
 *
 * Returns: (transfer full) (nullable): the plan, or %NULL on error
 *
 * Since: 0.1
 */
ReorgPlan *
reorg_plan_new_from_file (const char  *path,
                          GError     **error)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_file_get_contents (path, &contents, &length, &local_error))
    {
      g_set_error (error, REORG_ERROR, REORG_ERROR_IO, "%s", local_error->message);
      return NULL;
    }
  return load (path, contents, length, error);
}

/* ======================================================================
 * Writing
 * ====================================================================== */

static void
add_string (JsonBuilder *b,
            const char  *member,
            const char  *value)
{
  if (value == NULL)
    return;
  json_builder_set_member_name (b, member);
  json_builder_add_string_value (b, value);
}

static void
add_enum (JsonBuilder *b,
          const char  *member,
          GType        type,
          int          value,
          int          default_value)
{
  GEnumClass *klass;

  if (value == default_value)
    return;
  klass = g_type_class_ref (type);
  add_string (b, member, g_enum_get_value (klass, value)->value_nick);
  g_type_class_unref (klass);
}

static int
compare_posts_by_reference (gconstpointer a,
                            gconstpointer b)
{
  return strcmp ((*(ReorgPost * const *) a)->reference, (*(ReorgPost * const *) b)->reference);
}

/* The members of a post object. reference, unit_ref and reports_to may be
 * NULL (left out); with_fte FALSE leaves out the FTE (establish-posts). */
static void
write_post_members (JsonBuilder *b,
                    ReorgPost   *post,
                    const char  *reference,
                    const char  *unit_ref,
                    const char  *reports_to,
                    gboolean     with_fte)
{
  g_autofree char *fte = reorg_fte_to_string (&post->fte);
  g_autofree char *salary = reorg_money_to_decimal_string (&post->salary);

  add_string (b, "ref", reference);
  add_string (b, "unit", unit_ref);
  add_string (b, "title", post->title);
  add_string (b, "grade", post->grade);
  if (with_fte)
    add_string (b, "fte", fte);
  add_string (b, "salary", salary);
  if (post->on_cost_rate >= 0)
    {
      json_builder_set_member_name (b, "on_cost_rate");
      json_builder_add_int_value (b, post->on_cost_rate);
    }
  else
    {
      g_autofree char *on_costs = reorg_money_to_decimal_string (&post->on_costs);
      add_string (b, "on_costs", on_costs);
    }
  add_enum (b, "status", REORG_TYPE_POST_STATUS, post->status, -1);
  add_enum (b, "tenure", REORG_TYPE_TENURE, post->tenure, -1);
  if (post->funding_name != NULL)
    {
      json_builder_set_member_name (b, "funding");
      json_builder_begin_object (b);
      add_enum (b, "kind", REORG_TYPE_FUNDING_KIND, post->funding_kind, -1);
      add_string (b, "name", post->funding_name);
      json_builder_end_object (b);
    }
  else
    add_enum (b, "funding", REORG_TYPE_FUNDING_KIND, post->funding_kind, -1);
  add_string (b, "reports_to", reports_to);
  add_string (b, "job_family", post->job_family);
}

static void
write_post (JsonBuilder *b,
            ReorgPost   *post)
{
  json_builder_begin_object (b);
  write_post_members (b, post, post->reference, post->unit->reference,
                      post->reports_to ? post->reports_to->reference : NULL, TRUE);
  json_builder_end_object (b);
}

static void
write_unit_members (JsonBuilder *b,
                    ReorgUnit   *unit,
                    const char  *parent_ref)
{
  add_string (b, "ref", unit->reference);
  add_string (b, "name", unit->name);
  add_enum (b, "kind", REORG_TYPE_UNIT_KIND, unit->kind, -1);
  add_string (b, "parent", parent_ref);
  add_enum (b, "place_kind", REORG_TYPE_PLACE_KIND, unit->place_kind, REORG_PLACE_KIND_NONE);
  add_string (b, "place", unit->place);
}

static void
add_date (JsonBuilder *b,
          const char  *member,
          const GDate *date)
{
  g_autofree char *iso = NULL;

  if (date == NULL)
    return;
  iso = reorg_date_to_iso (date);
  add_string (b, member, iso);
}

static void
add_money (JsonBuilder      *b,
           const char       *member,
           const ReorgMoney *money)
{
  g_autofree char *text = reorg_money_to_decimal_string (money);

  add_string (b, member, text);
}

static void
add_fte (JsonBuilder    *b,
         const char     *member,
         const ReorgFte *fte)
{
  g_autofree char *text = reorg_fte_to_string (fte);

  add_string (b, member, text);
}

static void
write_change (JsonBuilder *b,
              ReorgChange *c)
{
  json_builder_begin_object (b);
  add_string (b, "kind", reorg_change_kind_to_nick (c->kind));
  add_date (b, "date", &c->date);
  add_string (b, "label", c->label);
  add_string (b, "phase", c->phase);
  add_enum (b, "condition", REORG_TYPE_CONDITION_KIND, c->condition, REORG_CONDITION_KIND_NONE);
  add_string (b, "condition_text", c->condition_text);
  add_date (b, "pay_protection_until", reorg_change_get_pay_protection_until (c));

  switch (c->kind)
    {
    case REORG_CHANGE_KIND_ESTABLISH_POST:
      json_builder_set_member_name (b, "post");
      json_builder_begin_object (b);
      write_post_members (b, c->template_post, c->post_reference, c->unit_reference, c->other_reference, TRUE);
      json_builder_end_object (b);
      break;
    case REORG_CHANGE_KIND_ESTABLISH_POSTS:
      add_string (b, "prefix", c->text);
      add_fte (b, "total_fte", &c->fte);
      json_builder_set_member_name (b, "post");
      json_builder_begin_object (b);
      write_post_members (b, c->template_post, NULL, c->unit_reference, NULL, FALSE);
      json_builder_end_object (b);
      break;
    case REORG_CHANGE_KIND_CREATE_UNIT:
      json_builder_set_member_name (b, "unit");
      json_builder_begin_object (b);
      write_unit_members (b, c->template_unit, c->other_reference);
      json_builder_end_object (b);
      break;
    case REORG_CHANGE_KIND_DISESTABLISH_POST:
      add_string (b, "post", c->post_reference);
      break;
    case REORG_CHANGE_KIND_REGRADE:
      add_string (b, "post", c->post_reference);
      add_string (b, "grade", c->text);
      if (c->has_salary)
        add_money (b, "salary", &c->salary);
      break;
    case REORG_CHANGE_KIND_SET_FTE:
      add_string (b, "post", c->post_reference);
      add_fte (b, "fte", &c->fte);
      break;
    case REORG_CHANGE_KIND_SET_SALARY:
      add_string (b, "post", c->post_reference);
      add_money (b, "salary", &c->salary);
      break;
    case REORG_CHANGE_KIND_SET_TENURE:
      add_string (b, "post", c->post_reference);
      add_enum (b, "tenure", REORG_TYPE_TENURE, c->tenure, -1);
      break;
    case REORG_CHANGE_KIND_SET_FUNDING:
      add_string (b, "post", c->post_reference);
      if (c->text != NULL)
        {
          json_builder_set_member_name (b, "funding");
          json_builder_begin_object (b);
          add_enum (b, "kind", REORG_TYPE_FUNDING_KIND, c->funding_kind, -1);
          add_string (b, "name", c->text);
          json_builder_end_object (b);
        }
      else
        add_enum (b, "funding", REORG_TYPE_FUNDING_KIND, c->funding_kind, -1);
      break;
    case REORG_CHANGE_KIND_SET_REPORTS_TO:
      add_string (b, "post", c->post_reference);
      add_string (b, "reports_to", c->other_reference);
      break;
    case REORG_CHANGE_KIND_MOVE_POST:
      add_string (b, "post", c->post_reference);
      add_string (b, "unit", c->unit_reference);
      break;
    case REORG_CHANGE_KIND_RENAME_UNIT:
      add_string (b, "unit", c->unit_reference);
      add_string (b, "name", c->text);
      break;
    case REORG_CHANGE_KIND_MOVE_UNIT:
      add_string (b, "unit", c->unit_reference);
      add_string (b, "parent", c->other_reference);
      break;
    case REORG_CHANGE_KIND_MERGE_UNIT:
      add_string (b, "unit", c->unit_reference);
      add_string (b, "into", c->other_reference);
      break;
    case REORG_CHANGE_KIND_CLOSE_UNIT:
      add_string (b, "unit", c->unit_reference);
      break;
    case REORG_CHANGE_KIND_DISESTABLISH_UNIT_POSTS:
      add_string (b, "unit", c->unit_reference);
      add_string (b, "title", c->text);
      break;
    default:
      g_assert_not_reached ();
    }
  json_builder_end_object (b);
}

/* Optional: a proposal without one-off costs has no member. */
static void
write_one_off_costs (JsonBuilder   *b,
                     ReorgProposal *proposal)
{
  g_autoptr(GPtrArray) costs = reorg_proposal_get_one_off_costs (proposal);

  if (costs->len == 0)
    return;
  json_builder_set_member_name (b, "one_off_costs");
  json_builder_begin_array (b);
  for (guint k = 0; k < costs->len; k++)
    {
      const ReorgOneOffCost *cost = g_ptr_array_index (costs, k);

      json_builder_begin_object (b);
      add_string (b, "label", reorg_one_off_cost_get_label (cost));
      /* A kind or date that a cost made in code got wrong is left out, and
       * reading the plan back says so. */
      if ((guint) reorg_one_off_cost_get_kind (cost) <= REORG_ONE_OFF_COST_OTHER)
        add_enum (b, "kind", REORG_TYPE_ONE_OFF_COST_KIND, reorg_one_off_cost_get_kind (cost), -1);
      add_money (b, "amount", reorg_one_off_cost_get_amount (cost));
      if (g_date_valid (reorg_one_off_cost_get_date (cost)))
        add_date (b, "date", reorg_one_off_cost_get_date (cost));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
write_proposals (JsonBuilder *b,
                 ReorgPlan   *self)
{
  GPtrArray *proposals = reorg_list_model_get_array (self->proposals);

  /* Optional in format version 1: a plan without proposals has no member. */
  if (proposals->len == 0)
    return;
  json_builder_set_member_name (b, "proposals");
  json_builder_begin_array (b);
  for (guint i = 0; i < proposals->len; i++)
    {
      ReorgProposal *proposal = g_ptr_array_index (proposals, i);
      g_autoptr(GListModel) changes = reorg_proposal_get_changes (proposal);
      guint n = g_list_model_get_n_items (changes);

      json_builder_begin_object (b);
      add_string (b, "name", reorg_proposal_get_name (proposal));
      add_string (b, "description", reorg_proposal_get_description (proposal));
      json_builder_set_member_name (b, "changes");
      json_builder_begin_array (b);
      for (guint j = 0; j < n; j++)
        write_change (b, reorg_proposal_get_change (proposal, j));
      json_builder_end_array (b);
      write_one_off_costs (b, proposal);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static JsonNode *
build_plan (ReorgPlan *self)
{
  g_autoptr(JsonBuilder) b = json_builder_new_immutable ();
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  g_auto(GStrv) keys = reorg_plan_get_metadata_keys (self);
  const GDate *date;

  json_builder_begin_object (b);
  add_string (b, "format", "reorg-plan");
  json_builder_set_member_name (b, "version");
  json_builder_add_int_value (b, REORG_PLAN_FORMAT_VERSION);
  add_string (b, "organisation", self->organisation);
  json_builder_set_member_name (b, "financial_year_start");
  json_builder_add_int_value (b, self->fy_start);
  if ((date = reorg_plan_get_date (self)) != NULL)
    {
      g_autofree char *iso = reorg_date_to_iso (date);
      add_string (b, "date", iso);
    }

  json_builder_set_member_name (b, "metadata");
  json_builder_begin_object (b);
  for (guint i = 0; keys[i] != NULL; i++)
    add_string (b, keys[i], g_hash_table_lookup (self->metadata, keys[i]));
  json_builder_end_object (b);

  json_builder_set_member_name (b, "structure");
  json_builder_begin_object (b);
  if ((date = reorg_structure_get_date (self->structure)) != NULL)
    {
      g_autofree char *iso = reorg_date_to_iso (date);
      add_string (b, "date", iso);
    }

  reorg_structure_collect_preorder (self->structure, order);
  json_builder_set_member_name (b, "units");
  json_builder_begin_array (b);
  for (guint i = 0; i < order->len; i++)
    {
      ReorgUnit *unit = g_ptr_array_index (order, i);

      json_builder_begin_object (b);
      write_unit_members (b, unit, unit->parent ? unit->parent->reference : NULL);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  /* Posts unit by unit in tree order, by reference within a unit, so the
   * same plan always gives the same bytes. */
  json_builder_set_member_name (b, "posts");
  json_builder_begin_array (b);
  for (guint i = 0; i < order->len; i++)
    {
      ReorgUnit *unit = g_ptr_array_index (order, i);
      g_autoptr(GPtrArray) posts = g_ptr_array_copy (reorg_list_model_get_array (unit->posts), NULL, NULL);

      /* The copy borrows the posts: it must not unref them. */
      g_ptr_array_set_free_func (posts, NULL);
      g_ptr_array_sort (posts, compare_posts_by_reference);
      for (guint j = 0; j < posts->len; j++)
        write_post (b, g_ptr_array_index (posts, j));
    }
  json_builder_end_array (b);
  json_builder_end_object (b);

  write_proposals (b, self);
  /* Optional in format version 1: absent when empty. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->schedules)) > 0)
    {
      GPtrArray *items = reorg_list_model_get_array (self->schedules);

      json_builder_set_member_name (b, "schedules");
      json_builder_begin_array (b);
      for (guint i = 0; i < items->len; i++)
        reorg_savings_schedule_to_json (g_ptr_array_index (items, i), b);
      json_builder_end_array (b);
    }
  if (g_list_model_get_n_items (G_LIST_MODEL (self->budgets)) > 0)
    {
      GPtrArray *items = reorg_list_model_get_array (self->budgets);

      json_builder_set_member_name (b, "budgets");
      json_builder_begin_array (b);
      for (guint i = 0; i < items->len; i++)
        reorg_budget_to_json (g_ptr_array_index (items, i), b);
      json_builder_end_array (b);
    }
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

/**
 * reorg_plan_to_data:
 * @self: a plan
 * @length: (out) (optional): return location for the length in bytes
 *
 * Writes the plan as JSON text, in format version
 * %REORG_PLAN_FORMAT_VERSION. The same plan always gives the same text.
 *
 * Returns: (transfer full): the JSON text
 *
 * Since: 0.1
 */
char *
reorg_plan_to_data (ReorgPlan *self,
                    gsize     *length)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (REORG_IS_PLAN (self), NULL);

  root = build_plan (self);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 1);
  return json_generator_to_data (generator, length);
}

/**
 * reorg_plan_save_to_file:
 * @self: a plan
 * @path: (type filename): where to save the plan
 * @error: return location for a #GError
 *
 * Saves the plan as JSON. The text is written to a new file beside @path,
 * flushed to disk and renamed over @path, so a crash during the save
 * leaves the old file whole. A failure is a %REORG_ERROR_IO error.
 *
 * Returns: %TRUE on success
 *
 * Since: 0.1
 */
gboolean
reorg_plan_save_to_file (ReorgPlan   *self,
                         const char  *path,
                         GError     **error)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length;

  g_return_val_if_fail (REORG_IS_PLAN (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = reorg_plan_to_data (self, &length);
  if (!g_file_set_contents_full (path, data, length,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0666, &local_error))
    {
      g_set_error (error, REORG_ERROR, REORG_ERROR_IO, "%s", local_error->message);
      return FALSE;
    }
  return TRUE;
}
