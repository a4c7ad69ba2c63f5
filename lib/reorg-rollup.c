/* reorg-rollup.c: totals of a structure per unit over its subtree
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "reorg-private.h"

/**
 * ReorgTotals:
 *
 * Totals of a set of posts: how many posts, their FTE and annual cost, and
 * how many of them are vacancies (vacant or frozen) with their FTE.
 *
 * In a breakdown, [method@Reorg.Totals.get_key] says which part of the
 * breakdown the totals are for.
 *
 * Since: 0.1
 */
/* struct _ReorgTotals is in reorg-private.h: the diff embeds totals. */

/**
 * reorg_totals_copy:
 * @self: totals
 *
 * Copies the totals.
 *
 * Returns: (transfer full): a copy
 *
 * Since: 0.1
 */
ReorgTotals *
reorg_totals_copy (const ReorgTotals *self)
{
  ReorgTotals *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new (ReorgTotals, 1);
  *copy = *self;
  copy->key = g_strdup (self->key);
  return copy;
}

/**
 * reorg_totals_free:
 * @self: totals
 *
 * Frees totals made by [method@Reorg.Totals.copy].
 *
 * Since: 0.1
 */
void
reorg_totals_free (ReorgTotals *self)
{
  if (self == NULL)
    return;
  g_free (self->key);
  g_free (self);
}

G_DEFINE_BOXED_TYPE (ReorgTotals, reorg_totals, reorg_totals_copy, reorg_totals_free)

/**
 * reorg_totals_get_key:
 * @self: totals
 *
 * Gets the breakdown key these totals are for: a status (`vacant`), a
 * tenure (`fixed-term`), a funding source (`mainstream`, `grant: ABG`), a
 * grade or a job family (`(none)` for posts without one).
 *
 * Returns: (transfer none) (nullable): the key, or %NULL for totals that
 *   are not part of a breakdown
 *
 * Since: 0.1
 */
const char *
reorg_totals_get_key (const ReorgTotals *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->key;
}

/**
 * reorg_totals_get_posts:
 * @self: totals
 *
 * Gets the number of posts.
 *
 * Returns: the number of posts
 *
 * Since: 0.1
 */
guint64
reorg_totals_get_posts (const ReorgTotals *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->posts;
}

/**
 * reorg_totals_get_fte:
 * @self: totals
 *
 * Gets the sum of the posts' FTE.
 *
 * Returns: (transfer none): the FTE
 *
 * Since: 0.1
 */
const ReorgFte *
reorg_totals_get_fte (const ReorgTotals *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->fte;
}

/**
 * reorg_totals_get_cost:
 * @self: totals
 *
 * Gets the sum of the posts' annual cost (salary and on-costs).
 *
 * Returns: (transfer none): the annual cost
 *
 * Since: 0.1
 */
const ReorgMoney *
reorg_totals_get_cost (const ReorgTotals *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->cost;
}

/**
 * reorg_totals_get_vacant_posts:
 * @self: totals
 *
 * Gets the number of vacancies: posts that are vacant or frozen.
 *
 * Returns: the number of vacancies
 *
 * Since: 0.1
 */
guint64
reorg_totals_get_vacant_posts (const ReorgTotals *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->vacant_posts;
}

/**
 * reorg_totals_get_vacant_fte:
 * @self: totals
 *
 * Gets the FTE of the vacancies.
 *
 * Returns: (transfer none): the vacant FTE
 *
 * Since: 0.1
 */
const ReorgFte *
reorg_totals_get_vacant_fte (const ReorgTotals *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->vacant_fte;
}

/* ---- accumulating, overflow-checked ---- */

static gboolean
totals_add (ReorgTotals       *into,
            const ReorgTotals *from)
{
  return reorg_checked_add (into->fte.units, from->fte.units, &into->fte.units) &&
         reorg_checked_add (into->cost.pence, from->cost.pence, &into->cost.pence) &&
         reorg_checked_add (into->vacant_fte.units, from->vacant_fte.units, &into->vacant_fte.units) &&
         !__builtin_add_overflow (into->posts, from->posts, &into->posts) &&
         !__builtin_add_overflow (into->vacant_posts, from->vacant_posts, &into->vacant_posts);
}

