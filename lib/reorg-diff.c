/* reorg-diff.c: the differences between two structures
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "reorg-private.h"

#include <string.h>

/* ---- ReorgPostChange ---- */

/**
 * ReorgPostChange:
 *
 * A post that is in both structures of a [class@Reorg.Diff] (the same
 * reference) with different fields: which fields differ, and the post as
 * it is before and after.
 *
 * Since: 0.1
 */
struct _ReorgPostChange
{
  ReorgPost       *before;   /* owned */
  ReorgPost       *after;    /* owned */
  ReorgPostFields  fields;
};

static ReorgPostChange *
post_change_new (ReorgPost       *before,
                 ReorgPost       *after,
                 ReorgPostFields  fields)
{
  ReorgPostChange *self = g_new (ReorgPostChange, 1);

  self->before = g_object_ref (before);
  self->after = g_object_ref (after);
  self->fields = fields;
  return self;
}

/**
 * reorg_post_change_copy:
 * @self: a post change
 *
 * Copies the change. The copy refers to the same posts.
 *
 * Returns: (transfer full): a copy
 *
 * Since: 0.1
 */
ReorgPostChange *
reorg_post_change_copy (const ReorgPostChange *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return post_change_new (self->before, self->after, self->fields);
}

/**
 * reorg_post_change_free:
 * @self: a post change
 *
 * Frees a change made by [method@Reorg.PostChange.copy].
 *
 * Since: 0.1
 */
void
reorg_post_change_free (ReorgPostChange *self)
{
  if (self == NULL)
    return;
  g_object_unref (self->before);
  g_object_unref (self->after);
  g_free (self);
}

G_DEFINE_BOXED_TYPE (ReorgPostChange, reorg_post_change, reorg_post_change_copy, reorg_post_change_free)

/**
 * reorg_post_change_get_reference:
 * @self: a post change
 *
 * Gets the reference of the changed post (the same on both sides).
 *
 * Returns: (transfer none): the reference
 *
 * Since: 0.1
 */
const char *
reorg_post_change_get_reference (const ReorgPostChange *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->before->reference;
}

/**
 * reorg_post_change_get_fields:
 * @self: a post change
 *
 * Gets the fields that differ between the post before and after. Never
 * %REORG_POST_FIELDS_NONE: posts without differences are not changes.
 *
 * Returns: the fields that differ
 *
 * Since: 0.1
 */
ReorgPostFields
reorg_post_change_get_fields (const ReorgPostChange *self)
{
  g_return_val_if_fail (self != NULL, REORG_POST_FIELDS_NONE);
  return self->fields;
}

/**
 * reorg_post_change_get_before:
 * @self: a post change
 *
 * Gets the post as it is in the `before` structure of the diff.
 *
 * Returns: (transfer none): the post of the `before` structure
 *
 * Since: 0.1
 */
ReorgPost *
reorg_post_change_get_before (const ReorgPostChange *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->before;
}

/**
 * reorg_post_change_get_after:
 * @self: a post change
 *
 * Gets the post as it is in the `after` structure of the diff.
 *
 * Returns: (transfer none): the post of the `after` structure
 *
 * Since: 0.1
 */
ReorgPost *
reorg_post_change_get_after (const ReorgPostChange *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->after;
}

/* ---- ReorgDiffRow ---- */

/**
 * ReorgDiffRow:
 *
 * One line of the unit table of a [class@Reorg.Diff]: a unit's totals over
 * its whole subtree (posts, FTE, annual cost, vacancies) in the structure
 * before and after, and the change from one to the other. A unit that is
 * only in one of the structures has zero totals on the other side.
 *
 * The total row of a diff ([method@Reorg.Diff.get_total]) has the same
 * form, with no unit, no reference and no name.
 *
 * Since: 0.1
 */
struct _ReorgDiffRow
{
  ReorgUnit       *before_unit;   /* owned, nullable */
  ReorgUnit       *after_unit;    /* owned, nullable */
  char            *name;
  guint            depth;
  ReorgUnitFields  unit_fields;

  ReorgTotals      before;        /* key NULL */
  ReorgTotals      after;         /* key NULL */
  gint64           posts_change;
  gint64           vacancies_change;
  ReorgFte         fte_change;
  ReorgFte         vacant_fte_change;
  ReorgMoney       cost_change;
};

/**
 * reorg_diff_row_copy:
 * @self: a row
 *
 * Copies the row. The copy refers to the same units.
 *
 * Returns: (transfer full): a copy
 *
 * Since: 0.1
 */
ReorgDiffRow *
reorg_diff_row_copy (const ReorgDiffRow *self)
{
  ReorgDiffRow *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new (ReorgDiffRow, 1);
  *copy = *self;
  copy->name = g_strdup (self->name);
  if (copy->before_unit != NULL)
    g_object_ref (copy->before_unit);
  if (copy->after_unit != NULL)
    g_object_ref (copy->after_unit);
  return copy;
}

