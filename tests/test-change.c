/* test-change.c: the changes of a restructure, one by one */
#include "reorg-change-private.h"

static GDate
day (int d, GDateMonth m, int y)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);
  return date;
}

static ReorgPost *
template_post (const char *reference)
{
  ReorgPost *post = reorg_post_new (reference);
  ReorgMoney salary = { 3000000 };
  ReorgFte fte = { 5000 };

  reorg_post_set_title (post, "Family worker");
  reorg_post_set_grade (post, "Grade 6");
  g_assert_true (reorg_post_set_salary (post, &salary, NULL));
  g_assert_true (reorg_post_set_on_cost_rate (post, 2500, NULL));
  g_assert_true (reorg_post_set_fte (post, &fte, NULL));
  reorg_post_set_status (post, REORG_POST_STATUS_VACANT);
  return post;
}

static void
test_change_establish_post (void)
{
  GDate date = day (1, G_DATE_APRIL, 2011);
  g_autoptr(ReorgPost) tpl = template_post ("FF-01");
  g_autoptr(ReorgChange) change = reorg_change_new_establish_post (&date, tpl, "FF", "FF-MGR");
  g_autoptr(ReorgChange) top = reorg_change_new_establish_post (&date, tpl, "FF", NULL);
  g_autofree char *text = reorg_change_describe (change);
  ReorgPost *own;

  g_assert_cmpint (reorg_change_get_kind (change), ==, REORG_CHANGE_KIND_ESTABLISH_POST);
  g_assert_cmpint (g_date_compare (reorg_change_get_date (change), &date), ==, 0);
  g_assert_cmpstr (reorg_change_get_post_reference (change), ==, "FF-01");
  g_assert_cmpstr (reorg_change_get_unit_reference (change), ==, "FF");
  g_assert_cmpstr (reorg_change_get_manager_reference (change), ==, "FF-MGR");
  g_assert_null (reorg_change_get_manager_reference (top));
  g_assert_null (reorg_change_get_parent_reference (change));
  g_assert_null (reorg_change_get_salary (change));
  g_assert_null (reorg_change_get_fte (change));
  g_assert_cmpuint (reorg_change_get_n_new_posts (change), ==, 1);

  /* The change keeps its own copy of the template. */
  own = reorg_change_get_template_post (change);
  g_assert_true (own != tpl);
  g_assert_true (reorg_post_fields_equal (own, tpl));
  reorg_post_set_title (tpl, "Changed later");
  g_assert_cmpstr (reorg_post_get_title (own), ==, "Family worker");
  g_assert_null (reorg_post_get_structure (own));

  g_assert_cmpstr (text, ==, "establish post 'FF-01' in unit 'FF', reporting to 'FF-MGR'");
  g_assert_true (reorg_change_check_values (change, NULL));
}

