/* test-savings.c: money by financial year, one-off costs, redundancy pay,
 * the workforce impact table and the consultation check */
#include "reorg-effect-private.h"

/* ---- building effects by hand ---- */

typedef struct
{
  guint            change;
  const char      *date;        /* ISO dates */
  const char      *money_date;  /* NULL: the effective date */
  const char      *post;
  const char      *unit;
  const char      *service;
  const char      *funding;     /* NULL: "mainstream" */
  gint64           cost;        /* annual cost delta, pence: negative saves */
  gint64           fte;         /* FTE delta, ten-thousandths */
  gint64           posts;
  ReorgPostStatus  status;
  ReorgTenure      tenure;
} E;

static GDate
date_iso (const char *text)
{
  GDate d;

  g_assert_true (reorg_date_parse_iso (text, &d));
  return d;
}

static GDate
dmy (guint day, guint month, guint year)
{
  GDate d;

  g_date_clear (&d, 1);
  g_date_set_dmy (&d, day, month, year);
  return d;
}

static void
add (GArray *effects,
     E       e)
{
  ReorgEffect effect = { 0 };

  effect.change_index = e.change;
  effect.date = date_iso (e.date);
  if (e.money_date != NULL)
    effect.money_date = date_iso (e.money_date);
  else
    g_date_clear (&effect.money_date, 1);
  effect.post_reference = g_strdup (e.post);
  effect.unit_reference = g_strdup (e.unit);
  effect.service_reference = g_strdup (e.service);
  effect.funding_key = g_intern_string (e.funding != NULL ? e.funding : "mainstream");
  effect.annual_cost_delta = e.cost;
  effect.fte_delta = e.fte;
  effect.posts_delta = e.posts;
  effect.status_before = e.status;
  effect.tenure_before = e.tenure;
  g_array_append_val (effects, effect);
}

/* A filled permanent post of the given annual cost disestablished on date. */
static void
add_cut (GArray     *effects,
         guint       change,
         const char *date,
         const char *service,
         gint64      pence)
{
  add (effects, (E) { change, date, NULL, "P", service, service, NULL, -pence, -10000, -1,
                      REORG_POST_STATUS_FILLED, REORG_TENURE_PERMANENT });
}

static ReorgSavings *
savings_april (GArray  *effects,
               gint     first_start_year,
               guint    n_years)
{
  g_autoptr(ReorgFinancialYear) first = reorg_financial_year_new (first_start_year, G_DATE_APRIL, NULL);
  g_autoptr(GError) error = NULL;
  ReorgSavings *savings = reorg_savings_new_from_effects (effects, NULL, 0, G_DATE_APRIL,
                                                          first, n_years, &error);

  g_assert_no_error (error);
  g_assert_nonnull (savings);
  return savings;
}

#define assert_pence(money, expected) \
  G_STMT_START { \
    const ReorgMoney *_m = (money); \
    g_assert_nonnull (_m); \
    g_assert_cmpint (_m->pence, ==, (expected)); \
  } G_STMT_END

/* ---- part-year and full-year effects ---- */

static void
test_part_year_boundary (void)
{
  g_autoptr(GArray) effects = reorg_effects_new ();
  g_autoptr(ReorgSavings) savings = NULL;
  g_autoptr(ReorgFinancialYear) fy = reorg_financial_year_new (2010, G_DATE_APRIL, NULL);
  g_autoptr(GPtrArray) years = NULL;
  GDate oct = dmy (1, 10, 2010);
  g_autofree char *label0 = NULL;

  /* A post of £36,500 disestablished on 1 October 2010: 1 October to
   * 31 March is 31 + 30 + 31 + 31 + 28 + 31 = 182 days of 365. */
  g_assert_cmpuint (reorg_financial_year_days_from (fy, &oct), ==, 182);
  add_cut (effects, 0, "2010-10-01", "CS", 3650000);
  savings = savings_april (effects, 2009, 4);

  g_assert_cmpuint (reorg_savings_get_n_years (savings), ==, 4);
  g_assert_cmpint (reorg_savings_get_start_month (savings), ==, G_DATE_APRIL);
  years = reorg_savings_get_years (savings);
  g_assert_cmpuint (years->len, ==, 4);
  label0 = reorg_financial_year_get_label (g_ptr_array_index (years, 0));
  g_assert_cmpstr (label0, ==, "2009/10");
  g_assert_true (reorg_financial_year_equal (g_ptr_array_index (years, 1), fy));
  g_assert_true (reorg_financial_year_equal (reorg_savings_get_year (savings, 1), fy));

  assert_pence (reorg_savings_get_total (savings, 0), 0);           /* 2009/10: before */
  assert_pence (reorg_savings_get_total (savings, 1), 1820000);     /* 182/365 of £36,500 */
  assert_pence (reorg_savings_get_total (savings, 2), 3650000);     /* 2011/12: all of it */
  assert_pence (reorg_savings_get_total (savings, 3), 3650000);
  assert_pence (reorg_savings_get_full_year_total (savings), 3650000);
}

static void
test_part_year_first_and_last_day (void)
{
  g_autoptr(GArray) effects = reorg_effects_new ();
  g_autoptr(ReorgSavings) savings = NULL;

  /* On the first day of a year: the whole year. On the last day: one day. */
  add_cut (effects, 0, "2011-04-01", "CS", 3650000);
  add_cut (effects, 1, "2011-03-31", "CS", 3650000);
  savings = savings_april (effects, 2010, 2);
  assert_pence (reorg_savings_get_total (savings, 0), 10000);        /* 1/365 */
  assert_pence (reorg_savings_get_total (savings, 1), 7300000);
}

static void
test_part_year_leap_year (void)
{
  g_autoptr(GArray) effects = reorg_effects_new ();
  g_autoptr(ReorgSavings) savings = NULL;
  g_autoptr(ReorgFinancialYear) fy = reorg_financial_year_new (2015, G_DATE_APRIL, NULL);
  g_autoptr(GPtrArray) lines = NULL;

  g_assert_cmpuint (reorg_financial_year_get_n_days (fy), ==, 366);
  /* 1 October 2015: 183 of 366 days; 29 February 2016: 32 of 366. */
  add_cut (effects, 0, "2015-10-01", "CS", 3660000);
  add_cut (effects, 1, "2016-02-29", "CS", 3660000);
  savings = savings_april (effects, 2015, 2);

  lines = reorg_savings_get_lines (savings, REORG_SAVINGS_GROUPING_NONE);
  g_assert_cmpuint (lines->len, ==, 2);
  assert_pence (reorg_savings_line_get_amount (g_ptr_array_index (lines, 0), 0), 1830000);
  assert_pence (reorg_savings_line_get_amount (g_ptr_array_index (lines, 1), 0), 320000);
  assert_pence (reorg_savings_get_total (savings, 0), 2150000);
  assert_pence (reorg_savings_get_total (savings, 1), 7320000);
}

static void
test_part_year_start_months (void)
{
  g_autoptr(GError) error = NULL;

  {
    /* A calendar year (January start): 1 July 2015 leaves 184 of 365 days. */
    g_autoptr(GArray) effects = reorg_effects_new ();
    g_autoptr(ReorgFinancialYear) first = reorg_financial_year_new (2015, G_DATE_JANUARY, NULL);
    g_autoptr(ReorgSavings) savings = NULL;

    add_cut (effects, 0, "2015-07-01", "CS", 3650000);
    savings = reorg_savings_new_from_effects (effects, NULL, 0, G_DATE_JANUARY, first, 2, &error);
    g_assert_no_error (error);
    assert_pence (reorg_savings_get_total (savings, 0), 1840000);
    assert_pence (reorg_savings_get_total (savings, 1), 3650000);
  }

  {
    /* An academic year (September start): 2015/16 runs to 31 August 2016
     * and holds 29 February 2016, 366 days; 1 January 2016 leaves
     * 31 + 29 + 31 + 30 + 31 + 30 + 31 + 31 = 244. */
    g_autoptr(GArray) effects = reorg_effects_new ();
    g_autoptr(ReorgFinancialYear) first = reorg_financial_year_new (2015, G_DATE_SEPTEMBER, NULL);
    g_autoptr(ReorgSavings) savings = NULL;

    add_cut (effects, 0, "2016-01-01", "CS", 3660000);
    savings = reorg_savings_new_from_effects (effects, NULL, 0, G_DATE_SEPTEMBER, first, 2, &error);
    g_assert_no_error (error);
    assert_pence (reorg_savings_get_total (savings, 0), 2440000);
    assert_pence (reorg_savings_get_total (savings, 1), 3660000);
  }

  {
    /* The first year's start month must agree with the years'. */
    g_autoptr(GArray) effects = reorg_effects_new ();
    g_autoptr(ReorgFinancialYear) first = reorg_financial_year_new (2015, G_DATE_APRIL, NULL);
    g_autoptr(ReorgSavings) savings = NULL;

    savings = reorg_savings_new_from_effects (effects, NULL, 0, G_DATE_JANUARY, first, 2, &error);
    g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);
    g_assert_null (savings);
  }
}

static void
test_part_year_rounding (void)
{
  g_autoptr(GArray) effects = reorg_effects_new ();
  g_autoptr(ReorgSavings) savings = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  gint64 rounded_sum;

  /* 2015/16 has 366 days: 1 October leaves 183, exactly a half. A saving
   * of 1p and a cost of 1p round half away from zero: 1p and -1p. */
  add (effects, (E) { 0, "2015-10-01", NULL, "A", "U", "S", NULL, -1, 0, 0 });
  add (effects, (E) { 1, "2015-10-01", NULL, "B", "U", "S", NULL, 1, 0, 0 });
  /* £50,000 from 1 October 2015: 2,500,000p exactly. */
  add (effects, (E) { 2, "2015-10-01", NULL, "C", "U", "S", NULL, -5000000, 0, 0 });
  savings = savings_april (effects, 2015, 1);
  lines = reorg_savings_get_lines (savings, REORG_SAVINGS_GROUPING_NONE);
  assert_pence (reorg_savings_line_get_amount (g_ptr_array_index (lines, 0), 0), 1);
  assert_pence (reorg_savings_line_get_amount (g_ptr_array_index (lines, 1), 0), -1);
  assert_pence (reorg_savings_line_get_amount (g_ptr_array_index (lines, 2), 0), 2500000);
  g_clear_object (&savings);
  g_clear_pointer (&lines, g_ptr_array_unref);
  g_array_set_size (effects, 0);

  /* £50,000 from 1 October 2010: 5,000,000 * 182 / 365 = 2,493,150.68...
   * rounds to 2,493,151. */
  add_cut (effects, 0, "2010-10-01", "CS", 5000000);
  savings = savings_april (effects, 2010, 1);
  assert_pence (reorg_savings_get_total (savings, 0), 2493151);
  g_clear_object (&savings);
  g_array_set_size (effects, 0);

  /* Each change is rounded, then summed: three savings of 1p from
   * 1 October 2010 are 0.4986p each, 0p each, 0p in all; rounding the sum
   * (3 * 182 / 365 = 1.496p) would give 1p. The documented choice keeps
   * every grouping adding up to the total. */
  for (guint i = 0; i < 3; i++)
    add (effects, (E) { i, "2010-10-01", NULL, "X", "U", "S", NULL, -1, 0, 0 });
  savings = savings_april (effects, 2010, 1);
  g_assert_true (reorg_checked_mul_ratio (3, 182, 365, &rounded_sum));
  g_assert_cmpint (rounded_sum, ==, 1);
  assert_pence (reorg_savings_get_total (savings, 0), 0);
  assert_pence (reorg_savings_get_full_year_total (savings), 3);
}

