/* test-table.c: tables pasted from committee reports
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "reorg-private.h"

#include <string.h>

static ReorgTable *
load (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "tables", name, NULL);
  ReorgTable *table = reorg_table_new_from_file (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (table);
  return table;
}

static ReorgTable *
parse (const char *text)
{
  g_autoptr(GError) error = NULL;
  ReorgTable *table = reorg_table_parse (text, -1, &error);

  g_assert_no_error (error);
  g_assert_nonnull (table);
  return table;
}

#define assert_pence(table, row, column, expected) \
  G_STMT_START { \
    g_autoptr(ReorgMoney) m_ = reorg_table_get_money ((table), (row), (column)); \
    g_assert_nonnull (m_); \
    g_assert_cmpint (m_->pence, ==, (expected)); \
  } G_STMT_END

static void
assert_year (ReorgTable *table,
             guint       column,
             const char *label)
{
  g_autoptr(ReorgFinancialYear) year = reorg_table_get_column_year (table, column);

  if (label == NULL)
    g_assert_null (year);
  else
    {
      g_autofree char *text = NULL;

      g_assert_nonnull (year);
      text = reorg_financial_year_get_label (year);
      g_assert_cmpstr (text, ==, label);
      g_assert_cmpint (reorg_financial_year_get_start_month (year), ==, reorg_table_get_start_month (table));
    }
}

static void
assert_fte (ReorgTable *table,
            guint       row,
            guint       column,
            gint64      units)
{
  g_autoptr(ReorgFte) fte = reorg_table_get_fte (table, row, column);

  g_assert_nonnull (fte);
  g_assert_cmpint (fte->units, ==, units);
}

/* Harrow: savings as negative numbers, blank cells, `£,000` in a second header row. */
static void
test_harrow (void)
{
  g_autoptr(ReorgTable) t = load ("harrow-savings.tsv");
  static const gint64 phase1[] = { 0, -914, -345, -1259 };

  g_assert_cmpuint (reorg_table_get_n_rows (t), ==, 7);
  g_assert_cmpuint (reorg_table_get_n_columns (t), ==, 5);
  g_assert_cmpuint (reorg_table_get_n_header_rows (t), ==, 2);
  g_assert_cmpuint (reorg_table_get_label_column (t), ==, 0);
  g_assert_cmpint (reorg_table_get_row_kind (t, 0), ==, REORG_TABLE_ROW_HEADER);
  g_assert_cmpint (reorg_table_get_row_kind (t, 1), ==, REORG_TABLE_ROW_HEADER);
  for (guint r = 2; r < 6; r++)
    g_assert_cmpint (reorg_table_get_row_kind (t, r), ==, REORG_TABLE_ROW_DATA);
  g_assert_cmpint (reorg_table_get_row_kind (t, 6), ==, REORG_TABLE_ROW_TOTAL);
  g_assert_cmpstr (reorg_table_get_row_label (t, 6), ==, "Estimated Savings – Phase 1");

  g_assert_cmpint (reorg_table_get_column_kind (t, 0), ==, REORG_TABLE_COLUMN_LABEL);
  for (guint c = 1; c < 5; c++)
    {
      g_assert_cmpint (reorg_table_get_column_kind (t, c), ==, REORG_TABLE_COLUMN_MONEY);
      g_assert_cmpint (reorg_table_get_column_scale (t, c), ==, REORG_MONEY_SCALE_THOUSANDS);
    }
  assert_year (t, 0, NULL);
  assert_year (t, 1, "2011/12");
  assert_year (t, 2, "2012/13");
  assert_year (t, 3, "2013/14");
  assert_year (t, 4, NULL);
  g_assert_cmpstr (reorg_table_get_column_title (t, 4), ==, "Total £,000");

  g_assert_cmpint (reorg_table_get_cell_kind (t, 0, 1), ==, REORG_TABLE_CELL_YEAR);
  g_assert_cmpint (reorg_table_get_cell_kind (t, 1, 1), ==, REORG_TABLE_CELL_SCALE);
  g_assert_cmpint (reorg_table_get_cell_kind (t, 0, 4), ==, REORG_TABLE_CELL_TEXT);

  /* Staffing Restructure – New to MTFS: blank, -312, -140, -452 */
  g_assert_cmpint (reorg_table_get_cell_kind (t, 2, 1), ==, REORG_TABLE_CELL_EMPTY);
  g_assert_null (reorg_table_get_money (t, 2, 1));
  assert_pence (t, 2, 2, -31200000);
  assert_pence (t, 2, 3, -14000000);
  assert_pence (t, 2, 4, -45200000);
  assert_pence (t, 3, 2, -10000000);
  g_assert_cmpint (reorg_table_get_cell_kind (t, 3, 3), ==, REORG_TABLE_CELL_EMPTY);
  assert_pence (t, 3, 4, -10000000);
  assert_pence (t, 4, 2, -30000000);
  assert_pence (t, 5, 2, -20200000);
  assert_pence (t, 5, 3, -20500000);
  assert_pence (t, 5, 4, -40700000);

  /* Estimated Savings – Phase 1: 0 -914 -345 -1,259, a zero and not a blank */
  for (guint c = 1; c < 5; c++)
    {
      gint64 value;
      guint decimals;

      assert_pence (t, 6, c, phase1[c - 1] * 100000);
      g_assert_true (reorg_table_get_number (t, 6, c, &value, &decimals));
      g_assert_cmpint (value, ==, phase1[c - 1]);
      g_assert_cmpuint (decimals, ==, 0);
    }
  g_assert_cmpint (reorg_table_get_cell_kind (t, 6, 1), ==, REORG_TABLE_CELL_MONEY);

  /* The lines add up to the published totals, exactly. */
  for (guint c = 2; c < 5; c++)
    {
      gint64 sum = 0;

      for (guint r = 2; r < 6; r++)
        {
          g_autoptr(ReorgMoney) m = reorg_table_get_money (t, r, c);

          if (m != NULL)
            sum += m->pence;
        }
      assert_pence (t, 6, c, sum);
    }

  g_assert_cmpuint (reorg_table_get_n_problems (t), ==, 0);
  g_assert_true (reorg_table_check (t, NULL));
}