static void
test_change_post_kinds (void)
{
  GDate date = day (31, G_DATE_MARCH, 2011);
  ReorgMoney salary = { 4500000 };
  ReorgFte fte = { 6000 };
  g_autoptr(ReorgChange) dis = reorg_change_new_disestablish_post (&date, "ES-SEO-01");
  g_autoptr(ReorgChange) regrade = reorg_change_new_regrade (&date, "P1", "Grade 7", &salary);
  g_autoptr(ReorgChange) regrade_only = reorg_change_new_regrade (&date, "P1", "Grade 7", NULL);
  g_autoptr(ReorgChange) set_fte = reorg_change_new_set_fte (&date, "P1", &fte);
  g_autoptr(ReorgChange) set_salary = reorg_change_new_set_salary (&date, "P1", &salary);
  g_autoptr(ReorgChange) tenure = reorg_change_new_set_tenure (&date, "SW-1", REORG_TENURE_PERMANENT);
  g_autoptr(ReorgChange) temp = reorg_change_new_set_tenure (&date, "SW-1", REORG_TENURE_TEMPORARY);
  g_autoptr(ReorgChange) funding = reorg_change_new_set_funding (&date, "P1", REORG_FUNDING_GRANT, "ABG");
  g_autoptr(ReorgChange) funding_empty = reorg_change_new_set_funding (&date, "P1", REORG_FUNDING_RESERVES, "");
  g_autoptr(ReorgChange) reports = reorg_change_new_set_reports_to (&date, "P1", "MGR");
  g_autoptr(ReorgChange) top = reorg_change_new_set_reports_to (&date, "P1", NULL);
  g_autoptr(ReorgChange) move = reorg_change_new_move_post (&date, "P1", "FS");

  g_assert_cmpint (reorg_change_get_kind (dis), ==, REORG_CHANGE_KIND_DISESTABLISH_POST);
  g_assert_cmpstr (reorg_change_get_post_reference (dis), ==, "ES-SEO-01");
  g_assert_null (reorg_change_get_unit_reference (dis));
  g_assert_null (reorg_change_get_template_post (dis));
  g_assert_cmpuint (reorg_change_get_n_new_posts (dis), ==, 0);

  g_assert_cmpstr (reorg_change_get_grade (regrade), ==, "Grade 7");
  g_assert_cmpint (reorg_change_get_salary (regrade)->pence, ==, 4500000);
  g_assert_null (reorg_change_get_salary (regrade_only));
  g_assert_null (reorg_change_get_grade (dis));

  g_assert_cmpint (reorg_change_get_fte (set_fte)->units, ==, 6000);
  g_assert_cmpint (reorg_change_get_salary (set_salary)->pence, ==, 4500000);
  g_assert_null (reorg_change_get_grade (set_salary));

  g_assert_cmpint (reorg_change_get_tenure (tenure), ==, REORG_TENURE_PERMANENT);
  g_assert_cmpint (reorg_change_get_tenure (temp), ==, REORG_TENURE_TEMPORARY);

  g_assert_cmpint (reorg_change_get_funding_kind (funding), ==, REORG_FUNDING_GRANT);
  g_assert_cmpstr (reorg_change_get_funding_name (funding), ==, "ABG");
  g_assert_null (reorg_change_get_funding_name (funding_empty));

  g_assert_cmpstr (reorg_change_get_manager_reference (reports), ==, "MGR");
  g_assert_null (reorg_change_get_manager_reference (top));
  g_assert_cmpint (reorg_change_get_kind (top), ==, REORG_CHANGE_KIND_SET_REPORTS_TO);

  g_assert_cmpstr (reorg_change_get_post_reference (move), ==, "P1");
  g_assert_cmpstr (reorg_change_get_unit_reference (move), ==, "FS");

  {
    g_autofree char *a = reorg_change_describe (dis);
    g_autofree char *b = reorg_change_describe (regrade);
    g_autofree char *c = reorg_change_describe (set_fte);
    g_autofree char *d = reorg_change_describe (tenure);
    g_autofree char *e = reorg_change_describe (funding);
    g_autofree char *f = reorg_change_describe (top);
    g_autofree char *g = reorg_change_describe (move);

    g_assert_cmpstr (a, ==, "disestablish post 'ES-SEO-01'");
    g_assert_cmpstr (b, ==, "regrade post 'P1' to Grade 7 at £45,000.00");
    g_assert_cmpstr (c, ==, "set the FTE of post 'P1' to 0.6");
    g_assert_cmpstr (d, ==, "make post 'SW-1' permanent");
    g_assert_cmpstr (e, ==, "fund post 'P1' from grant ABG");
    g_assert_cmpstr (f, ==, "make post 'P1' a top post");
    g_assert_cmpstr (g, ==, "move post 'P1' to unit 'FS'");
  }
}