static void
test_pay_protection (void)
{
  g_autoptr(GArray) effects = reorg_effects_new ();
  g_autoptr(ReorgSavings) savings = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  const ReorgSavingsLine *protected_line, *plain;

  /* Two posts regraded on 1 October 2010, each saving £10,000 a year; one
   * keeps its pay protected for a year, so its money starts on 1 October
   * 2011: 183 of 366 days of 2011/12. */
  add (effects, (E) { 0, "2010-10-01", "2011-10-01", "A", "U", "S", NULL, -1000000, 0, 0,
                      REORG_POST_STATUS_FILLED });
  add (effects, (E) { 1, "2010-10-01", NULL, "B", "U", "S", NULL, -1000000, 0, 0,
                      REORG_POST_STATUS_FILLED });
  savings = savings_april (effects, 2010, 3);
  lines = reorg_savings_get_lines (savings, REORG_SAVINGS_GROUPING_NONE);
  protected_line = g_ptr_array_index (lines, 0);
  plain = g_ptr_array_index (lines, 1);

  assert_pence (reorg_savings_line_get_amount (plain, 0), 498630);   /* 182/365: 498,630.1 */
  assert_pence (reorg_savings_line_get_amount (plain, 1), 1000000);
  assert_pence (reorg_savings_line_get_amount (protected_line, 0), 0);
  assert_pence (reorg_savings_line_get_amount (protected_line, 1), 500000);
  assert_pence (reorg_savings_line_get_amount (protected_line, 2), 1000000);
  assert_pence (reorg_savings_line_get_full_year_effect (protected_line), 1000000);
  assert_pence (reorg_savings_get_total (savings, 1), 1500000);
}

/* ---- groupings ---- */

static const ReorgSavingsChangeInfo manchester_changes[] = {
  { "Disestablish FISS", "FISS to Families First" },
  { "Establish Families First", "FISS to Families First" },
  { "Disestablish admin posts", "Admin to Business Support" },
  { NULL, "Admin to Business Support" },
  { "Delete the ABG-funded post", NULL },
};

/* Two groups like Manchester 2010's: FISS to Families First saves £3m a
 * year, admin to business support £1.8m, with a grant-funded post. */
static GArray *
manchester_effects (void)
{
  GArray *effects = reorg_effects_new ();

  add (effects, (E) { 0, "2011-01-01", NULL, "F1", "FISS", "SC", NULL, -400000000, -380000, -38,
                      REORG_POST_STATUS_FILLED, REORG_TENURE_PERMANENT });
  add (effects, (E) { 1, "2011-01-01", NULL, "FF", "FF", "SC", NULL, 100000000, 185000, 18,
                      REORG_POST_STATUS_VACANT, REORG_TENURE_PERMANENT });
  add (effects, (E) { 2, "2011-04-01", NULL, "AD", "ADMIN", "CORE", NULL, -380000000, -1740000, -174,
                      REORG_POST_STATUS_FILLED, REORG_TENURE_TEMPORARY });
  add (effects, (E) { 3, "2011-04-01", NULL, "BS", "BSU", "CORE", NULL, 200000000, 1120000, 112,
                      REORG_POST_STATUS_VACANT, REORG_TENURE_PERMANENT });
  add (effects, (E) { 4, "2011-07-15", NULL, "G1", "FISS", "SC", "grant: ABG", -3000000, -10000, -1,
                      REORG_POST_STATUS_FILLED, REORG_TENURE_FIXED_TERM });
  add (effects, (E) { 4, "2011-07-15", NULL, NULL, NULL, NULL, NULL, 0, 0, 0 });
  return effects;
}

static const ReorgSavingsLine *
find_line (GPtrArray  *lines,
           const char *key)
{
  for (guint i = 0; i < lines->len; i++)
    if (g_strcmp0 (reorg_savings_line_get_key (g_ptr_array_index (lines, i)), key) == 0)
      return g_ptr_array_index (lines, i);
  return NULL;
}

static void
test_groupings_sum_to_total (void)
{
  g_autoptr(GArray) effects = manchester_effects ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ReorgSavings) savings = NULL;
  g_autoptr(ReorgFinancialYear) first = reorg_financial_year_new (2010, G_DATE_APRIL, NULL);

  savings = reorg_savings_new_from_effects (effects, manchester_changes,
                                            G_N_ELEMENTS (manchester_changes),
                                            G_DATE_APRIL, first, 3, &error);
  g_assert_no_error (error);

  /* £3m + £1.8m = £4.8m, and the £30,000 grant-funded post. */
  assert_pence (reorg_savings_get_full_year_total (savings), 483000000);

  for (guint g = REORG_SAVINGS_GROUPING_NONE; g <= REORG_SAVINGS_GROUPING_FUNDING; g++)
    {
      g_autoptr(GPtrArray) lines = reorg_savings_get_lines (savings, g);
      gint64 full = 0, fte = 0, posts = 0;

      g_assert_cmpuint (lines->len, >, 0);
      for (guint i = 0; i < lines->len; i++)
        {
          const ReorgSavingsLine *line = g_ptr_array_index (lines, i);

          full += reorg_savings_line_get_full_year_effect (line)->pence;
          fte += reorg_savings_line_get_fte_change (line)->units;
          posts += reorg_savings_line_get_posts_change (line);
          g_assert_cmpuint (reorg_savings_line_get_n_years (line), ==, 3);
          if (g != REORG_SAVINGS_GROUPING_NONE && i > 0)
            g_assert_cmpstr (reorg_savings_line_get_key (g_ptr_array_index (lines, i - 1)), <,
                             reorg_savings_line_get_key (line));
        }
      g_assert_cmpint (full, ==, 483000000);
      g_assert_cmpint (fte, ==, -380000 + 185000 - 1740000 + 1120000 - 10000);
      g_assert_cmpint (posts, ==, -38 + 18 - 174 + 112 - 1);

      for (guint y = 0; y < 3; y++)
        {
          gint64 sum = 0;

          for (guint i = 0; i < lines->len; i++)
            sum += reorg_savings_line_get_amount (g_ptr_array_index (lines, i), y)->pence;
          g_assert_cmpint (sum, ==, reorg_savings_get_total (savings, y)->pence);
        }
    }

  {
    g_autoptr(GPtrArray) lines = reorg_savings_get_lines (savings, REORG_SAVINGS_GROUPING_GROUP);
    const ReorgSavingsLine *fiss = find_line (lines, "FISS to Families First");
    const ReorgSavingsLine *admin = find_line (lines, "Admin to Business Support");

    g_assert_cmpuint (lines->len, ==, 3);
    g_assert_cmpstr (reorg_savings_line_get_key (g_ptr_array_index (lines, 0)), ==, "(none)");
    assert_pence (reorg_savings_line_get_full_year_effect (fiss), 300000000);
    g_assert_cmpint (reorg_savings_line_get_fte_change (fiss)->units, ==, -195000);  /* 19.5 net */
    g_assert_cmpint (reorg_savings_line_get_fte_change (admin)->units, ==, -620000); /* 62 net */
    assert_pence (reorg_savings_line_get_full_year_effect (admin), 180000000);
    /* 2010/11: the FISS changes from 1 January 2011 (90 of 365 days),
     * each rounded: 98,630,136.99 - 24,657,534.25 -> 98,630,137 -
     * 24,657,534; admin from 1 April 2011 saves nothing yet. */
    assert_pence (reorg_savings_line_get_amount (fiss, 0), 98630137 - 24657534);
    assert_pence (reorg_savings_line_get_amount (admin, 0), 0);
    assert_pence (reorg_savings_line_get_amount (admin, 1), 180000000);
  }

  {
    g_autoptr(GPtrArray) lines = reorg_savings_get_lines (savings, REORG_SAVINGS_GROUPING_NONE);

    /* In the order of the changes; the label of a change without one. */
    g_assert_cmpuint (lines->len, ==, 5);
    for (guint i = 0; i < 5; i++)
      {
        g_autofree char *key = g_strdup_printf ("%u", i);

        g_assert_cmpstr (reorg_savings_line_get_key (g_ptr_array_index (lines, i)), ==, key);
      }
    g_assert_cmpstr (reorg_savings_line_get_label (g_ptr_array_index (lines, 0)), ==,
                     "Disestablish FISS");
    g_assert_cmpstr (reorg_savings_line_get_label (g_ptr_array_index (lines, 3)), ==, "Change #3");
  }

  {
    g_autoptr(GPtrArray) lines = reorg_savings_get_lines (savings, REORG_SAVINGS_GROUPING_SERVICE);

    g_assert_cmpuint (lines->len, ==, 3);
    g_assert_cmpstr (reorg_savings_line_get_key (g_ptr_array_index (lines, 0)), ==, "(none)");
    g_assert_cmpstr (reorg_savings_line_get_key (g_ptr_array_index (lines, 1)), ==, "CORE");
    g_assert_cmpstr (reorg_savings_line_get_key (g_ptr_array_index (lines, 2)), ==, "SC");
    g_assert_cmpstr (reorg_savings_line_get_label (g_ptr_array_index (lines, 2)), ==, "SC");
  }

  {
    g_autoptr(GPtrArray) lines = reorg_savings_get_lines (savings, REORG_SAVINGS_GROUPING_UNIT);

    g_assert_cmpuint (lines->len, ==, 5);
    assert_pence (reorg_savings_line_get_full_year_effect (find_line (lines, "FISS")), 403000000);
    assert_pence (reorg_savings_line_get_full_year_effect (find_line (lines, "(none)")), 0);
  }
}