static gboolean
totals_add_post (ReorgTotals *into,
                 ReorgPost   *post)
{
  ReorgTotals one = { NULL, 1, post->fte, post->annual_cost, 0, { 0 } };

  if (post->status != REORG_POST_STATUS_FILLED)
    {
      one.vacant_posts = 1;
      one.vacant_fte = post->fte;
    }
  return totals_add (into, &one);
}

/* One entry of a unit's sparse breakdown, sorted by key id. */
typedef struct
{
  guint       key;
  ReorgTotals totals;   /* key field unused */
} Entry;

/**
 * ReorgRollup:
 *
 * The totals of a [class@Reorg.Structure] per unit, over each unit's whole
 * subtree and over its own posts, computed in one pass by
 * [method@Reorg.Structure.rollup], optionally broken down by a
 * [enum@Reorg.Dimension].
 *
 * A rollup is a snapshot of the structure when it was computed.
 *
 * Since: 0.1
 */
struct _ReorgRollup
{
  GObject         parent_instance;

  ReorgDimension  dimension;
  GPtrArray      *units;        /* ReorgUnit refs, in pre-order */
  GHashTable     *slot_of;      /* ReorgUnit* -> slot + 1 */
  ReorgTotals    *subtree;      /* per slot */
  ReorgTotals    *own;          /* per slot */
  ReorgTotals     total;

  GPtrArray      *keys;         /* key id -> const char* (interned or static) */
  GArray        **breakdown;    /* per slot: GArray of Entry */
  GArray         *total_breakdown;
};

G_DEFINE_FINAL_TYPE (ReorgRollup, reorg_rollup, G_TYPE_OBJECT)

static void
reorg_rollup_finalize (GObject *object)
{
  ReorgRollup *self = REORG_ROLLUP (object);

  if (self->breakdown != NULL)
    for (guint i = 0; i < self->units->len; i++)
      g_clear_pointer (&self->breakdown[i], g_array_unref);
  g_free (self->breakdown);
  g_clear_pointer (&self->total_breakdown, g_array_unref);
  g_clear_pointer (&self->keys, g_ptr_array_unref);
  g_free (self->subtree);
  g_free (self->own);
  g_clear_pointer (&self->slot_of, g_hash_table_unref);
  g_clear_pointer (&self->units, g_ptr_array_unref);

  G_OBJECT_CLASS (reorg_rollup_parent_class)->finalize (object);
}

static void
reorg_rollup_class_init (ReorgRollupClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = reorg_rollup_finalize;
}

static void
reorg_rollup_init (ReorgRollup *self)
{
}

static gboolean
overflow_in (GError     **error,
             ReorgUnit   *unit)
{
  g_autofree char *what = unit != NULL
    ? g_strdup_printf ("the totals of unit '%s'", unit->reference)
    : g_strdup ("the totals of the structure");

  reorg_set_overflow_error (error, what);
  return FALSE;
}

static const char *
enum_nick (GType type,
           int   value)
{
  GEnumClass *klass = g_type_class_ref (type);
  const char *nick = g_enum_get_value (klass, value)->value_nick;

  /* Enum classes of static types are never finalized: the nick stays. */
  g_type_class_unref (klass);
  return nick;
}

static const char *
post_key (ReorgDimension dimension,
          ReorgPost     *post)
{
  const char *key = NULL;

  switch (dimension)
    {
    case REORG_DIMENSION_STATUS:
      return enum_nick (REORG_TYPE_POST_STATUS, post->status);
    case REORG_DIMENSION_TENURE:
      return enum_nick (REORG_TYPE_TENURE, post->tenure);
    case REORG_DIMENSION_FUNDING:
      return post->funding_key;
    case REORG_DIMENSION_GRADE:
      key = post->grade;
      break;
    case REORG_DIMENSION_JOB_FAMILY:
      key = post->job_family;
      break;
    case REORG_DIMENSION_NONE:
    default:
      g_assert_not_reached ();
    }
  return key != NULL ? key : "(none)";
}