static void
test_change_unit_kinds (void)
{
  GDate date = day (1, G_DATE_APRIL, 2011);
  g_autoptr(ReorgUnit) tpl = reorg_unit_new ("FF", "Families First", REORG_UNIT_KIND_TEAM);
  g_autoptr(ReorgChange) create = NULL;
  g_autoptr(ReorgChange) create_top = NULL;
  g_autoptr(ReorgChange) rename = reorg_change_new_rename_unit (&date, "ES", "Education Services");
  g_autoptr(ReorgChange) move = reorg_change_new_move_unit (&date, "ES", "CS");
  g_autoptr(ReorgChange) move_top = reorg_change_new_move_unit (&date, "ES", NULL);
  g_autoptr(ReorgChange) merge = reorg_change_new_merge_unit (&date, "FISS", "FF");
  g_autoptr(ReorgChange) close = reorg_change_new_close_unit (&date, "FISS");
  ReorgUnit *own;

  reorg_unit_set_place (tpl, REORG_PLACE_KIND_DISTRICT, "Central");
  create = reorg_change_new_create_unit (&date, tpl, "FS");
  create_top = reorg_change_new_create_unit (&date, tpl, NULL);

  g_assert_cmpint (reorg_change_get_kind (create), ==, REORG_CHANGE_KIND_CREATE_UNIT);
  g_assert_cmpstr (reorg_change_get_unit_reference (create), ==, "FF");
  g_assert_cmpstr (reorg_change_get_parent_reference (create), ==, "FS");
  g_assert_null (reorg_change_get_parent_reference (create_top));
  own = reorg_change_get_template_unit (create);
  g_assert_true (own != tpl);
  g_assert_cmpstr (reorg_unit_get_name (own), ==, "Families First");
  g_assert_cmpstr (reorg_unit_get_place (own), ==, "Central");
  g_assert_cmpint (reorg_unit_get_place_kind (own), ==, REORG_PLACE_KIND_DISTRICT);
  g_assert_null (reorg_change_get_post_reference (create));

  g_assert_cmpstr (reorg_change_get_name (rename), ==, "Education Services");
  g_assert_null (reorg_change_get_name (move));
  g_assert_cmpstr (reorg_change_get_parent_reference (move), ==, "CS");
  g_assert_null (reorg_change_get_parent_reference (move_top));
  g_assert_cmpstr (reorg_change_get_into_reference (merge), ==, "FF");
  g_assert_null (reorg_change_get_into_reference (move));
  g_assert_cmpstr (reorg_change_get_unit_reference (close), ==, "FISS");

  {
    g_autofree char *a = reorg_change_describe (create);
    g_autofree char *b = reorg_change_describe (merge);
    g_autofree char *c = reorg_change_describe (move_top);
    g_autofree char *d = reorg_change_describe (close);
    g_autofree char *e = reorg_change_describe (rename);

    g_assert_cmpstr (a, ==, "create unit 'FF' under 'FS'");
    g_assert_cmpstr (b, ==, "merge unit 'FISS' into 'FF'");
    g_assert_cmpstr (c, ==, "make unit 'ES' a top-level unit");
    g_assert_cmpstr (d, ==, "close unit 'FISS'");
    g_assert_cmpstr (e, ==, "rename unit 'ES' to \"Education Services\"");
  }
}

