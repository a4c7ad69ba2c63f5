/* test-financial-year.c: financial years with a configurable start month
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "reorg-private.h"

#include <string.h>

static ReorgFinancialYear *
year_ok (gint start_year, GDateMonth start_month)
{
  g_autoptr(GError) error = NULL;
  ReorgFinancialYear *fy = reorg_financial_year_new (start_year, start_month, &error);

  g_assert_no_error (error);
  g_assert_nonnull (fy);
  return fy;
}

static void
assert_date (const GDate *date, GDateDay day, GDateMonth month, GDateYear year)
{
  g_assert_nonnull (date);
  g_assert_true (g_date_valid (date));
  g_assert_cmpint (g_date_get_day (date), ==, day);
  g_assert_cmpint (g_date_get_month (date), ==, month);
  g_assert_cmpint (g_date_get_year (date), ==, year);
}

static void
test_basics (void)
{
  g_autoptr(ReorgFinancialYear) fy = year_ok (2015, G_DATE_APRIL);
  g_autoptr(ReorgFinancialYear) copy = reorg_financial_year_copy (fy);
  g_autofree char *label = reorg_financial_year_get_label (fy);
  g_autoptr(GDate) first = reorg_financial_year_get_first_day (fy);
  g_autoptr(GDate) last = reorg_financial_year_get_last_day (fy);

  g_assert_cmpint (reorg_financial_year_get_start_year (fy), ==, 2015);
  g_assert_cmpint (reorg_financial_year_get_start_month (fy), ==, G_DATE_APRIL);
  g_assert_cmpstr (label, ==, "2015/16");
  assert_date (first, 1, G_DATE_APRIL, 2015);
  assert_date (last, 31, G_DATE_MARCH, 2016);
  /* 2015/16 holds 29 February 2016. */
  g_assert_cmpuint (reorg_financial_year_get_n_days (fy), ==, 366);

  g_assert_true (copy != fy);
  g_assert_true (reorg_financial_year_equal (fy, copy));
  g_assert_cmpint (reorg_financial_year_compare (fy, copy), ==, 0);

  g_assert_true (g_type_is_a (REORG_TYPE_FINANCIAL_YEAR, G_TYPE_BOXED));
  {
    ReorgFinancialYear *boxed = g_boxed_copy (REORG_TYPE_FINANCIAL_YEAR, fy);

    g_assert_true (reorg_financial_year_equal (fy, boxed));
    g_boxed_free (REORG_TYPE_FINANCIAL_YEAR, boxed);
  }

  reorg_financial_year_free (NULL);
}

static void
test_new_invalid (void)
{
  static const struct
  {
    gint year;
    int month;
  } cases[] = {
    { 2015, 0 }, { 2015, 13 }, { 2015, -1 }, { 0, 4 }, { -1, 4 }, { 9999, 4 },
    { 9999, 1 }, { G_MAXINT, 4 }, { G_MININT, 4 },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      ReorgFinancialYear *fy = reorg_financial_year_new (cases[i].year,
                                                         (GDateMonth) cases[i].month, &error);

      g_test_message ("case %u", i);
      g_assert_null (fy);
      g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);
    }

  {
    g_autoptr(ReorgFinancialYear) lowest = year_ok (1, G_DATE_JANUARY);
    g_autoptr(ReorgFinancialYear) highest = year_ok (9998, G_DATE_DECEMBER);
    g_autoptr(GDate) first = reorg_financial_year_get_first_day (lowest);
    g_autoptr(GDate) last = reorg_financial_year_get_last_day (highest);
    g_autofree char *l1 = reorg_financial_year_get_label (lowest);
    g_autofree char *l2 = reorg_financial_year_get_label (highest);

    assert_date (first, 1, G_DATE_JANUARY, 1);
    assert_date (last, 30, G_DATE_NOVEMBER, 9999);
    g_assert_cmpstr (l1, ==, "0001");
    g_assert_cmpstr (l2, ==, "9998/99");
  }

  g_assert_null (reorg_financial_year_new (2015, 13, NULL));
}

