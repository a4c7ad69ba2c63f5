/* test-schedule.c: published savings schedules */
#include "reorg-published-private.h"

static ReorgFinancialYear *
year (int start)
{
  return reorg_financial_year_new (start, G_DATE_APRIL, NULL);
}

static ReorgMoney *
k (ReorgSavingsSchedule *s,
   const char           *text)
{
  g_autoptr(GError) error = NULL;
  ReorgMoney *money = reorg_savings_schedule_parse_amount (s, text, &error);

  g_assert_no_error (error);
  return money;
}

static void
set (ReorgScheduleLine    *line,
     ReorgSavingsSchedule *s,
     guint                 year_index,
     const char           *text)
{
  g_autoptr(ReorgMoney) money = k (s, text);

  reorg_schedule_line_set_amount (line, year_index, money);
}

static ReorgScheduleLine *
add_line (ReorgScheduleSection *section,
          ReorgSavingsSchedule *s,
          const char           *description,
          const char           *y0,
          const char           *y1)
{
  g_autoptr(ReorgScheduleLine) line = reorg_schedule_line_new (NULL, description);

  if (y0)
    set (line, s, 0, y0);
  if (y1)
    set (line, s, 1, y1);
  g_assert_true (reorg_schedule_section_add_line (section, line, NULL));
  return line;
}

/* Manchester's LAC section: lines, a subtotal, an adjustment in brackets,
 * the subtotal after it. */
static ReorgSavingsSchedule *
manchester_lac (void)
{
  ReorgSavingsSchedule *s = reorg_savings_schedule_new ("C&F", REORG_MONEY_SCALE_THOUSANDS,
                                                        REORG_SIGN_CONVENTION_SAVINGS_POSITIVE);
  g_autoptr(ReorgFinancialYear) y0 = year (2015), y1 = year (2016);
  g_autoptr(ReorgScheduleSection) lac = reorg_schedule_section_new ("LAC");
  g_autoptr(ReorgScheduleSection) before = reorg_schedule_section_new ("Looked After Children");
  ReorgScheduleLine *adjustment;

  g_assert_true (reorg_savings_schedule_add_year (s, y0, NULL));
  g_assert_true (reorg_savings_schedule_add_year (s, y1, NULL));
  add_line (before, s, "Fostering and Adoption", "1,180", "0");
  add_line (before, s, "Families First", "1,182", "0");
  add_line (before, s, "Interventions", "181", "0");
  add_line (before, s, "Use of reserve", "2,363", NULL);   /* blank in 2016/17 */
  adjustment = add_line (lac, s, "Adjustment to offset existing LAC pressure", "(3,215)", "0");
  reorg_schedule_line_set_kind (adjustment, REORG_SCHEDULE_LINE_KIND_ADJUSTMENT);
  g_assert_true (reorg_schedule_section_add_section (lac, before, NULL));
  g_assert_true (reorg_savings_schedule_add_section (s, lac, NULL));
  return s;
}

