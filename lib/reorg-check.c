/* reorg-check.c: findings where published tables disagree
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "reorg-published-private.h"

/**
 * ReorgFinding:
 *
 * One inconsistency found by [func@Reorg.Plan.check]: a stable code
 * (`schedule-subtotal-mismatch`, `schedule-total-mismatch`,
 * `budget-total-mismatch`, `reconciliation-mismatch`,
 * `savings-budget-mismatch`, `workforce-fte-mismatch`,
 * `line-changes-mismatch`, `line-changes-unknown`), a
 * [enum@Reorg.Severity], the table's title, the row (a row label or
 * reference), the column (a year label, with the figure's name for
 * budgets: `2015/16 net`), the expected value (computed) and the value
 * found in the table, both as the table prints them, and a message that
 * states the rule applied.
 *
 * Since: 0.1
 */
struct _ReorgFinding
{
  char          *code;
  ReorgSeverity  severity;
  char          *table;
  char          *row;
  char          *column;
  char          *expected;
  char          *found;
  char          *message;
};

G_DEFINE_BOXED_TYPE (ReorgFinding, reorg_finding, reorg_finding_copy, reorg_finding_free)

/**
 * reorg_finding_new:
 * @code: the finding's stable code
 * @severity: how serious it is
 * @table: (nullable): the table's title
 * @row: (nullable): the row
 * @column: (nullable): the column
 * @expected: (nullable): the expected (computed) value as text
 * @found: (nullable): the value found in the table as text
 * @message: (nullable): what is wrong and the rule applied
 *
 * Creates a finding. Text fields given as %NULL are empty.
 *
 * Returns: (transfer full): a new finding
 *
 * Since: 0.1
 */
ReorgFinding *
reorg_finding_new (const char    *code,
                   ReorgSeverity  severity,
                   const char    *table,
                   const char    *row,
                   const char    *column,
                   const char    *expected,
                   const char    *found,
                   const char    *message)
{
  ReorgFinding *self = g_new0 (ReorgFinding, 1);

  g_return_val_if_fail (code != NULL, NULL);
  self->code = g_strdup (code);
  self->severity = severity;
  self->table = g_strdup (table ? table : "");
  self->row = g_strdup (row ? row : "");
  self->column = g_strdup (column ? column : "");
  self->expected = g_strdup (expected ? expected : "");
  self->found = g_strdup (found ? found : "");
  self->message = g_strdup (message ? message : "");
  return self;
}

/**
 * reorg_finding_copy:
 * @self: a finding
 *
 * Copies a finding.
 *
 * Returns: (transfer full): a copy
 *
 * Since: 0.1
 */
ReorgFinding *
reorg_finding_copy (const ReorgFinding *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return reorg_finding_new (self->code, self->severity, self->table, self->row, self->column,
                            self->expected, self->found, self->message);
}

/**
 * reorg_finding_free:
 * @self: a finding
 *
 * Frees a finding.
 *
 * Since: 0.1
 */
void
reorg_finding_free (ReorgFinding *self)
{
  if (self == NULL)
    return;
  g_free (self->code);
  g_free (self->table);
  g_free (self->row);
  g_free (self->column);
  g_free (self->expected);
  g_free (self->found);
  g_free (self->message);
  g_free (self);
}

/**
 * reorg_finding_get_code:
 * @self: a finding
 *
 * Gets the finding's stable code, such as `schedule-total-mismatch`.
 *
 * Returns: (transfer none): the code
 *
 * Since: 0.1
 */
const char *
reorg_finding_get_code (const ReorgFinding *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->code;
}

/**
 * reorg_finding_get_severity:
 * @self: a finding
 *
 * Gets how serious the finding is.
 *
 * Returns: the severity
 *
 * Since: 0.1
 */
ReorgSeverity
reorg_finding_get_severity (const ReorgFinding *self)
{
  g_return_val_if_fail (self != NULL, REORG_SEVERITY_ERROR);
  return self->severity;
}

/**
 * reorg_finding_get_table:
 * @self: a finding
 *
 * Gets the title of the table the finding is about.
 *
 * Returns: (transfer none): the table
 *
 * Since: 0.1
 */
