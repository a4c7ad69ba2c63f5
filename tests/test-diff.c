/* test-diff.c: the differences between two structures */
#include "reorg-private.h"

/* ---- building structures ---- */

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
add_post (ReorgStructure  *s,
          const char      *ref,
          ReorgUnit       *unit,
          gint64           fte_units,
          gint64           salary_pence,
          ReorgPostStatus  status)
{
  g_autoptr(ReorgPost) post = reorg_post_new (ref);
  ReorgFte fte = { fte_units };
  ReorgMoney salary = { salary_pence };

  g_assert_true (reorg_post_set_fte (post, &fte, NULL));
  g_assert_true (reorg_post_set_salary (post, &salary, NULL));
  reorg_post_set_status (post, status);
  g_assert_true (reorg_structure_add_post (s, post, unit, NULL));
  return post;
}

static ReorgPost *
post_of (ReorgStructure *s,
         const char     *ref)
{
  ReorgPost *post = reorg_structure_lookup_post (s, ref);

  g_assert_nonnull (post);
  return post;
}

static ReorgUnit *
unit_of (ReorgStructure *s,
         const char     *ref)
{
  ReorgUnit *unit = reorg_structure_lookup_unit (s, ref);

  g_assert_nonnull (unit);
  return unit;
}

/* CS (Children's Services, 1 post)
 *   ES (Education Services) -> SEO (2 posts), LSO (1 post)
 *   FS (Family Services) -> FISS (3 posts)
 * SEO1 and SEO2 report to DD. */
static ReorgStructure *
small_structure (void)
{
  ReorgStructure *s = reorg_structure_new ();
  ReorgUnit *cs = add_unit (s, "CS", "Children's Services", NULL);
  ReorgUnit *es = add_unit (s, "ES", "Education Services", cs);
  ReorgUnit *seo = add_unit (s, "SEO", "Senior Education Officers", es);
  ReorgUnit *lso = add_unit (s, "LSO", "Local Support Officers", es);
  ReorgUnit *fs = add_unit (s, "FS", "Family Services", cs);
  ReorgUnit *fiss = add_unit (s, "FISS", "Family Intervention Support", fs);
  ReorgPost *dd, *p;

  dd = add_post (s, "DD", cs, 10000, 9000000, REORG_POST_STATUS_FILLED);
  p = add_post (s, "SEO1", seo, 10000, 5200000, REORG_POST_STATUS_FILLED);
  reorg_post_set_title (p, "Senior Education Officer");
  reorg_post_set_grade (p, "SO2");
  g_assert_true (reorg_structure_set_reports_to (s, p, dd, NULL));
  p = add_post (s, "SEO2", seo, 10000, 5200000, REORG_POST_STATUS_VACANT);
  g_assert_true (reorg_structure_set_reports_to (s, p, dd, NULL));
  p = add_post (s, "LSO1", lso, 6000, 2800000, REORG_POST_STATUS_FILLED);
  reorg_post_set_tenure (p, REORG_TENURE_TEMPORARY);
  reorg_post_set_funding (p, REORG_FUNDING_GRANT, "Standards Fund");
  add_post (s, "FW1", fiss, 5000, 1200000, REORG_POST_STATUS_FILLED);
  add_post (s, "FW2", fiss, 5000, 1200000, REORG_POST_STATUS_FROZEN);
  add_post (s, "FW3", fiss, 10000, 2400000, REORG_POST_STATUS_FILLED);
  return s;
}

static ReorgDiff *
diff_ok (ReorgStructure *before,
         ReorgStructure *after)
{
  g_autoptr(GError) error = NULL;
  ReorgDiff *diff = reorg_diff_new (before, after, &error);

  g_assert_no_error (error);
  g_assert_nonnull (diff);
  return diff;
}

static guint
n_items (GListModel *model)
{
  guint n = g_list_model_get_n_items (model);

  g_object_unref (model);
  return n;
}

/* The references of a list model's posts or units, joined by spaces. */
static char *
refs_of (GListModel *model)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      const char *ref = REORG_IS_POST (item) ? reorg_post_get_reference (REORG_POST (item))
                                             : reorg_unit_get_reference (REORG_UNIT (item));

      if (i > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, ref);
    }
  g_object_unref (model);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
assert_refs (GListModel *model,
             const char *expected)
{
  g_autofree char *refs = refs_of (model);

  g_assert_cmpstr (refs, ==, expected);
}

static void
assert_totals (const ReorgTotals *t,
               guint64            posts,
               gint64             fte_units,
               gint64             cost_pence,
               guint64            vacant_posts)
{
  g_assert_nonnull (t);
  g_assert_cmpuint (reorg_totals_get_posts (t), ==, posts);
  g_assert_cmpint (reorg_totals_get_fte (t)->units, ==, fte_units);
  g_assert_cmpint (reorg_totals_get_cost (t)->pence, ==, cost_pence);
  g_assert_cmpuint (reorg_totals_get_vacant_posts (t), ==, vacant_posts);
  g_assert_null (reorg_totals_get_key (t));
}

static void
assert_change (const ReorgDiffRow *row,
               gint64              posts,
               gint64              fte_units,
               gint64              cost_pence,
               gint64              vacancies)
{
  g_assert_nonnull (row);
  g_assert_cmpint (reorg_diff_row_get_posts_change (row), ==, posts);
  g_assert_cmpint (reorg_diff_row_get_fte_change (row)->units, ==, fte_units);
  g_assert_cmpint (reorg_diff_row_get_cost_change (row)->pence, ==, cost_pence);
  g_assert_cmpint (reorg_diff_row_get_vacancies_change (row), ==, vacancies);
}

static void
assert_no_post_changes (ReorgDiff *diff)
{
  g_autoptr(GPtrArray) changed = reorg_diff_get_posts_changed (diff);

  g_assert_cmpuint (n_items (reorg_diff_get_posts_added (diff)), ==, 0);
  g_assert_cmpuint (n_items (reorg_diff_get_posts_removed (diff)), ==, 0);
  g_assert_cmpuint (changed->len, ==, 0);
}

static void
assert_no_unit_changes (ReorgDiff *diff)
{
  g_autoptr(GPtrArray) rows = reorg_diff_get_rows (diff);

  g_assert_cmpuint (n_items (reorg_diff_get_units_added (diff)), ==, 0);
  g_assert_cmpuint (n_items (reorg_diff_get_units_removed (diff)), ==, 0);
  g_assert_cmpuint (n_items (reorg_diff_get_units_moved (diff)), ==, 0);
  g_assert_cmpuint (n_items (reorg_diff_get_units_renamed (diff)), ==, 0);
  for (guint i = 0; i < rows->len; i++)
    {
      const ReorgDiffRow *row = g_ptr_array_index (rows, i);

      g_assert_cmpint (reorg_diff_row_get_unit_fields (row), ==, REORG_UNIT_FIELDS_NONE);
      g_assert_nonnull (reorg_diff_row_get_before_unit (row));
      g_assert_nonnull (reorg_diff_row_get_after_unit (row));
    }
}

/* ---- identical structures ---- */

