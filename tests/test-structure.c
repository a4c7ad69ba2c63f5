/* test-structure.c: units, posts and the structure that owns them */
#include "reorg-private.h"

static ReorgUnit *
add_unit (ReorgStructure *s,
          const char     *ref,
          ReorgUnit      *parent)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ReorgUnit) unit = reorg_unit_new (ref, ref, REORG_UNIT_KIND_TEAM);

  g_assert_true (reorg_structure_add_unit (s, unit, parent, &error));
  g_assert_no_error (error);
  return unit; /* the structure holds it */
}

static ReorgPost *
add_post (ReorgStructure *s,
          const char     *ref,
          ReorgUnit      *unit,
          gint64          fte_units,
          gint64          salary_pence)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ReorgPost) post = reorg_post_new (ref);
  ReorgFte fte = { fte_units };
  ReorgMoney salary = { salary_pence };

  g_assert_true (reorg_post_set_fte (post, &fte, &error));
  g_assert_true (reorg_post_set_salary (post, &salary, &error));
  g_assert_true (reorg_structure_add_post (s, post, unit, &error));
  g_assert_no_error (error);
  return post;
}

static void
test_lookup_keeps_text_references (void)
{
  g_autoptr(ReorgStructure) s = reorg_structure_new ();
  ReorgUnit *unit = add_unit (s, "ES", NULL);
  ReorgPost *zeros = add_post (s, "00009000", unit, 10000, 0);
  ReorgPost *plain = add_post (s, "9000", unit, 10000, 0);

  g_assert_true (reorg_structure_lookup_post (s, "00009000") == zeros);
  g_assert_true (reorg_structure_lookup_post (s, "9000") == plain);
  g_assert_null (reorg_structure_lookup_post (s, "009000"));
  g_assert_true (reorg_structure_lookup_unit (s, "ES") == unit);
  g_assert_null (reorg_structure_lookup_unit (s, "es"));
  g_assert_cmpstr (reorg_post_get_reference (zeros), ==, "00009000");
  g_assert_true (reorg_post_get_unit (zeros) == unit);
  g_assert_true (reorg_post_get_structure (zeros) == s);
  g_assert_true (reorg_unit_get_structure (unit) == s);
  g_assert_cmpuint (reorg_structure_get_n_posts (s), ==, 2);
  g_assert_cmpuint (reorg_unit_get_n_posts (unit), ==, 2);
}

static void
test_duplicates_and_bad_references (void)
{
  g_autoptr(ReorgStructure) s = reorg_structure_new ();
  g_autoptr(ReorgStructure) other = reorg_structure_new ();
  ReorgUnit *unit = add_unit (s, "ES", NULL);
  ReorgUnit *foreign = add_unit (other, "X", NULL);
  g_autoptr(ReorgUnit) dup_unit = reorg_unit_new ("ES", "again", REORG_UNIT_KIND_TEAM);
  g_autoptr(ReorgUnit) empty_unit = reorg_unit_new ("", NULL, REORG_UNIT_KIND_TEAM);
  g_autoptr(ReorgPost) dup_post = reorg_post_new ("P1");
  g_autoptr(ReorgPost) empty_post = reorg_post_new ("");
  g_autoptr(ReorgPost) loose = reorg_post_new ("P2");
  g_autoptr(GError) error = NULL;
  ReorgPost *p1 = add_post (s, "P1", unit, 10000, 100);

  g_assert_false (reorg_structure_add_unit (s, dup_unit, NULL, &error));
  g_assert_error (error, REORG_ERROR, REORG_ERROR_DUPLICATE);
  g_assert_nonnull (strstr (error->message, "'ES'"));
  g_clear_error (&error);
  g_assert_null (reorg_unit_get_structure (dup_unit));

  g_assert_false (reorg_structure_add_unit (s, empty_unit, NULL, &error));
  g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (reorg_structure_add_unit (s, unit, NULL, &error));
  g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (reorg_structure_add_post (s, dup_post, unit, &error));
  g_assert_error (error, REORG_ERROR, REORG_ERROR_DUPLICATE);
  g_assert_nonnull (strstr (error->message, "'P1'"));
  g_clear_error (&error);

  g_assert_false (reorg_structure_add_post (s, empty_post, unit, &error));
  g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (reorg_structure_add_post (s, loose, foreign, &error));
  g_assert_error (error, REORG_ERROR, REORG_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "'X'"));
  g_clear_error (&error);

  g_assert_false (reorg_structure_add_post (other, p1, foreign, &error));
  g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);
  g_clear_error (&error);

  /* Nothing changed. */
  g_assert_cmpuint (reorg_structure_get_n_units (s), ==, 1);
  g_assert_cmpuint (reorg_structure_get_n_posts (s), ==, 1);
  g_assert_cmpuint (reorg_structure_get_n_posts (other), ==, 0);
  g_assert_null (reorg_post_get_structure (loose));
}

