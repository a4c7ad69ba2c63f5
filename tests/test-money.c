/* test-money.c: exact money, and the decimal helpers beneath it
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "reorg-private.h"

#include <string.h>

/* ---- reorg-decimal.c helpers ---- */

static void
test_mul_ratio (void)
{
  gint64 out = 0;

  g_assert_true (reorg_checked_mul_ratio (100, 1, 3, &out));
  g_assert_cmpint (out, ==, 33);
  g_assert_true (reorg_checked_mul_ratio (200, 1, 3, &out));
  g_assert_cmpint (out, ==, 67);

  /* Halves round away from zero, whatever the signs. */
  g_assert_true (reorg_checked_mul_ratio (1, 1, 2, &out));
  g_assert_cmpint (out, ==, 1);
  g_assert_true (reorg_checked_mul_ratio (-1, 1, 2, &out));
  g_assert_cmpint (out, ==, -1);
  g_assert_true (reorg_checked_mul_ratio (1, -1, 2, &out));
  g_assert_cmpint (out, ==, -1);
  g_assert_true (reorg_checked_mul_ratio (1, 1, -2, &out));
  g_assert_cmpint (out, ==, -1);
  g_assert_true (reorg_checked_mul_ratio (-1, -1, -2, &out));
  g_assert_cmpint (out, ==, -1);
  g_assert_true (reorg_checked_mul_ratio (-1, 1, -2, &out));
  g_assert_cmpint (out, ==, 1);
  g_assert_true (reorg_checked_mul_ratio (5, 1, 2, &out));
  g_assert_cmpint (out, ==, 3);
  g_assert_true (reorg_checked_mul_ratio (-5, 1, 2, &out));
  g_assert_cmpint (out, ==, -3);
  g_assert_true (reorg_checked_mul_ratio (-149, 1, 100, &out));
  g_assert_cmpint (out, ==, -1);
  g_assert_true (reorg_checked_mul_ratio (-150, 1, 100, &out));
  g_assert_cmpint (out, ==, -2);
  g_assert_true (reorg_checked_mul_ratio (0, 7, 3, &out));
  g_assert_cmpint (out, ==, 0);

  /* The product may exceed 64 bits as long as the result fits. */
  g_assert_true (reorg_checked_mul_ratio (G_MAXINT64, G_MAXINT64, G_MAXINT64, &out));
  g_assert_cmpint (out, ==, G_MAXINT64);
  g_assert_true (reorg_checked_mul_ratio (G_MININT64, G_MININT64, G_MININT64, &out));
  g_assert_cmpint (out, ==, G_MININT64);
  g_assert_true (reorg_checked_mul_ratio (G_MININT64, 1, 1, &out));
  g_assert_cmpint (out, ==, G_MININT64);
  g_assert_true (reorg_checked_mul_ratio (G_MAXINT64, 3, 6, &out));
  g_assert_cmpint (out, ==, G_MAXINT64 / 2 + 1);   /* ...3.5 rounds up */

  /* Failures leave the output alone. */
  out = 42;
  g_assert_false (reorg_checked_mul_ratio (1, 1, 0, &out));
  g_assert_false (reorg_checked_mul_ratio (G_MAXINT64, 2, 1, &out));
  g_assert_false (reorg_checked_mul_ratio (G_MININT64, -1, 1, &out));
  g_assert_false (reorg_checked_mul_ratio (G_MININT64, 1, -1, &out));
  g_assert_false (reorg_checked_mul_ratio (G_MININT64, G_MININT64, 1, &out));
  g_assert_cmpint (out, ==, 42);
}

typedef struct
{
  const char *text;
  guint decimals;
  gboolean grouping;
  gboolean round_extra;
  gint64 expected;
} DecimalCase;