static void
test_subtotals (void)
{
  g_autoptr(ReorgSavingsSchedule) s = manchester_lac ();
  g_autoptr(GListModel) sections = reorg_savings_schedule_get_sections (s);
  g_autoptr(ReorgScheduleSection) lac = g_list_model_get_item (sections, 0);
  g_autoptr(GListModel) children = reorg_schedule_section_get_sections (lac);
  g_autoptr(ReorgScheduleSection) before = g_list_model_get_item (children, 0);
  g_autoptr(ReorgMoney) sub = reorg_schedule_section_compute_subtotal (before, 0, NULL);
  g_autoptr(ReorgMoney) after = reorg_schedule_section_compute_subtotal (lac, 0, NULL);
  g_autoptr(ReorgMoney) total0 = reorg_savings_schedule_compute_total (s, 0, NULL);
  g_autoptr(ReorgMoney) total1 = reorg_savings_schedule_compute_total (s, 1, NULL);
  g_autoptr(GPtrArray) lines = reorg_savings_schedule_get_all_lines (s);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  ReorgMoney *none;

  g_assert_cmpint (sub->pence, ==, G_GINT64_CONSTANT (490600000));
  g_assert_cmpint (after->pence, ==, G_GINT64_CONSTANT (169100000));
  g_assert_cmpint (total0->pence, ==, G_GINT64_CONSTANT (169100000));
  g_assert_cmpint (total1->pence, ==, 0);
  g_assert_cmpuint (lines->len, ==, 5);
  /* the section's own lines first, then its child sections' */
  g_assert_cmpstr (reorg_schedule_line_get_description (g_ptr_array_index (lines, 0)), ==,
                   "Adjustment to offset existing LAC pressure");
  text = reorg_savings_schedule_format_amount (s, after);
  g_assert_cmpstr (text, ==, "1,691");
  g_clear_pointer (&text, g_free);
  text = reorg_savings_schedule_format_amount (s, reorg_schedule_line_get_amount (g_ptr_array_index (lines, 0), 0));
  g_assert_cmpstr (text, ==, "(3,215)");

  none = reorg_savings_schedule_compute_total (s, 2, &error);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);
  g_assert_null (none);
}

static void
test_blank_not_zero (void)
{
  g_autoptr(ReorgSavingsSchedule) s = manchester_lac ();
  g_autoptr(GPtrArray) lines = reorg_savings_schedule_get_all_lines (s);
  ReorgScheduleLine *reserve = g_ptr_array_index (lines, 4), *fostering = g_ptr_array_index (lines, 1);
  g_autoptr(ReorgMoney) total = reorg_schedule_line_compute_total (reserve, NULL);

  g_assert_cmpstr (reorg_schedule_line_get_description (reserve), ==, "Use of reserve");
  g_assert_null (reorg_schedule_line_get_amount (reserve, 1));
  g_assert_nonnull (reorg_schedule_line_get_amount (fostering, 1));
  g_assert_cmpint (reorg_schedule_line_get_amount (fostering, 1)->pence, ==, 0);
  g_assert_cmpint (total->pence, ==, G_GINT64_CONSTANT (236300000));
  g_assert_null (reorg_schedule_line_get_amount (reserve, 99));
  /* clearing a cell makes it blank again */
  reorg_schedule_line_set_amount (fostering, 1, NULL);
  g_assert_null (reorg_schedule_line_get_amount (fostering, 1));
}

/* Harrow writes savings as negative numbers. */
static void
test_sign_negative (void)
{
  g_autoptr(ReorgSavingsSchedule) s = reorg_savings_schedule_new ("Harrow", REORG_MONEY_SCALE_THOUSANDS,
                                                                  REORG_SIGN_CONVENTION_SAVINGS_NEGATIVE);
  g_autoptr(ReorgFinancialYear) y = year (2012);
  g_autoptr(ReorgScheduleSection) section = reorg_schedule_section_new ("Savings");
  g_autoptr(ReorgMoney) staffing = NULL, total = NULL, back = NULL;
  g_autofree char *printed = NULL, *reversal = NULL;
  ReorgScheduleLine *line;

  g_assert_true (reorg_savings_schedule_add_year (s, y, NULL));
  line = add_line (section, s, "Staffing Restructure", "-312", NULL);
  reorg_schedule_line_set_status (line, REORG_MTFS_STATUS_NEW);
  add_line (section, s, "Premises costs", "-100", NULL);
  line = add_line (section, s, "Reversal", "50", NULL);
  reorg_schedule_line_set_kind (line, REORG_SCHEDULE_LINE_KIND_REVERSAL);
  g_assert_true (reorg_savings_schedule_add_section (s, section, NULL));

  staffing = k (s, "-312");
  g_assert_cmpint (staffing->pence, ==, G_GINT64_CONSTANT (31200000));
  total = reorg_savings_schedule_compute_total (s, 0, NULL);
  g_assert_cmpint (total->pence, ==, G_GINT64_CONSTANT (36200000));
  printed = reorg_savings_schedule_format_amount (s, total);
  g_assert_cmpstr (printed, ==, "-362");
  reversal = reorg_savings_schedule_format_amount (s, reorg_schedule_line_get_amount (line, 0));
  g_assert_cmpstr (reversal, ==, "50");

  /* the same amount in the other convention */
  reorg_savings_schedule_set_sign (s, REORG_SIGN_CONVENTION_SAVINGS_POSITIVE);
  back = k (s, "312");
  g_assert_true (reorg_money_equal (back, staffing));
  g_clear_pointer (&printed, g_free);
  printed = reorg_savings_schedule_format_amount (s, total);
  g_assert_cmpstr (printed, ==, "362");
}

