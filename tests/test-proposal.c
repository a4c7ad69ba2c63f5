/* test-proposal.c: proposals validated and applied, and the effects they record */
#include "reorg-change-private.h"
#include "reorg-effect-private.h"

static GDate
day (int y, int m, int d)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);
  return date;
}

static ReorgUnit *
add_unit (ReorgStructure *s,
          const char     *ref,
          const char     *name,
          ReorgUnitKind   kind,
          const char     *parent_ref)
{
  g_autoptr(ReorgUnit) unit = reorg_unit_new (ref, name, kind);
  ReorgUnit *parent = parent_ref ? reorg_structure_lookup_unit (s, parent_ref) : NULL;

  g_assert_true (reorg_structure_add_unit (s, unit, parent, NULL));
  return unit;
}

/* A post of 1 FTE with on-costs at 25%: its annual cost is 1.25 x salary. */
static ReorgPost *
add_post (ReorgStructure *s,
          const char     *ref,
          const char     *unit_ref,
          const char     *title,
          gint64          salary_pounds,
          const char     *manager_ref)
{
  g_autoptr(ReorgPost) post = reorg_post_new (ref);
  ReorgMoney salary = { salary_pounds * 100 };

  reorg_post_set_title (post, title);
  g_assert_true (reorg_post_set_salary (post, &salary, NULL));
  g_assert_true (reorg_post_set_on_cost_rate (post, 2500, NULL));
  g_assert_true (reorg_structure_add_post (s, post, reorg_structure_lookup_unit (s, unit_ref), NULL));
  if (manager_ref != NULL)
    g_assert_true (reorg_structure_set_reports_to (s, post, reorg_structure_lookup_post (s, manager_ref), NULL));
  return post;
}

/* A small Children's Services after Manchester 2010:
 *
 *   CS  Children's Services (organisation)       CS-DIR
 *     ES  Education Services (service)           ES-HEAD, SIIM
 *       ES-SEO  School Effectiveness (team)      SEO-01..03, LSO-01
 *     FS  Family Support (service)               FS-HEAD, SW-1..4 (temporary, ABG grant)
 *       FISS  FISS (team)                        FISS-001 (manager), FISS-002..038
 *       FF  Families First (team)                (empty)
 */
static ReorgStructure *
manchester (void)
{
  ReorgStructure *s = reorg_structure_new ();
  GDate date = day (2010, 12, 22);

  reorg_structure_set_date (s, &date);
  add_unit (s, "CS", "Children's Services", REORG_UNIT_KIND_ORGANISATION, NULL);
  add_unit (s, "ES", "Education Services", REORG_UNIT_KIND_SERVICE, "CS");
  add_unit (s, "ES-SEO", "School Effectiveness", REORG_UNIT_KIND_TEAM, "ES");
  add_unit (s, "FS", "Family Support", REORG_UNIT_KIND_SERVICE, "CS");
  add_unit (s, "FISS", "Family Intervention Support Service", REORG_UNIT_KIND_TEAM, "FS");
  add_unit (s, "FF", "Families First", REORG_UNIT_KIND_TEAM, "FS");

  add_post (s, "CS-DIR", "CS", "Director", 120000, NULL);
  add_post (s, "ES-HEAD", "ES", "Head of Education Services", 65000, "CS-DIR");
  add_post (s, "SIIM", "ES", "School Improvement and Interventions Manager", 55000, "ES-HEAD");
  for (guint i = 1; i <= 3; i++)
    {
      g_autofree char *ref = g_strdup_printf ("SEO-%02u", i);
      add_post (s, ref, "ES-SEO", "School Effectiveness Officer", 52000, "ES-HEAD");
    }
  add_post (s, "LSO-01", "ES-SEO", "Learning Strategy Officer", 46000, "ES-HEAD");
  add_post (s, "FS-HEAD", "FS", "Head of Family Support", 60000, "CS-DIR");
  for (guint i = 1; i <= 4; i++)
    {
      g_autofree char *ref = g_strdup_printf ("SW-%u", i);
      ReorgPost *post = add_post (s, ref, "FS", "Social Worker", 30000, "FS-HEAD");

      reorg_post_set_tenure (post, REORG_TENURE_TEMPORARY);
      reorg_post_set_funding (post, REORG_FUNDING_GRANT, "ABG");
    }
  add_post (s, "FISS-001", "FISS", "FISS Manager", 40000, "FS-HEAD");
  for (guint i = 2; i <= 38; i++)
    {
      g_autofree char *ref = g_strdup_printf ("FISS-%03u", i);
      ReorgPost *post = add_post (s, ref, "FISS", "Family Support Worker", 25000, "FISS-001");

      if (i % 4 == 0)
        reorg_post_set_status (post, REORG_POST_STATUS_VACANT);
    }
  g_assert_cmpuint (reorg_structure_get_n_posts (s), ==, 50);
  return s;
}

/* Every test runs on a base that must come out of it unchanged. */
typedef struct
{
  ReorgStructure *base;
  ReorgStructure *pristine;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->base = manchester ();
  f->pristine = reorg_structure_copy (f->base);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_true (reorg_structure_equal (f->base, f->pristine));
  g_clear_object (&f->base);
  g_clear_object (&f->pristine);
}

/* Applies a proposal of one change (taken) with no date. */
static ReorgStructure *
apply_one (ReorgStructure  *base,
           ReorgChange     *change,
           GError         **error)
{
  g_autoptr(ReorgProposal) proposal = reorg_proposal_new ("one");
  g_autoptr(ReorgChange) owned = change;

  reorg_proposal_add_change (proposal, change);
  return reorg_proposal_apply (proposal, base, NULL, error);
}

static ReorgStructure *
apply_one_ok (ReorgStructure *base,
              ReorgChange    *change)
{
  g_autoptr(GError) error = NULL;
  ReorgStructure *result = apply_one (base, change, &error);

  g_assert_no_error (error);
  g_assert_nonnull (result);
  return result;
}

static const char *
unit_of (ReorgStructure *s,
         const char     *post_ref)
{
  ReorgPost *post = reorg_structure_lookup_post (s, post_ref);

  g_assert_nonnull (post);
  return reorg_unit_get_reference (reorg_post_get_unit (post));
}

static const char *
manager_of (ReorgStructure *s,
            const char     *post_ref)
{
  ReorgPost *manager = reorg_post_get_reports_to (reorg_structure_lookup_post (s, post_ref));

  return manager ? reorg_post_get_reference (manager) : NULL;
}

static void
items_changed (GListModel *model,
               guint       position,
               guint       removed,
               guint       added,
               gpointer    user_data)
{
  (*(guint *) user_data)++;
}