static void
test_parse_decimal (void)
{
  static const DecimalCase good[] = {
    { "0", 2, FALSE, FALSE, 0 },
    { "18.5", 4, FALSE, FALSE, 185000 },
    { ".5", 4, FALSE, FALSE, 5000 },
    { "-1,234.5", 2, TRUE, FALSE, -123450 },
    { "+7", 0, FALSE, FALSE, 7 },
    { "\xe2\x88\x92" "2.5", 1, FALSE, FALSE, -25 },
    { "  42  ", 0, FALSE, FALSE, 42 },
    { "1.2300", 2, FALSE, FALSE, 123 },
    { "1.005", 2, FALSE, TRUE, 101 },
    { "-1.005", 2, FALSE, TRUE, -101 },
    { "1.00499", 2, FALSE, TRUE, 100 },
    { "0.810810811", 4, FALSE, TRUE, 8108 },
    { "1,000,000", 0, TRUE, FALSE, 1000000 },
    { "007", 0, FALSE, FALSE, 7 },
    { "-0", 0, FALSE, FALSE, 0 },
    { "9223372036854775807", 0, FALSE, FALSE, G_MAXINT64 },
    { "-9223372036854775808", 0, FALSE, FALSE, G_MININT64 },
    { "-92233720368547758.08", 2, FALSE, FALSE, G_MININT64 },
    { "0.000000000000000001", 18, FALSE, FALSE, 1 },
  };
  static const char *bad[] = {
    "", "   ", "-", "+", ".", "abc", "1e3", "NaN", "inf", "1.2.3", "1 000",
    "5.", "1,23", "1,2345", "1234,567", ",123", "1,,234", "--1", "+-1", "1-",
    "0x10", "١٢", "1,234",   /* grouping is refused when not allowed */
  };
  const char *problem;
  gint64 out;
  guint i;

  for (i = 0; i < G_N_ELEMENTS (good); i++)
    {
      problem = NULL;
      g_assert_true (reorg_parse_decimal (good[i].text, good[i].decimals, good[i].grouping,
                                          good[i].round_extra, &out, &problem));
      g_assert_cmpint (out, ==, good[i].expected);
      g_assert_null (problem);
    }

  for (i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      problem = NULL;
      out = 99;
      g_assert_false (reorg_parse_decimal (bad[i], 2, i + 1 < G_N_ELEMENTS (bad), FALSE,
                                           &out, &problem));
      g_assert_nonnull (problem);
      g_assert_cmpint (out, ==, 0);
    }

  /* Fractions beyond the decimals are an error unless rounding is asked. */
  g_assert_false (reorg_parse_decimal ("1.234", 2, FALSE, FALSE, &out, &problem));
  g_assert_cmpint (out, ==, 0);
  g_assert_false (reorg_parse_decimal (NULL, 2, FALSE, FALSE, &out, &problem));
  g_assert_false (reorg_parse_decimal ("1", 19, FALSE, FALSE, &out, &problem));
  g_assert_true (reorg_parse_decimal ("1", 2, FALSE, FALSE, &out, NULL));

  /* Overflow sets the strtoll-style sentinels. */
  g_assert_false (reorg_parse_decimal ("9223372036854775808", 0, FALSE, FALSE, &out, &problem));
  g_assert_cmpint (out, ==, G_MAXINT64);
  g_assert_false (reorg_parse_decimal ("-9223372036854775809", 0, FALSE, FALSE, &out, &problem));
  g_assert_cmpint (out, ==, G_MININT64);
  g_assert_false (reorg_parse_decimal ("92233720368547758.08", 2, FALSE, FALSE, &out, &problem));
  g_assert_cmpint (out, ==, G_MAXINT64);
  g_assert_false (reorg_parse_decimal ("99999999999999999999999999999999999999999999", 0,
                                       FALSE, FALSE, &out, &problem));
  g_assert_cmpint (out, ==, G_MAXINT64);
  g_assert_false (reorg_parse_decimal ("9223372036854775807.5", 0, FALSE, TRUE, &out, &problem));
  g_assert_cmpint (out, ==, G_MAXINT64);
  /* ...but a syntax error wins over overflow. */
  g_assert_false (reorg_parse_decimal ("99999999999999999999x", 0, FALSE, FALSE, &out, &problem));
  g_assert_cmpint (out, ==, 0);
}