typedef struct
{
  ReorgTotals *acc;       /* dense, one per key id */
  guint8      *touched;
  GArray      *touched_ids;
} Accumulator;

static gboolean
accumulator_add (Accumulator       *a,
                 guint              key,
                 const ReorgTotals *totals)
{
  if (!a->touched[key])
    {
      a->touched[key] = 1;
      g_array_append_val (a->touched_ids, key);
    }
  return totals_add (&a->acc[key], totals);
}

static gboolean
accumulator_add_entries (Accumulator *a,
                         GArray      *entries)
{
  for (guint i = 0; i < entries->len; i++)
    {
      Entry *e = &g_array_index (entries, Entry, i);
      if (!accumulator_add (a, e->key, &e->totals))
        return FALSE;
    }
  return TRUE;
}

static int
compare_guint (gconstpointer a,
               gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;
  return (x > y) - (x < y);
}

/* Moves what the accumulator holds into a sorted sparse array, and clears it. */
static GArray *
accumulator_take (Accumulator *a)
{
  GArray *entries = g_array_sized_new (FALSE, FALSE, sizeof (Entry), a->touched_ids->len);

  g_array_sort (a->touched_ids, compare_guint);
  for (guint i = 0; i < a->touched_ids->len; i++)
    {
      guint key = g_array_index (a->touched_ids, guint, i);
      Entry e = { key, a->acc[key] };

      g_array_append_val (entries, e);
      memset (&a->acc[key], 0, sizeof (ReorgTotals));
      a->touched[key] = 0;
    }
  g_array_set_size (a->touched_ids, 0);
  return entries;
}

static gboolean
compute_breakdown (ReorgRollup  *self,
                   GError      **error)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GArray) touched_ids = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree ReorgTotals *acc = NULL;
  g_autofree guint8 *touched = NULL;
  Accumulator a;
  guint n_units = self->units->len;

  /* Key ids: keys are interned or static strings, so pointers identify them. */
  self->keys = g_ptr_array_new ();
  for (guint s = 0; s < n_units; s++)
    {
      GPtrArray *posts = reorg_list_model_get_array (((ReorgUnit *) g_ptr_array_index (self->units, s))->posts);

      for (guint i = 0; i < posts->len; i++)
        {
          const char *key = post_key (self->dimension, g_ptr_array_index (posts, i));

          if (!g_hash_table_contains (ids, key))
            {
              g_hash_table_insert (ids, (gpointer) key, GUINT_TO_POINTER (self->keys->len));
              g_ptr_array_add (self->keys, (gpointer) key);
            }
        }
    }

  acc = g_new0 (ReorgTotals, MAX (self->keys->len, 1));
  touched = g_new0 (guint8, MAX (self->keys->len, 1));
  a = (Accumulator) { acc, touched, touched_ids };
  self->breakdown = g_new0 (GArray *, n_units);

  /* Reverse pre-order: every child is done before its parent. */
  for (guint s = n_units; s > 0; s--)
    {
      ReorgUnit *unit = g_ptr_array_index (self->units, s - 1);
      GPtrArray *posts = reorg_list_model_get_array (unit->posts);
      GPtrArray *children = reorg_list_model_get_array (unit->children);

      for (guint i = 0; i < posts->len; i++)
        {
          ReorgPost *post = g_ptr_array_index (posts, i);
          guint key = GPOINTER_TO_UINT (g_hash_table_lookup (ids, post_key (self->dimension, post)));
          ReorgTotals one = { 0 };

          if (!totals_add_post (&one, post) || !accumulator_add (&a, key, &one))
            return overflow_in (error, unit);
        }
      for (guint i = 0; i < children->len; i++)
        {
          guint slot = GPOINTER_TO_UINT (g_hash_table_lookup (self->slot_of, g_ptr_array_index (children, i))) - 1;
          if (!accumulator_add_entries (&a, self->breakdown[slot]))
            return overflow_in (error, unit);
        }
      self->breakdown[s - 1] = accumulator_take (&a);
    }

  for (guint s = 0; s < n_units; s++)
    {
      ReorgUnit *unit = g_ptr_array_index (self->units, s);
      if (unit->parent == NULL && !accumulator_add_entries (&a, self->breakdown[s]))
        return overflow_in (error, NULL);
    }
  self->total_breakdown = accumulator_take (&a);
  return TRUE;
}