static void
test_change_bulk_kinds (void)
{
  GDate date = day (1, G_DATE_APRIL, 2011);
  g_autoptr(ReorgPost) tpl = template_post ("ignored");
  ReorgFte total = { 185000 }, whole = { 30000 }, small = { 2500 };
  g_autoptr(ReorgChange) dis_all = reorg_change_new_disestablish_unit_posts (&date, "FISS", NULL);
  g_autoptr(ReorgChange) dis_some = reorg_change_new_disestablish_unit_posts (&date, "ES", "School Effectiveness Officer");
  g_autoptr(ReorgChange) est = reorg_change_new_establish_posts (&date, tpl, "FF", &total, "FF");
  g_autoptr(ReorgChange) est_whole = reorg_change_new_establish_posts (&date, tpl, "FF", &whole, "FF");
  g_autoptr(ReorgChange) est_small = reorg_change_new_establish_posts (&date, tpl, "FF", &small, "FF");
  g_autofree char *first = reorg_change_new_post_reference (est, 0);
  g_autofree char *last = reorg_change_new_post_reference (est, 18);
  g_autofree char *big = reorg_change_new_post_reference (est, 1233);
  ReorgPost *own;

  g_assert_null (reorg_change_get_title (dis_all));
  g_assert_cmpstr (reorg_change_get_title (dis_some), ==, "School Effectiveness Officer");
  g_assert_cmpstr (reorg_change_get_unit_reference (dis_some), ==, "ES");
  g_assert_cmpuint (reorg_change_get_n_new_posts (dis_all), ==, 0);

  g_assert_cmpstr (reorg_change_get_reference_prefix (est), ==, "FF");
  g_assert_null (reorg_change_get_reference_prefix (dis_all));
  g_assert_cmpint (reorg_change_get_fte (est)->units, ==, 185000);
  g_assert_cmpuint (reorg_change_get_n_new_posts (est), ==, 19);
  g_assert_cmpuint (reorg_change_get_n_new_posts (est_whole), ==, 3);
  g_assert_cmpuint (reorg_change_get_n_new_posts (est_small), ==, 1);
  g_assert_cmpstr (first, ==, "FF-001");
  g_assert_cmpstr (last, ==, "FF-019");
  g_assert_cmpstr (big, ==, "FF-1234");

  /* The template is normalised: its reference is the prefix, its FTE 1. */
  own = reorg_change_get_template_post (est);
  g_assert_cmpstr (reorg_post_get_reference (own), ==, "FF");
  g_assert_cmpint (reorg_post_get_fte (own)->units, ==, REORG_FTE_SCALE);
  g_assert_cmpstr (reorg_post_get_grade (own), ==, "Grade 6");
  g_assert_null (reorg_change_get_post_reference (est));

  {
    g_autofree char *a = reorg_change_describe (est);
    g_autofree char *b = reorg_change_describe (dis_some);
    g_autofree char *c = reorg_change_describe (est_small);
    g_autofree char *d = reorg_change_describe (dis_all);

    g_assert_cmpstr (a, ==, "establish 18.5 FTE as 19 posts FF-001 to FF-019 in unit 'FF'");
    g_assert_cmpstr (b, ==, "disestablish the posts titled \"School Effectiveness Officer\" in unit 'ES'");
    g_assert_cmpstr (c, ==, "establish 0.25 FTE as post FF-001 in unit 'FF'");
    g_assert_cmpstr (d, ==, "disestablish the posts in unit 'FISS'");
  }
}

static void
notify_count (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  (*(guint *) user_data)++;
}