static void
test_grant_kept_apart (void)
{
  g_autoptr(GArray) effects = reorg_effects_new ();
  g_autoptr(ReorgSavings) savings = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  const ReorgSavingsLine *mainstream, *grant;

  /* Two posts of the same team deleted on 1 April 2011: one paid from the
   * council's own budget (£40,000), one from a grant (£30,000). The grant
   * post saves the grant, not the mainstream budget. */
  add (effects, (E) { 0, "2011-04-01", NULL, "M", "T", "S", "mainstream", -4000000, -10000, -1 });
  add (effects, (E) { 1, "2011-04-01", NULL, "G", "T", "S", "grant: Standards Fund", -3000000, -10000, -1 });
  savings = savings_april (effects, 2011, 1);
  lines = reorg_savings_get_lines (savings, REORG_SAVINGS_GROUPING_FUNDING);

  g_assert_cmpuint (lines->len, ==, 2);
  grant = g_ptr_array_index (lines, 0);          /* "grant: ..." < "mainstream" */
  mainstream = g_ptr_array_index (lines, 1);
  g_assert_cmpstr (reorg_savings_line_get_key (grant), ==, "grant: Standards Fund");
  g_assert_cmpstr (reorg_savings_line_get_key (mainstream), ==, "mainstream");
  assert_pence (reorg_savings_line_get_amount (mainstream, 0), 4000000);
  assert_pence (reorg_savings_line_get_amount (grant, 0), 3000000);
  assert_pence (reorg_savings_get_total (savings, 0), 7000000);
}

/* ---- one-off costs, net cost and reserves ---- */

static void
test_one_off_costs (void)
{
  g_autoptr(GArray) effects = reorg_effects_new ();
  g_autoptr(ReorgSavings) savings = NULL;
  g_autoptr(ReorgOneOffCost) training = NULL, late = NULL, bad = NULL, copy = NULL;
  g_autoptr(GPtrArray) costs = NULL;
  g_autoptr(GError) error = NULL;
  ReorgMoney amount = { 12000000 };
  GDate date = dmy (1, 9, 2011), invalid;

  /* Harrow 2011: the new model from 1 November 2011 saves £1.3m a year;
   * training and change costs of £120k in 2011/12 are met from the
   * part-year savings (152 of 366 days: £539,890.71). */
  add_cut (effects, 0, "2011-11-01", "CS", 130000000);
  savings = savings_april (effects, 2011, 2);
  assert_pence (reorg_savings_get_total (savings, 0), 53989071);

  training = reorg_one_off_cost_new ("Training and change management",
                                     REORG_ONE_OFF_COST_TRAINING, &amount, &date);
  g_assert_true (reorg_savings_add_one_off_cost (savings, training, &error));
  g_assert_no_error (error);
  assert_pence (reorg_savings_get_one_off_total (savings, 0), 12000000);
  assert_pence (reorg_savings_get_one_off_total (savings, 1), 0);
  assert_pence (reorg_savings_get_net_cost (savings, 0), 12000000 - 53989071);
  assert_pence (reorg_savings_get_net_cost (savings, 1), -130000000);
  assert_pence (reorg_savings_get_reserves_call (savings), 0);

  /* A cost outside the years is listed but counts in no year. */
  date = dmy (1, 4, 2020);
  late = reorg_one_off_cost_new (NULL, REORG_ONE_OFF_COST_OTHER, &amount, &date);
  g_assert_true (reorg_savings_add_one_off_cost (savings, late, &error));
  g_assert_no_error (error);
  assert_pence (reorg_savings_get_one_off_total (savings, 0), 12000000);
  assert_pence (reorg_savings_get_one_off_total (savings, 1), 0);

  /* An invalid date is an error and changes nothing. */
  g_date_clear (&invalid, 1);
  bad = reorg_one_off_cost_new ("bad", REORG_ONE_OFF_COST_OTHER, &amount, &invalid);
  g_assert_false (reorg_savings_add_one_off_cost (savings, bad, &error));
  g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);

  costs = reorg_savings_get_one_off_costs (savings);
  g_assert_cmpuint (costs->len, ==, 2);
  g_assert_cmpstr (reorg_one_off_cost_get_label (g_ptr_array_index (costs, 0)), ==,
                   "Training and change management");
  g_assert_null (reorg_one_off_cost_get_label (g_ptr_array_index (costs, 1)));

  copy = reorg_one_off_cost_copy (training);
  g_assert_cmpstr (reorg_one_off_cost_get_label (copy), ==, "Training and change management");
  g_assert_cmpint (reorg_one_off_cost_get_kind (copy), ==, REORG_ONE_OFF_COST_TRAINING);
  assert_pence (reorg_one_off_cost_get_amount (copy), 12000000);
  date = dmy (1, 9, 2011);
  g_assert_cmpint (g_date_compare (reorg_one_off_cost_get_date (copy), &date), ==, 0);
  g_assert_true (G_TYPE_IS_BOXED (REORG_TYPE_ONE_OFF_COST));
  g_assert_true (G_TYPE_IS_ENUM (REORG_TYPE_ONE_OFF_COST_KIND));
}

static void
test_net_cost_and_reserves (void)
{
  g_autoptr(GArray) effects = reorg_effects_new ();
  g_autoptr(ReorgSavings) one_year = NULL, two_years = NULL, mixed = NULL;
  ReorgMoney redundancy = { 5000000 };
  GDate date = dmy (1, 6, 2012);
  g_autoptr(ReorgOneOffCost) cost = reorg_one_off_cost_new ("Severance",
                                                            REORG_ONE_OFF_COST_REDUNDANCY,
                                                            &redundancy, &date);

  /* Monmouthshire: posts deleted (£120,000) and created (£206,000) from
   * 1 April 2017, a net additional cost of £86,000 a year, met from
   * reserves for 2017/18. */
  add (effects, (E) { 0, "2017-04-01", NULL, "D", "T", "CS", NULL, -12000000, -30000, -3 });
  add (effects, (E) { 1, "2017-04-01", NULL, "N", "T", "CS", NULL, 20600000, 50000, 5 });
  one_year = savings_april (effects, 2017, 1);
  assert_pence (reorg_savings_get_total (one_year, 0), -8600000);
  assert_pence (reorg_savings_get_net_cost (one_year, 0), 8600000);
  assert_pence (reorg_savings_get_reserves_call (one_year), 8600000);

  /* A recurring cost calls on reserves in every year computed. */
  two_years = savings_april (effects, 2017, 2);
  assert_pence (reorg_savings_get_reserves_call (two_years), 17200000);

  /* Savings from 1 October 2011 with a severance cost of £50,000 in
   * 2012/13: only the years with a positive net cost count. */
  g_array_set_size (effects, 0);
  add_cut (effects, 0, "2011-10-01", "CS", 3660000);
  mixed = savings_april (effects, 2011, 3);
  g_assert_true (reorg_savings_add_one_off_cost (mixed, cost, NULL));
  assert_pence (reorg_savings_get_total (mixed, 0), 1830000);
  assert_pence (reorg_savings_get_net_cost (mixed, 0), -1830000);
  assert_pence (reorg_savings_get_net_cost (mixed, 1), 5000000 - 3660000);
  assert_pence (reorg_savings_get_net_cost (mixed, 2), -3660000);
  assert_pence (reorg_savings_get_reserves_call (mixed), 1340000);
}

/* ---- redundancy estimates ---- */

static void
test_redundancy_per_fte (void)
{
  g_autoptr(GArray) effects = reorg_effects_new ();
  g_autoptr(ReorgSavings) savings = NULL;
  g_autoptr(ReorgMoney) total = NULL, again = NULL;
  g_autoptr(GPtrArray) costs = NULL;
  g_autoptr(GError) error = NULL;
  ReorgMoney per_fte = { 2500000 }, negative = { -1 }, huge = { G_MAXINT64 };
  const ReorgOneOffCost *first;
  GDate nov = dmy (1, 11, 2011);

  /* Harrow 2011: about 12 FTE at £300k, £25,000 per FTE. 10 full-time and
   * 4 half-time filled posts are 12 FTE; the vacant and frozen posts make
   * no redundancy, nor does a filled post only regraded. */
  for (guint i = 0; i < 10; i++)
    add (effects, (E) { 0, "2011-11-01", NULL, "F", "T", "CS", NULL, -3000000, -10000, -1,
                        REORG_POST_STATUS_FILLED });
  for (guint i = 0; i < 4; i++)
    add (effects, (E) { 1, "2011-11-01", NULL, "H", "T", "CS", NULL, -1500000, -5000, -1,
                        REORG_POST_STATUS_FILLED });
  add (effects, (E) { 2, "2011-11-01", NULL, "V", "T", "CS", NULL, -3000000, -10000, -1,
                      REORG_POST_STATUS_VACANT });
  add (effects, (E) { 2, "2011-11-01", NULL, "Z", "T", "CS", NULL, -3000000, -10000, -1,
                      REORG_POST_STATUS_FROZEN });
  add (effects, (E) { 3, "2011-11-01", NULL, "R", "T", "CS", NULL, -300000, 0, 0,
                      REORG_POST_STATUS_FILLED });
  /* One more filled post a year later: a second cost, in 2012/13. */
  add (effects, (E) { 4, "2012-05-01", NULL, "L", "T", "CS", NULL, -3000000, -10000, -1,
                      REORG_POST_STATUS_FILLED });
  savings = savings_april (effects, 2011, 2);

  total = reorg_savings_estimate_redundancy_per_fte (savings, &per_fte, 10000, &error);
  g_assert_no_error (error);
  assert_pence (total, 32500000);
  assert_pence (reorg_savings_get_one_off_total (savings, 0), 30000000);   /* £300k */
  assert_pence (reorg_savings_get_one_off_total (savings, 1), 2500000);

  costs = reorg_savings_get_one_off_costs (savings);
  g_assert_cmpuint (costs->len, ==, 2);
  first = g_ptr_array_index (costs, 0);
  g_assert_cmpint (reorg_one_off_cost_get_kind (first), ==, REORG_ONE_OFF_COST_REDUNDANCY);
  g_assert_cmpint (g_date_compare (reorg_one_off_cost_get_date (first), &nov), ==, 0);
  g_assert_cmpstr (reorg_one_off_cost_get_label (first), ==,
                   "Redundancy: 12 FTE at £25,000 per FTE");
  g_clear_pointer (&costs, g_ptr_array_unref);

  /* A discretionary multiplier of 1.5: a further £450k + £37.5k. */
  again = reorg_savings_estimate_redundancy_per_fte (savings, &per_fte, 15000, &error);
  g_assert_no_error (error);
  assert_pence (again, 48750000);
  assert_pence (reorg_savings_get_one_off_total (savings, 0), 30000000 + 45000000);
  costs = reorg_savings_get_one_off_costs (savings);
  g_assert_cmpuint (costs->len, ==, 4);
  g_assert_cmpstr (reorg_one_off_cost_get_label (g_ptr_array_index (costs, 2)), ==,
                   "Redundancy: 12 FTE at £25,000 per FTE × 1.5");

  /* A negative rate is invalid; an overflow adds nothing. */
  g_assert_null (reorg_savings_estimate_redundancy_per_fte (savings, &negative, 10000, &error));
  g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (reorg_savings_estimate_redundancy_per_fte (savings, &huge, 10000, &error));
  g_assert_error (error, REORG_ERROR, REORG_ERROR_OVERFLOW);
  assert_pence (reorg_savings_get_one_off_total (savings, 0), 75000000);
  g_clear_pointer (&costs, g_ptr_array_unref);
  costs = reorg_savings_get_one_off_costs (savings);
  g_assert_cmpuint (costs->len, ==, 4);
}

