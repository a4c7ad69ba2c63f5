/* test-rollup.c: totals per unit over its subtree, and breakdowns */
#include "reorg-private.h"

static ReorgUnit *
add_unit (ReorgStructure *s,
          const char     *ref,
          ReorgUnit      *parent)
{
  g_autoptr(ReorgUnit) unit = reorg_unit_new (ref, ref, REORG_UNIT_KIND_TEAM);

  g_assert_true (reorg_structure_add_unit (s, unit, parent, NULL));
  return unit;
}

static ReorgPost *
add_post (ReorgStructure  *s,
          const char      *ref,
          ReorgUnit       *unit,
          gint64           fte_units,
          gint64           salary_pence,
          ReorgPostStatus  status,
          const char      *grade)
{
  g_autoptr(ReorgPost) post = reorg_post_new (ref);
  ReorgFte fte = { fte_units };
  ReorgMoney salary = { salary_pence };

  g_assert_true (reorg_post_set_fte (post, &fte, NULL));
  g_assert_true (reorg_post_set_salary (post, &salary, NULL));
  reorg_post_set_status (post, status);
  reorg_post_set_grade (post, grade);
  g_assert_true (reorg_structure_add_post (s, post, unit, NULL));
  return post;
}

/* CS (head) -> ES (3 posts: 1 + 1 + 0.6, one vacant) and FS -> FISS (two
 * halves and one full post, frozen one). */
static ReorgStructure *
small_structure (void)
{
  ReorgStructure *s = reorg_structure_new ();
  ReorgUnit *cs = add_unit (s, "CS", NULL);
  ReorgUnit *es = add_unit (s, "ES", cs);
  ReorgUnit *fs = add_unit (s, "FS", cs);
  ReorgUnit *fiss = add_unit (s, "FISS", fs);
  ReorgPost *p;

  add_post (s, "DD", cs, 10000, 9000000, REORG_POST_STATUS_FILLED, "SMT");
  add_post (s, "SEO1", es, 10000, 5200000, REORG_POST_STATUS_FILLED, "SO2");
  add_post (s, "SEO2", es, 10000, 5200000, REORG_POST_STATUS_VACANT, "SO2");
  p = add_post (s, "LSO1", es, 6000, 2800000, REORG_POST_STATUS_FILLED, NULL);
  reorg_post_set_tenure (p, REORG_TENURE_TEMPORARY);
  reorg_post_set_funding (p, REORG_FUNDING_GRANT, "Standards Fund");
  add_post (s, "FW1", fiss, 5000, 1200000, REORG_POST_STATUS_FILLED, "G5");
  add_post (s, "FW2", fiss, 5000, 1200000, REORG_POST_STATUS_FROZEN, "G5");
  p = add_post (s, "FW3", fiss, 10000, 2400000, REORG_POST_STATUS_FILLED, "G6");
  reorg_post_set_job_family (p, "Family Support");
  return s;
}

static void
assert_totals (const ReorgTotals *t,
               guint64            posts,
               gint64             fte_units,
               gint64             cost_pence,
               guint64            vacant_posts,
               gint64             vacant_fte_units)
{
  g_assert_nonnull (t);
  g_assert_cmpuint (reorg_totals_get_posts (t), ==, posts);
  g_assert_cmpint (reorg_totals_get_fte (t)->units, ==, fte_units);
  g_assert_cmpint (reorg_totals_get_cost (t)->pence, ==, cost_pence);
  g_assert_cmpuint (reorg_totals_get_vacant_posts (t), ==, vacant_posts);
  g_assert_cmpint (reorg_totals_get_vacant_fte (t)->units, ==, vacant_fte_units);
}

