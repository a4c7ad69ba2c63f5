/* reorg-structure.c: an establishment at a date
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "reorg-private.h"

/**
 * ReorgStructure:
 *
 * An establishment at a date: a tree of [class@Reorg.Unit]s of any depth
 * and the [class@Reorg.Post]s in them, with the reports-to lines between
 * posts.
 *
 * The structure owns its units and posts and is the only way to place,
 * move and remove them, so that the tree stays valid: references are
 * unique, the unit tree and the reports-to graph have no cycle, and every
 * post sits in a unit of the same structure. Each of these operations
 * checks its input first and either succeeds whole or fails with a
 * #GError (%REORG_ERROR) that names the unit or post, changing nothing.
 *
 * Units and posts are found by reference in constant time
 * ([method@Reorg.Structure.lookup_post]). The top-level units, all units
 * and all posts are exposed as live [iface@Gio.ListModel]s. Totals per unit
 * over its subtree come from [method@Reorg.Structure.rollup] in one pass
 * over the whole structure. No operation recurses, so a tree of any depth
 * is safe.
 *
 * Since: 0.1
 */

struct _ReorgStructure
{
  GObject         parent_instance;

  GDate           date;          /* invalid (cleared) when unset */

  GHashTable     *units_by_ref;  /* borrowed reference -> ReorgUnit* */
  GHashTable     *posts_by_ref;  /* borrowed reference -> ReorgPost* */
  ReorgListModel *roots;         /* top-level units, ordered */
  ReorgListModel *units;         /* every unit, swap-removed */
  ReorgListModel *posts;         /* every post, swap-removed */
};