static void
test_proposal_basics (void)
{
  g_autoptr(ReorgProposal) p = reorg_proposal_new ("Phase 1");
  g_autoptr(ReorgProposal) q = reorg_proposal_new ("Phase 1");
  g_autoptr(GListModel) changes = reorg_proposal_get_changes (p);
  GDate d1 = day (2011, 3, 31), d2 = day (2011, 4, 1);
  g_autoptr(ReorgChange) a = reorg_change_new_disestablish_post (&d1, "A");
  g_autoptr(ReorgChange) b = reorg_change_new_disestablish_post (&d2, "B");
  g_autoptr(ReorgChange) b2 = reorg_change_new_disestablish_post (&d2, "B");
  g_autoptr(ReorgChange) got = NULL;
  guint signals = 0;
  guint n_changes = 99;

  g_assert_cmpstr (reorg_proposal_get_name (p), ==, "Phase 1");
  g_assert_null (reorg_proposal_get_description (p));
  reorg_proposal_set_description (p, "Education Services and FISS");
  g_assert_cmpstr (reorg_proposal_get_description (p), ==, "Education Services and FISS");
  reorg_proposal_set_name (p, "Phase 1 (December 2010)");
  g_assert_cmpstr (reorg_proposal_get_name (p), ==, "Phase 1 (December 2010)");

  g_assert_true (g_list_model_get_item_type (changes) == REORG_TYPE_CHANGE);
  g_signal_connect (changes, "items-changed", G_CALLBACK (items_changed), &signals);
  reorg_proposal_add_change (p, a);
  reorg_proposal_add_change (p, b);
  g_assert_cmpuint (signals, ==, 2);
  g_assert_cmpuint (reorg_proposal_get_n_changes (p), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (changes), ==, 2);
  g_object_get (p, "n-changes", &n_changes, NULL);
  g_assert_cmpuint (n_changes, ==, 2);
  got = g_list_model_get_item (changes, 1);
  g_assert_true (got == b);
  g_assert_true (reorg_proposal_get_change (p, 0) == a);
  g_assert_null (reorg_proposal_get_change (p, 2));

  reorg_proposal_set_name (q, "Phase 1 (December 2010)");
  reorg_proposal_set_description (q, "Education Services and FISS");
  reorg_proposal_add_change (q, a);
  g_assert_false (reorg_proposal_equal (p, q));
  reorg_proposal_add_change (q, b2);
  g_assert_true (reorg_proposal_equal (p, q));
  reorg_change_set_phase (b2, "Phase 2");
  g_assert_false (reorg_proposal_equal (p, q));

  reorg_proposal_remove_change (p, 0);
  g_assert_cmpuint (signals, ==, 3);
  g_assert_cmpuint (reorg_proposal_get_n_changes (p), ==, 1);
  g_assert_true (reorg_proposal_get_change (p, 0) == b);
}

static void
test_proposal_empty (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(ReorgProposal) p = reorg_proposal_new ("nothing");
  g_autoptr(ReorgStructure) result = reorg_proposal_apply (p, f->base, NULL, NULL);
  g_autoptr(GPtrArray) problems = reorg_proposal_validate (p, f->base);

  g_assert_nonnull (result);
  g_assert_true (result != f->base);
  g_assert_true (reorg_structure_equal (result, f->base));
  g_assert_cmpuint (problems->len, ==, 0);
}

static void
test_proposal_establish_and_disestablish (Fixture       *f,
                                          gconstpointer  data)
{
  GDate date = day (2011, 4, 1);
  g_autoptr(ReorgPost) tpl = reorg_post_new ("FF-MGR");
  ReorgMoney salary = { 6500000 };
  g_autoptr(ReorgStructure) est = NULL;
  g_autoptr(ReorgStructure) dis = NULL;
  ReorgPost *post;

  reorg_post_set_title (tpl, "Families First Manager");
  reorg_post_set_grade (tpl, "Grade 12");
  g_assert_true (reorg_post_set_salary (tpl, &salary, NULL));
  g_assert_true (reorg_post_set_on_cost_rate (tpl, 2000, NULL));
  reorg_post_set_status (tpl, REORG_POST_STATUS_VACANT);

  est = apply_one_ok (f->base, reorg_change_new_establish_post (&date, tpl, "FF", "FS-HEAD"));
  post = reorg_structure_lookup_post (est, "FF-MGR");
  g_assert_nonnull (post);
  g_assert_true (post != tpl);
  g_assert_true (reorg_post_fields_equal (post, tpl));
  g_assert_cmpstr (unit_of (est, "FF-MGR"), ==, "FF");
  g_assert_cmpstr (manager_of (est, "FF-MGR"), ==, "FS-HEAD");
  g_assert_cmpint (reorg_post_get_annual_cost (post)->pence, ==, 7800000);
  g_assert_cmpuint (reorg_structure_get_n_posts (est), ==, 51);
  g_assert_null (reorg_structure_lookup_post (f->base, "FF-MGR"));
  g_assert_null (reorg_post_get_structure (tpl));

  dis = apply_one_ok (f->base, reorg_change_new_disestablish_post (&date, "LSO-01"));
  g_assert_null (reorg_structure_lookup_post (dis, "LSO-01"));
  g_assert_cmpuint (reorg_structure_get_n_posts (dis), ==, 49);
  g_assert_cmpuint (reorg_post_get_n_reports (reorg_structure_lookup_post (dis, "ES-HEAD")), ==, 4);
  g_assert_nonnull (reorg_structure_lookup_post (f->base, "LSO-01"));
}

static void
test_proposal_post_field_kinds (Fixture       *f,
                                gconstpointer  data)
{
  GDate date = day (2011, 4, 1);
  ReorgMoney new_salary = { 4800000 };
  ReorgFte half = { 5000 };
  g_autoptr(ReorgStructure) regraded = NULL;
  g_autoptr(ReorgStructure) regraded_only = NULL;
  g_autoptr(ReorgStructure) part_time = NULL;
  g_autoptr(ReorgStructure) paid = NULL;
  g_autoptr(ReorgStructure) permanent = NULL;
  g_autoptr(ReorgStructure) funded = NULL;
  ReorgPost *post;

  regraded = apply_one_ok (f->base, reorg_change_new_regrade (&date, "SEO-01", "Grade 12", &new_salary));
  post = reorg_structure_lookup_post (regraded, "SEO-01");
  g_assert_cmpstr (reorg_post_get_grade (post), ==, "Grade 12");
  g_assert_cmpint (reorg_post_get_salary (post)->pence, ==, 4800000);
  g_assert_cmpint (reorg_post_get_annual_cost (post)->pence, ==, 6000000);  /* on-costs follow the rate */

  regraded_only = apply_one_ok (f->base, reorg_change_new_regrade (&date, "SEO-01", "Grade 11", NULL));
  post = reorg_structure_lookup_post (regraded_only, "SEO-01");
  g_assert_cmpstr (reorg_post_get_grade (post), ==, "Grade 11");
  g_assert_cmpint (reorg_post_get_salary (post)->pence, ==, 5200000);

  /* Pay follows the FTE pro rata. */
  part_time = apply_one_ok (f->base, reorg_change_new_set_fte (&date, "FISS-002", &half));
  post = reorg_structure_lookup_post (part_time, "FISS-002");
  g_assert_cmpint (reorg_post_get_fte (post)->units, ==, 5000);
  g_assert_cmpint (reorg_post_get_salary (post)->pence, ==, 1250000);
  g_assert_cmpint (reorg_post_get_annual_cost (post)->pence, ==, 1562500);

  paid = apply_one_ok (f->base, reorg_change_new_set_salary (&date, "SIIM", &new_salary));
  g_assert_cmpint (reorg_post_get_salary (reorg_structure_lookup_post (paid, "SIIM"))->pence, ==, 4800000);

  /* Monmouthshire: four temporary social workers made permanent. */
  {
    g_autoptr(ReorgProposal) p = reorg_proposal_new ("Monmouthshire");
    g_autoptr(GError) error = NULL;

    for (guint i = 1; i <= 4; i++)
      {
        g_autofree char *ref = g_strdup_printf ("SW-%u", i);
        g_autoptr(ReorgChange) c = reorg_change_new_set_tenure (&date, ref, REORG_TENURE_PERMANENT);
        reorg_proposal_add_change (p, c);
      }
    permanent = reorg_proposal_apply (p, f->base, NULL, &error);
    g_assert_no_error (error);
    for (guint i = 1; i <= 4; i++)
      {
        g_autofree char *ref = g_strdup_printf ("SW-%u", i);
        g_assert_cmpint (reorg_post_get_tenure (reorg_structure_lookup_post (permanent, ref)), ==,
                         REORG_TENURE_PERMANENT);
        g_assert_cmpint (reorg_post_get_tenure (reorg_structure_lookup_post (f->base, ref)), ==,
                         REORG_TENURE_TEMPORARY);
      }
  }

  funded = apply_one_ok (f->base, reorg_change_new_set_funding (&date, "SW-1", REORG_FUNDING_MAINSTREAM, NULL));
  post = reorg_structure_lookup_post (funded, "SW-1");
  g_assert_cmpint (reorg_post_get_funding_kind (post), ==, REORG_FUNDING_MAINSTREAM);
  g_assert_null (reorg_post_get_funding_name (post));
}

