/* test-check.c: the checker finds each alteration and nothing else */
#include "reorg-published-private.h"

static ReorgMoney *
th (gint64 thousands)
{
  return reorg_money_new (thousands * 100000);
}

/* A consistent plan: a schedule (2 sections, published subtotals and
 * totals) and a budget with net, growth, savings, FTE and reductions. */
static ReorgPlan *
consistent_plan (void)
{
  ReorgPlan *plan = reorg_plan_new ();
  g_autoptr(ReorgSavingsSchedule) s = reorg_savings_schedule_new ("Schedule", REORG_MONEY_SCALE_THOUSANDS,
                                                                  REORG_SIGN_CONVENTION_SAVINGS_POSITIVE);
  g_autoptr(ReorgBudget) b = reorg_budget_new ("Budget", REORG_MONEY_SCALE_THOUSANDS,
                                               REORG_SIGN_CONVENTION_SAVINGS_NEGATIVE);
  g_autoptr(ReorgFinancialYear) y0 = reorg_financial_year_new (2014, G_DATE_APRIL, NULL);
  g_autoptr(ReorgFinancialYear) y1 = reorg_financial_year_new (2015, G_DATE_APRIL, NULL);
  const char *services[] = { "LAC", "Early Years" };
  const gint64 amounts[2][2] = { { 100, 200 }, { 50, 25 } };

  g_assert_true (reorg_savings_schedule_add_year (s, y1, NULL));
  g_assert_true (reorg_budget_add_year (b, y0, NULL));
  g_assert_true (reorg_budget_add_year (b, y1, NULL));
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(ReorgScheduleSection) section = reorg_schedule_section_new (services[i]);
      g_autoptr(ReorgMoney) sub = th (amounts[i][0] + amounts[i][1]);
      g_autoptr(ReorgBudgetRow) row = reorg_budget_row_new (NULL, services[i]);
      g_autoptr(ReorgMoney) net0 = th (1000), growth = th (10), savings = th (amounts[i][0] + amounts[i][1]);
      g_autoptr(ReorgMoney) net1 = th (1000 + 10 - amounts[i][0] - amounts[i][1]);
      ReorgFte f0 = { 20 * REORG_FTE_SCALE }, f1 = { 17 * REORG_FTE_SCALE }, red = { 3 * REORG_FTE_SCALE };

      for (guint j = 0; j < 2; j++)
        {
          g_autofree char *ref = g_strdup_printf ("%u.%u", i + 1, j + 1);
          g_autoptr(ReorgScheduleLine) line = reorg_schedule_line_new (ref, "a saving");
          g_autoptr(ReorgMoney) m = th (amounts[i][j]);

          reorg_schedule_line_set_service (line, services[i]);
          reorg_schedule_line_set_amount (line, 0, m);
          g_assert_true (reorg_schedule_section_add_line (section, line, NULL));
        }
      reorg_schedule_section_set_published_subtotal (section, 0, sub);
      g_assert_true (reorg_savings_schedule_add_section (s, section, NULL));

      reorg_budget_row_set_amount (row, REORG_BUDGET_COLUMN_NET, 0, net0);
      reorg_budget_row_set_amount (row, REORG_BUDGET_COLUMN_GROWTH, 1, growth);
      reorg_budget_row_set_amount (row, REORG_BUDGET_COLUMN_SAVINGS, 1, savings);
      reorg_budget_row_set_amount (row, REORG_BUDGET_COLUMN_NET, 1, net1);
      reorg_budget_row_set_fte (row, REORG_BUDGET_COLUMN_FTE, 0, &f0);
      reorg_budget_row_set_fte (row, REORG_BUDGET_COLUMN_FTE, 1, &f1);
      reorg_budget_row_set_fte (row, REORG_BUDGET_COLUMN_REDUCTIONS, 1, &red);
      g_assert_true (reorg_budget_add_row (b, REORG_BUDGET_ANALYSIS_OBJECTIVE, row, NULL));
    }
  {
    g_autoptr(ReorgMoney) total = th (375), net0 = th (2000), net1 = th (2000 + 20 - 375), growth = th (20);
    ReorgBudgetRow *t = reorg_budget_get_total_row (b, REORG_BUDGET_ANALYSIS_OBJECTIVE);
    ReorgFte fte = { 34 * REORG_FTE_SCALE };

    reorg_savings_schedule_set_published_total (s, 0, total);
    reorg_budget_row_set_amount (t, REORG_BUDGET_COLUMN_NET, 0, net0);
    reorg_budget_row_set_amount (t, REORG_BUDGET_COLUMN_NET, 1, net1);
    reorg_budget_row_set_amount (t, REORG_BUDGET_COLUMN_SAVINGS, 1, total);
    reorg_budget_row_set_amount (t, REORG_BUDGET_COLUMN_GROWTH, 1, growth);
    reorg_budget_row_set_fte (t, REORG_BUDGET_COLUMN_FTE, 1, &fte);
  }
  g_assert_true (reorg_plan_add_schedule (plan, s, NULL));
  g_assert_true (reorg_plan_add_budget (plan, b, NULL));
  return plan;
}

