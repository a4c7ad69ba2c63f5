/* reorg-budget.c: published budgets by service and by type of spend
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "reorg-published-private.h"

/* ======================================================================
 * ReorgBudgetRow
 * ====================================================================== */

/**
 * ReorgBudgetRow:
 *
 * A row of a published budget: a reference, a name (the service activity,
 * or the subjective heading), an optional group for the objective analysis
 * (the heading the service sits under), a [enum@Reorg.SpendKind] for rows
 * of the subjective analysis, and per financial year and
 * [enum@Reorg.BudgetColumn] an optional figure: money for gross, net,
 * growth and savings, FTE for the budgeted FTE and the workforce
 * reductions. A blank cell is not zero: the getters return %NULL for it.
 *
 * A row of the subjective analysis holds its amount in the net column;
 * income is held negative.
 *
 * Rows are plain objects with getters and setters; a row belongs to at
 * most one budget.
 *
 * Since: 0.1
 */
G_DEFINE_FINAL_TYPE (ReorgBudgetRow, reorg_budget_row, G_TYPE_OBJECT)

static void
reorg_budget_row_finalize (GObject *object)
{
  ReorgBudgetRow *self = REORG_BUDGET_ROW (object);

  g_free (self->reference);
  g_free (self->name);
  g_free (self->group);
  for (guint i = 0; i < REORG_BUDGET_N_COLUMNS; i++)
    g_array_unref (self->cells[i]);
  G_OBJECT_CLASS (reorg_budget_row_parent_class)->finalize (object);
}

static void
reorg_budget_row_class_init (ReorgBudgetRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = reorg_budget_row_finalize;
}

static void
reorg_budget_row_init (ReorgBudgetRow *self)
{
  self->name = g_strdup ("");
  for (guint i = 0; i < REORG_BUDGET_N_COLUMNS; i++)
    self->cells[i] = reorg_cells_new ();
}

/**
 * reorg_budget_row_new:
 * @reference: (nullable): the row's reference, or %NULL
 * @name: (nullable): the row's name
 *
 * Creates a row with blank cells.
 *
 * Returns: (transfer full): a new row
 *
 * Since: 0.1
 */
ReorgBudgetRow *
reorg_budget_row_new (const char *reference,
                      const char *name)
{
  ReorgBudgetRow *self = g_object_new (REORG_TYPE_BUDGET_ROW, NULL);

  self->reference = g_strdup (reference);
  reorg_set_str (&self->name, name ? name : "");
  return self;
}

/**
 * reorg_budget_row_get_reference:
 * @self: a row
 *
 * Gets the row's reference.
 *
 * Returns: (transfer none) (nullable): the reference
 *
 * Since: 0.1
 */
const char *
reorg_budget_row_get_reference (ReorgBudgetRow *self)
{
  g_return_val_if_fail (REORG_IS_BUDGET_ROW (self), NULL);
  return self->reference;
}

/**
 * reorg_budget_row_set_reference:
 * @self: a row
 * @reference: (nullable): the reference
 *
 * Sets the row's reference.
 *
 * Since: 0.1
 */
void
reorg_budget_row_set_reference (ReorgBudgetRow *self,
                                const char     *reference)
{
  g_return_if_fail (REORG_IS_BUDGET_ROW (self));
  reorg_set_str (&self->reference, reference);
}

/**
 * reorg_budget_row_get_name:
 * @self: a row
 *
 * Gets the row's name: a service activity or a subjective heading.
 *
 * Returns: (transfer none): the name, possibly empty
 *
 * Since: 0.1
 */
const char *
reorg_budget_row_get_name (ReorgBudgetRow *self)
{
  g_return_val_if_fail (REORG_IS_BUDGET_ROW (self), NULL);
  return self->name;
}

/**
 * reorg_budget_row_set_name:
 * @self: a row
 * @name: (nullable): the name; %NULL means empty
 *
 * Sets the row's name.
 *
 * Since: 0.1
 */
void
reorg_budget_row_set_name (ReorgBudgetRow *self,
                           const char     *name)
{
  g_return_if_fail (REORG_IS_BUDGET_ROW (self));
  reorg_set_str (&self->name, name ? name : "");
}

/**
 * reorg_budget_row_get_group:
 * @self: a row
 *
 * Gets the group (parent heading) of the row in the objective analysis.
 *
 * Returns: (transfer none) (nullable): the group
 *
 * Since: 0.1
 */
const char *
reorg_budget_row_get_group (ReorgBudgetRow *self)
{
  g_return_val_if_fail (REORG_IS_BUDGET_ROW (self), NULL);
  return self->group;
}

