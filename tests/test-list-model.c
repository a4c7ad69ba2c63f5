/* test-list-model.c: the internal GListModel behind units and structures */
#include "reorg-private.h"

typedef struct
{
  guint position, removed, added;
  guint n_items_at_signal;
  guint calls;
} Seen;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Seen       *seen)
{
  seen->position = position;
  seen->removed = removed;
  seen->added = added;
  seen->n_items_at_signal = g_list_model_get_n_items (model);
  seen->calls++;
}

static ReorgListModel *
model_with_units (guint n)
{
  ReorgListModel *model = reorg_list_model_new (REORG_TYPE_UNIT);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *ref = g_strdup_printf ("U%u", i);
      g_autoptr(ReorgUnit) unit = reorg_unit_new (ref, NULL, REORG_UNIT_KIND_TEAM);
      g_assert_cmpuint (reorg_list_model_append (model, unit), ==, i);
    }
  return model;
}

static const char *
ref_at (GListModel *model,
        guint       i)
{
  g_autoptr(ReorgUnit) unit = g_list_model_get_item (model, i);
  /* The model still holds the unit, so the string outlives this ref. */
  return reorg_unit_get_reference (unit);
}

static void
test_list_model_basics (void)
{
  g_autoptr(ReorgListModel) model = model_with_units (3);
  GListModel *list = G_LIST_MODEL (model);

  g_assert_true (g_list_model_get_item_type (list) == REORG_TYPE_UNIT);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
  g_assert_cmpstr (ref_at (list, 2), ==, "U2");
  g_assert_null (g_list_model_get_item (list, 3));
}

static void
test_list_model_remove_swap (void)
{
  g_autoptr(ReorgListModel) model = model_with_units (4);
  GListModel *list = G_LIST_MODEL (model);
  Seen seen = { 0 };
  ReorgUnit *moved;

  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), &seen);

  /* Removing U1 moves U3 into its place. */
  moved = reorg_list_model_remove_swap (model, 1);
  g_assert_nonnull (moved);
  g_assert_cmpstr (reorg_unit_get_reference (moved), ==, "U3");
  g_assert_cmpuint (seen.calls, ==, 2);
  /* The last signal removes the last slot, and the model agrees. */
  g_assert_cmpuint (seen.position, ==, 3);
  g_assert_cmpuint (seen.removed, ==, 1);
  g_assert_cmpuint (seen.added, ==, 0);
  g_assert_cmpuint (seen.n_items_at_signal, ==, 3);
  g_assert_cmpstr (ref_at (list, 0), ==, "U0");
  g_assert_cmpstr (ref_at (list, 1), ==, "U3");
  g_assert_cmpstr (ref_at (list, 2), ==, "U2");

  /* Removing the last item moves nothing. */
  g_assert_null (reorg_list_model_remove_swap (model, 2));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
}

static void
test_list_model_remove_index (void)
{
  g_autoptr(ReorgListModel) model = model_with_units (3);
  GListModel *list = G_LIST_MODEL (model);
  Seen seen = { 0 };

  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), &seen);
  reorg_list_model_remove_index (model, 0);
  g_assert_cmpuint (seen.calls, ==, 1);
  g_assert_cmpuint (seen.position, ==, 0);
  g_assert_cmpuint (seen.removed, ==, 1);
  g_assert_cmpuint (seen.n_items_at_signal, ==, 2);
  g_assert_cmpstr (ref_at (list, 0), ==, "U1");
  g_assert_cmpstr (ref_at (list, 1), ==, "U2");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/list-model/basics", test_list_model_basics);
  g_test_add_func ("/list-model/remove-swap", test_list_model_remove_swap);
  g_test_add_func ("/list-model/remove-index", test_list_model_remove_index);
  return g_test_run ();
}