static GPtrArray *
check (ReorgPlan *plan)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *findings = reorg_plan_check (plan, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < findings->len; i++)
    {
      g_autofree char *text = reorg_finding_to_string (g_ptr_array_index (findings, i));
      g_test_message ("%s", text);
    }
  return findings;
}

static void
assert_one (GPtrArray  *findings,
            const char *code,
            const char *table,
            const char *row,
            const char *column,
            const char *expected,
            const char *found)
{
  ReorgFinding *f;

  g_assert_cmpuint (findings->len, ==, 1);
  f = g_ptr_array_index (findings, 0);
  g_assert_cmpstr (reorg_finding_get_code (f), ==, code);
  g_assert_cmpint (reorg_finding_get_severity (f), ==, REORG_SEVERITY_ERROR);
  g_assert_cmpstr (reorg_finding_get_table (f), ==, table);
  g_assert_cmpstr (reorg_finding_get_row (f), ==, row);
  g_assert_cmpstr (reorg_finding_get_column (f), ==, column);
  g_assert_cmpstr (reorg_finding_get_expected (f), ==, expected);
  g_assert_cmpstr (reorg_finding_get_found (f), ==, found);
}

static ReorgSavingsSchedule *
schedule (ReorgPlan *plan)
{
  return reorg_plan_lookup_schedule (plan, "Schedule");
}

static ReorgBudget *
budget (ReorgPlan *plan)
{
  return reorg_plan_lookup_budget (plan, "Budget");
}

static void
test_consistent (void)
{
  g_autoptr(ReorgPlan) plan = consistent_plan ();
  g_autoptr(GPtrArray) findings = check (plan);

  g_assert_cmpuint (findings->len, ==, 0);
}

static void
test_subtotal (void)
{
  g_autoptr(ReorgPlan) plan = consistent_plan ();
  g_autoptr(GListModel) sections = reorg_savings_schedule_get_sections (schedule (plan));
  g_autoptr(ReorgScheduleSection) lac = g_list_model_get_item (sections, 0);
  g_autoptr(GPtrArray) findings = NULL;
  ReorgMoney at_limit = { 30000000 + 100000 }, beyond = { 30000000 + 100001 };

  /* 2 rounded lines: an allowance of 2 × £500 = £1,000 */
  reorg_schedule_section_set_published_subtotal (lac, 0, &at_limit);
  findings = check (plan);
  g_assert_cmpuint (findings->len, ==, 0);
  g_clear_pointer (&findings, g_ptr_array_unref);

  reorg_schedule_section_set_published_subtotal (lac, 0, &beyond);
  findings = check (plan);
  assert_one (findings, "schedule-subtotal-mismatch", "Schedule", "LAC", "2015/16", "300", "301.00001");
  g_assert_nonnull (strstr (reorg_finding_get_message (g_ptr_array_index (findings, 0)),
                            "rounding allowance of 1 (half of £1,000 for each of the 2 rounded figures summed)"));
}

static void
test_total (void)
{
  g_autoptr(ReorgPlan) plan = consistent_plan ();
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(ReorgMoney) two_off = th (377), one_off = th (376);

  /* 4 lines: allowance 2 units */
  reorg_savings_schedule_set_published_total (schedule (plan), 0, two_off);
  findings = check (plan);
  g_assert_cmpuint (findings->len, ==, 0);
  g_clear_pointer (&findings, g_ptr_array_unref);
  g_clear_pointer (&two_off, reorg_money_free);
  two_off = th (378);
  reorg_savings_schedule_set_published_total (schedule (plan), 0, two_off);
  findings = check (plan);
  assert_one (findings, "schedule-total-mismatch", "Schedule", "Total", "2015/16", "375", "378");
  (void) one_off;
}

static void
test_budget_total (void)
{
  g_autoptr(ReorgPlan) plan = consistent_plan ();
  g_autoptr(GPtrArray) findings = NULL;
  ReorgFte fte = { 35 * REORG_FTE_SCALE };

  /* the stated FTE total: compared exactly */
  reorg_budget_row_set_fte (reorg_budget_get_total_row (budget (plan), REORG_BUDGET_ANALYSIS_OBJECTIVE),
                            REORG_BUDGET_COLUMN_FTE, 1, &fte);
  findings = check (plan);
  assert_one (findings, "budget-total-mismatch", "Budget", "Total", "2015/16 FTE", "34", "35");
}

static void
test_reconciliation (void)
{
  g_autoptr(ReorgPlan) plan = consistent_plan ();
  ReorgBudgetRow *row = reorg_budget_lookup_row (budget (plan), REORG_BUDGET_ANALYSIS_OBJECTIVE, "Early Years");
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(ReorgMoney) growth = th (12);

  /* growth 10 -> 12 in one row: net 2015/16 should be 937, is 935. The
   * total row's growth and net for 2015/16 are left blank so that the
   * alteration is found once, in its own row. */
  reorg_budget_row_set_amount (row, REORG_BUDGET_COLUMN_GROWTH, 1, growth);
  {
    ReorgBudgetRow *t = reorg_budget_get_total_row (budget (plan), REORG_BUDGET_ANALYSIS_OBJECTIVE);
    reorg_budget_row_set_amount (t, REORG_BUDGET_COLUMN_GROWTH, 1, NULL);
    reorg_budget_row_set_amount (t, REORG_BUDGET_COLUMN_NET, 1, NULL);
  }
  findings = check (plan);
  assert_one (findings, "reconciliation-mismatch", "Budget", "Early Years", "2015/16 net", "937", "935");
}