static void
test_statutory_redundancy (void)
{
  g_autoptr(GError) error = NULL;
  GDate may2024 = dmy (1, 5, 2024);
  ReorgMoney pay800 = { 80000 }, pay500 = { 50000 }, pay300 = { 30000 }, odd = { 33333 };

  /* Aged 45 with 10 years: ages 44, 43, 42 and 41 at 1.5 weeks (6), ages
   * 40 to 35 at 1 week (6): 12 weeks. */
  g_assert_cmpuint (reorg_redundancy_statutory_half_weeks (45, 10, NULL), ==, 24);
  {
    /* £800 a week on 1 May 2024 is capped at £700: 12 * £700 = £8,400. */
    g_autoptr(ReorgMoney) pay = reorg_redundancy_statutory_pay (45, 10, &pay800, &may2024, &error);

    g_assert_no_error (error);
    assert_pence (pay, 840000);
  }
  {
    /* Under 2 years of service: nothing. */
    g_autoptr(ReorgMoney) pay = reorg_redundancy_statutory_pay (30, 1, &pay800, &may2024, &error);

    g_assert_no_error (error);
    assert_pence (pay, 0);
  }
  {
    /* 25 years count as the last 20: aged 60, ages 59 to 41 (19 years at
     * 1.5 weeks, 28.5) and 40 (1 week): 29.5 weeks at £500 = £14,750. */
    g_autoptr(ReorgMoney) pay = reorg_redundancy_statutory_pay (60, 25, &pay500, &may2024, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (reorg_redundancy_statutory_half_weeks (60, 25, NULL), ==, 59);
    assert_pence (pay, 1475000);
    /* The most: 20 years all at 41 or over, 30 weeks. */
    g_assert_cmpuint (reorg_redundancy_statutory_half_weeks (64, 40, NULL), ==, 60);
  }
  {
    /* Aged 21 with 3 years (ages 20, 19, 18): half a week each, 1.5 weeks
     * at £300 = £450. */
    g_autoptr(ReorgMoney) pay = reorg_redundancy_statutory_pay (21, 3, &pay300, &may2024, &error);

    g_assert_no_error (error);
    assert_pence (pay, 45000);
  }
  /* Aged 23 with 3 years: age 22 at 1 week, 21 and 20 at half: 2 weeks.
   * Aged 42 with 3 years: 41 at 1.5, 40 and 39 at 1: 3.5 weeks. */
  g_assert_cmpuint (reorg_redundancy_statutory_half_weeks (23, 3, NULL), ==, 4);
  g_assert_cmpuint (reorg_redundancy_statutory_half_weeks (42, 3, NULL), ==, 7);
  g_assert_cmpuint (reorg_redundancy_statutory_half_weeks (22, 2, NULL), ==, 2);
  {
    /* 1.5 weeks of £333.33 is 49,999.5p: half away from zero, 50,000p. */
    g_autoptr(ReorgMoney) pay = reorg_redundancy_statutory_pay (21, 3, &odd, &may2024, &error);

    g_assert_no_error (error);
    assert_pence (pay, 50000);
  }

  /* Bad input. */
  g_assert_cmpuint (reorg_redundancy_statutory_half_weeks (20, 21, &error), ==, 0);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);
  g_clear_error (&error);
  {
    ReorgMoney negative = { -1 };
    GDate invalid;

    g_assert_null (reorg_redundancy_statutory_pay (45, 10, &negative, &may2024, &error));
    g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_null (reorg_redundancy_statutory_pay (20, 21, &pay300, &may2024, &error));
    g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);
    g_clear_error (&error);
    g_date_clear (&invalid, 1);
    g_assert_null (reorg_redundancy_statutory_pay (45, 10, &pay300, &invalid, &error));
    g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);
    g_clear_error (&error);
  }
}

static void
test_weekly_pay_cap (void)
{
  static const struct
  {
    guint  day, month, year;
    gint64 pounds;   /* 0: an error */
  } cases[] = {
    { 30, 9, 2009, 0 },
    { 1, 10, 2009, 380 },
    { 31, 1, 2011, 380 },
    { 1, 2, 2011, 400 },
    { 31, 1, 2012, 400 },
    { 1, 2, 2012, 430 },
    { 1, 2, 2013, 450 },
    { 5, 4, 2014, 450 },
    { 6, 4, 2014, 464 },
    { 6, 4, 2015, 475 },
    { 6, 4, 2016, 479 },
    { 6, 4, 2017, 489 },
    { 6, 4, 2018, 508 },
    { 6, 4, 2019, 525 },
    { 6, 4, 2020, 538 },
    { 6, 4, 2021, 544 },
    { 6, 4, 2022, 571 },
    { 5, 4, 2023, 571 },
    { 6, 4, 2023, 643 },
    { 5, 4, 2024, 643 },
    { 6, 4, 2024, 700 },
    { 5, 4, 2025, 700 },
    { 6, 4, 2025, 719 },
    { 1, 1, 2030, 719 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      GDate d = dmy (cases[i].day, cases[i].month, cases[i].year);
      g_autoptr(ReorgMoney) cap = reorg_redundancy_weekly_pay_cap (&d, &error);

      if (cases[i].pounds == 0)
        {
          g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);
          g_assert_null (cap);
        }
      else
        {
          g_assert_no_error (error);
          assert_pence (cap, cases[i].pounds * 100);
        }
    }

  {
    /* The cap follows the dismissal date: £800 a week, 12 weeks. */
    ReorgMoney pay800 = { 80000 };
    GDate before = dmy (5, 4, 2024), after = dmy (6, 4, 2024), early = dmy (1, 1, 2009);
    g_autoptr(ReorgMoney) a = reorg_redundancy_statutory_pay (45, 10, &pay800, &before, NULL);
    g_autoptr(ReorgMoney) b = reorg_redundancy_statutory_pay (45, 10, &pay800, &after, NULL);
    g_autoptr(GError) error = NULL;

    assert_pence (a, 12 * 64300);
    assert_pence (b, 12 * 70000);
    g_assert_null (reorg_redundancy_statutory_pay (45, 10, &pay800, &early, &error));
    g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);
  }
}

static void
test_local_government_redundancy (void)
{
  g_autoptr(GError) error = NULL;
  ReorgMoney pay800 = { 80000 }, huge = { G_MAXINT64 / 10 };

  {
    /* On actual pay: 12 weeks at £800 (no cap) = £9,600. */
    g_autoptr(ReorgMoney) pay = reorg_redundancy_local_government_pay (45, 10, &pay800, 10000, &error);

    g_assert_no_error (error);
    assert_pence (pay, 960000);
  }
  {
    /* Twice the weeks: 24 weeks, £19,200. */
    g_autoptr(ReorgMoney) pay = reorg_redundancy_local_government_pay (45, 10, &pay800, 20000, &error);

    g_assert_no_error (error);
    assert_pence (pay, 1920000);
  }
  {
    /* Ten times would be 120 weeks: capped at 104, £83,200. The most the
     * statutory weeks can be (30) times 3.4667 is 104 too. */
    g_autoptr(ReorgMoney) pay = reorg_redundancy_local_government_pay (45, 10, &pay800, 100000, &error);
    g_autoptr(ReorgMoney) most = reorg_redundancy_local_government_pay (64, 40, &pay800, G_MAXUINT, &error);

    g_assert_no_error (error);
    assert_pence (pay, 104 * 80000);
    assert_pence (most, 104 * 80000);
  }
  {
    /* 1.25 times 1.5 weeks is 1.875 weeks of £800: £1,500. */
    g_autoptr(ReorgMoney) pay = reorg_redundancy_local_government_pay (21, 3, &pay800, 12500, &error);

    g_assert_no_error (error);
    assert_pence (pay, 150000);
  }

  g_assert_null (reorg_redundancy_local_government_pay (45, 10, &pay800, 9999, &error));
  g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (reorg_redundancy_local_government_pay (45, 10, &huge, 10000, &error));
  g_assert_error (error, REORG_ERROR, REORG_ERROR_OVERFLOW);
  g_clear_error (&error);
  g_assert_null (reorg_redundancy_local_government_pay (10, 11, &pay800, 10000, &error));
  g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);
}

/* ---- the workforce impact table ---- */