ReorgRollup *
reorg_rollup_compute (ReorgStructure  *structure,
                      ReorgDimension   dimension,
                      GError         **error)
{
  g_autoptr(ReorgRollup) self = g_object_new (REORG_TYPE_ROLLUP, NULL);
  guint n_units;

  self->dimension = dimension;
  self->units = g_ptr_array_new_with_free_func (g_object_unref);
  reorg_structure_collect_preorder (structure, self->units);
  n_units = self->units->len;
  self->slot_of = g_hash_table_new (g_direct_hash, g_direct_equal);
  for (guint s = 0; s < n_units; s++)
    {
      g_object_ref (g_ptr_array_index (self->units, s));
      g_hash_table_insert (self->slot_of, g_ptr_array_index (self->units, s), GUINT_TO_POINTER (s + 1));
    }

  self->own = g_new0 (ReorgTotals, MAX (n_units, 1));
  self->subtree = g_new0 (ReorgTotals, MAX (n_units, 1));

  /* Own posts of every unit. */
  for (guint s = 0; s < n_units; s++)
    {
      ReorgUnit *unit = g_ptr_array_index (self->units, s);
      GPtrArray *posts = reorg_list_model_get_array (unit->posts);

      for (guint i = 0; i < posts->len; i++)
        if (!totals_add_post (&self->own[s], g_ptr_array_index (posts, i)))
          {
            overflow_in (error, unit);
            return NULL;
          }
      self->subtree[s] = self->own[s];
    }

  /* Reverse pre-order: a unit's subtree is complete before it is added to
   * its parent's. */
  for (guint s = n_units; s > 0; s--)
    {
      ReorgUnit *unit = g_ptr_array_index (self->units, s - 1);
      ReorgTotals *into;

      if (unit->parent != NULL)
        into = &self->subtree[GPOINTER_TO_UINT (g_hash_table_lookup (self->slot_of, unit->parent)) - 1];
      else
        into = &self->total;
      if (!totals_add (into, &self->subtree[s - 1]))
        {
          overflow_in (error, unit->parent);
          return NULL;
        }
    }

  if (dimension != REORG_DIMENSION_NONE && !compute_breakdown (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * reorg_rollup_get_dimension:
 * @self: a rollup
 *
 * Gets the dimension the rollup's breakdowns are by.
 *
 * Returns: the dimension, %REORG_DIMENSION_NONE if there are no breakdowns
 *
 * Since: 0.1
 */
ReorgDimension
reorg_rollup_get_dimension (ReorgRollup *self)
{
  g_return_val_if_fail (REORG_IS_ROLLUP (self), REORG_DIMENSION_NONE);
  return self->dimension;
}

/**
 * reorg_rollup_get_total:
 * @self: a rollup
 *
 * Gets the totals of the whole structure.
 *
 * Returns: (transfer none): the totals
 *
 * Since: 0.1
 */
const ReorgTotals *
reorg_rollup_get_total (ReorgRollup *self)
{
  g_return_val_if_fail (REORG_IS_ROLLUP (self), NULL);
  return &self->total;
}

static gboolean
find_slot (ReorgRollup *self,
           ReorgUnit   *unit,
           guint       *slot)
{
  guint stored = GPOINTER_TO_UINT (g_hash_table_lookup (self->slot_of, unit));

  if (stored == 0)
    return FALSE;
  *slot = stored - 1;
  return TRUE;
}

/**
 * reorg_rollup_get_totals:
 * @self: a rollup
 * @unit: a unit
 *
 * Gets the totals of @unit over its whole subtree: its own posts and those
 * of every unit below it.
 *
 * Returns: (transfer none) (nullable): the totals, or %NULL if @unit was not
 *   in the structure when the rollup was computed
 *
 * Since: 0.1
 */
const ReorgTotals *
reorg_rollup_get_totals (ReorgRollup *self,
                         ReorgUnit   *unit)
{
  guint slot;

  g_return_val_if_fail (REORG_IS_ROLLUP (self), NULL);
  g_return_val_if_fail (REORG_IS_UNIT (unit), NULL);

  return find_slot (self, unit, &slot) ? &self->subtree[slot] : NULL;
}

/**
 * reorg_rollup_get_own_totals:
 * @self: a rollup
 * @unit: a unit
 *
 * Gets the totals of the posts directly in @unit, not in its child units.
 *
 * Returns: (transfer none) (nullable): the totals, or %NULL if @unit was not
 *   in the structure when the rollup was computed
 *
 * Since: 0.1
 */
const ReorgTotals *
reorg_rollup_get_own_totals (ReorgRollup *self,
                             ReorgUnit   *unit)
{
  guint slot;

  g_return_val_if_fail (REORG_IS_ROLLUP (self), NULL);
  g_return_val_if_fail (REORG_IS_UNIT (unit), NULL);

  return find_slot (self, unit, &slot) ? &self->own[slot] : NULL;
}

static int
compare_totals_by_key (gconstpointer a,
                       gconstpointer b)
{
  const ReorgTotals *x = *(ReorgTotals * const *) a;
  const ReorgTotals *y = *(ReorgTotals * const *) b;

  return g_strcmp0 (x->key, y->key);
}

/**
 * reorg_rollup_get_breakdown:
 * @self: a rollup
 * @unit: (nullable): a unit, or %NULL for the whole structure
 *
 * Gets the totals of @unit's subtree broken down by the rollup's
 * dimension: one [struct@Reorg.Totals] per key that occurs, sorted by key
 * (for status and tenure, in the order of the enumeration).
 *
 * Returns: (transfer container) (element-type ReorgTotals): the breakdown,
 *   an array that frees its elements; empty
 *   if the rollup has no dimension or @unit was not in the structure
 *
 * Since: 0.1
 */
GPtrArray *
reorg_rollup_get_breakdown (ReorgRollup *self,
                            ReorgUnit   *unit)
{
  GPtrArray *result;
  GArray *entries;
  guint slot;

  g_return_val_if_fail (REORG_IS_ROLLUP (self), NULL);
  g_return_val_if_fail (unit == NULL || REORG_IS_UNIT (unit), NULL);

  result = g_ptr_array_new_with_free_func ((GDestroyNotify) reorg_totals_free);
  if (self->dimension == REORG_DIMENSION_NONE)
    return result;
  if (unit == NULL)
    entries = self->total_breakdown;
  else if (find_slot (self, unit, &slot))
    entries = self->breakdown[slot];
  else
    return result;

  for (guint i = 0; i < entries->len; i++)
    {
      Entry *e = &g_array_index (entries, Entry, i);
      ReorgTotals *t = reorg_totals_copy (&e->totals);

      t->key = g_strdup (g_ptr_array_index (self->keys, e->key));
      g_ptr_array_add (result, t);
    }

  if (self->dimension == REORG_DIMENSION_STATUS || self->dimension == REORG_DIMENSION_TENURE)
    {
      /* Enumeration order: sort by the enum value of the nick. */
      GType type = self->dimension == REORG_DIMENSION_STATUS ? REORG_TYPE_POST_STATUS : REORG_TYPE_TENURE;
      GEnumClass *klass = g_type_class_ref (type);
      GPtrArray *ordered = g_ptr_array_new_with_free_func ((GDestroyNotify) reorg_totals_free);

      for (guint v = 0; v < klass->n_values; v++)
        for (guint i = 0; i < result->len; i++)
          {
            ReorgTotals *t = g_ptr_array_index (result, i);
            if (t != NULL && g_strcmp0 (t->key, klass->values[v].value_nick) == 0)
              g_ptr_array_add (ordered, g_steal_pointer (&result->pdata[i]));
          }
      g_type_class_unref (klass);
      g_ptr_array_unref (result);
      return ordered;
    }

  g_ptr_array_sort (result, compare_totals_by_key);
  return result;
}
