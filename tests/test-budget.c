/* test-budget.c: published budgets */
#include "reorg-published-private.h"

static ReorgMoney *
parse (ReorgBudget       *b,
       ReorgBudgetColumn  column,
       const char        *text)
{
  g_autoptr(GError) error = NULL;
  ReorgMoney *money = reorg_budget_parse_amount (b, column, text, &error);

  g_assert_no_error (error);
  return money;
}

static void
put (ReorgBudget       *b,
     ReorgBudgetRow    *row,
     ReorgBudgetColumn  column,
     guint              y,
     const char        *text)
{
  g_autoptr(ReorgMoney) money = parse (b, column, text);

  reorg_budget_row_set_amount (row, column, y, money);
}

static void
test_objective (void)
{
  g_autoptr(ReorgBudget) b = reorg_budget_new ("Reconciliation", REORG_MONEY_SCALE_THOUSANDS,
                                               REORG_SIGN_CONVENTION_SAVINGS_NEGATIVE);
  g_autoptr(ReorgFinancialYear) y0 = reorg_financial_year_new (2014, G_DATE_APRIL, NULL);
  g_autoptr(ReorgFinancialYear) y1 = reorg_financial_year_new (2015, G_DATE_APRIL, NULL);
  g_autoptr(ReorgBudgetRow) lac = reorg_budget_row_new ("1", "Looked After Children");
  g_autoptr(ReorgBudgetRow) ey = reorg_budget_row_new ("2", "Early Years");
  g_autoptr(ReorgMoney) net = NULL, savings = NULL;
  g_autoptr(ReorgFte) fte_total = NULL;
  g_autoptr(GListModel) rows = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *printed = NULL;
  ReorgFte fte = { 504 * REORG_FTE_SCALE };

  g_assert_true (reorg_budget_add_year (b, y0, NULL));
  g_assert_true (reorg_budget_add_year (b, y1, NULL));
  g_assert_false (reorg_budget_add_year (b, y1, &error));
  g_assert_error (error, REORG_ERROR, REORG_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_cmpint (reorg_budget_find_year (b, y1), ==, 1);

  put (b, lac, REORG_BUDGET_COLUMN_NET, 0, "62,777");
  put (b, lac, REORG_BUDGET_COLUMN_GROWTH, 1, "1,193");
  put (b, lac, REORG_BUDGET_COLUMN_SAVINGS, 1, "(6,989)");
  put (b, lac, REORG_BUDGET_COLUMN_NET, 1, "56,981");
  reorg_budget_row_set_fte (lac, REORG_BUDGET_COLUMN_FTE, 0, &fte);
  put (b, ey, REORG_BUDGET_COLUMN_NET, 0, "8,116");
  put (b, ey, REORG_BUDGET_COLUMN_SAVINGS, 1, "(1,422)");
  g_assert_true (reorg_budget_add_row (b, REORG_BUDGET_ANALYSIS_OBJECTIVE, lac, NULL));
  g_assert_true (reorg_budget_add_row (b, REORG_BUDGET_ANALYSIS_OBJECTIVE, ey, NULL));
  g_assert_false (reorg_budget_add_row (b, REORG_BUDGET_ANALYSIS_SUBJECTIVE, ey, &error));
  g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);

  g_assert_cmpint (reorg_budget_row_get_amount (lac, REORG_BUDGET_COLUMN_SAVINGS, 1)->pence, ==,
                   G_GINT64_CONSTANT (698900000));
  g_assert_null (reorg_budget_row_get_amount (ey, REORG_BUDGET_COLUMN_GROWTH, 1));
  g_assert_null (reorg_budget_row_get_fte (ey, REORG_BUDGET_COLUMN_FTE, 0));
  net = reorg_budget_compute_total (b, REORG_BUDGET_ANALYSIS_OBJECTIVE, REORG_BUDGET_COLUMN_NET, 0, NULL);
  g_assert_cmpint (net->pence, ==, G_GINT64_CONSTANT (7089300000));
  savings = reorg_budget_compute_total (b, REORG_BUDGET_ANALYSIS_OBJECTIVE, REORG_BUDGET_COLUMN_SAVINGS, 1, NULL);
  printed = reorg_budget_format_amount (b, REORG_BUDGET_COLUMN_SAVINGS, savings);
  g_assert_cmpstr (printed, ==, "(8,411)");
  fte_total = reorg_budget_compute_fte_total (b, REORG_BUDGET_ANALYSIS_OBJECTIVE, REORG_BUDGET_COLUMN_FTE, 0, NULL);
  g_assert_cmpint (fte_total->units, ==, 504 * REORG_FTE_SCALE);
  g_assert_true (reorg_budget_lookup_row (b, REORG_BUDGET_ANALYSIS_OBJECTIVE, "Early Years") == ey);
  g_assert_true (reorg_budget_lookup_row (b, REORG_BUDGET_ANALYSIS_OBJECTIVE, "1") == lac);
  g_assert_null (reorg_budget_lookup_row (b, REORG_BUDGET_ANALYSIS_SUBJECTIVE, "1"));
  rows = reorg_budget_get_rows (b, REORG_BUDGET_ANALYSIS_OBJECTIVE);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 2);
}