static void
test_labels (void)
{
  static const struct
  {
    gint year;
    GDateMonth month;
    const char *label;
  } cases[] = {
    { 2015, G_DATE_APRIL, "2015/16" },
    { 1999, G_DATE_APRIL, "1999/00" },
    { 2009, G_DATE_JULY, "2009/10" },
    { 2099, G_DATE_FEBRUARY, "2099/00" },
    { 2015, G_DATE_JANUARY, "2015" },
    { 2015, G_DATE_DECEMBER, "2015/16" },
    { 999, G_DATE_APRIL, "0999/00" },
    { 5, G_DATE_APRIL, "0005/06" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ReorgFinancialYear) fy = year_ok (cases[i].year, cases[i].month);
      g_autofree char *label = reorg_financial_year_get_label (fy);
      g_autoptr(ReorgFinancialYear) back = NULL;

      g_assert_cmpstr (label, ==, cases[i].label);

      /* Every label is read back. */
      back = reorg_financial_year_parse (label, cases[i].month, &error);
      g_assert_no_error (error);
      g_assert_true (reorg_financial_year_equal (fy, back));
    }
}

static void
test_parse (void)
{
  static const struct
  {
    const char *label;
    GDateMonth month;
    gint year;
  } cases[] = {
    { "2015/16", G_DATE_APRIL, 2015 },
    { "2015-16", G_DATE_APRIL, 2015 },
    { "2015/2016", G_DATE_APRIL, 2015 },
    { "2015-2016", G_DATE_APRIL, 2015 },
    { "2015\xe2\x80\x93" "16", G_DATE_APRIL, 2015 },   /* en dash */
    { " 2015/16 ", G_DATE_APRIL, 2015 },
    { "1999/00", G_DATE_APRIL, 1999 },
    { "1999/2000", G_DATE_APRIL, 1999 },
    { "2015", G_DATE_JANUARY, 2015 },
    { "2015/16", G_DATE_JULY, 2015 },
    { "9998/99", G_DATE_APRIL, 9998 },
    { "0001/02", G_DATE_APRIL, 1 },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ReorgFinancialYear) fy = reorg_financial_year_parse (cases[i].label,
                                                                     cases[i].month, &error);

      g_test_message ("case %u", i);
      g_assert_no_error (error);
      g_assert_cmpint (fy->start_year, ==, cases[i].year);
      g_assert_cmpint (fy->start_month, ==, cases[i].month);
    }
}

static void
test_parse_rejects (void)
{
  static const struct
  {
    const char *label;
    int month;
    int code;
  } cases[] = {
    { "2015/17", G_DATE_APRIL, REORG_ERROR_PARSE },
    { "2015/15", G_DATE_APRIL, REORG_ERROR_PARSE },
    { "2015/2017", G_DATE_APRIL, REORG_ERROR_PARSE },
    { "2015-14", G_DATE_APRIL, REORG_ERROR_PARSE },
    { "1999/2000x", G_DATE_APRIL, REORG_ERROR_PARSE },
    { "1999/100", G_DATE_APRIL, REORG_ERROR_PARSE },
    { "2015/6", G_DATE_APRIL, REORG_ERROR_PARSE },
    { "2015/", G_DATE_APRIL, REORG_ERROR_PARSE },
    { "2015 / 16", G_DATE_APRIL, REORG_ERROR_PARSE },
    { "2015.16", G_DATE_APRIL, REORG_ERROR_PARSE },
    { "15/16", G_DATE_APRIL, REORG_ERROR_PARSE },
    { "FY2015/16", G_DATE_APRIL, REORG_ERROR_PARSE },
    { "", G_DATE_APRIL, REORG_ERROR_PARSE },
    { "   ", G_DATE_APRIL, REORG_ERROR_PARSE },
    { "abcd", G_DATE_APRIL, REORG_ERROR_PARSE },
    { "2015", G_DATE_APRIL, REORG_ERROR_PARSE },       /* ambiguous for April */
    { "2015/16", G_DATE_JANUARY, REORG_ERROR_PARSE },  /* calendar year */
    { "20150", G_DATE_JANUARY, REORG_ERROR_PARSE },
    { "\xff\xfe", G_DATE_APRIL, REORG_ERROR_PARSE },
    /* Well-formed but out of range. */
    { "0000/01", G_DATE_APRIL, REORG_ERROR_INVALID },
    { "0000", G_DATE_JANUARY, REORG_ERROR_INVALID },
    { "9999/00", G_DATE_APRIL, REORG_ERROR_INVALID },
    { "9999", G_DATE_JANUARY, REORG_ERROR_INVALID },
    /* Not a month. */
    { "2015/16", 0, REORG_ERROR_INVALID },
    { "2015/16", 13, REORG_ERROR_INVALID },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      ReorgFinancialYear *fy = reorg_financial_year_parse (cases[i].label,
                                                           (GDateMonth) cases[i].month, &error);

      g_test_message ("case %u", i);
      g_assert_null (fy);
      g_assert_error (error, REORG_ERROR, cases[i].code);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      if (cases[i].code == REORG_ERROR_PARSE && g_utf8_validate (cases[i].label, -1, NULL))
        {
          g_autofree char *quoted = g_strdup_printf ("“%s”", cases[i].label);

          g_assert_nonnull (strstr (error->message, quoted));
        }
    }

  g_assert_null (reorg_financial_year_parse ("2015/17", G_DATE_APRIL, NULL));
}