static void
test_workforce_impact (void)
{
  g_autoptr(GArray) effects = reorg_effects_new ();
  g_autoptr(ReorgSavings) savings = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  const ReorgWorkforceRow *row;
  g_autofree char *label = NULL;

  /* Education: 2015/16 removes 3 filled permanent, 1.5 vacant temporary,
   * 0.5 frozen fixed-term; adds 2. 2016/17 removes 1 filled secondment.
   * Core: 2015/16 removes 2 filled temporary. A move changes no FTE. */
  add (effects, (E) { 0, "2015-06-01", NULL, "E1", "T", "EDU", NULL, -9000000, -30000, -3,
                      REORG_POST_STATUS_FILLED, REORG_TENURE_PERMANENT });
  add (effects, (E) { 1, "2016-03-31", NULL, "E2", "T", "EDU", NULL, -3000000, -15000, -1,
                      REORG_POST_STATUS_VACANT, REORG_TENURE_TEMPORARY });
  add (effects, (E) { 2, "2015-04-01", NULL, "E3", "T", "EDU", NULL, -1000000, -5000, -1,
                      REORG_POST_STATUS_FROZEN, REORG_TENURE_FIXED_TERM });
  add (effects, (E) { 3, "2015-09-01", NULL, "E4", "T", "EDU", NULL, 6000000, 20000, 2,
                      REORG_POST_STATUS_VACANT, REORG_TENURE_PERMANENT });
  add (effects, (E) { 4, "2016-04-01", NULL, "E5", "T", "EDU", NULL, -3000000, -10000, -1,
                      REORG_POST_STATUS_FILLED, REORG_TENURE_SECONDMENT });
  add (effects, (E) { 5, "2015-05-01", NULL, "C1", "T", "CORE", NULL, -5000000, -20000, -2,
                      REORG_POST_STATUS_FILLED, REORG_TENURE_TEMPORARY });
  add (effects, (E) { 6, "2015-05-01", NULL, "C2", "T", "CORE", NULL, 0, 0, 0,
                      REORG_POST_STATUS_FILLED, REORG_TENURE_PERMANENT });
  /* The money covers 2015/16 only; the workforce table has every year. */
  savings = savings_april (effects, 2015, 1);
  rows = reorg_savings_get_workforce_impact (savings);
  g_assert_cmpuint (rows->len, ==, 3);

  row = g_ptr_array_index (rows, 0);
  g_assert_cmpstr (reorg_workforce_row_get_service (row), ==, "CORE");
  g_assert_cmpint (reorg_workforce_row_get_year (row)->start_year, ==, 2015);
  g_assert_cmpint (reorg_workforce_row_get_removed (row)->units, ==, 20000);
  g_assert_cmpint (reorg_workforce_row_get_removed_filled (row)->units, ==, 20000);
  g_assert_cmpint (reorg_workforce_row_get_removed_temporary (row)->units, ==, 20000);
  g_assert_cmpint (reorg_workforce_row_get_removed_permanent (row)->units, ==, 0);
  g_assert_cmpint (reorg_workforce_row_get_net_reduction (row)->units, ==, 20000);

  row = g_ptr_array_index (rows, 1);
  label = reorg_financial_year_get_label (reorg_workforce_row_get_year (row));
  g_assert_cmpstr (reorg_workforce_row_get_service (row), ==, "EDU");
  g_assert_cmpstr (label, ==, "2015/16");
  g_assert_cmpint (reorg_workforce_row_get_removed (row)->units, ==, 50000);
  g_assert_cmpint (reorg_workforce_row_get_removed_filled (row)->units, ==, 30000);
  g_assert_cmpint (reorg_workforce_row_get_removed_vacant (row)->units, ==, 20000);
  g_assert_cmpint (reorg_workforce_row_get_removed_permanent (row)->units, ==, 30000);
  g_assert_cmpint (reorg_workforce_row_get_removed_temporary (row)->units, ==, 20000);
  g_assert_cmpint (reorg_workforce_row_get_added (row)->units, ==, 20000);
  g_assert_cmpint (reorg_workforce_row_get_net_reduction (row)->units, ==, 30000);

  row = g_ptr_array_index (rows, 2);
  g_assert_cmpstr (reorg_workforce_row_get_service (row), ==, "EDU");
  g_assert_cmpint (reorg_workforce_row_get_year (row)->start_year, ==, 2016);
  g_assert_cmpint (reorg_workforce_row_get_year (row)->start_month, ==, G_DATE_APRIL);
  g_assert_cmpint (reorg_workforce_row_get_removed_temporary (row)->units, ==, 10000);
  g_assert_cmpint (reorg_workforce_row_get_net_reduction (row)->units, ==, 10000);

  {
    g_autoptr(ReorgWorkforceRow) copy = reorg_workforce_row_copy (row);

    g_assert_cmpstr (reorg_workforce_row_get_service (copy), ==, "EDU");
    g_assert_cmpint (reorg_workforce_row_get_removed_filled (copy)->units, ==, 10000);
  }
}

/* ---- the consultation check ---- */

static ReorgConsultation *
check_one (GArray                 *effects,
           ReorgConsultationScope  scope)
{
  g_autoptr(ReorgSavings) savings = savings_april (effects, 2015, 1);
  g_autoptr(GPtrArray) results = reorg_savings_check_consultation (savings, scope);

  g_assert_cmpuint (results->len, ==, 1);
  return reorg_consultation_copy (g_ptr_array_index (results, 0));
}

static void
add_cuts_on (GArray     *effects,
             guint       n,
             GDate       date,
             const char *service)
{
  char iso[16];

  g_date_strftime (iso, sizeof iso, "%Y-%m-%d", &date);
  for (guint i = 0; i < n; i++)
    add_cut (effects, 0, iso, service, 2000000);
}

static void
test_consultation_thresholds (void)
{
  GDate day0 = dmy (1, 6, 2015), day89 = day0, day90 = day0, expected;

  g_date_add_days (&day89, 89);
  g_date_add_days (&day90, 90);

  {
    /* 19 filled posts on one day, and vacant ones that make no redundancy. */
    g_autoptr(GArray) effects = reorg_effects_new ();
    g_autoptr(ReorgConsultation) c = NULL;

    add_cuts_on (effects, 19, day0, "CS");
    for (guint i = 0; i < 5; i++)
      add (effects, (E) { 1, "2015-06-01", NULL, "V", "T", "CS", NULL, -100, -10000, -1,
                          REORG_POST_STATUS_VACANT });
    c = check_one (effects, REORG_CONSULTATION_SCOPE_ESTABLISHMENT);
    g_assert_cmpstr (reorg_consultation_get_establishment (c), ==, "CS");
    g_assert_cmpuint (reorg_consultation_get_potential_redundancies (c), ==, 19);
    g_assert_cmpuint (reorg_consultation_get_largest_in_window (c), ==, 19);
    g_assert_cmpint (reorg_consultation_get_duty (c), ==, REORG_CONSULTATION_DUTY_NONE);
    g_assert_cmpuint (reorg_consultation_get_days (c), ==, 0);
    g_assert_false (reorg_consultation_get_hr1_required (c));
    g_assert_null (reorg_consultation_get_latest_start (c));
    g_assert_nonnull (reorg_consultation_get_window_first (c));
  }

  {
    /* 20 within 90 days (10 on day 0, 10 on day 89): 30 days and HR1. */
    g_autoptr(GArray) effects = reorg_effects_new ();
    g_autoptr(ReorgConsultation) c = NULL;

    add_cuts_on (effects, 10, day89, "CS");
    add_cuts_on (effects, 10, day0, "CS");
    c = check_one (effects, REORG_CONSULTATION_SCOPE_ESTABLISHMENT);
    g_assert_cmpuint (reorg_consultation_get_largest_in_window (c), ==, 20);
    g_assert_cmpint (reorg_consultation_get_duty (c), ==, REORG_CONSULTATION_DUTY_THIRTY_DAYS);
    g_assert_cmpuint (reorg_consultation_get_days (c), ==, 30);
    g_assert_true (reorg_consultation_get_hr1_required (c));
    g_assert_cmpint (g_date_compare (reorg_consultation_get_window_first (c), &day0), ==, 0);
    g_assert_cmpint (g_date_compare (reorg_consultation_get_window_last (c), &day89), ==, 0);
    expected = dmy (2, 5, 2015);   /* 1 June 2015 less 30 days */
    g_assert_cmpint (g_date_compare (reorg_consultation_get_latest_start (c), &expected), ==, 0);
  }

  {
    /* 20 spread over 91 days (10 on day 0, 10 on day 90): no duty. */
    g_autoptr(GArray) effects = reorg_effects_new ();
    g_autoptr(ReorgConsultation) c = NULL;

    add_cuts_on (effects, 10, day0, "CS");
    add_cuts_on (effects, 10, day90, "CS");
    c = check_one (effects, REORG_CONSULTATION_SCOPE_ESTABLISHMENT);
    g_assert_cmpuint (reorg_consultation_get_potential_redundancies (c), ==, 20);
    g_assert_cmpuint (reorg_consultation_get_largest_in_window (c), ==, 10);
    g_assert_cmpint (reorg_consultation_get_duty (c), ==, REORG_CONSULTATION_DUTY_NONE);
  }

  {
    /* 100 in one day: 45 days. 99: 30 days. */
    g_autoptr(GArray) effects = reorg_effects_new ();
    g_autoptr(ReorgConsultation) c99 = NULL, c100 = NULL;

    add_cuts_on (effects, 99, day0, "CS");
    c99 = check_one (effects, REORG_CONSULTATION_SCOPE_ESTABLISHMENT);
    g_assert_cmpint (reorg_consultation_get_duty (c99), ==, REORG_CONSULTATION_DUTY_THIRTY_DAYS);
    add_cuts_on (effects, 1, day0, "CS");
    c100 = check_one (effects, REORG_CONSULTATION_SCOPE_ESTABLISHMENT);
    g_assert_cmpuint (reorg_consultation_get_largest_in_window (c100), ==, 100);
    g_assert_cmpint (reorg_consultation_get_duty (c100), ==, REORG_CONSULTATION_DUTY_FORTY_FIVE_DAYS);
    g_assert_cmpuint (reorg_consultation_get_days (c100), ==, 45);
    g_assert_true (reorg_consultation_get_hr1_required (c100));
    expected = day0;
    g_date_subtract_days (&expected, 45);
    g_assert_cmpint (g_date_compare (reorg_consultation_get_latest_start (c100), &expected), ==, 0);
  }
}