static void
test_subjective (void)
{
  g_autoptr(ReorgBudget) b = reorg_budget_new ("Subjective", REORG_MONEY_SCALE_THOUSANDS,
                                               REORG_SIGN_CONVENTION_SAVINGS_POSITIVE);
  const struct { const char *name; ReorgSpendKind kind; const char *amount; } rows[] = {
    { "Employees", REORG_SPEND_KIND_EMPLOYEES, "87,298" },
    { "Running Expenses", REORG_SPEND_KIND_OTHER, "620,415" },
    { "Contribution to reserves", REORG_SPEND_KIND_OTHER, "15,946" },
    { "Government Grants", REORG_SPEND_KIND_INCOME, "(375,771)" },
    { "Contributions from Reserves", REORG_SPEND_KIND_INCOME, "(20,540)" },
    { "Other Grants", REORG_SPEND_KIND_INCOME, "(5,555)" },
    { "Customer and Client Receipts", REORG_SPEND_KIND_INCOME, "(29,372)" },
    { "Other Income", REORG_SPEND_KIND_INCOME, "(60)" },
  };
  g_autoptr(ReorgFinancialYear) y0 = reorg_financial_year_new (2014, G_DATE_APRIL, NULL);
  g_autoptr(ReorgMoney) gross = NULL, net = NULL;

  g_assert_true (reorg_budget_add_year (b, y0, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(ReorgBudgetRow) row = reorg_budget_row_new (NULL, rows[i].name);

      reorg_budget_row_set_spend_kind (row, rows[i].kind);
      put (b, row, REORG_BUDGET_COLUMN_NET, 0, rows[i].amount);
      g_assert_true (reorg_budget_add_row (b, REORG_BUDGET_ANALYSIS_SUBJECTIVE, row, NULL));
    }
  gross = reorg_budget_compute_total (b, REORG_BUDGET_ANALYSIS_SUBJECTIVE, REORG_BUDGET_COLUMN_GROSS, 0, NULL);
  net = reorg_budget_compute_total (b, REORG_BUDGET_ANALYSIS_SUBJECTIVE, REORG_BUDGET_COLUMN_NET, 0, NULL);
  g_assert_cmpint (gross->pence, ==, G_GINT64_CONSTANT (72365900000));
  g_assert_cmpint (net->pence, ==, G_GINT64_CONSTANT (29236100000));
}

static void
test_overflow_and_equal (void)
{
  g_autoptr(ReorgBudget) a = reorg_budget_new ("B", REORG_MONEY_SCALE_UNITS, REORG_SIGN_CONVENTION_SAVINGS_POSITIVE);
  g_autoptr(ReorgBudget) b = reorg_budget_new ("B", REORG_MONEY_SCALE_UNITS, REORG_SIGN_CONVENTION_SAVINGS_POSITIVE);
  g_autoptr(ReorgBudgetRow) r1 = reorg_budget_row_new (NULL, "one");
  g_autoptr(ReorgBudgetRow) r2 = reorg_budget_row_new (NULL, "two");
  g_autoptr(GError) error = NULL;
  g_autoptr(ReorgFinancialYear) y0 = reorg_financial_year_new (2014, G_DATE_APRIL, NULL);
  ReorgMoney huge = { G_MAXINT64 - 1 }, zero = { 0 };
  ReorgMoney *total;

  g_assert_true (reorg_budget_add_year (a, y0, NULL));
  g_assert_true (reorg_budget_add_year (b, y0, NULL));
  g_assert_true (reorg_budget_equal (a, b));
  reorg_budget_row_set_amount (r1, REORG_BUDGET_COLUMN_GROSS, 0, &huge);
  reorg_budget_row_set_amount (r2, REORG_BUDGET_COLUMN_GROSS, 0, &huge);
  g_assert_true (reorg_budget_add_row (a, REORG_BUDGET_ANALYSIS_OBJECTIVE, r1, NULL));
  g_assert_true (reorg_budget_add_row (a, REORG_BUDGET_ANALYSIS_OBJECTIVE, r2, NULL));
  total = reorg_budget_compute_total (a, REORG_BUDGET_ANALYSIS_OBJECTIVE, REORG_BUDGET_COLUMN_GROSS, 0, &error);
  g_assert_null (total);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_OVERFLOW);
  g_assert_false (reorg_budget_equal (a, b));

  /* blank is not zero */
  reorg_budget_row_set_amount (reorg_budget_get_total_row (b, REORG_BUDGET_ANALYSIS_OBJECTIVE),
                               REORG_BUDGET_COLUMN_NET, 0, &zero);
  g_assert_false (reorg_budget_row_equal (reorg_budget_get_total_row (a, REORG_BUDGET_ANALYSIS_OBJECTIVE),
                                          reorg_budget_get_total_row (b, REORG_BUDGET_ANALYSIS_OBJECTIVE)));
}