/**
 * reorg_budget_row_set_group:
 * @self: a row
 * @group: (nullable): the group
 *
 * Sets the group (parent heading) of the row.
 *
 * Since: 0.1
 */
void
reorg_budget_row_set_group (ReorgBudgetRow *self,
                            const char     *group)
{
  g_return_if_fail (REORG_IS_BUDGET_ROW (self));
  reorg_set_str (&self->group, group);
}

/**
 * reorg_budget_row_get_spend_kind:
 * @self: a row
 *
 * Gets the type of spend of a row of the subjective analysis.
 *
 * Returns: the kind, %REORG_SPEND_KIND_NONE for a service row
 *
 * Since: 0.1
 */
ReorgSpendKind
reorg_budget_row_get_spend_kind (ReorgBudgetRow *self)
{
  g_return_val_if_fail (REORG_IS_BUDGET_ROW (self), REORG_SPEND_KIND_NONE);
  return self->spend_kind;
}

/**
 * reorg_budget_row_set_spend_kind:
 * @self: a row
 * @kind: the type of spend
 *
 * Sets the type of spend of a row of the subjective analysis.
 *
 * Since: 0.1
 */
void
reorg_budget_row_set_spend_kind (ReorgBudgetRow *self,
                                 ReorgSpendKind  kind)
{
  g_return_if_fail (REORG_IS_BUDGET_ROW (self));
  g_return_if_fail (kind <= REORG_SPEND_KIND_OTHER);
  self->spend_kind = kind;
}

/**
 * reorg_budget_row_get_amount:
 * @self: a row
 * @column: a money column (gross, net, growth or savings)
 * @year_index: the index of a year of the budget
 *
 * Gets a money figure of the row.
 *
 * Returns: (transfer none) (nullable): the amount, or %NULL for a blank cell
 *
 * Since: 0.1
 */
const ReorgMoney *
reorg_budget_row_get_amount (ReorgBudgetRow    *self,
                             ReorgBudgetColumn  column,
                             guint              year_index)
{
  g_return_val_if_fail (REORG_IS_BUDGET_ROW (self), NULL);
  g_return_val_if_fail (column < REORG_BUDGET_N_COLUMNS && !reorg_budget_column_is_fte (column), NULL);
  return reorg_money_cells_get (self->cells[column], year_index);
}

/**
 * reorg_budget_row_set_amount:
 * @self: a row
 * @column: a money column (gross, net, growth or savings)
 * @year_index: the index of a year of the budget
 * @amount: (nullable): the amount (savings positive), or %NULL for a blank cell
 *
 * Sets a money figure of the row. Figures at indices beyond the budget's
 * years are kept but not used nor saved.
 *
 * Since: 0.1
 */
void
reorg_budget_row_set_amount (ReorgBudgetRow    *self,
                             ReorgBudgetColumn  column,
                             guint              year_index,
                             const ReorgMoney  *amount)
{
  g_return_if_fail (REORG_IS_BUDGET_ROW (self));
  g_return_if_fail (column < REORG_BUDGET_N_COLUMNS && !reorg_budget_column_is_fte (column));
  g_return_if_fail (year_index < 1000);
  reorg_money_cells_set (self->cells[column], year_index, amount);
}

/**
 * reorg_budget_row_get_fte:
 * @self: a row
 * @column: an FTE column (FTE or reductions)
 * @year_index: the index of a year of the budget
 *
 * Gets an FTE figure of the row.
 *
 * Returns: (transfer none) (nullable): the FTE, or %NULL for a blank cell
 *
 * Since: 0.1
 */
const ReorgFte *
reorg_budget_row_get_fte (ReorgBudgetRow    *self,
                          ReorgBudgetColumn  column,
                          guint              year_index)
{
  g_return_val_if_fail (REORG_IS_BUDGET_ROW (self), NULL);
  g_return_val_if_fail (column < REORG_BUDGET_N_COLUMNS && reorg_budget_column_is_fte (column), NULL);
  return reorg_fte_cells_get (self->cells[column], year_index);
}

/**
 * reorg_budget_row_set_fte:
 * @self: a row
 * @column: an FTE column (FTE or reductions)
 * @year_index: the index of a year of the budget
 * @fte: (nullable): the FTE, or %NULL for a blank cell
 *
 * Sets an FTE figure of the row. Figures at indices beyond the budget's
 * years are kept but not used nor saved.
 *
 * Since: 0.1
 */
void
reorg_budget_row_set_fte (ReorgBudgetRow    *self,
                          ReorgBudgetColumn  column,
                          guint              year_index,
                          const ReorgFte    *fte)
{
  g_return_if_fail (REORG_IS_BUDGET_ROW (self));
  g_return_if_fail (column < REORG_BUDGET_N_COLUMNS && reorg_budget_column_is_fte (column));
  g_return_if_fail (year_index < 1000);
  reorg_fte_cells_set (self->cells[column], year_index, fte);
}

