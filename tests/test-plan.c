/* test-plan.c: the plan document and its JSON format */
#include "reorg-private.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

static ReorgPlan *
sample_plan (guint extra_posts)
{
  ReorgPlan *plan = reorg_plan_new ();
  ReorgStructure *s = reorg_plan_get_structure (plan);
  g_autoptr(ReorgUnit) cs = reorg_unit_new ("CS", "Children's Services", REORG_UNIT_KIND_DIRECTORATE);
  g_autoptr(ReorgUnit) fs = reorg_unit_new ("FS", "Family Support", REORG_UNIT_KIND_SERVICE);
  g_autoptr(ReorgPost) head = reorg_post_new ("HEAD");
  g_autoptr(ReorgPost) worker = reorg_post_new ("00009000");
  ReorgFte fte = { 6000 };
  ReorgMoney salary = { 6500000 }, on_costs = { 1234567 };
  GDate date;

  reorg_plan_set_organisation (plan, "Manchester City Council");
  g_date_set_dmy (&date, 22, G_DATE_DECEMBER, 2010);
  reorg_plan_set_date (plan, &date);
  reorg_structure_set_date (s, &date);
  reorg_plan_set_metadata (plan, "source", "Personnel Committee, 22 December 2010");
  reorg_plan_set_metadata (plan, "note", "quotes \" and newlines\n survive");

  g_assert_true (reorg_structure_add_unit (s, cs, NULL, NULL));
  reorg_unit_set_place (fs, REORG_PLACE_KIND_DISTRICT, "Central");
  g_assert_true (reorg_structure_add_unit (s, fs, cs, NULL));

  reorg_post_set_title (head, "Deputy Director");
  reorg_post_set_grade (head, "SMT");
  g_assert_true (reorg_post_set_salary (head, &salary, NULL));
  g_assert_true (reorg_post_set_on_cost_rate (head, 2500, NULL));
  g_assert_true (reorg_structure_add_post (s, head, cs, NULL));

  reorg_post_set_title (worker, "Family worker");
  g_assert_true (reorg_post_set_fte (worker, &fte, NULL));
  g_assert_true (reorg_post_set_salary (worker, &salary, NULL));
  g_assert_true (reorg_post_set_on_costs (worker, &on_costs, NULL));
  reorg_post_set_status (worker, REORG_POST_STATUS_VACANT);
  reorg_post_set_tenure (worker, REORG_TENURE_FIXED_TERM);
  reorg_post_set_funding (worker, REORG_FUNDING_GRANT, "ABG");
  reorg_post_set_job_family (worker, "Family Support");
  g_assert_true (reorg_structure_add_post (s, worker, fs, NULL));
  g_assert_true (reorg_structure_set_reports_to (s, worker, head, NULL));

  for (guint i = 0; i < extra_posts; i++)
    {
      g_autofree char *ref = g_strdup_printf ("X%06u", i);
      g_autoptr(ReorgPost) p = reorg_post_new (ref);
      ReorgMoney pay = { 2000000 + i };

      g_assert_true (reorg_post_set_salary (p, &pay, NULL));
      g_assert_true (reorg_structure_add_post (s, p, fs, NULL));
      g_assert_true (reorg_structure_set_reports_to (s, p, head, NULL));
    }
  return plan;
}

static void
test_plan_fields (void)
{
  g_autoptr(ReorgPlan) plan = reorg_plan_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ReorgFinancialYear) fy = NULL;
  g_auto(GStrv) keys = NULL;
  g_autofree char *label = NULL;
  GDate date;

  g_assert_cmpint (reorg_plan_get_financial_year_start (plan), ==, G_DATE_APRIL);
  g_assert_null (reorg_plan_get_date (plan));
  g_assert_null (reorg_plan_get_organisation (plan));
  g_assert_nonnull (reorg_plan_get_structure (plan));

  g_assert_null (reorg_plan_get_financial_year (plan, NULL, &error));
  g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);
  g_clear_error (&error);

  g_date_set_dmy (&date, 15, G_DATE_FEBRUARY, 2016);
  reorg_plan_set_date (plan, &date);
  fy = reorg_plan_get_financial_year (plan, NULL, &error);
  label = reorg_financial_year_get_label (fy);
  g_assert_cmpstr (label, ==, "2015/16");

  g_assert_false (reorg_plan_set_financial_year_start (plan, 13, &error));
  g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (reorg_plan_set_financial_year_start (plan, G_DATE_JANUARY, &error));
  g_clear_pointer (&fy, reorg_financial_year_free);
  g_clear_pointer (&label, g_free);
  fy = reorg_plan_get_financial_year (plan, NULL, &error);
  label = reorg_financial_year_get_label (fy);
  g_assert_cmpstr (label, ==, "2016");

  reorg_plan_set_metadata (plan, "b", "2");
  reorg_plan_set_metadata (plan, "a", "1");
  keys = reorg_plan_get_metadata_keys (plan);
  g_assert_cmpuint (g_strv_length (keys), ==, 2);
  g_assert_cmpstr (keys[0], ==, "a");
  reorg_plan_set_metadata (plan, "a", NULL);
  g_assert_null (reorg_plan_get_metadata (plan, "a"));
  g_assert_cmpstr (reorg_plan_get_metadata (plan, "b"), ==, "2");
}