const char *
reorg_finding_get_table (const ReorgFinding *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->table;
}

/**
 * reorg_finding_get_row:
 * @self: a finding
 *
 * Gets the row: a row label or reference, `Total` for a total.
 *
 * Returns: (transfer none): the row
 *
 * Since: 0.1
 */
const char *
reorg_finding_get_row (const ReorgFinding *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->row;
}

/**
 * reorg_finding_get_column:
 * @self: a finding
 *
 * Gets the column: a year label, followed by the figure's name in a
 * budget (`2015/16 net`).
 *
 * Returns: (transfer none): the column
 *
 * Since: 0.1
 */
const char *
reorg_finding_get_column (const ReorgFinding *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->column;
}

/**
 * reorg_finding_get_expected:
 * @self: a finding
 *
 * Gets the expected value, computed from other figures, as the table
 * prints it.
 *
 * Returns: (transfer none): the expected value
 *
 * Since: 0.1
 */
const char *
reorg_finding_get_expected (const ReorgFinding *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->expected;
}

/**
 * reorg_finding_get_found:
 * @self: a finding
 *
 * Gets the value the table states.
 *
 * Returns: (transfer none): the value found
 *
 * Since: 0.1
 */
const char *
reorg_finding_get_found (const ReorgFinding *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->found;
}

/**
 * reorg_finding_get_message:
 * @self: a finding
 *
 * Gets the message: what disagrees and the rule applied.
 *
 * Returns: (transfer none): the message
 *
 * Since: 0.1
 */
const char *
reorg_finding_get_message (const ReorgFinding *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->message;
}

/**
 * reorg_finding_to_string:
 * @self: a finding
 *
 * Writes the finding on one line:
 * `SEVERITY code table row column: message (expected X, found Y)`, with
 * the table, row and column quoted.
 *
 * Returns: (transfer full): the line
 *
 * Since: 0.1
 */
char *
reorg_finding_to_string (const ReorgFinding *self)
{
  static const char *const names[] = { "ERROR", "WARNING", "INFO" };

  g_return_val_if_fail (self != NULL, NULL);
  return g_strdup_printf ("%s %s \"%s\" \"%s\" \"%s\": %s (expected %s, found %s)",
                          names[MIN ((guint) self->severity, 2u)], self->code, self->table, self->row,
                          self->column, self->message, self->expected, self->found);
}

/* ======================================================================
 * The checker
 *
 * The rounding rule: a figure printed in a scale whose unit is U (£1,000
 * for `£,000`) is within U/2 of the true amount. A sum of k printed figures
 * is then within k × U/2 of the true sum, and a stated total, rounded from
 * the true sum, differs from the sum of the printed figures by at most
 * k × U/2 (and, both being whole units, by at most floor(k/2) units). A
 * finding is reported only when |stated - computed| > k × U/2, where k
 * counts the printed figures that enter the computation (blank cells do
 * not count). Comparing two tables in different scales uses the larger
 * unit. FTE figures are compared exactly.
 * ====================================================================== */

typedef struct
{
  ReorgPlan *plan;
  GPtrArray *findings;
} Checker;

static void
add_finding (Checker       *c,
             const char    *code,
             ReorgSeverity  severity,
             const char    *table,
             const char    *row,
             const char    *column,
             const char    *expected,
             const char    *found,
             const char    *message)
{
  g_ptr_array_add (c->findings, reorg_finding_new (code, severity, table, row, column, expected, found, message));
}

/* TRUE when |stated - computed| exceeds n_terms × unit / 2; *allowance gets
 * the allowance in pence. Differences that overflow exceed it. */
static gboolean
beyond_rounding (gint64  stated,
                 gint64  computed,
                 guint   n_terms,
                 gint64  unit,
                 gint64 *allowance)
{
  gint64 diff, limit;

  if (!reorg_checked_mul (n_terms, unit / 2, &limit))
    limit = G_MAXINT64;
  *allowance = limit;
  if (!reorg_checked_sub (stated, computed, &diff) || diff == G_MININT64)
    return TRUE;
  return ABS (diff) > limit;
}