/**
 * reorg_diff_row_free:
 * @self: a row
 *
 * Frees a row made by [method@Reorg.DiffRow.copy].
 *
 * Since: 0.1
 */
void
reorg_diff_row_free (ReorgDiffRow *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->before_unit);
  g_clear_object (&self->after_unit);
  g_free (self->name);
  g_free (self);
}

G_DEFINE_BOXED_TYPE (ReorgDiffRow, reorg_diff_row, reorg_diff_row_copy, reorg_diff_row_free)

/**
 * reorg_diff_row_get_reference:
 * @self: a row
 *
 * Gets the reference of the row's unit.
 *
 * Returns: (transfer none) (nullable): the unit's reference, or %NULL for
 *   the total row
 *
 * Since: 0.1
 */
const char *
reorg_diff_row_get_reference (const ReorgDiffRow *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  if (self->after_unit != NULL)
    return self->after_unit->reference;
  if (self->before_unit != NULL)
    return self->before_unit->reference;
  return NULL;
}

/**
 * reorg_diff_row_get_name:
 * @self: a row
 *
 * Gets the name of the row's unit when the diff was made: its name in the
 * `after` structure, or in the `before` structure for a removed unit.
 *
 * Returns: (transfer none) (nullable): the unit's name, or %NULL if it
 *   has none or for the total row
 *
 * Since: 0.1
 */
const char *
reorg_diff_row_get_name (const ReorgDiffRow *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->name;
}

/**
 * reorg_diff_row_get_depth:
 * @self: a row
 *
 * Gets the depth of the row's unit, for indentation: 0 for a top-level
 * unit, 1 for its children and so on. The depth is in the `after`
 * structure, or in the `before` structure for a removed unit.
 *
 * Returns: the depth (0 for the total row)
 *
 * Since: 0.1
 */
guint
reorg_diff_row_get_depth (const ReorgDiffRow *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->depth;
}

/**
 * reorg_diff_row_get_before_unit:
 * @self: a row
 *
 * Gets the row's unit in the `before` structure.
 *
 * Returns: (transfer none) (nullable): the unit, or %NULL if the unit was
 *   added or for the total row
 *
 * Since: 0.1
 */
ReorgUnit *
reorg_diff_row_get_before_unit (const ReorgDiffRow *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->before_unit;
}

/**
 * reorg_diff_row_get_after_unit:
 * @self: a row
 *
 * Gets the row's unit in the `after` structure.
 *
 * Returns: (transfer none) (nullable): the unit, or %NULL if the unit was
 *   removed or for the total row
 *
 * Since: 0.1
 */
ReorgUnit *
reorg_diff_row_get_after_unit (const ReorgDiffRow *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->after_unit;
}

/**
 * reorg_diff_row_get_unit_fields:
 * @self: a row
 *
 * Gets the fields of the unit that differ between the two structures:
 * %REORG_UNIT_FIELDS_PARENT for a unit that moved,
 * %REORG_UNIT_FIELDS_NAME for one that was renamed.
 *
 * Returns: the fields that differ; %REORG_UNIT_FIELDS_NONE for an
 *   unchanged, added or removed unit and for the total row
 *
 * Since: 0.1
 */
ReorgUnitFields
reorg_diff_row_get_unit_fields (const ReorgDiffRow *self)
{
  g_return_val_if_fail (self != NULL, REORG_UNIT_FIELDS_NONE);
  return self->unit_fields;
}

/**
 * reorg_diff_row_get_before:
 * @self: a row
 *
 * Gets the totals of the unit's subtree in the `before` structure.
 *
 * Returns: (transfer none): the totals; all zero if the unit was added
 *
 * Since: 0.1
 */
const ReorgTotals *
reorg_diff_row_get_before (const ReorgDiffRow *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->before;
}

/**
 * reorg_diff_row_get_after:
 * @self: a row
 *
 * Gets the totals of the unit's subtree in the `after` structure.
 *
 * Returns: (transfer none): the totals; all zero if the unit was removed
 *
 * Since: 0.1
 */
const ReorgTotals *
reorg_diff_row_get_after (const ReorgDiffRow *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->after;
}

/**
 * reorg_diff_row_get_posts_change:
 * @self: a row
 *
 * Gets the change in the number of posts: after minus before.
 *
 * Returns: the change, negative for fewer posts
 *
 * Since: 0.1
 */
gint64
reorg_diff_row_get_posts_change (const ReorgDiffRow *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->posts_change;
}

/**
 * reorg_diff_row_get_fte_change:
 * @self: a row
 *
 * Gets the change in FTE: after minus before.
 *
 * Returns: (transfer none): the change, negative for a reduction
 *
 * Since: 0.1
 */
const ReorgFte *
reorg_diff_row_get_fte_change (const ReorgDiffRow *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->fte_change;
}