static void
test_format_decimal (void)
{
  struct
  {
    gint64 value;
    guint scale_decimals, decimals;
    gboolean grouping, trim;
    const char *expected;
  } cases[] = {
    { 0, 2, 2, TRUE, FALSE, "0.00" },
    { 0, 2, 2, TRUE, TRUE, "0" },
    { 6500000, 2, 0, TRUE, FALSE, "65,000" },
    { 6500050, 2, 2, TRUE, FALSE, "65,000.50" },
    { 6500050, 2, 2, TRUE, TRUE, "65,000.5" },
    { 6500050, 2, 2, FALSE, FALSE, "65000.50" },
    { -321500, 2, 2, FALSE, FALSE, "-3215.00" },
    { 185000, 4, 4, FALSE, TRUE, "18.5" },
    { 10000, 4, 4, FALSE, TRUE, "1" },
    { 5, 1, 0, FALSE, FALSE, "1" },
    { -5, 1, 0, FALSE, FALSE, "-1" },
    { 15, 1, 0, FALSE, FALSE, "2" },
    { -15, 1, 0, FALSE, FALSE, "-2" },
    { 25, 1, 0, FALSE, FALSE, "3" },
    { -25, 1, 0, FALSE, FALSE, "-3" },
    { -4, 1, 0, FALSE, FALSE, "0" },       /* never "-0" */
    { -4, 1, 1, FALSE, FALSE, "-0.4" },
    { 123, 0, 3, FALSE, FALSE, "123.000" }, /* extra decimals are zeros */
    { 999, 3, 2, TRUE, FALSE, "1.00" },
    { 999999, 3, 0, TRUE, FALSE, "1,000" },
    { 100, 0, 0, TRUE, FALSE, "100" },
    { 1000, 0, 0, TRUE, FALSE, "1,000" },
    { 123456789, 0, 0, TRUE, FALSE, "123,456,789" },
    { G_MAXINT64, 0, 0, TRUE, FALSE, "9,223,372,036,854,775,807" },
    { G_MININT64, 0, 0, TRUE, FALSE, "-9,223,372,036,854,775,808" },
    { G_MININT64, 2, 2, FALSE, FALSE, "-92233720368547758.08" },
    { G_MININT64, 18, 18, FALSE, FALSE, "-9.223372036854775808" },
    { G_MININT64, 18, 0, FALSE, FALSE, "-9" },
    { G_MAXINT64, 18, 1, FALSE, FALSE, "9.2" },
    { 1, 18, 20, FALSE, TRUE, "0.000000000000000001" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *s = reorg_format_decimal (cases[i].value, cases[i].scale_decimals,
                                                 cases[i].decimals, cases[i].grouping,
                                                 cases[i].trim);
      g_assert_cmpstr (s, ==, cases[i].expected);
    }
}

static void
test_date_iso (void)
{
  static const char *bad[] = {
    "", "2015-2-01", "2015-02-1", "15-02-01", "2015/02/01", "2015-02-29", "2015-13-01",
    "2015-00-10", "2015-01-00", "2015-04-31", "0000-01-01", " 2015-01-01",
    "2015-01-01 ", "2015-01-01T00:00", "2015-0a-01", "+015-01-01", "2015-01-+1",
  };
  GDate date;
  guint i;

  g_assert_true (reorg_date_parse_iso ("2016-02-29", &date));
  g_assert_true (g_date_valid (&date));
  g_assert_cmpint (g_date_get_year (&date), ==, 2016);
  g_assert_cmpint (g_date_get_month (&date), ==, G_DATE_FEBRUARY);
  g_assert_cmpint (g_date_get_day (&date), ==, 29);

  g_assert_true (reorg_date_parse_iso ("0001-01-01", &date));
  g_assert_true (reorg_date_parse_iso ("9999-12-31", &date));
  g_assert_true (reorg_date_parse_iso ("2000-02-29", &date));

  for (i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_assert_false (reorg_date_parse_iso (bad[i], &date));
      g_assert_false (g_date_valid (&date));
    }
  g_assert_false (reorg_date_parse_iso ("1900-02-29", &date));
  g_assert_false (reorg_date_parse_iso (NULL, &date));

  {
    g_autoptr(GDate) d = g_date_new_dmy (1, G_DATE_APRIL, 2015);
    g_autoptr(GDate) early = g_date_new_dmy (9, G_DATE_JULY, 7);
    g_autoptr(GDate) invalid = g_date_new ();
    g_autofree char *s = reorg_date_to_iso (d);
    g_autofree char *s2 = reorg_date_to_iso (early);

    g_assert_cmpstr (s, ==, "2015-04-01");
    g_assert_cmpstr (s2, ==, "0007-07-09");
    g_assert_null (reorg_date_to_iso (invalid));
    g_assert_null (reorg_date_to_iso (NULL));

    g_assert_true (reorg_date_parse_iso (s2, &date));
    g_assert_cmpint (g_date_compare (&date, early), ==, 0);
  }
}

/* ---- ReorgMoney ---- */

static void
test_basics (void)
{
  g_autoptr(ReorgMoney) m = reorg_money_new (6500000);
  g_autoptr(ReorgMoney) copy = reorg_money_copy (m);
  g_autoptr(ReorgMoney) other = reorg_money_new (-1);
  g_autoptr(ReorgMoney) pounds = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (reorg_money_get_pence (m), ==, 6500000);
  g_assert_true (copy != m);
  g_assert_true (reorg_money_equal (m, copy));
  g_assert_false (reorg_money_equal (m, other));
  g_assert_cmpint (reorg_money_compare (m, copy), ==, 0);
  g_assert_cmpint (reorg_money_compare (m, other), ==, 1);
  g_assert_cmpint (reorg_money_compare (other, m), ==, -1);

  pounds = reorg_money_new_from_pounds (65000, &error);
  g_assert_no_error (error);
  g_assert_true (reorg_money_equal (m, pounds));

  g_assert_true (g_type_is_a (REORG_TYPE_MONEY, G_TYPE_BOXED));
  {
    ReorgMoney *boxed = g_boxed_copy (REORG_TYPE_MONEY, m);

    g_assert_cmpint (boxed->pence, ==, 6500000);
    g_boxed_free (REORG_TYPE_MONEY, boxed);
  }

  reorg_money_free (NULL);
}

static void
test_compare_extremes (void)
{
  g_autoptr(ReorgMoney) max = reorg_money_new (G_MAXINT64);
  g_autoptr(ReorgMoney) min = reorg_money_new (G_MININT64);

  /* A subtraction-based comparison would overflow here. */
  g_assert_cmpint (reorg_money_compare (max, min), ==, 1);
  g_assert_cmpint (reorg_money_compare (min, max), ==, -1);
  g_assert_cmpint (reorg_money_compare (min, min), ==, 0);
}

static void
test_from_pounds_overflow (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ReorgMoney) ok = reorg_money_new_from_pounds (G_MAXINT64 / 100, &error);
  g_autoptr(ReorgMoney) neg = NULL;
  ReorgMoney *m;

  g_assert_no_error (error);
  g_assert_cmpint (ok->pence, ==, G_MAXINT64 / 100 * 100);

  neg = reorg_money_new_from_pounds (G_MININT64 / 100, &error);
  g_assert_no_error (error);
  g_assert_cmpint (neg->pence, ==, G_MININT64 / 100 * 100);

  m = reorg_money_new_from_pounds (G_MAXINT64 / 100 + 1, &error);
  g_assert_null (m);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_OVERFLOW);
  g_clear_error (&error);

  m = reorg_money_new_from_pounds (G_MININT64, &error);
  g_assert_null (m);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_OVERFLOW);
  g_clear_error (&error);

  /* NULL error is allowed. */
  g_assert_null (reorg_money_new_from_pounds (G_MAXINT64, NULL));
}

static void
test_arithmetic (void)
{
  g_autoptr(ReorgMoney) a = reorg_money_new (6500050);
  g_autoptr(ReorgMoney) b = reorg_money_new (-321500);
  g_autoptr(ReorgMoney) sum = NULL;
  g_autoptr(ReorgMoney) diff = NULL;
  g_autoptr(ReorgMoney) neg = NULL;
  g_autoptr(ReorgMoney) prod = NULL;
  g_autoptr(GError) error = NULL;

  sum = reorg_money_add (a, b, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sum->pence, ==, 6178550);

  diff = reorg_money_subtract (a, b, &error);
  g_assert_no_error (error);
  g_assert_cmpint (diff->pence, ==, 6821550);

  neg = reorg_money_negate (b, &error);
  g_assert_no_error (error);
  g_assert_cmpint (neg->pence, ==, 321500);

  prod = reorg_money_multiply (b, -3, &error);
  g_assert_no_error (error);
  g_assert_cmpint (prod->pence, ==, 964500);
}