static void
test_rollup_totals (void)
{
  g_autoptr(ReorgStructure) s = small_structure ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ReorgRollup) rollup = reorg_structure_rollup (s, REORG_DIMENSION_NONE, &error);
  ReorgUnit *cs = reorg_structure_lookup_unit (s, "CS");

  g_assert_no_error (error);
  g_assert_cmpint (reorg_rollup_get_dimension (rollup), ==, REORG_DIMENSION_NONE);
  assert_totals (reorg_rollup_get_totals (rollup, cs), 7, 56000, 27000000, 2, 15000);
  assert_totals (reorg_rollup_get_own_totals (rollup, cs), 1, 10000, 9000000, 0, 0);
  assert_totals (reorg_rollup_get_totals (rollup, reorg_structure_lookup_unit (s, "ES")),
                 3, 26000, 13200000, 1, 10000);
  assert_totals (reorg_rollup_get_totals (rollup, reorg_structure_lookup_unit (s, "FS")),
                 3, 20000, 4800000, 1, 5000);
  assert_totals (reorg_rollup_get_own_totals (rollup, reorg_structure_lookup_unit (s, "FS")),
                 0, 0, 0, 0, 0);
  assert_totals (reorg_rollup_get_total (rollup), 7, 56000, 27000000, 2, 15000);
  {
    g_autoptr(GPtrArray) none = reorg_rollup_get_breakdown (rollup, cs);
    g_assert_cmpuint (none->len, ==, 0);
  }
}

static void
test_rollup_is_a_snapshot (void)
{
  g_autoptr(ReorgStructure) s = small_structure ();
  g_autoptr(ReorgRollup) rollup = reorg_structure_rollup (s, REORG_DIMENSION_NONE, NULL);
  g_autoptr(ReorgUnit) late = reorg_unit_new ("LATE", NULL, REORG_UNIT_KIND_TEAM);

  g_assert_true (reorg_structure_add_unit (s, late, NULL, NULL));
  add_post (s, "NEW", late, 10000, 100, REORG_POST_STATUS_FILLED, NULL);
  assert_totals (reorg_rollup_get_total (rollup), 7, 56000, 27000000, 2, 15000);
  g_assert_null (reorg_rollup_get_totals (rollup, late));
  g_assert_null (reorg_rollup_get_own_totals (rollup, late));
  {
    g_autoptr(GPtrArray) none = reorg_rollup_get_breakdown (rollup, late);
    g_assert_cmpuint (none->len, ==, 0);
  }
}

static const ReorgTotals *
find_key (GPtrArray  *breakdown,
          const char *key)
{
  for (guint i = 0; i < breakdown->len; i++)
    if (g_strcmp0 (reorg_totals_get_key (g_ptr_array_index (breakdown, i)), key) == 0)
      return g_ptr_array_index (breakdown, i);
  return NULL;
}