/* Manchester 2015: section headings, subtotals, brackets, `<u>` markup. */
static void
test_manchester_schedule (void)
{
  g_autoptr(ReorgTable) t = load ("manchester-2015-schedule.tsv");

  g_assert_cmpuint (reorg_table_get_n_rows (t), ==, 22);
  g_assert_cmpuint (reorg_table_get_n_columns (t), ==, 4);
  g_assert_cmpuint (reorg_table_get_n_header_rows (t), ==, 3);
  assert_year (t, 1, "2015/16");
  assert_year (t, 2, "2016/17");
  assert_year (t, 3, NULL);
  for (guint c = 1; c < 4; c++)
    g_assert_cmpint (reorg_table_get_column_scale (t, c), ==, REORG_MONEY_SCALE_THOUSANDS);

  g_assert_cmpint (reorg_table_get_row_kind (t, 3), ==, REORG_TABLE_ROW_SECTION);
  g_assert_cmpstr (reorg_table_get_row_label (t, 3), ==, "LOOKED AFTER CHILDREN (LAC) AND COMPLEX DEPENDENCY");
  g_assert_cmpint (reorg_table_get_row_kind (t, 4), ==, REORG_TABLE_ROW_SECTION);
  g_assert_cmpstr (reorg_table_get_row_label (t, 4), ==,
                   "Looked After Children (savings from first year impact of investment)");
  g_assert_true (reorg_table_get_emphasised (t, 4, 0));
  g_assert_false (reorg_table_get_emphasised (t, 3, 0));
  g_assert_cmpint (reorg_table_get_row_section (t, 3), ==, -1);
  g_assert_cmpuint (reorg_table_get_section_level (t, 3), ==, 1);
  g_assert_cmpint (reorg_table_get_row_section (t, 4), ==, 3);
  g_assert_cmpuint (reorg_table_get_section_level (t, 4), ==, 2);
  g_assert_cmpint (reorg_table_get_row_section (t, 5), ==, 4);
  g_assert_cmpuint (reorg_table_get_section_level (t, 5), ==, 0);
  g_assert_cmpint (reorg_table_get_row_section (t, 12), ==, 3);
  g_assert_cmpuint (reorg_table_get_section_level (t, 12), ==, 2);
  g_assert_cmpint (reorg_table_get_row_section (t, 13), ==, 12);
  g_assert_cmpint (reorg_table_get_row_section (t, 21), ==, 12);

  /* Use of reserve: 2,363, blank, 2,363 */
  assert_pence (t, 8, 1, 236300000);
  g_assert_cmpint (reorg_table_get_cell_kind (t, 8, 2), ==, REORG_TABLE_CELL_EMPTY);
  assert_pence (t, 8, 3, 236300000);

  g_assert_cmpint (reorg_table_get_row_kind (t, 9), ==, REORG_TABLE_ROW_TOTAL);     /* Sub Total Savings */
  assert_pence (t, 9, 1, 490600000);
  g_assert_cmpint (reorg_table_get_row_kind (t, 10), ==, REORG_TABLE_ROW_DATA);     /* Adjustment (3,215) */
  assert_pence (t, 10, 1, -321500000);
  assert_pence (t, 10, 2, 0);
  assert_pence (t, 10, 3, -321500000);
  g_assert_cmpint (reorg_table_get_row_kind (t, 11), ==, REORG_TABLE_ROW_TOTAL);    /* Subtotal LAC */
  assert_pence (t, 11, 1, 169100000);
  g_assert_cmpint (reorg_table_get_row_kind (t, 12), ==, REORG_TABLE_ROW_SECTION);
  g_assert_cmpstr (reorg_table_get_row_label (t, 12), ==, "Other LAC/Complex Dependency");
  assert_pence (t, 13, 2, 30000000);
  g_assert_cmpint (reorg_table_get_row_kind (t, 20), ==, REORG_TABLE_ROW_TOTAL);
  assert_pence (t, 20, 3, 591500000);
  g_assert_cmpint (reorg_table_get_row_kind (t, 21), ==, REORG_TABLE_ROW_TOTAL);
  g_assert_cmpstr (reorg_table_get_row_label (t, 21), ==, "TOTAL LAC AND COMPLEX DEPENDENCY");
  assert_pence (t, 21, 1, 730600000);
  assert_pence (t, 21, 2, 30000000);
  assert_pence (t, 21, 3, 760600000);

  /* 4,906 - 3,215 = 1,691 as printed */
  {
    g_autoptr(ReorgMoney) a = reorg_table_get_money (t, 9, 1);
    g_autoptr(ReorgMoney) b = reorg_table_get_money (t, 10, 1);
    g_autoptr(ReorgMoney) sum = reorg_money_add (a, b, NULL);

    assert_pence (t, 11, 1, sum->pence);
  }
  g_assert_cmpuint (reorg_table_get_n_problems (t), ==, 0);
}

/* A later Manchester page: repeated headers, a section closed by its own
 * name, `(450)` reversing in a later year, `<i>` inside a cell. */
static void
test_manchester_pages (void)
{
  static const char text[] =
    "\t2015/16\t2016/17\tTotal\n"
    "\t£,000\t£,000\t£,000\n"
    "LEARNING DISABILITY SERVICES\t\t\t\n"
    "Contract savings from negotiations with providers\t1,250\t0\t1,250\n"
    "LEARNING DISABILITY SERVICES\t3,200\t1,089\t4,289\n"
    "\n"
    "\t2015/16\t2016/17\tTotal\n"
    "\t£,000\t£,000\t£,000\n"
    "MCC Provided Respite Care - All Age Disability <i>strategy and</i> externalise\t475\t0\t475\n"
    "Advice Services - Use of reserve to support implementation of revised service\t450\t(450)\t0\n"
    "Subtotal Vol &amp; Community Sector Services\t2,973\t(240)\t2,733\n";
  g_autoptr(ReorgTable) t = parse (text);

  g_assert_cmpuint (reorg_table_get_n_rows (t), ==, 11);
  g_assert_cmpuint (reorg_table_get_n_header_rows (t), ==, 2);
  g_assert_cmpint (reorg_table_get_row_kind (t, 2), ==, REORG_TABLE_ROW_SECTION);
  g_assert_cmpint (reorg_table_get_row_kind (t, 3), ==, REORG_TABLE_ROW_DATA);
  g_assert_cmpint (reorg_table_get_row_kind (t, 4), ==, REORG_TABLE_ROW_TOTAL);
  g_assert_cmpint (reorg_table_get_row_kind (t, 5), ==, REORG_TABLE_ROW_BLANK);
  g_assert_cmpint (reorg_table_get_row_kind (t, 6), ==, REORG_TABLE_ROW_HEADER);
  g_assert_cmpint (reorg_table_get_row_kind (t, 7), ==, REORG_TABLE_ROW_HEADER);
  g_assert_cmpint (reorg_table_get_row_kind (t, 8), ==, REORG_TABLE_ROW_DATA);
  g_assert_cmpstr (reorg_table_get_text (t, 8, 0), ==,
                   "MCC Provided Respite Care - All Age Disability strategy and externalise");
  assert_pence (t, 9, 1, 45000000);
  assert_pence (t, 9, 2, -45000000);
  assert_pence (t, 9, 3, 0);
  g_assert_cmpint (reorg_table_get_row_kind (t, 10), ==, REORG_TABLE_ROW_TOTAL);
  g_assert_cmpstr (reorg_table_get_row_label (t, 10), ==, "Subtotal Vol & Community Sector Services");
  assert_pence (t, 10, 2, -24000000);
  g_assert_cmpuint (reorg_table_get_n_problems (t), ==, 0);
}

/* Birmingham: `2010 / 11 Total Current Budget £000's` and FTE columns. */
static void
test_birmingham_budget (void)
{
  g_autoptr(ReorgTable) t = load ("birmingham-budget.tsv");
  static const gint64 budget[][4] = {
    { 71992, 1617, 66569, 1404 },
    { 37493, 277, 35243, 189 },
    { 36130, 852, 34178, 763 },
    { 19733, 461, 18434, 403 },
    { 52261, 838, 50263, 533 },
    { 217609, 4045, 204687, 3292 },
  };

  g_assert_cmpuint (reorg_table_get_n_header_rows (t), ==, 1);
  g_assert_cmpint (reorg_table_get_column_kind (t, 1), ==, REORG_TABLE_COLUMN_MONEY);
  g_assert_cmpint (reorg_table_get_column_scale (t, 1), ==, REORG_MONEY_SCALE_THOUSANDS);
  g_assert_cmpint (reorg_table_get_column_kind (t, 2), ==, REORG_TABLE_COLUMN_NUMBER);
  g_assert_cmpint (reorg_table_get_column_kind (t, 3), ==, REORG_TABLE_COLUMN_MONEY);
  g_assert_cmpint (reorg_table_get_column_kind (t, 4), ==, REORG_TABLE_COLUMN_NUMBER);
  assert_year (t, 1, "2010/11");
  assert_year (t, 2, NULL);
  assert_year (t, 3, "2011/12");
  g_assert_cmpint (reorg_table_get_cell_kind (t, 0, 1), ==, REORG_TABLE_CELL_YEAR);

  for (guint r = 1; r < 7; r++)
    {
      g_assert_cmpint (reorg_table_get_row_kind (t, r), ==,
                       r == 6 ? REORG_TABLE_ROW_TOTAL : REORG_TABLE_ROW_DATA);
      assert_pence (t, r, 1, budget[r - 1][0] * 100000);
      assert_fte (t, r, 2, budget[r - 1][1] * REORG_FTE_SCALE);
      assert_pence (t, r, 3, budget[r - 1][2] * 100000);
      assert_fte (t, r, 4, budget[r - 1][3] * REORG_FTE_SCALE);
      g_assert_null (reorg_table_get_money (t, r, 2));
      g_assert_cmpint (reorg_table_get_cell_kind (t, r, 2), ==, REORG_TABLE_CELL_NUMBER);
    }

  /* Overrides: the FTE columns take the years of their budgets. */
  {
    g_autoptr(ReorgFinancialYear) y = reorg_table_get_column_year (t, 1);

    reorg_table_set_column_year (t, 2, y);
    assert_year (t, 2, "2010/11");
    reorg_table_set_column_year (t, 2, NULL);
    assert_year (t, 2, NULL);
  }
}