static char *
rule_text (gint64          allowance,
           guint           n_terms,
           ReorgMoneyScale scale)
{
  ReorgMoney a = { allowance }, u = { reorg_scale_unit_pence (scale) };
  g_autofree char *at = reorg_format_in_scale (&a, scale);
  g_autofree char *ut = reorg_money_to_string (&u);

  return g_strdup_printf ("more than the rounding allowance of %s (half of %s for each of the %u rounded figures summed)",
                          at, ut, n_terms);
}

static char *
year_label (GPtrArray *years,
            guint      index)
{
  return reorg_financial_year_get_label (g_ptr_array_index (years, index));
}

/* ---- Schedules ---- */

static gboolean
check_section (Checker              *c,
               ReorgSavingsSchedule *s,
               ReorgScheduleSection *section,
               GError              **error)
{
  GPtrArray *children = reorg_list_model_get_array (section->sections);
  gint64 unit = reorg_scale_unit_pence (s->scale);

  for (guint y = 0; y < s->years->len; y++)
    {
      const ReorgMoney *stated = reorg_money_cells_get (section->subtotals, y);
      gint64 sum, allowance;
      guint terms;

      if (stated == NULL)
        continue;
      if (!reorg_schedule_section_sum (section, y, &sum, &terms, error))
        return FALSE;
      if (beyond_rounding (stated->pence, sum, terms, unit, &allowance))
        {
          ReorgMoney computed = { sum };
          g_autofree char *e = reorg_savings_schedule_format_amount (s, &computed);
          g_autofree char *f = reorg_savings_schedule_format_amount (s, stated);
          g_autofree char *rule = rule_text (allowance, terms, s->scale);
          g_autofree char *label = year_label (s->years, y);
          g_autofree char *message = g_strdup_printf ("the stated subtotal of the section differs from the sum of its lines, %s", rule);

          add_finding (c, "schedule-subtotal-mismatch", REORG_SEVERITY_ERROR, s->title, section->name, label,
                       e, f, message);
        }
    }
  for (guint i = 0; i < children->len; i++)
    if (!check_section (c, s, g_ptr_array_index (children, i), error))
      return FALSE;
  return TRUE;
}

static gboolean
check_schedule (Checker              *c,
                ReorgSavingsSchedule *s,
                GError              **error)
{
  GPtrArray *sections = reorg_list_model_get_array (s->sections);
  gint64 unit = reorg_scale_unit_pence (s->scale);

  for (guint i = 0; i < sections->len; i++)
    if (!check_section (c, s, g_ptr_array_index (sections, i), error))
      return FALSE;

  for (guint y = 0; y < s->years->len; y++)
    {
      const ReorgMoney *stated = reorg_money_cells_get (s->totals, y);
      gint64 sum = 0, allowance;
      guint terms = 0;

      if (stated == NULL)
        continue;
      for (guint i = 0; i < sections->len; i++)
        {
          gint64 part;
          guint part_terms;

          if (!reorg_schedule_section_sum (g_ptr_array_index (sections, i), y, &part, &part_terms, error))
            return FALSE;
          terms += part_terms;
          if (!reorg_checked_add (sum, part, &sum))
            {
              reorg_set_overflow_error (error, "the total of the schedule");
              return FALSE;
            }
        }
      if (beyond_rounding (stated->pence, sum, terms, unit, &allowance))
        {
          ReorgMoney computed = { sum };
          g_autofree char *e = reorg_savings_schedule_format_amount (s, &computed);
          g_autofree char *f = reorg_savings_schedule_format_amount (s, stated);
          g_autofree char *rule = rule_text (allowance, terms, s->scale);
          g_autofree char *label = year_label (s->years, y);
          g_autofree char *message = g_strdup_printf ("the stated total of the schedule differs from the sum of its lines, %s", rule);

          add_finding (c, "schedule-total-mismatch", REORG_SEVERITY_ERROR, s->title, "Total", label, e, f, message);
        }
    }
  return TRUE;
}

static const char *const column_names[] = { "gross", "net", "growth", "savings", "FTE", "reductions" };

