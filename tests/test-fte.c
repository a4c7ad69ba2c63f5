/* test-fte.c: exact full-time equivalents
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "reorg-private.h"

#include <string.h>

static ReorgFte *
parse_ok (const char *text)
{
  g_autoptr(GError) error = NULL;
  ReorgFte *fte = reorg_fte_parse (text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (fte);
  return fte;
}

static void
test_basics (void)
{
  g_autoptr(ReorgFte) a = reorg_fte_new (5000);
  g_autoptr(ReorgFte) b = reorg_fte_copy (a);
  g_autoptr(ReorgFte) c = reorg_fte_new (REORG_FTE_SCALE);

  g_assert_cmpint (reorg_fte_get_units (a), ==, 5000);
  g_assert_true (a != b);
  g_assert_true (reorg_fte_equal (a, b));
  g_assert_false (reorg_fte_equal (a, c));
  g_assert_cmpint (reorg_fte_compare (a, b), ==, 0);
  g_assert_cmpint (reorg_fte_compare (a, c), ==, -1);
  g_assert_cmpint (reorg_fte_compare (c, a), ==, 1);
  g_assert_cmpfloat (reorg_fte_to_double (a), ==, 0.5);
  g_assert_cmpfloat (reorg_fte_to_double (c), ==, 1.0);

  g_assert_true (g_type_is_a (REORG_TYPE_FTE, G_TYPE_BOXED));
  {
    ReorgFte *boxed = g_boxed_copy (REORG_TYPE_FTE, a);

    g_assert_cmpint (boxed->units, ==, 5000);
    g_boxed_free (REORG_TYPE_FTE, boxed);
  }

  reorg_fte_free (NULL);
}

static void
test_compare_extremes (void)
{
  g_autoptr(ReorgFte) max = reorg_fte_new (G_MAXINT64);
  g_autoptr(ReorgFte) min = reorg_fte_new (G_MININT64);

  g_assert_cmpint (reorg_fte_compare (max, min), ==, 1);
  g_assert_cmpint (reorg_fte_compare (min, max), ==, -1);
  g_assert_cmpint (reorg_fte_compare (min, min), ==, 0);
}

static void
test_parse_forms (void)
{
  static const struct
  {
    const char *text;
    gint64 units;
  } cases[] = {
    { "18.5", 185000 },
    { "1", 10000 },
    { "1.00", 10000 },
    { "0.6", 6000 },
    { ".5", 5000 },
    { "-19.5", -195000 },
    { "\xe2\x88\x92" "0.5", -5000 },
    { "+0.5", 5000 },
    { "0", 0 },
    { "-0", 0 },
    { "0.94", 9400 },
    { "0.8108", 8108 },
    { "  0.5\t", 5000 },
    { "1.000000", 10000 },
    /* More than four decimals: rounded half away from zero. */
    { "0.810810811", 8108 },
    { "0.81085", 8109 },
    { "0.810849999", 8108 },
    { "0.00005", 1 },
    { "-0.00005", -1 },
    { "0.00004999", 0 },
    { "-0.00004", 0 },
    { "0.99995", 10000 },
    { "-0.99995", -10000 },
    { "922337203685477.5807", G_MAXINT64 },
    { "-922337203685477.5808", G_MININT64 },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(ReorgFte) fte = parse_ok (cases[i].text);

      g_test_message ("case %u", i);
      g_assert_cmpint (fte->units, ==, cases[i].units);
    }
}

static void
test_parse_rejects (void)
{
  static const char *parse_errors[] = {
    "", "   ", "abc", "NaN", "nan", "inf", "-inf", "Infinity", "1e3", "0,5", "1,000",
    "1.2.3", "5.", ".", "-", "+", "--1", "1 0", "0.5 FTE", "½", "0x1", "\xff",
  };
  static const char *overflows[] = {
    "922337203685477.5808", "-922337203685477.5809", "1000000000000000",
    "99999999999999999999999999999",
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (parse_errors); i++)
    {
      g_autoptr(GError) error = NULL;
      ReorgFte *fte = reorg_fte_parse (parse_errors[i], &error);

      g_test_message ("case %u", i);
      g_assert_null (fte);
      g_assert_error (error, REORG_ERROR, REORG_ERROR_PARSE);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      if (g_utf8_validate (parse_errors[i], -1, NULL))
        {
          g_autofree char *quoted = g_strdup_printf ("“%s”", parse_errors[i]);

          g_assert_nonnull (strstr (error->message, quoted));
        }
    }

  for (i = 0; i < G_N_ELEMENTS (overflows); i++)
    {
      g_autoptr(GError) error = NULL;
      ReorgFte *fte = reorg_fte_parse (overflows[i], &error);

      g_assert_null (fte);
      g_assert_error (error, REORG_ERROR, REORG_ERROR_OVERFLOW);
    }

  g_assert_null (reorg_fte_parse ("junk", NULL));
}