/* Birmingham's need table: counts, no money, no years. */
static void
test_birmingham_need (void)
{
  g_autoptr(ReorgTable) t = load ("birmingham-need.tsv");
  gint64 value;
  guint decimals;

  g_assert_cmpuint (reorg_table_get_n_header_rows (t), ==, 1);
  for (guint c = 1; c < 5; c++)
    {
      g_assert_cmpint (reorg_table_get_column_kind (t, c), ==, REORG_TABLE_COLUMN_NUMBER);
      assert_year (t, c, NULL);
    }
  g_assert_cmpstr (reorg_table_get_column_title (t, 1), ==, "Universal Level 1");
  g_assert_true (reorg_table_get_number (t, 5, 1, &value, &decimals));
  g_assert_cmpint (value, ==, 268921);
  g_assert_cmpuint (decimals, ==, 0);
  g_assert_cmpint (reorg_table_get_row_kind (t, 5), ==, REORG_TABLE_ROW_TOTAL);
  g_assert_cmpstr (reorg_table_get_row_label (t, 5), ==, "Birmingham Total");
  g_assert_null (reorg_table_get_money (t, 5, 1));
}

/* Manchester's three-year budget: years spanning three columns each. */
static void
test_manchester_budget (void)
{
  g_autoptr(ReorgTable) t = load ("manchester-2015-budget.tsv");
  static const char *years[] = { "2014/15", "2015/16", "2016/17" };

  g_assert_cmpuint (reorg_table_get_n_header_rows (t), ==, 2);
  for (guint c = 1; c < 10; c++)
    {
      assert_year (t, c, years[(c - 1) / 3]);
      g_assert_cmpint (reorg_table_get_column_kind (t, c), ==,
                       c % 3 == 0 ? REORG_TABLE_COLUMN_NUMBER : REORG_TABLE_COLUMN_MONEY);
    }
  assert_pence (t, 12, 1, G_GINT64_CONSTANT (72365900000));
  assert_pence (t, 12, 2, G_GINT64_CONSTANT (29236100000));
  assert_fte (t, 12, 3, 2996 * REORG_FTE_SCALE);
  assert_pence (t, 12, 5, G_GINT64_CONSTANT (27293200000));
  assert_pence (t, 12, 8, G_GINT64_CONSTANT (27145900000));
}

/* The reconciliation: `Net Budget 2015/16 0` lost its `£000`, the other
 * headings give it. Savings in brackets. */
static void
test_manchester_reconciliation (void)
{
  g_autoptr(ReorgTable) t = load ("manchester-2015-reconciliation.tsv");

  assert_year (t, 1, "2014/15");
  assert_year (t, 2, "2015/16");
  assert_year (t, 3, "2015/16");
  assert_year (t, 4, "2015/16");
  assert_year (t, 7, "2016/17");
  for (guint c = 1; c < 8; c++)
    g_assert_cmpint (reorg_table_get_column_scale (t, c), ==, REORG_MONEY_SCALE_THOUSANDS);
  assert_pence (t, 12, 3, G_GINT64_CONSTANT (-3869200000));
  assert_pence (t, 12, 4, G_GINT64_CONSTANT (27293200000));
  assert_pence (t, 8, 6, 24000000);
  assert_pence (t, 4, 5, -29800000);
}

/* Percentages and counts; text in a column of numbers is a problem. */
static void
test_manchester_performance (void)
{
  g_autoptr(ReorgTable) t = load ("manchester-2015-performance.tsv");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  const ReorgTableProblem *problem;
  gint64 value;
  guint decimals;

  g_assert_cmpint (reorg_table_get_cell_kind (t, 1, 2), ==, REORG_TABLE_CELL_PERCENTAGE);
  g_assert_true (reorg_table_get_number (t, 1, 2, &value, &decimals));
  g_assert_cmpint (value, ==, 6159);
  g_assert_cmpuint (decimals, ==, 2);
  g_assert_true (reorg_table_get_number (t, 13, 2, &value, &decimals));
  g_assert_cmpint (value, ==, 849);
  assert_fte (t, 13, 2, 84900);

  g_assert_cmpuint (reorg_table_get_n_problems (t), ==, 1);
  problem = reorg_table_get_problem (t, 0);
  g_assert_cmpuint (problem->row, ==, 11);
  g_assert_cmpuint (problem->column, ==, 6);
  g_assert_true (g_str_has_prefix (problem->text, "This measure covers"));
  g_assert_nonnull (strstr (problem->message, "manchester-2015-performance.tsv: row 12, column 7 (April): “This measure"));
  problems = reorg_table_get_problems (t);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_false (reorg_table_check (t, &error));
  g_assert_error (error, REORG_ERROR, REORG_ERROR_PARSE);
}

/* Strict reading: the error names the row and the column. */
static void
test_problems (void)
{
  g_autoptr(ReorgTable) t = parse ("\t2015/16\t2016/17\n"
                                   "\t£,000\t£,000\n"
                                   "Line one\t100\t200\n"
                                   "Line two\t1.5\tn/a\n"
                                   "Line three\t12,3x4\t-\n"
                                   "Line four\t1.234567\t–\n");
  g_autoptr(GError) error = NULL;
  const ReorgTableProblem *p;

  g_assert_cmpuint (reorg_table_get_n_problems (t), ==, 3);
  p = reorg_table_get_problem (t, 0);
  g_assert_cmpuint (p->row, ==, 3);
  g_assert_cmpuint (p->column, ==, 2);
  g_assert_cmpstr (p->message, ==, "table: row 4, column 3 (2016/17): “n/a” is not an amount of money");
  p = reorg_table_get_problem (t, 1);
  g_assert_cmpstr (p->message, ==, "table: row 5, column 2 (2015/16): “12,3x4” is not an amount of money");
  p = reorg_table_get_problem (t, 2);
  g_assert_cmpuint (p->row, ==, 5);
  g_assert_nonnull (strstr (p->message, "fraction of a penny"));

  assert_pence (t, 3, 1, 150000);         /* 1.5 thousand pounds */
  assert_pence (t, 4, 2, 0);              /* a dash is zero */
  g_assert_cmpstr (reorg_table_get_text (t, 4, 2), ==, "-");
  assert_pence (t, 5, 2, 0);
  g_assert_cmpint (reorg_table_get_cell_kind (t, 3, 2), ==, REORG_TABLE_CELL_TEXT);

  g_assert_false (reorg_table_check (t, &error));
  g_assert_error (error, REORG_ERROR, REORG_ERROR_PARSE);
  g_assert_cmpstr (error->message, ==,
                   "table: row 4, column 3 (2016/17): “n/a” is not an amount of money (and 2 more problems)");

  /* Made a text column, it has no problems. */
  reorg_table_set_column_kind (t, 2, REORG_TABLE_COLUMN_TEXT);
  g_assert_cmpuint (reorg_table_get_n_problems (t), ==, 2);
  reorg_table_reset_overrides (t);
  g_assert_cmpuint (reorg_table_get_n_problems (t), ==, 3);
}