static void
test_unit_tree_moves_and_cycles (void)
{
  g_autoptr(ReorgStructure) s = reorg_structure_new ();
  ReorgUnit *top = add_unit (s, "CS", NULL);
  ReorgUnit *a = add_unit (s, "A", top);
  ReorgUnit *b = add_unit (s, "B", top);
  ReorgUnit *a1 = add_unit (s, "A1", a);
  g_autoptr(GListModel) children = reorg_unit_get_children (top);
  g_autoptr(GListModel) roots = reorg_structure_get_roots (s);
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (reorg_unit_get_depth (a1), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (children), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (roots), ==, 1);

  /* Under itself or its own descendant: a cycle, nothing changes. */
  g_assert_false (reorg_structure_move_unit (s, a, a, &error));
  g_assert_error (error, REORG_ERROR, REORG_ERROR_CYCLE);
  g_clear_error (&error);
  g_assert_false (reorg_structure_move_unit (s, top, a1, &error));
  g_assert_error (error, REORG_ERROR, REORG_ERROR_CYCLE);
  g_assert_nonnull (strstr (error->message, "'CS'"));
  g_clear_error (&error);
  g_assert_true (reorg_unit_get_parent (a1) == a);
  g_assert_null (reorg_unit_get_parent (top));

  /* A moves under B with its subtree; CS keeps B only. */
  g_assert_true (reorg_structure_move_unit (s, a, b, &error));
  g_assert_no_error (error);
  g_assert_true (reorg_unit_get_parent (a) == b);
  g_assert_cmpuint (reorg_unit_get_depth (a1), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (children), ==, 1);

  /* To the top level: the structure becomes a forest. */
  g_assert_true (reorg_structure_move_unit (s, a, NULL, &error));
  g_assert_cmpuint (g_list_model_get_n_items (roots), ==, 2);
  g_assert_cmpuint (reorg_unit_get_depth (a1), ==, 1);
}