/**
 * reorg_diff_row_get_cost_change:
 * @self: a row
 *
 * Gets the change in annual cost (salary and on-costs): after minus before.
 *
 * Returns: (transfer none): the change, negative for a saving
 *
 * Since: 0.1
 */
const ReorgMoney *
reorg_diff_row_get_cost_change (const ReorgDiffRow *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->cost_change;
}

/**
 * reorg_diff_row_get_vacancies_change:
 * @self: a row
 *
 * Gets the change in the number of vacancies (vacant or frozen posts):
 * after minus before.
 *
 * Returns: the change, negative for fewer vacancies
 *
 * Since: 0.1
 */
gint64
reorg_diff_row_get_vacancies_change (const ReorgDiffRow *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->vacancies_change;
}

/**
 * reorg_diff_row_get_vacant_fte_change:
 * @self: a row
 *
 * Gets the change in the FTE of vacancies: after minus before.
 *
 * Returns: (transfer none): the change
 *
 * Since: 0.1
 */
const ReorgFte *
reorg_diff_row_get_vacant_fte_change (const ReorgDiffRow *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->vacant_fte_change;
}

/* Fills in the totals and the changes; FALSE on overflow. */
static gboolean
row_set_totals (ReorgDiffRow      *row,
                const ReorgTotals *before,
                const ReorgTotals *after)
{
  if (before != NULL)
    row->before = *before;
  if (after != NULL)
    row->after = *after;
  row->before.key = NULL;
  row->after.key = NULL;

  return row->before.posts <= G_MAXINT64 && row->after.posts <= G_MAXINT64 &&
         row->before.vacant_posts <= G_MAXINT64 && row->after.vacant_posts <= G_MAXINT64 &&
         reorg_checked_sub ((gint64) row->after.posts, (gint64) row->before.posts,
                            &row->posts_change) &&
         reorg_checked_sub ((gint64) row->after.vacant_posts, (gint64) row->before.vacant_posts,
                            &row->vacancies_change) &&
         reorg_checked_sub (row->after.fte.units, row->before.fte.units,
                            &row->fte_change.units) &&
         reorg_checked_sub (row->after.vacant_fte.units, row->before.vacant_fte.units,
                            &row->vacant_fte_change.units) &&
         reorg_checked_sub (row->after.cost.pence, row->before.cost.pence,
                            &row->cost_change.pence);
}

/* ---- ReorgDiff ---- */

/**
 * ReorgDiff:
 *
 * The differences between two [class@Reorg.Structure]s, `before` and
 * `after`, made by [ctor@Reorg.Diff.new]. Posts and units are matched by
 * reference.
 *
 * - Posts: those added (in `after` only), removed (in `before` only) and
 *   changed (in both, with the [flags@Reorg.PostFields] that differ), each
 *   list sorted by reference so that the output is stable.
 * - Units: those added, removed, moved (to another parent) and renamed, as
 *   lists of [class@Reorg.Unit] sorted by reference. Added, moved and
 *   renamed units are those of `after`; removed units those of `before`.
 * - Totals: a [struct@Reorg.DiffRow] per unit of either structure with its
 *   subtree's posts, FTE, annual cost and vacancies before and after and
 *   the change, in the order of the `after` tree (parents before
 *   children) followed by the removed units in the order of the `before`
 *   tree; and a total row.
 * - The posts over a salary threshold that are established or
 *   disestablished ([method@Reorg.Diff.get_posts_over]), which councils
 *   report for posts over £50,000.
 *
 * Making a diff takes time linear in the number of posts and units of the
 * two structures (plus sorting the differences). The diff holds both
 * structures; its lists and totals are a snapshot taken when it was made,
 * but the posts and units in them are the structures' own, live objects.
 *
 * Since: 0.1
 */
struct _ReorgDiff
{
  GObject         parent_instance;

  ReorgStructure *before;
  ReorgStructure *after;

  ReorgListModel *posts_added;     /* of ReorgPost, sorted by reference */
  ReorgListModel *posts_removed;
  GPtrArray      *posts_changed;   /* of ReorgPostChange, owned, sorted */
  GHashTable     *change_by_ref;   /* borrowed reference -> ReorgPostChange* */

  ReorgListModel *units_added;     /* of ReorgUnit, sorted by reference */
  ReorgListModel *units_removed;
  ReorgListModel *units_moved;
  ReorgListModel *units_renamed;
  guint           n_units_changed; /* units with any ReorgUnitFields */

  GPtrArray      *rows;            /* of ReorgDiffRow, owned */
  GHashTable     *row_by_ref;      /* borrowed reference -> ReorgDiffRow* */
  ReorgDiffRow    total;
};

G_DEFINE_FINAL_TYPE (ReorgDiff, reorg_diff, G_TYPE_OBJECT)