static void
test_plan_round_trip (void)
{
  g_autoptr(ReorgPlan) plan = sample_plan (3);
  g_autoptr(ReorgPlan) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("reorg-plan-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.json", NULL);
  g_autofree char *first = NULL, *second = NULL;
  ReorgPost *worker;

  g_assert_true (reorg_plan_save_to_file (plan, path, &error));
  g_assert_no_error (error);
  loaded = reorg_plan_new_from_file (path, &error);
  g_assert_no_error (error);
  g_assert_true (reorg_plan_equal (plan, loaded));

  worker = reorg_structure_lookup_post (reorg_plan_get_structure (loaded), "00009000");
  g_assert_nonnull (worker);
  g_assert_cmpint (reorg_post_get_fte (worker)->units, ==, 6000);
  g_assert_cmpint (reorg_post_get_annual_cost (worker)->pence, ==, 6500000 + 1234567);
  g_assert_cmpint (reorg_post_get_status (worker), ==, REORG_POST_STATUS_VACANT);
  g_assert_cmpint (reorg_post_get_tenure (worker), ==, REORG_TENURE_FIXED_TERM);
  g_assert_cmpstr (reorg_post_get_funding_name (worker), ==, "ABG");
  g_assert_cmpstr (reorg_post_get_reference (reorg_post_get_reports_to (worker)), ==, "HEAD");
  g_assert_cmpstr (reorg_unit_get_place (reorg_post_get_unit (worker)), ==, "Central");
  g_assert_cmpstr (reorg_plan_get_metadata (loaded, "note"), ==, "quotes \" and newlines\n survive");
  g_assert_cmpint (reorg_post_get_on_cost_rate (reorg_structure_lookup_post (reorg_plan_get_structure (loaded), "HEAD")),
                   ==, 2500);

  /* The same plan gives the same bytes. */
  first = reorg_plan_to_data (plan, NULL);
  second = reorg_plan_to_data (loaded, NULL);
  g_assert_cmpstr (first, ==, second);

  /* A change is seen by equal. */
  reorg_plan_set_metadata (loaded, "note", "changed");
  g_assert_false (reorg_plan_equal (plan, loaded));

  g_unlink (path);
  g_rmdir (dir);
}

typedef struct
{
  const char *json;
  int         code;
  const char *place;
} BadCase;

#define UNITS_OK "\"units\":[{\"ref\":\"U\"}]"
#define PLAN(s) "{\"format\":\"reorg-plan\",\"version\":1,\"structure\":{" s "}}"

static const BadCase bad_cases[] = {
  { "", REORG_ERROR_PARSE, "<data>" },
  { "{\"format\":", REORG_ERROR_PARSE, "<data>:1" },
  { "[1,2]", REORG_ERROR_PARSE, "a plan is a JSON object, found an array" },
  { "{\"format\":\"other\",\"version\":1}", REORG_ERROR_PARSE, "not \"reorg-plan\"" },
  { "{\"format\":\"reorg-plan\"}", REORG_ERROR_PARSE, "version" },
  { "{\"format\":\"reorg-plan\",\"version\":\"1\"}", REORG_ERROR_PARSE, "version" },
  { "{\"format\":\"reorg-plan\",\"version\":2}", REORG_ERROR_VERSION, "format version 2" },
  { "{\"format\":\"reorg-plan\",\"version\":1}", REORG_ERROR_PARSE, "structure" },
  { "{\"format\":\"reorg-plan\",\"version\":1,\"financial_year_start\":13,\"structure\":{}}",
    REORG_ERROR_INVALID, "financial_year_start" },
  { "{\"format\":\"reorg-plan\",\"version\":1,\"date\":\"2010-02-30\",\"structure\":{}}",
    REORG_ERROR_PARSE, "date: \"2010-02-30\"" },
  { "{\"format\":\"reorg-plan\",\"version\":1,\"metadata\":{\"a\":1},\"structure\":{}}",
    REORG_ERROR_PARSE, "metadata: a: expected a string" },
  { PLAN ("\"posts\":[]"), REORG_ERROR_PARSE, "member \"units\" is missing" },
  { PLAN ("\"units\":{},\"posts\":[]"), REORG_ERROR_PARSE, "units: expected an array, found an object" },
  { PLAN ("\"units\":[{\"name\":\"x\"}],\"posts\":[]"), REORG_ERROR_PARSE, "structure.units[0]: member \"ref\"" },
  { PLAN ("\"units\":[{\"ref\":\"A\",\"parent\":\"B\"},{\"ref\":\"B\"}],\"posts\":[]"),
    REORG_ERROR_NOT_FOUND, "structure.units[0] (unit 'A'): parent unit 'B'" },
  { PLAN ("\"units\":[{\"ref\":\"A\"},{\"ref\":\"A\"}],\"posts\":[]"),
    REORG_ERROR_DUPLICATE, "structure.units[1] (unit 'A')" },
  { PLAN ("\"units\":[{\"ref\":\"A\",\"kind\":\"ministry\"}],\"posts\":[]"),
    REORG_ERROR_INVALID, "kind: unknown value \"ministry\"" },
  { PLAN (UNITS_OK ",\"posts\":[{\"ref\":\"P\",\"unit\":\"Z\"}]"),
    REORG_ERROR_NOT_FOUND, "structure.posts[0] (post 'P'): unit 'Z' does not exist" },
  { PLAN (UNITS_OK ",\"posts\":[{\"ref\":\"P\",\"unit\":\"U\"},{\"ref\":\"P\",\"unit\":\"U\"}]"),
    REORG_ERROR_DUPLICATE, "structure.posts[1] (post 'P')" },
  { PLAN (UNITS_OK ",\"posts\":[{\"ref\":\"P\",\"unit\":\"U\",\"fte\":\"0\"}]"),
    REORG_ERROR_INVALID, "structure.posts[0] (post 'P'): fte: FTE must be above zero" },
  { PLAN (UNITS_OK ",\"posts\":[{\"ref\":\"P\",\"unit\":\"U\",\"fte\":\"lots\"}]"),
    REORG_ERROR_PARSE, "structure.posts[0] (post 'P'): fte:" },
  { PLAN (UNITS_OK ",\"posts\":[{\"ref\":\"P\",\"unit\":\"U\",\"fte\":true}]"),
    REORG_ERROR_PARSE, "fte: expected an FTE" },
  { PLAN (UNITS_OK ",\"posts\":[{\"ref\":\"P\",\"unit\":\"U\",\"salary\":\"-5\"}]"),
    REORG_ERROR_INVALID, "structure.posts[0] (post 'P'): salary: salary must not be negative" },
  { PLAN (UNITS_OK ",\"posts\":[{\"ref\":\"P\",\"unit\":\"U\",\"salary\":65000.5}]"),
    REORG_ERROR_PARSE, "salary: expected an amount as a string" },
  { PLAN (UNITS_OK ",\"posts\":[{\"ref\":\"P\",\"unit\":\"U\",\"salary\":\"£92233720368547758.08\"}]"),
    REORG_ERROR_OVERFLOW, "structure.posts[0] (post 'P'): salary" },
  { PLAN (UNITS_OK ",\"posts\":[{\"ref\":\"P\",\"unit\":\"U\",\"on_costs\":\"1\",\"on_cost_rate\":2500}]"),
    REORG_ERROR_INVALID, "not both" },
  { PLAN (UNITS_OK ",\"posts\":[{\"ref\":\"P\",\"unit\":\"U\",\"status\":\"gone\"}]"),
    REORG_ERROR_INVALID, "status: unknown value \"gone\"" },
  { PLAN (UNITS_OK ",\"posts\":[{\"ref\":\"P\",\"unit\":\"U\",\"funding\":{\"kind\":\"lottery\"}}]"),
    REORG_ERROR_INVALID, "kind: unknown value \"lottery\"" },
  { PLAN (UNITS_OK ",\"posts\":[{\"ref\":\"P\",\"unit\":\"U\",\"reports_to\":\"NOBODY\"}]"),
    REORG_ERROR_NOT_FOUND, "structure.posts[0] (post 'P'): reports_to: post 'NOBODY'" },
  { PLAN (UNITS_OK ",\"posts\":[{\"ref\":\"P\",\"unit\":\"U\",\"reports_to\":\"P\"}]"),
    REORG_ERROR_CYCLE, "cannot report to itself" },
  { PLAN (UNITS_OK ",\"posts\":[{\"ref\":\"A\",\"unit\":\"U\",\"reports_to\":\"B\"},"
          "{\"ref\":\"B\",\"unit\":\"U\",\"reports_to\":\"C\"},{\"ref\":\"C\",\"unit\":\"U\",\"reports_to\":\"A\"}]"),
    REORG_ERROR_CYCLE, "structure.posts[2] (post 'C'): reports_to: post 'C' reporting to 'A' would make a reporting loop" },
  { PLAN (UNITS_OK ",\"posts\":[7]"), REORG_ERROR_PARSE, "structure.posts[0]: expected an object, found a number" },
  { "{\"format\":\"reorg-plan\",\"version\":1,\"organisation\":\"\xff\xfe\",\"structure\":{}}",
    REORG_ERROR_PARSE, "not valid UTF-8" },
};