static void
test_for_date (void)
{
  static const struct
  {
    GDateDay day;
    GDateMonth month;
    GDateYear year;
    GDateMonth start_month;
    gint start_year;
  } cases[] = {
    { 15, G_DATE_FEBRUARY, 2016, G_DATE_APRIL, 2015 },
    { 29, G_DATE_FEBRUARY, 2016, G_DATE_APRIL, 2015 },
    { 31, G_DATE_MARCH, 2016, G_DATE_APRIL, 2015 },
    { 1, G_DATE_APRIL, 2016, G_DATE_APRIL, 2016 },
    { 1, G_DATE_APRIL, 2015, G_DATE_APRIL, 2015 },
    { 31, G_DATE_DECEMBER, 2015, G_DATE_APRIL, 2015 },
    { 1, G_DATE_JANUARY, 2016, G_DATE_APRIL, 2015 },
    { 1, G_DATE_JANUARY, 2016, G_DATE_JANUARY, 2016 },
    { 31, G_DATE_DECEMBER, 2016, G_DATE_JANUARY, 2016 },
    { 30, G_DATE_JUNE, 2016, G_DATE_JULY, 2015 },
    { 1, G_DATE_JULY, 2016, G_DATE_JULY, 2016 },
    { 30, G_DATE_NOVEMBER, 2016, G_DATE_DECEMBER, 2015 },
    { 1, G_DATE_DECEMBER, 2016, G_DATE_DECEMBER, 2016 },
    { 1, G_DATE_APRIL, 1, G_DATE_APRIL, 1 },
    { 31, G_DATE_DECEMBER, 9999, G_DATE_APRIL, 0 },   /* 9999/00: out of range */
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GDate) date = g_date_new_dmy (cases[i].day, cases[i].month, cases[i].year);
      g_autoptr(ReorgFinancialYear) fy = NULL;

      g_test_message ("case %u", i);
      if (cases[i].start_year == 0)
        {
          fy = reorg_financial_year_new_for_date (date, cases[i].start_month, &error);
          g_assert_null (fy);
          g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);
          continue;
        }
      fy = reorg_financial_year_new_for_date (date, cases[i].start_month, &error);
      g_assert_no_error (error);
      g_assert_cmpint (fy->start_year, ==, cases[i].start_year);
      g_assert_cmpint (fy->start_month, ==, cases[i].start_month);
      g_assert_true (reorg_financial_year_contains (fy, date));
    }
}

static void
test_for_date_invalid (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) invalid = g_date_new ();
  g_autoptr(GDate) early = g_date_new_dmy (31, G_DATE_MARCH, 1);
  g_autoptr(GDate) fine = g_date_new_dmy (1, G_DATE_MAY, 2015);
  ReorgFinancialYear *fy;

  fy = reorg_financial_year_new_for_date (invalid, G_DATE_APRIL, &error);
  g_assert_null (fy);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);
  g_clear_error (&error);

  /* 31 March of year 1 would be in 0/01. */
  fy = reorg_financial_year_new_for_date (early, G_DATE_APRIL, &error);
  g_assert_null (fy);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);
  g_clear_error (&error);

  fy = reorg_financial_year_new_for_date (fine, 0, &error);
  g_assert_null (fy);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);
  g_clear_error (&error);

  fy = reorg_financial_year_new_for_date (fine, 13, &error);
  g_assert_null (fy);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);
  g_clear_error (&error);
}