static void
test_change_label_phase_condition (void)
{
  GDate date = day (31, G_DATE_MARCH, 2012);
  GDate before = day (1, G_DATE_JANUARY, 2012);
  GDate after = day (30, G_DATE_SEPTEMBER, 2012);
  GDate invalid;
  g_autoptr(ReorgChange) change = reorg_change_new_disestablish_post (&date, "SIIM");
  guint notified = 0;
  g_autofree char *label = NULL;
  ReorgConditionKind condition;

  g_assert_null (reorg_change_get_label (change));
  g_assert_null (reorg_change_get_phase (change));
  g_assert_cmpint (reorg_change_get_condition (change), ==, REORG_CONDITION_KIND_NONE);
  g_assert_null (reorg_change_get_condition_text (change));
  g_assert_null (reorg_change_get_pay_protection_until (change));
  g_assert_true (reorg_change_get_money_date (change) == reorg_change_get_date (change));

  g_signal_connect (change, "notify", G_CALLBACK (notify_count), &notified);
  reorg_change_set_label (change, "Education Services SMT");
  reorg_change_set_label (change, "Education Services SMT");
  g_assert_cmpuint (notified, ==, 1);
  reorg_change_set_phase (change, "Phase 2");
  g_assert_cmpuint (notified, ==, 2);
  reorg_change_set_condition (change, REORG_CONDITION_KIND_IF_VACANT,
                              "disestablished from March 2012, and earlier only if the post becomes vacant");
  g_assert_cmpuint (notified, ==, 4);
  reorg_change_set_condition (change, REORG_CONDITION_KIND_IF_VACANT,
                              "disestablished from March 2012, and earlier only if the post becomes vacant");
  g_assert_cmpuint (notified, ==, 4);

  g_object_get (change, "label", &label, "condition", &condition, NULL);
  g_assert_cmpstr (label, ==, "Education Services SMT");
  g_assert_cmpint (condition, ==, REORG_CONDITION_KIND_IF_VACANT);
  g_assert_cmpstr (reorg_change_get_phase (change), ==, "Phase 2");

  /* Pay protection before the date does not move the money. */
  reorg_change_set_pay_protection_until (change, &before);
  g_assert_cmpuint (notified, ==, 5);
  g_assert_cmpint (g_date_compare (reorg_change_get_pay_protection_until (change), &before), ==, 0);
  g_assert_cmpint (g_date_compare (reorg_change_get_money_date (change), &date), ==, 0);
  reorg_change_set_pay_protection_until (change, &after);
  g_assert_cmpint (g_date_compare (reorg_change_get_money_date (change), &after), ==, 0);
  g_date_clear (&invalid, 1);
  reorg_change_set_pay_protection_until (change, &invalid);
  g_assert_null (reorg_change_get_pay_protection_until (change));
  g_assert_cmpint (g_date_compare (reorg_change_get_money_date (change), &date), ==, 0);
  g_assert_cmpuint (notified, ==, 7);

  /* Kind and date are read-only properties. */
  {
    ReorgChangeKind kind;
    GDate *got = NULL;

    g_object_get (change, "kind", &kind, "date", &got, NULL);
    g_assert_cmpint (kind, ==, REORG_CHANGE_KIND_DISESTABLISH_POST);
    g_assert_cmpint (g_date_compare (got, &date), ==, 0);
    g_date_free (got);
  }
}

static void
test_change_equal (void)
{
  GDate date = day (1, G_DATE_APRIL, 2011);
  GDate other_date = day (2, G_DATE_APRIL, 2011);
  g_autoptr(ReorgPost) tpl = template_post ("FF-01");
  g_autoptr(ReorgPost) tpl2 = template_post ("FF-01");
  ReorgMoney salary = { 100 };
  g_autoptr(ReorgChange) a = reorg_change_new_establish_post (&date, tpl, "FF", NULL);
  g_autoptr(ReorgChange) b = reorg_change_new_establish_post (&date, tpl2, "FF", NULL);
  g_autoptr(ReorgChange) c = reorg_change_new_disestablish_post (&date, "X");
  g_autoptr(ReorgChange) d = reorg_change_new_disestablish_post (&other_date, "X");
  g_autoptr(ReorgChange) e = reorg_change_new_regrade (&date, "X", "G", NULL);
  g_autoptr(ReorgChange) f = reorg_change_new_regrade (&date, "X", "G", &salary);
  g_autoptr(ReorgChange) g = NULL;

  g_assert_true (reorg_change_equal (a, b));
  g_assert_true (reorg_change_equal (a, a));
  reorg_post_set_grade (reorg_change_get_template_post (b), "Grade 9");
  g_assert_false (reorg_change_equal (a, b));
  g_assert_false (reorg_change_equal (a, c));
  g_assert_false (reorg_change_equal (c, d));
  g_assert_false (reorg_change_equal (e, f));

  g = reorg_change_new_disestablish_post (&date, "X");
  g_assert_true (reorg_change_equal (c, g));
  reorg_change_set_label (g, "L");
  g_assert_false (reorg_change_equal (c, g));
  reorg_change_set_label (c, "L");
  g_assert_true (reorg_change_equal (c, g));
  reorg_change_set_pay_protection_until (g, &other_date);
  g_assert_false (reorg_change_equal (c, g));
}