static void
test_plan_load_errors (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ReorgPlan) plan = reorg_plan_new_from_data (bad_cases[i].json, -1, &error);

      g_autofree char *escaped = g_strescape (bad_cases[i].json, NULL);

      g_test_message ("case %u: %s", i, escaped);
      g_assert_null (plan);
      g_assert_error (error, REORG_ERROR, bad_cases[i].code);
      if (strstr (error->message, bad_cases[i].place) == NULL)
        g_error ("case %u: message '%s' does not name '%s'", i, error->message, bad_cases[i].place);
      g_assert_true (g_str_has_prefix (error->message, "<data>"));
    }
}

static void
test_plan_load_accepts_numbers (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ReorgPlan) plan = reorg_plan_new_from_data (
    PLAN (UNITS_OK ",\"posts\":[{\"ref\":\"P\",\"unit\":\"U\",\"fte\":0.6,\"salary\":65000}]"), -1, &error);
  ReorgPost *post;

  g_assert_no_error (error);
  post = reorg_structure_lookup_post (reorg_plan_get_structure (plan), "P");
  g_assert_cmpint (reorg_post_get_fte (post)->units, ==, 6000);
  g_assert_cmpint (reorg_post_get_salary (post)->pence, ==, 6500000);
}

static void
test_plan_file_errors (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ReorgPlan) plan = reorg_plan_new_from_file ("/nonexistent/plan.json", &error);
  g_autofree char *dir = g_dir_make_tmp ("reorg-plan-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bad.json", NULL);

  g_assert_null (plan);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "/nonexistent/plan.json"));
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (path, "{\"format\":\"reorg-plan\",\n \"version\": 1,\n \"structure\": {,}}", -1, NULL));
  plan = reorg_plan_new_from_file (path, &error);
  g_assert_null (plan);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_PARSE);
  g_assert_true (g_str_has_prefix (error->message, path));
  g_assert_nonnull (strstr (error->message, ":3:"));  /* line 3 */
  g_assert_null (strstr (error->message, "<data>"));
  g_clear_error (&error);

  {
    g_autoptr(ReorgPlan) ok = sample_plan (0);
    g_autofree char *missing = g_build_filename (dir, "no-such-dir", "plan.json", NULL);
    g_assert_false (reorg_plan_save_to_file (ok, missing, &error));
    g_assert_error (error, REORG_ERROR, REORG_ERROR_IO);
  }

  g_unlink (path);
  g_rmdir (dir);
}

/* A process saving plans over and over is killed at random moments; every
 * time, the file holds one whole plan or the other, never a torn one. */
static void
test_plan_save_is_atomic_under_kill (void)
{
  g_autoptr(ReorgPlan) small = sample_plan (10);
  g_autoptr(ReorgPlan) large = sample_plan (20000);
  g_autofree char *dir = g_dir_make_tmp ("reorg-kill-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.json", NULL);
  GRand *rand = g_rand_new_with_seed (7);
  guint kills = 20, seen_small = 0, seen_large = 0;

  g_assert_true (reorg_plan_save_to_file (small, path, NULL));
  for (guint i = 0; i < kills; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ReorgPlan) loaded = NULL;
      int status;
      pid_t pid = fork ();

      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        {
          for (guint n = 0;; n++)
            reorg_plan_save_to_file (n % 2 ? small : large, path, NULL);
        }
      g_usleep (g_rand_int_range (rand, 1000, 60000));
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);

      loaded = reorg_plan_new_from_file (path, &error);
      g_assert_no_error (error);
      if (reorg_plan_equal (loaded, small))
        seen_small++;
      else if (reorg_plan_equal (loaded, large))
        seen_large++;
      else
        g_error ("kill %u left a plan that is neither of the two saved", i);
    }
  g_rand_free (rand);
  g_assert_cmpuint (seen_small + seen_large, ==, kills);

  /* Leftover temporary files are allowed; remove them all. */
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;
    while ((name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *p = g_build_filename (dir, name, NULL);
        g_unlink (p);
      }
  }
  g_rmdir (dir);
}

static void
test_plan_loads_bundled_example (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "examples", "data",
                                                 "manchester-2010.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ReorgPlan) plan = reorg_plan_new_from_file (path, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (reorg_plan_get_organisation (plan), ==, "Manchester City Council");
  g_assert_cmpuint (reorg_structure_get_n_posts (reorg_plan_get_structure (plan)), >, 0);
}

