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
  return g_test_run ();
}