static void
test_consultation_establishments (void)
{
  g_autoptr(GArray) effects = reorg_effects_new ();
  g_autoptr(ReorgSavings) savings = NULL;
  g_autoptr(GPtrArray) by_service = NULL, whole = NULL;
  GDate day0 = dmy (1, 6, 2015), day80 = day0, day160 = day0;
  const ReorgConsultation *c;

  g_date_add_days (&day80, 80);
  g_date_add_days (&day160, 160);

  /* Two services with 15 each: no duty at either, but 30 in the whole
   * organisation. A third service has none. */
  add_cuts_on (effects, 15, day0, "SC");
  add_cuts_on (effects, 15, day80, "EDU");
  add (effects, (E) { 1, "2015-06-01", NULL, "V", "T", "ADMIN", NULL, -100, -10000, -1,
                      REORG_POST_STATUS_VACANT });
  savings = savings_april (effects, 2015, 1);

  by_service = reorg_savings_check_consultation (savings, REORG_CONSULTATION_SCOPE_ESTABLISHMENT);
  g_assert_cmpuint (by_service->len, ==, 2);
  c = g_ptr_array_index (by_service, 0);
  g_assert_cmpstr (reorg_consultation_get_establishment (c), ==, "EDU");
  g_assert_cmpint (reorg_consultation_get_duty (c), ==, REORG_CONSULTATION_DUTY_NONE);
  c = g_ptr_array_index (by_service, 1);
  g_assert_cmpstr (reorg_consultation_get_establishment (c), ==, "SC");
  g_assert_cmpint (reorg_consultation_get_duty (c), ==, REORG_CONSULTATION_DUTY_NONE);

  whole = reorg_savings_check_consultation (savings, REORG_CONSULTATION_SCOPE_ORGANISATION);
  g_assert_cmpuint (whole->len, ==, 1);
  c = g_ptr_array_index (whole, 0);
  g_assert_null (reorg_consultation_get_establishment (c));
  g_assert_cmpuint (reorg_consultation_get_largest_in_window (c), ==, 30);
  g_assert_cmpint (reorg_consultation_get_duty (c), ==, REORG_CONSULTATION_DUTY_THIRTY_DAYS);
  g_clear_pointer (&whole, g_ptr_array_unref);

  /* Two windows of 38 (day 0 to 80: 15 + 23, and day 80 to 160: 23 + 15):
   * the earliest is reported. */
  add_cuts_on (effects, 8, day80, "SC");
  add_cuts_on (effects, 15, day160, "EDU");
  g_clear_object (&savings);
  savings = savings_april (effects, 2015, 1);
  whole = reorg_savings_check_consultation (savings, REORG_CONSULTATION_SCOPE_ORGANISATION);
  c = g_ptr_array_index (whole, 0);
  g_assert_cmpuint (reorg_consultation_get_potential_redundancies (c), ==, 53);
  g_assert_cmpuint (reorg_consultation_get_largest_in_window (c), ==, 38);
  g_assert_cmpint (g_date_compare (reorg_consultation_get_window_first (c), &day0), ==, 0);
  g_assert_cmpint (g_date_compare (reorg_consultation_get_window_last (c), &day80), ==, 0);
}

static void
test_consultation_matches_brute_force (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20110714);

  for (guint round = 0; round < 50; round++)
    {
      g_autoptr(GArray) effects = reorg_effects_new ();
      g_autoptr(ReorgConsultation) c = NULL;
      guint n = g_rand_int_range (rand, 0, 60), best = 0;
      g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (guint));

      for (guint i = 0; i < n; i++)
        {
          guint offset = g_rand_int_range (rand, 0, 365);
          GDate d = dmy (1, 4, 2015);

          g_date_add_days (&d, offset);
          add_cuts_on (effects, 1, d, "CS");
          g_array_append_val (days, offset);
        }
      for (guint i = 0; i < n; i++)
        {
          guint count = 0;

          for (guint j = 0; j < n; j++)
            if (g_array_index (days, guint, j) >= g_array_index (days, guint, i) &&
                g_array_index (days, guint, j) - g_array_index (days, guint, i) < 90)
              count++;
          best = MAX (best, count);
        }
      c = check_one (effects, REORG_CONSULTATION_SCOPE_ORGANISATION);
      g_assert_cmpuint (reorg_consultation_get_largest_in_window (c), ==, best);
      if (n > 0)
        g_assert_cmpint (g_date_days_between (reorg_consultation_get_window_first (c),
                                              reorg_consultation_get_window_last (c)), <, 90);
      else
        g_assert_null (reorg_consultation_get_window_first (c));
    }
}

/* ---- errors ---- */

static void
test_overflow (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ReorgFinancialYear) first = reorg_financial_year_new (2015, G_DATE_APRIL, NULL);

  {
    /* A cost delta whose negation does not fit. */
    g_autoptr(GArray) effects = reorg_effects_new ();
    g_autoptr(ReorgSavings) savings = NULL;

    add (effects, (E) { 0, "2015-06-01", NULL, "A", "U", "S", NULL, G_MININT64, 0, 0 });
    savings = reorg_savings_new_from_effects (effects, NULL, 0, G_DATE_APRIL, first, 1, &error);
    g_assert_error (error, REORG_ERROR, REORG_ERROR_OVERFLOW);
    g_assert_null (savings);
    g_clear_error (&error);
  }
  {
    /* Two savings that do not add up in a year, then in the full year. */
    g_autoptr(GArray) effects = reorg_effects_new ();
    g_autoptr(ReorgSavings) savings = NULL;

    add (effects, (E) { 0, "2015-04-01", NULL, "A", "U", "S", NULL, -G_MAXINT64, 0, 0 });
    add (effects, (E) { 1, "2015-04-01", NULL, "B", "U", "S", NULL, -G_MAXINT64, 0, 0 });
    savings = reorg_savings_new_from_effects (effects, NULL, 0, G_DATE_APRIL, first, 1, &error);
    g_assert_error (error, REORG_ERROR, REORG_ERROR_OVERFLOW);
    g_assert_null (savings);
    g_clear_error (&error);
  }
  {
    /* The same, where only the full-year effects overflow: after the years. */
    g_autoptr(GArray) effects = reorg_effects_new ();
    g_autoptr(ReorgSavings) savings = NULL;

    add (effects, (E) { 0, "2030-04-01", NULL, "A", "U", "S", NULL, -G_MAXINT64, 0, 0 });
    add (effects, (E) { 1, "2030-04-01", NULL, "B", "U", "S", NULL, -G_MAXINT64, 0, 0 });
    savings = reorg_savings_new_from_effects (effects, NULL, 0, G_DATE_APRIL, first, 1, &error);
    g_assert_error (error, REORG_ERROR, REORG_ERROR_OVERFLOW);
    g_assert_null (savings);
    g_clear_error (&error);
  }
  {
    /* A saving and a cost that fit in total, but whose net cost (0 minus
     * the most negative saving) does not. */
    g_autoptr(GArray) effects = reorg_effects_new ();
    g_autoptr(ReorgSavings) savings = NULL;

    add (effects, (E) { 0, "2015-04-01", NULL, "A", "U", "S", NULL, G_MAXINT64, 0, 0 });
    add (effects, (E) { 1, "2015-04-01", NULL, "B", "U", "S", NULL, 1, 0, 0 });
    savings = reorg_savings_new_from_effects (effects, NULL, 0, G_DATE_APRIL, first, 1, &error);
    g_assert_error (error, REORG_ERROR, REORG_ERROR_OVERFLOW);
    g_assert_null (savings);
    g_clear_error (&error);
  }
  {
    /* FTE changes whose magnitudes do not add up. */
    g_autoptr(GArray) effects = reorg_effects_new ();
    g_autoptr(ReorgSavings) savings = NULL;

    add (effects, (E) { 0, "2015-04-01", NULL, "A", "U", "S", NULL, 0, G_MAXINT64, 0 });
    add (effects, (E) { 1, "2015-04-01", NULL, "B", "U", "S", NULL, 0, -G_MAXINT64, 0 });
    savings = reorg_savings_new_from_effects (effects, NULL, 0, G_DATE_APRIL, first, 1, &error);
    g_assert_error (error, REORG_ERROR, REORG_ERROR_OVERFLOW);
    g_assert_null (savings);
    g_clear_error (&error);
  }
  {
    /* One-off costs that overflow are not added; nor are those whose net
     * cost or call on reserves would overflow. */
    g_autoptr(GArray) effects = reorg_effects_new ();
    g_autoptr(ReorgSavings) savings = NULL;
    g_autoptr(ReorgOneOffCost) big = NULL, big2 = NULL;
    g_autoptr(GPtrArray) costs = NULL;
    ReorgMoney amount = { G_MAXINT64 - 10 };
    GDate d1 = dmy (1, 6, 2015), d2 = dmy (1, 6, 2016);

    add (effects, (E) { 0, "2015-04-01", NULL, "A", "U", "S", NULL, 100, 0, 0 });  /* a cost of 100p */
    savings = reorg_savings_new_from_effects (effects, NULL, 0, G_DATE_APRIL, first, 2, &error);
    g_assert_no_error (error);
    big = reorg_one_off_cost_new ("big", REORG_ONE_OFF_COST_OTHER, &amount, &d1);
    g_assert_false (reorg_savings_add_one_off_cost (savings, big, &error));   /* net overflows */
    g_assert_error (error, REORG_ERROR, REORG_ERROR_OVERFLOW);
    g_clear_error (&error);
    assert_pence (reorg_savings_get_one_off_total (savings, 0), 0);
    assert_pence (reorg_savings_get_net_cost (savings, 0), 100);

    amount.pence = G_MAXINT64 / 2;
    g_clear_pointer (&big, reorg_one_off_cost_free);
    big = reorg_one_off_cost_new ("big", REORG_ONE_OFF_COST_OTHER, &amount, &d1);
    big2 = reorg_one_off_cost_new ("big", REORG_ONE_OFF_COST_OTHER, &amount, &d2);
    g_assert_true (reorg_savings_add_one_off_cost (savings, big, &error));
    g_assert_no_error (error);
    g_assert_false (reorg_savings_add_one_off_cost (savings, big, &error));  /* the net cost */
    g_assert_error (error, REORG_ERROR, REORG_ERROR_OVERFLOW);
    g_clear_error (&error);
    g_assert_false (reorg_savings_add_one_off_cost (savings, big2, &error)); /* the reserves */
    g_assert_error (error, REORG_ERROR, REORG_ERROR_OVERFLOW);
    g_clear_error (&error);
    costs = reorg_savings_get_one_off_costs (savings);
    g_assert_cmpuint (costs->len, ==, 1);
    assert_pence (reorg_savings_get_one_off_total (savings, 1), 0);
  }
}

static void
test_bad_arguments (void)
{
  g_autoptr(GArray) effects = reorg_effects_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ReorgFinancialYear) first = reorg_financial_year_new (2015, G_DATE_APRIL, NULL);
  g_autoptr(ReorgFinancialYear) last = reorg_financial_year_new (9998, G_DATE_APRIL, NULL);
  ReorgSavings *savings;

  savings = reorg_savings_new_from_effects (effects, NULL, 0, G_DATE_APRIL, first, 0, &error);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);
  g_assert_null (savings);
  g_clear_error (&error);
  savings = reorg_savings_new_from_effects (effects, NULL, 0, G_DATE_APRIL, first, 101, &error);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);
  g_clear_error (&error);
  savings = reorg_savings_new_from_effects (effects, NULL, 0, 13, first, 1, &error);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);
  g_clear_error (&error);
  /* No first year and no effects to take it from. */
  savings = reorg_savings_new_from_effects (effects, NULL, 0, G_DATE_APRIL, NULL, 1, &error);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);
  g_clear_error (&error);
  /* Years beyond 9998. */
  savings = reorg_savings_new_from_effects (effects, NULL, 0, G_DATE_APRIL, last, 2, &error);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);
  g_assert_null (savings);
  g_clear_error (&error);

  /* An effect without a valid date. */
  {
    ReorgEffect effect = { 0 };

    g_date_clear (&effect.date, 1);
    g_date_clear (&effect.money_date, 1);
    effect.post_reference = g_strdup ("P1");
    g_array_append_val (effects, effect);
    savings = reorg_savings_new_from_effects (effects, NULL, 0, G_DATE_APRIL, first, 1, &error);
    g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "P1"));
    g_assert_null (savings);
    g_clear_error (&error);
  }
}