/* ---- Proposals in the plan ---- */

static GDate
ymd (int y, int m, int d)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);
  return date;
}

static void
add (ReorgProposal *proposal,
     ReorgChange   *change)
{
  reorg_proposal_add_change (proposal, change);
  g_object_unref (change);
}

/* A proposal with every kind of change and every optional member. */
static ReorgProposal *
every_kind_proposal (void)
{
  ReorgProposal *p = reorg_proposal_new ("Phase 1");
  GDate d = ymd (2011, 3, 31), later = ymd (2012, 3, 31), protection = ymd (2011, 9, 30);
  g_autoptr(ReorgPost) tpl = reorg_post_new ("FF-MGR");
  g_autoptr(ReorgPost) bulk = reorg_post_new ("ignored");
  g_autoptr(ReorgUnit) unit = reorg_unit_new ("FF", "Families First", REORG_UNIT_KIND_TEAM);
  g_autoptr(ReorgUnit) top = reorg_unit_new ("NEW", NULL, REORG_UNIT_KIND_OTHER);
  ReorgMoney salary = { 6500000 }, lower = { 4812345 }, on_costs = { 512300 };
  ReorgFte fte = { 6000 }, total = { 185000 };
  ReorgChange *first;

  reorg_proposal_set_description (p, "FISS to Families First, and Education Services");
  reorg_post_set_title (tpl, "Families First Manager");
  reorg_post_set_grade (tpl, "Grade 12");
  reorg_post_set_job_family (tpl, "Family Support");
  g_assert_true (reorg_post_set_salary (tpl, &salary, NULL));
  g_assert_true (reorg_post_set_on_cost_rate (tpl, 2500, NULL));
  g_assert_true (reorg_post_set_fte (tpl, &fte, NULL));
  reorg_post_set_status (tpl, REORG_POST_STATUS_VACANT);
  reorg_post_set_tenure (tpl, REORG_TENURE_FIXED_TERM);
  reorg_post_set_funding (tpl, REORG_FUNDING_GRANT, "ABG");

  reorg_post_set_title (bulk, "Families First Worker");
  g_assert_true (reorg_post_set_salary (bulk, &lower, NULL));
  g_assert_true (reorg_post_set_on_costs (bulk, &on_costs, NULL));
  reorg_unit_set_place (unit, REORG_PLACE_KIND_DISTRICT, "Central");

  first = reorg_change_new_establish_post (&d, tpl, "FS", "HEAD");
  reorg_change_set_label (first, "FISS to Families First");
  reorg_change_set_phase (first, "Phase 1");
  add (p, first);
  first = reorg_change_new_disestablish_post (&later, "HEAD");
  reorg_change_set_condition (first, REORG_CONDITION_KIND_IF_VACANT,
                              "disestablished from March 2012, and earlier only if the post becomes vacant");
  add (p, first);
  first = reorg_change_new_regrade (&d, "00009000", "Grade 10", &lower);
  reorg_change_set_pay_protection_until (first, &protection);
  add (p, first);
  add (p, reorg_change_new_regrade (&d, "00009000", "Grade 9", NULL));
  add (p, reorg_change_new_set_fte (&d, "00009000", &fte));
  add (p, reorg_change_new_set_salary (&d, "00009000", &salary));
  add (p, reorg_change_new_set_tenure (&d, "00009000", REORG_TENURE_PERMANENT));
  add (p, reorg_change_new_set_funding (&d, "00009000", REORG_FUNDING_GRANT, "Standards Fund"));
  add (p, reorg_change_new_set_funding (&d, "00009000", REORG_FUNDING_RESERVES, NULL));
  add (p, reorg_change_new_set_reports_to (&d, "00009000", "HEAD"));
  add (p, reorg_change_new_set_reports_to (&d, "00009000", NULL));
  add (p, reorg_change_new_move_post (&d, "00009000", "CS"));
  add (p, reorg_change_new_create_unit (&d, unit, "FS"));
  add (p, reorg_change_new_create_unit (&d, top, NULL));
  add (p, reorg_change_new_rename_unit (&d, "FS", "Family Support Service"));
  add (p, reorg_change_new_rename_unit (&d, "FS", NULL));
  add (p, reorg_change_new_move_unit (&d, "FS", "CS"));
  add (p, reorg_change_new_move_unit (&d, "FS", NULL));
  add (p, reorg_change_new_merge_unit (&d, "FS", "CS"));
  add (p, reorg_change_new_close_unit (&d, "FS"));
  add (p, reorg_change_new_disestablish_unit_posts (&d, "FS", "Family worker"));
  add (p, reorg_change_new_disestablish_unit_posts (&d, "FS", NULL));
  add (p, reorg_change_new_establish_posts (&d, bulk, "FF", &total, "FF"));
  return p;
}

static void
test_plan_proposals (void)
{
  g_autoptr(ReorgPlan) plan = reorg_plan_new ();
  g_autoptr(ReorgProposal) one = reorg_proposal_new ("Phase 1");
  g_autoptr(ReorgProposal) two = reorg_proposal_new ("Phase 2");
  g_autoptr(ReorgProposal) again = reorg_proposal_new ("Phase 1");
  g_autoptr(ReorgProposal) unnamed = reorg_proposal_new ("");
  g_autoptr(GListModel) proposals = reorg_plan_get_proposals (plan);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_list_model_get_item_type (proposals) == REORG_TYPE_PROPOSAL);
  g_assert_null (reorg_plan_lookup_proposal (plan, "Phase 1"));
  g_assert_true (reorg_plan_add_proposal (plan, one, &error));
  g_assert_true (reorg_plan_add_proposal (plan, two, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (proposals), ==, 2);
  g_assert_true (reorg_plan_lookup_proposal (plan, "Phase 1") == one);
  g_assert_true (reorg_plan_lookup_proposal (plan, "Phase 2") == two);
  g_assert_null (reorg_plan_lookup_proposal (plan, "phase 2"));

  g_assert_false (reorg_plan_add_proposal (plan, again, &error));
  g_assert_error (error, REORG_ERROR, REORG_ERROR_DUPLICATE);
  g_assert_nonnull (strstr (error->message, "'Phase 1'"));
  g_clear_error (&error);
  g_assert_false (reorg_plan_add_proposal (plan, unnamed, &error));
  g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (proposals), ==, 2);

  g_assert_true (reorg_plan_remove_proposal (plan, one));
  g_assert_false (reorg_plan_remove_proposal (plan, one));
  g_assert_null (reorg_plan_lookup_proposal (plan, "Phase 1"));
  g_assert_cmpuint (g_list_model_get_n_items (proposals), ==, 1);
  {
    g_autoptr(ReorgProposal) item = g_list_model_get_item (proposals, 0);
    g_assert_true (item == two);
  }
}