static char *
budget_value (ReorgBudget       *b,
              ReorgBudgetColumn  column,
              gint64             value)
{
  if (reorg_budget_column_is_fte (column))
    {
      ReorgFte fte = { value };
      return reorg_fte_to_string (&fte);
    }
  else
    {
      ReorgMoney money = { value };
      return reorg_budget_format_amount (b, column, &money);
    }
}

static gboolean
cell_value (ReorgBudgetRow    *row,
            ReorgBudgetColumn  column,
            guint              y,
            gint64            *out)
{
  if (reorg_budget_column_is_fte (column))
    {
      const ReorgFte *fte = reorg_fte_cells_get (row->cells[column], y);
      if (fte == NULL)
        return FALSE;
      *out = fte->units;
    }
  else
    {
      const ReorgMoney *money = reorg_money_cells_get (row->cells[column], y);
      if (money == NULL)
        return FALSE;
      *out = money->pence;
    }
  return TRUE;
}

static gboolean
check_budget (Checker      *c,
              ReorgBudget  *b,
              GError      **error)
{
  gint64 unit = reorg_scale_unit_pence (b->scale);
  GPtrArray *rows = reorg_list_model_get_array (b->rows[REORG_BUDGET_ANALYSIS_OBJECTIVE]);

  /* Stated totals against the sum of the rows. */
  for (guint a = 0; a < 2; a++)
    for (guint col = 0; col < REORG_BUDGET_N_COLUMNS; col++)
      for (guint y = 0; y < b->years->len; y++)
        {
          gint64 stated, sum, allowance = 0;
          guint terms;
          gboolean fte = reorg_budget_column_is_fte (col);

          if (!cell_value (b->totals[a], col, y, &stated))
            continue;
          if (!reorg_budget_sum (b, a, col, y, &sum, &terms, error))
            return FALSE;
          if (fte ? stated != sum : beyond_rounding (stated, sum, terms, unit, &allowance))
            {
              g_autofree char *e = budget_value (b, col, sum);
              g_autofree char *f = budget_value (b, col, stated);
              g_autofree char *label = year_label (b->years, y);
              g_autofree char *column = g_strdup_printf ("%s %s", label, column_names[col]);
              g_autofree char *table = a == 0 ? g_strdup (b->title) : g_strdup_printf ("%s (subjective)", b->title);
              g_autofree char *rule = fte ? g_strdup ("FTE are compared exactly") : rule_text (allowance, terms, b->scale);
              g_autofree char *message = g_strdup_printf ("the stated total differs from the sum of the rows, %s", rule);

              add_finding (c, "budget-total-mismatch", REORG_SEVERITY_ERROR, table, "Total", column, e, f, message);
            }
        }

  /* net(n+1) = net(n) + growth(n+1) - savings(n+1), and
   * reductions(n+1) = FTE(n) - FTE(n+1), for the service rows and the total. */
  for (guint i = 0; i <= rows->len; i++)
    {
      ReorgBudgetRow *row = i < rows->len ? g_ptr_array_index (rows, i) : b->totals[REORG_BUDGET_ANALYSIS_OBJECTIVE];
      const char *row_name = i < rows->len ? row->name : "Total";

      for (guint y = 1; y < b->years->len; y++)
        {
          gint64 before, after, growth = 0, savings = 0, fte0, fte1, reductions;
          gboolean has_growth, has_savings;

          if (cell_value (row, REORG_BUDGET_COLUMN_NET, y - 1, &before) &&
              cell_value (row, REORG_BUDGET_COLUMN_NET, y, &after) &&
              ((has_growth = cell_value (row, REORG_BUDGET_COLUMN_GROWTH, y, &growth)) |
               (has_savings = cell_value (row, REORG_BUDGET_COLUMN_SAVINGS, y, &savings))))
            {
              gint64 expected, allowance;
              guint terms = 1 + has_growth + has_savings;

              if (!reorg_checked_add (before, growth, &expected) ||
                  !reorg_checked_sub (expected, savings, &expected))
                {
                  reorg_set_overflow_error (error, "a reconciliation");
                  return FALSE;
                }
              if (beyond_rounding (after, expected, terms, unit, &allowance))
                {
                  g_autofree char *e = budget_value (b, REORG_BUDGET_COLUMN_NET, expected);
                  g_autofree char *f = budget_value (b, REORG_BUDGET_COLUMN_NET, after);
                  g_autofree char *label = year_label (b->years, y);
                  g_autofree char *prev = year_label (b->years, y - 1);
                  g_autofree char *column = g_strdup_printf ("%s net", label);
                  g_autofree char *rule = rule_text (allowance, terms, b->scale);
                  g_autofree char *message =
                    g_strdup_printf ("net %s differs from net %s + growth - savings, %s", label, prev, rule);

                  add_finding (c, "reconciliation-mismatch", REORG_SEVERITY_ERROR, b->title, row_name, column,
                               e, f, message);
                }
            }
          if (cell_value (row, REORG_BUDGET_COLUMN_REDUCTIONS, y, &reductions) &&
              cell_value (row, REORG_BUDGET_COLUMN_FTE, y - 1, &fte0) &&
              cell_value (row, REORG_BUDGET_COLUMN_FTE, y, &fte1) &&
              fte0 - fte1 != reductions)
            {
              g_autofree char *e = budget_value (b, REORG_BUDGET_COLUMN_FTE, fte0 - fte1);
              g_autofree char *f = budget_value (b, REORG_BUDGET_COLUMN_FTE, reductions);
              g_autofree char *label = year_label (b->years, y);
              g_autofree char *prev = year_label (b->years, y - 1);
              g_autofree char *column = g_strdup_printf ("%s reductions", label);
              g_autofree char *message =
                g_strdup_printf ("the stated FTE reduction differs from budgeted FTE %s minus FTE %s (compared exactly)",
                                 prev, label);

              add_finding (c, "workforce-fte-mismatch", REORG_SEVERITY_ERROR, b->title, row_name, column,
                           e, f, message);
            }
        }
    }
  return TRUE;
}