static void
test_n_days (void)
{
  static const struct
  {
    gint year;
    GDateMonth month;
    guint n_days;
  } cases[] = {
    { 2015, G_DATE_APRIL, 366 },    /* holds 29 February 2016 */
    { 2016, G_DATE_APRIL, 365 },
    { 2016, G_DATE_JANUARY, 366 },
    { 2015, G_DATE_JANUARY, 365 },
    { 2016, G_DATE_FEBRUARY, 366 }, /* 1 Feb 2016 to 31 Jan 2017 */
    { 2016, G_DATE_MARCH, 365 },    /* 1 Mar 2016 to 28 Feb 2017 */
    { 2015, G_DATE_MARCH, 366 },    /* 1 Mar 2015 to 29 Feb 2016 */
    { 1899, G_DATE_APRIL, 365 },    /* 1900 is not a leap year */
    { 1999, G_DATE_APRIL, 366 },    /* 2000 is */
    { 2099, G_DATE_APRIL, 365 },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(ReorgFinancialYear) fy = year_ok (cases[i].year, cases[i].month);

      g_test_message ("case %u", i);
      g_assert_cmpuint (reorg_financial_year_get_n_days (fy), ==, cases[i].n_days);
    }
}

static void
test_first_last_days (void)
{
  g_autoptr(ReorgFinancialYear) jan = year_ok (2015, G_DATE_JANUARY);
  g_autoptr(ReorgFinancialYear) mar = year_ok (2015, G_DATE_MARCH);
  g_autoptr(ReorgFinancialYear) jul = year_ok (2015, G_DATE_JULY);
  g_autoptr(GDate) d1 = reorg_financial_year_get_first_day (jan);
  g_autoptr(GDate) d2 = reorg_financial_year_get_last_day (jan);
  g_autoptr(GDate) d3 = reorg_financial_year_get_last_day (mar);
  g_autoptr(GDate) d4 = reorg_financial_year_get_first_day (jul);
  g_autoptr(GDate) d5 = reorg_financial_year_get_last_day (jul);

  assert_date (d1, 1, G_DATE_JANUARY, 2015);
  assert_date (d2, 31, G_DATE_DECEMBER, 2015);
  assert_date (d3, 29, G_DATE_FEBRUARY, 2016);
  assert_date (d4, 1, G_DATE_JULY, 2015);
  assert_date (d5, 30, G_DATE_JUNE, 2016);
}

static void
test_contains (void)
{
  g_autoptr(ReorgFinancialYear) fy = year_ok (2015, G_DATE_APRIL);
  g_autoptr(GDate) d = g_date_new ();

  g_date_set_dmy (d, 31, G_DATE_MARCH, 2015);
  g_assert_false (reorg_financial_year_contains (fy, d));
  g_date_set_dmy (d, 1, G_DATE_APRIL, 2015);
  g_assert_true (reorg_financial_year_contains (fy, d));
  g_date_set_dmy (d, 29, G_DATE_FEBRUARY, 2016);
  g_assert_true (reorg_financial_year_contains (fy, d));
  g_date_set_dmy (d, 31, G_DATE_MARCH, 2016);
  g_assert_true (reorg_financial_year_contains (fy, d));
  g_date_set_dmy (d, 1, G_DATE_APRIL, 2016);
  g_assert_false (reorg_financial_year_contains (fy, d));

  /* An invalid date is in no year, without a warning. */
  g_date_clear (d, 1);
  g_assert_false (reorg_financial_year_contains (fy, d));
}