static void
test_proposal_line_and_move_kinds (Fixture       *f,
                                   gconstpointer  data)
{
  GDate date = day (2011, 4, 1);
  g_autoptr(ReorgStructure) relined = NULL;
  g_autoptr(ReorgStructure) top = NULL;
  g_autoptr(ReorgStructure) moved = NULL;

  relined = apply_one_ok (f->base, reorg_change_new_set_reports_to (&date, "SIIM", "CS-DIR"));
  g_assert_cmpstr (manager_of (relined, "SIIM"), ==, "CS-DIR");
  g_assert_cmpuint (reorg_post_get_n_reports (reorg_structure_lookup_post (relined, "ES-HEAD")), ==, 4);

  top = apply_one_ok (f->base, reorg_change_new_set_reports_to (&date, "SIIM", NULL));
  g_assert_null (manager_of (top, "SIIM"));

  moved = apply_one_ok (f->base, reorg_change_new_move_post (&date, "LSO-01", "FS"));
  g_assert_cmpstr (unit_of (moved, "LSO-01"), ==, "FS");
  g_assert_cmpstr (manager_of (moved, "LSO-01"), ==, "ES-HEAD");  /* the line is kept */
  g_assert_cmpuint (reorg_unit_get_n_posts (reorg_structure_lookup_unit (moved, "ES-SEO")), ==, 3);
}

static void
test_proposal_unit_kinds (Fixture       *f,
                          gconstpointer  data)
{
  GDate date = day (2011, 4, 1);
  g_autoptr(ReorgUnit) tpl = reorg_unit_new ("FF-C", "Families First Central", REORG_UNIT_KIND_TEAM);
  g_autoptr(ReorgStructure) created = NULL;
  g_autoptr(ReorgStructure) renamed = NULL;
  g_autoptr(ReorgStructure) moved = NULL;
  g_autoptr(ReorgStructure) merged = NULL;
  g_autoptr(ReorgStructure) closed = NULL;
  ReorgUnit *unit;

  reorg_unit_set_place (tpl, REORG_PLACE_KIND_DISTRICT, "Central");
  created = apply_one_ok (f->base, reorg_change_new_create_unit (&date, tpl, "FF"));
  unit = reorg_structure_lookup_unit (created, "FF-C");
  g_assert_nonnull (unit);
  g_assert_true (unit != tpl);
  g_assert_cmpstr (reorg_unit_get_name (unit), ==, "Families First Central");
  g_assert_cmpstr (reorg_unit_get_place (unit), ==, "Central");
  g_assert_cmpstr (reorg_unit_get_reference (reorg_unit_get_parent (unit)), ==, "FF");
  g_assert_cmpuint (reorg_structure_get_n_units (created), ==, 7);

  renamed = apply_one_ok (f->base, reorg_change_new_rename_unit (&date, "ES", "Education"));
  g_assert_cmpstr (reorg_unit_get_name (reorg_structure_lookup_unit (renamed, "ES")), ==, "Education");
  g_assert_cmpstr (reorg_unit_get_name (reorg_structure_lookup_unit (f->base, "ES")), ==, "Education Services");

  moved = apply_one_ok (f->base, reorg_change_new_move_unit (&date, "ES-SEO", "FS"));
  unit = reorg_structure_lookup_unit (moved, "ES-SEO");
  g_assert_cmpstr (reorg_unit_get_reference (reorg_unit_get_parent (unit)), ==, "FS");
  g_assert_cmpuint (reorg_unit_get_n_posts (unit), ==, 4);

  /* FISS merged into Families First: its 38 posts move, their lines stay,
   * and FISS is closed. */
  merged = apply_one_ok (f->base, reorg_change_new_merge_unit (&date, "FISS", "FF"));
  g_assert_null (reorg_structure_lookup_unit (merged, "FISS"));
  g_assert_cmpuint (reorg_unit_get_n_posts (reorg_structure_lookup_unit (merged, "FF")), ==, 38);
  g_assert_cmpstr (unit_of (merged, "FISS-017"), ==, "FF");
  g_assert_cmpstr (manager_of (merged, "FISS-017"), ==, "FISS-001");
  g_assert_cmpuint (reorg_structure_get_n_units (merged), ==, 5);
  g_assert_cmpuint (reorg_structure_get_n_posts (merged), ==, 50);

  /* Child units move too. */
  {
    g_autoptr(ReorgStructure) merged_es = apply_one_ok (f->base, reorg_change_new_merge_unit (&date, "ES", "FS"));
    unit = reorg_structure_lookup_unit (merged_es, "ES-SEO");
    g_assert_cmpstr (reorg_unit_get_reference (reorg_unit_get_parent (unit)), ==, "FS");
    g_assert_cmpstr (unit_of (merged_es, "SIIM"), ==, "FS");
    g_assert_null (reorg_structure_lookup_unit (merged_es, "ES"));
  }

  closed = apply_one_ok (f->base, reorg_change_new_close_unit (&date, "FF"));
  g_assert_null (reorg_structure_lookup_unit (closed, "FF"));
  g_assert_cmpuint (reorg_unit_get_n_children (reorg_structure_lookup_unit (closed, "FS")), ==, 1);
}

static gint64
sum_effects (GArray *effects,
             gsize   offset)
{
  gint64 total = 0;

  for (guint i = 0; i < effects->len; i++)
    total += G_STRUCT_MEMBER (gint64, &g_array_index (effects, ReorgEffect, i), offset);
  return total;
}

/* Manchester 2010: "the 38 FTE posts within FISS will be disestablished and
 * 18.5 new Families First posts will be established". */