static void
reorg_diff_finalize (GObject *object)
{
  ReorgDiff *self = REORG_DIFF (object);

  g_clear_pointer (&self->row_by_ref, g_hash_table_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->change_by_ref, g_hash_table_unref);
  g_clear_pointer (&self->posts_changed, g_ptr_array_unref);
  g_clear_object (&self->posts_added);
  g_clear_object (&self->posts_removed);
  g_clear_object (&self->units_added);
  g_clear_object (&self->units_removed);
  g_clear_object (&self->units_moved);
  g_clear_object (&self->units_renamed);
  g_clear_object (&self->before);
  g_clear_object (&self->after);

  G_OBJECT_CLASS (reorg_diff_parent_class)->finalize (object);
}

static void
reorg_diff_class_init (ReorgDiffClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = reorg_diff_finalize;
}

static void
reorg_diff_init (ReorgDiff *self)
{
  self->posts_added = reorg_list_model_new (REORG_TYPE_POST);
  self->posts_removed = reorg_list_model_new (REORG_TYPE_POST);
  self->posts_changed = g_ptr_array_new_with_free_func ((GDestroyNotify) reorg_post_change_free);
  self->change_by_ref = g_hash_table_new (g_str_hash, g_str_equal);
  self->units_added = reorg_list_model_new (REORG_TYPE_UNIT);
  self->units_removed = reorg_list_model_new (REORG_TYPE_UNIT);
  self->units_moved = reorg_list_model_new (REORG_TYPE_UNIT);
  self->units_renamed = reorg_list_model_new (REORG_TYPE_UNIT);
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) reorg_diff_row_free);
  self->row_by_ref = g_hash_table_new (g_str_hash, g_str_equal);
}

/* A new array of the same pointers that does not free them. */
static GPtrArray *
borrowed_copy (GPtrArray *array)
{
  GPtrArray *copy = g_ptr_array_copy (array, NULL, NULL);

  /* g_ptr_array_copy() keeps the free function. */
  g_ptr_array_set_free_func (copy, NULL);
  return copy;
}

/* Every post of a structure: a borrowed view. */
static GPtrArray *
structure_posts (ReorgStructure *structure)
{
  g_autoptr(GListModel) posts = reorg_structure_get_posts (structure);

  /* The structure keeps its own reference to the model. */
  return reorg_list_model_get_array (REORG_LIST_MODEL (posts));
}

static const char *
unit_reference (ReorgUnit *unit)
{
  return unit != NULL ? unit->reference : NULL;
}

static const char *
post_reference (ReorgPost *post)
{
  return post != NULL ? post->reference : NULL;
}

static ReorgPostFields
compare_posts (ReorgPost *a,
               ReorgPost *b)
{
  ReorgPostFields fields = REORG_POST_FIELDS_NONE;

  if (g_strcmp0 (a->title, b->title) != 0)
    fields |= REORG_POST_FIELDS_TITLE;
  /* Grades, job families and funding names are interned. */
  if (a->grade != b->grade)
    fields |= REORG_POST_FIELDS_GRADE;
  if (a->fte.units != b->fte.units)
    fields |= REORG_POST_FIELDS_FTE;
  if (a->salary.pence != b->salary.pence)
    fields |= REORG_POST_FIELDS_SALARY;
  /* On-costs set as a rate follow the salary: a new salary at the same
   * rate is a salary change only. Otherwise the amounts are compared. */
  if (a->on_cost_rate != b->on_cost_rate ||
      (a->on_cost_rate < 0 && a->on_costs.pence != b->on_costs.pence))
    fields |= REORG_POST_FIELDS_ON_COSTS;
  if (a->status != b->status)
    fields |= REORG_POST_FIELDS_STATUS;
  if (a->tenure != b->tenure)
    fields |= REORG_POST_FIELDS_TENURE;
  if (a->funding_kind != b->funding_kind || a->funding_name != b->funding_name)
    fields |= REORG_POST_FIELDS_FUNDING;
  if (g_strcmp0 (unit_reference (a->unit), unit_reference (b->unit)) != 0)
    fields |= REORG_POST_FIELDS_UNIT;
  if (g_strcmp0 (post_reference (a->reports_to), post_reference (b->reports_to)) != 0)
    fields |= REORG_POST_FIELDS_REPORTS_TO;
  if (a->job_family != b->job_family)
    fields |= REORG_POST_FIELDS_JOB_FAMILY;
  return fields;
}

static ReorgUnitFields
compare_units (ReorgUnit *a,
               ReorgUnit *b)
{
  ReorgUnitFields fields = REORG_UNIT_FIELDS_NONE;

  if (g_strcmp0 (a->name, b->name) != 0)
    fields |= REORG_UNIT_FIELDS_NAME;
  if (g_strcmp0 (unit_reference (a->parent), unit_reference (b->parent)) != 0)
    fields |= REORG_UNIT_FIELDS_PARENT;
  if (a->kind != b->kind)
    fields |= REORG_UNIT_FIELDS_KIND;
  if (a->place_kind != b->place_kind || g_strcmp0 (a->place, b->place) != 0)
    fields |= REORG_UNIT_FIELDS_PLACE;
  return fields;
}