enum {
  PROP_0,
  PROP_DATE,
  PROP_N_UNITS,
  PROP_N_POSTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (ReorgStructure, reorg_structure, G_TYPE_OBJECT)

static GPtrArray *
units_array (ReorgStructure *self)
{
  return reorg_list_model_get_array (self->units);
}

static GPtrArray *
posts_array (ReorgStructure *self)
{
  return reorg_list_model_get_array (self->posts);
}

static void
reorg_structure_dispose (GObject *object)
{
  ReorgStructure *self = REORG_STRUCTURE (object);

  /* Units and posts may outlive the structure if someone holds them:
   * detach them so they never point at a dead structure. */
  if (self->posts != NULL)
    {
      GPtrArray *posts = posts_array (self);

      for (guint i = 0; i < posts->len; i++)
        {
          ReorgPost *post = g_ptr_array_index (posts, i);

          post->structure = NULL;
          post->unit = NULL;
          post->reports_to = NULL;
          post->n_reports = 0;
        }
    }
  if (self->units != NULL)
    {
      GPtrArray *units = units_array (self);

      for (guint i = 0; i < units->len; i++)
        {
          ReorgUnit *unit = g_ptr_array_index (units, i);

          unit->structure = NULL;
          unit->parent = NULL;
          g_ptr_array_set_size (reorg_list_model_get_array (unit->children), 0);
          g_ptr_array_set_size (reorg_list_model_get_array (unit->posts), 0);
        }
    }

  g_clear_pointer (&self->units_by_ref, g_hash_table_unref);
  g_clear_pointer (&self->posts_by_ref, g_hash_table_unref);
  g_clear_object (&self->roots);
  g_clear_object (&self->posts);
  g_clear_object (&self->units);

  G_OBJECT_CLASS (reorg_structure_parent_class)->dispose (object);
}

static void
reorg_structure_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  ReorgStructure *self = REORG_STRUCTURE (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_boxed (value, reorg_structure_get_date (self));
      break;
    case PROP_N_UNITS:
      g_value_set_uint (value, reorg_structure_get_n_units (self));
      break;
    case PROP_N_POSTS:
      g_value_set_uint (value, reorg_structure_get_n_posts (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
reorg_structure_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  ReorgStructure *self = REORG_STRUCTURE (object);

  switch (prop_id)
    {
    case PROP_DATE:
      reorg_structure_set_date (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
reorg_structure_class_init (ReorgStructureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = reorg_structure_dispose;
  object_class->get_property = reorg_structure_get_property;
  object_class->set_property = reorg_structure_set_property;

  /**
   * ReorgStructure:date:
   *
   * The date at which this is the establishment, or %NULL if unset.
   *
   * Since: 0.1
   */
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ReorgStructure:n-units:
   *
   * The number of units in the structure.
   *
   * Since: 0.1
   */
  properties[PROP_N_UNITS] =
    g_param_spec_uint ("n-units", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ReorgStructure:n-posts:
   *
   * The number of posts in the structure.
   *
   * Since: 0.1
   */
  properties[PROP_N_POSTS] =
    g_param_spec_uint ("n-posts", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
reorg_structure_init (ReorgStructure *self)
{
  g_date_clear (&self->date, 1);
  self->units_by_ref = g_hash_table_new (g_str_hash, g_str_equal);
  self->posts_by_ref = g_hash_table_new (g_str_hash, g_str_equal);
  self->roots = reorg_list_model_new (REORG_TYPE_UNIT);
  self->units = reorg_list_model_new (REORG_TYPE_UNIT);
  self->posts = reorg_list_model_new (REORG_TYPE_POST);
}

/**
 * reorg_structure_new:
 *
 * Creates an empty structure with no date.
 *
 * Returns: (transfer full): a new structure
 *
 * Since: 0.1
 */
ReorgStructure *
reorg_structure_new (void)
{
  return g_object_new (REORG_TYPE_STRUCTURE, NULL);
}

/**
 * reorg_structure_get_date:
 * @self: a structure
 *
 * Gets the date at which this is the establishment.
 *
 * Returns: (transfer none) (nullable): the date, or %NULL if unset
 *
 * Since: 0.1
 */
const GDate *
reorg_structure_get_date (ReorgStructure *self)
{
  g_return_val_if_fail (REORG_IS_STRUCTURE (self), NULL);
  return reorg_optional_date_get (&self->date);
}

/**
 * reorg_structure_set_date:
 * @self: a structure
 * @date: (nullable): the date, or %NULL to unset it
 *
 * Sets the date at which this is the establishment. An invalid #GDate
 * unsets the date.
 *
 * Since: 0.1
 */
void
reorg_structure_set_date (ReorgStructure *self,
                          const GDate    *date)
{
  g_return_if_fail (REORG_IS_STRUCTURE (self));

  if (reorg_optional_date_set (&self->date, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

/**
 * reorg_structure_get_n_units:
 * @self: a structure
 *
 * Gets the number of units in the structure.
 *
 * Returns: the number of units
 *
 * Since: 0.1
 */
guint
reorg_structure_get_n_units (ReorgStructure *self)
{
  g_return_val_if_fail (REORG_IS_STRUCTURE (self), 0);
  return units_array (self)->len;
}

/**
 * reorg_structure_get_n_posts:
 * @self: a structure
 *
 * Gets the number of posts in the structure.
 *
 * Returns: the number of posts
 *
 * Since: 0.1
 */
guint
reorg_structure_get_n_posts (ReorgStructure *self)
{
  g_return_val_if_fail (REORG_IS_STRUCTURE (self), 0);
  return posts_array (self)->len;
}

/**
 * reorg_structure_get_roots:
 * @self: a structure
 *
 * Gets the top-level units, in order, as a live list model. A structure
 * may have several (a forest).
 *
 * Returns: (transfer full): a [iface@Gio.ListModel] of [class@Reorg.Unit]
 *
 * Since: 0.1
 */
GListModel *
reorg_structure_get_roots (ReorgStructure *self)
{
  g_return_val_if_fail (REORG_IS_STRUCTURE (self), NULL);
  return g_object_ref (G_LIST_MODEL (self->roots));
}

/**
 * reorg_structure_get_units:
 * @self: a structure
 *
 * Gets every unit of the structure as a live list model. Removing a unit
 * moves the last unit into its place, so the order is not kept across
 * removals; walk the tree from [method@Reorg.Structure.get_roots] for an
 * ordered view.
 *
 * Returns: (transfer full): a [iface@Gio.ListModel] of [class@Reorg.Unit]
 *
 * Since: 0.1
 */
GListModel *
reorg_structure_get_units (ReorgStructure *self)
{
  g_return_val_if_fail (REORG_IS_STRUCTURE (self), NULL);
  return g_object_ref (G_LIST_MODEL (self->units));
}

/**
 * reorg_structure_get_posts:
 * @self: a structure
 *
 * Gets every post of the structure as a live list model. Removing a post
 * moves the last post into its place, so the order is not kept across
 * removals.
 *
 * Returns: (transfer full): a [iface@Gio.ListModel] of [class@Reorg.Post]
 *
 * Since: 0.1
 */
GListModel *
reorg_structure_get_posts (ReorgStructure *self)
{
  g_return_val_if_fail (REORG_IS_STRUCTURE (self), NULL);
  return g_object_ref (G_LIST_MODEL (self->posts));
}

/**
 * reorg_structure_lookup_unit:
 * @self: a structure
 * @reference: a unit reference
 *
 * Finds a unit by its reference, in constant time.
 *
 * Returns: (transfer none) (nullable): the unit, or %NULL if there is none
 *
 * Since: 0.1
 */
ReorgUnit *
reorg_structure_lookup_unit (ReorgStructure *self,
                             const char     *reference)
{
  g_return_val_if_fail (REORG_IS_STRUCTURE (self), NULL);
  g_return_val_if_fail (reference != NULL, NULL);
  return g_hash_table_lookup (self->units_by_ref, reference);
}

/**
 * reorg_structure_lookup_post:
 * @self: a structure
 * @reference: a post reference
 *
 * Finds a post by its reference, in constant time. References are text:
 * `00009000` and `9000` are different posts.
 *
 * Returns: (transfer none) (nullable): the post, or %NULL if there is none
 *
 * Since: 0.1
 */
ReorgPost *
reorg_structure_lookup_post (ReorgStructure *self,
                             const char     *reference)
{
  g_return_val_if_fail (REORG_IS_STRUCTURE (self), NULL);
  g_return_val_if_fail (reference != NULL, NULL);
  return g_hash_table_lookup (self->posts_by_ref, reference);
}

/* ---- validation helpers: each sets an error naming the place ---- */

static gboolean
check_reference (const char  *what,
                 const char  *reference,
                 GError     **error)
{
  if (reference != NULL && reference[0] != '\0')
    return TRUE;
  g_set_error (error, REORG_ERROR, REORG_ERROR_INVALID,
               "a %s needs a non-empty reference", what);
  return FALSE;
}

static gboolean
check_unit_member (ReorgStructure  *self,
                   ReorgUnit       *unit,
                   const char      *role,
                   GError         **error)
{
  if (unit->structure == self)
    return TRUE;
  g_set_error (error, REORG_ERROR, REORG_ERROR_NOT_FOUND,
               "%s unit '%s' is not in this structure", role, unit->reference);
  return FALSE;
}

static gboolean
check_post_member (ReorgStructure  *self,
                   ReorgPost       *post,
                   const char      *role,
                   GError         **error)
{
  if (post->structure == self)
    return TRUE;
  g_set_error (error, REORG_ERROR, REORG_ERROR_NOT_FOUND,
               "%s post '%s' is not in this structure", role, post->reference);
  return FALSE;
}

static ReorgListModel *
siblings_of (ReorgStructure *self,
             ReorgUnit      *parent)
{
  return parent != NULL ? parent->children : self->roots;
}

static void
attach_unit_to_parent (ReorgStructure *self,
                       ReorgUnit      *unit,
                       ReorgUnit      *parent)
{
  unit->parent = parent;
  unit->child_index = reorg_list_model_append (siblings_of (self, parent), unit);
}

static void
detach_unit_from_parent (ReorgStructure *self,
                         ReorgUnit      *unit)
{
  ReorgListModel *siblings = siblings_of (self, unit->parent);
  GPtrArray *array = reorg_list_model_get_array (siblings);
  guint index = unit->child_index;

  /* The unit stays alive: the structure's units model holds it. */
  reorg_list_model_remove_index (siblings, index);
  for (guint i = index; i < array->len; i++)
    ((ReorgUnit *) g_ptr_array_index (array, i))->child_index = i;
  unit->parent = NULL;
}

/**
 * reorg_structure_add_unit:
 * @self: a structure
 * @unit: a unit that belongs to no structure
 * @parent: (nullable): the parent unit in this structure, or %NULL for a top-level unit
 * @error: return location for a #GError
 *
 * Adds @unit to the structure as the last child of @parent. Fails, changing
 * nothing, if the unit's reference is empty (%REORG_ERROR_INVALID) or taken
 * (%REORG_ERROR_DUPLICATE), if the unit already belongs to a structure
 * (%REORG_ERROR_INVALID), or if @parent is not in this structure
 * (%REORG_ERROR_NOT_FOUND).
 *
 * Returns: %TRUE on success
 *
 * Since: 0.1
 */
gboolean
reorg_structure_add_unit (ReorgStructure  *self,
                          ReorgUnit       *unit,
                          ReorgUnit       *parent,
                          GError         **error)
{
  g_return_val_if_fail (REORG_IS_STRUCTURE (self), FALSE);
  g_return_val_if_fail (REORG_IS_UNIT (unit), FALSE);
  g_return_val_if_fail (parent == NULL || REORG_IS_UNIT (parent), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_reference ("unit", unit->reference, error))
    return FALSE;
  if (unit->structure != NULL)
    {
      g_set_error (error, REORG_ERROR, REORG_ERROR_INVALID,
                   "unit '%s' already belongs to a structure", unit->reference);
      return FALSE;
    }
  if (parent != NULL && !check_unit_member (self, parent, "parent", error))
    return FALSE;
  if (g_hash_table_contains (self->units_by_ref, unit->reference))
    {
      g_set_error (error, REORG_ERROR, REORG_ERROR_DUPLICATE,
                   "unit reference '%s' is already used in this structure", unit->reference);
      return FALSE;
    }

  unit->structure = self;
  unit->structure_index = reorg_list_model_append (self->units, unit);
  g_hash_table_insert (self->units_by_ref, unit->reference, unit);
  attach_unit_to_parent (self, unit, parent);

  if (parent != NULL)
    reorg_unit_notify_parent (unit);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_UNITS]);
  return TRUE;
}

/**
 * reorg_structure_remove_unit:
 * @self: a structure
 * @unit: a unit of this structure
 * @error: return location for a #GError
 *
 * Removes an empty unit from the structure. A unit that still holds child
 * units or posts is a %REORG_ERROR_NOT_EMPTY error; move or remove them
 * first. On failure nothing changes.
 *
 * Returns: %TRUE on success
 *
 * Since: 0.1
 */
gboolean
reorg_structure_remove_unit (ReorgStructure  *self,
                             ReorgUnit       *unit,
                             GError         **error)
{
  guint n_children, n_posts;
  gboolean had_parent;
  ReorgUnit *moved;

  g_return_val_if_fail (REORG_IS_STRUCTURE (self), FALSE);
  g_return_val_if_fail (REORG_IS_UNIT (unit), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_unit_member (self, unit, "the", error))
    return FALSE;
  n_children = reorg_unit_get_n_children (unit);
  n_posts = reorg_unit_get_n_posts (unit);
  if (n_children > 0 || n_posts > 0)
    {
      g_set_error (error, REORG_ERROR, REORG_ERROR_NOT_EMPTY,
                   "unit '%s' still holds %u units and %u posts; move or remove them first",
                   unit->reference, n_children, n_posts);
      return FALSE;
    }

  g_object_ref (unit);
  had_parent = unit->parent != NULL;
  detach_unit_from_parent (self, unit);
  g_hash_table_remove (self->units_by_ref, unit->reference);
  moved = reorg_list_model_remove_swap (self->units, unit->structure_index);
  if (moved != NULL)
    moved->structure_index = unit->structure_index;
  unit->structure = NULL;

  if (had_parent)
    reorg_unit_notify_parent (unit);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_UNITS]);
  g_object_unref (unit);
  return TRUE;
}

/**
 * reorg_structure_move_unit:
 * @self: a structure
 * @unit: a unit of this structure
 * @parent: (nullable): the new parent in this structure, or %NULL to make
 *   @unit a top-level unit
 * @error: return location for a #GError
 *
 * Moves @unit, with its whole subtree, to be the last child of @parent.
 * Moving a unit under itself or one of its descendants is a
 * %REORG_ERROR_CYCLE error; on failure nothing changes. The check walks up
 * from @parent, in O(depth) without recursion.
 *
 * Returns: %TRUE on success
 *
 * Since: 0.1
 */
gboolean
reorg_structure_move_unit (ReorgStructure  *self,
                           ReorgUnit       *unit,
                           ReorgUnit       *parent,
                           GError         **error)
{
  g_return_val_if_fail (REORG_IS_STRUCTURE (self), FALSE);
  g_return_val_if_fail (REORG_IS_UNIT (unit), FALSE);
  g_return_val_if_fail (parent == NULL || REORG_IS_UNIT (parent), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_unit_member (self, unit, "the", error))
    return FALSE;
  if (parent != NULL && !check_unit_member (self, parent, "parent", error))
    return FALSE;
  if (unit->parent == parent)
    return TRUE;
  for (ReorgUnit *u = parent; u != NULL; u = u->parent)
    {
      if (u == unit)
        {
          g_set_error (error, REORG_ERROR, REORG_ERROR_CYCLE,
                       "moving unit '%s' under '%s' would make a cycle in the unit tree",
                       unit->reference, parent->reference);
          return FALSE;
        }
    }

  detach_unit_from_parent (self, unit);
  attach_unit_to_parent (self, unit, parent);
  reorg_unit_notify_parent (unit);
  return TRUE;
}

/**
 * reorg_structure_add_post:
 * @self: a structure
 * @post: a post that belongs to no structure
 * @unit: the unit of this structure the post sits in
 * @error: return location for a #GError
 *
 * Adds @post to the structure in @unit. Fails, changing nothing, if the
 * post's reference is empty (%REORG_ERROR_INVALID) or taken
 * (%REORG_ERROR_DUPLICATE), if the post already belongs to a structure
 * (%REORG_ERROR_INVALID), or if @unit is not in this structure
 * (%REORG_ERROR_NOT_FOUND). The post reports to no one until
 * [method@Reorg.Structure.set_reports_to] says otherwise.
 *
 * Returns: %TRUE on success
 *
 * Since: 0.1
 */
gboolean
reorg_structure_add_post (ReorgStructure  *self,
                          ReorgPost       *post,
                          ReorgUnit       *unit,
                          GError         **error)
{
  g_return_val_if_fail (REORG_IS_STRUCTURE (self), FALSE);
  g_return_val_if_fail (REORG_IS_POST (post), FALSE);
  g_return_val_if_fail (REORG_IS_UNIT (unit), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_reference ("post", post->reference, error))
    return FALSE;
  if (post->structure != NULL)
    {
      g_set_error (error, REORG_ERROR, REORG_ERROR_INVALID,
                   "post '%s' already belongs to a structure", post->reference);
      return FALSE;
    }
  if (!check_unit_member (self, unit, "the", error))
    return FALSE;
  if (g_hash_table_contains (self->posts_by_ref, post->reference))
    {
      g_set_error (error, REORG_ERROR, REORG_ERROR_DUPLICATE,
                   "post reference '%s' is already used in this structure", post->reference);
      return FALSE;
    }

  post->structure = self;
  post->unit = unit;
  post->structure_index = reorg_list_model_append (self->posts, post);
  post->unit_index = reorg_list_model_append (unit->posts, post);
  g_hash_table_insert (self->posts_by_ref, post->reference, post);

  reorg_post_notify_placement (post);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_POSTS]);
  return TRUE;
}

static void
detach_post_from_unit (ReorgPost *post)
{
  ReorgPost *moved = reorg_list_model_remove_swap (post->unit->posts, post->unit_index);

  if (moved != NULL)
    moved->unit_index = post->unit_index;
  post->unit = NULL;
}

static void
attach_post_to_unit (ReorgPost *post,
                     ReorgUnit *unit)
{
  post->unit = unit;
  post->unit_index = reorg_list_model_append (unit->posts, post);
}

/**
 * reorg_structure_remove_post:
 * @self: a structure
 * @post: a post of this structure
 * @error: return location for a #GError
 *
 * Removes @post from the structure (disestablishes it). A post that still
 * has direct reports is a %REORG_ERROR_NOT_EMPTY error: give them another
 * manager first. On failure nothing changes.
 *
 * Returns: %TRUE on success
 *
 * Since: 0.1
 */
gboolean
reorg_structure_remove_post (ReorgStructure  *self,
                             ReorgPost       *post,
                             GError         **error)
{
  ReorgPost *moved;

  g_return_val_if_fail (REORG_IS_STRUCTURE (self), FALSE);
  g_return_val_if_fail (REORG_IS_POST (post), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_post_member (self, post, "the", error))
    return FALSE;
  if (post->n_reports > 0)
    {
      g_set_error (error, REORG_ERROR, REORG_ERROR_NOT_EMPTY,
                   "post '%s' still has %u direct reports; give them another manager first",
                   post->reference, post->n_reports);
      return FALSE;
    }

  g_object_ref (post);
  if (post->reports_to != NULL)
    {
      post->reports_to->n_reports--;
      post->reports_to = NULL;
    }
  detach_post_from_unit (post);
  g_hash_table_remove (self->posts_by_ref, post->reference);
  moved = reorg_list_model_remove_swap (self->posts, post->structure_index);
  if (moved != NULL)
    moved->structure_index = post->structure_index;
  post->structure = NULL;

  reorg_post_notify_placement (post);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_POSTS]);
  g_object_unref (post);
  return TRUE;
}

/**
 * reorg_structure_move_post:
 * @self: a structure
 * @post: a post of this structure
 * @unit: the unit of this structure to move it to
 * @error: return location for a #GError
 *
 * Moves @post to @unit. Its reports-to line is kept: line management may
 * cross the unit tree. On failure nothing changes.
 *
 * Returns: %TRUE on success
 *
 * Since: 0.1
 */
gboolean
reorg_structure_move_post (ReorgStructure  *self,
                           ReorgPost       *post,
                           ReorgUnit       *unit,
                           GError         **error)
{
  g_return_val_if_fail (REORG_IS_STRUCTURE (self), FALSE);
  g_return_val_if_fail (REORG_IS_POST (post), FALSE);
  g_return_val_if_fail (REORG_IS_UNIT (unit), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_post_member (self, post, "the", error) ||
      !check_unit_member (self, unit, "the target", error))
    return FALSE;
  if (post->unit == unit)
    return TRUE;

  g_object_ref (post);
  detach_post_from_unit (post);
  attach_post_to_unit (post, unit);
  reorg_post_notify_placement (post);
  g_object_unref (post);
  return TRUE;
}

/**
 * reorg_structure_set_reports_to:
 * @self: a structure
 * @post: a post of this structure
 * @manager: (nullable): the post of this structure that @post reports to,
 *   or %NULL for a top post
 * @error: return location for a #GError
 *
 * Sets the post @post reports to. A post reporting to itself, or a line
 * that would close a loop in the reports-to graph, is a
 * %REORG_ERROR_CYCLE error; on failure nothing changes. The check walks up
 * from @manager, without recursion, and only when @post has reports of its
 * own (otherwise no loop is possible).
 *
 * Returns: %TRUE on success
 *
 * Since: 0.1
 */
gboolean
reorg_structure_set_reports_to (ReorgStructure  *self,
                                ReorgPost       *post,
                                ReorgPost       *manager,
                                GError         **error)
{
  g_return_val_if_fail (REORG_IS_STRUCTURE (self), FALSE);
  g_return_val_if_fail (REORG_IS_POST (post), FALSE);
  g_return_val_if_fail (manager == NULL || REORG_IS_POST (manager), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_post_member (self, post, "the", error))
    return FALSE;
  if (manager != NULL && !check_post_member (self, manager, "manager", error))
    return FALSE;
  if (post->reports_to == manager)
    return TRUE;
  if (manager == post)
    {
      g_set_error (error, REORG_ERROR, REORG_ERROR_CYCLE,
                   "post '%s' cannot report to itself", post->reference);
      return FALSE;
    }
  if (post->n_reports > 0)
    {
      for (ReorgPost *p = manager; p != NULL; p = p->reports_to)
        {
          if (p == post)
            {
              g_set_error (error, REORG_ERROR, REORG_ERROR_CYCLE,
                           "post '%s' reporting to '%s' would make a reporting loop",
                           post->reference, manager->reference);
              return FALSE;
            }
        }
    }

  if (post->reports_to != NULL)
    post->reports_to->n_reports--;
  post->reports_to = manager;
  if (manager != NULL)
    manager->n_reports++;
  reorg_post_notify_placement (post);
  return TRUE;
}

/**
 * reorg_structure_rollup:
 * @self: a structure
 * @dimension: how to break down the totals, or %REORG_DIMENSION_NONE
 * @error: return location for a #GError
 *
 * Computes, in one pass over the whole structure, the totals of every unit
 * over its subtree (FTE, posts, annual cost, vacancies) and of the units'
 * own posts, and, unless @dimension is %REORG_DIMENSION_NONE, the same
 * totals broken down by status, tenure, funding, grade or job family.
 *
 * The work is linear in the number of posts and units (times the number of
 * distinct breakdown keys in a subtree, for a breakdown). The result is a
 * snapshot: later changes to the structure do not change it.
 *
 * A sum that does not fit the exact representation is a
 * %REORG_ERROR_OVERFLOW error naming the unit.
 *
 * Returns: (transfer full): the rollup, or %NULL on error
 *
 * Since: 0.1
 */
ReorgRollup *
reorg_structure_rollup (ReorgStructure  *self,
                        ReorgDimension   dimension,
                        GError         **error)
{
  g_return_val_if_fail (REORG_IS_STRUCTURE (self), NULL);
  g_return_val_if_fail (dimension <= REORG_DIMENSION_JOB_FAMILY, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return reorg_rollup_compute (self, dimension, error);
}

void
reorg_structure_collect_preorder (ReorgStructure *self,
                                  GPtrArray      *out)
{
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();
  GPtrArray *roots = reorg_list_model_get_array (self->roots);

  for (guint i = roots->len; i > 0; i--)
    g_ptr_array_add (stack, g_ptr_array_index (roots, i - 1));

  while (stack->len > 0)
    {
      ReorgUnit *unit = g_ptr_array_steal_index (stack, stack->len - 1);
      GPtrArray *children = reorg_list_model_get_array (unit->children);

      g_ptr_array_add (out, unit);
      for (guint i = children->len; i > 0; i--)
        g_ptr_array_add (stack, g_ptr_array_index (children, i - 1));
    }
}

/**
 * reorg_structure_copy:
 * @self: a structure
 *
 * Makes a deep copy of the structure: new units and posts with the same
 * references, fields, tree, order of child units and reports-to lines.
 *
 * Returns: (transfer full): the copy
 *
 * Since: 0.1
 */
ReorgStructure *
reorg_structure_copy (ReorgStructure *self)
{
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  ReorgStructure *copy;
  GPtrArray *posts;

  g_return_val_if_fail (REORG_IS_STRUCTURE (self), NULL);

  copy = reorg_structure_new ();
  copy->date = self->date;
  reorg_structure_collect_preorder (self, order);

  /* The source is valid, so the copy is built without re-checking it. */
  for (guint i = 0; i < order->len; i++)
    {
      ReorgUnit *unit = g_ptr_array_index (order, i);
      g_autoptr(ReorgUnit) twin = reorg_unit_new (unit->reference, unit->name, unit->kind);
      ReorgUnit *parent = NULL;

      reorg_unit_set_place (twin, unit->place_kind, unit->place);
      if (unit->parent != NULL)
        parent = g_hash_table_lookup (copy->units_by_ref, unit->parent->reference);
      twin->structure = copy;
      twin->structure_index = reorg_list_model_append (copy->units, twin);
      g_hash_table_insert (copy->units_by_ref, twin->reference, twin);
      attach_unit_to_parent (copy, twin, parent);

      posts = reorg_list_model_get_array (unit->posts);
      for (guint j = 0; j < posts->len; j++)
        {
          ReorgPost *post = g_ptr_array_index (posts, j);
          g_autoptr(ReorgPost) post_twin = reorg_post_new (post->reference);

          reorg_post_copy_fields (post_twin, post);
          post_twin->structure = copy;
          post_twin->structure_index = reorg_list_model_append (copy->posts, post_twin);
          g_hash_table_insert (copy->posts_by_ref, post_twin->reference, post_twin);
          attach_post_to_unit (post_twin, twin);
        }
    }

  posts = posts_array (self);
  for (guint i = 0; i < posts->len; i++)
    {
      ReorgPost *post = g_ptr_array_index (posts, i);
      ReorgPost *twin, *manager;

      if (post->reports_to == NULL)
        continue;
      twin = g_hash_table_lookup (copy->posts_by_ref, post->reference);
      manager = g_hash_table_lookup (copy->posts_by_ref, post->reports_to->reference);
      twin->reports_to = manager;
      manager->n_reports++;
    }

  return copy;
}

static const char *
reference_or_null (ReorgUnit *unit)
{
  return unit != NULL ? unit->reference : NULL;
}

/**
 * reorg_structure_equal:
 * @a: a structure
 * @b: another structure
 *
 * Compares two structures: the same date, the same units with the same
 * fields in the same tree (child units in the same order), and the same
 * posts (by reference) with the same fields, units and reports-to lines.
 * The order of posts within a unit does not matter.
 *
 * Returns: %TRUE if the structures are equal
 *
 * Since: 0.1
 */
gboolean
reorg_structure_equal (ReorgStructure *a,
                       ReorgStructure *b)
{
  g_autoptr(GPtrArray) order_a = g_ptr_array_new ();
  g_autoptr(GPtrArray) order_b = g_ptr_array_new ();
  GPtrArray *posts;

  g_return_val_if_fail (REORG_IS_STRUCTURE (a), FALSE);
  g_return_val_if_fail (REORG_IS_STRUCTURE (b), FALSE);

  if (a == b)
    return TRUE;
  if (!reorg_optional_date_equal (&a->date, &b->date))
    return FALSE;
  if (units_array (a)->len != units_array (b)->len ||
      posts_array (a)->len != posts_array (b)->len)
    return FALSE;

  reorg_structure_collect_preorder (a, order_a);
  reorg_structure_collect_preorder (b, order_b);
  for (guint i = 0; i < order_a->len; i++)
    {
      ReorgUnit *ua = g_ptr_array_index (order_a, i);
      ReorgUnit *ub = g_ptr_array_index (order_b, i);

      if (g_strcmp0 (ua->reference, ub->reference) != 0 ||
          g_strcmp0 (ua->name, ub->name) != 0 ||
          ua->kind != ub->kind ||
          ua->place_kind != ub->place_kind ||
          g_strcmp0 (ua->place, ub->place) != 0 ||
          g_strcmp0 (reference_or_null (ua->parent), reference_or_null (ub->parent)) != 0 ||
          reorg_unit_get_n_children (ua) != reorg_unit_get_n_children (ub) ||
          reorg_unit_get_n_posts (ua) != reorg_unit_get_n_posts (ub))
        return FALSE;
    }

  posts = posts_array (a);
  for (guint i = 0; i < posts->len; i++)
    {
      ReorgPost *pa = g_ptr_array_index (posts, i);
      ReorgPost *pb = g_hash_table_lookup (b->posts_by_ref, pa->reference);

      if (pb == NULL ||
          !reorg_post_fields_equal (pa, pb) ||
          g_strcmp0 (pa->unit->reference, pb->unit->reference) != 0 ||
          g_strcmp0 (pa->reports_to ? pa->reports_to->reference : NULL,
                     pb->reports_to ? pb->reports_to->reference : NULL) != 0)
        return FALSE;
    }
  return TRUE;
}