static void
test_first_year_from_effects (void)
{
  g_autoptr(GArray) effects = reorg_effects_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ReorgSavings) savings = NULL;

  /* Without a first year: the year of the earliest effective date. */
  add_cut (effects, 0, "2012-06-01", "CS", 100);
  add_cut (effects, 1, "2011-03-15", "CS", 100);
  savings = reorg_savings_new_from_effects (effects, NULL, 0, G_DATE_APRIL, NULL, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpint (reorg_savings_get_year (savings, 0)->start_year, ==, 2010);
  g_assert_cmpint (reorg_savings_get_year (savings, 1)->start_year, ==, 2011);
}

static void
test_empty (void)
{
  g_autoptr(GArray) effects = reorg_effects_new ();
  g_autoptr(ReorgSavings) savings = savings_april (effects, 2015, 3);
  g_autoptr(GPtrArray) lines = reorg_savings_get_lines (savings, REORG_SAVINGS_GROUPING_UNIT);
  g_autoptr(GPtrArray) rows = reorg_savings_get_workforce_impact (savings);
  g_autoptr(GPtrArray) by_service = reorg_savings_check_consultation (savings, REORG_CONSULTATION_SCOPE_ESTABLISHMENT);
  g_autoptr(GPtrArray) whole = reorg_savings_check_consultation (savings, REORG_CONSULTATION_SCOPE_ORGANISATION);
  g_autoptr(GPtrArray) costs = reorg_savings_get_one_off_costs (savings);
  ReorgMoney per_fte = { 2500000 };
  g_autoptr(ReorgMoney) estimate = reorg_savings_estimate_redundancy_per_fte (savings, &per_fte, 10000, NULL);

  g_assert_cmpuint (lines->len, ==, 0);
  g_assert_cmpuint (rows->len, ==, 0);
  g_assert_cmpuint (by_service->len, ==, 0);
  g_assert_cmpuint (whole->len, ==, 1);
  g_assert_cmpuint (reorg_consultation_get_largest_in_window (g_ptr_array_index (whole, 0)), ==, 0);
  g_assert_null (reorg_consultation_get_window_first (g_ptr_array_index (whole, 0)));
  g_assert_null (reorg_consultation_get_window_last (g_ptr_array_index (whole, 0)));
  g_assert_cmpuint (costs->len, ==, 0);
  assert_pence (estimate, 0);
  for (guint y = 0; y < 3; y++)
    {
      assert_pence (reorg_savings_get_total (savings, y), 0);
      assert_pence (reorg_savings_get_net_cost (savings, y), 0);
    }
  assert_pence (reorg_savings_get_reserves_call (savings), 0);
}

static void
test_line_copy (void)
{
  g_autoptr(GArray) effects = manchester_effects ();
  g_autoptr(ReorgSavings) savings = savings_april (effects, 2010, 2);
  g_autoptr(GPtrArray) lines = reorg_savings_get_lines (savings, REORG_SAVINGS_GROUPING_UNIT);
  g_autoptr(ReorgSavingsLine) copy = reorg_savings_line_copy (g_ptr_array_index (lines, 1));
  const ReorgSavingsLine *line = g_ptr_array_index (lines, 1);

  g_assert_cmpstr (reorg_savings_line_get_key (copy), ==, reorg_savings_line_get_key (line));
  g_assert_cmpstr (reorg_savings_line_get_label (copy), ==, reorg_savings_line_get_label (line));
  g_assert_cmpuint (reorg_savings_line_get_n_years (copy), ==, 2);
  for (guint y = 0; y < 2; y++)
    g_assert_true (reorg_money_equal (reorg_savings_line_get_amount (copy, y),
                                      reorg_savings_line_get_amount (line, y)));
  g_assert_true (G_TYPE_IS_BOXED (REORG_TYPE_SAVINGS_LINE));
  g_assert_true (G_TYPE_IS_BOXED (REORG_TYPE_WORKFORCE_ROW));
  g_assert_true (G_TYPE_IS_BOXED (REORG_TYPE_CONSULTATION));
  g_assert_true (G_TYPE_IS_ENUM (REORG_TYPE_SAVINGS_GROUPING));
  g_assert_true (G_TYPE_IS_ENUM (REORG_TYPE_CONSULTATION_DUTY));
  g_assert_true (G_TYPE_IS_ENUM (REORG_TYPE_CONSULTATION_SCOPE));
}

/* ---- from a proposal ---- */

static ReorgUnit *
add_unit (ReorgStructure *s,
          const char     *ref,
          const char     *name,
          ReorgUnit      *parent)
{
  g_autoptr(ReorgUnit) unit = reorg_unit_new (ref, name, REORG_UNIT_KIND_TEAM);

  g_assert_true (reorg_structure_add_unit (s, unit, parent, NULL));
  return unit;
}

static ReorgPost *
make_post (const char      *ref,
           gint64           salary_pence,
           ReorgPostStatus  status)
{
  ReorgPost *post = reorg_post_new (ref);
  ReorgFte fte = { 10000 };
  ReorgMoney salary = { salary_pence };

  g_assert_true (reorg_post_set_fte (post, &fte, NULL));
  g_assert_true (reorg_post_set_salary (post, &salary, NULL));
  reorg_post_set_status (post, status);
  return post;
}

static void
add_post (ReorgStructure  *s,
          ReorgUnit       *unit,
          ReorgPost       *post)
{
  g_assert_true (reorg_structure_add_post (s, post, unit, NULL));
  g_object_unref (post);
}

/* CS -> SC (Social Care) -> FISS, FF; CS -> CORE -> ADMIN. */
static ReorgStructure *
proposal_base (void)
{
  ReorgStructure *s = reorg_structure_new ();
  ReorgUnit *cs = add_unit (s, "CS", "Children's Services", NULL);
  ReorgUnit *sc = add_unit (s, "SC", "Social Care", cs);
  ReorgUnit *fiss = add_unit (s, "FISS", "Family Intervention", sc);
  ReorgUnit *core = add_unit (s, "CORE", "Core", cs);
  ReorgUnit *admin = add_unit (s, "ADMIN", "Administration", core);
  ReorgPost *grant;

  add_unit (s, "FF", "Families First", sc);
  add_post (s, fiss, make_post ("F1", 3650000, REORG_POST_STATUS_FILLED));
  add_post (s, fiss, make_post ("F4", 3650000, REORG_POST_STATUS_VACANT));
  grant = make_post ("A1", 3000000, REORG_POST_STATUS_FILLED);
  reorg_post_set_funding (grant, REORG_FUNDING_GRANT, "ABG");
  add_post (s, admin, grant);
  add_post (s, admin, make_post ("A2", 4000000, REORG_POST_STATUS_FILLED));
  return s;
}

static ReorgProposal *
proposal_changes (void)
{
  ReorgProposal *proposal = reorg_proposal_new ("Phase 1");
  GDate oct = dmy (1, 10, 2010), jan = dmy (1, 1, 2011), apr = dmy (1, 4, 2011);
  GDate protected_until = dmy (1, 10, 2011);
  g_autoptr(ReorgPost) template = make_post ("FF-1", 3000000, REORG_POST_STATUS_VACANT);
  ReorgMoney lower = { 3000000 };
  ReorgChange *changes[5];

  changes[0] = reorg_change_new_disestablish_post (&oct, "F1");
  changes[1] = reorg_change_new_disestablish_post (&oct, "F4");
  changes[2] = reorg_change_new_establish_post (&jan, template, "FF", NULL);
  changes[3] = reorg_change_new_disestablish_post (&apr, "A1");
  changes[4] = reorg_change_new_regrade (&oct, "A2", "G4", &lower);
  reorg_change_set_pay_protection_until (changes[4], &protected_until);
  for (guint i = 0; i < G_N_ELEMENTS (changes); i++)
    {
      reorg_change_set_label (changes[i], i < 3 ? "FISS to Families First" : "Admin");
      reorg_proposal_add_change (proposal, changes[i]);
      g_object_unref (changes[i]);
    }
  return proposal;
}