static void
test_overflow (void)
{
  g_autoptr(ReorgMoney) max = reorg_money_new (G_MAXINT64);
  g_autoptr(ReorgMoney) min = reorg_money_new (G_MININT64);
  g_autoptr(ReorgMoney) one = reorg_money_new (1);
  g_autoptr(ReorgMoney) minus_one = reorg_money_new (-1);
  g_autoptr(GError) error = NULL;
  ReorgMoney *r;

  r = reorg_money_add (max, one, &error);
  g_assert_null (r);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_OVERFLOW);
  g_clear_error (&error);

  r = reorg_money_add (min, minus_one, &error);
  g_assert_null (r);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_OVERFLOW);
  g_clear_error (&error);

  r = reorg_money_subtract (min, one, &error);
  g_assert_null (r);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_OVERFLOW);
  g_clear_error (&error);

  r = reorg_money_subtract (max, minus_one, &error);
  g_assert_null (r);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_OVERFLOW);
  g_clear_error (&error);

  r = reorg_money_negate (min, &error);
  g_assert_null (r);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_OVERFLOW);
  g_clear_error (&error);

  r = reorg_money_multiply (max, 2, &error);
  g_assert_null (r);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_OVERFLOW);
  g_clear_error (&error);

  r = reorg_money_multiply (min, -1, &error);
  g_assert_null (r);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_OVERFLOW);
  g_clear_error (&error);

  /* Edges that do fit. */
  {
    g_autoptr(ReorgMoney) negmax = reorg_money_negate (max, &error);
    g_autoptr(ReorgMoney) edge = reorg_money_add (min, max, &error);
    g_autoptr(ReorgMoney) m1 = reorg_money_multiply (min, 1, &error);

    g_assert_no_error (error);
    g_assert_cmpint (negmax->pence, ==, -G_MAXINT64);
    g_assert_cmpint (edge->pence, ==, -1);
    g_assert_cmpint (m1->pence, ==, G_MININT64);
  }
}

static void
test_multiply_ratio (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ReorgMoney) salary = reorg_money_new (3000000);   /* £30,000 */
  g_autoptr(ReorgMoney) on_costs = NULL;
  g_autoptr(ReorgMoney) part_year = NULL;
  g_autoptr(ReorgMoney) half = reorg_money_new (1);
  g_autoptr(ReorgMoney) neg_half = reorg_money_new (-1);
  g_autoptr(ReorgMoney) max = reorg_money_new (G_MAXINT64);
  ReorgMoney *r;

  /* On-costs at 28.3% = 2830 basis points. */
  on_costs = reorg_money_multiply_ratio (salary, 2830, 10000, &error);
  g_assert_no_error (error);
  g_assert_cmpint (on_costs->pence, ==, 849000);

  /* Part-year effect: 100 days of a 366-day year of £30,000. */
  part_year = reorg_money_multiply_ratio (salary, 100, 366, &error);
  g_assert_no_error (error);
  g_assert_cmpint (part_year->pence, ==, 819672);   /* 819672.13... */

  r = reorg_money_multiply_ratio (half, 1, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpint (r->pence, ==, 1);
  reorg_money_free (r);

  r = reorg_money_multiply_ratio (neg_half, 1, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpint (r->pence, ==, -1);
  reorg_money_free (r);

  r = reorg_money_multiply_ratio (salary, -1, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpint (r->pence, ==, -1000000);
  reorg_money_free (r);

  /* 128-bit intermediate: no overflow when the result fits. */
  r = reorg_money_multiply_ratio (max, 10000, 10000, &error);
  g_assert_no_error (error);
  g_assert_cmpint (r->pence, ==, G_MAXINT64);
  reorg_money_free (r);

  r = reorg_money_multiply_ratio (max, 3, 2, &error);
  g_assert_null (r);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_OVERFLOW);
  g_clear_error (&error);

  r = reorg_money_multiply_ratio (salary, 1, 0, &error);
  g_assert_null (r);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);
  g_clear_error (&error);
}

typedef struct
{
  const char *text;
  ReorgMoneyScale scale;
  gint64 pence;
} ParseCase;