static void
test_rollup_breakdowns (void)
{
  g_autoptr(ReorgStructure) s = small_structure ();
  g_autoptr(GError) error = NULL;
  ReorgUnit *cs = reorg_structure_lookup_unit (s, "CS");
  ReorgUnit *es = reorg_structure_lookup_unit (s, "ES");

  {
    g_autoptr(ReorgRollup) r = reorg_structure_rollup (s, REORG_DIMENSION_STATUS, &error);
    g_autoptr(GPtrArray) b = reorg_rollup_get_breakdown (r, NULL);

    g_assert_no_error (error);
    g_assert_cmpuint (b->len, ==, 3);
    /* Enumeration order. */
    g_assert_cmpstr (reorg_totals_get_key (g_ptr_array_index (b, 0)), ==, "filled");
    g_assert_cmpstr (reorg_totals_get_key (g_ptr_array_index (b, 1)), ==, "vacant");
    g_assert_cmpstr (reorg_totals_get_key (g_ptr_array_index (b, 2)), ==, "frozen");
    assert_totals (g_ptr_array_index (b, 0), 5, 41000, 20600000, 0, 0);
    assert_totals (g_ptr_array_index (b, 1), 1, 10000, 5200000, 1, 10000);
    assert_totals (g_ptr_array_index (b, 2), 1, 5000, 1200000, 1, 5000);
  }
  {
    g_autoptr(ReorgRollup) r = reorg_structure_rollup (s, REORG_DIMENSION_GRADE, &error);
    g_autoptr(GPtrArray) b = reorg_rollup_get_breakdown (r, cs);
    g_autoptr(GPtrArray) es_b = reorg_rollup_get_breakdown (r, es);

    g_assert_cmpuint (b->len, ==, 5);
    /* Sorted by key. */
    g_assert_cmpstr (reorg_totals_get_key (g_ptr_array_index (b, 0)), ==, "(none)");
    assert_totals (find_key (b, "SO2"), 2, 20000, 10400000, 1, 10000);
    assert_totals (find_key (b, "G5"), 2, 10000, 2400000, 1, 5000);
    assert_totals (find_key (b, "(none)"), 1, 6000, 2800000, 0, 0);
    g_assert_cmpuint (es_b->len, ==, 2);
    g_assert_null (find_key (es_b, "G5"));
  }
  {
    g_autoptr(ReorgRollup) r = reorg_structure_rollup (s, REORG_DIMENSION_FUNDING, &error);
    g_autoptr(GPtrArray) b = reorg_rollup_get_breakdown (r, NULL);

    g_assert_cmpuint (b->len, ==, 2);
    assert_totals (find_key (b, "grant: Standards Fund"), 1, 6000, 2800000, 0, 0);
    assert_totals (find_key (b, "mainstream"), 6, 50000, 24200000, 2, 15000);
  }
  {
    g_autoptr(ReorgRollup) r = reorg_structure_rollup (s, REORG_DIMENSION_TENURE, &error);
    g_autoptr(GPtrArray) b = reorg_rollup_get_breakdown (r, es);

    g_assert_cmpuint (b->len, ==, 2);
    g_assert_cmpstr (reorg_totals_get_key (g_ptr_array_index (b, 0)), ==, "permanent");
    g_assert_cmpstr (reorg_totals_get_key (g_ptr_array_index (b, 1)), ==, "temporary");
  }
  {
    g_autoptr(ReorgRollup) r = reorg_structure_rollup (s, REORG_DIMENSION_JOB_FAMILY, &error);
    g_autoptr(GPtrArray) b = reorg_rollup_get_breakdown (r, NULL);

    assert_totals (find_key (b, "Family Support"), 1, 10000, 2400000, 0, 0);
    assert_totals (find_key (b, "(none)"), 6, 46000, 24600000, 2, 15000);
  }
}

/* Random trees checked against a direct count: every post is added to each
 * unit on its way up to the top. */
static void
test_rollup_matches_direct_count (void)
{
  g_autoptr(ReorgStructure) s = reorg_structure_new ();
  g_autoptr(GPtrArray) units = g_ptr_array_new ();
  g_autoptr(GHashTable) expected = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  g_autoptr(ReorgRollup) rollup = NULL;
  g_autoptr(GError) error = NULL;
  GRand *rand = g_rand_new_with_seed (42);
  gint64 grand_total = 0;

  for (guint i = 0; i < 2000; i++)
    {
      g_autofree char *ref = g_strdup_printf ("U%u", i);
      ReorgUnit *parent = units->len > 0 && g_rand_int_range (rand, 0, 10) > 0
        ? g_ptr_array_index (units, g_rand_int_range (rand, 0, units->len)) : NULL;
      ReorgUnit *unit = add_unit (s, ref, parent);

      g_ptr_array_add (units, unit);
      g_hash_table_insert (expected, unit, g_new0 (gint64, 2));
    }
  for (guint i = 0; i < 20000; i++)
    {
      g_autofree char *ref = g_strdup_printf ("P%u", i);
      ReorgUnit *unit = g_ptr_array_index (units, g_rand_int_range (rand, 0, units->len));
      gint64 fte = g_rand_int_range (rand, 1, 10001);
      gint64 pay = g_rand_int_range (rand, 0, 10000000);

      add_post (s, ref, unit, fte, pay, REORG_POST_STATUS_FILLED, NULL);
      grand_total += pay;
      for (ReorgUnit *u = unit; u != NULL; u = reorg_unit_get_parent (u))
        {
          gint64 *e = g_hash_table_lookup (expected, u);
          e[0] += fte;
          e[1] += pay;
        }
    }
  g_rand_free (rand);

  rollup = reorg_structure_rollup (s, REORG_DIMENSION_NONE, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < units->len; i++)
    {
      ReorgUnit *unit = g_ptr_array_index (units, i);
      gint64 *e = g_hash_table_lookup (expected, unit);
      const ReorgTotals *t = reorg_rollup_get_totals (rollup, unit);

      g_assert_cmpint (reorg_totals_get_fte (t)->units, ==, e[0]);
      g_assert_cmpint (reorg_totals_get_cost (t)->pence, ==, e[1]);
    }
  g_assert_cmpint (reorg_totals_get_cost (reorg_rollup_get_total (rollup))->pence, ==, grand_total);
  g_assert_cmpuint (reorg_totals_get_posts (reorg_rollup_get_total (rollup)), ==, 20000);
}