static void
test_to_string (void)
{
  static const struct
  {
    gint64 units;
    const char *text;
  } cases[] = {
    { 185000, "18.5" },
    { 10000, "1" },
    { 6000, "0.6" },
    { -195000, "-19.5" },
    { 8108, "0.8108" },
    { 0, "0" },
    { 1, "0.0001" },
    { -1, "-0.0001" },
    { 380000, "38" },
    { G_MAXINT64, "922337203685477.5807" },
    { G_MININT64, "-922337203685477.5808" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(ReorgFte) fte = reorg_fte_new (cases[i].units);
      g_autofree char *s = reorg_fte_to_string (fte);
      g_autoptr(ReorgFte) back = NULL;

      g_assert_cmpstr (s, ==, cases[i].text);
      back = parse_ok (s);
      g_assert_true (reorg_fte_equal (fte, back));
    }
}

static void
test_format (void)
{
  static const struct
  {
    gint64 units;
    guint decimals;
    const char *text;
  } cases[] = {
    { 10000, 2, "1.00" },
    { 10000, 0, "1" },
    { 185000, 1, "18.5" },
    { 185000, 0, "19" },
    { -185000, 0, "-19" },
    { 8108, 2, "0.81" },
    { 8108, 3, "0.811" },
    { 8108, 4, "0.8108" },
    { 8108, 9, "0.8108" },       /* clamped to 4 */
    { 1250, 2, "0.13" },
    { -1250, 2, "-0.13" },
    { 1249, 2, "0.12" },
    { 5000, 0, "1" },
    { -5000, 0, "-1" },
    { 4999, 0, "0" },
    { -4999, 0, "0" },           /* no "-0" */
    { 15000, 0, "2" },
    { 25000, 0, "3" },
    { -25000, 0, "-3" },
    { 6000, 4, "0.6000" },
    { G_MININT64, 4, "-922337203685477.5808" },
    { G_MININT64, 0, "-922337203685478" },
    { G_MAXINT64, 2, "922337203685477.58" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(ReorgFte) fte = reorg_fte_new (cases[i].units);
      g_autofree char *s = reorg_fte_format (fte, cases[i].decimals);

      g_test_message ("case %u", i);
      g_assert_cmpstr (s, ==, cases[i].text);
    }
}

static void
test_exact_sums (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ReorgFte) a = parse_ok ("0.6");
  g_autoptr(ReorgFte) b = parse_ok ("0.94");
  g_autoptr(ReorgFte) expected = parse_ok ("1.54");
  g_autoptr(ReorgFte) sum = reorg_fte_add (a, b, &error);
  g_autoptr(ReorgFte) total = reorg_fte_new (0);
  g_autoptr(ReorgFte) one = parse_ok ("1.0");
  g_autoptr(ReorgFte) half = parse_ok ("0.5");
  g_autoptr(ReorgFte) part = parse_ok ("18.5");
  g_autoptr(ReorgFte) rest = NULL;
  g_autofree char *s = NULL;
  guint i;

  g_assert_no_error (error);
  g_assert_true (reorg_fte_equal (sum, expected));
  s = reorg_fte_to_string (sum);
  g_assert_cmpstr (s, ==, "1.54");

  /* 37 × 1.0 + 2 × 0.5 = 38 exactly. */
  for (i = 0; i < 37; i++)
    {
      ReorgFte *next = reorg_fte_add (total, one, &error);

      g_assert_no_error (error);
      reorg_fte_free (g_steal_pointer (&total));
      total = next;
    }
  for (i = 0; i < 2; i++)
    {
      ReorgFte *next = reorg_fte_add (total, half, &error);

      g_assert_no_error (error);
      reorg_fte_free (g_steal_pointer (&total));
      total = next;
    }
  g_assert_cmpint (total->units, ==, 38 * REORG_FTE_SCALE);
  g_clear_pointer (&s, g_free);
  s = reorg_fte_to_string (total);
  g_assert_cmpstr (s, ==, "38");

  /* 38 - 18.5 = 19.5 exactly. */
  rest = reorg_fte_subtract (total, part, &error);
  g_assert_no_error (error);
  g_clear_pointer (&s, g_free);
  s = reorg_fte_to_string (rest);
  g_assert_cmpstr (s, ==, "19.5");

  /* Ten tenths are one. */
  {
    g_autoptr(ReorgFte) tenth = parse_ok ("0.1");
    g_autoptr(ReorgFte) acc = reorg_fte_new (0);

    for (i = 0; i < 10; i++)
      {
        ReorgFte *next = reorg_fte_add (acc, tenth, &error);

        g_assert_no_error (error);
        reorg_fte_free (g_steal_pointer (&acc));
        acc = next;
      }
    g_assert_true (reorg_fte_equal (acc, one));
  }
}

static void
test_overflow (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ReorgFte) max = reorg_fte_new (G_MAXINT64);
  g_autoptr(ReorgFte) min = reorg_fte_new (G_MININT64);
  g_autoptr(ReorgFte) tiny = reorg_fte_new (1);
  ReorgFte *r;

  r = reorg_fte_add (max, tiny, &error);
  g_assert_null (r);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_OVERFLOW);
  g_clear_error (&error);

  r = reorg_fte_subtract (min, tiny, &error);
  g_assert_null (r);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_OVERFLOW);
  g_clear_error (&error);

  r = reorg_fte_subtract (tiny, min, &error);
  g_assert_null (r);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_OVERFLOW);
  g_clear_error (&error);

  r = reorg_fte_add (max, min, &error);
  g_assert_no_error (error);
  g_assert_cmpint (r->units, ==, -1);
  reorg_fte_free (r);
}