static void
test_plan_proposals_round_trip (void)
{
  g_autoptr(ReorgPlan) plan = sample_plan (0);
  g_autoptr(ReorgPlan) without = sample_plan (0);
  g_autoptr(ReorgProposal) p = every_kind_proposal ();
  g_autoptr(ReorgProposal) empty = reorg_proposal_new ("Phase 2");
  g_autoptr(ReorgPlan) loaded = NULL;
  g_autoptr(ReorgPlan) from_file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL, *again = NULL, *plain = NULL;
  g_autofree char *dir = g_dir_make_tmp ("reorg-plan-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.json", NULL);
  ReorgProposal *lp;
  ReorgChange *c;

  {
    ReorgMoney training = { 12000000 }, severance = { -5 };
    GDate sep, may;
    g_autoptr(ReorgOneOffCost) a = NULL, b = NULL;

    g_date_set_dmy (&sep, 1, 9, 2011);
    g_date_set_dmy (&may, 31, 5, 2012);
    a = reorg_one_off_cost_new ("Training and change", REORG_ONE_OFF_COST_TRAINING, &training, &sep);
    b = reorg_one_off_cost_new (NULL, REORG_ONE_OFF_COST_PENSION_STRAIN, &severance, &may);
    reorg_proposal_add_one_off_cost (p, a);
    reorg_proposal_add_one_off_cost (p, b);
  }
  g_assert_true (reorg_plan_add_proposal (plan, p, NULL));
  g_assert_true (reorg_plan_add_proposal (plan, empty, NULL));

  data = reorg_plan_to_data (plan, NULL);
  g_assert_nonnull (strstr (data, "\"one_off_costs\""));
  g_assert_nonnull (strstr (data, "\"kind\" : \"pension-strain\""));
  g_assert_nonnull (strstr (data, "\"amount\" : \"120000.00\""));
  loaded = reorg_plan_new_from_data (data, -1, &error);
  g_assert_no_error (error);
  g_assert_true (reorg_plan_equal (plan, loaded));
  again = reorg_plan_to_data (loaded, NULL);
  g_assert_cmpstr (data, ==, again);

  g_assert_true (reorg_plan_save_to_file (plan, path, &error));
  from_file = reorg_plan_new_from_file (path, &error);
  g_assert_no_error (error);
  g_assert_true (reorg_plan_equal (plan, from_file));

  lp = reorg_plan_lookup_proposal (loaded, "Phase 1");
  g_assert_nonnull (lp);
  g_assert_true (lp != p);
  g_assert_cmpuint (reorg_proposal_get_n_changes (lp), ==, reorg_proposal_get_n_changes (p));
  g_assert_cmpuint (reorg_proposal_get_n_one_off_costs (lp), ==, 2);
  g_assert_cmpuint (reorg_proposal_get_n_one_off_costs (reorg_plan_lookup_proposal (loaded, "Phase 2")), ==, 0);
  {
    g_autoptr(GPtrArray) costs = reorg_proposal_get_one_off_costs (lp);
    const ReorgOneOffCost *first = g_ptr_array_index (costs, 0), *second = g_ptr_array_index (costs, 1);

    g_assert_cmpstr (reorg_one_off_cost_get_label (first), ==, "Training and change");
    g_assert_cmpint (reorg_one_off_cost_get_kind (first), ==, REORG_ONE_OFF_COST_TRAINING);
    g_assert_cmpint (reorg_one_off_cost_get_amount (first)->pence, ==, 12000000);
    g_assert_cmpint (g_date_get_day (reorg_one_off_cost_get_date (first)), ==, 1);
    g_assert_null (reorg_one_off_cost_get_label (second));
    g_assert_cmpint (reorg_one_off_cost_get_amount (second)->pence, ==, -5);
    g_assert_cmpint (g_date_get_year (reorg_one_off_cost_get_date (second)), ==, 2012);
  }
  g_assert_cmpstr (reorg_proposal_get_description (lp), ==, "FISS to Families First, and Education Services");
  c = reorg_proposal_get_change (lp, 0);
  g_assert_cmpint (reorg_change_get_kind (c), ==, REORG_CHANGE_KIND_ESTABLISH_POST);
  g_assert_cmpstr (reorg_change_get_label (c), ==, "FISS to Families First");
  g_assert_cmpstr (reorg_change_get_manager_reference (c), ==, "HEAD");
  g_assert_cmpstr (reorg_post_get_funding_name (reorg_change_get_template_post (c)), ==, "ABG");
  g_assert_cmpint (reorg_post_get_on_cost_rate (reorg_change_get_template_post (c)), ==, 2500);
  c = reorg_proposal_get_change (lp, 1);
  g_assert_cmpint (reorg_change_get_condition (c), ==, REORG_CONDITION_KIND_IF_VACANT);
  c = reorg_proposal_get_change (lp, 2);
  g_assert_nonnull (reorg_change_get_pay_protection_until (c));
  g_assert_cmpint (reorg_change_get_salary (c)->pence, ==, 4812345);
  c = reorg_proposal_get_change (lp, reorg_proposal_get_n_changes (lp) - 1);
  g_assert_cmpint (reorg_change_get_fte (c)->units, ==, 185000);
  g_assert_cmpint (reorg_post_get_on_costs (reorg_change_get_template_post (c))->pence, ==, 512300);

  g_assert_nonnull (strstr (data, "\"kind\" : \"disestablish-unit-posts\""));
  g_assert_nonnull (strstr (data, "\"condition\" : \"if-vacant\""));
  g_assert_nonnull (strstr (data, "\"pay_protection_until\" : \"2011-09-30\""));

  /* A change is seen by equal. */
  reorg_change_set_phase (reorg_proposal_get_change (lp, 3), "Phase 9");
  g_assert_false (reorg_plan_equal (plan, loaded));

  /* No proposals: no member, and the plan reads as before. */
  plain = reorg_plan_to_data (without, NULL);
  g_assert_null (strstr (plain, "proposals"));
  g_assert_false (reorg_plan_equal (plan, without));

  g_unlink (path);
  g_rmdir (dir);
}