static void
test_parse_forms (void)
{
  static const ParseCase cases[] = {
    { "£65,000", REORG_MONEY_SCALE_UNITS, 6500000 },
    { "65000", REORG_MONEY_SCALE_UNITS, 6500000 },
    { "£65,000.50", REORG_MONEY_SCALE_UNITS, 6500050 },
    { "£65,000.5", REORG_MONEY_SCALE_UNITS, 6500050 },
    { "65000.00", REORG_MONEY_SCALE_UNITS, 6500000 },
    { "-3215.00", REORG_MONEY_SCALE_UNITS, -321500 },
    { "£4.8m", REORG_MONEY_SCALE_UNITS, 480000000 },
    { "£4.8M", REORG_MONEY_SCALE_UNITS, 480000000 },
    { "£4.8 m", REORG_MONEY_SCALE_UNITS, 480000000 },
    { "£552k", REORG_MONEY_SCALE_UNITS, 55200000 },
    { "£552K", REORG_MONEY_SCALE_UNITS, 55200000 },
    { "£1.2bn", REORG_MONEY_SCALE_UNITS, 120000000000 },
    { "£1.2BN", REORG_MONEY_SCALE_UNITS, 120000000000 },
    { "£1.2Bn", REORG_MONEY_SCALE_UNITS, 120000000000 },
    { "(3,215)", REORG_MONEY_SCALE_UNITS, -321500 },
    { "(£3,215)", REORG_MONEY_SCALE_UNITS, -321500 },
    { "( 3,215 )", REORG_MONEY_SCALE_UNITS, -321500 },
    { "(£4.8m)", REORG_MONEY_SCALE_UNITS, -480000000 },
    { "-£3,215", REORG_MONEY_SCALE_UNITS, -321500 },
    { "£-3,215", REORG_MONEY_SCALE_UNITS, -321500 },
    { "\xe2\x88\x92£3,215", REORG_MONEY_SCALE_UNITS, -321500 },
    { "£\xe2\x88\x92" "3,215", REORG_MONEY_SCALE_UNITS, -321500 },
    { "+£12", REORG_MONEY_SCALE_UNITS, 1200 },
    { "  £65,000 \t\n", REORG_MONEY_SCALE_UNITS, 6500000 },
    { "\xc2\xa0£65,000\xc2\xa0", REORG_MONEY_SCALE_UNITS, 6500000 },
    { "£ 65,000", REORG_MONEY_SCALE_UNITS, 6500000 },
    { "0", REORG_MONEY_SCALE_UNITS, 0 },
    { "-0", REORG_MONEY_SCALE_UNITS, 0 },
    { "(0)", REORG_MONEY_SCALE_UNITS, 0 },
    { ".5", REORG_MONEY_SCALE_UNITS, 50 },
    { "0.01", REORG_MONEY_SCALE_UNITS, 1 },
    { "1.2300", REORG_MONEY_SCALE_UNITS, 123 },   /* exact despite 4 decimals */
    /* Tables in thousands. */
    { "3,215", REORG_MONEY_SCALE_THOUSANDS, 321500000 },
    { "(3,215)", REORG_MONEY_SCALE_THOUSANDS, -321500000 },
    { "£3,215", REORG_MONEY_SCALE_THOUSANDS, 321500000 },
    { "1.23456", REORG_MONEY_SCALE_THOUSANDS, 123456 },
    { "4.8", REORG_MONEY_SCALE_MILLIONS, 480000000 },
    { "1.2", REORG_MONEY_SCALE_BILLIONS, 120000000000 },
    { "0.00000000001", REORG_MONEY_SCALE_BILLIONS, 1 },
    /* A suffix overrides the scale of the table. */
    { "£4.8m", REORG_MONEY_SCALE_THOUSANDS, 480000000 },
    { "552k", REORG_MONEY_SCALE_MILLIONS, 55200000 },
    { "£1.2bn", REORG_MONEY_SCALE_THOUSANDS, 120000000000 },
    /* The extremes, in the machine form. */
    { "92233720368547758.07", REORG_MONEY_SCALE_UNITS, G_MAXINT64 },
    { "-92233720368547758.08", REORG_MONEY_SCALE_UNITS, G_MININT64 },
    { "(£92,233,720,368,547,758.08)", REORG_MONEY_SCALE_UNITS, G_MININT64 },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ReorgMoney) m = reorg_money_parse (cases[i].text, cases[i].scale, &error);

      if (error != NULL)
        g_test_message ("case %u: %s", i, cases[i].text);
      g_assert_no_error (error);
      g_assert_nonnull (m);
      g_assert_cmpint (m->pence, ==, cases[i].pence);
    }
}

typedef struct
{
  const char *text;
  ReorgMoneyScale scale;
  int code;
  const char *in_message;   /* a part of the message, or NULL */
} BadCase;