static int
compare_post_refs (gconstpointer a,
                   gconstpointer b)
{
  return strcmp ((*(ReorgPost * const *) a)->reference, (*(ReorgPost * const *) b)->reference);
}

static int
compare_unit_refs (gconstpointer a,
                   gconstpointer b)
{
  return strcmp ((*(ReorgUnit * const *) a)->reference, (*(ReorgUnit * const *) b)->reference);
}

static int
compare_change_refs (gconstpointer a,
                     gconstpointer b)
{
  return strcmp ((*(ReorgPostChange * const *) a)->before->reference,
                 (*(ReorgPostChange * const *) b)->before->reference);
}

/* Sorts the borrowed objects of `items` by reference into a fresh model. */
static void
fill_sorted (ReorgListModel *model,
             GPtrArray      *items,
             GCompareFunc    compare)
{
  GPtrArray *array = reorg_list_model_get_array (model);

  g_ptr_array_sort (items, compare);
  /* Nobody can be listening yet: fill the array without signals. */
  for (guint i = 0; i < items->len; i++)
    g_ptr_array_add (array, g_object_ref (g_ptr_array_index (items, i)));
}

static void
diff_posts (ReorgDiff *self)
{
  GPtrArray *before = structure_posts (self->before);
  GPtrArray *after = structure_posts (self->after);
  g_autoptr(GPtrArray) added = g_ptr_array_new ();
  g_autoptr(GPtrArray) removed = g_ptr_array_new ();

  for (guint i = 0; i < after->len; i++)
    {
      ReorgPost *a = g_ptr_array_index (after, i);
      ReorgPost *b = reorg_structure_lookup_post (self->before, a->reference);
      ReorgPostFields fields;

      if (b == NULL)
        {
          g_ptr_array_add (added, a);
          continue;
        }
      fields = compare_posts (b, a);
      if (fields != REORG_POST_FIELDS_NONE)
        g_ptr_array_add (self->posts_changed, post_change_new (b, a, fields));
    }
  for (guint i = 0; i < before->len; i++)
    {
      ReorgPost *b = g_ptr_array_index (before, i);

      if (reorg_structure_lookup_post (self->after, b->reference) == NULL)
        g_ptr_array_add (removed, b);
    }

  fill_sorted (self->posts_added, added, compare_post_refs);
  fill_sorted (self->posts_removed, removed, compare_post_refs);
  g_ptr_array_sort (self->posts_changed, compare_change_refs);
  for (guint i = 0; i < self->posts_changed->len; i++)
    {
      ReorgPostChange *change = g_ptr_array_index (self->posts_changed, i);
      g_hash_table_insert (self->change_by_ref, change->before->reference, change);
    }
}

/* Depth of each unit of a pre-order: parents come before their children. */
static GHashTable *
depths_of (GPtrArray *preorder)
{
  GHashTable *depths = g_hash_table_new (g_direct_hash, g_direct_equal);

  for (guint i = 0; i < preorder->len; i++)
    {
      ReorgUnit *unit = g_ptr_array_index (preorder, i);
      guint depth = 0;

      if (unit->parent != NULL)
        depth = GPOINTER_TO_UINT (g_hash_table_lookup (depths, unit->parent)) + 1;
      g_hash_table_insert (depths, unit, GUINT_TO_POINTER (depth));
    }
  return depths;
}

static gboolean
add_row (ReorgDiff        *self,
         ReorgUnit        *before_unit,
         ReorgUnit        *after_unit,
         guint             depth,
         ReorgUnitFields   fields,
         ReorgRollup      *before_rollup,
         ReorgRollup      *after_rollup,
         GError          **error)
{
  ReorgDiffRow *row = g_new0 (ReorgDiffRow, 1);
  ReorgUnit *unit = after_unit != NULL ? after_unit : before_unit;

  row->before_unit = before_unit != NULL ? g_object_ref (before_unit) : NULL;
  row->after_unit = after_unit != NULL ? g_object_ref (after_unit) : NULL;
  row->name = g_strdup (unit->name);
  row->depth = depth;
  row->unit_fields = fields;
  g_ptr_array_add (self->rows, row);
  g_hash_table_insert (self->row_by_ref, unit->reference, row);

  if (!row_set_totals (row,
                       before_unit != NULL ? reorg_rollup_get_totals (before_rollup, before_unit) : NULL,
                       after_unit != NULL ? reorg_rollup_get_totals (after_rollup, after_unit) : NULL))
    {
      g_autofree char *what = g_strdup_printf ("the change in the totals of unit '%s'", unit->reference);

      reorg_set_overflow_error (error, what);
      return FALSE;
    }
  return TRUE;
}