/* Loading reads the changes but does not check them against the structure:
 * that is what validate is for. */
static void
test_plan_proposal_loads_unchecked (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ReorgPlan) plan = reorg_plan_new_from_data (
    "{\"format\":\"reorg-plan\",\"version\":1,"
    "\"structure\":{\"units\":[{\"ref\":\"U\"}],\"posts\":[{\"ref\":\"P\",\"unit\":\"U\"}]},"
    "\"proposals\":[{\"name\":\"A\",\"changes\":["
    "{\"kind\":\"disestablish-post\",\"date\":\"2011-03-31\",\"post\":\"NOPE\",\"label\":\"L\"},"
    "{\"kind\":\"set-fte\",\"date\":\"2011-03-31\",\"post\":\"P\",\"fte\":0.5},"
    "{\"kind\":\"set-salary\",\"date\":\"2011-03-31\",\"post\":\"P\",\"salary\":30000}]}]}", -1, &error);
  ReorgProposal *proposal;
  g_autoptr(GPtrArray) problems = NULL;

  g_assert_no_error (error);
  proposal = reorg_plan_lookup_proposal (plan, "A");
  g_assert_cmpuint (reorg_proposal_get_n_changes (proposal), ==, 3);
  g_assert_cmpint (reorg_change_get_fte (reorg_proposal_get_change (proposal, 1))->units, ==, 5000);
  g_assert_cmpint (reorg_change_get_salary (reorg_proposal_get_change (proposal, 2))->pence, ==, 3000000);
  problems = reorg_proposal_validate (proposal, reorg_plan_get_structure (plan));
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpstr (reorg_problem_get_code (g_ptr_array_index (problems, 0)), ==, "unknown-post");
  g_assert_cmpstr (reorg_problem_get_message (g_ptr_array_index (problems, 0)), ==,
                   "change 0 (L): post 'NOPE' does not exist");
}

#define WITH_PROPOSALS(x) \
  "{\"format\":\"reorg-plan\",\"version\":1,\"structure\":{\"units\":[{\"ref\":\"U\"}],\"posts\":[]}," \
  "\"proposals\":" x "}"
#define CHANGE(x) WITH_PROPOSALS ("[{\"name\":\"A\",\"changes\":[" x "]}]")
#define DATED "\"date\":\"2011-03-31\""
#define COSTS(x) WITH_PROPOSALS ("[{\"name\":\"A\",\"changes\":[],\"one_off_costs\":" x "}]")
#define COST_OK "{\"label\":\"Training\",\"kind\":\"training\",\"amount\":\"120000.00\"," DATED "}"