static void
test_proposal_bulk (Fixture       *f,
                    gconstpointer  data)
{
  GDate date = day (2011, 4, 1);
  g_autoptr(ReorgProposal) p = reorg_proposal_new ("FISS to Families First");
  g_autoptr(ReorgPost) tpl = reorg_post_new ("template");
  g_autoptr(ReorgChange) out = reorg_change_new_disestablish_unit_posts (&date, "FISS", NULL);
  g_autoptr(ReorgChange) in = NULL;
  g_autoptr(GArray) effects = reorg_effects_new ();
  g_autoptr(ReorgStructure) result = NULL;
  g_autoptr(GError) error = NULL;
  ReorgFte total = { 185000 };
  ReorgMoney salary = { 2600000 };
  ReorgUnit *ff;

  reorg_post_set_title (tpl, "Families First Worker");
  reorg_post_set_grade (tpl, "Grade 6");
  g_assert_true (reorg_post_set_salary (tpl, &salary, NULL));
  reorg_post_set_status (tpl, REORG_POST_STATUS_VACANT);
  in = reorg_change_new_establish_posts (&date, tpl, "FF", &total, "FF");

  reorg_proposal_add_change (p, out);
  reorg_proposal_add_change (p, in);
  result = reorg_proposal_apply_with_effects (p, f->base, NULL, effects, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (reorg_unit_get_n_posts (reorg_structure_lookup_unit (result, "FISS")), ==, 0);
  g_assert_null (reorg_structure_lookup_post (result, "FISS-001"));
  g_assert_null (reorg_structure_lookup_post (result, "FISS-038"));
  g_assert_cmpuint (reorg_post_get_n_reports (reorg_structure_lookup_post (result, "FS-HEAD")), ==, 4);

  ff = reorg_structure_lookup_unit (result, "FF");
  g_assert_cmpuint (reorg_unit_get_n_posts (ff), ==, 19);
  for (guint i = 1; i <= 19; i++)
    {
      g_autofree char *ref = g_strdup_printf ("FF-%03u", i);
      ReorgPost *post = reorg_structure_lookup_post (result, ref);

      g_assert_nonnull (post);
      g_assert_cmpint (reorg_post_get_fte (post)->units, ==, i < 19 ? 10000 : 5000);
      g_assert_cmpstr (reorg_post_get_title (post), ==, "Families First Worker");
      g_assert_cmpstr (reorg_post_get_grade (post), ==, "Grade 6");
      /* Whole-time pay, pro rata for the half-time post. */
      g_assert_cmpint (reorg_post_get_salary (post)->pence, ==, i < 19 ? 2600000 : 1300000);
      g_assert_cmpint (reorg_post_get_status (post), ==, REORG_POST_STATUS_VACANT);
      g_assert_true (reorg_post_get_unit (post) == ff);
    }
  g_assert_null (reorg_structure_lookup_post (result, "FF-020"));

  /* 38 out, 18.5 in, 19.5 net; one effect per post, in the order applied. */
  g_assert_cmpuint (effects->len, ==, 38 + 19);
  for (guint i = 0; i < 38; i++)
    {
      ReorgEffect *e = &g_array_index (effects, ReorgEffect, i);
      g_autofree char *ref = g_strdup_printf ("FISS-%03u", i + 1);

      g_assert_cmpstr (e->post_reference, ==, ref);
      g_assert_cmpint (e->posts_delta, ==, -1);
      g_assert_cmpint (e->fte_delta, ==, -10000);
      g_assert_cmpuint (e->change_index, ==, 0);
      g_assert_true (e->change == out);
      g_assert_cmpstr (e->unit_reference, ==, "FISS");
      g_assert_cmpstr (e->service_reference, ==, "FS");
      g_assert_cmpint (e->status_before, ==, (i + 1) % 4 == 0 ? REORG_POST_STATUS_VACANT : REORG_POST_STATUS_FILLED);
    }
  g_assert_cmpint (sum_effects (effects, G_STRUCT_OFFSET (ReorgEffect, fte_delta)), ==, -195000);
  g_assert_cmpint (sum_effects (effects, G_STRUCT_OFFSET (ReorgEffect, posts_delta)), ==, -38 + 19);
  /* 40,000 + 37 x 25,000 at 25% on-costs out; 18.5 x 26,000 in (no on-costs). */
  g_assert_cmpint (sum_effects (effects, G_STRUCT_OFFSET (ReorgEffect, annual_cost_delta)), ==,
                   -(4000000 + 37 * 2500000) * 5 / 4 + 18 * 2600000 + 1300000);
  {
    ReorgEffect *e = &g_array_index (effects, ReorgEffect, 38 + 18);
    g_assert_cmpstr (e->post_reference, ==, "FF-019");
    g_assert_cmpint (e->fte_delta, ==, 5000);
    g_assert_cmpint (e->posts_delta, ==, 1);
    g_assert_cmpint (e->annual_cost_delta, ==, 1300000);
    g_assert_cmpuint (e->change_index, ==, 1);
    g_assert_cmpstr (e->unit_reference, ==, "FF");
  }
}

static void
test_proposal_bulk_title_and_reports (Fixture       *f,
                                      gconstpointer  data)
{
  GDate date = day (2011, 3, 31);
  g_autoptr(ReorgStructure) seo = NULL;
  g_autoptr(ReorgStructure) relined = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ReorgStructure) none = NULL;

  /* "The disestablishment of the 18 School Effectiveness Officers": only
   * the posts with that title go. */
  seo = apply_one_ok (f->base, reorg_change_new_disestablish_unit_posts (&date, "ES-SEO", "School Effectiveness Officer"));
  g_assert_null (reorg_structure_lookup_post (seo, "SEO-01"));
  g_assert_null (reorg_structure_lookup_post (seo, "SEO-03"));
  g_assert_nonnull (reorg_structure_lookup_post (seo, "LSO-01"));

  /* A post outside the set still reporting to one of them: the change fails. */
  relined = apply_one_ok (f->base, reorg_change_new_set_reports_to (&date, "SW-1", "FISS-001"));
  none = apply_one (relined, reorg_change_new_disestablish_unit_posts (&date, "FISS", NULL), &error);
  g_assert_null (none);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_NOT_EMPTY);
  g_assert_cmpstr (error->message, ==,
                   "change 0: post 'FISS-001' still has 1 direct reports outside the posts disestablished; "
                   "give them another manager first");
  g_clear_error (&error);

  none = apply_one (f->base, reorg_change_new_disestablish_unit_posts (&date, "FF", NULL), &error);
  g_assert_null (none);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "change 0: unit 'FF' has no post to disestablish");
}

static ReorgProposal *
dated_proposal (void)
{
  ReorgProposal *p = reorg_proposal_new ("Education Services");
  GDate d1 = day (2011, 2, 28), d2 = day (2011, 3, 31), d3 = day (2012, 3, 31);
  g_autoptr(ReorgChange) c0 = reorg_change_new_disestablish_post (&d3, "SIIM");
  g_autoptr(ReorgChange) c1 = reorg_change_new_disestablish_post (&d1, "LSO-01");
  g_autoptr(ReorgChange) c2 = reorg_change_new_disestablish_unit_posts (&d2, "ES-SEO", NULL);
  g_autoptr(ReorgChange) c3 = reorg_change_new_close_unit (&d2, "ES-SEO");

  /* Added out of date order on purpose. */
  reorg_change_set_condition (c0, REORG_CONDITION_KIND_IF_VACANT,
                              "from March 2012, and earlier only if the post becomes vacant");
  reorg_proposal_add_change (p, c0);
  reorg_proposal_add_change (p, c1);
  reorg_proposal_add_change (p, c2);
  reorg_proposal_add_change (p, c3);
  return p;
}

static ReorgStructure *
apply_as_at (ReorgProposal  *p,
             ReorgStructure *base,
             int             y,
             int             m,
             int             d)
{
  GDate as_at = day (y, m, d);
  g_autoptr(GError) error = NULL;
  ReorgStructure *result = reorg_proposal_apply (p, base, &as_at, &error);

  g_assert_no_error (error);
  g_assert_cmpint (g_date_compare (reorg_structure_get_date (result), &as_at), ==, 0);
  return result;
}