static void
assert_empty_diff (ReorgDiff *diff)
{
  g_autoptr(GPtrArray) rows = reorg_diff_get_rows (diff);
  const ReorgDiffRow *total = reorg_diff_get_total (diff);

  g_assert_true (reorg_diff_is_empty (diff));
  assert_no_post_changes (diff);
  assert_no_unit_changes (diff);
  g_assert_cmpuint (n_items (reorg_diff_get_posts_over (diff, NULL, TRUE)), ==, 0);
  g_assert_cmpuint (n_items (reorg_diff_get_posts_over (diff, NULL, FALSE)), ==, 0);

  for (guint i = 0; i < rows->len; i++)
    {
      const ReorgDiffRow *row = g_ptr_array_index (rows, i);
      const ReorgTotals *b = reorg_diff_row_get_before (row);
      const ReorgTotals *a = reorg_diff_row_get_after (row);

      assert_change (row, 0, 0, 0, 0);
      g_assert_cmpint (reorg_diff_row_get_vacant_fte_change (row)->units, ==, 0);
      assert_totals (a, reorg_totals_get_posts (b), reorg_totals_get_fte (b)->units,
                     reorg_totals_get_cost (b)->pence, reorg_totals_get_vacant_posts (b));
    }
  assert_change (total, 0, 0, 0, 0);
}

static void
test_diff_identical (void)
{
  g_autoptr(ReorgStructure) before = small_structure ();
  g_autoptr(ReorgStructure) after = reorg_structure_copy (before);
  g_autoptr(ReorgDiff) diff = diff_ok (before, after);
  g_autoptr(ReorgDiff) self_diff = diff_ok (before, before);
  g_autoptr(GPtrArray) rows = reorg_diff_get_rows (diff);
  const ReorgDiffRow *total = reorg_diff_get_total (diff);

  assert_empty_diff (diff);
  assert_empty_diff (self_diff);
  g_assert_true (reorg_diff_get_before (diff) == before);
  g_assert_true (reorg_diff_get_after (diff) == after);

  g_assert_cmpuint (rows->len, ==, 6);
  assert_totals (reorg_diff_row_get_before (total), 7, 56000, 27000000, 2);
  assert_totals (reorg_diff_row_get_after (total), 7, 56000, 27000000, 2);
  g_assert_null (reorg_diff_row_get_reference (total));
  g_assert_null (reorg_diff_row_get_name (total));
  g_assert_null (reorg_diff_row_get_before_unit (total));
  g_assert_null (reorg_diff_row_get_after_unit (total));
  g_assert_cmpuint (reorg_diff_row_get_depth (total), ==, 0);
}

static void
test_diff_empty_structures (void)
{
  g_autoptr(ReorgStructure) a = reorg_structure_new ();
  g_autoptr(ReorgStructure) b = reorg_structure_new ();
  g_autoptr(ReorgDiff) diff = diff_ok (a, b);
  g_autoptr(GPtrArray) rows = reorg_diff_get_rows (diff);

  assert_empty_diff (diff);
  g_assert_cmpuint (rows->len, ==, 0);
  assert_totals (reorg_diff_row_get_before (reorg_diff_get_total (diff)), 0, 0, 0, 0);
  g_assert_null (reorg_diff_lookup_row (diff, "CS"));
  g_assert_null (reorg_diff_lookup_post_change (diff, "DD"));
}

/* Dates, and the order of posts within a unit, are not differences. */
static void
test_diff_ignores_date_and_order (void)
{
  g_autoptr(ReorgStructure) before = small_structure ();
  g_autoptr(ReorgStructure) after = reorg_structure_copy (before);
  g_autoptr(GDate) date = g_date_new_dmy (1, G_DATE_APRIL, 2011);
  g_autoptr(ReorgDiff) diff = NULL;
  ReorgPost *fw1 = post_of (after, "FW1");

  reorg_structure_set_date (after, date);
  /* Out and back: FW1 is now last in FISS. */
  g_assert_true (reorg_structure_move_post (after, fw1, unit_of (after, "CS"), NULL));
  g_assert_true (reorg_structure_move_post (after, fw1, unit_of (after, "FISS"), NULL));
  diff = diff_ok (before, after);
  assert_empty_diff (diff);
}

/* ---- each kind of post change ---- */

typedef struct
{
  const char      *name;
  void           (*prepare) (ReorgStructure *before);   /* optional */
  void           (*mutate)  (ReorgStructure *after);
  ReorgPostFields  fields;
} PostCase;

static void
set_money (ReorgPost *post,
           gboolean (*setter) (ReorgPost *, const ReorgMoney *, GError **),
           gint64     pence)
{
  ReorgMoney m = { pence };

  g_assert_true (setter (post, &m, NULL));
}

static void mutate_title (ReorgStructure *s) { reorg_post_set_title (post_of (s, "SEO1"), "Lead Education Officer"); }
static void mutate_same_title (ReorgStructure *s) { reorg_post_set_title (post_of (s, "SEO1"), "Senior Education Officer"); }
static void mutate_grade (ReorgStructure *s) { reorg_post_set_grade (post_of (s, "SEO1"), "SO3"); }
static void mutate_grade_unset (ReorgStructure *s) { reorg_post_set_grade (post_of (s, "SEO1"), NULL); }
static void mutate_fte (ReorgStructure *s)
{
  ReorgFte fte = { 8108 };
  g_assert_true (reorg_post_set_fte (post_of (s, "SEO1"), &fte, NULL));
}
static void mutate_salary (ReorgStructure *s) { set_money (post_of (s, "SEO1"), reorg_post_set_salary, 5500000); }
static void prepare_rate (ReorgStructure *s) { g_assert_true (reorg_post_set_on_cost_rate (post_of (s, "SEO1"), 2500, NULL)); }
static void mutate_on_costs (ReorgStructure *s) { set_money (post_of (s, "SEO1"), reorg_post_set_on_costs, 1000000); }
static void mutate_on_cost_rate (ReorgStructure *s) { g_assert_true (reorg_post_set_on_cost_rate (post_of (s, "SEO1"), 2800, NULL)); }
/* The same amount as the 25% rate gives, now as an explicit amount. */
static void mutate_rate_to_amount (ReorgStructure *s) { set_money (post_of (s, "SEO1"), reorg_post_set_on_costs, 1300000); }
static void mutate_status (ReorgStructure *s) { reorg_post_set_status (post_of (s, "SEO1"), REORG_POST_STATUS_VACANT); }
static void mutate_tenure (ReorgStructure *s) { reorg_post_set_tenure (post_of (s, "SEO1"), REORG_TENURE_FIXED_TERM); }
static void mutate_funding_kind (ReorgStructure *s) { reorg_post_set_funding (post_of (s, "SEO1"), REORG_FUNDING_RESERVES, NULL); }
static void prepare_grant (ReorgStructure *s) { reorg_post_set_funding (post_of (s, "SEO1"), REORG_FUNDING_GRANT, "Standards Fund"); }
static void mutate_grant_name (ReorgStructure *s) { reorg_post_set_funding (post_of (s, "SEO1"), REORG_FUNDING_GRANT, "Sure Start"); }
static void mutate_unit (ReorgStructure *s) { g_assert_true (reorg_structure_move_post (s, post_of (s, "SEO1"), unit_of (s, "LSO"), NULL)); }
static void mutate_reports_to (ReorgStructure *s) { g_assert_true (reorg_structure_set_reports_to (s, post_of (s, "SEO1"), post_of (s, "FW3"), NULL)); }
static void mutate_reports_to_none (ReorgStructure *s) { g_assert_true (reorg_structure_set_reports_to (s, post_of (s, "SEO1"), NULL, NULL)); }
static void mutate_job_family (ReorgStructure *s) { reorg_post_set_job_family (post_of (s, "SEO1"), "Education"); }
static void
mutate_several (ReorgStructure *s)
{
  mutate_title (s);
  mutate_salary (s);
  mutate_unit (s);
  mutate_job_family (s);
}
/* A new manager post with the same reference as the old one is the same
 * manager: references identify posts across structures. */