static const BadCase bad_proposal_cases[] = {
  { WITH_PROPOSALS ("{}"), REORG_ERROR_PARSE, "proposals: expected an array, found an object" },
  { WITH_PROPOSALS ("[1]"), REORG_ERROR_PARSE, "proposals[0]: expected an object, found a number" },
  { WITH_PROPOSALS ("[{}]"), REORG_ERROR_PARSE, "proposals[0]: member \"name\" is missing" },
  { WITH_PROPOSALS ("[{\"name\":7}]"), REORG_ERROR_PARSE, "proposals[0]: name: expected a string" },
  { WITH_PROPOSALS ("[{\"name\":\"A\"}]"), REORG_ERROR_PARSE,
    "proposals[0] (proposal 'A'): member \"changes\" is missing" },
  { WITH_PROPOSALS ("[{\"name\":\"A\",\"changes\":[],\"description\":[]}]"), REORG_ERROR_PARSE,
    "proposals[0] (proposal 'A'): description: expected a string, found an array" },
  { WITH_PROPOSALS ("[{\"name\":\"A\",\"changes\":[]},{\"name\":\"A\",\"changes\":[]}]"), REORG_ERROR_DUPLICATE,
    "proposals[1] (proposal 'A'): the plan already has a proposal named 'A'" },
  { WITH_PROPOSALS ("[{\"name\":\"\",\"changes\":[]}]"), REORG_ERROR_INVALID,
    "proposals[0] (proposal ''): a proposal needs a non-empty name" },
  { CHANGE ("7"), REORG_ERROR_PARSE, "proposals[0].changes[0]: expected an object, found a number" },
  { CHANGE ("{" DATED "}"), REORG_ERROR_PARSE, "proposals[0].changes[0]: member \"kind\" is missing" },
  { CHANGE ("{\"kind\":\"abolish\"}"), REORG_ERROR_INVALID,
    "proposals[0].changes[0]: kind: unknown value \"abolish\" (expected one of establish-post, " },
  { CHANGE ("{\"kind\":\"disestablish-post\",\"post\":\"P\"}"), REORG_ERROR_PARSE,
    "proposals[0].changes[0] (disestablish-post): member \"date\" is missing" },
  { CHANGE ("{\"kind\":\"disestablish-post\",\"date\":\"2011-02-30\",\"post\":\"P\"}"), REORG_ERROR_PARSE,
    "proposals[0].changes[0] (disestablish-post): date: \"2011-02-30\" is not a date" },
  { CHANGE ("{\"kind\":\"disestablish-post\"," DATED ",\"post\":5}"), REORG_ERROR_PARSE,
    "proposals[0].changes[0] (disestablish-post): post: expected a string, found a number" },
  { CHANGE ("{\"kind\":\"disestablish-post\"," DATED "}"), REORG_ERROR_PARSE,
    "proposals[0].changes[0] (disestablish-post): member \"post\" is missing" },
  { CHANGE ("{\"kind\":\"disestablish-post\"," DATED ",\"post\":\"\"}"), REORG_ERROR_INVALID,
    "proposals[0].changes[0] (disestablish-post): the post reference is empty" },
  { CHANGE ("{\"kind\":\"disestablish-post\"," DATED ",\"post\":\"P\",\"label\":5}"), REORG_ERROR_PARSE,
    "(disestablish-post): label: expected a string, found a number" },
  { CHANGE ("{\"kind\":\"disestablish-post\"," DATED ",\"post\":\"P\",\"condition\":\"maybe\"}"), REORG_ERROR_INVALID,
    "(disestablish-post): condition: unknown value \"maybe\" (expected one of none, if-vacant)" },
  { CHANGE ("{\"kind\":\"disestablish-post\"," DATED ",\"post\":\"P\",\"pay_protection_until\":\"soon\"}"),
    REORG_ERROR_PARSE, "(disestablish-post): pay_protection_until: \"soon\" is not a date" },
  { CHANGE ("{\"kind\":\"establish-post\"," DATED ",\"post\":\"P\"}"), REORG_ERROR_PARSE,
    "proposals[0].changes[0] (establish-post): post: expected an object, found a string" },
  { CHANGE ("{\"kind\":\"establish-post\"," DATED ",\"post\":{\"unit\":\"U\"}}"), REORG_ERROR_PARSE,
    "proposals[0].changes[0] (establish-post): post: member \"ref\" is missing" },
  { CHANGE ("{\"kind\":\"establish-post\"," DATED ",\"post\":{\"ref\":\"P\"}}"), REORG_ERROR_PARSE,
    "proposals[0].changes[0] (establish-post): post 'P': member \"unit\" is missing" },
  { CHANGE ("{\"kind\":\"establish-post\"," DATED ",\"post\":{\"ref\":\"P\",\"unit\":\"U\",\"fte\":\"0\"}}"),
    REORG_ERROR_INVALID, "proposals[0].changes[0] (establish-post): post 'P': fte: FTE must be above zero" },
  { CHANGE ("{\"kind\":\"establish-post\"," DATED ",\"post\":{\"ref\":\"P\",\"unit\":\"U\",\"reports_to\":\"P\"}}"),
    REORG_ERROR_INVALID, "(establish-post): post 'P' cannot report to itself" },
  { CHANGE ("{\"kind\":\"establish-post\"," DATED ",\"post\":{\"ref\":\"P\",\"unit\":\"U\",\"status\":\"gone\"}}"),
    REORG_ERROR_INVALID, "(establish-post): post 'P': status: unknown value \"gone\"" },
  { CHANGE ("{\"kind\":\"establish-posts\"," DATED ",\"prefix\":\"FF\",\"total_fte\":\"18.5\","
            "\"post\":{\"ref\":\"P\",\"unit\":\"U\"}}"),
    REORG_ERROR_INVALID, "(establish-posts): post: ref: the template of establish-posts has none" },
  { CHANGE ("{\"kind\":\"establish-posts\"," DATED ",\"prefix\":\"FF\",\"total_fte\":\"18.5\","
            "\"post\":{\"fte\":\"1\",\"unit\":\"U\"}}"),
    REORG_ERROR_INVALID, "(establish-posts): post: fte: the template of establish-posts has none" },
  { CHANGE ("{\"kind\":\"establish-posts\"," DATED ",\"prefix\":\"FF\",\"post\":{\"unit\":\"U\"}}"),
    REORG_ERROR_PARSE, "(establish-posts): member \"total_fte\" is missing" },
  { CHANGE ("{\"kind\":\"establish-posts\"," DATED ",\"total_fte\":\"1\",\"post\":{\"unit\":\"U\"}}"),
    REORG_ERROR_PARSE, "(establish-posts): member \"prefix\" is missing" },
  { CHANGE ("{\"kind\":\"establish-posts\"," DATED ",\"prefix\":\"FF\",\"total_fte\":\"0\",\"post\":{\"unit\":\"U\"}}"),
    REORG_ERROR_INVALID, "(establish-posts): the total FTE must be above zero, not 0" },
  { CHANGE ("{\"kind\":\"establish-posts\"," DATED ",\"prefix\":\"FF\",\"total_fte\":\"2\",\"post\":{}}"),
    REORG_ERROR_PARSE, "(establish-posts): post: member \"unit\" is missing" },
  { CHANGE ("{\"kind\":\"regrade\"," DATED ",\"post\":\"P\"}"), REORG_ERROR_PARSE,
    "proposals[0].changes[0] (regrade): member \"grade\" is missing" },
  { CHANGE ("{\"kind\":\"regrade\"," DATED ",\"post\":\"P\",\"grade\":\"G\",\"salary\":true}"), REORG_ERROR_PARSE,
    "(regrade): salary: expected an amount as a string" },
  { CHANGE ("{\"kind\":\"set-fte\"," DATED ",\"post\":\"P\"}"), REORG_ERROR_PARSE,
    "proposals[0].changes[0] (set-fte): member \"fte\" is missing" },
  { CHANGE ("{\"kind\":\"set-fte\"," DATED ",\"post\":\"P\",\"fte\":\"0\"}"), REORG_ERROR_INVALID,
    "proposals[0].changes[0] (set-fte): FTE must be above zero, not 0" },
  { CHANGE ("{\"kind\":\"set-fte\"," DATED ",\"post\":\"P\",\"fte\":\"much\"}"), REORG_ERROR_PARSE,
    "proposals[0].changes[0] (set-fte): fte: " },
  { CHANGE ("{\"kind\":\"set-salary\"," DATED ",\"post\":\"P\"}"), REORG_ERROR_PARSE,
    "(set-salary): member \"salary\" is missing" },
  { CHANGE ("{\"kind\":\"set-salary\"," DATED ",\"post\":\"P\",\"salary\":\"-1\"}"), REORG_ERROR_INVALID,
    "proposals[0].changes[0] (set-salary): salary must not be negative" },
  { CHANGE ("{\"kind\":\"set-tenure\"," DATED ",\"post\":\"P\"}"), REORG_ERROR_PARSE,
    "(set-tenure): member \"tenure\" is missing" },
  { CHANGE ("{\"kind\":\"set-tenure\"," DATED ",\"post\":\"P\",\"tenure\":\"forever\"}"), REORG_ERROR_INVALID,
    "(set-tenure): tenure: unknown value \"forever\"" },
  { CHANGE ("{\"kind\":\"set-funding\"," DATED ",\"post\":\"P\"}"), REORG_ERROR_PARSE,
    "(set-funding): member \"funding\" is missing" },
  { CHANGE ("{\"kind\":\"set-funding\"," DATED ",\"post\":\"P\",\"funding\":{\"kind\":\"lottery\"}}"),
    REORG_ERROR_INVALID, "(set-funding): kind: unknown value \"lottery\"" },
  { CHANGE ("{\"kind\":\"set-reports-to\"," DATED ",\"post\":\"P\",\"reports_to\":[]}"), REORG_ERROR_PARSE,
    "(set-reports-to): reports_to: expected a string, found an array" },
  { CHANGE ("{\"kind\":\"move-post\"," DATED ",\"post\":\"P\"}"), REORG_ERROR_PARSE,
    "(move-post): member \"unit\" is missing" },
  { CHANGE ("{\"kind\":\"create-unit\"," DATED ",\"unit\":\"N\"}"), REORG_ERROR_PARSE,
    "(create-unit): unit: expected an object, found a string" },
  { CHANGE ("{\"kind\":\"create-unit\"," DATED ",\"unit\":{\"ref\":\"N\",\"place\":\"X\"}}"), REORG_ERROR_INVALID,
    "proposals[0].changes[0] (create-unit): unit 'N': place \"X\" needs a place_kind" },
  { CHANGE ("{\"kind\":\"create-unit\"," DATED ",\"unit\":{\"ref\":\"N\",\"kind\":\"ministry\"}}"), REORG_ERROR_INVALID,
    "(create-unit): unit 'N': kind: unknown value \"ministry\"" },
  { CHANGE ("{\"kind\":\"rename-unit\"," DATED ",\"unit\":7}"), REORG_ERROR_PARSE,
    "(rename-unit): unit: expected a string, found a number" },
  { CHANGE ("{\"kind\":\"move-unit\"," DATED ",\"unit\":\"U\",\"parent\":\"U\"}"), REORG_ERROR_INVALID,
    "(move-unit): unit 'U' cannot be its own parent" },
  { CHANGE ("{\"kind\":\"merge-unit\"," DATED ",\"unit\":\"U\"}"), REORG_ERROR_PARSE,
    "(merge-unit): member \"into\" is missing" },
  { CHANGE ("{\"kind\":\"merge-unit\"," DATED ",\"unit\":\"U\",\"into\":\"U\"}"), REORG_ERROR_INVALID,
    "(merge-unit): unit 'U' cannot be merged into itself" },
  { CHANGE ("{\"kind\":\"close-unit\"," DATED "}"), REORG_ERROR_PARSE,
    "(close-unit): member \"unit\" is missing" },
  { CHANGE ("{\"kind\":\"disestablish-unit-posts\"," DATED ",\"unit\":\"U\",\"title\":1}"), REORG_ERROR_PARSE,
    "(disestablish-unit-posts): title: expected a string, found a number" },
  { WITH_PROPOSALS ("[{\"name\":\"A\",\"changes\":[{\"kind\":\"close-unit\"," DATED ",\"unit\":\"U\"},"
                    "{\"kind\":\"close-unit\"," DATED "}]}]"),
    REORG_ERROR_PARSE, "proposals[0].changes[1] (close-unit): member \"unit\" is missing" },
  { COSTS ("{}"), REORG_ERROR_PARSE, "proposals[0] (proposal 'A'): one_off_costs: expected an array, found an object" },
  { COSTS ("[7]"), REORG_ERROR_PARSE, "proposals[0].one_off_costs[0]: expected an object, found a number" },
  { COSTS ("[" COST_OK ",{\"kind\":\"other\",\"amount\":\"lots\"," DATED "}]"), REORG_ERROR_PARSE,
    "proposals[0].one_off_costs[1]: amount: " },
  { COSTS ("[" COST_OK ",{\"kind\":\"other\"," DATED "}]"), REORG_ERROR_PARSE,
    "proposals[0].one_off_costs[1]: member \"amount\" is missing" },
  { COSTS ("[{\"kind\":\"bribe\",\"amount\":\"1.00\"," DATED "}]"), REORG_ERROR_INVALID,
    "proposals[0].one_off_costs[0]: kind: unknown value \"bribe\"" },
  { COSTS ("[{\"amount\":\"1.00\"}]"), REORG_ERROR_PARSE,
    "proposals[0].one_off_costs[0]: member \"date\" is missing" },
  { COSTS ("[{\"amount\":\"1.00\",\"date\":\"2011-02-30\"}]"), REORG_ERROR_PARSE,
    "proposals[0].one_off_costs[0]: date: \"2011-02-30\" is not a date" },
  { COSTS ("[{\"label\":5,\"amount\":\"1.00\"," DATED "}]"), REORG_ERROR_PARSE,
    "proposals[0].one_off_costs[0]: label: expected a string, found a number" },
};