static void
test_remove_unit_and_post (void)
{
  g_autoptr(ReorgStructure) s = reorg_structure_new ();
  ReorgUnit *top = add_unit (s, "CS", NULL);
  g_autoptr(ReorgUnit) team = g_object_ref (add_unit (s, "T", top));
  g_autoptr(ReorgPost) post = g_object_ref (add_post (s, "P", team, 10000, 0));
  g_autoptr(GError) error = NULL;

  g_assert_false (reorg_structure_remove_unit (s, top, &error));
  g_assert_error (error, REORG_ERROR, REORG_ERROR_NOT_EMPTY);
  g_clear_error (&error);
  g_assert_false (reorg_structure_remove_unit (s, team, &error));
  g_assert_error (error, REORG_ERROR, REORG_ERROR_NOT_EMPTY);
  g_assert_nonnull (strstr (error->message, "1 posts"));
  g_clear_error (&error);

  g_assert_true (reorg_structure_remove_post (s, post, &error));
  g_assert_null (reorg_post_get_structure (post));
  g_assert_null (reorg_post_get_unit (post));
  g_assert_null (reorg_structure_lookup_post (s, "P"));
  g_assert_false (reorg_structure_remove_post (s, post, &error));
  g_assert_error (error, REORG_ERROR, REORG_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (reorg_structure_remove_unit (s, team, &error));
  g_assert_null (reorg_unit_get_structure (team));
  g_assert_null (reorg_unit_get_parent (team));
  g_assert_cmpuint (reorg_unit_get_n_children (top), ==, 0);
  g_assert_null (reorg_structure_lookup_unit (s, "T"));

  /* A removed post may join another structure. */
  {
    g_autoptr(ReorgStructure) other = reorg_structure_new ();
    ReorgUnit *u = add_unit (other, "U", NULL);
    g_assert_true (reorg_structure_add_post (other, post, u, &error));
    g_assert_no_error (error);
  }
}

static void
test_swap_removal_keeps_indexes (void)
{
  g_autoptr(ReorgStructure) s = reorg_structure_new ();
  ReorgUnit *a = add_unit (s, "A", NULL);
  ReorgUnit *b = add_unit (s, "B", NULL);
  g_autoptr(GListModel) posts = reorg_structure_get_posts (s);
  g_autoptr(GError) error = NULL;
  guint n = 500;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *ref = g_strdup_printf ("P%03u", i);
      add_post (s, ref, i % 2 ? a : b, 10000, 0);
    }
  /* Remove every third post, move every fifth remaining one; then every
   * post must still be found, counted once, and removable. */
  for (guint i = 0; i < n; i += 3)
    {
      g_autofree char *ref = g_strdup_printf ("P%03u", i);
      g_assert_true (reorg_structure_remove_post (s, reorg_structure_lookup_post (s, ref), &error));
    }
  for (guint i = 1; i < n; i += 5)
    {
      g_autofree char *ref = g_strdup_printf ("P%03u", i);
      ReorgPost *p = reorg_structure_lookup_post (s, ref);
      if (p != NULL)
        g_assert_true (reorg_structure_move_post (s, p, reorg_post_get_unit (p) == a ? b : a, &error));
    }
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (posts), ==, n - (n + 2) / 3);
  g_assert_cmpuint (reorg_unit_get_n_posts (a) + reorg_unit_get_n_posts (b), ==,
                    reorg_structure_get_n_posts (s));
  for (guint i = 0; i < g_list_model_get_n_items (posts); i++)
    {
      g_autoptr(ReorgPost) p = g_list_model_get_item (posts, i);
      g_assert_true (reorg_structure_lookup_post (s, reorg_post_get_reference (p)) == p);
    }
  while (reorg_structure_get_n_posts (s) > 0)
    {
      g_autoptr(ReorgPost) p = g_list_model_get_item (posts, reorg_structure_get_n_posts (s) / 2);
      g_assert_true (reorg_structure_remove_post (s, p, &error));
    }
  g_assert_cmpuint (reorg_unit_get_n_posts (a), ==, 0);
  g_assert_cmpuint (reorg_unit_get_n_posts (b), ==, 0);
  g_assert_true (reorg_structure_remove_unit (s, a, &error));
  g_assert_true (reorg_structure_remove_unit (s, b, &error));
  g_assert_no_error (error);
}