static void
mutate_manager_object (ReorgStructure *s)
{
  ReorgPost *dd = post_of (s, "DD");
  ReorgPost *seo2 = post_of (s, "SEO2");
  g_autoptr(ReorgPost) twin = reorg_post_new ("DD");

  reorg_post_copy_fields (twin, dd);
  g_assert_true (reorg_structure_set_reports_to (s, post_of (s, "SEO1"), NULL, NULL));
  g_assert_true (reorg_structure_set_reports_to (s, seo2, NULL, NULL));
  g_assert_true (reorg_structure_remove_post (s, dd, NULL));
  g_assert_true (reorg_structure_add_post (s, twin, unit_of (s, "CS"), NULL));
  g_assert_true (reorg_structure_set_reports_to (s, post_of (s, "SEO1"), twin, NULL));
  g_assert_true (reorg_structure_set_reports_to (s, seo2, twin, NULL));
}

static const PostCase post_cases[] = {
  { "title", NULL, mutate_title, REORG_POST_FIELDS_TITLE },
  { "same-title", NULL, mutate_same_title, REORG_POST_FIELDS_NONE },
  { "grade", NULL, mutate_grade, REORG_POST_FIELDS_GRADE },
  { "grade-unset", NULL, mutate_grade_unset, REORG_POST_FIELDS_GRADE },
  { "fte", NULL, mutate_fte, REORG_POST_FIELDS_FTE },
  { "salary", NULL, mutate_salary, REORG_POST_FIELDS_SALARY },
  { "salary-at-rate", prepare_rate, mutate_salary, REORG_POST_FIELDS_SALARY },
  { "on-costs", NULL, mutate_on_costs, REORG_POST_FIELDS_ON_COSTS },
  { "on-cost-rate", prepare_rate, mutate_on_cost_rate, REORG_POST_FIELDS_ON_COSTS },
  { "rate-to-amount", prepare_rate, mutate_rate_to_amount, REORG_POST_FIELDS_ON_COSTS },
  { "status", NULL, mutate_status, REORG_POST_FIELDS_STATUS },
  { "tenure", NULL, mutate_tenure, REORG_POST_FIELDS_TENURE },
  { "funding-kind", NULL, mutate_funding_kind, REORG_POST_FIELDS_FUNDING },
  { "grant-name", prepare_grant, mutate_grant_name, REORG_POST_FIELDS_FUNDING },
  { "unit", NULL, mutate_unit, REORG_POST_FIELDS_UNIT },
  { "reports-to", NULL, mutate_reports_to, REORG_POST_FIELDS_REPORTS_TO },
  { "reports-to-none", NULL, mutate_reports_to_none, REORG_POST_FIELDS_REPORTS_TO },
  { "job-family", NULL, mutate_job_family, REORG_POST_FIELDS_JOB_FAMILY },
  { "manager-object", NULL, mutate_manager_object, REORG_POST_FIELDS_NONE },
  { "several", NULL, mutate_several,
    REORG_POST_FIELDS_TITLE | REORG_POST_FIELDS_SALARY | REORG_POST_FIELDS_UNIT |
    REORG_POST_FIELDS_JOB_FAMILY },
};

static void
test_diff_post_field (gconstpointer data)
{
  const PostCase *c = data;
  g_autoptr(ReorgStructure) before = small_structure ();
  g_autoptr(ReorgStructure) after = NULL;
  g_autoptr(ReorgDiff) diff = NULL;
  g_autoptr(GPtrArray) changed = NULL;

  if (c->prepare != NULL)
    c->prepare (before);
  after = reorg_structure_copy (before);
  c->mutate (after);
  diff = diff_ok (before, after);
  changed = reorg_diff_get_posts_changed (diff);

  g_assert_cmpuint (n_items (reorg_diff_get_posts_added (diff)), ==, 0);
  g_assert_cmpuint (n_items (reorg_diff_get_posts_removed (diff)), ==, 0);
  assert_no_unit_changes (diff);

  if (c->fields == REORG_POST_FIELDS_NONE)
    {
      g_assert_cmpuint (changed->len, ==, 0);
      g_assert_true (reorg_diff_is_empty (diff));
      return;
    }

  g_assert_false (reorg_diff_is_empty (diff));
  g_assert_cmpuint (changed->len, ==, 1);
  {
    const ReorgPostChange *change = g_ptr_array_index (changed, 0);
    g_autofree char *got = g_flags_to_string (REORG_TYPE_POST_FIELDS, reorg_post_change_get_fields (change));
    g_autofree char *want = g_flags_to_string (REORG_TYPE_POST_FIELDS, c->fields);

    g_assert_cmpstr (reorg_post_change_get_reference (change), ==, "SEO1");
    g_assert_cmpstr (got, ==, want);
    g_assert_true (reorg_post_change_get_before (change) == post_of (before, "SEO1"));
    g_assert_true (reorg_post_change_get_after (change) == post_of (after, "SEO1"));
    g_assert_true (reorg_diff_lookup_post_change (diff, "SEO1") == change);
    g_assert_null (reorg_diff_lookup_post_change (diff, "SEO2"));
    g_assert_null (reorg_diff_lookup_post_change (diff, "NOPE"));
  }
}

/* The rows follow the posts' changes: FTE, cost, vacancies, and a post
 * moving between units. */
static void
test_diff_post_changes_in_rows (void)
{
  g_autoptr(ReorgStructure) before = small_structure ();
  g_autoptr(ReorgStructure) after = reorg_structure_copy (before);
  g_autoptr(ReorgDiff) diff = NULL;

  mutate_fte (after);                                                  /* SEO1 1.0 -> 0.8108 */
  set_money (post_of (after, "FW3"), reorg_post_set_salary, 2500000);  /* +£1,000 */
  reorg_post_set_status (post_of (after, "FW2"), REORG_POST_STATUS_FILLED);
  g_assert_true (reorg_structure_move_post (after, post_of (after, "LSO1"), unit_of (after, "FISS"), NULL));
  diff = diff_ok (before, after);

  assert_change (reorg_diff_lookup_row (diff, "SEO"), 0, -1892, 0, 0);
  assert_change (reorg_diff_lookup_row (diff, "LSO"), -1, -6000, -2800000, 0);
  assert_change (reorg_diff_lookup_row (diff, "ES"), -1, -7892, -2800000, 0);
  assert_change (reorg_diff_lookup_row (diff, "FISS"), 1, 6000, 2900000, -1);
  assert_change (reorg_diff_lookup_row (diff, "FS"), 1, 6000, 2900000, -1);
  assert_change (reorg_diff_lookup_row (diff, "CS"), 0, -1892, 100000, -1);
  assert_change (reorg_diff_get_total (diff), 0, -1892, 100000, -1);
  g_assert_cmpint (reorg_diff_row_get_vacant_fte_change (reorg_diff_lookup_row (diff, "FISS"))->units, ==, -5000);
  assert_totals (reorg_diff_row_get_before (reorg_diff_lookup_row (diff, "FISS")), 3, 20000, 4800000, 1);
  assert_totals (reorg_diff_row_get_after (reorg_diff_lookup_row (diff, "FISS")), 4, 26000, 7700000, 0);

  {
    g_autoptr(GPtrArray) changed = reorg_diff_get_posts_changed (diff);
    const char *order[] = { "FW2", "FW3", "LSO1", "SEO1" };

    g_assert_cmpuint (changed->len, ==, G_N_ELEMENTS (order));
    for (guint i = 0; i < changed->len; i++)
      g_assert_cmpstr (reorg_post_change_get_reference (g_ptr_array_index (changed, i)), ==, order[i]);
    g_assert_cmpint (reorg_post_change_get_fields (g_ptr_array_index (changed, 0)), ==, REORG_POST_FIELDS_STATUS);
    g_assert_cmpint (reorg_post_change_get_fields (g_ptr_array_index (changed, 2)), ==, REORG_POST_FIELDS_UNIT);
  }
}