static void
test_parse_rejects (void)
{
  static const BadCase cases[] = {
    { "", REORG_MONEY_SCALE_UNITS, REORG_ERROR_PARSE, "empty" },
    { "   ", REORG_MONEY_SCALE_UNITS, REORG_ERROR_PARSE, "empty" },
    { "abc", REORG_MONEY_SCALE_UNITS, REORG_ERROR_PARSE, "“abc”" },
    { "£", REORG_MONEY_SCALE_UNITS, REORG_ERROR_PARSE, "no digits" },
    { "-", REORG_MONEY_SCALE_UNITS, REORG_ERROR_PARSE, NULL },
    { "()", REORG_MONEY_SCALE_UNITS, REORG_ERROR_PARSE, NULL },
    { "N/A", REORG_MONEY_SCALE_UNITS, REORG_ERROR_PARSE, "N/A" },
    { "1.2345", REORG_MONEY_SCALE_UNITS, REORG_ERROR_PARSE, "fraction of a penny" },
    { "£0.001", REORG_MONEY_SCALE_UNITS, REORG_ERROR_PARSE, "fraction of a penny" },
    { "3.215678", REORG_MONEY_SCALE_THOUSANDS, REORG_ERROR_PARSE, "fraction of a penny" },
    { "£1.000000001m", REORG_MONEY_SCALE_UNITS, REORG_ERROR_PARSE, "fraction of a penny" },
    { "(3,215", REORG_MONEY_SCALE_UNITS, REORG_ERROR_PARSE, "bracket" },
    { "3,215)", REORG_MONEY_SCALE_UNITS, REORG_ERROR_PARSE, "bracket" },
    { "(-3,215)", REORG_MONEY_SCALE_UNITS, REORG_ERROR_PARSE, "brackets and a sign" },
    { "--3", REORG_MONEY_SCALE_UNITS, REORG_ERROR_PARSE, "more than one sign" },
    { "-£-3", REORG_MONEY_SCALE_UNITS, REORG_ERROR_PARSE, "more than one sign" },
    { "££3", REORG_MONEY_SCALE_UNITS, REORG_ERROR_PARSE, "pound sign" },
    { "3,21", REORG_MONEY_SCALE_UNITS, REORG_ERROR_PARSE, "separator" },
    { "32,15", REORG_MONEY_SCALE_UNITS, REORG_ERROR_PARSE, "separator" },
    { "1,2345", REORG_MONEY_SCALE_UNITS, REORG_ERROR_PARSE, "separator" },
    { "1.2.3", REORG_MONEY_SCALE_UNITS, REORG_ERROR_PARSE, NULL },
    { "5.", REORG_MONEY_SCALE_UNITS, REORG_ERROR_PARSE, NULL },
    { "1e6", REORG_MONEY_SCALE_UNITS, REORG_ERROR_PARSE, NULL },
    { "£4.8x", REORG_MONEY_SCALE_UNITS, REORG_ERROR_PARSE, "after the number" },
    { "£4.8mm", REORG_MONEY_SCALE_UNITS, REORG_ERROR_PARSE, "after the number" },
    { "£552kg", REORG_MONEY_SCALE_UNITS, REORG_ERROR_PARSE, "after the number" },
    { "3,215-", REORG_MONEY_SCALE_UNITS, REORG_ERROR_PARSE, NULL },
    { "1 000", REORG_MONEY_SCALE_UNITS, REORG_ERROR_PARSE, NULL },
    { "NaN", REORG_MONEY_SCALE_UNITS, REORG_ERROR_PARSE, NULL },
    { "$100", REORG_MONEY_SCALE_UNITS, REORG_ERROR_PARSE, NULL },
    { "£100 £", REORG_MONEY_SCALE_UNITS, REORG_ERROR_PARSE, NULL },
    { "\xff\xfe", REORG_MONEY_SCALE_UNITS, REORG_ERROR_PARSE, NULL },
    /* Too large for pence. */
    { "92233720368547758.08", REORG_MONEY_SCALE_UNITS, REORG_ERROR_OVERFLOW, "too large" },
    { "-92233720368547758.09", REORG_MONEY_SCALE_UNITS, REORG_ERROR_OVERFLOW, "too large" },
    { "£100000000bn", REORG_MONEY_SCALE_UNITS, REORG_ERROR_OVERFLOW, NULL },
    { "100000000000000", REORG_MONEY_SCALE_THOUSANDS, REORG_ERROR_OVERFLOW, NULL },
    { "99999999999999999999999999999999999999999", REORG_MONEY_SCALE_UNITS,
      REORG_ERROR_OVERFLOW, NULL },
    { "99999999999999999999999999999999999999999.123", REORG_MONEY_SCALE_UNITS,
      REORG_ERROR_OVERFLOW, NULL },
    /* Not a scale. */
    { "1", (ReorgMoneyScale) 4, REORG_ERROR_INVALID, NULL },
    { "1", (ReorgMoneyScale) -1, REORG_ERROR_INVALID, NULL },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      ReorgMoney *m = reorg_money_parse (cases[i].text, cases[i].scale, &error);

      g_test_message ("case %u", i);
      g_assert_null (m);
      g_assert_error (error, REORG_ERROR, cases[i].code);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      if (cases[i].in_message != NULL)
        g_assert_nonnull (strstr (error->message, cases[i].in_message));
      if (cases[i].code == REORG_ERROR_PARSE && g_utf8_validate (cases[i].text, -1, NULL))
        {
          /* The message quotes the text. */
          g_autofree char *quoted = g_strdup_printf ("“%s”", cases[i].text);

          g_assert_nonnull (strstr (error->message, quoted));
        }
    }

  /* A NULL error location is fine. */
  g_assert_null (reorg_money_parse ("junk", REORG_MONEY_SCALE_UNITS, NULL));
}

static void
test_parse_long_garbage (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_strnfill (10000, 'x');
  ReorgMoney *m = reorg_money_parse (text, REORG_MONEY_SCALE_UNITS, &error);

  g_assert_null (m);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_PARSE);
  /* The quote is bounded. */
  g_assert_cmpuint (strlen (error->message), <, 300);
}

typedef struct
{
  gint64 pence;
  ReorgMoneyScale scale;
  guint decimals;
  ReorgMoneyFormatFlags flags;
  const char *expected;
} FormatCase;