static void
test_overflow (void)
{
  g_autoptr(ReorgSavingsSchedule) s = manchester_lac ();
  g_autoptr(GPtrArray) lines = reorg_savings_schedule_get_all_lines (s);
  g_autoptr(GError) error = NULL;
  ReorgMoney huge = { G_MAXINT64 - 10 };
  ReorgMoney *total;

  reorg_schedule_line_set_amount (g_ptr_array_index (lines, 1), 0, &huge);
  total = reorg_savings_schedule_compute_total (s, 0, &error);
  g_assert_null (total);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_OVERFLOW);
  g_clear_error (&error);
  reorg_schedule_line_set_amount (g_ptr_array_index (lines, 1), 1, &huge);
  total = reorg_schedule_line_compute_total (g_ptr_array_index (lines, 1), &error);
  g_assert_null (total);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_OVERFLOW);
}

static void
test_tree_errors (void)
{
  g_autoptr(ReorgSavingsSchedule) s = manchester_lac ();
  g_autoptr(ReorgScheduleSection) a = reorg_schedule_section_new ("A");
  g_autoptr(ReorgScheduleSection) b = reorg_schedule_section_new ("B");
  g_autoptr(ReorgScheduleLine) line = reorg_schedule_line_new ("1", "x");
  g_autoptr(ReorgFinancialYear) y = year (2015);
  g_autoptr(GError) error = NULL;

  g_assert_true (reorg_schedule_section_add_section (a, b, NULL));
  g_assert_false (reorg_schedule_section_add_section (b, a, &error));
  g_assert_error (error, REORG_ERROR, REORG_ERROR_CYCLE);
  g_clear_error (&error);
  g_assert_false (reorg_schedule_section_add_section (a, a, &error));
  g_assert_error (error, REORG_ERROR, REORG_ERROR_CYCLE);
  g_clear_error (&error);
  g_assert_false (reorg_savings_schedule_add_section (s, b, &error));
  g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (reorg_schedule_section_add_line (a, line, NULL));
  g_assert_false (reorg_schedule_section_add_line (b, line, &error));
  g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (reorg_savings_schedule_add_year (s, y, &error));
  g_assert_error (error, REORG_ERROR, REORG_ERROR_DUPLICATE);
}

static void
test_links_and_equal (void)
{
  g_autoptr(ReorgSavingsSchedule) a = manchester_lac ();
  g_autoptr(ReorgSavingsSchedule) b = manchester_lac ();
  g_autoptr(GPtrArray) lines = reorg_savings_schedule_get_all_lines (a);
  ReorgScheduleLine *line = g_ptr_array_index (lines, 1);
  const char *proposal, *change;

  g_assert_true (reorg_savings_schedule_equal (a, b));
  reorg_schedule_line_add_link (line, "Phase 1", "FISS");
  g_assert_false (reorg_savings_schedule_equal (a, b));
  g_assert_cmpuint (reorg_schedule_line_get_n_links (line), ==, 1);
  g_assert_true (reorg_schedule_line_get_link (line, 0, &proposal, &change));
  g_assert_cmpstr (proposal, ==, "Phase 1");
  g_assert_cmpstr (change, ==, "FISS");
  g_assert_false (reorg_schedule_line_get_link (line, 1, &proposal, NULL));
  reorg_schedule_line_clear_links (line);
  g_assert_true (reorg_savings_schedule_equal (a, b));
  reorg_schedule_line_set_risk (line, "Amber");
  g_assert_cmpstr (reorg_schedule_line_get_risk (line), ==, "Amber");
  g_assert_false (reorg_savings_schedule_equal (a, b));
}