/* CRLF, CR, a BOM, trailing tabs, markup and entities. */
static void
test_cleaning (void)
{
  g_autoptr(ReorgTable) t = parse ("\xef\xbb\xbf\t2015/16\t\t\r\n"
                                   "\t£000\t\t\r\n"
                                   "<strong>Heading &amp; more</strong>\t\t\r"
                                   "  A&nbsp;line <br> two \t 1,259 \t\t\t\r\n"
                                   "Total\t1,259\r\n\r\n\r\n");

  g_assert_cmpuint (reorg_table_get_n_rows (t), ==, 5);
  g_assert_cmpuint (reorg_table_get_n_columns (t), ==, 2);
  g_assert_cmpstr (reorg_table_get_text (t, 0, 1), ==, "2015/16");
  g_assert_cmpstr (reorg_table_get_text (t, 2, 0), ==, "Heading & more");
  g_assert_true (reorg_table_get_emphasised (t, 2, 0));
  g_assert_cmpint (reorg_table_get_row_kind (t, 2), ==, REORG_TABLE_ROW_SECTION);
  g_assert_cmpstr (reorg_table_get_text (t, 3, 0), ==, "A line two");
  g_assert_cmpstr (reorg_table_get_text (t, 3, 1), ==, "1,259");
  assert_pence (t, 3, 1, 125900000);
  g_assert_cmpint (reorg_table_get_row_kind (t, 4), ==, REORG_TABLE_ROW_TOTAL);
  g_assert_cmpint (reorg_table_get_row_section (t, 4), ==, 2);

  /* Text that only looks like markup stays. */
  {
    g_autoptr(ReorgTable) u = parse ("a <5% b & c\t1\n");

    g_assert_cmpstr (reorg_table_get_text (u, 0, 0), ==, "a <5% b & c");
  }
}

static void
test_numbers (void)
{
  g_autoptr(ReorgTable) t = parse ("Item\tFTE\tCost\n"
                                   "A\t18.5\t£65,000\n"
                                   "B\t1,617\t£4.8m\n"
                                   "C\t0.810810811\t£552k\n"
                                   "D\t-\t(£3,215)\n"
                                   "E\t−2\t-£1.50\n");

  g_assert_cmpint (reorg_table_get_column_kind (t, 1), ==, REORG_TABLE_COLUMN_NUMBER);
  g_assert_cmpint (reorg_table_get_column_kind (t, 2), ==, REORG_TABLE_COLUMN_MONEY);
  g_assert_cmpint (reorg_table_get_column_scale (t, 2), ==, REORG_MONEY_SCALE_UNITS);
  assert_fte (t, 1, 1, 185000);
  assert_fte (t, 2, 1, 16170000);
  assert_fte (t, 3, 1, 8108);
  assert_fte (t, 4, 1, 0);
  assert_fte (t, 5, 1, -20000);
  assert_pence (t, 1, 2, 6500000);
  assert_pence (t, 2, 2, 480000000);
  assert_pence (t, 3, 2, 55200000);
  assert_pence (t, 4, 2, -321500);
  assert_pence (t, 5, 2, -150);

  /* A scale set by hand: these are millions. */
  reorg_table_set_column_scale (t, 1, REORG_MONEY_SCALE_MILLIONS);
  g_assert_cmpint (reorg_table_get_column_kind (t, 1), ==, REORG_TABLE_COLUMN_MONEY);
  assert_pence (t, 1, 1, 1850000000);
  g_assert_null (reorg_table_get_fte (t, 1, 1));
  reorg_table_set_column_kind (t, 1, REORG_TABLE_COLUMN_NUMBER);
  assert_fte (t, 1, 1, 185000);
}

static void
test_overrides (void)
{
  g_autoptr(ReorgTable) t = parse ("Title row\n"
                                   "Year\t2015\t2016\n"
                                   "Line\t10\t20\n"
                                   "Net cost\t30\t40\n");

  /* Calendar years are not found while years start in April. */
  assert_year (t, 1, NULL);
  reorg_table_set_start_month (t, G_DATE_JANUARY);
  g_assert_cmpint (reorg_table_get_start_month (t), ==, G_DATE_JANUARY);
  /* "2015" is a figure: the row is data until the headers are set. */
  reorg_table_set_n_header_rows (t, 2);
  g_assert_cmpuint (reorg_table_get_n_header_rows (t), ==, 2);
  g_assert_cmpint (reorg_table_get_row_kind (t, 1), ==, REORG_TABLE_ROW_HEADER);
  assert_year (t, 1, "2015");
  assert_year (t, 2, "2016");
  g_assert_cmpint (reorg_table_get_row_kind (t, 3), ==, REORG_TABLE_ROW_TOTAL);
  reorg_table_set_row_kind (t, 3, REORG_TABLE_ROW_DATA);
  g_assert_cmpint (reorg_table_get_row_kind (t, 3), ==, REORG_TABLE_ROW_DATA);
  reorg_table_set_label_column (t, 1);
  g_assert_cmpuint (reorg_table_get_label_column (t), ==, 1);
  g_assert_cmpint (reorg_table_get_column_kind (t, 1), ==, REORG_TABLE_COLUMN_LABEL);
  reorg_table_reset_overrides (t);
  g_assert_cmpuint (reorg_table_get_label_column (t), ==, 0);
  g_assert_cmpint (reorg_table_get_row_kind (t, 3), ==, REORG_TABLE_ROW_TOTAL);
}

static void
test_markdown (void)
{
  g_autoptr(ReorgTable) t = parse ("| | 2011/12 | 2012/13 |\n"
                                   "|---|---:|---:|\n"
                                   "| Savings | £,000 | £,000 |\n"
                                   "| Staffing | | -312 |\n"
                                   "| Total | 0 | -312 |\n");

  g_assert_cmpuint (reorg_table_get_n_columns (t), ==, 3);
  g_assert_cmpint (reorg_table_get_row_kind (t, 1), ==, REORG_TABLE_ROW_BLANK);
  g_assert_cmpint (reorg_table_get_row_kind (t, 2), ==, REORG_TABLE_ROW_HEADER);
  g_assert_cmpint (reorg_table_get_column_scale (t, 2), ==, REORG_MONEY_SCALE_THOUSANDS);
  assert_year (t, 2, "2012/13");
  assert_pence (t, 3, 2, -31200000);
  assert_pence (t, 4, 1, 0);
  g_assert_cmpint (reorg_table_get_row_kind (t, 4), ==, REORG_TABLE_ROW_TOTAL);
}

static void
test_empty (void)
{
  g_autoptr(ReorgTable) a = parse ("");
  g_autoptr(ReorgTable) b = parse ("\n\n\t\t\n");
  g_autoptr(ReorgTable) c = reorg_table_parse (NULL, 0, NULL);
  g_autoptr(ReorgTable) d = parse ("Only text\tand more\nno figures\there\n");

  g_assert_cmpuint (reorg_table_get_n_rows (a), ==, 0);
  g_assert_cmpuint (reorg_table_get_n_columns (a), ==, 0);
  g_assert_cmpuint (reorg_table_get_n_rows (b), ==, 0);
  g_assert_nonnull (c);
  g_assert_cmpuint (reorg_table_get_n_header_rows (d), ==, 1);
  g_assert_cmpint (reorg_table_get_row_kind (d, 1), ==, REORG_TABLE_ROW_DATA);
  g_assert_cmpint (reorg_table_get_column_kind (d, 1), ==, REORG_TABLE_COLUMN_TEXT);
}

static void
test_bad_input (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ReorgTable) t = NULL;
  static const char nul[] = "a\t1\nb\0c\t2\n";

  t = reorg_table_parse ("A\t1\nB\t2\n\xff\xfe\t3\n", -1, &error);
  g_assert_null (t);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_PARSE);
  g_assert_cmpstr (error->message, ==, "table: line 3 is not valid UTF-8 text");
  g_clear_error (&error);

  t = reorg_table_parse (nul, sizeof nul - 1, &error);
  g_assert_null (t);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_PARSE);
  g_assert_cmpstr (error->message, ==, "table: line 2 is not valid UTF-8 text");
  g_clear_error (&error);

  t = reorg_table_new_from_file ("/nonexistent/table.tsv", &error);
  g_assert_null (t);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_IO);
  g_clear_error (&error);

  /* Huge figures are text, not a crash. */
  t = parse ("\t£000\nA\t1\nB\t99999999999999999999\nC\t9,999,999,999,999,999\n");
  assert_pence (t, 1, 1, 100000);
  g_assert_cmpint (reorg_table_get_cell_kind (t, 2, 1), ==, REORG_TABLE_CELL_TEXT);
  g_assert_cmpint (reorg_table_get_cell_kind (t, 3, 1), ==, REORG_TABLE_CELL_TEXT);
  g_assert_cmpuint (reorg_table_get_n_problems (t), ==, 2);
  g_assert_nonnull (strstr (reorg_table_get_problem (t, 1)->message, "too large"));
}