/* Savings per service in a schedule against the savings column of a budget,
 * for the years both have. A pair is compared when some line of the
 * schedule names a row of the budget as its service. */
static gboolean
check_schedule_against_budget (Checker              *c,
                               ReorgSavingsSchedule *s,
                               ReorgBudget          *b,
                               GError              **error)
{
  g_autoptr(GPtrArray) lines = reorg_savings_schedule_get_all_lines (s);
  GPtrArray *rows = reorg_list_model_get_array (b->rows[REORG_BUDGET_ANALYSIS_OBJECTIVE]);
  gint64 unit = MAX (reorg_scale_unit_pence (s->scale), reorg_scale_unit_pence (b->scale));
  gboolean linked = FALSE;

  for (guint i = 0; i < lines->len && !linked; i++)
    {
      ReorgScheduleLine *line = g_ptr_array_index (lines, i);
      linked = line->service != NULL &&
               reorg_budget_lookup_row (b, REORG_BUDGET_ANALYSIS_OBJECTIVE, line->service) != NULL;
    }
  if (!linked)
    return TRUE;

  for (guint r = 0; r < rows->len; r++)
    {
      ReorgBudgetRow *row = g_ptr_array_index (rows, r);

      for (guint sy = 0; sy < s->years->len; sy++)
        {
          int by = reorg_years_find (b->years, g_ptr_array_index (s->years, sy));
          gint64 stated, sum = 0, allowance;
          guint terms = 0;

          if (by < 0 || !cell_value (row, REORG_BUDGET_COLUMN_SAVINGS, by, &stated))
            continue;
          for (guint i = 0; i < lines->len; i++)
            {
              ReorgScheduleLine *line = g_ptr_array_index (lines, i);
              const ReorgMoney *money = reorg_money_cells_get (line->amounts, sy);

              if (money == NULL || line->service == NULL ||
                  reorg_budget_lookup_row (b, REORG_BUDGET_ANALYSIS_OBJECTIVE, line->service) != row)
                continue;
              terms++;
              if (!reorg_checked_add (sum, money->pence, &sum))
                {
                  reorg_set_overflow_error (error, "the savings of a service");
                  return FALSE;
                }
            }
          if (beyond_rounding (stated, sum, terms, unit, &allowance))
            {
              g_autofree char *e = budget_value (b, REORG_BUDGET_COLUMN_SAVINGS, sum);
              g_autofree char *f = budget_value (b, REORG_BUDGET_COLUMN_SAVINGS, stated);
              g_autofree char *label = year_label (s->years, sy);
              g_autofree char *column = g_strdup_printf ("%s savings", label);
              g_autofree char *rule = rule_text (allowance, terms,
                                                 reorg_scale_unit_pence (s->scale) >= reorg_scale_unit_pence (b->scale)
                                                 ? s->scale : b->scale);
              g_autofree char *message =
                g_strdup_printf ("the budget's savings differ from the sum of the lines of the schedule '%s' for this service, %s",
                                 s->title, rule);

              add_finding (c, "savings-budget-mismatch", REORG_SEVERITY_ERROR, b->title, row->name, column,
                           e, f, message);
            }
        }
    }
  return TRUE;
}