/* Compares the cells of the first n_years years only: those past the
 * budget's years are not used nor saved. */
static gboolean
row_equal (ReorgBudgetRow *a,
           ReorgBudgetRow *b,
           guint           n_years)
{
  if (g_strcmp0 (a->reference, b->reference) != 0 || strcmp (a->name, b->name) != 0 ||
      g_strcmp0 (a->group, b->group) != 0 || a->spend_kind != b->spend_kind)
    return FALSE;
  for (guint i = 0; i < REORG_BUDGET_N_COLUMNS; i++)
    if (!reorg_cells_equal (a->cells[i], b->cells[i], n_years))
      return FALSE;
  return TRUE;
}

/**
 * reorg_budget_row_equal:
 * @a: a row
 * @b: another row
 *
 * Compares every field and cell of two rows (blank is not zero).
 *
 * Returns: %TRUE if the rows are equal
 *
 * Since: 0.1
 */
gboolean
reorg_budget_row_equal (ReorgBudgetRow *a,
                        ReorgBudgetRow *b)
{
  g_return_val_if_fail (REORG_IS_BUDGET_ROW (a), FALSE);
  g_return_val_if_fail (REORG_IS_BUDGET_ROW (b), FALSE);
  return row_equal (a, b, G_MAXUINT);
}

/* ======================================================================
 * ReorgBudget
 * ====================================================================== */

/**
 * ReorgBudget:
 *
 * A published budget: a title, the scale its tables print money in, the
 * sign convention of its savings column (Manchester's reconciliation
 * prints savings in brackets: %REORG_SIGN_CONVENTION_SAVINGS_NEGATIVE),
 * an ordered list of financial years, and two lists of
 * [class@Reorg.BudgetRow]s: the objective analysis (by service) and the
 * subjective analysis (by type of spend), each with a row of published
 * totals ([method@Reorg.Budget.get_total_row]).
 *
 * One budget can hold what a report prints as several tables about the
 * same services (budget by service, reconciliation, workforce reductions):
 * they are columns of the same rows. [func@Reorg.Plan.check] compares its
 * totals, its reconciliation (net(n+1) = net(n) + growth(n+1) -
 * savings(n+1)), its FTE against its reductions, and its savings against
 * the plan's savings schedules.
 *
 * Since: 0.1
 */
G_DEFINE_FINAL_TYPE (ReorgBudget, reorg_budget, G_TYPE_OBJECT)

static void
reorg_budget_dispose (GObject *object)
{
  ReorgBudget *self = REORG_BUDGET (object);

  for (guint a = 0; a < 2; a++)
    {
      if (self->rows[a] != NULL)
        {
          GPtrArray *rows = reorg_list_model_get_array (self->rows[a]);
          for (guint i = 0; i < rows->len; i++)
            REORG_BUDGET_ROW (g_ptr_array_index (rows, i))->budget = NULL;
        }
      g_clear_object (&self->rows[a]);
      g_clear_object (&self->totals[a]);
    }
  G_OBJECT_CLASS (reorg_budget_parent_class)->dispose (object);
}

static void
reorg_budget_finalize (GObject *object)
{
  ReorgBudget *self = REORG_BUDGET (object);

  g_free (self->title);
  g_ptr_array_unref (self->years);
  G_OBJECT_CLASS (reorg_budget_parent_class)->finalize (object);
}

static void
reorg_budget_class_init (ReorgBudgetClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = reorg_budget_dispose;
  G_OBJECT_CLASS (klass)->finalize = reorg_budget_finalize;
}

static void
reorg_budget_init (ReorgBudget *self)
{
  self->title = g_strdup ("");
  self->years = reorg_years_new ();
  for (guint a = 0; a < 2; a++)
    {
      self->rows[a] = reorg_list_model_new (REORG_TYPE_BUDGET_ROW);
      self->totals[a] = reorg_budget_row_new (NULL, "Total");
    }
}

/**
 * reorg_budget_new:
 * @title: (nullable): the budget's title
 * @scale: the scale its tables print money in
 * @sign: how its savings column writes savings
 *
 * Creates a budget with no years and no rows.
 *
 * Returns: (transfer full): a new budget
 *
 * Since: 0.1
 */