static void
test_reports_to (void)
{
  g_autoptr(ReorgStructure) s = reorg_structure_new ();
  ReorgUnit *unit = add_unit (s, "U", NULL);
  ReorgPost *head = add_post (s, "HEAD", unit, 10000, 0);
  ReorgPost *mgr = add_post (s, "MGR", unit, 10000, 0);
  ReorgPost *worker = add_post (s, "W", unit, 10000, 0);
  g_autoptr(GError) error = NULL;

  g_assert_true (reorg_structure_set_reports_to (s, mgr, head, &error));
  g_assert_true (reorg_structure_set_reports_to (s, worker, mgr, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (reorg_post_get_n_reports (head), ==, 1);
  g_assert_true (reorg_post_get_reports_to (worker) == mgr);

  g_assert_false (reorg_structure_set_reports_to (s, head, head, &error));
  g_assert_error (error, REORG_ERROR, REORG_ERROR_CYCLE);
  g_clear_error (&error);
  g_assert_false (reorg_structure_set_reports_to (s, head, worker, &error));
  g_assert_error (error, REORG_ERROR, REORG_ERROR_CYCLE);
  g_assert_nonnull (strstr (error->message, "'HEAD'"));
  g_clear_error (&error);
  g_assert_null (reorg_post_get_reports_to (head));
  g_assert_cmpuint (reorg_post_get_n_reports (worker), ==, 0);

  g_assert_false (reorg_structure_remove_post (s, mgr, &error));
  g_assert_error (error, REORG_ERROR, REORG_ERROR_NOT_EMPTY);
  g_clear_error (&error);
  g_assert_true (reorg_structure_set_reports_to (s, worker, head, &error));
  g_assert_cmpuint (reorg_post_get_n_reports (head), ==, 2);
  g_assert_true (reorg_structure_remove_post (s, mgr, &error));
  g_assert_cmpuint (reorg_post_get_n_reports (head), ==, 1);
  g_assert_true (reorg_structure_set_reports_to (s, worker, NULL, &error));
  g_assert_cmpuint (reorg_post_get_n_reports (head), ==, 0);
  g_assert_no_error (error);
}

static void
test_post_setters_validate (void)
{
  g_autoptr(ReorgPost) post = reorg_post_new ("P");
  g_autoptr(GError) error = NULL;
  ReorgFte zero = { 0 }, negative = { -5000 }, half = { 5000 };
  ReorgMoney salary = { 3000000 }, negative_money = { -1 }, huge = { G_MAXINT64 - 10 };

  g_assert_cmpint (reorg_post_get_fte (post)->units, ==, REORG_FTE_SCALE);
  g_assert_false (reorg_post_set_fte (post, &zero, &error));
  g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "'P'"));
  g_clear_error (&error);
  g_assert_false (reorg_post_set_fte (post, &negative, &error));
  g_clear_error (&error);
  g_assert_cmpint (reorg_post_get_fte (post)->units, ==, REORG_FTE_SCALE);
  g_assert_true (reorg_post_set_fte (post, &half, &error));
  g_assert_cmpint (reorg_post_get_fte (post)->units, ==, 5000);

  g_assert_false (reorg_post_set_salary (post, &negative_money, &error));
  g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (reorg_post_set_salary (post, &salary, &error));
  g_assert_true (reorg_post_set_on_cost_rate (post, 2550, &error));
  g_assert_cmpint (reorg_post_get_on_costs (post)->pence, ==, 765000);
  g_assert_cmpint (reorg_post_get_annual_cost (post)->pence, ==, 3765000);

  /* A new salary recomputes rate-based on-costs. */
  salary.pence = 1000001; /* £10,000.01: 25.5% is 255,000.255p, rounds to 255,000 */
  g_assert_true (reorg_post_set_salary (post, &salary, &error));
  g_assert_cmpint (reorg_post_get_on_costs (post)->pence, ==, 255000);
  g_assert_cmpint (reorg_post_get_annual_cost (post)->pence, ==, 1255001);

  /* Overflow is an error and changes nothing. */
  g_assert_false (reorg_post_set_salary (post, &huge, &error));
  g_assert_error (error, REORG_ERROR, REORG_ERROR_OVERFLOW);
  g_clear_error (&error);
  g_assert_cmpint (reorg_post_get_salary (post)->pence, ==, 1000001);
  g_assert_cmpint (reorg_post_get_on_cost_rate (post), ==, 2550);

  g_assert_false (reorg_post_set_on_cost_rate (post, 10001, &error));
  g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (reorg_post_set_on_cost_rate (post, -1, &error));
  g_clear_error (&error);

  /* Explicit on-costs replace the rate. */
  salary.pence = 500000;
  g_assert_true (reorg_post_set_on_costs (post, &salary, &error));
  g_assert_cmpint (reorg_post_get_on_cost_rate (post), ==, -1);
  g_assert_cmpint (reorg_post_get_annual_cost (post)->pence, ==, 1500001);
  g_assert_false (reorg_post_set_on_costs (post, &negative_money, &error));
  g_clear_error (&error);
  g_assert_cmpint (reorg_post_get_on_costs (post)->pence, ==, 500000);

  /* Funding: grant names, empty names. */
  g_assert_cmpint (reorg_post_get_funding_kind (post), ==, REORG_FUNDING_MAINSTREAM);
  reorg_post_set_funding (post, REORG_FUNDING_GRANT, "ABG");
  g_assert_cmpstr (reorg_post_get_funding_name (post), ==, "ABG");
  g_assert_cmpstr (reorg_post_get_funding_key (post), ==, "grant: ABG");
  reorg_post_set_funding (post, REORG_FUNDING_RESERVES, "");
  g_assert_null (reorg_post_get_funding_name (post));
  g_assert_cmpstr (reorg_post_get_funding_key (post), ==, "reserves");

  reorg_post_set_status (post, REORG_POST_STATUS_FROZEN);
  g_assert_true (reorg_post_is_vacant (post));
  reorg_post_set_tenure (post, REORG_TENURE_FIXED_TERM);
  g_assert_cmpint (reorg_post_get_tenure (post), ==, REORG_TENURE_FIXED_TERM);
  reorg_post_set_grade (post, "Grade 12");
  reorg_post_set_job_family (post, "Business Support");
  reorg_post_set_title (post, "Officer");
  g_assert_cmpstr (reorg_post_get_grade (post), ==, "Grade 12");
  g_assert_cmpstr (reorg_post_get_job_family (post), ==, "Business Support");
  g_assert_cmpstr (reorg_post_get_title (post), ==, "Officer");
  g_assert_cmpint (reorg_post_get_n_reports (post), ==, 0);
  g_assert_null (reorg_post_get_reports_to (post));
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_notify_only_on_change (void)
{
  g_autoptr(ReorgPost) post = reorg_post_new ("P");
  g_autoptr(ReorgUnit) unit = reorg_unit_new ("U", "Unit", REORG_UNIT_KIND_TEAM);
  guint post_count = 0, unit_count = 0;

  g_signal_connect (post, "notify::title", G_CALLBACK (count_notify), &post_count);
  reorg_post_set_title (post, "A");
  reorg_post_set_title (post, "A");
  g_assert_cmpuint (post_count, ==, 1);

  g_signal_connect (unit, "notify::name", G_CALLBACK (count_notify), &unit_count);
  reorg_unit_set_name (unit, "Unit");
  g_assert_cmpuint (unit_count, ==, 0);
  reorg_unit_set_name (unit, "Renamed");
  g_assert_cmpuint (unit_count, ==, 1);

  reorg_unit_set_place (unit, REORG_PLACE_KIND_AREA, "North");
  g_assert_cmpstr (reorg_unit_get_place (unit), ==, "North");
  g_assert_cmpint (reorg_unit_get_place_kind (unit), ==, REORG_PLACE_KIND_AREA);
  reorg_unit_set_place (unit, REORG_PLACE_KIND_NONE, "ignored");
  g_assert_null (reorg_unit_get_place (unit));
  reorg_unit_set_kind (unit, REORG_UNIT_KIND_DIRECTORATE);
  g_assert_cmpint (reorg_unit_get_kind (unit), ==, REORG_UNIT_KIND_DIRECTORATE);
}

static void
test_models_follow_changes (void)
{
  g_autoptr(ReorgStructure) s = reorg_structure_new ();
  g_autoptr(GListModel) posts = reorg_structure_get_posts (s);
  g_autoptr(GListModel) units = reorg_structure_get_units (s);
  ReorgUnit *unit = add_unit (s, "U", NULL);
  g_autoptr(GListModel) unit_posts = reorg_unit_get_posts (unit);

  g_assert_true (g_list_model_get_item_type (posts) == REORG_TYPE_POST);
  add_post (s, "P1", unit, 10000, 0);
  add_post (s, "P2", unit, 10000, 0);
  g_assert_cmpuint (g_list_model_get_n_items (posts), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (unit_posts), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (units), ==, 1);
  g_assert_true (reorg_structure_remove_post (s, reorg_structure_lookup_post (s, "P1"), NULL));
  g_assert_cmpuint (g_list_model_get_n_items (unit_posts), ==, 1);
}

static void
test_deep_tree_without_recursion (void)
{
  g_autoptr(ReorgStructure) s = reorg_structure_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ReorgRollup) rollup = NULL;
  ReorgUnit *parent = NULL, *top = NULL;
  ReorgPost *manager = NULL, *first = NULL;
  guint depth = 200000;

  for (guint i = 0; i < depth; i++)
    {
      g_autofree char *ref = g_strdup_printf ("U%u", i);
      g_autofree char *post_ref = g_strdup_printf ("P%u", i);
      ReorgUnit *unit = add_unit (s, ref, parent);
      ReorgPost *post = add_post (s, post_ref, unit, 10000, 100);

      if (manager != NULL)
        g_assert_true (reorg_structure_set_reports_to (s, post, manager, NULL));
      if (top == NULL)
        {
          top = unit;
          first = post;
        }
      parent = unit;
      manager = post;
    }
  g_assert_cmpuint (reorg_unit_get_depth (parent), ==, depth - 1);

  /* A cycle a million steps long is still found, without recursion. */
  g_assert_false (reorg_structure_move_unit (s, top, parent, &error));
  g_assert_error (error, REORG_ERROR, REORG_ERROR_CYCLE);
  g_clear_error (&error);
  g_assert_false (reorg_structure_set_reports_to (s, first, manager, &error));
  g_assert_error (error, REORG_ERROR, REORG_ERROR_CYCLE);
  g_clear_error (&error);

  rollup = reorg_structure_rollup (s, REORG_DIMENSION_GRADE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (reorg_totals_get_posts (reorg_rollup_get_totals (rollup, top)), ==, depth);
  g_assert_cmpint (reorg_totals_get_cost (reorg_rollup_get_total (rollup))->pence, ==, 100 * (gint64) depth);
  g_assert_cmpuint (reorg_totals_get_posts (reorg_rollup_get_totals (rollup, parent)), ==, 1);

  {
    g_autoptr(ReorgStructure) copy = reorg_structure_copy (s);
    g_assert_true (reorg_structure_equal (s, copy));
  }
}

static void
test_copy_and_equal (void)
{
  g_autoptr(ReorgStructure) s = reorg_structure_new ();
  g_autoptr(ReorgStructure) copy = NULL;
  ReorgUnit *top = add_unit (s, "CS", NULL);
  ReorgUnit *team = add_unit (s, "T", top);
  ReorgPost *head = add_post (s, "HEAD", top, 10000, 8000000);
  ReorgPost *w = add_post (s, "W", team, 6000, 2500000);
  GDate date;

  g_date_set_dmy (&date, 22, G_DATE_DECEMBER, 2010);
  reorg_structure_set_date (s, &date);
  reorg_unit_set_place (team, REORG_PLACE_KIND_DISTRICT, "Central");
  reorg_post_set_funding (w, REORG_FUNDING_GRANT, "ABG");
  g_assert_true (reorg_structure_set_reports_to (s, w, head, NULL));

  copy = reorg_structure_copy (s);
  g_assert_true (reorg_structure_equal (s, copy));
  g_assert_true (reorg_structure_lookup_post (copy, "W") != w);
  g_assert_cmpint (g_date_get_year (reorg_structure_get_date (copy)), ==, 2010);
  g_assert_cmpstr (reorg_post_get_reference (reorg_post_get_reports_to (reorg_structure_lookup_post (copy, "W"))),
                   ==, "HEAD");
  g_assert_cmpuint (reorg_post_get_n_reports (reorg_structure_lookup_post (copy, "HEAD")), ==, 1);

  /* Changing the copy leaves the original alone, and they differ. */
  reorg_post_set_status (reorg_structure_lookup_post (copy, "W"), REORG_POST_STATUS_VACANT);
  g_assert_false (reorg_structure_equal (s, copy));
  g_assert_cmpint (reorg_post_get_status (w), ==, REORG_POST_STATUS_FILLED);
  reorg_post_set_status (reorg_structure_lookup_post (copy, "W"), REORG_POST_STATUS_FILLED);
  g_assert_true (reorg_structure_equal (s, copy));
  g_assert_true (reorg_structure_move_post (copy, reorg_structure_lookup_post (copy, "W"),
                                            reorg_structure_lookup_unit (copy, "CS"), NULL));
  g_assert_false (reorg_structure_equal (s, copy));
  reorg_structure_set_date (copy, NULL);
  g_assert_null (reorg_structure_get_date (copy));
}

static void
test_units_outlive_structure (void)
{
  g_autoptr(ReorgUnit) unit = NULL;
  g_autoptr(ReorgPost) post = NULL;
  ReorgStructure *s = reorg_structure_new ();

  unit = g_object_ref (add_unit (s, "U", NULL));
  post = g_object_ref (add_post (s, "P", unit, 10000, 0));
  g_object_unref (s);
  g_assert_null (reorg_unit_get_structure (unit));
  g_assert_null (reorg_post_get_structure (post));
  g_assert_null (reorg_post_get_unit (post));
  g_assert_cmpuint (reorg_unit_get_n_posts (unit), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/structure/lookup-text-references", test_lookup_keeps_text_references);
  g_test_add_func ("/structure/duplicates-and-bad-references", test_duplicates_and_bad_references);
  g_test_add_func ("/structure/unit-tree-moves-and-cycles", test_unit_tree_moves_and_cycles);
  g_test_add_func ("/structure/remove-unit-and-post", test_remove_unit_and_post);
  g_test_add_func ("/structure/swap-removal-keeps-indexes", test_swap_removal_keeps_indexes);
  g_test_add_func ("/structure/reports-to", test_reports_to);
  g_test_add_func ("/structure/post-setters-validate", test_post_setters_validate);
  g_test_add_func ("/structure/notify-only-on-change", test_notify_only_on_change);
  g_test_add_func ("/structure/models-follow-changes", test_models_follow_changes);
  g_test_add_func ("/structure/deep-tree", test_deep_tree_without_recursion);
  g_test_add_func ("/structure/copy-and-equal", test_copy_and_equal);
  g_test_add_func ("/structure/units-outlive-structure", test_units_outlive_structure);
  return g_test_run ();
}