/* A line linked to proposal changes: the line's total over its years
 * against the full-year effect of the linked changes (the GROUP lines of
 * reorg_savings_new() whose key is the change label). */
static gboolean
check_links (Checker              *c,
             ReorgSavingsSchedule *s,
             GError              **error)
{
  g_autoptr(GPtrArray) lines = reorg_savings_schedule_get_all_lines (s);
  g_autoptr(GHashTable) cache = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  gint64 unit = reorg_scale_unit_pence (s->scale);

  if (s->years->len == 0)
    return TRUE;
  for (guint i = 0; i < lines->len; i++)
    {
      ReorgScheduleLine *line = g_ptr_array_index (lines, i);
      const char *row = line->reference ? line->reference : line->description;
      gint64 computed = 0, stated = 0, allowance;
      guint terms = 0;
      gboolean ok = TRUE;

      if (line->links->len == 0)
        continue;
      for (guint l = 0; l + 1 < line->links->len; l += 2)
        {
          const char *name = g_ptr_array_index (line->links, l), *label = g_ptr_array_index (line->links, l + 1);
          ReorgProposal *proposal = reorg_plan_lookup_proposal (c->plan, name);
          ReorgSavings *savings = NULL;
          g_autoptr(GPtrArray) groups = NULL;
          gboolean matched = FALSE;

          if (proposal != NULL && (savings = g_hash_table_lookup (cache, name)) == NULL)
            {
              g_autoptr(GError) local_error = NULL;

              savings = reorg_savings_new (proposal, reorg_plan_get_structure (c->plan),
                                           reorg_plan_get_financial_year_start (c->plan),
                                           g_ptr_array_index (s->years, 0), s->years->len, &local_error);
              if (savings == NULL)
                {
                  g_autofree char *message = g_strdup_printf ("the savings of the proposal '%s' cannot be computed: %s",
                                                              name, local_error->message);
                  add_finding (c, "line-changes-unknown", REORG_SEVERITY_WARNING, s->title, row, "Total",
                               "", "", message);
                  ok = FALSE;
                  break;
                }
              g_hash_table_insert (cache, (gpointer) name, savings);
            }
          if (savings != NULL)
            {
              groups = reorg_savings_get_lines (savings, REORG_SAVINGS_GROUPING_GROUP);
              for (guint g = 0; g < groups->len; g++)
                {
                  ReorgSavingsLine *group = g_ptr_array_index (groups, g);

                  if (g_strcmp0 (reorg_savings_line_get_key (group), label) == 0)
                    {
                      matched = TRUE;
                      if (!reorg_checked_add (computed, reorg_savings_line_get_full_year_effect (group)->pence, &computed))
                        {
                          reorg_set_overflow_error (error, "the savings of linked changes");
                          return FALSE;
                        }
                    }
                }
            }
          if (!matched)
            {
              g_autofree char *message = proposal == NULL
                ? g_strdup_printf ("the line is linked to the proposal '%s', which the plan does not have", name)
                : g_strdup_printf ("the line is linked to the changes labelled '%s' of the proposal '%s', which has none",
                                   label, name);
              add_finding (c, "line-changes-unknown", REORG_SEVERITY_WARNING, s->title, row, "Total", "", "", message);
              ok = FALSE;
              break;
            }
        }
      if (!ok)
        continue;
      for (guint y = 0; y < s->years->len; y++)
        {
          const ReorgMoney *money = reorg_money_cells_get (line->amounts, y);

          if (money == NULL)
            continue;
          terms++;
          if (!reorg_checked_add (stated, money->pence, &stated))
            {
              reorg_set_overflow_error (error, "the total of a schedule line");
              return FALSE;
            }
        }
      if (beyond_rounding (stated, computed, MAX (terms, 1), unit, &allowance))
        {
          ReorgMoney e = { computed }, f = { stated };
          g_autofree char *et = reorg_savings_schedule_format_amount (s, &e);
          g_autofree char *ft = reorg_savings_schedule_format_amount (s, &f);
          g_autofree char *rule = rule_text (allowance, MAX (terms, 1), s->scale);
          g_autofree char *message =
            g_strdup_printf ("the line's total over its years differs from the full-year effect of its linked changes, %s",
                             rule);

          add_finding (c, "line-changes-mismatch", REORG_SEVERITY_ERROR, s->title, row, "Total", et, ft, message);
        }
    }
  return TRUE;
}