ReorgBudget *
reorg_budget_new (const char          *title,
                  ReorgMoneyScale      scale,
                  ReorgSignConvention  sign)
{
  ReorgBudget *self;

  g_return_val_if_fail (scale <= REORG_MONEY_SCALE_BILLIONS, NULL);
  g_return_val_if_fail (sign <= REORG_SIGN_CONVENTION_SAVINGS_NEGATIVE, NULL);
  self = g_object_new (REORG_TYPE_BUDGET, NULL);
  reorg_set_str (&self->title, title ? title : "");
  self->scale = scale;
  self->sign = sign;
  return self;
}

/**
 * reorg_budget_get_title:
 * @self: a budget
 *
 * Gets the budget's title; a plan finds its budgets by title.
 *
 * Returns: (transfer none): the title, possibly empty
 *
 * Since: 0.1
 */
const char *
reorg_budget_get_title (ReorgBudget *self)
{
  g_return_val_if_fail (REORG_IS_BUDGET (self), NULL);
  return self->title;
}

/**
 * reorg_budget_set_title:
 * @self: a budget
 * @title: (nullable): the title; %NULL means empty
 *
 * Sets the budget's title.
 *
 * Since: 0.1
 */
void
reorg_budget_set_title (ReorgBudget *self,
                        const char  *title)
{
  g_return_if_fail (REORG_IS_BUDGET (self));
  reorg_set_str (&self->title, title ? title : "");
}

/**
 * reorg_budget_get_scale:
 * @self: a budget
 *
 * Gets the scale the budget's tables print money in.
 *
 * Returns: the scale
 *
 * Since: 0.1
 */
ReorgMoneyScale
reorg_budget_get_scale (ReorgBudget *self)
{
  g_return_val_if_fail (REORG_IS_BUDGET (self), REORG_MONEY_SCALE_UNITS);
  return self->scale;
}

/**
 * reorg_budget_set_scale:
 * @self: a budget
 * @scale: the scale
 *
 * Sets the scale the budget's tables print money in.
 *
 * Since: 0.1
 */
void
reorg_budget_set_scale (ReorgBudget     *self,
                        ReorgMoneyScale  scale)
{
  g_return_if_fail (REORG_IS_BUDGET (self));
  g_return_if_fail (scale <= REORG_MONEY_SCALE_BILLIONS);
  self->scale = scale;
}

/**
 * reorg_budget_get_sign:
 * @self: a budget
 *
 * Gets how the savings column writes savings.
 *
 * Returns: the sign convention
 *
 * Since: 0.1
 */
ReorgSignConvention
reorg_budget_get_sign (ReorgBudget *self)
{
  g_return_val_if_fail (REORG_IS_BUDGET (self), REORG_SIGN_CONVENTION_SAVINGS_POSITIVE);
  return self->sign;
}

/**
 * reorg_budget_set_sign:
 * @self: a budget
 * @sign: the sign convention
 *
 * Sets how the savings column writes savings.
 *
 * Since: 0.1
 */
void
reorg_budget_set_sign (ReorgBudget         *self,
                       ReorgSignConvention  sign)
{
  g_return_if_fail (REORG_IS_BUDGET (self));
  g_return_if_fail (sign <= REORG_SIGN_CONVENTION_SAVINGS_NEGATIVE);
  self->sign = sign;
}

/**
 * reorg_budget_add_year:
 * @self: a budget
 * @year: a financial year
 * @error: return location for a #GError
 *
 * Appends a year. A year already there is a %REORG_ERROR_DUPLICATE error.
 *
 * Returns: %TRUE on success
 *
 * Since: 0.1
 */