static void
exercise (ReorgTable *t)
{
  guint nr = reorg_table_get_n_rows (t), nc = reorg_table_get_n_columns (t);

  for (guint r = 0; r < nr; r++)
    {
      (void) reorg_table_get_row_kind (t, r);
      (void) reorg_table_get_row_label (t, r);
      (void) reorg_table_get_row_section (t, r);
      for (guint c = 0; c < nc; c++)
        {
          g_autoptr(ReorgMoney) m = reorg_table_get_money (t, r, c);
          g_autoptr(ReorgFte) f = reorg_table_get_fte (t, r, c);
          gint64 v;
          guint d;

          g_assert_true (g_utf8_validate (reorg_table_get_text (t, r, c), -1, NULL));
          (void) reorg_table_get_number (t, r, c, &v, &d);
          (void) reorg_table_get_cell_kind (t, r, c);
        }
    }
  for (guint c = 0; c < nc; c++)
    {
      g_autoptr(ReorgFinancialYear) y = reorg_table_get_column_year (t, c);

      (void) reorg_table_get_column_title (t, c);
      (void) reorg_table_get_column_scale (t, c);
    }
  for (guint i = 0; i < reorg_table_get_n_problems (t); i++)
    g_assert_true (g_utf8_validate (reorg_table_get_problem (t, i)->message, -1, NULL));
}

/* Random bytes, random table-like text and every truncation of the seeds:
 * an error or a table, never a crash. */
static void
test_fuzz (void)
{
  static const char alphabet[] = "\t\n\r ,.()-£%0123456789/<u>&amp;Total2015/16£,000ab|\xe2\x80\x93\xc2\xa0";
  g_autoptr(GRand) rand = g_rand_new_with_seed (20150401);
  const char *files[] = { "harrow-savings.tsv", "manchester-2015-schedule.tsv", "birmingham-budget.tsv" };

  for (guint i = 0; i < 2000; i++)
    {
      guint len = g_rand_int_range (rand, 0, 200);
      g_autofree char *buf = g_malloc (len + 1);
      g_autoptr(GError) error = NULL;
      g_autoptr(ReorgTable) t = NULL;

      for (guint j = 0; j < len; j++)
        buf[j] = i % 2 ? (char) g_rand_int_range (rand, 0, 256)
                       : alphabet[g_rand_int_range (rand, 0, sizeof alphabet - 1)];
      buf[len] = '\0';
      t = reorg_table_parse (buf, len, &error);
      g_assert_true ((t == NULL) != (error == NULL));
      if (t != NULL)
        exercise (t);
    }

  for (guint f = 0; f < G_N_ELEMENTS (files); f++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "tables", files[f], NULL);
      g_autofree char *contents = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      for (gsize cut = 0; cut <= length; cut += (f == 1 ? 7 : 1))
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(ReorgTable) t = reorg_table_parse (contents, cut, &error);

          g_assert_true ((t == NULL) != (error == NULL));
          if (t != NULL)
            exercise (t);
        }
    }
}

static void
test_types (void)
{
  ReorgTableProblem problem = { 1, 2, (char *) "x", (char *) "m" };
  g_autoptr(ReorgTableProblem) copy = reorg_table_problem_copy (&problem);

  g_assert_true (g_type_is_a (REORG_TYPE_TABLE_PROBLEM, G_TYPE_BOXED));
  g_assert_true (g_type_is_a (REORG_TYPE_TABLE, G_TYPE_OBJECT));
  g_assert_cmpuint (copy->row, ==, 1);
  g_assert_cmpuint (copy->column, ==, 2);
  g_assert_cmpstr (copy->text, ==, "x");
  g_assert_cmpstr (copy->message, ==, "m");
  g_assert_true (G_TYPE_IS_ENUM (reorg_table_cell_kind_get_type ()));
  g_assert_true (G_TYPE_IS_ENUM (reorg_table_row_kind_get_type ()));
  g_assert_true (G_TYPE_IS_ENUM (reorg_table_column_kind_get_type ()));
  reorg_table_problem_free (NULL);
}

/* ---- Tables as savings schedules and budgets ---- */

/* The number of items of a list model returned in full, which it drops. */
static guint
n_items (GListModel *model)
{
  guint n = g_list_model_get_n_items (model);

  g_object_unref (model);
  return n;
}

static ReorgScheduleSection *
get_section (GListModel *model,
             guint       index,
             const char *name)
{
  ReorgScheduleSection *section = g_list_model_get_item (model, index);

  g_assert_nonnull (section);
  g_assert_cmpstr (reorg_schedule_section_get_name (section), ==, name);
  g_object_unref (section);   /* still held by its parent */
  g_object_unref (model);     /* given in full */
  return section;
}

static ReorgScheduleSection *
top_section (ReorgSavingsSchedule *schedule,
             guint                 index,
             const char           *name)
{
  return get_section (reorg_savings_schedule_get_sections (schedule), index, name);
}

static ReorgScheduleSection *
child_section (ReorgScheduleSection *parent,
               guint                 index,
               const char           *name)
{
  return get_section (reorg_schedule_section_get_sections (parent), index, name);
}

static ReorgTable *
load_example (const char *report,
              const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "examples", "data", "tables",
                                                 report, name, NULL);
  ReorgTable *table = reorg_table_new_from_file (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (table);
  return table;
}

#define THOUSANDS(n) ((gint64) (n) * 100000)

static void
assert_money (const ReorgMoney *money,
              gint64            pence)
{
  g_assert_nonnull (money);
  g_assert_cmpint (money->pence, ==, pence);
}

static void
assert_computed_total (ReorgSavingsSchedule *schedule,
                       guint                 year_index,
                       gint64                pence)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ReorgMoney) total = reorg_savings_schedule_compute_total (schedule, year_index, &error);

  g_assert_no_error (error);
  assert_money (total, pence);
}