/* ---- posts added and removed ---- */

static void
test_diff_posts_added_removed (void)
{
  g_autoptr(ReorgStructure) before = small_structure ();
  g_autoptr(ReorgStructure) after = reorg_structure_copy (before);
  g_autoptr(ReorgDiff) diff = NULL;
  ReorgUnit *fiss = unit_of (after, "FISS");
  ReorgPost *ff2, *ff10;

  /* Families First replaces FW1 and FW2; references sort as text. */
  g_assert_true (reorg_structure_remove_post (after, post_of (after, "FW2"), NULL));
  g_assert_true (reorg_structure_remove_post (after, post_of (after, "FW1"), NULL));
  ff2 = add_post (after, "FF2", fiss, 10000, 3000000, REORG_POST_STATUS_VACANT);
  ff10 = add_post (after, "FF10", fiss, 5000, 1500000, REORG_POST_STATUS_FILLED);
  add_post (after, "00009000", unit_of (after, "CS"), 10000, 6500000, REORG_POST_STATUS_VACANT);
  diff = diff_ok (before, after);

  g_assert_false (reorg_diff_is_empty (diff));
  assert_refs (reorg_diff_get_posts_added (diff), "00009000 FF10 FF2");
  assert_refs (reorg_diff_get_posts_removed (diff), "FW1 FW2");
  {
    g_autoptr(GListModel) added = reorg_diff_get_posts_added (diff);
    g_autoptr(GListModel) removed = reorg_diff_get_posts_removed (diff);
    g_autoptr(ReorgPost) first = g_list_model_get_item (added, 1);
    g_autoptr(ReorgPost) gone = g_list_model_get_item (removed, 0);

    g_assert_true (g_list_model_get_item_type (added) == REORG_TYPE_POST);
    g_assert_true (first == ff10);
    g_assert_true (gone == post_of (before, "FW1"));
    g_assert_null (g_list_model_get_item (added, 3));
  }
  {
    g_autoptr(GPtrArray) changed = reorg_diff_get_posts_changed (diff);
    g_assert_cmpuint (changed->len, ==, 0);
  }
  assert_no_unit_changes (diff);
  (void) ff2;

  /* FISS: -0.5 -0.5 +1.0 +0.5; -£12,000 -£12,000 +£30,000 +£15,000;
   * vacancies: -1 (FW2 frozen) +1 (FF2). */
  assert_change (reorg_diff_lookup_row (diff, "FISS"), 0, 5000, 2100000, 0);
  assert_change (reorg_diff_lookup_row (diff, "CS"), 1, 15000, 8600000, 1);
  assert_change (reorg_diff_get_total (diff), 1, 15000, 8600000, 1);
  assert_totals (reorg_diff_row_get_after (reorg_diff_get_total (diff)), 8, 71000, 35600000, 3);
}

/* ---- units ---- */

static void
test_diff_units (void)
{
  g_autoptr(ReorgStructure) before = small_structure ();
  g_autoptr(ReorgStructure) after = NULL;
  g_autoptr(ReorgDiff) diff = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  ReorgUnit *old = add_unit (before, "OLD", "Old Team", unit_of (before, "CS"));
  const char *order[] = { "CS", "ES", "FS", "FISS", "LSO", "FF", "SEO", "OLD" };
  const guint depths[] = { 0, 1, 1, 2, 2, 2, 0, 1 };
  const ReorgDiffRow *row;

  add_post (before, "X1", old, 10000, 3000000, REORG_POST_STATUS_FILLED);
  add_post (before, "X2", old, 10000, 3000000, REORG_POST_STATUS_VACANT);
  after = reorg_structure_copy (before);

  reorg_unit_set_name (unit_of (after, "FS"), "Early Help");
  reorg_unit_set_kind (unit_of (after, "ES"), REORG_UNIT_KIND_DIRECTORATE);
  reorg_unit_set_place (unit_of (after, "FISS"), REORG_PLACE_KIND_AREA, "North");
  g_assert_true (reorg_structure_move_unit (after, unit_of (after, "LSO"), unit_of (after, "FS"), NULL));
  add_post (after, "FF1", add_unit (after, "FF", "Families First", unit_of (after, "FS")),
            10000, 3500000, REORG_POST_STATUS_FILLED);
  g_assert_true (reorg_structure_move_unit (after, unit_of (after, "SEO"), NULL, NULL));
  reorg_unit_set_name (unit_of (after, "SEO"), "Senior Officers");
  g_assert_true (reorg_structure_remove_post (after, post_of (after, "X1"), NULL));
  g_assert_true (reorg_structure_remove_post (after, post_of (after, "X2"), NULL));
  g_assert_true (reorg_structure_remove_unit (after, unit_of (after, "OLD"), NULL));
  diff = diff_ok (before, after);

  g_assert_false (reorg_diff_is_empty (diff));
  assert_refs (reorg_diff_get_units_added (diff), "FF");
  assert_refs (reorg_diff_get_units_removed (diff), "OLD");
  assert_refs (reorg_diff_get_units_moved (diff), "LSO SEO");
  assert_refs (reorg_diff_get_units_renamed (diff), "FS SEO");
  assert_refs (reorg_diff_get_posts_added (diff), "FF1");
  assert_refs (reorg_diff_get_posts_removed (diff), "X1 X2");
  {
    g_autoptr(GListModel) moved = reorg_diff_get_units_moved (diff);
    g_autoptr(GListModel) removed = reorg_diff_get_units_removed (diff);
    g_autoptr(ReorgUnit) lso = g_list_model_get_item (moved, 0);
    g_autoptr(ReorgUnit) gone = g_list_model_get_item (removed, 0);

    g_assert_true (lso == unit_of (after, "LSO"));
    g_assert_true (gone == old);
  }
  {
    /* Posts of a moved unit have not changed. */
    g_autoptr(GPtrArray) changed = reorg_diff_get_posts_changed (diff);
    g_assert_cmpuint (changed->len, ==, 0);
  }

  rows = reorg_diff_get_rows (diff);
  g_assert_cmpuint (rows->len, ==, G_N_ELEMENTS (order));
  for (guint i = 0; i < rows->len; i++)
    {
      row = g_ptr_array_index (rows, i);
      g_assert_cmpstr (reorg_diff_row_get_reference (row), ==, order[i]);
      g_assert_cmpuint (reorg_diff_row_get_depth (row), ==, depths[i]);
      g_assert_true (reorg_diff_lookup_row (diff, order[i]) == row);
    }
  g_assert_null (reorg_diff_lookup_row (diff, "NOPE"));

  row = reorg_diff_lookup_row (diff, "FS");
  g_assert_cmpint (reorg_diff_row_get_unit_fields (row), ==, REORG_UNIT_FIELDS_NAME);
  g_assert_cmpstr (reorg_diff_row_get_name (row), ==, "Early Help");
  g_assert_cmpstr (reorg_unit_get_name (reorg_diff_row_get_before_unit (row)), ==, "Family Services");
  g_assert_true (reorg_diff_row_get_before_unit (row) == unit_of (before, "FS"));
  g_assert_true (reorg_diff_row_get_after_unit (row) == unit_of (after, "FS"));
  /* FS gained LSO (0.6, £28,000) and FF (1.0, £35,000). */
  assert_totals (reorg_diff_row_get_before (row), 3, 20000, 4800000, 1);
  assert_totals (reorg_diff_row_get_after (row), 5, 36000, 11100000, 1);
  assert_change (row, 2, 16000, 6300000, 0);

  row = reorg_diff_lookup_row (diff, "SEO");
  g_assert_cmpint (reorg_diff_row_get_unit_fields (row), ==,
                   REORG_UNIT_FIELDS_NAME | REORG_UNIT_FIELDS_PARENT);
  assert_change (row, 0, 0, 0, 0);
  g_assert_cmpint (reorg_diff_row_get_unit_fields (reorg_diff_lookup_row (diff, "LSO")), ==,
                   REORG_UNIT_FIELDS_PARENT);
  g_assert_cmpint (reorg_diff_row_get_unit_fields (reorg_diff_lookup_row (diff, "ES")), ==,
                   REORG_UNIT_FIELDS_KIND);
  g_assert_cmpint (reorg_diff_row_get_unit_fields (reorg_diff_lookup_row (diff, "FISS")), ==,
                   REORG_UNIT_FIELDS_PLACE);
  g_assert_cmpint (reorg_diff_row_get_unit_fields (reorg_diff_lookup_row (diff, "CS")), ==,
                   REORG_UNIT_FIELDS_NONE);
  /* ES lost SEO and LSO. */
  assert_totals (reorg_diff_row_get_after (reorg_diff_lookup_row (diff, "ES")), 0, 0, 0, 0);
  assert_change (reorg_diff_lookup_row (diff, "ES"), -3, -26000, -13200000, -1);

  /* Added: nothing before. */
  row = reorg_diff_lookup_row (diff, "FF");
  g_assert_null (reorg_diff_row_get_before_unit (row));
  g_assert_cmpint (reorg_diff_row_get_unit_fields (row), ==, REORG_UNIT_FIELDS_NONE);
  assert_totals (reorg_diff_row_get_before (row), 0, 0, 0, 0);
  assert_totals (reorg_diff_row_get_after (row), 1, 10000, 3500000, 0);

  /* Removed: nothing after, depth and name from before. */
  row = reorg_diff_lookup_row (diff, "OLD");
  g_assert_null (reorg_diff_row_get_after_unit (row));
  g_assert_true (reorg_diff_row_get_before_unit (row) == old);
  g_assert_cmpstr (reorg_diff_row_get_name (row), ==, "Old Team");
  g_assert_cmpint (reorg_diff_row_get_unit_fields (row), ==, REORG_UNIT_FIELDS_NONE);
  assert_totals (reorg_diff_row_get_before (row), 2, 20000, 6000000, 1);
  assert_totals (reorg_diff_row_get_after (row), 0, 0, 0, 0);
  assert_change (row, -2, -20000, -6000000, -1);
  g_assert_cmpint (reorg_diff_row_get_vacant_fte_change (row)->units, ==, -10000);

  /* CS lost SEO (2 posts, 2.0, £104,000, 1 vacant) to the top level and
   * OLD; it gained FF. */
  assert_change (reorg_diff_lookup_row (diff, "CS"), -3, -30000, -12900000, -2);
  /* The total: -X1 -X2 +FF1. */
  assert_totals (reorg_diff_row_get_before (reorg_diff_get_total (diff)), 9, 76000, 33000000, 3);
  assert_change (reorg_diff_get_total (diff), -1, -10000, -2500000, -1);
}