static void
test_from_proposal (void)
{
  g_autoptr(ReorgStructure) base = proposal_base ();
  g_autoptr(ReorgProposal) proposal = proposal_changes ();
  g_autoptr(ReorgFinancialYear) first = reorg_financial_year_new (2010, G_DATE_APRIL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ReorgSavings) savings = NULL;
  g_autoptr(GPtrArray) funding = NULL, groups = NULL, services = NULL, changes = NULL;
  g_autoptr(GPtrArray) rows = NULL, consultation = NULL;
  g_autoptr(ReorgMoney) redundancy = NULL;
  ReorgMoney per_fte = { 2500000 };

  savings = reorg_savings_new (proposal, base, G_DATE_APRIL, first, 3, &error);
  g_assert_no_error (error);
  g_assert_nonnull (savings);
  /* The base is not modified. */
  g_assert_nonnull (reorg_structure_lookup_post (base, "F1"));

  /* 2010/11: F1 and F4 from 1 October (182/365 of £36,500 each), less the
   * new £30,000 post from 1 January (90/365: £7,397.26); the regrade's
   * money waits for its pay protection to end on 1 October 2011. */
  assert_pence (reorg_savings_get_total (savings, 0), 2 * 1820000 - 739726);
  /* 2011/12: the grant post from 1 April, the regrade's £10,000 for 183 of
   * 366 days. */
  assert_pence (reorg_savings_get_total (savings, 1), 2 * 3650000 - 3000000 + 3000000 + 500000);
  assert_pence (reorg_savings_get_total (savings, 2), 2 * 3650000 + 1000000);
  assert_pence (reorg_savings_get_full_year_total (savings), 8300000);

  funding = reorg_savings_get_lines (savings, REORG_SAVINGS_GROUPING_FUNDING);
  g_assert_cmpuint (funding->len, ==, 2);
  assert_pence (reorg_savings_line_get_full_year_effect (find_line (funding, "grant: ABG")), 3000000);
  assert_pence (reorg_savings_line_get_full_year_effect (find_line (funding, "mainstream")), 5300000);

  groups = reorg_savings_get_lines (savings, REORG_SAVINGS_GROUPING_GROUP);
  g_assert_cmpuint (groups->len, ==, 2);
  assert_pence (reorg_savings_line_get_full_year_effect (find_line (groups, "Admin")), 4000000);
  assert_pence (reorg_savings_line_get_full_year_effect (find_line (groups, "FISS to Families First")),
                4300000);
  g_assert_cmpint (reorg_savings_line_get_fte_change (find_line (groups, "FISS to Families First"))->units,
                   ==, -10000);

  services = reorg_savings_get_lines (savings, REORG_SAVINGS_GROUPING_SERVICE);
  g_assert_cmpuint (services->len, ==, 2);
  g_assert_cmpstr (reorg_savings_line_get_key (g_ptr_array_index (services, 1)), ==, "SC");
  g_assert_cmpstr (reorg_savings_line_get_label (g_ptr_array_index (services, 1)), ==, "Social Care");

  changes = reorg_savings_get_lines (savings, REORG_SAVINGS_GROUPING_NONE);
  g_assert_cmpuint (changes->len, ==, 5);
  g_assert_nonnull (strstr (reorg_savings_line_get_label (g_ptr_array_index (changes, 0)), "F1"));
  g_assert_nonnull (strstr (reorg_savings_line_get_label (g_ptr_array_index (changes, 3)), "A1"));

  /* Filled posts only: F1 (2010/11) and A1 (2011/12), not the vacant F4. */
  redundancy = reorg_savings_estimate_redundancy_per_fte (savings, &per_fte, 10000, &error);
  g_assert_no_error (error);
  assert_pence (redundancy, 5000000);
  assert_pence (reorg_savings_get_one_off_total (savings, 0), 2500000);
  assert_pence (reorg_savings_get_one_off_total (savings, 1), 2500000);
  assert_pence (reorg_savings_get_net_cost (savings, 0), 2500000 - (2 * 1820000 - 739726));

  rows = reorg_savings_get_workforce_impact (savings);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpstr (reorg_workforce_row_get_service (g_ptr_array_index (rows, 0)), ==, "CORE");
  g_assert_cmpint (reorg_workforce_row_get_removed_filled (g_ptr_array_index (rows, 0))->units, ==, 10000);
  g_assert_cmpstr (reorg_workforce_row_get_service (g_ptr_array_index (rows, 1)), ==, "SC");
  g_assert_cmpint (reorg_workforce_row_get_removed_vacant (g_ptr_array_index (rows, 1))->units, ==, 10000);
  g_assert_cmpint (reorg_workforce_row_get_added (g_ptr_array_index (rows, 1))->units, ==, 10000);
  g_assert_cmpint (reorg_workforce_row_get_net_reduction (g_ptr_array_index (rows, 1))->units, ==, 10000);

  consultation = reorg_savings_check_consultation (savings, REORG_CONSULTATION_SCOPE_ORGANISATION);
  g_assert_cmpuint (reorg_consultation_get_potential_redundancies (g_ptr_array_index (consultation, 0)), ==, 2);

  {
    /* Without a first year: the year of the earliest change, 2010/11. */
    g_autoptr(ReorgSavings) derived = reorg_savings_new (proposal, base, G_DATE_APRIL, NULL, 1, &error);

    g_assert_no_error (error);
    g_assert_cmpint (reorg_savings_get_year (derived, 0)->start_year, ==, 2010);
    assert_pence (reorg_savings_get_total (derived, 0), 2 * 1820000 - 739726);
  }
}

static void
test_from_failing_proposal (void)
{
  g_autoptr(ReorgStructure) base = proposal_base ();
  g_autoptr(ReorgProposal) proposal = proposal_changes ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ReorgSavings) savings = NULL;
  GDate oct = dmy (1, 10, 2010);
  ReorgChange *change = reorg_change_new_disestablish_post (&oct, "NOPE");

  reorg_proposal_add_change (proposal, change);
  g_object_unref (change);
  savings = reorg_savings_new (proposal, base, G_DATE_APRIL, NULL, 2, &error);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_NOT_FOUND);
  g_assert_null (savings);
  g_assert_nonnull (reorg_structure_lookup_post (base, "F1"));
}

static void
test_proposal_one_off_costs (void)
{
  g_autoptr(ReorgStructure) base = proposal_base ();
  g_autoptr(ReorgProposal) proposal = proposal_changes ();
  g_autoptr(ReorgProposal) other = proposal_changes ();
  g_autoptr(ReorgFinancialYear) first = reorg_financial_year_new (2010, G_DATE_APRIL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ReorgSavings) savings = NULL, failed = NULL;
  g_autoptr(GPtrArray) costs = NULL, listed = NULL;
  g_autoptr(ReorgOneOffCost) training = NULL, severance = NULL, bad = NULL;
  ReorgMoney amount = { 12000000 }, pay = { 5000000 };
  GDate sep = dmy (1, 9, 2010), may = dmy (1, 5, 2011), invalid;
  gint64 year0 = 2 * 1820000 - 739726;

  training = reorg_one_off_cost_new ("Training and change", REORG_ONE_OFF_COST_TRAINING,
                                     &amount, &sep);
  severance = reorg_one_off_cost_new ("Severance", REORG_ONE_OFF_COST_REDUNDANCY, &pay, &may);

  g_assert_cmpuint (reorg_proposal_get_n_one_off_costs (proposal), ==, 0);
  g_assert_true (reorg_proposal_equal (proposal, other));
  reorg_proposal_add_one_off_cost (proposal, training);
  reorg_proposal_add_one_off_cost (proposal, severance);
  g_assert_cmpuint (reorg_proposal_get_n_one_off_costs (proposal), ==, 2);
  costs = reorg_proposal_get_one_off_costs (proposal);
  g_assert_cmpuint (costs->len, ==, 2);
  g_assert_cmpstr (reorg_one_off_cost_get_label (g_ptr_array_index (costs, 0)), ==, "Training and change");
  g_assert_cmpint (reorg_one_off_cost_get_kind (g_ptr_array_index (costs, 1)), ==,
                   REORG_ONE_OFF_COST_REDUNDANCY);

  /* Equality counts the costs, their order and every field. */
  g_assert_false (reorg_proposal_equal (proposal, other));
  reorg_proposal_add_one_off_cost (other, severance);
  reorg_proposal_add_one_off_cost (other, training);
  g_assert_false (reorg_proposal_equal (proposal, other));
  reorg_proposal_remove_one_off_cost (other, 0);
  reorg_proposal_remove_one_off_cost (other, 7);     /* past the end: nothing */
  reorg_proposal_add_one_off_cost (other, severance);
  g_assert_true (reorg_proposal_equal (proposal, other));
  reorg_proposal_remove_one_off_cost (other, 1);
  {
    g_autoptr(ReorgOneOffCost) cheaper = reorg_one_off_cost_new ("Severance",
                                                                  REORG_ONE_OFF_COST_REDUNDANCY,
                                                                  &amount, &may);
    reorg_proposal_add_one_off_cost (other, cheaper);
    g_assert_false (reorg_proposal_equal (proposal, other));
  }

  /* The savings of the proposal count its one-off costs. */
  savings = reorg_savings_new (proposal, base, G_DATE_APRIL, first, 3, &error);
  g_assert_no_error (error);
  listed = reorg_savings_get_one_off_costs (savings);
  g_assert_cmpuint (listed->len, ==, 2);
  assert_pence (reorg_savings_get_total (savings, 0), year0);
  assert_pence (reorg_savings_get_one_off_total (savings, 0), 12000000);
  assert_pence (reorg_savings_get_one_off_total (savings, 1), 5000000);
  assert_pence (reorg_savings_get_one_off_total (savings, 2), 0);
  assert_pence (reorg_savings_get_net_cost (savings, 0), 12000000 - year0);
  assert_pence (reorg_savings_get_reserves_call (savings), 12000000 - year0);

  /* A cost with no valid date fails the savings. */
  g_date_clear (&invalid, 1);
  bad = reorg_one_off_cost_new ("bad", REORG_ONE_OFF_COST_OTHER, &amount, &invalid);
  reorg_proposal_add_one_off_cost (proposal, bad);
  failed = reorg_savings_new (proposal, base, G_DATE_APRIL, first, 3, &error);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);
  g_assert_null (failed);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/savings/part-year/boundary", test_part_year_boundary);
  g_test_add_func ("/savings/part-year/first-and-last-day", test_part_year_first_and_last_day);
  g_test_add_func ("/savings/part-year/leap-year", test_part_year_leap_year);
  g_test_add_func ("/savings/part-year/start-months", test_part_year_start_months);
  g_test_add_func ("/savings/part-year/rounding", test_part_year_rounding);
  g_test_add_func ("/savings/pay-protection", test_pay_protection);
  g_test_add_func ("/savings/groupings-sum-to-total", test_groupings_sum_to_total);
  g_test_add_func ("/savings/grant-kept-apart", test_grant_kept_apart);
  g_test_add_func ("/savings/one-off-costs", test_one_off_costs);
  g_test_add_func ("/savings/net-cost-and-reserves", test_net_cost_and_reserves);
  g_test_add_func ("/savings/redundancy/per-fte", test_redundancy_per_fte);
  g_test_add_func ("/savings/redundancy/statutory", test_statutory_redundancy);
  g_test_add_func ("/savings/redundancy/weekly-pay-cap", test_weekly_pay_cap);
  g_test_add_func ("/savings/redundancy/local-government", test_local_government_redundancy);
  g_test_add_func ("/savings/workforce-impact", test_workforce_impact);
  g_test_add_func ("/savings/consultation/thresholds", test_consultation_thresholds);
  g_test_add_func ("/savings/consultation/establishments", test_consultation_establishments);
  g_test_add_func ("/savings/consultation/brute-force", test_consultation_matches_brute_force);
  g_test_add_func ("/savings/overflow", test_overflow);
  g_test_add_func ("/savings/bad-arguments", test_bad_arguments);
  g_test_add_func ("/savings/first-year-from-effects", test_first_year_from_effects);
  g_test_add_func ("/savings/empty", test_empty);
  g_test_add_func ("/savings/line-copy", test_line_copy);
  g_test_add_func ("/savings/from-proposal", test_from_proposal);
  g_test_add_func ("/savings/from-failing-proposal", test_from_failing_proposal);
  g_test_add_func ("/savings/proposal-one-off-costs", test_proposal_one_off_costs);

  return g_test_run ();
}