static gboolean
diff_units (ReorgDiff    *self,
            ReorgRollup  *before_rollup,
            ReorgRollup  *after_rollup,
            GError      **error)
{
  g_autoptr(GPtrArray) before = g_ptr_array_new ();
  g_autoptr(GPtrArray) after = g_ptr_array_new ();
  g_autoptr(GPtrArray) added = g_ptr_array_new ();
  g_autoptr(GPtrArray) removed = g_ptr_array_new ();
  g_autoptr(GPtrArray) moved = g_ptr_array_new ();
  g_autoptr(GPtrArray) renamed = g_ptr_array_new ();
  g_autoptr(GHashTable) before_depths = NULL;
  g_autoptr(GHashTable) after_depths = NULL;

  reorg_structure_collect_preorder (self->before, before);
  reorg_structure_collect_preorder (self->after, after);
  before_depths = depths_of (before);
  after_depths = depths_of (after);

  for (guint i = 0; i < after->len; i++)
    {
      ReorgUnit *a = g_ptr_array_index (after, i);
      ReorgUnit *b = reorg_structure_lookup_unit (self->before, a->reference);
      ReorgUnitFields fields = REORG_UNIT_FIELDS_NONE;

      if (b == NULL)
        g_ptr_array_add (added, a);
      else
        {
          fields = compare_units (b, a);
          if (fields & REORG_UNIT_FIELDS_PARENT)
            g_ptr_array_add (moved, a);
          if (fields & REORG_UNIT_FIELDS_NAME)
            g_ptr_array_add (renamed, a);
          if (fields != REORG_UNIT_FIELDS_NONE)
            self->n_units_changed++;
        }
      if (!add_row (self, b, a, GPOINTER_TO_UINT (g_hash_table_lookup (after_depths, a)),
                    fields, before_rollup, after_rollup, error))
        return FALSE;
    }
  for (guint i = 0; i < before->len; i++)
    {
      ReorgUnit *b = g_ptr_array_index (before, i);

      if (reorg_structure_lookup_unit (self->after, b->reference) != NULL)
        continue;
      g_ptr_array_add (removed, b);
      if (!add_row (self, b, NULL, GPOINTER_TO_UINT (g_hash_table_lookup (before_depths, b)),
                    REORG_UNIT_FIELDS_NONE, before_rollup, after_rollup, error))
        return FALSE;
    }

  fill_sorted (self->units_added, added, compare_unit_refs);
  fill_sorted (self->units_removed, removed, compare_unit_refs);
  fill_sorted (self->units_moved, moved, compare_unit_refs);
  fill_sorted (self->units_renamed, renamed, compare_unit_refs);

  if (!row_set_totals (&self->total,
                       reorg_rollup_get_total (before_rollup),
                       reorg_rollup_get_total (after_rollup)))
    {
      reorg_set_overflow_error (error, "the change in the totals of the structure");
      return FALSE;
    }
  return TRUE;
}

/**
 * reorg_diff_new:
 * @before: the structure before, for example the current establishment
 * @after: the structure after, for example the target establishment
 * @error: return location for a #GError
 *
 * Compares two structures, matching posts and units by reference, and
 * computes the totals of every unit before and after with one
 * [method@Reorg.Structure.rollup] of each structure.
 *
 * The work is linear in the number of posts and units of both structures,
 * plus sorting the differences by reference.
 *
 * A total that does not fit the exact representation is a
 * %REORG_ERROR_OVERFLOW error; there are no other errors.
 *
 * Returns: (transfer full): the diff, or %NULL on error
 *
 * Since: 0.1
 */