/* A removed subtree: rows in the order of the before tree, with its depths. */
static void
test_diff_removed_subtree (void)
{
  g_autoptr(ReorgStructure) before = small_structure ();
  g_autoptr(ReorgStructure) after = reorg_structure_copy (before);
  g_autoptr(ReorgDiff) diff = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  const char *order[] = { "CS", "ES", "SEO", "LSO", "FS", "FISS" };
  const guint depths[] = { 0, 0, 1, 1, 1, 2 };

  /* FS and FISS close; ES becomes a top-level unit. */
  for (const char *const *p = (const char *const[]) { "FW1", "FW2", "FW3", NULL }; *p; p++)
    g_assert_true (reorg_structure_remove_post (after, post_of (after, *p), NULL));
  g_assert_true (reorg_structure_remove_unit (after, unit_of (after, "FISS"), NULL));
  g_assert_true (reorg_structure_remove_unit (after, unit_of (after, "FS"), NULL));
  g_assert_true (reorg_structure_move_unit (after, unit_of (after, "ES"), NULL, NULL));
  diff = diff_ok (before, after);
  rows = reorg_diff_get_rows (diff);

  assert_refs (reorg_diff_get_units_removed (diff), "FISS FS");
  assert_refs (reorg_diff_get_units_moved (diff), "ES");
  g_assert_cmpuint (rows->len, ==, G_N_ELEMENTS (order));
  for (guint i = 0; i < rows->len; i++)
    {
      const ReorgDiffRow *row = g_ptr_array_index (rows, i);

      g_assert_cmpstr (reorg_diff_row_get_reference (row), ==, order[i]);
      g_assert_cmpuint (reorg_diff_row_get_depth (row), ==, depths[i]);
    }
  assert_change (reorg_diff_lookup_row (diff, "FS"), -3, -20000, -4800000, -1);
  assert_change (reorg_diff_lookup_row (diff, "FISS"), -3, -20000, -4800000, -1);
  assert_change (reorg_diff_lookup_row (diff, "ES"), 0, 0, 0, 0);
  assert_change (reorg_diff_lookup_row (diff, "CS"), -6, -46000, -18000000, -2);
  assert_change (reorg_diff_get_total (diff), -3, -20000, -4800000, -1);
}

/* ---- posts over a salary threshold ---- */

static void
test_diff_threshold (void)
{
  g_autoptr(ReorgStructure) before = small_structure ();
  g_autoptr(ReorgStructure) after = NULL;
  g_autoptr(ReorgDiff) diff = NULL;
  ReorgUnit *es = unit_of (before, "ES");
  ReorgMoney t45 = { 4500000 };
  ReorgMoney t50 = { 5000000 };
  ReorgMoney zero = { 0 };

  /* Salaries are what counts, not on-costs: O1 costs over £50,000 in all. */
  add_post (before, "A50", es, 10000, 5000000, REORG_POST_STATUS_FILLED);
  add_post (before, "A50p", es, 10000, 5000001, REORG_POST_STATUS_FILLED);
  add_post (before, "A45", es, 10000, 4500000, REORG_POST_STATUS_FILLED);
  add_post (before, "A46", es, 5000, 4600000, REORG_POST_STATUS_VACANT);
  add_post (before, "A40", es, 10000, 4000000, REORG_POST_STATUS_FILLED);
  set_money (add_post (before, "O1", es, 10000, 4900000, REORG_POST_STATUS_FILLED),
             reorg_post_set_on_costs, 1500000);
  after = reorg_structure_copy (before);
  for (const char *const *p = (const char *const[]) { "A50", "A50p", "A45", "A46", "A40", "O1", "SEO2", NULL }; *p; p++)
    g_assert_true (reorg_structure_remove_post (after, post_of (after, *p), NULL));
  add_post (after, "N65a", unit_of (after, "ES"), 10000, 6500000, REORG_POST_STATUS_VACANT);
  add_post (after, "N65b", unit_of (after, "ES"), 10000, 6500000, REORG_POST_STATUS_VACANT);
  add_post (after, "N50", unit_of (after, "ES"), 10000, 5000000, REORG_POST_STATUS_VACANT);
  add_post (after, "N30", unit_of (after, "ES"), 10000, 3000000, REORG_POST_STATUS_VACANT);
  diff = diff_ok (before, after);

  /* Strictly more than £50,000 by default. */
  assert_refs (reorg_diff_get_posts_over (diff, NULL, TRUE), "N65a N65b");
  assert_refs (reorg_diff_get_posts_over (diff, &t50, TRUE), "N65a N65b");
  assert_refs (reorg_diff_get_posts_over (diff, NULL, FALSE), "A50p SEO2");
  assert_refs (reorg_diff_get_posts_over (diff, &t50, FALSE), "A50p SEO2");
  /* More than £45,000: the £45,000 post is not, £46,000 half-time is. */
  assert_refs (reorg_diff_get_posts_over (diff, &t45, FALSE), "A46 A50 A50p O1 SEO2");
  assert_refs (reorg_diff_get_posts_over (diff, &t45, TRUE), "N50 N65a N65b");
  assert_refs (reorg_diff_get_posts_over (diff, &zero, TRUE), "N30 N50 N65a N65b");
  g_assert_cmpint (REORG_DIFF_DEFAULT_THRESHOLD_PENCE, ==, 5000000);
  {
    /* A fresh model each time, of posts. */
    g_autoptr(GListModel) a = reorg_diff_get_posts_over (diff, NULL, TRUE);
    g_autoptr(GListModel) b = reorg_diff_get_posts_over (diff, NULL, TRUE);
    g_assert_true (a != b);
    g_assert_true (g_list_model_get_item_type (a) == REORG_TYPE_POST);
  }
}