static void
test_proposal_as_at (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(ReorgProposal) p = dated_proposal ();
  g_autoptr(ReorgStructure) before = apply_as_at (p, f->base, 2011, 2, 27);
  g_autoptr(ReorgStructure) first = apply_as_at (p, f->base, 2011, 2, 28);
  g_autoptr(ReorgStructure) eve = apply_as_at (p, f->base, 2011, 3, 30);
  g_autoptr(ReorgStructure) second = apply_as_at (p, f->base, 2011, 3, 31);
  g_autoptr(ReorgStructure) between = apply_as_at (p, f->base, 2011, 12, 1);
  g_autoptr(ReorgStructure) last_eve = apply_as_at (p, f->base, 2012, 3, 30);
  g_autoptr(ReorgStructure) all = apply_as_at (p, f->base, 2012, 3, 31);
  g_autoptr(ReorgStructure) later = apply_as_at (p, f->base, 2020, 1, 1);
  g_autoptr(ReorgStructure) undated = reorg_proposal_apply (p, f->base, NULL, NULL);
  g_autoptr(ReorgStructure) expected = reorg_structure_copy (f->base);
  GDate as_at = day (2011, 2, 27);

  /* Before any change: the base, at the new date. */
  reorg_structure_set_date (expected, &as_at);
  g_assert_true (reorg_structure_equal (before, expected));

  /* A change dated D is in the establishment as at D, not as at D - 1. */
  g_assert_nonnull (reorg_structure_lookup_post (before, "LSO-01"));
  g_assert_null (reorg_structure_lookup_post (first, "LSO-01"));
  g_assert_nonnull (reorg_structure_lookup_unit (first, "ES-SEO"));
  g_assert_nonnull (reorg_structure_lookup_unit (eve, "ES-SEO"));
  g_assert_null (reorg_structure_lookup_unit (second, "ES-SEO"));
  g_assert_null (reorg_structure_lookup_post (second, "SEO-02"));
  g_assert_nonnull (reorg_structure_lookup_post (second, "SIIM"));
  g_assert_nonnull (reorg_structure_lookup_post (between, "SIIM"));
  g_assert_nonnull (reorg_structure_lookup_post (last_eve, "SIIM"));
  g_assert_null (reorg_structure_lookup_post (all, "SIIM"));

  g_assert_cmpuint (reorg_structure_get_n_posts (before), ==, 50);
  g_assert_cmpuint (reorg_structure_get_n_posts (first), ==, 49);
  g_assert_cmpuint (reorg_structure_get_n_posts (eve), ==, 49);
  g_assert_cmpuint (reorg_structure_get_n_posts (second), ==, 46);
  g_assert_cmpuint (reorg_structure_get_n_posts (between), ==, 46);
  g_assert_cmpuint (reorg_structure_get_n_posts (all), ==, 45);

  /* After every change, or with no date: the same establishment. */
  reorg_structure_set_date (later, reorg_structure_get_date (all));
  g_assert_true (reorg_structure_equal (all, later));
  g_assert_cmpint (g_date_compare (reorg_structure_get_date (undated), reorg_structure_get_date (f->base)), ==, 0);
  reorg_structure_set_date (undated, reorg_structure_get_date (all));
  g_assert_true (reorg_structure_equal (all, undated));
}

/* Changes of one date apply in the proposal's order. */
static void
test_proposal_same_date_order (Fixture       *f,
                               gconstpointer  data)
{
  GDate date = day (2011, 4, 1);
  g_autoptr(ReorgPost) tpl = reorg_post_new ("FF-MGR");
  g_autoptr(ReorgChange) establish = reorg_change_new_establish_post (&date, tpl, "FF", NULL);
  g_autoptr(ReorgChange) reline = reorg_change_new_set_reports_to (&date, "FISS-001", "FF-MGR");
  g_autoptr(ReorgProposal) right = reorg_proposal_new ("right");
  g_autoptr(ReorgProposal) wrong = reorg_proposal_new ("wrong");
  g_autoptr(ReorgStructure) ok = NULL;
  g_autoptr(ReorgStructure) failed = NULL;
  g_autoptr(GError) error = NULL;

  reorg_proposal_add_change (right, establish);
  reorg_proposal_add_change (right, reline);
  ok = reorg_proposal_apply (right, f->base, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (manager_of (ok, "FISS-001"), ==, "FF-MGR");

  reorg_proposal_add_change (wrong, reline);
  reorg_proposal_add_change (wrong, establish);
  failed = reorg_proposal_apply (wrong, f->base, NULL, &error);
  g_assert_null (failed);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "change 0: manager post 'FF-MGR' does not exist");
}

typedef struct
{
  guint       index;
  const char *code;
  const char *reference;
} Expected;

static void
test_proposal_validate_reports_everything (Fixture       *f,
                                           gconstpointer  data)
{
  GDate d = day (2011, 3, 31), later = day (2011, 6, 30);
  g_autoptr(ReorgProposal) p = reorg_proposal_new ("Phase 1");
  g_autoptr(ReorgPost) dup = reorg_post_new ("SEO-01");
  g_autoptr(GPtrArray) problems = NULL;
  ReorgMoney s1 = { 4000000 }, s2 = { 4100000 };
  ReorgFte zero = { 0 }, half = { 5000 };
  ReorgChange *changes[] = {
    /*  0 */ reorg_change_new_disestablish_post (&d, "NOPE"),
    /*  1 */ reorg_change_new_disestablish_post (&d, "LSO-01"),
    /*  2 */ reorg_change_new_disestablish_post (&later, "LSO-01"),
    /*  3 */ reorg_change_new_establish_post (&d, dup, "ES", NULL),
    /*  4 */ reorg_change_new_move_unit (&d, "ES", "ES-SEO"),
    /*  5 */ reorg_change_new_set_reports_to (&d, "CS-DIR", "SIIM"),
    /*  6 */ reorg_change_new_set_salary (&d, "SEO-02", &s1),
    /*  7 */ reorg_change_new_set_salary (&d, "SEO-02", &s2),
    /*  8 */ reorg_change_new_set_fte (&d, "FISS-003", &half),
    /*  9 */ reorg_change_new_disestablish_post (&d, "FISS-003"),
    /* 10 */ reorg_change_new_close_unit (&d, "ES"),
    /* 11 */ reorg_change_new_set_fte (&d, "FISS-004", &zero),
    /* 12 */ reorg_change_new_disestablish_post (&d, "FS-HEAD"),
    /* 13 */ reorg_change_new_disestablish_unit_posts (&d, "ES-SEO", "Nobody"),
    /* 14 */ reorg_change_new_disestablish_post (&d, "FISS-099"),
    /* 15 */ reorg_change_new_move_post (&d, "SEO-03", "NOWHERE"),
    /* 16 */ reorg_change_new_set_salary (&d, "SEO-02", &s1),      /* same value as 6: fine */
    /* 17 */ reorg_change_new_close_unit (&d, "FF"),
    /* 18 */ reorg_change_new_rename_unit (&later, "FF", "Families First"),
  };
  static const Expected expected[] = {
    { 0, "unknown-post", "NOPE" },
    { 3, "duplicate-reference", "SEO-01" },
    { 4, "unit-cycle", "ES" },
    { 5, "reporting-loop", "CS-DIR" },
    { 7, "conflicting-changes", "SEO-02" },
    { 9, "conflicting-changes", "FISS-003" },
    { 10, "unit-not-empty", "ES" },
    { 11, "invalid-value", "FISS-004" },
    { 12, "post-has-reports", "FS-HEAD" },
    { 13, "no-matching-posts", "ES-SEO" },
    { 14, "unknown-post", "FISS-099" },
    { 15, "unknown-unit", "NOWHERE" },
    { 2, "post-already-gone", "LSO-01" },
    { 18, "unit-already-gone", "FF" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (changes); i++)
    {
      reorg_proposal_add_change (p, changes[i]);
      g_object_unref (changes[i]);
    }
  reorg_change_set_label (changes[14], "FISS to Families First");

  problems = reorg_proposal_validate (p, f->base);
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s: %s", reorg_problem_get_code (g_ptr_array_index (problems, i)),
                    reorg_problem_get_message (g_ptr_array_index (problems, i)));
  g_assert_cmpuint (problems->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < problems->len; i++)
    {
      ReorgProblem *problem = g_ptr_array_index (problems, i);

      g_assert_cmpuint (reorg_problem_get_change_index (problem), ==, expected[i].index);
      g_assert_cmpstr (reorg_problem_get_code (problem), ==, expected[i].code);
      g_assert_cmpstr (reorg_problem_get_reference (problem), ==, expected[i].reference);
    }

  {
    ReorgProblem *problem = g_ptr_array_index (problems, 10);
    g_autoptr(ReorgProblem) copy = reorg_problem_copy (problem);

    g_assert_cmpstr (reorg_problem_get_message (problem), ==,
                     "change 14 (FISS to Families First): post 'FISS-099' does not exist");
    g_assert_cmpstr (reorg_problem_get_label (problem), ==, "FISS to Families First");
    g_assert_cmpstr (reorg_problem_get_message (copy), ==, reorg_problem_get_message (problem));
    g_assert_cmpuint (reorg_problem_get_change_index (copy), ==, 14);
  }
  g_assert_cmpstr (reorg_problem_get_message (g_ptr_array_index (problems, 12)), ==,
                   "change 2: post 'LSO-01' was already disestablished by change 1");
  g_assert_cmpstr (reorg_problem_get_message (g_ptr_array_index (problems, 4)), ==,
                   "change 7: change 6 gives post 'SEO-02' a different salary on the same date");
  g_assert_cmpstr (reorg_problem_get_message (g_ptr_array_index (problems, 5)), ==,
                   "change 9: post 'FISS-003' is disestablished on the date change 8 changes it");
  g_assert_cmpstr (reorg_problem_get_message (g_ptr_array_index (problems, 7)), ==,
                   "change 11: FTE must be above zero, not 0");
  g_assert_null (reorg_problem_get_label (g_ptr_array_index (problems, 0)));

  /* Apply stops at the first failing change, in date order. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(ReorgStructure) result = reorg_proposal_apply (p, f->base, NULL, &error);

    g_assert_null (result);
    g_assert_error (error, REORG_ERROR, REORG_ERROR_NOT_FOUND);
    g_assert_cmpstr (error->message, ==, "change 0: post 'NOPE' does not exist");
  }
}

static void
test_proposal_conflicts (Fixture       *f,
                         gconstpointer  data)
{
  GDate d = day (2011, 3, 31), next = day (2011, 4, 1);
  g_autoptr(ReorgProposal) p = reorg_proposal_new ("conflicts");
  g_autoptr(GPtrArray) problems = NULL;
  ReorgMoney s1 = { 4000000 };
  ReorgChange *changes[] = {
    /* 0 */ reorg_change_new_disestablish_unit_posts (&d, "FISS", NULL),
    /* 1 */ reorg_change_new_set_salary (&d, "FISS-010", &s1),          /* gone that day */
    /* 2 */ reorg_change_new_move_post (&d, "SEO-01", "FS"),
    /* 3 */ reorg_change_new_move_post (&d, "SEO-01", "FF"),            /* another unit */
    /* 4 */ reorg_change_new_merge_unit (&d, "ES-SEO", "ES"),           /* moves SEO-02, SEO-03, LSO-01 */
    /* 5 */ reorg_change_new_move_post (&d, "SEO-02", "FF"),            /* the merge put it in ES */
    /* 6 */ reorg_change_new_set_reports_to (&d, "SIIM", "CS-DIR"),
    /* 7 */ reorg_change_new_set_reports_to (&d, "SIIM", NULL),
    /* 8 */ reorg_change_new_set_tenure (&d, "SW-1", REORG_TENURE_PERMANENT),
    /* 9 */ reorg_change_new_set_tenure (&next, "SW-1", REORG_TENURE_FIXED_TERM), /* another day */
    /* 10 */ reorg_change_new_regrade (&d, "SW-2", "Grade 8", &s1),
    /* 11 */ reorg_change_new_set_salary (&d, "SW-2", &s1),              /* the same salary */
    /* 12 */ reorg_change_new_regrade (&d, "SW-2", "Grade 9", NULL),      /* another grade */
  };
  static const Expected expected[] = {
    { 1, "conflicting-changes", "FISS-010" },
    { 3, "conflicting-changes", "SEO-01" },
    { 5, "conflicting-changes", "SEO-02" },
    { 7, "conflicting-changes", "SIIM" },
    { 12, "conflicting-changes", "SW-2" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (changes); i++)
    {
      reorg_proposal_add_change (p, changes[i]);
      g_object_unref (changes[i]);
    }
  problems = reorg_proposal_validate (p, f->base);
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", reorg_problem_get_message (g_ptr_array_index (problems, i)));
  g_assert_cmpuint (problems->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < problems->len; i++)
    {
      ReorgProblem *problem = g_ptr_array_index (problems, i);

      g_assert_cmpuint (reorg_problem_get_change_index (problem), ==, expected[i].index);
      g_assert_cmpstr (reorg_problem_get_code (problem), ==, expected[i].code);
      g_assert_cmpstr (reorg_problem_get_reference (problem), ==, expected[i].reference);
    }
  g_assert_cmpstr (reorg_problem_get_message (g_ptr_array_index (problems, 0)), ==,
                   "change 1: post 'FISS-010' is disestablished on the same date by change 0");

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(ReorgStructure) result = reorg_proposal_apply (p, f->base, NULL, &error);

    g_assert_null (result);
    g_assert_error (error, REORG_ERROR, REORG_ERROR_INVALID);
    g_assert_true (g_str_has_prefix (error->message, "change 1: "));
  }
}