static void
test_days_from (void)
{
  g_autoptr(ReorgFinancialYear) fy = year_ok (2015, G_DATE_APRIL);
  g_autoptr(ReorgFinancialYear) fy2 = year_ok (2016, G_DATE_APRIL);
  g_autoptr(GDate) d = g_date_new ();

  /* Before the year: the whole year. */
  g_date_set_dmy (d, 1, G_DATE_JANUARY, 2000);
  g_assert_cmpuint (reorg_financial_year_days_from (fy, d), ==, 366);
  g_assert_cmpfloat (reorg_financial_year_fraction_from (fy, d), ==, 1.0);
  g_date_set_dmy (d, 31, G_DATE_MARCH, 2015);
  g_assert_cmpuint (reorg_financial_year_days_from (fy, d), ==, 366);

  /* Inside, first and last days included. */
  g_date_set_dmy (d, 1, G_DATE_APRIL, 2015);
  g_assert_cmpuint (reorg_financial_year_days_from (fy, d), ==, 366);
  g_date_set_dmy (d, 2, G_DATE_APRIL, 2015);
  g_assert_cmpuint (reorg_financial_year_days_from (fy, d), ==, 365);
  g_date_set_dmy (d, 1, G_DATE_OCTOBER, 2015);
  g_assert_cmpuint (reorg_financial_year_days_from (fy, d), ==, 183);
  g_assert_cmpfloat (reorg_financial_year_fraction_from (fy, d), ==, 183.0 / 366.0);
  g_date_set_dmy (d, 1, G_DATE_MARCH, 2016);
  g_assert_cmpuint (reorg_financial_year_days_from (fy, d), ==, 31);
  g_date_set_dmy (d, 29, G_DATE_FEBRUARY, 2016);
  g_assert_cmpuint (reorg_financial_year_days_from (fy, d), ==, 32);
  g_date_set_dmy (d, 31, G_DATE_MARCH, 2016);
  g_assert_cmpuint (reorg_financial_year_days_from (fy, d), ==, 1);
  g_assert_cmpfloat (reorg_financial_year_fraction_from (fy, d), ==, 1.0 / 366.0);

  /* After the year: nothing. */
  g_date_set_dmy (d, 1, G_DATE_APRIL, 2016);
  g_assert_cmpuint (reorg_financial_year_days_from (fy, d), ==, 0);
  g_assert_cmpfloat (reorg_financial_year_fraction_from (fy, d), ==, 0.0);
  g_assert_cmpuint (reorg_financial_year_days_from (fy2, d), ==, 365);
  g_date_set_dmy (d, 1, G_DATE_JANUARY, 2030);
  g_assert_cmpuint (reorg_financial_year_days_from (fy, d), ==, 0);

  /* An invalid date gives 0, without a warning. */
  g_date_clear (d, 1);
  g_assert_cmpuint (reorg_financial_year_days_from (fy, d), ==, 0);
  g_assert_cmpfloat (reorg_financial_year_fraction_from (fy, d), ==, 0.0);
}

static void
test_days_from_other_months (void)
{
  g_autoptr(ReorgFinancialYear) jan = year_ok (2016, G_DATE_JANUARY);
  g_autoptr(ReorgFinancialYear) jul = year_ok (2015, G_DATE_JULY);
  g_autoptr(GDate) d = g_date_new ();

  g_date_set_dmy (d, 31, G_DATE_DECEMBER, 2016);
  g_assert_cmpuint (reorg_financial_year_days_from (jan, d), ==, 1);
  g_date_set_dmy (d, 1, G_DATE_JULY, 2016);
  g_assert_cmpuint (reorg_financial_year_days_from (jan, d), ==, 184);

  g_date_set_dmy (d, 30, G_DATE_JUNE, 2016);
  g_assert_cmpuint (reorg_financial_year_days_from (jul, d), ==, 1);
  g_date_set_dmy (d, 1, G_DATE_JULY, 2016);
  g_assert_cmpuint (reorg_financial_year_days_from (jul, d), ==, 0);
  g_date_set_dmy (d, 1, G_DATE_JULY, 2015);
  g_assert_cmpuint (reorg_financial_year_days_from (jul, d), ==, 366);
}

static void
test_offset (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ReorgFinancialYear) fy = year_ok (2015, G_DATE_APRIL);
  ReorgFinancialYear *r;
  g_autofree char *label = NULL;

  r = reorg_financial_year_offset (fy, 2, &error);
  g_assert_no_error (error);
  label = reorg_financial_year_get_label (r);
  g_assert_cmpstr (label, ==, "2017/18");
  g_assert_cmpint (r->start_month, ==, G_DATE_APRIL);
  reorg_financial_year_free (r);

  r = reorg_financial_year_offset (fy, -16, &error);
  g_assert_no_error (error);
  g_clear_pointer (&label, g_free);
  label = reorg_financial_year_get_label (r);
  g_assert_cmpstr (label, ==, "1999/00");
  reorg_financial_year_free (r);

  r = reorg_financial_year_offset (fy, 0, &error);
  g_assert_no_error (error);
  g_assert_true (reorg_financial_year_equal (fy, r));
  reorg_financial_year_free (r);

  r = reorg_financial_year_offset (fy, 9998 - 2015, &error);
  g_assert_no_error (error);
  g_assert_cmpint (r->start_year, ==, 9998);
  reorg_financial_year_free (r);

  r = reorg_financial_year_offset (fy, 1 - 2015, &error);
  g_assert_no_error (error);
  g_assert_cmpint (r->start_year, ==, 1);
  reorg_financial_year_free (r);

  r = reorg_financial_year_offset (fy, 9999 - 2015, &error);
  g_assert_null (r);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);
  g_clear_error (&error);

  r = reorg_financial_year_offset (fy, -2015, &error);
  g_assert_null (r);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);
  g_clear_error (&error);

  /* No int overflow at the extremes. */
  r = reorg_financial_year_offset (fy, G_MAXINT, &error);
  g_assert_null (r);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);
  g_clear_error (&error);

  r = reorg_financial_year_offset (fy, G_MININT, &error);
  g_assert_null (r);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);
  g_clear_error (&error);

  /* A struct filled in by hand with bad fields is an error, not a crash. */
  {
    ReorgFinancialYear bad = { 2015, 0 };

    r = reorg_financial_year_offset (&bad, 1, &error);
    g_assert_null (r);
    g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);
    g_clear_error (&error);
  }
}