static void
test_schedule_harrow (void)
{
  g_autoptr(ReorgTable) table = load ("harrow-savings.tsv");
  g_autoptr(GError) error = NULL;
  g_autoptr(ReorgSavingsSchedule) schedule = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(ReorgScheduleSection) section = NULL;
  g_autoptr(ReorgMoney) line_total = NULL;
  ReorgScheduleLine *line;
  const char *years[] = { "2011/12", "2012/13", "2013/14" };
  gint64 sum = 0;

  schedule = reorg_savings_schedule_new_from_table (table, "Harrow savings",
                                                    REORG_SIGN_CONVENTION_SAVINGS_NEGATIVE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (schedule);
  g_assert_cmpstr (reorg_savings_schedule_get_title (schedule), ==, "Harrow savings");
  g_assert_cmpint (reorg_savings_schedule_get_sign (schedule), ==, REORG_SIGN_CONVENTION_SAVINGS_NEGATIVE);
  g_assert_cmpint (reorg_savings_schedule_get_scale (schedule), ==, REORG_MONEY_SCALE_THOUSANDS);

  /* Three years; the Total column is not a year. */
  g_assert_cmpuint (reorg_savings_schedule_get_n_years (schedule), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *label = reorg_financial_year_get_label (reorg_savings_schedule_get_year (schedule, i));
      g_assert_cmpstr (label, ==, years[i]);
    }

  /* Savings -914 and -345 as printed are 914 and 345 saved. */
  assert_computed_total (schedule, 0, 0);
  assert_computed_total (schedule, 1, THOUSANDS (914));
  assert_computed_total (schedule, 2, THOUSANDS (345));
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(ReorgMoney) total = reorg_savings_schedule_compute_total (schedule, i, NULL);
      sum += total->pence;
    }
  g_assert_cmpint (sum, ==, THOUSANDS (1259));

  /* The last row is the published total, 0 printed for 2011/12. */
  assert_money (reorg_savings_schedule_get_published_total (schedule, 0), 0);
  assert_money (reorg_savings_schedule_get_published_total (schedule, 1), THOUSANDS (914));
  assert_money (reorg_savings_schedule_get_published_total (schedule, 2), THOUSANDS (345));

  /* No headings: one section, named after the label column. */
  g_assert_cmpuint (n_items (reorg_savings_schedule_get_sections (schedule)), ==, 1);
  section = g_object_ref (top_section (schedule, 0, "Savings"));
  g_assert_null (reorg_schedule_section_get_published_subtotal (section, 1));

  lines = reorg_savings_schedule_get_all_lines (schedule);
  g_assert_cmpuint (lines->len, ==, 4);
  line = g_ptr_array_index (lines, 0);
  g_assert_cmpstr (reorg_schedule_line_get_description (line), ==, "Staffing Restructure – New to MTFS");
  g_assert_null (reorg_schedule_line_get_amount (line, 0));    /* blank, not zero */
  assert_money (reorg_schedule_line_get_amount (line, 1), THOUSANDS (312));
  assert_money (reorg_schedule_line_get_amount (line, 2), THOUSANDS (140));
  g_assert_cmpint (reorg_schedule_line_get_status (line), ==, REORG_MTFS_STATUS_NEW);
  g_assert_cmpint (reorg_schedule_line_get_kind (line), ==, REORG_SCHEDULE_LINE_KIND_SAVING);
  line_total = reorg_schedule_line_compute_total (line, &error);
  g_assert_no_error (error);
  assert_money (line_total, THOUSANDS (452));
  line = g_ptr_array_index (lines, 1);
  g_assert_null (reorg_schedule_line_get_amount (line, 2));
  line = g_ptr_array_index (lines, 3);
  g_assert_cmpint (reorg_schedule_line_get_status (line), ==, REORG_MTFS_STATUS_INCLUDED);
  line = g_ptr_array_index (lines, 2);
  g_assert_cmpint (reorg_schedule_line_get_status (line), ==, REORG_MTFS_STATUS_INCLUDED);

  /* Read with the wrong sign convention, every saving is negative. */
  g_clear_object (&schedule);
  schedule = reorg_savings_schedule_new_from_table (table, NULL, REORG_SIGN_CONVENTION_SAVINGS_POSITIVE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (reorg_savings_schedule_get_title (schedule), ==, "");
  assert_computed_total (schedule, 1, -THOUSANDS (914));
}

static void
assert_section_totals (ReorgScheduleSection *section,
                       guint                 n_years,
                       guint                *n_sections)
{
  g_autoptr(GListModel) children = reorg_schedule_section_get_sections (section);

  (*n_sections)++;
  for (guint i = 0; i < n_years; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ReorgMoney) computed = reorg_schedule_section_compute_subtotal (section, i, &error);
      const ReorgMoney *published = reorg_schedule_section_get_published_subtotal (section, i);

      g_assert_no_error (error);
      g_assert_nonnull (published);
      g_assert_cmpint (computed->pence, ==, published->pence);
    }
  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(ReorgScheduleSection) child = g_list_model_get_item (children, i);
      assert_section_totals (child, n_years, n_sections);
    }
}

static void
test_schedule_manchester (void)
{
  g_autoptr(ReorgTable) table = load_example ("manchester-2015", "savings-schedule.tsv");
  g_autoptr(GError) error = NULL;
  g_autoptr(ReorgSavingsSchedule) schedule = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  ReorgScheduleSection *lac, *lac1, *running, *other, *edu;
  guint n_sections = 0, n_adjustments = 0, n_reversals = 0, n_reserves = 0;
  const char *names[] = {
    "LOOKED AFTER CHILDREN (LAC) AND COMPLEX DEPENDENCY", "EARLY YEARS AND CHILD HEALTH",
    "LIVING LONGER LIVING BETTER", "LEARNING DISABILITY SERVICES", "OTHER ADULT SOCIAL CARE",
    "EDUCATION AND SKILLS", "CORE/BACK OFFICE",
  };

  schedule = reorg_savings_schedule_new_from_table (table, "Children and Families savings schedule",
                                                    REORG_SIGN_CONVENTION_SAVINGS_POSITIVE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (reorg_savings_schedule_get_n_years (schedule), ==, 2);

  /* The computed totals are the published ones. */
  assert_computed_total (schedule, 0, THOUSANDS (38692));
  assert_computed_total (schedule, 1, THOUSANDS (9383));
  assert_money (reorg_savings_schedule_get_published_total (schedule, 0), THOUSANDS (38692));
  assert_money (reorg_savings_schedule_get_published_total (schedule, 1), THOUSANDS (9383));

  /* Seven sections, each with its published total; every section's
   * computed subtotal is its published one, nested sections too. */
  g_assert_cmpuint (n_items (reorg_savings_schedule_get_sections (schedule)), ==, G_N_ELEMENTS (names));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    assert_section_totals (top_section (schedule, i, names[i]), 2, &n_sections);
  /* 7 sections, 6 subsections, and the running subtotal before the adjustment. */
  g_assert_cmpuint (n_sections, ==, 14);

  lac = top_section (schedule, 0, names[0]);
  lac1 = child_section (lac, 0,
                      "Looked After Children (savings from first year impact of investment)");
  child_section (lac, 1, "Other LAC/Complex Dependency");
  assert_money (reorg_schedule_section_get_published_subtotal (lac, 0), THOUSANDS (7306));
  assert_money (reorg_schedule_section_get_published_subtotal (lac1, 0), THOUSANDS (1691));
  running = child_section (lac1, 0, "Sub Total Savings");
  assert_money (reorg_schedule_section_get_published_subtotal (running, 0), THOUSANDS (4906));
  g_assert_cmpuint (n_items (reorg_schedule_section_get_lines (running)), ==, 4);
  g_assert_cmpuint (n_items (reorg_schedule_section_get_lines (lac1)), ==, 1);

  /* A plain heading in mixed case under one in capitals is a subsection. */
  other = top_section (schedule, 4, names[4]);
  g_assert_cmpuint (n_items (reorg_schedule_section_get_sections (other)), ==, 4);
  child_section (other, 1, "Adult Care Services not included in LLLB");
  assert_money (reorg_schedule_section_get_published_subtotal (other, 1), THOUSANDS (5233));
  g_assert_cmpint (reorg_schedule_section_get_published_subtotal (
                     child_section (other, 2,
                                  "Voluntary and Community Sector and Housing Related Support"), 1)->pence,
                   ==, -THOUSANDS (240));

  edu = top_section (schedule, 5, names[5]);
  g_assert_cmpuint (n_items (reorg_schedule_section_get_lines (edu)), ==, 13);

  lines = reorg_savings_schedule_get_all_lines (schedule);
  g_assert_cmpuint (lines->len, ==, 66);
  for (guint i = 0; i < lines->len; i++)
    {
      ReorgScheduleLine *line = g_ptr_array_index (lines, i);
      const char *description = reorg_schedule_line_get_description (line);

      switch (reorg_schedule_line_get_kind (line))
        {
        case REORG_SCHEDULE_LINE_KIND_ADJUSTMENT:
          n_adjustments++;
          g_assert_cmpstr (description, ==, "Adjustment to offset existing LAC pressure");
          assert_money (reorg_schedule_line_get_amount (line, 0), -THOUSANDS (3215));
          assert_money (reorg_schedule_line_get_amount (line, 1), 0);
          break;
        case REORG_SCHEDULE_LINE_KIND_REVERSAL:
          n_reversals++;
          break;
        case REORG_SCHEDULE_LINE_KIND_RESERVES:
          n_reserves++;
          break;
        case REORG_SCHEDULE_LINE_KIND_SAVING:
        default:
          break;
        }
      g_assert_cmpint (reorg_schedule_line_get_status (line), ==, REORG_MTFS_STATUS_NONE);
      if (g_str_has_prefix (description, "Use of reserve to fund") ||
          g_str_has_prefix (description, "Education Psychology"))
        g_assert_null (reorg_schedule_line_get_amount (line, 1));   /* blank, not zero */
    }
  g_assert_cmpuint (n_adjustments, ==, 1);
  g_assert_cmpuint (n_reversals, ==, 2);   /* Well North, Dedicated Schools Grant */
  g_assert_cmpuint (n_reserves, ==, 2);    /* the two uses of reserves */
}

static void
test_schedule_rules (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ReorgTable) table = NULL;
  g_autoptr(ReorgSavingsSchedule) schedule = NULL;

  /* Sections without subtotals, ending with a grand total. */
  table = parse ("\t2015/16\t2016/17\n"
                 "\t£000\t£000\n"
                 "Alpha\t\t\n"
                 "One\t10\t20\n"
                 "Beta\t\t\n"
                 "Two\t5\t\n"
                 "Total\t15\t20\n");
  schedule = reorg_savings_schedule_new_from_table (table, "t", REORG_SIGN_CONVENTION_SAVINGS_POSITIVE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (reorg_savings_schedule_get_sections (schedule)), ==, 2);
  assert_money (reorg_savings_schedule_get_published_total (schedule, 0), THOUSANDS (15));
  g_assert_null (reorg_schedule_section_get_published_subtotal (top_section (schedule, 1, "Beta"), 0));
  assert_computed_total (schedule, 1, THOUSANDS (20));
  g_clear_object (&schedule);
  g_clear_object (&table);

  /* Sections with subtotals, then a grand total. */
  table = parse ("\t2015/16\n"
                 "\t£000\n"
                 "Alpha\t\n"
                 "One\t10\n"
                 "Total Alpha\t10\n"
                 "Beta\t\n"
                 "Two\t(5)\n"
                 "Total Beta\t(5)\n"
                 "Grand total\t5\n");
  schedule = reorg_savings_schedule_new_from_table (table, "t", REORG_SIGN_CONVENTION_SAVINGS_POSITIVE, &error);
  g_assert_no_error (error);
  assert_money (reorg_schedule_section_get_published_subtotal (top_section (schedule, 0, "Alpha"), 0), THOUSANDS (10));
  assert_money (reorg_schedule_section_get_published_subtotal (top_section (schedule, 1, "Beta"), 0), -THOUSANDS (5));
  assert_money (reorg_savings_schedule_get_published_total (schedule, 0), THOUSANDS (5));
  g_clear_object (&schedule);
  g_clear_object (&table);

  /* A cell of a year column that is not money: the error names it. */
  table = parse ("\t2015/16\t2016/17\n"
                 "\t£000\t£000\n"
                 "One\t10\t20\n"
                 "Two\tsee note\t5\n"
                 "Three\t1\t2\n");
  schedule = reorg_savings_schedule_new_from_table (table, "t", REORG_SIGN_CONVENTION_SAVINGS_POSITIVE, &error);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_PARSE);
  g_assert_null (schedule);
  g_assert_nonnull (strstr (error->message, "row 4, column 2 (2015/16)"));
  g_assert_nonnull (strstr (error->message, "see note"));
  g_clear_error (&error);
  g_clear_object (&table);

  /* No year column. */
  table = parse ("Name\tCount\nOne\t1\n");
  schedule = reorg_savings_schedule_new_from_table (table, "t", REORG_SIGN_CONVENTION_SAVINGS_POSITIVE, &error);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_PARSE);
  g_assert_null (schedule);
  g_clear_error (&error);
  g_clear_object (&table);

  /* Two grand totals. */
  table = parse ("\t2015/16\n\t£000\nOne\t1\nTotal\t1\nTwo\t2\nTotal\t3\n");
  schedule = reorg_savings_schedule_new_from_table (table, "t", REORG_SIGN_CONVENTION_SAVINGS_POSITIVE, &error);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "row 6"));
  g_assert_null (schedule);
  g_clear_error (&error);
}