static void
test_proposal_failure_changes_nothing (Fixture       *f,
                                       gconstpointer  data)
{
  GDate d1 = day (2011, 3, 31), d2 = day (2011, 4, 1);
  g_autoptr(ReorgProposal) p = reorg_proposal_new ("Phase 1");
  g_autoptr(ReorgChange) ok1 = reorg_change_new_disestablish_unit_posts (&d1, "FISS", NULL);
  g_autoptr(ReorgChange) ok2 = reorg_change_new_rename_unit (&d1, "ES", "Education");
  g_autoptr(ReorgChange) bad = reorg_change_new_disestablish_post (&d2, "FISS-012");
  g_autoptr(ReorgChange) never = reorg_change_new_disestablish_post (&d2, "SIIM");
  g_autoptr(GArray) effects = reorg_effects_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ReorgStructure) result = NULL;
  g_autoptr(ReorgProposal) first = reorg_proposal_new ("first");
  g_autoptr(ReorgStructure) first_result = NULL;
  g_autoptr(GListModel) base_posts = reorg_structure_get_posts (f->base);
  guint signals = 0;

  reorg_change_set_label (bad, "FISS to Families First");
  reorg_proposal_add_change (p, ok1);
  reorg_proposal_add_change (p, ok2);
  reorg_proposal_add_change (p, bad);
  reorg_proposal_add_change (p, never);

  /* Effects already in the array are kept. */
  reorg_proposal_add_change (first, ok2);
  reorg_proposal_add_change (first, never);
  first_result = reorg_proposal_apply_with_effects (first, f->base, NULL, effects, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (effects->len, ==, 1);

  g_signal_connect (base_posts, "items-changed", G_CALLBACK (items_changed), &signals);
  result = reorg_proposal_apply_with_effects (p, f->base, NULL, effects, &error);
  g_assert_null (result);
  g_assert_error (error, REORG_ERROR, REORG_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==,
                   "change 2 (FISS to Families First): post 'FISS-012' was already disestablished by change 0");
  g_assert_cmpuint (effects->len, ==, 1);
  g_assert_cmpstr (g_array_index (effects, ReorgEffect, 0).post_reference, ==, "SIIM");
  g_assert_cmpuint (signals, ==, 0);
  g_assert_true (reorg_structure_equal (f->base, f->pristine));

  /* As at a date before the failing change, it succeeds. */
  g_clear_error (&error);
  result = reorg_proposal_apply (p, f->base, &d1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (result);
  g_assert_cmpuint (reorg_structure_get_n_posts (result), ==, 12);
}

static ReorgEffect *
effect_for (GArray     *effects,
            const char *post_ref)
{
  for (guint i = 0; i < effects->len; i++)
    {
      ReorgEffect *e = &g_array_index (effects, ReorgEffect, i);

      if (g_strcmp0 (e->post_reference, post_ref) == 0)
        return e;
    }
  g_error ("no effect for post '%s'", post_ref);
}

static void
test_proposal_effects (Fixture       *f,
                       gconstpointer  data)
{
  GDate d = day (2011, 3, 31), protected_until = day (2011, 9, 30), earlier = day (2011, 1, 1);
  g_autoptr(ReorgProposal) p = reorg_proposal_new ("effects");
  g_autoptr(ReorgPost) head = reorg_post_new ("CS-DEP");
  g_autoptr(ReorgUnit) tpl_unit = reorg_unit_new ("NEW", "New", REORG_UNIT_KIND_TEAM);
  g_autoptr(GArray) effects = reorg_effects_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ReorgStructure) result = NULL;
  ReorgMoney lower = { 4500000 }, dep_salary = { 9000000 };
  ReorgFte half = { 5000 };
  ReorgEffect *e;
  ReorgChange *changes[] = {
    /* 0 */ reorg_change_new_disestablish_post (&d, "SEO-01"),
    /* 1 */ reorg_change_new_regrade (&d, "SIIM", "Grade 11", &lower),
    /* 2 */ NULL,
    /* 3 */ reorg_change_new_disestablish_post (&d, "SW-1"),
    /* 4 */ reorg_change_new_set_fte (&d, "FISS-002", &half),
    /* 5 */ reorg_change_new_create_unit (&d, tpl_unit, "FS"),
    /* 6 */ reorg_change_new_rename_unit (&d, "ES", "Education"),
    /* 7 */ reorg_change_new_move_unit (&d, "ES-SEO", "FS"),
    /* 8 */ reorg_change_new_move_post (&d, "LSO-01", "NEW"),
    /* 9 */ reorg_change_new_set_tenure (&d, "SW-2", REORG_TENURE_PERMANENT),
    /* 10 */ reorg_change_new_set_funding (&d, "SW-3", REORG_FUNDING_MAINSTREAM, NULL),
    /* 11 */ reorg_change_new_set_salary (&d, "SW-4", &lower),
    /* 12 */ reorg_change_new_disestablish_post (&d, "FISS-004"),
  };

  g_assert_true (reorg_post_set_salary (head, &dep_salary, NULL));
  changes[2] = reorg_change_new_establish_post (&d, head, "CS", "CS-DIR");
  /* The SIIM keeps the old salary for six months: the saving starts then. */
  reorg_change_set_pay_protection_until (changes[1], &protected_until);
  reorg_change_set_pay_protection_until (changes[0], &earlier);
  for (guint i = 0; i < G_N_ELEMENTS (changes); i++)
    {
      reorg_proposal_add_change (p, changes[i]);
      g_object_unref (changes[i]);
    }

  result = reorg_proposal_apply_with_effects (p, f->base, NULL, effects, &error);
  g_assert_no_error (error);
  /* One per post touched; unit changes (5, 6, 7) have none. */
  g_assert_cmpuint (effects->len, ==, 10);
  for (guint i = 0; i < effects->len; i++)
    {
      e = &g_array_index (effects, ReorgEffect, i);
      g_assert_true (e->change == reorg_proposal_get_change (p, e->change_index));
      g_assert_cmpint (g_date_compare (&e->date, &d), ==, 0);
      g_assert_true (e->change_index != 5 && e->change_index != 6 && e->change_index != 7);
      if (i > 0)
        g_assert_cmpuint (e->change_index, >, g_array_index (effects, ReorgEffect, i - 1).change_index);
    }

  e = effect_for (effects, "SEO-01");
  g_assert_cmpuint (e->change_index, ==, 0);
  g_assert_cmpint (e->annual_cost_delta, ==, -6500000);
  g_assert_cmpint (e->fte_delta, ==, -10000);
  g_assert_cmpint (e->posts_delta, ==, -1);
  g_assert_cmpstr (e->unit_reference, ==, "ES-SEO");
  g_assert_cmpstr (e->service_reference, ==, "ES");
  g_assert_cmpstr (e->funding_key, ==, "mainstream");
  g_assert_cmpint (e->status_before, ==, REORG_POST_STATUS_FILLED);
  g_assert_cmpint (e->tenure_before, ==, REORG_TENURE_PERMANENT);
  g_assert_cmpint (e->salary_before, ==, 5200000);
  g_assert_cmpint (g_date_compare (&e->money_date, &d), ==, 0);  /* protection before the date */

  e = effect_for (effects, "SIIM");
  g_assert_cmpint (e->annual_cost_delta, ==, (4500000 - 5500000) * 5 / 4);
  g_assert_cmpint (e->fte_delta, ==, 0);
  g_assert_cmpint (e->posts_delta, ==, 0);
  g_assert_cmpint (e->salary_before, ==, 5500000);
  g_assert_cmpint (g_date_compare (&e->money_date, &protected_until), ==, 0);
  g_assert_cmpstr (e->service_reference, ==, "ES");

  /* A post in the root unit: its service is the root itself. */
  e = effect_for (effects, "CS-DEP");
  g_assert_cmpint (e->posts_delta, ==, 1);
  g_assert_cmpint (e->annual_cost_delta, ==, 9000000);
  g_assert_cmpint (e->fte_delta, ==, 10000);
  g_assert_cmpint (e->salary_before, ==, 0);
  g_assert_cmpstr (e->unit_reference, ==, "CS");
  g_assert_cmpstr (e->service_reference, ==, "CS");

  /* A grant-funded post saves the grant. */
  e = effect_for (effects, "SW-1");
  g_assert_cmpstr (e->funding_key, ==, "grant: ABG");
  g_assert_cmpint (e->tenure_before, ==, REORG_TENURE_TEMPORARY);
  g_assert_cmpstr (e->service_reference, ==, "FS");

  e = effect_for (effects, "FISS-002");
  g_assert_cmpint (e->fte_delta, ==, -5000);
  g_assert_cmpint (e->annual_cost_delta, ==, -1562500);
  g_assert_cmpint (e->posts_delta, ==, 0);
  g_assert_cmpstr (e->service_reference, ==, "FS");

  /* The unit after a move; ES-SEO itself moved under FS before it. */
  e = effect_for (effects, "LSO-01");
  g_assert_cmpstr (e->unit_reference, ==, "NEW");
  g_assert_cmpstr (e->service_reference, ==, "FS");
  g_assert_cmpint (e->annual_cost_delta, ==, 0);

  e = effect_for (effects, "SW-2");
  g_assert_cmpint (e->annual_cost_delta, ==, 0);
  g_assert_cmpint (e->tenure_before, ==, REORG_TENURE_TEMPORARY);
  e = effect_for (effects, "SW-3");
  g_assert_cmpstr (e->funding_key, ==, "mainstream");
  e = effect_for (effects, "SW-4");
  g_assert_cmpint (e->annual_cost_delta, ==, (4500000 - 3000000) * 5 / 4);

  e = effect_for (effects, "FISS-004");
  g_assert_cmpint (e->status_before, ==, REORG_POST_STATUS_VACANT);
  g_assert_cmpstr (e->unit_reference, ==, "FISS");
}