/* Manchester, December 2010: two new posts over £50,000 established; 19
 * posts over £50,000 and 36 over £45,000 disestablished. */
static void
test_diff_threshold_manchester (void)
{
  g_autoptr(ReorgStructure) before = reorg_structure_new ();
  g_autoptr(ReorgStructure) after = NULL;
  g_autoptr(ReorgDiff) diff = NULL;
  ReorgUnit *cs = add_unit (before, "CS", "Children's Services", NULL);
  ReorgMoney t45 = { 4500000 };

  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *ref = g_strdup_printf ("SP%02u", i);
      /* 19 posts from £50,000.01 up, 17 in (£45,000, £50,000], 24 at or
       * below £45,000. */
      gint64 salary = i < 19 ? 5000001 + i * 100000
                    : i < 36 ? 4500001 + (i - 19) * 29000
                    : 3000000 + (i - 36) * 62500;

      add_post (before, ref, cs, 10000, salary, REORG_POST_STATUS_FILLED);
    }
  after = reorg_structure_copy (before);
  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *ref = g_strdup_printf ("SP%02u", i);
      g_assert_true (reorg_structure_remove_post (after, post_of (after, ref), NULL));
    }
  add_post (after, "HEAD-FF", unit_of (after, "CS"), 10000, 6500000, REORG_POST_STATUS_VACANT);
  add_post (after, "HEAD-BS", unit_of (after, "CS"), 10000, 6500000, REORG_POST_STATUS_VACANT);
  diff = diff_ok (before, after);

  g_assert_cmpuint (n_items (reorg_diff_get_posts_over (diff, NULL, TRUE)), ==, 2);
  g_assert_cmpuint (n_items (reorg_diff_get_posts_over (diff, NULL, FALSE)), ==, 19);
  g_assert_cmpuint (n_items (reorg_diff_get_posts_over (diff, &t45, FALSE)), ==, 36);
  g_assert_cmpuint (n_items (reorg_diff_get_posts_removed (diff)), ==, 40);
}

/* ---- the diff's objects ---- */

static void
test_diff_keeps_structures (void)
{
  ReorgStructure *before = small_structure ();
  ReorgStructure *after = reorg_structure_copy (before);
  g_autoptr(ReorgDiff) diff = NULL;
  g_autoptr(GListModel) added = NULL;
  g_autoptr(ReorgPost) post = NULL;
  g_autoptr(ReorgDiffRow) row_copy = NULL;
  g_autoptr(ReorgPostChange) change_copy = NULL;

  add_post (after, "NEW", unit_of (after, "FISS"), 10000, 100, REORG_POST_STATUS_FILLED);
  mutate_salary (after);
  diff = diff_ok (before, after);
  g_object_unref (before);
  g_object_unref (after);

  /* The diff holds both structures: its posts are still placed. */
  added = reorg_diff_get_posts_added (diff);
  post = g_list_model_get_item (added, 0);
  g_assert_cmpstr (reorg_unit_get_reference (reorg_post_get_unit (post)), ==, "FISS");
  g_assert_true (reorg_post_get_structure (post) == reorg_diff_get_after (diff));

  /* Copies of rows and changes outlive the diff. */
  row_copy = reorg_diff_row_copy (reorg_diff_lookup_row (diff, "FISS"));
  change_copy = g_boxed_copy (REORG_TYPE_POST_CHANGE, reorg_diff_lookup_post_change (diff, "SEO1"));
  {
    ReorgDiffRow *total = g_boxed_copy (REORG_TYPE_DIFF_ROW, reorg_diff_get_total (diff));

    assert_change (total, 1, 10000, 300100, 0);
    g_boxed_free (REORG_TYPE_DIFF_ROW, total);
  }
  g_clear_object (&diff);

  g_assert_cmpstr (reorg_diff_row_get_reference (row_copy), ==, "FISS");
  g_assert_cmpstr (reorg_diff_row_get_name (row_copy), ==, "Family Intervention Support");
  assert_change (row_copy, 1, 10000, 100, 0);
  g_assert_cmpstr (reorg_post_change_get_reference (change_copy), ==, "SEO1");
  g_assert_cmpint (reorg_post_change_get_fields (change_copy), ==, REORG_POST_FIELDS_SALARY);
  g_assert_cmpint (reorg_post_get_salary (reorg_post_change_get_after (change_copy))->pence, ==, 5500000);
  g_assert_cmpint (reorg_post_get_salary (reorg_post_change_get_before (change_copy))->pence, ==, 5200000);

  /* Freeing NULL is allowed. */
  reorg_diff_row_free (NULL);
  reorg_post_change_free (NULL);
}

static void
test_diff_overflow (void)
{
  g_autoptr(ReorgStructure) before = small_structure ();
  g_autoptr(ReorgStructure) after = reorg_structure_copy (before);
  g_autoptr(GError) error = NULL;
  ReorgDiff *diff;

  add_post (after, "BIG1", unit_of (after, "FISS"), 10000, G_MAXINT64 / 2 + 1, REORG_POST_STATUS_FILLED);
  add_post (after, "BIG2", unit_of (after, "FISS"), 10000, G_MAXINT64 / 2 + 1, REORG_POST_STATUS_FILLED);
  diff = reorg_diff_new (before, after, &error);
  g_assert_null (diff);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_OVERFLOW);
  g_clear_error (&error);

  /* The other way round too, and without an error location. */
  diff = reorg_diff_new (after, before, &error);
  g_assert_null (diff);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_OVERFLOW);
  g_assert_null (reorg_diff_new (after, before, NULL));
}

static void
test_diff_bad_arguments (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(ReorgStructure) s = reorg_structure_new ();

      g_assert_null (reorg_diff_new (s, NULL, NULL));
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*CRITICAL*REORG_IS_STRUCTURE (after)*");
}