static void
test_format (void)
{
  static const FormatCase cases[] = {
    { 6500000, REORG_MONEY_SCALE_UNITS, 0, REORG_MONEY_FORMAT_SYMBOL, "£65,000" },
    { 480000000, REORG_MONEY_SCALE_MILLIONS, 1,
      REORG_MONEY_FORMAT_SYMBOL | REORG_MONEY_FORMAT_SUFFIX, "£4.8m" },
    { 55200000, REORG_MONEY_SCALE_THOUSANDS, 0,
      REORG_MONEY_FORMAT_SYMBOL | REORG_MONEY_FORMAT_SUFFIX, "£552k" },
    { -321500000, REORG_MONEY_SCALE_THOUSANDS, 0, REORG_MONEY_FORMAT_BRACKETS, "(3,215)" },
    { -321500000, REORG_MONEY_SCALE_THOUSANDS, 0,
      REORG_MONEY_FORMAT_BRACKETS | REORG_MONEY_FORMAT_SYMBOL, "(£3,215)" },
    { -321500000, REORG_MONEY_SCALE_THOUSANDS, 0, REORG_MONEY_FORMAT_SYMBOL, "-£3,215" },
    { -321500000, REORG_MONEY_SCALE_THOUSANDS, 0, REORG_MONEY_FORMAT_NONE, "-3,215" },
    { -321500, REORG_MONEY_SCALE_UNITS, 0, REORG_MONEY_FORMAT_SYMBOL, "-£3,215" },
    { -480000000, REORG_MONEY_SCALE_MILLIONS, 1,
      REORG_MONEY_FORMAT_SYMBOL | REORG_MONEY_FORMAT_SUFFIX | REORG_MONEY_FORMAT_BRACKETS,
      "(£4.8m)" },
    { 120000000000, REORG_MONEY_SCALE_BILLIONS, 1,
      REORG_MONEY_FORMAT_SYMBOL | REORG_MONEY_FORMAT_SUFFIX, "£1.2bn" },
    { 6500000, REORG_MONEY_SCALE_UNITS, 0, REORG_MONEY_FORMAT_SUFFIX, "65,000" },
    { 6500000, REORG_MONEY_SCALE_UNITS, 0, REORG_MONEY_FORMAT_NO_GROUPING, "65000" },
    { 6500000, REORG_MONEY_SCALE_UNITS, 2, REORG_MONEY_FORMAT_NONE, "65,000.00" },
    { 6500000, REORG_MONEY_SCALE_UNITS, 2, REORG_MONEY_FORMAT_TRIM, "65,000" },
    { 6500050, REORG_MONEY_SCALE_UNITS, 2, REORG_MONEY_FORMAT_TRIM, "65,000.5" },
    { 480000000, REORG_MONEY_SCALE_MILLIONS, 3,
      REORG_MONEY_FORMAT_TRIM | REORG_MONEY_FORMAT_SUFFIX, "4.8m" },
    { 480000000, REORG_MONEY_SCALE_MILLIONS, 3, REORG_MONEY_FORMAT_NONE, "4.800" },
    /* Decimals are clamped so that nothing finer than a penny shows. */
    { 6500050, REORG_MONEY_SCALE_UNITS, 9, REORG_MONEY_FORMAT_NONE, "65,000.50" },
    { 1, REORG_MONEY_SCALE_THOUSANDS, 9, REORG_MONEY_FORMAT_NONE, "0.00001" },
    { 1, REORG_MONEY_SCALE_MILLIONS, 20, REORG_MONEY_FORMAT_NONE, "0.00000001" },
    { 1, REORG_MONEY_SCALE_BILLIONS, 20, REORG_MONEY_FORMAT_NONE, "0.00000000001" },
    /* Rounding half away from zero, both signs. */
    { 50, REORG_MONEY_SCALE_UNITS, 0, REORG_MONEY_FORMAT_NONE, "1" },
    { -50, REORG_MONEY_SCALE_UNITS, 0, REORG_MONEY_FORMAT_NONE, "-1" },
    { 49, REORG_MONEY_SCALE_UNITS, 0, REORG_MONEY_FORMAT_NONE, "0" },
    { -49, REORG_MONEY_SCALE_UNITS, 0, REORG_MONEY_FORMAT_SYMBOL, "£0" },
    { -49, REORG_MONEY_SCALE_UNITS, 0, REORG_MONEY_FORMAT_BRACKETS, "0" },
    { 150, REORG_MONEY_SCALE_UNITS, 0, REORG_MONEY_FORMAT_NONE, "2" },
    { 250, REORG_MONEY_SCALE_UNITS, 0, REORG_MONEY_FORMAT_NONE, "3" },
    { -250, REORG_MONEY_SCALE_UNITS, 0, REORG_MONEY_FORMAT_NONE, "-3" },
    { 45000000, REORG_MONEY_SCALE_MILLIONS, 0, REORG_MONEY_FORMAT_NONE, "0" },
    { 50000000, REORG_MONEY_SCALE_MILLIONS, 0, REORG_MONEY_FORMAT_NONE, "1" },
    { -50000000, REORG_MONEY_SCALE_MILLIONS, 0, REORG_MONEY_FORMAT_BRACKETS, "(1)" },
    { 99950000, REORG_MONEY_SCALE_THOUSANDS, 0, REORG_MONEY_FORMAT_NONE, "1,000" },
    { 99949999, REORG_MONEY_SCALE_THOUSANDS, 0, REORG_MONEY_FORMAT_NONE, "999" },
    { 484999999, REORG_MONEY_SCALE_MILLIONS, 1, REORG_MONEY_FORMAT_NONE, "4.8" },
    { 485000000, REORG_MONEY_SCALE_MILLIONS, 1, REORG_MONEY_FORMAT_NONE, "4.9" },
    { -485000000, REORG_MONEY_SCALE_MILLIONS, 1, REORG_MONEY_FORMAT_NONE, "-4.9" },
    /* Every gint64. */
    { G_MAXINT64, REORG_MONEY_SCALE_UNITS, 2, REORG_MONEY_FORMAT_SYMBOL,
      "£92,233,720,368,547,758.07" },
    { G_MININT64, REORG_MONEY_SCALE_UNITS, 2, REORG_MONEY_FORMAT_SYMBOL,
      "-£92,233,720,368,547,758.08" },
    { G_MININT64, REORG_MONEY_SCALE_UNITS, 2, REORG_MONEY_FORMAT_BRACKETS,
      "(92,233,720,368,547,758.08)" },
    { G_MININT64, REORG_MONEY_SCALE_BILLIONS, 0,
      REORG_MONEY_FORMAT_SYMBOL | REORG_MONEY_FORMAT_SUFFIX, "-£92,233,720bn" },
    { G_MAXINT64, REORG_MONEY_SCALE_BILLIONS, 11, REORG_MONEY_FORMAT_NO_GROUPING,
      "92233720.36854775807" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(ReorgMoney) m = reorg_money_new (cases[i].pence);
      g_autofree char *s = reorg_money_format (m, cases[i].scale, cases[i].decimals,
                                               cases[i].flags);

      g_test_message ("case %u", i);
      g_assert_cmpstr (s, ==, cases[i].expected);
    }
}

static void
test_to_string (void)
{
  struct
  {
    gint64 pence;
    const char *human;
    const char *machine;
  } cases[] = {
    { 6500000, "£65,000", "65000.00" },
    { 6500050, "£65,000.50", "65000.50" },
    { -321500, "-£3,215", "-3215.00" },
    { -321501, "-£3,215.01", "-3215.01" },
    { 0, "£0", "0.00" },
    { 1, "£0.01", "0.01" },
    { -1, "-£0.01", "-0.01" },
    { -99, "-£0.99", "-0.99" },
    { G_MAXINT64, "£92,233,720,368,547,758.07", "92233720368547758.07" },
    { G_MININT64, "-£92,233,720,368,547,758.08", "-92233720368547758.08" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ReorgMoney) m = reorg_money_new (cases[i].pence);
      g_autofree char *human = reorg_money_to_string (m);
      g_autofree char *machine = reorg_money_to_decimal_string (m);
      g_autoptr(ReorgMoney) back1 = NULL;
      g_autoptr(ReorgMoney) back2 = NULL;

      g_assert_cmpstr (human, ==, cases[i].human);
      g_assert_cmpstr (machine, ==, cases[i].machine);

      /* Both forms are read back exactly. */
      back1 = reorg_money_parse (human, REORG_MONEY_SCALE_UNITS, &error);
      g_assert_no_error (error);
      g_assert_cmpint (back1->pence, ==, cases[i].pence);
      back2 = reorg_money_parse (machine, REORG_MONEY_SCALE_UNITS, &error);
      g_assert_no_error (error);
      g_assert_cmpint (back2->pence, ==, cases[i].pence);
    }
}

static void
test_round_trip_formats (void)
{
  /* Whatever format writes with full precision, parse reads back. */
  static const gint64 values[] = {
    0, 1, -1, 99, 100, 101, 6500050, -321500000, 123456789012, G_MAXINT64, G_MININT64,
    G_MAXINT64 - 1, G_MININT64 + 1,
  };
  static const ReorgMoneyFormatFlags flag_sets[] = {
    REORG_MONEY_FORMAT_NONE,
    REORG_MONEY_FORMAT_SYMBOL,
    REORG_MONEY_FORMAT_BRACKETS | REORG_MONEY_FORMAT_SYMBOL | REORG_MONEY_FORMAT_SUFFIX,
    REORG_MONEY_FORMAT_NO_GROUPING | REORG_MONEY_FORMAT_TRIM,
    REORG_MONEY_FORMAT_SUFFIX | REORG_MONEY_FORMAT_TRIM | REORG_MONEY_FORMAT_BRACKETS,
  };
  guint i, j, scale;

  for (i = 0; i < G_N_ELEMENTS (values); i++)
    for (scale = REORG_MONEY_SCALE_UNITS; scale <= REORG_MONEY_SCALE_BILLIONS; scale++)
      for (j = 0; j < G_N_ELEMENTS (flag_sets); j++)
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(ReorgMoney) m = reorg_money_new (values[i]);
          g_autofree char *s = reorg_money_format (m, scale, 99, flag_sets[j]);
          g_autoptr(ReorgMoney) back = reorg_money_parse (s, scale, &error);

          if (error != NULL)
            g_test_message ("%s", s);
          g_assert_no_error (error);
          g_assert_cmpint (back->pence, ==, values[i]);
        }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/decimal/mul-ratio", test_mul_ratio);
  g_test_add_func ("/decimal/parse", test_parse_decimal);
  g_test_add_func ("/decimal/format", test_format_decimal);
  g_test_add_func ("/decimal/date-iso", test_date_iso);

  g_test_add_func ("/money/basics", test_basics);
  g_test_add_func ("/money/compare-extremes", test_compare_extremes);
  g_test_add_func ("/money/from-pounds-overflow", test_from_pounds_overflow);
  g_test_add_func ("/money/arithmetic", test_arithmetic);
  g_test_add_func ("/money/overflow", test_overflow);
  g_test_add_func ("/money/multiply-ratio", test_multiply_ratio);
  g_test_add_func ("/money/parse/forms", test_parse_forms);
  g_test_add_func ("/money/parse/rejects", test_parse_rejects);
  g_test_add_func ("/money/parse/long-garbage", test_parse_long_garbage);
  g_test_add_func ("/money/format", test_format);
  g_test_add_func ("/money/to-string", test_to_string);
  g_test_add_func ("/money/round-trip", test_round_trip_formats);

  return g_test_run ();
}