static void
test_json_round_trip (void)
{
  g_autoptr(ReorgPlan) plan = reorg_plan_new ();
  g_autoptr(ReorgSavingsSchedule) s = manchester_lac ();
  g_autoptr(ReorgBudget) b = reorg_budget_new ("Budget", REORG_MONEY_SCALE_THOUSANDS,
                                               REORG_SIGN_CONVENTION_SAVINGS_NEGATIVE);
  g_autoptr(ReorgBudgetRow) row = reorg_budget_row_new ("1", "LAC");
  g_autoptr(ReorgFinancialYear) y = year (2015);
  g_autoptr(GPtrArray) lines = reorg_savings_schedule_get_all_lines (s);
  g_autoptr(ReorgPlan) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL, *again = NULL;
  ReorgMoney m = { 12345 }, zero = { 0 };
  ReorgFte fte = { 465 * REORG_FTE_SCALE };
  ReorgScheduleLine *line = g_ptr_array_index (lines, 1);

  reorg_schedule_line_add_link (line, "Phase 1", "FISS");
  reorg_schedule_line_set_status (line, REORG_MTFS_STATUS_INCLUDED);
  reorg_schedule_line_set_service (line, "LAC");
  reorg_schedule_line_set_risk (line, "Red");
  reorg_schedule_line_set_reference (line, "C&F 1");
  reorg_savings_schedule_set_published_total (s, 1, &zero);
  g_assert_true (reorg_budget_add_year (b, y, NULL));
  reorg_budget_row_set_amount (row, REORG_BUDGET_COLUMN_SAVINGS, 0, &m);
  reorg_budget_row_set_fte (row, REORG_BUDGET_COLUMN_FTE, 0, &fte);
  reorg_budget_row_set_group (row, "Children");
  reorg_budget_row_set_amount (reorg_budget_get_total_row (b, REORG_BUDGET_ANALYSIS_OBJECTIVE),
                               REORG_BUDGET_COLUMN_SAVINGS, 0, &m);
  g_assert_true (reorg_budget_add_row (b, REORG_BUDGET_ANALYSIS_OBJECTIVE, row, NULL));
  g_assert_true (reorg_plan_add_schedule (plan, s, NULL));
  g_assert_true (reorg_plan_add_budget (plan, b, NULL));
  g_assert_false (reorg_plan_add_schedule (plan, s, &error));
  g_assert_error (error, REORG_ERROR, REORG_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_true (reorg_plan_lookup_schedule (plan, "C&F") == s);
  g_assert_true (reorg_plan_lookup_budget (plan, "Budget") == b);
  g_assert_null (reorg_plan_lookup_budget (plan, "C&F"));

  data = reorg_plan_to_data (plan, NULL);
  g_assert_nonnull (strstr (data, "\"schedules\""));
  g_assert_nonnull (strstr (data, "\"scale\" : \"thousands\""));
  back = reorg_plan_new_from_data (data, -1, &error);
  g_assert_no_error (error);
  g_assert_true (reorg_plan_equal (plan, back));
  again = reorg_plan_to_data (back, NULL);
  g_assert_cmpstr (data, ==, again);

  /* absent when empty */
  {
    g_autoptr(ReorgPlan) empty = reorg_plan_new ();
    g_autofree char *text = reorg_plan_to_data (empty, NULL);
    g_assert_null (strstr (text, "schedules"));
    g_assert_null (strstr (text, "budgets"));
  }
}

static void
test_json_errors (void)
{
  const struct { const char *tables; int code; const char *message; } cases[] = {
    { "\"schedules\": [{\"title\": \"S\", \"years\": [\"2015/16\"], \"sections\": [{\"name\": \"A\"}, "
      "{\"name\": \"B\", \"lines\": [{}, {}, {}, {\"amounts\": [\"1.234\"]}]}]}]",
      REORG_ERROR_PARSE, "<data>: schedules[0].sections[1].lines[3]: amounts: [0]: " },
    { "\"schedules\": [{\"title\": \"S\", \"years\": [\"2015/16\"], \"sections\": [{\"lines\": [{\"amounts\": [\"1\", \"2\"]}]}]}]",
      REORG_ERROR_INVALID, "<data>: schedules[0].sections[0].lines[0]: amounts: 2 amounts for 1 years" },
    { "\"schedules\": [{\"title\": \"S\", \"sign\": \"upside-down\", \"years\": []}]",
      REORG_ERROR_INVALID, "<data>: schedules[0]: sign: unknown value" },
    { "\"schedules\": [{\"title\": \"S\", \"years\": [\"2015/16\", \"2015/16\"]}]",
      REORG_ERROR_DUPLICATE, "<data>: schedules[0]: years[1]" },
    { "\"schedules\": [{\"years\": []}]", REORG_ERROR_PARSE, "<data>: schedules[0]: member \"title\" is missing" },
    { "\"schedules\": [{\"title\": \"S\", \"years\": []}, {\"title\": \"S\", \"years\": []}]",
      REORG_ERROR_DUPLICATE, "<data>: schedules[1]: the plan already has" },
    { "\"schedules\": [{\"title\": \"S\", \"years\": [], \"sections\": [{\"lines\": [{\"changes\": [{\"proposal\": \"P\"}]}]}]}]",
      REORG_ERROR_PARSE, "<data>: schedules[0].sections[0].lines[0].changes[0]: member \"change\" is missing" },
    { "\"budgets\": [{\"title\": \"B\", \"years\": [\"2015/16\"], \"objective\": {\"rows\": [{\"fte\": [\"x\"]}]}}]",
      REORG_ERROR_PARSE, "<data>: budgets[0].objective.rows[0]: fte: [0]: " },
    { "\"budgets\": [{\"title\": \"B\", \"years\": [\"2015/16\"], \"objective\": {\"total\": {\"net\": [9]}}}]",
      REORG_ERROR_PARSE, "<data>: budgets[0].objective.total: net: [0]: expected an amount" },
    { "\"budgets\": 3", REORG_ERROR_PARSE, "<data>: budgets: expected an array" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *data = g_strdup_printf ("{\"format\": \"reorg-plan\", \"version\": 1, "
                                               "\"structure\": {\"units\": [], \"posts\": []}, %s}",
                                               cases[i].tables);
      g_autoptr(GError) error = NULL;
      g_autoptr(ReorgPlan) plan = reorg_plan_new_from_data (data, -1, &error);

      g_assert_null (plan);
      g_assert_error (error, REORG_ERROR, cases[i].code);
      if (!g_str_has_prefix (error->message, cases[i].message))
        g_error ("case %u: %s", i, error->message);
    }
}

/* Cells set at a year index past the schedule's years are kept but not
 * used nor saved: a plan saved and loaded back equals itself, and the
 * writer leaves out trailing blanks. */
static void
test_cells_past_years (void)
{
  g_autoptr(ReorgPlan) plan = reorg_plan_new ();
  g_autoptr(ReorgSavingsSchedule) s = reorg_savings_schedule_new ("One year", REORG_MONEY_SCALE_UNITS,
                                                                  REORG_SIGN_CONVENTION_SAVINGS_POSITIVE);
  g_autoptr(ReorgScheduleSection) section = reorg_schedule_section_new ("A");
  g_autoptr(ReorgScheduleLine) past = reorg_schedule_line_new ("1", "past the years");
  g_autoptr(ReorgScheduleLine) trailing = reorg_schedule_line_new ("2", "a trailing blank");
  g_autoptr(ReorgScheduleLine) other = reorg_schedule_line_new ("2", "a trailing blank");
  g_autoptr(ReorgFinancialYear) y0 = year (2015);
  g_autoptr(ReorgPlan) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL, *again = NULL;
  ReorgSavingsSchedule *loaded;
  ReorgMoney m = { 12300 }, n = { 4500 };

  g_assert_true (reorg_savings_schedule_add_year (s, y0, NULL));
  reorg_schedule_line_set_amount (past, 2, &m);
  reorg_schedule_line_set_amount (trailing, 0, &n);
  reorg_schedule_line_set_amount (trailing, 3, &m);
  reorg_schedule_section_set_published_subtotal (section, 2, &m);
  reorg_savings_schedule_set_published_total (s, 3, &m);
  g_assert_true (reorg_schedule_line_get_amount (past, 2)->pence == 12300);   /* kept */
  g_assert_true (reorg_schedule_section_add_line (section, past, NULL));
  g_assert_true (reorg_schedule_section_add_line (section, trailing, NULL));
  g_assert_true (reorg_savings_schedule_add_section (s, section, NULL));
  g_assert_true (reorg_plan_add_schedule (plan, s, NULL));

  data = reorg_plan_to_data (plan, NULL);
  g_assert_null (strstr (data, "null"));
  g_assert_null (strstr (data, "\"totals\""));
  g_assert_null (strstr (data, "\"subtotals\""));
  g_assert_nonnull (strstr (data, "\"amounts\" : [\n"));
  back = reorg_plan_new_from_data (data, -1, &error);
  g_assert_no_error (error);
  loaded = reorg_plan_lookup_schedule (back, "One year");
  g_assert_nonnull (loaded);
  g_assert_true (reorg_savings_schedule_equal (s, loaded));
  g_assert_true (reorg_savings_schedule_equal (loaded, s));
  g_assert_true (reorg_plan_equal (plan, back));
  again = reorg_plan_to_data (back, NULL);
  g_assert_cmpstr (data, ==, again);

  /* a cell within the years still counts */
  reorg_savings_schedule_set_published_total (s, 0, &m);
  g_assert_false (reorg_savings_schedule_equal (s, loaded));
  reorg_savings_schedule_set_published_total (s, 0, NULL);
  g_assert_true (reorg_savings_schedule_equal (s, loaded));

  /* standalone lines have no years: every cell is compared, and a blank
   * cell equals an absent one */
  g_assert_false (reorg_schedule_line_equal (trailing, other));
  reorg_schedule_line_set_amount (other, 0, &n);
  reorg_schedule_line_set_amount (other, 3, &m);
  reorg_schedule_line_set_amount (other, 5, &m);
  reorg_schedule_line_set_amount (other, 5, NULL);
  g_assert_true (reorg_schedule_line_equal (trailing, other));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/schedule/subtotals", test_subtotals);
  g_test_add_func ("/schedule/blank-not-zero", test_blank_not_zero);
  g_test_add_func ("/schedule/sign-negative", test_sign_negative);
  g_test_add_func ("/schedule/overflow", test_overflow);
  g_test_add_func ("/schedule/tree-errors", test_tree_errors);
  g_test_add_func ("/schedule/links-and-equal", test_links_and_equal);
  g_test_add_func ("/schedule/json-round-trip", test_json_round_trip);
  g_test_add_func ("/schedule/json-errors", test_json_errors);
  g_test_add_func ("/schedule/cells-past-years", test_cells_past_years);
  return g_test_run ();
}