static void
test_diff_flags_types (void)
{
  g_autofree char *post_fields = g_flags_to_string (REORG_TYPE_POST_FIELDS,
                                                    REORG_POST_FIELDS_ON_COSTS | REORG_POST_FIELDS_REPORTS_TO);
  g_autofree char *unit_fields = g_flags_to_string (REORG_TYPE_UNIT_FIELDS,
                                                    REORG_UNIT_FIELDS_NAME | REORG_UNIT_FIELDS_PARENT);

  g_assert_true (G_TYPE_IS_FLAGS (REORG_TYPE_POST_FIELDS));
  g_assert_true (G_TYPE_IS_FLAGS (REORG_TYPE_UNIT_FIELDS));
  g_assert_cmpstr (post_fields, ==, "REORG_POST_FIELDS_ON_COSTS | REORG_POST_FIELDS_REPORTS_TO");
  g_assert_cmpstr (unit_fields, ==, "REORG_UNIT_FIELDS_NAME | REORG_UNIT_FIELDS_PARENT");
  g_assert_true (G_TYPE_IS_BOXED (REORG_TYPE_DIFF_ROW));
  g_assert_true (G_TYPE_IS_BOXED (REORG_TYPE_POST_CHANGE));
}

/* ---- a large structure ---- */

#define N_DIRECTORATES 20
#define N_SERVICES     10
#define N_TEAMS        5

typedef struct
{
  guint64 posts;
  gint64  fte;
  gint64  cost;
  guint64 vacancies;
} Sums;

static void
sums_add (Sums      *sums,
          ReorgPost *post)
{
  sums->posts++;
  sums->fte += reorg_post_get_fte (post)->units;
  sums->cost += reorg_post_get_annual_cost (post)->pence;
  if (reorg_post_get_status (post) != REORG_POST_STATUS_FILLED)
    sums->vacancies++;
}

/* Sums per top-level directorate (index by the unit's directorate), by
 * walking up from each post: independent of the rollup. */
static void
sum_structure (ReorgStructure *s,
               Sums           *total,
               GHashTable     *by_directorate)
{
  g_autoptr(GListModel) posts = reorg_structure_get_posts (s);
  GPtrArray *array = reorg_list_model_get_array (REORG_LIST_MODEL (posts));

  for (guint i = 0; i < array->len; i++)
    {
      ReorgPost *post = g_ptr_array_index (array, i);
      ReorgUnit *unit = reorg_post_get_unit (post);
      Sums *sums;

      sums_add (total, post);
      while (reorg_unit_get_parent (unit) != NULL &&
             reorg_unit_get_parent (reorg_unit_get_parent (unit)) != NULL)
        unit = reorg_unit_get_parent (unit);
      if (reorg_unit_get_parent (unit) == NULL)
        continue;   /* a post of the root */
      sums = g_hash_table_lookup (by_directorate, reorg_unit_get_reference (unit));
      if (sums == NULL)
        {
          sums = g_new0 (Sums, 1);
          g_hash_table_insert (by_directorate, g_strdup (reorg_unit_get_reference (unit)), sums);
        }
      sums_add (sums, post);
    }
}

static ReorgStructure *
large_structure (guint       n_posts,
                 GPtrArray  *teams)
{
  ReorgStructure *s = reorg_structure_new ();
  ReorgUnit *root = add_unit (s, "ROOT", "Council", NULL);
  g_autoptr(GPtrArray) heads = g_ptr_array_new ();

  for (guint d = 0; d < N_DIRECTORATES; d++)
    {
      g_autofree char *dref = g_strdup_printf ("D%02u", d);
      ReorgUnit *dir = add_unit (s, dref, dref, root);

      for (guint v = 0; v < N_SERVICES; v++)
        {
          g_autofree char *vref = g_strdup_printf ("D%02u-S%02u", d, v);
          ReorgUnit *service = add_unit (s, vref, vref, dir);

          for (guint t = 0; t < N_TEAMS; t++)
            {
              g_autofree char *tref = g_strdup_printf ("D%02u-S%02u-T%u", d, v, t);
              g_ptr_array_add (teams, add_unit (s, tref, tref, service));
            }
        }
    }
  /* Two empty units that will close. */
  add_unit (s, "CLOSE1", "Closing", reorg_structure_lookup_unit (s, "D00"));
  add_unit (s, "CLOSE2", "Closing", reorg_structure_lookup_unit (s, "D01-S01"));

  for (guint i = 0; i < n_posts; i++)
    {
      char ref[16];
      ReorgUnit *team = g_ptr_array_index (teams, i % teams->len);
      ReorgPost *post;

      g_snprintf (ref, sizeof ref, "P%07u", i);
      post = add_post (s, ref, team,
                       i % 7 == 0 ? 6000 : i % 11 == 0 ? 8108 : 10000,
                       1800000 + (gint64) (i * 7919u % 6000000u),
                       i % 10 == 0 ? REORG_POST_STATUS_VACANT : REORG_POST_STATUS_FILLED);
      if (i % 13 == 0)
        g_assert_true (reorg_post_set_on_cost_rate (post, 2800, NULL));
      /* The first post of each team leads it and reports to P0000000;
       * the others report to their team's lead. */
      if (i < teams->len)
        g_ptr_array_add (heads, post);
      if (i > 0)
        g_assert_true (reorg_structure_set_reports_to (s, post,
                                                       g_ptr_array_index (heads, i < teams->len ? 0 : i % teams->len),
                                                       NULL));
    }
  return s;
}