static void
test_equal_compare (void)
{
  g_autoptr(ReorgFinancialYear) a = year_ok (2015, G_DATE_APRIL);
  g_autoptr(ReorgFinancialYear) b = year_ok (2016, G_DATE_APRIL);
  g_autoptr(ReorgFinancialYear) c = year_ok (2015, G_DATE_JANUARY);
  g_autoptr(ReorgFinancialYear) d = year_ok (2015, G_DATE_DECEMBER);
  g_autoptr(ReorgFinancialYear) e = year_ok (2014, G_DATE_DECEMBER);

  g_assert_false (reorg_financial_year_equal (a, b));
  g_assert_false (reorg_financial_year_equal (a, c));
  g_assert_cmpint (reorg_financial_year_compare (a, b), ==, -1);
  g_assert_cmpint (reorg_financial_year_compare (b, a), ==, 1);
  /* By first day: 1 Jan 2015 < 1 Apr 2015 < 1 Dec 2015 < 1 Apr 2016. */
  g_assert_cmpint (reorg_financial_year_compare (c, a), ==, -1);
  g_assert_cmpint (reorg_financial_year_compare (a, d), ==, -1);
  g_assert_cmpint (reorg_financial_year_compare (d, b), ==, -1);
  g_assert_cmpint (reorg_financial_year_compare (e, c), ==, -1);
  g_assert_cmpint (reorg_financial_year_compare (c, e), ==, 1);
}

static int
compare_indirect (gconstpointer a, gconstpointer b)
{
  return reorg_financial_year_compare (*(ReorgFinancialYear * const *) a,
                                       *(ReorgFinancialYear * const *) b);
}

static void
test_sort (void)
{
  g_autoptr(GPtrArray) years = g_ptr_array_new_with_free_func ((GDestroyNotify) reorg_financial_year_free);
  static const gint starts[] = { 2019, 2015, 2017, 2016, 2018 };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (starts); i++)
    g_ptr_array_add (years, year_ok (starts[i], G_DATE_APRIL));

  g_ptr_array_sort (years, compare_indirect);
  for (i = 0; i < years->len; i++)
    {
      ReorgFinancialYear *fy = g_ptr_array_index (years, i);

      g_assert_cmpint (fy->start_year, ==, 2015 + (gint) i);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/financial-year/basics", test_basics);
  g_test_add_func ("/financial-year/new-invalid", test_new_invalid);
  g_test_add_func ("/financial-year/labels", test_labels);
  g_test_add_func ("/financial-year/parse/forms", test_parse);
  g_test_add_func ("/financial-year/parse/rejects", test_parse_rejects);
  g_test_add_func ("/financial-year/for-date", test_for_date);
  g_test_add_func ("/financial-year/for-date-invalid", test_for_date_invalid);
  g_test_add_func ("/financial-year/n-days", test_n_days);
  g_test_add_func ("/financial-year/first-last-days", test_first_last_days);
  g_test_add_func ("/financial-year/contains", test_contains);
  g_test_add_func ("/financial-year/days-from", test_days_from);
  g_test_add_func ("/financial-year/days-from-other-months", test_days_from_other_months);
  g_test_add_func ("/financial-year/offset", test_offset);
  g_test_add_func ("/financial-year/equal-compare", test_equal_compare);
  g_test_add_func ("/financial-year/sort", test_sort);

  return g_test_run ();
}