gboolean
reorg_budget_add_year (ReorgBudget               *self,
                       const ReorgFinancialYear  *year,
                       GError                   **error)
{
  g_return_val_if_fail (REORG_IS_BUDGET (self), FALSE);
  g_return_val_if_fail (year != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return reorg_years_add (self->years, year, "in the budget", error);
}

/**
 * reorg_budget_get_n_years:
 * @self: a budget
 *
 * Gets the number of years.
 *
 * Returns: the number of years
 *
 * Since: 0.1
 */
guint
reorg_budget_get_n_years (ReorgBudget *self)
{
  g_return_val_if_fail (REORG_IS_BUDGET (self), 0);
  return self->years->len;
}

/**
 * reorg_budget_get_year:
 * @self: a budget
 * @year_index: the index of a year
 *
 * Gets a year of the budget.
 *
 * Returns: (transfer none) (nullable): the year, or %NULL if out of range
 *
 * Since: 0.1
 */
const ReorgFinancialYear *
reorg_budget_get_year (ReorgBudget *self,
                       guint        year_index)
{
  g_return_val_if_fail (REORG_IS_BUDGET (self), NULL);
  return reorg_years_get (self->years, year_index);
}

/**
 * reorg_budget_find_year:
 * @self: a budget
 * @year: a financial year
 *
 * Finds the index of a year.
 *
 * Returns: the index, or -1 if @year is not in the budget
 *
 * Since: 0.1
 */
int
reorg_budget_find_year (ReorgBudget              *self,
                        const ReorgFinancialYear *year)
{
  g_return_val_if_fail (REORG_IS_BUDGET (self), -1);
  g_return_val_if_fail (year != NULL, -1);
  return reorg_years_find (self->years, year);
}

/**
 * reorg_budget_add_row:
 * @self: a budget
 * @analysis: the analysis to add the row to
 * @row: a row that is in no budget
 * @error: return location for a #GError
 *
 * Appends a row to an analysis. A row already in a budget is a
 * %REORG_ERROR_INVALID error.
 *
 * Returns: %TRUE on success
 *
 * Since: 0.1
 */
gboolean
reorg_budget_add_row (ReorgBudget          *self,
                      ReorgBudgetAnalysis   analysis,
                      ReorgBudgetRow       *row,
                      GError              **error)
{
  g_return_val_if_fail (REORG_IS_BUDGET (self), FALSE);
  g_return_val_if_fail (analysis <= REORG_BUDGET_ANALYSIS_SUBJECTIVE, FALSE);
  g_return_val_if_fail (REORG_IS_BUDGET_ROW (row), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (row->budget != NULL || row == self->totals[0] || row == self->totals[1])
    {
      g_set_error (error, REORG_ERROR, REORG_ERROR_INVALID, "the row '%s' is already in a budget", row->name);
      return FALSE;
    }
  row->budget = self;
  reorg_list_model_append (self->rows[analysis], row);
  return TRUE;
}

/**
 * reorg_budget_get_rows:
 * @self: a budget
 * @analysis: an analysis
 *
 * Gets the rows of an analysis, in order, as a live list model.
 *
 * Returns: (transfer full): a [iface@Gio.ListModel] of [class@Reorg.BudgetRow]
 *
 * Since: 0.1
 */
GListModel *
reorg_budget_get_rows (ReorgBudget         *self,
                       ReorgBudgetAnalysis  analysis)
{
  g_return_val_if_fail (REORG_IS_BUDGET (self), NULL);
  g_return_val_if_fail (analysis <= REORG_BUDGET_ANALYSIS_SUBJECTIVE, NULL);
  return g_object_ref (G_LIST_MODEL (self->rows[analysis]));
}

/**
 * reorg_budget_lookup_row:
 * @self: a budget
 * @analysis: an analysis
 * @name: a row's name or reference
 *
 * Finds the first row of an analysis whose name or reference is @name.
 *
 * Returns: (transfer none) (nullable): the row, or %NULL
 *
 * Since: 0.1
 */
ReorgBudgetRow *
reorg_budget_lookup_row (ReorgBudget         *self,
                         ReorgBudgetAnalysis  analysis,
                         const char          *name)
{
  GPtrArray *rows;

  g_return_val_if_fail (REORG_IS_BUDGET (self), NULL);
  g_return_val_if_fail (analysis <= REORG_BUDGET_ANALYSIS_SUBJECTIVE, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  rows = reorg_list_model_get_array (self->rows[analysis]);
  for (guint i = 0; i < rows->len; i++)
    {
      ReorgBudgetRow *row = g_ptr_array_index (rows, i);

      if (strcmp (row->name, name) == 0 || g_strcmp0 (row->reference, name) == 0)
        return row;
    }
  return NULL;
}

/**
 * reorg_budget_get_total_row:
 * @self: a budget
 * @analysis: an analysis
 *
 * Gets the row that holds the totals the table states for an analysis.
 * Set its cells as those of any row.
 *
 * Returns: (transfer none): the row of published totals
 *
 * Since: 0.1
 */
ReorgBudgetRow *
reorg_budget_get_total_row (ReorgBudget         *self,
                            ReorgBudgetAnalysis  analysis)
{
  g_return_val_if_fail (REORG_IS_BUDGET (self), NULL);
  g_return_val_if_fail (analysis <= REORG_BUDGET_ANALYSIS_SUBJECTIVE, NULL);
  return self->totals[analysis];
}

/* The sum of a column over the rows of an analysis: money in pence or FTE
 * in units. The gross total of the subjective analysis is the sum of the
 * amounts (net column) of its rows that are not income. */
gboolean
reorg_budget_sum (ReorgBudget          *self,
                  ReorgBudgetAnalysis   analysis,
                  ReorgBudgetColumn     column,
                  guint                 year_index,
                  gint64               *out,
                  guint                *n_terms,
                  GError              **error)
{
  GPtrArray *rows = reorg_list_model_get_array (self->rows[analysis]);
  gboolean subjective_gross = analysis == REORG_BUDGET_ANALYSIS_SUBJECTIVE && column == REORG_BUDGET_COLUMN_GROSS;
  gint64 sum = 0;
  guint terms = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      ReorgBudgetRow *row = g_ptr_array_index (rows, i);
      gint64 value;

      if (reorg_budget_column_is_fte (column))
        {
          const ReorgFte *fte = reorg_fte_cells_get (row->cells[column], year_index);
          if (fte == NULL)
            continue;
          value = fte->units;
        }
      else
        {
          const ReorgMoney *money;

          if (subjective_gross)
            {
              if (row->spend_kind == REORG_SPEND_KIND_INCOME)
                continue;
              money = reorg_money_cells_get (row->cells[REORG_BUDGET_COLUMN_NET], year_index);
            }
          else
            money = reorg_money_cells_get (row->cells[column], year_index);
          if (money == NULL)
            continue;
          value = money->pence;
        }
      terms++;
      if (!reorg_checked_add (sum, value, &sum))
        {
          reorg_set_overflow_error (error, "the total of a budget column");
          return FALSE;
        }
    }
  *out = sum;
  if (n_terms)
    *n_terms = terms;
  return TRUE;
}

/**
 * reorg_budget_compute_total:
 * @self: a budget
 * @analysis: an analysis
 * @column: a money column
 * @year_index: the index of a year
 * @error: return location for a #GError
 *
 * Adds up a money column over the rows of an analysis; blank cells count
 * for nothing. The gross total of the subjective analysis is the sum of
 * the amounts of its rows that are not income. A @year_index that is not a
 * year of the budget is a %REORG_ERROR_INVALID error; a sum that does not
 * fit a %REORG_ERROR_OVERFLOW error.
 *
 * Returns: (transfer full) (nullable): the total, or %NULL on error
 *
 * Since: 0.1
 */
ReorgMoney *
reorg_budget_compute_total (ReorgBudget          *self,
                            ReorgBudgetAnalysis   analysis,
                            ReorgBudgetColumn     column,
                            guint                 year_index,
                            GError              **error)
{
  gint64 sum;

  g_return_val_if_fail (REORG_IS_BUDGET (self), NULL);
  g_return_val_if_fail (analysis <= REORG_BUDGET_ANALYSIS_SUBJECTIVE, NULL);
  g_return_val_if_fail (column < REORG_BUDGET_N_COLUMNS && !reorg_budget_column_is_fte (column), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!reorg_years_check_index (self->years, year_index, "budget", error) ||
      !reorg_budget_sum (self, analysis, column, year_index, &sum, NULL, error))
    return NULL;
  return reorg_money_new (sum);
}

/**
 * reorg_budget_compute_fte_total:
 * @self: a budget
 * @analysis: an analysis
 * @column: an FTE column
 * @year_index: the index of a year
 * @error: return location for a #GError
 *
 * Adds up an FTE column over the rows of an analysis; blank cells count for
 * nothing. A @year_index that is not a year of the budget is a
 * %REORG_ERROR_INVALID error; a sum that does not fit a
 * %REORG_ERROR_OVERFLOW error.
 *
 * Returns: (transfer full) (nullable): the total, or %NULL on error
 *
 * Since: 0.1
 */
ReorgFte *
reorg_budget_compute_fte_total (ReorgBudget          *self,
                                ReorgBudgetAnalysis   analysis,
                                ReorgBudgetColumn     column,
                                guint                 year_index,
                                GError              **error)
{
  gint64 sum;

  g_return_val_if_fail (REORG_IS_BUDGET (self), NULL);
  g_return_val_if_fail (analysis <= REORG_BUDGET_ANALYSIS_SUBJECTIVE, NULL);
  g_return_val_if_fail (column < REORG_BUDGET_N_COLUMNS && reorg_budget_column_is_fte (column), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!reorg_years_check_index (self->years, year_index, "budget", error) ||
      !reorg_budget_sum (self, analysis, column, year_index, &sum, NULL, error))
    return NULL;
  return reorg_fte_new (sum);
}

/* Whether the table prints amounts of @column negated: savings, in a budget
 * that writes them negative */
static gboolean
savings_negated (ReorgBudget       *self,
                 ReorgBudgetColumn  column)
{
  return column == REORG_BUDGET_COLUMN_SAVINGS && self->sign == REORG_SIGN_CONVENTION_SAVINGS_NEGATIVE;
}

/**
 * reorg_budget_parse_amount:
 * @self: a budget
 * @column: the money column the amount is printed in
 * @text: an amount as the table prints it
 * @error: return location for a #GError
 *
 * Reads an amount as the table prints it, in the budget's scale; in the
 * savings column of a budget that writes savings negative, `(6,989)` is a
 * saving of £6,989,000. Errors are those of [func@Reorg.Money.parse].
 *
 * Returns: (transfer full) (nullable): the amount, or %NULL on error
 *
 * Since: 0.1
 */
ReorgMoney *
reorg_budget_parse_amount (ReorgBudget        *self,
                           ReorgBudgetColumn   column,
                           const char         *text,
                           GError            **error)
{
  g_return_val_if_fail (REORG_IS_BUDGET (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);
  return reorg_parse_in_scale (text, self->scale, savings_negated (self, column), error);
}

/**
 * reorg_budget_format_amount:
 * @self: a budget
 * @column: the money column the amount is printed in
 * @amount: an amount
 *
 * Writes an amount as the table prints it: in the budget's scale, negative
 * numbers in brackets, savings with the budget's sign convention, and as
 * many decimals as it takes to be exact.
 *
 * Returns: (transfer full): the amount as text
 *
 * Since: 0.1
 */
char *
reorg_budget_format_amount (ReorgBudget       *self,
                            ReorgBudgetColumn  column,
                            const ReorgMoney  *amount)
{
  g_return_val_if_fail (REORG_IS_BUDGET (self), NULL);
  g_return_val_if_fail (amount != NULL, NULL);
  return reorg_format_signed_in_scale (amount, self->scale, savings_negated (self, column),
                                       REORG_MONEY_FORMAT_BRACKETS);
}

/**
 * reorg_budget_equal:
 * @a: a budget
 * @b: another budget
 *
 * Compares two budgets: title, scale, sign, years, rows and total rows.
 * Only the cells of the budget's years are compared: those set at indices
 * beyond them are not used nor saved.
 *
 * Returns: %TRUE if the budgets are equal
 *
 * Since: 0.1
 */
gboolean
reorg_budget_equal (ReorgBudget *a,
                    ReorgBudget *b)
{
  g_return_val_if_fail (REORG_IS_BUDGET (a), FALSE);
  g_return_val_if_fail (REORG_IS_BUDGET (b), FALSE);

  if (strcmp (a->title, b->title) != 0 || a->scale != b->scale || a->sign != b->sign ||
      !reorg_years_equal (a->years, b->years))
    return FALSE;
  for (guint k = 0; k < 2; k++)
    {
      GPtrArray *x = reorg_list_model_get_array (a->rows[k]), *y = reorg_list_model_get_array (b->rows[k]);

      if (x->len != y->len || !row_equal (a->totals[k], b->totals[k], a->years->len))
        return FALSE;
      for (guint i = 0; i < x->len; i++)
        if (!row_equal (g_ptr_array_index (x, i), g_ptr_array_index (y, i), a->years->len))
          return FALSE;
    }
  return TRUE;
}

/* ======================================================================
 * JSON (see docs/plan-format.md)
 * ====================================================================== */

static const char *const column_members[REORG_BUDGET_N_COLUMNS] = {
  "gross", "net", "growth", "savings", "fte", "reductions",
};

static void
row_cells_to_json (ReorgBudgetRow *row,
                   JsonBuilder    *b,
                   guint           n_years)
{
  for (guint c = 0; c < REORG_BUDGET_N_COLUMNS; c++)
    {
      if (reorg_budget_column_is_fte (c))
        reorg_json_add_fte_cells (b, column_members[c], row->cells[c], n_years);
      else
        reorg_json_add_money_cells (b, column_members[c], row->cells[c], n_years);
    }
}

static gboolean
row_cells_from_json (ReorgBudgetRow  *row,
                     JsonObject      *object,
                     const char      *place,
                     guint            n_years,
                     GError         **error)
{
  for (guint c = 0; c < REORG_BUDGET_N_COLUMNS; c++)
    {
      gboolean ok = reorg_budget_column_is_fte (c)
        ? reorg_json_get_fte_cells (object, column_members[c], place, n_years, row->cells[c], error)
        : reorg_json_get_money_cells (object, column_members[c], place, n_years, row->cells[c], error);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

static const char *const analysis_members[2] = { "objective", "subjective" };

void
reorg_budget_to_json (ReorgBudget *self,
                      JsonBuilder *b)
{
  guint n_years = self->years->len;

  json_builder_begin_object (b);
  reorg_json_add_string (b, "title", self->title);
  reorg_json_add_enum (b, "scale", REORG_TYPE_MONEY_SCALE, self->scale);
  reorg_json_add_enum (b, "sign", REORG_TYPE_SIGN_CONVENTION, self->sign);
  reorg_json_add_years (b, self->years);
  for (guint a = 0; a < 2; a++)
    {
      GPtrArray *rows = reorg_list_model_get_array (self->rows[a]);

      json_builder_set_member_name (b, analysis_members[a]);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "rows");
      json_builder_begin_array (b);
      for (guint i = 0; i < rows->len; i++)
        {
          ReorgBudgetRow *row = g_ptr_array_index (rows, i);

          json_builder_begin_object (b);
          reorg_json_add_string (b, "ref", row->reference);
          reorg_json_add_string (b, "name", row->name);
          reorg_json_add_string (b, "group", row->group);
          if (row->spend_kind != REORG_SPEND_KIND_NONE)
            reorg_json_add_enum (b, "kind", REORG_TYPE_SPEND_KIND, row->spend_kind);
          row_cells_to_json (row, b, n_years);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_set_member_name (b, "total");
      json_builder_begin_object (b);
      row_cells_to_json (self->totals[a], b, n_years);
      json_builder_end_object (b);
      json_builder_end_object (b);
    }
  json_builder_end_object (b);
}

ReorgBudget *
reorg_budget_from_json (JsonObject  *object,
                        const char  *place,
                        GDateMonth   fy_start,
                        GError     **error)
{
  g_autoptr(ReorgBudget) self = NULL;
  const char *title;
  int scale = REORG_MONEY_SCALE_UNITS, sign = REORG_SIGN_CONVENTION_SAVINGS_POSITIVE;

  if (!reorg_json_get_string (object, "title", place, TRUE, &title, error) ||
      !reorg_json_get_enum (object, "scale", place, REORG_TYPE_MONEY_SCALE, &scale, error) ||
      !reorg_json_get_enum (object, "sign", place, REORG_TYPE_SIGN_CONVENTION, &sign, error))
    return NULL;
  self = reorg_budget_new (title, scale, sign);
  if (!reorg_json_get_years (object, place, fy_start, self->years, error))
    return NULL;
  for (guint a = 0; a < 2; a++)
    {
      g_autofree char *analysis_place = g_strdup_printf ("%s.%s", place, analysis_members[a]);
      JsonNode *node = json_object_get_member (object, analysis_members[a]);
      JsonObject *analysis, *total;
      JsonArray *rows;
      JsonNode *total_node;

      if (node == NULL || JSON_NODE_HOLDS_NULL (node))
        continue;
      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          reorg_json_fail (error, REORG_ERROR_PARSE, analysis_place, "expected an object");
          return NULL;
        }
      analysis = json_node_get_object (node);
      if (!reorg_json_get_array (analysis, "rows", analysis_place, &rows, error))
        return NULL;
      for (guint i = 0; rows != NULL && i < json_array_get_length (rows); i++)
        {
          g_autofree char *row_place = g_strdup_printf ("%s.rows[%u]", analysis_place, i);
          JsonNode *row_node = json_array_get_element (rows, i);
          g_autoptr(ReorgBudgetRow) row = NULL;
          const char *ref, *name, *group;
          int kind = REORG_SPEND_KIND_NONE;
          JsonObject *row_object;

          if (!JSON_NODE_HOLDS_OBJECT (row_node))
            {
              reorg_json_fail (error, REORG_ERROR_PARSE, row_place, "expected an object");
              return NULL;
            }
          row_object = json_node_get_object (row_node);
          if (!reorg_json_get_string (row_object, "ref", row_place, FALSE, &ref, error) ||
              !reorg_json_get_string (row_object, "name", row_place, FALSE, &name, error) ||
              !reorg_json_get_string (row_object, "group", row_place, FALSE, &group, error) ||
              !reorg_json_get_enum (row_object, "kind", row_place, REORG_TYPE_SPEND_KIND, &kind, error))
            return NULL;
          row = reorg_budget_row_new (ref, name);
          reorg_budget_row_set_group (row, group);
          row->spend_kind = kind;
          if (!row_cells_from_json (row, row_object, row_place, self->years->len, error))
            return NULL;
          reorg_budget_add_row (self, a, row, NULL);
        }
      total_node = json_object_get_member (analysis, "total");
      if (total_node == NULL || JSON_NODE_HOLDS_NULL (total_node))
        continue;
      if (!JSON_NODE_HOLDS_OBJECT (total_node))
        {
          g_autofree char *total_place = g_strdup_printf ("%s.total", analysis_place);
          reorg_json_fail (error, REORG_ERROR_PARSE, total_place, "expected an object");
          return NULL;
        }
      total = json_node_get_object (total_node);
      {
        g_autofree char *total_place = g_strdup_printf ("%s.total", analysis_place);
        if (!row_cells_from_json (self->totals[a], total, total_place, self->years->len, error))
          return NULL;
      }
    }
  return g_steal_pointer (&self);
}