static void
test_workforce (void)
{
  g_autoptr(ReorgPlan) plan = consistent_plan ();
  ReorgBudgetRow *row = reorg_budget_lookup_row (budget (plan), REORG_BUDGET_ANALYSIS_OBJECTIVE, "LAC");
  g_autoptr(GPtrArray) findings = NULL;
  ReorgFte red = { 4 * REORG_FTE_SCALE };

  reorg_budget_row_set_fte (row, REORG_BUDGET_COLUMN_REDUCTIONS, 1, &red);
  findings = check (plan);
  assert_one (findings, "workforce-fte-mismatch", "Budget", "LAC", "2015/16 reductions", "3", "4");
}

static void
test_savings_budget (void)
{
  g_autoptr(ReorgPlan) plan = consistent_plan ();
  ReorgBudgetRow *row = reorg_budget_lookup_row (budget (plan), REORG_BUDGET_ANALYSIS_OBJECTIVE, "LAC");
  ReorgBudgetRow *total = reorg_budget_get_total_row (budget (plan), REORG_BUDGET_ANALYSIS_OBJECTIVE);
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(ReorgMoney) savings = th (290), net = th (720), total_savings = th (365), total_net = th (1655);

  /* the budget says LAC saves 290 (and its net and total agree with that):
   * only the schedule disagrees */
  reorg_budget_row_set_amount (row, REORG_BUDGET_COLUMN_SAVINGS, 1, savings);
  reorg_budget_row_set_amount (row, REORG_BUDGET_COLUMN_NET, 1, net);
  reorg_budget_row_set_amount (total, REORG_BUDGET_COLUMN_SAVINGS, 1, total_savings);
  reorg_budget_row_set_amount (total, REORG_BUDGET_COLUMN_NET, 1, total_net);
  findings = check (plan);
  assert_one (findings, "savings-budget-mismatch", "Budget", "LAC", "2015/16 savings", "(300)", "(290)");
}

static void
test_links (void)
{
  g_autoptr(ReorgPlan) plan = consistent_plan ();
  g_autoptr(GPtrArray) lines = reorg_savings_schedule_get_all_lines (schedule (plan));
  g_autoptr(GPtrArray) findings = NULL;

  reorg_schedule_line_add_link (g_ptr_array_index (lines, 0), "Nowhere", "X");
  findings = check (plan);
  g_assert_cmpuint (findings->len, ==, 1);
  g_assert_cmpstr (reorg_finding_get_code (g_ptr_array_index (findings, 0)), ==, "line-changes-unknown");
  g_assert_cmpint (reorg_finding_get_severity (g_ptr_array_index (findings, 0)), ==, REORG_SEVERITY_WARNING);
  g_assert_cmpstr (reorg_finding_get_row (g_ptr_array_index (findings, 0)), ==, "1.1");
}

static void
test_overflow (void)
{
  g_autoptr(ReorgPlan) plan = consistent_plan ();
  g_autoptr(GPtrArray) lines = reorg_savings_schedule_get_all_lines (schedule (plan));
  g_autoptr(GError) error = NULL;
  ReorgMoney huge = { G_MAXINT64 - 1 };
  GPtrArray *findings;

  reorg_schedule_line_set_amount (g_ptr_array_index (lines, 0), 0, &huge);
  reorg_schedule_line_set_amount (g_ptr_array_index (lines, 1), 0, &huge);
  findings = reorg_plan_check (plan, &error);
  g_assert_null (findings);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_OVERFLOW);
}

static void
test_finding_boxed (void)
{
  g_autoptr(ReorgFinding) f = reorg_finding_new ("x-y", REORG_SEVERITY_INFO, "T", "R", "C", "1", "2", "m");
  g_autoptr(ReorgFinding) copy = reorg_finding_copy (f);
  g_autofree char *text = reorg_finding_to_string (copy);

  g_assert_cmpstr (text, ==, "INFO x-y \"T\" \"R\" \"C\": m (expected 1, found 2)");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/check/consistent", test_consistent);
  g_test_add_func ("/check/subtotal", test_subtotal);
  g_test_add_func ("/check/total", test_total);
  g_test_add_func ("/check/budget-total", test_budget_total);
  g_test_add_func ("/check/reconciliation", test_reconciliation);
  g_test_add_func ("/check/workforce", test_workforce);
  g_test_add_func ("/check/savings-budget", test_savings_budget);
  g_test_add_func ("/check/links", test_links);
  g_test_add_func ("/check/overflow", test_overflow);
  g_test_add_func ("/check/finding-boxed", test_finding_boxed);
  return g_test_run ();
}