static void
test_rollup_overflow_is_an_error (void)
{
  g_autoptr(ReorgStructure) s = reorg_structure_new ();
  g_autoptr(GError) error = NULL;
  ReorgUnit *top = add_unit (s, "TOP", NULL);
  ReorgUnit *a = add_unit (s, "A", top);
  ReorgUnit *b = add_unit (s, "B", top);
  g_autoptr(ReorgRollup) rollup = NULL;

  add_post (s, "P1", a, 10000, G_MAXINT64 / 2 + 1, REORG_POST_STATUS_FILLED, NULL);
  add_post (s, "P2", b, 10000, G_MAXINT64 / 2 + 1, REORG_POST_STATUS_FILLED, NULL);
  rollup = reorg_structure_rollup (s, REORG_DIMENSION_NONE, &error);
  g_assert_null (rollup);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_OVERFLOW);
  g_assert_nonnull (strstr (error->message, "'TOP'"));
  g_clear_error (&error);

  rollup = reorg_structure_rollup (s, REORG_DIMENSION_STATUS, &error);
  g_assert_null (rollup);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_OVERFLOW);
}

static void
test_rollup_empty_structure (void)
{
  g_autoptr(ReorgStructure) s = reorg_structure_new ();
  g_autoptr(ReorgRollup) rollup = reorg_structure_rollup (s, REORG_DIMENSION_GRADE, NULL);
  g_autoptr(GPtrArray) b = reorg_rollup_get_breakdown (rollup, NULL);

  assert_totals (reorg_rollup_get_total (rollup), 0, 0, 0, 0, 0);
  g_assert_cmpuint (b->len, ==, 0);
}

static void
test_totals_copy (void)
{
  g_autoptr(ReorgStructure) s = small_structure ();
  g_autoptr(ReorgRollup) r = reorg_structure_rollup (s, REORG_DIMENSION_GRADE, NULL);
  g_autoptr(GPtrArray) b = reorg_rollup_get_breakdown (r, NULL);
  g_autoptr(ReorgTotals) copy = reorg_totals_copy (g_ptr_array_index (b, 1));

  g_assert_cmpstr (reorg_totals_get_key (copy), ==, reorg_totals_get_key (g_ptr_array_index (b, 1)));
  g_assert_cmpuint (reorg_totals_get_posts (copy), ==, reorg_totals_get_posts (g_ptr_array_index (b, 1)));
  g_assert_null (reorg_totals_get_key (reorg_rollup_get_total (r)));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/rollup/totals", test_rollup_totals);
  g_test_add_func ("/rollup/snapshot", test_rollup_is_a_snapshot);
  g_test_add_func ("/rollup/breakdowns", test_rollup_breakdowns);
  g_test_add_func ("/rollup/matches-direct-count", test_rollup_matches_direct_count);
  g_test_add_func ("/rollup/overflow", test_rollup_overflow_is_an_error);
  g_test_add_func ("/rollup/empty", test_rollup_empty_structure);
  g_test_add_func ("/rollup/totals-copy", test_totals_copy);
  return g_test_run ();
}