static void
test_from_hours (void)
{
  g_autoptr(GError) error = NULL;
  ReorgFte *fte;

  /* 30 hours of a 37-hour week: 0.810810... -> 0.8108. */
  fte = reorg_fte_new_from_hours (1800, 2220, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fte->units, ==, 8108);
  reorg_fte_free (fte);

  fte = reorg_fte_new_from_hours (2220, 2220, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fte->units, ==, REORG_FTE_SCALE);
  reorg_fte_free (fte);

  fte = reorg_fte_new_from_hours (0, 2220, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fte->units, ==, 0);
  reorg_fte_free (fte);

  /* 22.5 hours of 37.5: exactly 0.6. */
  fte = reorg_fte_new_from_hours (1350, 2250, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fte->units, ==, 6000);
  reorg_fte_free (fte);

  /* Half a unit rounds up: 1 / 20000 = 0.00005 -> 0.0001. */
  fte = reorg_fte_new_from_hours (1, 20000, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fte->units, ==, 1);
  reorg_fte_free (fte);

  /* Just below half rounds down: 1 / 20001. */
  fte = reorg_fte_new_from_hours (1, 20001, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fte->units, ==, 0);
  reorg_fte_free (fte);

  /* Overtime beyond full time is allowed: 45 of 37 hours. */
  fte = reorg_fte_new_from_hours (2700, 2220, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fte->units, ==, 12162);
  reorg_fte_free (fte);

  fte = reorg_fte_new_from_hours (1800, 0, &error);
  g_assert_null (fte);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);
  g_clear_error (&error);

  fte = reorg_fte_new_from_hours (1800, -2220, &error);
  g_assert_null (fte);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);
  g_clear_error (&error);

  fte = reorg_fte_new_from_hours (-1, 2220, &error);
  g_assert_null (fte);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);
  g_clear_error (&error);

  fte = reorg_fte_new_from_hours (G_MAXINT64, 1, &error);
  g_assert_null (fte);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_OVERFLOW);
  g_clear_error (&error);

  fte = reorg_fte_new_from_hours (G_MAXINT64, G_MAXINT64, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fte->units, ==, REORG_FTE_SCALE);
  reorg_fte_free (fte);

  g_assert_null (reorg_fte_new_from_hours (1, 0, NULL));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/fte/basics", test_basics);
  g_test_add_func ("/fte/compare-extremes", test_compare_extremes);
  g_test_add_func ("/fte/parse/forms", test_parse_forms);
  g_test_add_func ("/fte/parse/rejects", test_parse_rejects);
  g_test_add_func ("/fte/to-string", test_to_string);
  g_test_add_func ("/fte/format", test_format);
  g_test_add_func ("/fte/exact-sums", test_exact_sums);
  g_test_add_func ("/fte/overflow", test_overflow);
  g_test_add_func ("/fte/from-hours", test_from_hours);

  return g_test_run ();
}