/**
 * reorg_plan_check:
 * @plan: a plan
 * @error: return location for a #GError
 *
 * Checks the published tables of the plan and reports every inconsistency
 * at once, in this order: for each savings schedule, stated subtotals and
 * totals against the sum of their lines, and lines linked to proposal
 * changes against the full-year effect those changes compute (with
 * [ctor@Reorg.Savings.new] against the plan's structure, the
 * [enum@Reorg.SavingsGrouping] group lines whose key is the change label;
 * the line's total over its years is compared); for each budget, stated
 * totals against the sum of their rows, net(n+1) against net(n) +
 * growth(n+1) - savings(n+1) per row, and workforce reductions(n+1)
 * against FTE(n) - FTE(n+1); then savings per service in each schedule
 * against the savings column of each budget for the same year (when a line
 * of the schedule names a row of the budget as its service).
 *
 * Published figures are rounded, and the comparison allows for it: a
 * figure printed in a scale whose unit is U is within U/2 of the true
 * amount, so a figure computed from k printed figures may legitimately
 * differ from a stated one by up to k × U/2 (half a unit per rounded
 * figure summed; for a single figure, half a unit). Only a difference
 * beyond that is a finding, and its message states the allowance. Two
 * tables in different scales are compared with the larger unit. FTE are
 * compared exactly.
 *
 * Only a sum too large to hold fails, with %REORG_ERROR_OVERFLOW.
 *
 * Returns: (transfer container) (element-type ReorgFinding): the findings, or %NULL on error
 *
 * Since: 0.1
 */
GPtrArray *
reorg_plan_check (ReorgPlan  *plan,
                  GError    **error)
{
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GListModel) schedules = NULL, budgets = NULL;
  Checker c;

  g_return_val_if_fail (REORG_IS_PLAN (plan), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  findings = g_ptr_array_new_with_free_func ((GDestroyNotify) reorg_finding_free);
  c.plan = plan;
  c.findings = findings;
  schedules = reorg_plan_get_schedules (plan);
  budgets = reorg_plan_get_budgets (plan);

  for (guint i = 0; i < g_list_model_get_n_items (schedules); i++)
    {
      g_autoptr(ReorgSavingsSchedule) s = g_list_model_get_item (schedules, i);

      if (!check_schedule (&c, s, error) || !check_links (&c, s, error))
        return NULL;
    }
  for (guint i = 0; i < g_list_model_get_n_items (budgets); i++)
    {
      g_autoptr(ReorgBudget) b = g_list_model_get_item (budgets, i);

      if (!check_budget (&c, b, error))
        return NULL;
    }
  for (guint i = 0; i < g_list_model_get_n_items (schedules); i++)
    for (guint j = 0; j < g_list_model_get_n_items (budgets); j++)
      {
        g_autoptr(ReorgSavingsSchedule) s = g_list_model_get_item (schedules, i);
        g_autoptr(ReorgBudget) b = g_list_model_get_item (budgets, j);

        if (!check_schedule_against_budget (&c, s, b, error))
          return NULL;
      }
  return g_steal_pointer (&findings);
}