/* A year index the budget does not have is an error, as for a schedule */
static void
test_total_past_years (void)
{
  g_autoptr(ReorgBudget) b = reorg_budget_new ("B", REORG_MONEY_SCALE_UNITS, REORG_SIGN_CONVENTION_SAVINGS_POSITIVE);
  g_autoptr(ReorgBudgetRow) row = reorg_budget_row_new (NULL, "one");
  g_autoptr(ReorgFinancialYear) y0 = reorg_financial_year_new (2014, G_DATE_APRIL, NULL);
  g_autoptr(ReorgMoney) total = NULL;
  g_autoptr(ReorgFte) fte_total = NULL;
  g_autoptr(GError) error = NULL;
  ReorgMoney m = { 100 };
  ReorgFte fte = { REORG_FTE_SCALE };

  g_assert_true (reorg_budget_add_year (b, y0, NULL));
  reorg_budget_row_set_amount (row, REORG_BUDGET_COLUMN_NET, 1, &m);
  reorg_budget_row_set_fte (row, REORG_BUDGET_COLUMN_FTE, 1, &fte);
  g_assert_true (reorg_budget_add_row (b, REORG_BUDGET_ANALYSIS_OBJECTIVE, row, NULL));

  total = reorg_budget_compute_total (b, REORG_BUDGET_ANALYSIS_OBJECTIVE, REORG_BUDGET_COLUMN_NET, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (total->pence, ==, 0);
  g_clear_pointer (&total, reorg_money_free);
  total = reorg_budget_compute_total (b, REORG_BUDGET_ANALYSIS_OBJECTIVE, REORG_BUDGET_COLUMN_NET, 1, &error);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);
  g_assert_null (total);
  g_clear_error (&error);
  fte_total = reorg_budget_compute_fte_total (b, REORG_BUDGET_ANALYSIS_OBJECTIVE, REORG_BUDGET_COLUMN_FTE, 1, &error);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);
  g_assert_null (fte_total);
}

/* Cells past the budget's years are kept but not used nor saved: a plan
 * saved and loaded back equals itself; trailing blanks are left out. */