static void
assert_budget_total (ReorgBudget       *budget,
                     ReorgBudgetColumn  column,
                     guint              year_index,
                     gint64             pence)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ReorgMoney) total = reorg_budget_compute_total (budget, REORG_BUDGET_ANALYSIS_OBJECTIVE,
                                                            column, year_index, &error);
  ReorgBudgetRow *published = reorg_budget_get_total_row (budget, REORG_BUDGET_ANALYSIS_OBJECTIVE);

  g_assert_no_error (error);
  assert_money (total, pence);
  assert_money (reorg_budget_row_get_amount (published, column, year_index), pence);
}

static void
assert_fte_total (ReorgBudget       *budget,
                  ReorgBudgetColumn  column,
                  guint              year_index,
                  gint64             whole)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ReorgFte) total = reorg_budget_compute_fte_total (budget, REORG_BUDGET_ANALYSIS_OBJECTIVE,
                                                              column, year_index, &error);
  ReorgBudgetRow *published = reorg_budget_get_total_row (budget, REORG_BUDGET_ANALYSIS_OBJECTIVE);
  const ReorgFte *printed = reorg_budget_row_get_fte (published, column, year_index);

  g_assert_no_error (error);
  g_assert_nonnull (total);
  g_assert_cmpint (reorg_fte_get_units (total), ==, whole * REORG_FTE_SCALE);
  g_assert_nonnull (printed);
  g_assert_cmpint (reorg_fte_get_units (printed), ==, whole * REORG_FTE_SCALE);
}

static void
assert_budget_years (ReorgBudget  *budget,
                     const char  **labels)
{
  guint n = g_strv_length ((char **) labels);

  g_assert_cmpuint (reorg_budget_get_n_years (budget), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *label = reorg_financial_year_get_label (reorg_budget_get_year (budget, i));
      g_assert_cmpstr (label, ==, labels[i]);
    }
}

static void
test_budget_manchester (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ReorgTable) table = load ("manchester-2015-budget.tsv");
  g_autoptr(ReorgBudget) budget = NULL;
  const char *years[] = { "2014/15", "2015/16", "2016/17", NULL };
  gint64 net[] = { 292361, 272932, 271459 }, gross[] = { 723659, 720036, 707499 }, fte[] = { 2996, 2691, 2677 };
  ReorgBudgetRow *row;

  budget = reorg_budget_new_from_table (table, "Budget by service activity", &error);
  g_assert_no_error (error);
  g_assert_nonnull (budget);
  g_assert_cmpstr (reorg_budget_get_title (budget), ==, "Budget by service activity");
  g_assert_cmpint (reorg_budget_get_scale (budget), ==, REORG_MONEY_SCALE_THOUSANDS);
  g_assert_cmpint (reorg_budget_get_sign (budget), ==, REORG_SIGN_CONVENTION_SAVINGS_POSITIVE);
  assert_budget_years (budget, years);
  g_assert_cmpuint (n_items (reorg_budget_get_rows (budget, REORG_BUDGET_ANALYSIS_OBJECTIVE)), ==, 10);
  for (guint i = 0; i < 3; i++)
    {
      assert_budget_total (budget, REORG_BUDGET_COLUMN_NET, i, THOUSANDS (net[i]));
      assert_budget_total (budget, REORG_BUDGET_COLUMN_GROSS, i, THOUSANDS (gross[i]));
      assert_fte_total (budget, REORG_BUDGET_COLUMN_FTE, i, fte[i]);
    }
  row = reorg_budget_lookup_row (budget, REORG_BUDGET_ANALYSIS_OBJECTIVE, "Education and Skills");
  g_assert_nonnull (row);
  assert_money (reorg_budget_row_get_amount (row, REORG_BUDGET_COLUMN_GROSS, 0), THOUSANDS (409005));
  g_assert_null (reorg_budget_row_get_amount (row, REORG_BUDGET_COLUMN_SAVINGS, 0));
}