static void
test_proposal_merge_effects (Fixture       *f,
                             gconstpointer  data)
{
  GDate d = day (2011, 4, 1);
  g_autoptr(ReorgProposal) p = reorg_proposal_new ("merge");
  g_autoptr(ReorgChange) merge = reorg_change_new_merge_unit (&d, "ES-SEO", "FS");
  g_autoptr(GArray) effects = reorg_effects_new ();
  g_autoptr(ReorgStructure) result = NULL;

  reorg_proposal_add_change (p, merge);
  result = reorg_proposal_apply_with_effects (p, f->base, NULL, effects, NULL);
  g_assert_nonnull (result);
  g_assert_cmpuint (effects->len, ==, 4);
  g_assert_cmpstr (g_array_index (effects, ReorgEffect, 0).post_reference, ==, "LSO-01");
  g_assert_cmpstr (g_array_index (effects, ReorgEffect, 1).post_reference, ==, "SEO-01");
  for (guint i = 0; i < effects->len; i++)
    {
      ReorgEffect *e = &g_array_index (effects, ReorgEffect, i);

      g_assert_cmpstr (e->unit_reference, ==, "FS");
      g_assert_cmpstr (e->service_reference, ==, "FS");
      g_assert_cmpint (e->annual_cost_delta, ==, 0);
      g_assert_cmpint (e->posts_delta, ==, 0);
    }
}