static void
test_plan_proposal_load_errors (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_proposal_cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ReorgPlan) plan = reorg_plan_new_from_data (bad_proposal_cases[i].json, -1, &error);
      g_autofree char *escaped = g_strescape (bad_proposal_cases[i].json, NULL);

      g_test_message ("case %u: %s", i, escaped);
      g_assert_null (plan);
      g_assert_error (error, REORG_ERROR, bad_proposal_cases[i].code);
      if (strstr (error->message, bad_proposal_cases[i].place) == NULL)
        g_error ("case %u: message '%s' does not name '%s'", i, error->message, bad_proposal_cases[i].place);
      g_assert_true (g_str_has_prefix (error->message, "<data>: "));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/plan/fields", test_plan_fields);
  g_test_add_func ("/plan/round-trip", test_plan_round_trip);
  g_test_add_func ("/plan/load-errors", test_plan_load_errors);
  g_test_add_func ("/plan/load-accepts-numbers", test_plan_load_accepts_numbers);
  g_test_add_func ("/plan/file-errors", test_plan_file_errors);
  g_test_add_func ("/plan/save-atomic-under-kill", test_plan_save_is_atomic_under_kill);
  g_test_add_func ("/plan/bundled-example", test_plan_loads_bundled_example);
  g_test_add_func ("/plan/proposals", test_plan_proposals);
  g_test_add_func ("/plan/proposals-round-trip", test_plan_proposals_round_trip);
  g_test_add_func ("/plan/proposal-loads-unchecked", test_plan_proposal_loads_unchecked);
  g_test_add_func ("/plan/proposal-load-errors", test_plan_proposal_load_errors);
  return g_test_run ();
}