static void
test_change_check_values (void)
{
  GDate date = day (1, G_DATE_APRIL, 2011);
  g_autoptr(ReorgPost) tpl = template_post ("");
  g_autoptr(ReorgUnit) unit_tpl = reorg_unit_new ("U", NULL, REORG_UNIT_KIND_TEAM);
  ReorgFte zero = { 0 }, negative = { -5000 };
  ReorgMoney minus = { -1 };
  struct {
    ReorgChange *change;
    const char  *message;
  } cases[] = {
    { reorg_change_new_establish_post (&date, tpl, "FF", NULL), "the post reference is empty" },
    { reorg_change_new_disestablish_post (&date, ""), "the post reference is empty" },
    { reorg_change_new_set_fte (&date, "P", &zero), "FTE must be above zero, not 0" },
    { reorg_change_new_set_salary (&date, "P", &minus), "salary must not be negative" },
    { reorg_change_new_regrade (&date, "P", "G", &minus), "salary must not be negative" },
    { reorg_change_new_set_reports_to (&date, "P", "P"), "post 'P' cannot report to itself" },
    { reorg_change_new_set_reports_to (&date, "P", ""), "the manager's reference is empty" },
    { reorg_change_new_move_post (&date, "P", ""), "the unit reference is empty" },
    { reorg_change_new_move_unit (&date, "U", "U"), "unit 'U' cannot be its own parent" },
    { reorg_change_new_create_unit (&date, unit_tpl, "U"), "unit 'U' cannot be its own parent" },
    { reorg_change_new_merge_unit (&date, "U", "U"), "unit 'U' cannot be merged into itself" },
    { reorg_change_new_establish_posts (&date, tpl, "FF", &negative, "FF"), "total FTE must be above zero" },
    { reorg_change_new_establish_posts (&date, tpl, "FF", &zero, "FF"), "total FTE must be above zero" },
    { reorg_change_new_establish_posts (&date, tpl, "FF", &zero, ""), "total FTE" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      g_test_message ("case %u", i);
      g_assert_false (reorg_change_check_values (cases[i].change, &error));
      g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);
      if (strstr (error->message, cases[i].message) == NULL)
        g_error ("case %u: '%s' does not contain '%s'", i, error->message, cases[i].message);
      g_object_unref (cases[i].change);
    }

  {
    ReorgFte one = { 10000 };
    g_autoptr(ReorgChange) empty_prefix = reorg_change_new_establish_posts (&date, tpl, "FF", &one, "");
    g_autoptr(GError) error = NULL;

    g_assert_false (reorg_change_check_values (empty_prefix, &error));
    g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "prefix"));
    /* A NULL error is fine too. */
    g_assert_false (reorg_change_check_values (empty_prefix, NULL));
  }
}

static void
test_change_bad_arguments (void)
{
  if (g_test_subprocess ())
    {
      GDate invalid;
      g_date_clear (&invalid, 1);
      g_assert_null (reorg_change_new_disestablish_post (&invalid, "P"));
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*CRITICAL*g_date_valid*");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/change/establish-post", test_change_establish_post);
  g_test_add_func ("/change/post-kinds", test_change_post_kinds);
  g_test_add_func ("/change/unit-kinds", test_change_unit_kinds);
  g_test_add_func ("/change/bulk-kinds", test_change_bulk_kinds);
  g_test_add_func ("/change/label-phase-condition", test_change_label_phase_condition);
  g_test_add_func ("/change/equal", test_change_equal);
  g_test_add_func ("/change/check-values", test_change_check_values);
  g_test_add_func ("/change/bad-arguments", test_change_bad_arguments);
  return g_test_run ();
}