static void
test_proposal_if_vacant (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(ReorgProposal) p = dated_proposal ();
  ReorgChange *siim = reorg_proposal_get_change (p, 0);
  g_autoptr(GArray) effects = reorg_effects_new ();
  g_autoptr(ReorgStructure) result = NULL;
  GDate d3 = day (2012, 3, 31);

  /* The condition does not move the change: it applies and is costed
   * from its date, the latest date. */
  g_assert_cmpint (reorg_change_get_condition (siim), ==, REORG_CONDITION_KIND_IF_VACANT);
  result = reorg_proposal_apply_with_effects (p, f->base, NULL, effects, NULL);
  g_assert_nonnull (result);
  g_assert_cmpstr (g_array_index (effects, ReorgEffect, effects->len - 1).post_reference, ==, "SIIM");
  g_assert_cmpint (g_date_compare (&g_array_index (effects, ReorgEffect, effects->len - 1).money_date, &d3), ==, 0);
}

static void
test_proposal_references_reused (Fixture       *f,
                                 gconstpointer  data)
{
  GDate d1 = day (2011, 3, 31), d2 = day (2011, 4, 1);
  g_autoptr(ReorgProposal) p = reorg_proposal_new ("reuse");
  g_autoptr(ReorgPost) tpl = reorg_post_new ("LSO-01");
  g_autoptr(ReorgUnit) unit_tpl = reorg_unit_new ("FF", "Families First again", REORG_UNIT_KIND_TEAM);
  g_autoptr(ReorgChange) c0 = reorg_change_new_disestablish_post (&d1, "LSO-01");
  g_autoptr(ReorgChange) c1 = reorg_change_new_establish_post (&d2, tpl, "FS", NULL);
  g_autoptr(ReorgChange) c2 = reorg_change_new_close_unit (&d1, "FF");
  g_autoptr(ReorgChange) c3 = reorg_change_new_create_unit (&d2, unit_tpl, NULL);
  g_autoptr(ReorgStructure) result = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  /* A reference freed on one day may be used again on a later one. */
  reorg_proposal_add_change (p, c0);
  reorg_proposal_add_change (p, c1);
  reorg_proposal_add_change (p, c2);
  reorg_proposal_add_change (p, c3);
  problems = reorg_proposal_validate (p, f->base);
  g_assert_cmpuint (problems->len, ==, 0);
  result = reorg_proposal_apply (p, f->base, NULL, NULL);
  g_assert_cmpstr (unit_of (result, "LSO-01"), ==, "FS");
  g_assert_null (reorg_unit_get_parent (reorg_structure_lookup_unit (result, "FF")));
  g_assert_cmpstr (reorg_unit_get_name (reorg_structure_lookup_unit (result, "FF")), ==, "Families First again");
}

/* 100,000 disestablishments on a structure of 200,000 posts, and bulk
 * changes of 100,000 posts (untimed; linear work). */
static void
test_proposal_large (void)
{
  g_autoptr(ReorgStructure) base = reorg_structure_new ();
  g_autoptr(ReorgProposal) p = reorg_proposal_new ("large");
  g_autoptr(ReorgProposal) bulk = reorg_proposal_new ("bulk");
  g_autoptr(GArray) effects = reorg_effects_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ReorgStructure) result = NULL;
  g_autoptr(ReorgStructure) bulk_result = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(ReorgPost) tpl = reorg_post_new ("T");
  g_autoptr(ReorgChange) out = NULL;
  g_autoptr(ReorgChange) in = NULL;
  GDate d1 = day (2011, 3, 31), d2 = day (2012, 3, 31);
  ReorgFte total = { 100000LL * 10000 };
  ReorgUnit *units[10];
  guint n_posts = 200000, n_changes = 100000;

  add_unit (base, "ROOT", "Root", REORG_UNIT_KIND_ORGANISATION, NULL);
  for (guint u = 0; u < G_N_ELEMENTS (units); u++)
    {
      g_autofree char *ref = g_strdup_printf ("U%u", u);
      units[u] = add_unit (base, ref, ref, REORG_UNIT_KIND_SERVICE, "ROOT");
    }
  for (guint i = 0; i < n_posts; i++)
    {
      g_autofree char *ref = g_strdup_printf ("P%06u", i);
      g_autoptr(ReorgPost) post = reorg_post_new (ref);
      ReorgMoney salary = { 2000000 + i };

      g_assert_true (reorg_post_set_salary (post, &salary, NULL));
      /* Unit 0 holds the first 100,000 posts; the others share the rest. */
      g_assert_true (reorg_structure_add_post (base, post, units[i < 100000 ? 0 : 1 + i % 9], NULL));
    }

  for (guint i = 0; i < n_changes; i++)
    {
      g_autofree char *ref = g_strdup_printf ("P%06u", 100000 + i);
      g_autoptr(ReorgChange) c = reorg_change_new_disestablish_post (i % 2 ? &d2 : &d1, ref);

      reorg_proposal_add_change (p, c);
    }
  result = reorg_proposal_apply_with_effects (p, base, NULL, effects, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (reorg_structure_get_n_posts (result), ==, n_posts - n_changes);
  g_assert_cmpuint (reorg_structure_get_n_posts (base), ==, n_posts);
  g_assert_cmpuint (effects->len, ==, n_changes);
  g_assert_cmpint (sum_effects (effects, G_STRUCT_OFFSET (ReorgEffect, posts_delta)), ==, -(gint64) n_changes);
  problems = reorg_proposal_validate (p, base);
  g_assert_cmpuint (problems->len, ==, 0);

  /* Bulk: the 100,000 posts of unit 0 out, 100,000 FTE of a role in. */
  out = reorg_change_new_disestablish_unit_posts (&d1, "U0", NULL);
  in = reorg_change_new_establish_posts (&d2, tpl, "U1", &total, "NEW");
  reorg_proposal_add_change (bulk, out);
  reorg_proposal_add_change (bulk, in);
  g_array_set_size (effects, 0);
  bulk_result = reorg_proposal_apply_with_effects (bulk, base, NULL, effects, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (reorg_unit_get_n_posts (reorg_structure_lookup_unit (bulk_result, "U0")), ==, 0);
  g_assert_cmpuint (reorg_structure_get_n_posts (bulk_result), ==, n_posts);
  g_assert_nonnull (reorg_structure_lookup_post (bulk_result, "NEW-100000"));
  g_assert_cmpuint (effects->len, ==, 200000);
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/proposal/basics", test_proposal_basics);
  ADD ("/proposal/empty", test_proposal_empty);
  ADD ("/proposal/establish-and-disestablish", test_proposal_establish_and_disestablish);
  ADD ("/proposal/post-field-kinds", test_proposal_post_field_kinds);
  ADD ("/proposal/line-and-move-kinds", test_proposal_line_and_move_kinds);
  ADD ("/proposal/unit-kinds", test_proposal_unit_kinds);
  ADD ("/proposal/bulk", test_proposal_bulk);
  ADD ("/proposal/bulk-title-and-reports", test_proposal_bulk_title_and_reports);
  ADD ("/proposal/as-at", test_proposal_as_at);
  ADD ("/proposal/same-date-order", test_proposal_same_date_order);
  ADD ("/proposal/validate-reports-everything", test_proposal_validate_reports_everything);
  ADD ("/proposal/conflicts", test_proposal_conflicts);
  ADD ("/proposal/failure-changes-nothing", test_proposal_failure_changes_nothing);
  ADD ("/proposal/effects", test_proposal_effects);
  ADD ("/proposal/merge-effects", test_proposal_merge_effects);
  ADD ("/proposal/if-vacant", test_proposal_if_vacant);
  ADD ("/proposal/references-reused", test_proposal_references_reused);
  g_test_add_func ("/proposal/large", test_proposal_large);
  return g_test_run ();
}