static void
test_cells_past_years (void)
{
  g_autoptr(ReorgPlan) plan = reorg_plan_new ();
  g_autoptr(ReorgBudget) b = reorg_budget_new ("B", REORG_MONEY_SCALE_UNITS, REORG_SIGN_CONVENTION_SAVINGS_POSITIVE);
  g_autoptr(ReorgBudgetRow) row = reorg_budget_row_new ("1", "one");
  g_autoptr(ReorgBudgetRow) other = reorg_budget_row_new ("1", "one");
  g_autoptr(ReorgFinancialYear) y0 = reorg_financial_year_new (2014, G_DATE_APRIL, NULL);
  g_autoptr(ReorgFinancialYear) y1 = reorg_financial_year_new (2015, G_DATE_APRIL, NULL);
  g_autoptr(ReorgPlan) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL, *again = NULL;
  ReorgBudget *loaded;
  ReorgMoney m = { 100 }, n = { 250 };
  ReorgFte fte = { REORG_FTE_SCALE };

  g_assert_true (reorg_budget_add_year (b, y0, NULL));
  g_assert_true (reorg_budget_add_year (b, y1, NULL));
  reorg_budget_row_set_amount (row, REORG_BUDGET_COLUMN_GROSS, 2, &m);
  reorg_budget_row_set_amount (row, REORG_BUDGET_COLUMN_NET, 0, &n);
  reorg_budget_row_set_amount (row, REORG_BUDGET_COLUMN_NET, 4, &m);
  reorg_budget_row_set_fte (row, REORG_BUDGET_COLUMN_FTE, 3, &fte);
  reorg_budget_row_set_amount (reorg_budget_get_total_row (b, REORG_BUDGET_ANALYSIS_SUBJECTIVE),
                               REORG_BUDGET_COLUMN_NET, 2, &m);
  g_assert_cmpint (reorg_budget_row_get_amount (row, REORG_BUDGET_COLUMN_GROSS, 2)->pence, ==, 100);  /* kept */
  g_assert_true (reorg_budget_add_row (b, REORG_BUDGET_ANALYSIS_OBJECTIVE, row, NULL));
  g_assert_true (reorg_plan_add_budget (plan, b, NULL));

  data = reorg_plan_to_data (plan, NULL);
  g_assert_null (strstr (data, "null"));
  g_assert_null (strstr (data, "\"gross\""));
  g_assert_null (strstr (data, "\"fte\""));
  g_assert_nonnull (strstr (data, "\"net\" : [\n"));
  back = reorg_plan_new_from_data (data, -1, &error);
  g_assert_no_error (error);
  loaded = reorg_plan_lookup_budget (back, "B");
  g_assert_nonnull (loaded);
  g_assert_true (reorg_budget_equal (b, loaded));
  g_assert_true (reorg_budget_equal (loaded, b));
  g_assert_true (reorg_plan_equal (plan, back));
  again = reorg_plan_to_data (back, NULL);
  g_assert_cmpstr (data, ==, again);

  /* a cell within the years still counts */
  reorg_budget_row_set_fte (row, REORG_BUDGET_COLUMN_FTE, 1, &fte);
  g_assert_false (reorg_budget_equal (b, loaded));
  reorg_budget_row_set_fte (row, REORG_BUDGET_COLUMN_FTE, 1, NULL);
  g_assert_true (reorg_budget_equal (b, loaded));

  /* a standalone row compares every cell; a blank one equals an absent one */
  g_assert_false (reorg_budget_row_equal (row, other));
  reorg_budget_row_set_amount (other, REORG_BUDGET_COLUMN_GROSS, 2, &m);
  reorg_budget_row_set_amount (other, REORG_BUDGET_COLUMN_NET, 0, &n);
  reorg_budget_row_set_amount (other, REORG_BUDGET_COLUMN_NET, 4, &m);
  reorg_budget_row_set_fte (other, REORG_BUDGET_COLUMN_FTE, 3, &fte);
  reorg_budget_row_set_fte (other, REORG_BUDGET_COLUMN_REDUCTIONS, 6, &fte);
  reorg_budget_row_set_fte (other, REORG_BUDGET_COLUMN_REDUCTIONS, 6, NULL);
  g_assert_true (reorg_budget_row_equal (row, other));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/budget/objective", test_objective);
  g_test_add_func ("/budget/subjective", test_subjective);
  g_test_add_func ("/budget/overflow-and-equal", test_overflow_and_equal);
  g_test_add_func ("/budget/total-past-years", test_total_past_years);
  g_test_add_func ("/budget/cells-past-years", test_cells_past_years);
  return g_test_run ();
}