static void
test_budget_reconciliation (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ReorgTable) table = load ("manchester-2015-reconciliation.tsv");
  g_autoptr(ReorgBudget) budget = NULL;
  const char *years[] = { "2014/15", "2015/16", "2016/17", NULL };
  ReorgBudgetRow *row;

  budget = reorg_budget_new_from_table (table, "Budget reconciliation", &error);
  g_assert_no_error (error);
  assert_budget_years (budget, years);
  /* Savings are printed in brackets: held positive. */
  g_assert_cmpint (reorg_budget_get_sign (budget), ==, REORG_SIGN_CONVENTION_SAVINGS_NEGATIVE);
  assert_budget_total (budget, REORG_BUDGET_COLUMN_NET, 0, THOUSANDS (292361));
  assert_budget_total (budget, REORG_BUDGET_COLUMN_NET, 1, THOUSANDS (272932));
  assert_budget_total (budget, REORG_BUDGET_COLUMN_NET, 2, THOUSANDS (271459));
  assert_budget_total (budget, REORG_BUDGET_COLUMN_GROWTH, 1, THOUSANDS (19263));
  assert_budget_total (budget, REORG_BUDGET_COLUMN_SAVINGS, 1, THOUSANDS (38692));
  assert_budget_total (budget, REORG_BUDGET_COLUMN_GROWTH, 2, THOUSANDS (7910));
  assert_budget_total (budget, REORG_BUDGET_COLUMN_SAVINGS, 2, THOUSANDS (9383));
  row = reorg_budget_get_total_row (budget, REORG_BUDGET_ANALYSIS_OBJECTIVE);
  g_assert_null (reorg_budget_row_get_amount (row, REORG_BUDGET_COLUMN_SAVINGS, 0));
  /* The printed 240 is a negative saving; growth (298) stays negative. */
  row = reorg_budget_lookup_row (budget, REORG_BUDGET_ANALYSIS_OBJECTIVE, "Voluntary and community sector services");
  assert_money (reorg_budget_row_get_amount (row, REORG_BUDGET_COLUMN_SAVINGS, 2), -THOUSANDS (240));
  row = reorg_budget_lookup_row (budget, REORG_BUDGET_ANALYSIS_OBJECTIVE, "Living Longer Living Better (LLLb)");
  assert_money (reorg_budget_row_get_amount (row, REORG_BUDGET_COLUMN_GROWTH, 2), -THOUSANDS (298));
  assert_money (reorg_budget_row_get_amount (row, REORG_BUDGET_COLUMN_SAVINGS, 1), THOUSANDS (10142));
}

static void
test_budget_birmingham (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ReorgTable) table = load ("birmingham-budget.tsv");
  g_autoptr(ReorgBudget) budget = NULL;
  const char *years[] = { "2010/11", "2011/12", NULL };

  budget = reorg_budget_new_from_table (table, "Budget and FTE by service area", &error);
  g_assert_no_error (error);
  assert_budget_years (budget, years);
  g_assert_cmpuint (n_items (reorg_budget_get_rows (budget, REORG_BUDGET_ANALYSIS_OBJECTIVE)), ==, 5);
  /* "Total Current Budget" is the net budget; the FTE columns take the
   * year of the budget column to their left. */
  assert_budget_total (budget, REORG_BUDGET_COLUMN_NET, 0, THOUSANDS (217609));
  assert_budget_total (budget, REORG_BUDGET_COLUMN_NET, 1, THOUSANDS (204687));
  assert_fte_total (budget, REORG_BUDGET_COLUMN_FTE, 0, 4045);
  assert_fte_total (budget, REORG_BUDGET_COLUMN_FTE, 1, 3292);
  g_assert_cmpstr (reorg_budget_row_get_name (reorg_budget_get_total_row (budget, REORG_BUDGET_ANALYSIS_OBJECTIVE)),
                   ==, "Total of In Scope Services");
}

static void
test_budget_rules (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ReorgTable) table = NULL;
  g_autoptr(ReorgBudget) budget = NULL;

  /* Workforce reductions; the Total column is ignored. */
  table = load_example ("manchester-2015", "workforce-reductions.tsv");
  budget = reorg_budget_new_from_table (table, "Workforce reductions", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (reorg_budget_get_n_years (budget), ==, 2);
  assert_fte_total (budget, REORG_BUDGET_COLUMN_REDUCTIONS, 0, 275);
  assert_fte_total (budget, REORG_BUDGET_COLUMN_REDUCTIONS, 1, 14);
  g_clear_object (&budget);
  g_clear_object (&table);

  /* A section heading is the group of the rows under it. */
  table = parse ("\t2015/16 Net budget £000\n"
                 "Adults\t\n"
                 "Care\t10\n"
                 "Total\t10\n");
  budget = reorg_budget_new_from_table (table, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (reorg_budget_get_title (budget), ==, "");
  g_assert_cmpstr (reorg_budget_row_get_group (reorg_budget_lookup_row (budget, REORG_BUDGET_ANALYSIS_OBJECTIVE, "Care")),
                   ==, "Adults");
  g_clear_object (&budget);
  g_clear_object (&table);

  /* An unknown column is an error that names it. */
  table = parse ("Service\t2015/16 Net budget £000\tRisk rating\n"
                 "Care\t10\tHigh\n");
  budget = reorg_budget_new_from_table (table, "b", &error);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "column 3"));
  g_assert_nonnull (strstr (error->message, "Risk rating"));
  g_assert_null (budget);
  g_clear_error (&error);
  g_clear_object (&table);

  /* A column without a year. */
  table = parse ("Service\tNet budget £000\nCare\t10\n");
  budget = reorg_budget_new_from_table (table, "b", &error);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_PARSE);
  g_assert_null (budget);
  g_clear_error (&error);
  g_clear_object (&table);

  /* Two net columns for one year. */
  table = parse ("Service\t2015/16 Net budget £000\t2015/16 Net budget £000\nCare\t10\t11\n");
  budget = reorg_budget_new_from_table (table, "b", &error);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "column 3"));
  g_assert_null (budget);
  g_clear_error (&error);
  g_clear_object (&table);

  /* A cell that is not money names its row and column. */
  table = parse ("Service\t2015/16 Net budget £000\nCare\t10\nSchools\tn/a\nYouth\t5\n");
  budget = reorg_budget_new_from_table (table, "b", &error);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "row 3, column 2"));
  g_assert_null (budget);
  g_clear_error (&error);
  g_clear_object (&table);

  /* Two total rows. */
  table = parse ("Service\t2015/16 Net budget £000\nCare\t10\nTotal\t10\nTotal\t10\n");
  budget = reorg_budget_new_from_table (table, "b", &error);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "row 4"));
  g_assert_null (budget);
  g_clear_error (&error);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/table/harrow", test_harrow);
  g_test_add_func ("/table/manchester/schedule", test_manchester_schedule);
  g_test_add_func ("/table/manchester/pages", test_manchester_pages);
  g_test_add_func ("/table/manchester/budget", test_manchester_budget);
  g_test_add_func ("/table/manchester/reconciliation", test_manchester_reconciliation);
  g_test_add_func ("/table/manchester/performance", test_manchester_performance);
  g_test_add_func ("/table/birmingham/budget", test_birmingham_budget);
  g_test_add_func ("/table/birmingham/need", test_birmingham_need);
  g_test_add_func ("/table/problems", test_problems);
  g_test_add_func ("/table/cleaning", test_cleaning);
  g_test_add_func ("/table/numbers", test_numbers);
  g_test_add_func ("/table/overrides", test_overrides);
  g_test_add_func ("/table/markdown", test_markdown);
  g_test_add_func ("/table/empty", test_empty);
  g_test_add_func ("/table/bad-input", test_bad_input);
  g_test_add_func ("/table/fuzz", test_fuzz);
  g_test_add_func ("/table/types", test_types);
  g_test_add_func ("/table/schedule/harrow", test_schedule_harrow);
  g_test_add_func ("/table/schedule/manchester", test_schedule_manchester);
  g_test_add_func ("/table/schedule/rules", test_schedule_rules);
  g_test_add_func ("/table/budget/manchester", test_budget_manchester);
  g_test_add_func ("/table/budget/reconciliation", test_budget_reconciliation);
  g_test_add_func ("/table/budget/birmingham", test_budget_birmingham);
  g_test_add_func ("/table/budget/rules", test_budget_rules);

  return g_test_run ();
}