ReorgDiff *
reorg_diff_new (ReorgStructure  *before,
                ReorgStructure  *after,
                GError         **error)
{
  g_autoptr(ReorgDiff) self = NULL;
  g_autoptr(ReorgRollup) before_rollup = NULL;
  g_autoptr(ReorgRollup) after_rollup = NULL;

  g_return_val_if_fail (REORG_IS_STRUCTURE (before), NULL);
  g_return_val_if_fail (REORG_IS_STRUCTURE (after), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  before_rollup = reorg_structure_rollup (before, REORG_DIMENSION_NONE, error);
  if (before_rollup == NULL)
    return NULL;
  after_rollup = reorg_structure_rollup (after, REORG_DIMENSION_NONE, error);
  if (after_rollup == NULL)
    return NULL;

  self = g_object_new (REORG_TYPE_DIFF, NULL);
  self->before = g_object_ref (before);
  self->after = g_object_ref (after);

  diff_posts (self);
  if (!diff_units (self, before_rollup, after_rollup, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * reorg_diff_get_before:
 * @self: a diff
 *
 * Gets the structure the diff compares from.
 *
 * Returns: (transfer none): the `before` structure
 *
 * Since: 0.1
 */
ReorgStructure *
reorg_diff_get_before (ReorgDiff *self)
{
  g_return_val_if_fail (REORG_IS_DIFF (self), NULL);
  return self->before;
}

/**
 * reorg_diff_get_after:
 * @self: a diff
 *
 * Gets the structure the diff compares to.
 *
 * Returns: (transfer none): the `after` structure
 *
 * Since: 0.1
 */
ReorgStructure *
reorg_diff_get_after (ReorgDiff *self)
{
  g_return_val_if_fail (REORG_IS_DIFF (self), NULL);
  return self->after;
}

/**
 * reorg_diff_is_empty:
 * @self: a diff
 *
 * Checks whether the two structures have the same posts and units with
 * the same fields: no post added, removed or changed, and no unit added,
 * removed or with any [flags@Reorg.UnitFields] changed. The date of the
 * structures and the order of units and posts are not compared.
 *
 * Returns: %TRUE if there are no differences
 *
 * Since: 0.1
 */
gboolean
reorg_diff_is_empty (ReorgDiff *self)
{
  g_return_val_if_fail (REORG_IS_DIFF (self), FALSE);

  return reorg_list_model_get_array (self->posts_added)->len == 0 &&
         reorg_list_model_get_array (self->posts_removed)->len == 0 &&
         self->posts_changed->len == 0 &&
         reorg_list_model_get_array (self->units_added)->len == 0 &&
         reorg_list_model_get_array (self->units_removed)->len == 0 &&
         self->n_units_changed == 0;
}

/**
 * reorg_diff_get_posts_added:
 * @self: a diff
 *
 * Gets the posts established: those of the `after` structure whose
 * reference is not in the `before` structure, sorted by reference.
 *
 * Returns: (transfer full): a [iface@Gio.ListModel] of [class@Reorg.Post]
 *
 * Since: 0.1
 */
GListModel *
reorg_diff_get_posts_added (ReorgDiff *self)
{
  g_return_val_if_fail (REORG_IS_DIFF (self), NULL);
  return g_object_ref (G_LIST_MODEL (self->posts_added));
}

/**
 * reorg_diff_get_posts_removed:
 * @self: a diff
 *
 * Gets the posts disestablished: those of the `before` structure whose
 * reference is not in the `after` structure, sorted by reference.
 *
 * Returns: (transfer full): a [iface@Gio.ListModel] of [class@Reorg.Post]
 *
 * Since: 0.1
 */
GListModel *
reorg_diff_get_posts_removed (ReorgDiff *self)
{
  g_return_val_if_fail (REORG_IS_DIFF (self), NULL);
  return g_object_ref (G_LIST_MODEL (self->posts_removed));
}

/**
 * reorg_diff_get_posts_changed:
 * @self: a diff
 *
 * Gets the posts in both structures whose fields differ, sorted by
 * reference.
 *
 * Returns: (transfer container) (element-type ReorgPostChange): the
 *   changes; the array is yours, the changes in it belong to the diff
 *
 * Since: 0.1
 */
GPtrArray *
reorg_diff_get_posts_changed (ReorgDiff *self)
{
  g_return_val_if_fail (REORG_IS_DIFF (self), NULL);
  return borrowed_copy (self->posts_changed);
}

/**
 * reorg_diff_lookup_post_change:
 * @self: a diff
 * @reference: a post reference
 *
 * Finds the change of the post with @reference, in constant time.
 *
 * Returns: (transfer none) (nullable): the change, or %NULL if the post
 *   is not in both structures or did not change
 *
 * Since: 0.1
 */
const ReorgPostChange *
reorg_diff_lookup_post_change (ReorgDiff  *self,
                               const char *reference)
{
  g_return_val_if_fail (REORG_IS_DIFF (self), NULL);
  g_return_val_if_fail (reference != NULL, NULL);
  return g_hash_table_lookup (self->change_by_ref, reference);
}

/**
 * reorg_diff_get_posts_over:
 * @self: a diff
 * @threshold: (nullable): the salary threshold, or %NULL for
 *   %REORG_DIFF_DEFAULT_THRESHOLD_PENCE (£50,000)
 * @established: %TRUE for the posts established (added), %FALSE for the
 *   posts disestablished (removed)
 *
 * Gets the posts established or disestablished whose salary is strictly
 * more than the threshold, so that a post of exactly £50,000 is not over
 * £50,000. The salary is the post's annual salary
 * ([method@Reorg.Post.get_salary]), without on-costs. Manchester's 2010
 * report counts "two new posts with a salary of more than £50,000" and 19
 * disestablished posts over £50,000 this way.
 *
 * Returns: (transfer full): a [iface@Gio.ListModel] of [class@Reorg.Post],
 *   sorted by reference
 *
 * Since: 0.1
 */
GListModel *
reorg_diff_get_posts_over (ReorgDiff        *self,
                           const ReorgMoney *threshold,
                           gboolean          established)
{
  ReorgListModel *result;
  GPtrArray *source, *array;
  gint64 limit;

  g_return_val_if_fail (REORG_IS_DIFF (self), NULL);

  limit = threshold != NULL ? threshold->pence : REORG_DIFF_DEFAULT_THRESHOLD_PENCE;
  source = reorg_list_model_get_array (established ? self->posts_added : self->posts_removed);
  result = reorg_list_model_new (REORG_TYPE_POST);
  array = reorg_list_model_get_array (result);
  for (guint i = 0; i < source->len; i++)
    {
      ReorgPost *post = g_ptr_array_index (source, i);

      if (post->salary.pence > limit)
        g_ptr_array_add (array, g_object_ref (post));
    }
  return G_LIST_MODEL (result);
}

/**
 * reorg_diff_get_units_added:
 * @self: a diff
 *
 * Gets the units of the `after` structure whose reference is not in the
 * `before` structure, sorted by reference.
 *
 * Returns: (transfer full): a [iface@Gio.ListModel] of [class@Reorg.Unit]
 *
 * Since: 0.1
 */
GListModel *
reorg_diff_get_units_added (ReorgDiff *self)
{
  g_return_val_if_fail (REORG_IS_DIFF (self), NULL);
  return g_object_ref (G_LIST_MODEL (self->units_added));
}

/**
 * reorg_diff_get_units_removed:
 * @self: a diff
 *
 * Gets the units of the `before` structure whose reference is not in the
 * `after` structure, sorted by reference.
 *
 * Returns: (transfer full): a [iface@Gio.ListModel] of [class@Reorg.Unit]
 *
 * Since: 0.1
 */
GListModel *
reorg_diff_get_units_removed (ReorgDiff *self)
{
  g_return_val_if_fail (REORG_IS_DIFF (self), NULL);
  return g_object_ref (G_LIST_MODEL (self->units_removed));
}

/**
 * reorg_diff_get_units_moved:
 * @self: a diff
 *
 * Gets the units in both structures whose parent (by reference) differs,
 * including units that became or stopped being top-level units, sorted by
 * reference. The units are those of the `after` structure; the row of a
 * unit ([method@Reorg.Diff.lookup_row]) gives the unit as it was before.
 *
 * Returns: (transfer full): a [iface@Gio.ListModel] of [class@Reorg.Unit]
 *
 * Since: 0.1
 */
GListModel *
reorg_diff_get_units_moved (ReorgDiff *self)
{
  g_return_val_if_fail (REORG_IS_DIFF (self), NULL);
  return g_object_ref (G_LIST_MODEL (self->units_moved));
}

/**
 * reorg_diff_get_units_renamed:
 * @self: a diff
 *
 * Gets the units in both structures whose name differs, sorted by
 * reference. The units are those of the `after` structure, with the new
 * names; the row of a unit ([method@Reorg.Diff.lookup_row]) gives the unit
 * as it was before.
 *
 * Returns: (transfer full): a [iface@Gio.ListModel] of [class@Reorg.Unit]
 *
 * Since: 0.1
 */
GListModel *
reorg_diff_get_units_renamed (ReorgDiff *self)
{
  g_return_val_if_fail (REORG_IS_DIFF (self), NULL);
  return g_object_ref (G_LIST_MODEL (self->units_renamed));
}

/**
 * reorg_diff_get_rows:
 * @self: a diff
 *
 * Gets a row for every unit of either structure: the units of the `after`
 * structure in pre-order (parents before children, children in order),
 * then the removed units in the pre-order of the `before` structure.
 * [method@Reorg.DiffRow.get_depth] gives each row's indentation.
 *
 * Returns: (transfer container) (element-type ReorgDiffRow): the rows;
 *   the array is yours, the rows in it belong to the diff
 *
 * Since: 0.1
 */
GPtrArray *
reorg_diff_get_rows (ReorgDiff *self)
{
  g_return_val_if_fail (REORG_IS_DIFF (self), NULL);
  return borrowed_copy (self->rows);
}

/**
 * reorg_diff_lookup_row:
 * @self: a diff
 * @reference: a unit reference
 *
 * Finds the row of the unit with @reference, in constant time.
 *
 * Returns: (transfer none) (nullable): the row, or %NULL if neither
 *   structure has such a unit
 *
 * Since: 0.1
 */
const ReorgDiffRow *
reorg_diff_lookup_row (ReorgDiff  *self,
                       const char *reference)
{
  g_return_val_if_fail (REORG_IS_DIFF (self), NULL);
  g_return_val_if_fail (reference != NULL, NULL);
  return g_hash_table_lookup (self->row_by_ref, reference);
}

/**
 * reorg_diff_get_total:
 * @self: a diff
 *
 * Gets the totals of the whole structures before and after and the
 * change. The row has no unit, reference or name.
 *
 * Returns: (transfer none): the total row
 *
 * Since: 0.1
 */
const ReorgDiffRow *
reorg_diff_get_total (ReorgDiff *self)
{
  g_return_val_if_fail (REORG_IS_DIFF (self), NULL);
  return &self->total;
}