static void
run_large (guint n_posts)
{
  g_autoptr(GPtrArray) teams = g_ptr_array_new ();
  g_autoptr(ReorgStructure) before = large_structure (n_posts, teams);
  g_autoptr(ReorgStructure) after = reorg_structure_copy (before);
  g_autoptr(GHashTable) expected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) dirs_before = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) dirs_after = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(ReorgDiff) diff = NULL;
  g_autoptr(GPtrArray) changed = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GTimer) timer = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (2010);
  guint n_added = 0, n_removed = 0, n_over_added = 0, n_over_removed = 0;
  guint n_units_after = reorg_structure_get_n_units (after);
  Sums total_before = { 0 }, total_after = { 0 };
  g_autoptr(GPtrArray) after_teams = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key, value;

  for (guint t = 0; t < teams->len; t++)
    g_ptr_array_add (after_teams, unit_of (after, reorg_unit_get_reference (g_ptr_array_index (teams, t))));

  /* 5% of the posts change: a twentieth of them, at random, one of six
   * ways (a team's first post leads it, so it is never removed). */
  for (guint i = teams->len; i < n_posts; i++)
    {
      char ref[16];
      ReorgPost *post;
      ReorgPostFields fields = REORG_POST_FIELDS_NONE;

      if (g_rand_int_range (rand, 0, 20) != 0)
        continue;
      g_snprintf (ref, sizeof ref, "P%07u", i);
      post = post_of (after, ref);
      switch (g_rand_int_range (rand, 0, 6))
        {
        case 0:
          if (reorg_post_get_salary (post)->pence > REORG_DIFF_DEFAULT_THRESHOLD_PENCE)
            n_over_removed++;
          g_assert_true (reorg_structure_remove_post (after, post, NULL));
          n_removed++;
          continue;
        case 1:
          set_money (post, reorg_post_set_salary, reorg_post_get_salary (post)->pence + 150000);
          fields = REORG_POST_FIELDS_SALARY;
          break;
        case 2:
          {
            ReorgFte fte = { reorg_post_get_fte (post)->units == 10000 ? 5000 : 10000 };
            g_assert_true (reorg_post_set_fte (post, &fte, NULL));
            fields = REORG_POST_FIELDS_FTE;
          }
          break;
        case 3:
          reorg_post_set_status (post, reorg_post_get_status (post) == REORG_POST_STATUS_FILLED
                                       ? REORG_POST_STATUS_FROZEN : REORG_POST_STATUS_FILLED);
          fields = REORG_POST_FIELDS_STATUS;
          break;
        case 4:
          g_assert_true (reorg_structure_move_post (after, post,
                                                    g_ptr_array_index (after_teams, g_rand_int_range (rand, 0, teams->len)),
                                                    NULL));
          /* Moved to its own team, it has not changed. */
          if (reorg_post_get_unit (post) != reorg_structure_lookup_unit (after, reorg_unit_get_reference (reorg_post_get_unit (post_of (before, ref)))))
            fields = REORG_POST_FIELDS_UNIT;
          break;
        default:
          reorg_post_set_title (post, "Renamed");
          reorg_post_set_grade (post, "G9");
          fields = REORG_POST_FIELDS_TITLE | REORG_POST_FIELDS_GRADE;
          break;
        }
      if (fields != REORG_POST_FIELDS_NONE)
        g_hash_table_insert (expected, g_strdup (ref), GUINT_TO_POINTER (fields));
    }
  for (guint i = 0; i < n_posts / 100; i++)
    {
      char ref[16];
      gint64 salary = 2000000 + (gint64) i * 4999 % 5000000;

      g_snprintf (ref, sizeof ref, "N%07u", i);
      add_post (after, ref, g_ptr_array_index (after_teams, i * 37 % teams->len), 10000, salary,
                REORG_POST_STATUS_VACANT);
      n_added++;
      if (salary > REORG_DIFF_DEFAULT_THRESHOLD_PENCE)
        n_over_added++;
    }
  /* Units: two close, two open, three services move, four teams are renamed. */
  g_assert_true (reorg_structure_remove_unit (after, unit_of (after, "CLOSE1"), NULL));
  g_assert_true (reorg_structure_remove_unit (after, unit_of (after, "CLOSE2"), NULL));
  add_unit (after, "OPEN1", "New", unit_of (after, "D05"));
  add_unit (after, "OPEN2", "New", unit_of (after, "OPEN1"));
  g_assert_true (reorg_structure_move_unit (after, unit_of (after, "D03-S04"), unit_of (after, "D04"), NULL));
  g_assert_true (reorg_structure_move_unit (after, unit_of (after, "D03-S05"), unit_of (after, "D04"), NULL));
  g_assert_true (reorg_structure_move_unit (after, unit_of (after, "D07-S00"), unit_of (after, "D19"), NULL));
  for (guint t = 0; t < 4; t++)
    reorg_unit_set_name (g_ptr_array_index (after_teams, t * 101), "Renamed team");
  g_assert_cmpuint (g_hash_table_size (expected), >, n_posts / 25);

  timer = g_timer_new ();
  diff = diff_ok (before, after);
  g_test_message ("diff of %u posts: %.3f s", n_posts, g_timer_elapsed (timer, NULL));

  /* Posts. */
  changed = reorg_diff_get_posts_changed (diff);
  g_assert_cmpuint (n_items (reorg_diff_get_posts_added (diff)), ==, n_added);
  g_assert_cmpuint (n_items (reorg_diff_get_posts_removed (diff)), ==, n_removed);
  g_assert_cmpuint (changed->len, ==, g_hash_table_size (expected));
  for (guint i = 0; i < changed->len; i++)
    {
      const ReorgPostChange *change = g_ptr_array_index (changed, i);

      g_assert_cmpuint (reorg_post_change_get_fields (change), ==,
                        GPOINTER_TO_UINT (g_hash_table_lookup (expected, reorg_post_change_get_reference (change))));
      if (i > 0)
        g_assert_cmpstr (reorg_post_change_get_reference (g_ptr_array_index (changed, i - 1)), <,
                         reorg_post_change_get_reference (change));
    }
  g_assert_cmpuint (n_items (reorg_diff_get_posts_over (diff, NULL, TRUE)), ==, n_over_added);
  g_assert_cmpuint (n_items (reorg_diff_get_posts_over (diff, NULL, FALSE)), ==, n_over_removed);

  /* Units. */
  assert_refs (reorg_diff_get_units_added (diff), "OPEN1 OPEN2");
  assert_refs (reorg_diff_get_units_removed (diff), "CLOSE1 CLOSE2");
  assert_refs (reorg_diff_get_units_moved (diff), "D03-S04 D03-S05 D07-S00");
  assert_refs (reorg_diff_get_units_renamed (diff), "D00-S00-T0 D02-S00-T1 D04-S00-T2 D06-S00-T3");
  rows = reorg_diff_get_rows (diff);
  g_assert_cmpuint (rows->len, ==, n_units_after + 2);

  /* Totals, against sums made by walking the posts. */
  sum_structure (before, &total_before, dirs_before);
  sum_structure (after, &total_after, dirs_after);
  assert_totals (reorg_diff_row_get_before (reorg_diff_get_total (diff)),
                 total_before.posts, total_before.fte, total_before.cost, total_before.vacancies);
  assert_totals (reorg_diff_row_get_after (reorg_diff_get_total (diff)),
                 total_after.posts, total_after.fte, total_after.cost, total_after.vacancies);
  g_assert_cmpuint (total_after.posts, ==, n_posts + n_added - n_removed);
  g_assert_cmpuint (g_hash_table_size (dirs_before), ==, N_DIRECTORATES);
  g_hash_table_iter_init (&iter, dirs_after);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const Sums *a = value, *b = g_hash_table_lookup (dirs_before, key);
      const ReorgDiffRow *row = reorg_diff_lookup_row (diff, key);

      g_assert_cmpuint (reorg_diff_row_get_depth (row), ==, 1);
      assert_totals (reorg_diff_row_get_after (row), a->posts, a->fte, a->cost, a->vacancies);
      assert_totals (reorg_diff_row_get_before (row), b->posts, b->fte, b->cost, b->vacancies);
      assert_change (row, (gint64) a->posts - (gint64) b->posts, a->fte - b->fte,
                     a->cost - b->cost, (gint64) a->vacancies - (gint64) b->vacancies);
    }
}

static void
test_diff_large (void)
{
  run_large (200000);
}

static void
test_diff_million (void)
{
  if (!g_test_perf ())
    {
      g_test_skip ("a performance test: run with -m perf");
      return;
    }
  run_large (1000000);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/diff/identical", test_diff_identical);
  g_test_add_func ("/diff/empty-structures", test_diff_empty_structures);
  g_test_add_func ("/diff/ignores-date-and-order", test_diff_ignores_date_and_order);
  for (guint i = 0; i < G_N_ELEMENTS (post_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/diff/post-field/%s", post_cases[i].name);
      g_test_add_data_func (path, &post_cases[i], test_diff_post_field);
    }
  g_test_add_func ("/diff/post-changes-in-rows", test_diff_post_changes_in_rows);
  g_test_add_func ("/diff/posts-added-removed", test_diff_posts_added_removed);
  g_test_add_func ("/diff/units", test_diff_units);
  g_test_add_func ("/diff/removed-subtree", test_diff_removed_subtree);
  g_test_add_func ("/diff/threshold", test_diff_threshold);
  g_test_add_func ("/diff/threshold-manchester", test_diff_threshold_manchester);
  g_test_add_func ("/diff/keeps-structures", test_diff_keeps_structures);
  g_test_add_func ("/diff/overflow", test_diff_overflow);
  g_test_add_func ("/diff/bad-arguments", test_diff_bad_arguments);
  g_test_add_func ("/diff/flags-types", test_diff_flags_types);
  g_test_add_func ("/diff/large", test_diff_large);
  g_test_add_func ("/diff/million", test_diff_million);

  return g_test_run ();
}
