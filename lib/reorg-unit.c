/* reorg-unit.c: a node of the organisational tree
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "reorg-private.h"

/**
 * ReorgUnit:
 *
 * A node of the organisational tree: a council, directorate, division,
 * service or team.
 *
 * A unit has a reference that is unique within its [class@Reorg.Structure],
 * a name, a [enum@Reorg.UnitKind] and, as a second dimension beside the
 * tree, the place it belongs to (an area, district, locality or site).
 *
 * Units are placed in the tree, moved and removed through the structure
 * ([method@Reorg.Structure.add_unit], [method@Reorg.Structure.move_unit],
 * [method@Reorg.Structure.remove_unit]), which keeps the tree valid.
 * Their child units and posts are live [iface@Gio.ListModel]s that a GTK
 * list view can bind to.
 *
 * Since: 0.1
 */

enum {
  PROP_0,
  PROP_REFERENCE,
  PROP_NAME,
  PROP_KIND,
  PROP_PLACE,
  PROP_PLACE_KIND,
  PROP_PARENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (ReorgUnit, reorg_unit, G_TYPE_OBJECT)

static void
reorg_unit_finalize (GObject *object)
{
  ReorgUnit *self = REORG_UNIT (object);

  g_free (self->reference);
  g_free (self->name);
  g_free (self->place);
  g_clear_object (&self->children);
  g_clear_object (&self->posts);

  G_OBJECT_CLASS (reorg_unit_parent_class)->finalize (object);
}

static void
reorg_unit_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  ReorgUnit *self = REORG_UNIT (object);

  switch (prop_id)
    {
    case PROP_REFERENCE:
      g_value_set_string (value, self->reference);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_PLACE:
      g_value_set_string (value, self->place);
      break;
    case PROP_PLACE_KIND:
      g_value_set_enum (value, self->place_kind);
      break;
    case PROP_PARENT:
      g_value_set_object (value, self->parent);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
reorg_unit_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  ReorgUnit *self = REORG_UNIT (object);

  switch (prop_id)
    {
    case PROP_REFERENCE:
      g_assert (self->reference == NULL);
      self->reference = g_value_dup_string (value);
      break;
    case PROP_NAME:
      reorg_unit_set_name (self, g_value_get_string (value));
      break;
    case PROP_KIND:
      reorg_unit_set_kind (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
reorg_unit_class_init (ReorgUnitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = reorg_unit_finalize;
  object_class->get_property = reorg_unit_get_property;
  object_class->set_property = reorg_unit_set_property;

  /**
   * ReorgUnit:reference:
   *
   * The unit's reference, unique within its structure.
   *
   * Since: 0.1
   */
  properties[PROP_REFERENCE] =
    g_param_spec_string ("reference", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * ReorgUnit:name:
   *
   * The unit's display name.
   *
   * Since: 0.1
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ReorgUnit:kind:
   *
   * The kind of unit.
   *
   * Since: 0.1
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       REORG_TYPE_UNIT_KIND, REORG_UNIT_KIND_OTHER,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ReorgUnit:place:
   *
   * The name of the place the unit belongs to, if any.
   *
   * Since: 0.1
   */
  properties[PROP_PLACE] =
    g_param_spec_string ("place", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ReorgUnit:place-kind:
   *
   * The kind of place the unit belongs to.
   *
   * Since: 0.1
   */
  properties[PROP_PLACE_KIND] =
    g_param_spec_enum ("place-kind", NULL, NULL,
                       REORG_TYPE_PLACE_KIND, REORG_PLACE_KIND_NONE,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ReorgUnit:parent:
   *
   * The parent unit, or %NULL for a top-level unit or a unit outside any
   * structure.
   *
   * Since: 0.1
   */
  properties[PROP_PARENT] =
    g_param_spec_object ("parent", NULL, NULL, REORG_TYPE_UNIT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
reorg_unit_init (ReorgUnit *self)
{
  self->kind = REORG_UNIT_KIND_OTHER;
  self->place_kind = REORG_PLACE_KIND_NONE;
  self->children = reorg_list_model_new (REORG_TYPE_UNIT);
  self->posts = reorg_list_model_new (REORG_TYPE_POST);
}

/**
 * reorg_unit_new:
 * @reference: the unit's reference, unique within the structure it will join
 * @name: (nullable): the unit's display name
 * @kind: the kind of unit
 *
 * Creates a unit that belongs to no structure yet. Add it to one with
 * [method@Reorg.Structure.add_unit], which checks the reference.
 *
 * Returns: (transfer full): a new unit
 *
 * Since: 0.1
 */
ReorgUnit *
reorg_unit_new (const char    *reference,
                const char    *name,
                ReorgUnitKind  kind)
{
  g_return_val_if_fail (reference != NULL, NULL);

  return g_object_new (REORG_TYPE_UNIT,
                       "reference", reference,
                       "name", name,
                       "kind", kind,
                       NULL);
}

/**
 * reorg_unit_get_reference:
 * @self: a unit
 *
 * Gets the unit's reference.
 *
 * Returns: (transfer none): the reference
 *
 * Since: 0.1
 */
const char *
reorg_unit_get_reference (ReorgUnit *self)
{
  g_return_val_if_fail (REORG_IS_UNIT (self), NULL);
  return self->reference;
}

/**
 * reorg_unit_get_name:
 * @self: a unit
 *
 * Gets the unit's display name.
 *
 * Returns: (transfer none) (nullable): the name
 *
 * Since: 0.1
 */
const char *
reorg_unit_get_name (ReorgUnit *self)
{
  g_return_val_if_fail (REORG_IS_UNIT (self), NULL);
  return self->name;
}

/**
 * reorg_unit_set_name:
 * @self: a unit
 * @name: (nullable): the new display name
 *
 * Sets the unit's display name.
 *
 * Since: 0.1
 */
void
reorg_unit_set_name (ReorgUnit  *self,
                     const char *name)
{
  g_return_if_fail (REORG_IS_UNIT (self));

  if (reorg_set_str (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

/**
 * reorg_unit_get_kind:
 * @self: a unit
 *
 * Gets the kind of unit.
 *
 * Returns: the kind
 *
 * Since: 0.1
 */
ReorgUnitKind
reorg_unit_get_kind (ReorgUnit *self)
{
  g_return_val_if_fail (REORG_IS_UNIT (self), REORG_UNIT_KIND_OTHER);
  return self->kind;
}

/**
 * reorg_unit_set_kind:
 * @self: a unit
 * @kind: the kind of unit
 *
 * Sets the kind of unit.
 *
 * Since: 0.1
 */
void
reorg_unit_set_kind (ReorgUnit     *self,
                     ReorgUnitKind  kind)
{
  g_return_if_fail (REORG_IS_UNIT (self));
  g_return_if_fail (kind <= REORG_UNIT_KIND_OTHER);

  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

/**
 * reorg_unit_get_place:
 * @self: a unit
 *
 * Gets the name of the place the unit belongs to.
 *
 * Returns: (transfer none) (nullable): the place, or %NULL
 *
 * Since: 0.1
 */
const char *
reorg_unit_get_place (ReorgUnit *self)
{
  g_return_val_if_fail (REORG_IS_UNIT (self), NULL);
  return self->place;
}

/**
 * reorg_unit_get_place_kind:
 * @self: a unit
 *
 * Gets the kind of place the unit belongs to.
 *
 * Returns: the kind of place, %REORG_PLACE_KIND_NONE if none
 *
 * Since: 0.1
 */
ReorgPlaceKind
reorg_unit_get_place_kind (ReorgUnit *self)
{
  g_return_val_if_fail (REORG_IS_UNIT (self), REORG_PLACE_KIND_NONE);
  return self->place_kind;
}

/**
 * reorg_unit_set_place:
 * @self: a unit
 * @place_kind: the kind of place
 * @place: (nullable): the place's name, such as `North` or `Wythenshawe`
 *
 * Sets the place the unit belongs to. Places are a second dimension beside
 * the unit tree: units of different branches may share a place.
 * %REORG_PLACE_KIND_NONE clears the place whatever @place says.
 *
 * Since: 0.1
 */
void
reorg_unit_set_place (ReorgUnit      *self,
                      ReorgPlaceKind  place_kind,
                      const char     *place)
{
  g_return_if_fail (REORG_IS_UNIT (self));
  g_return_if_fail (place_kind <= REORG_PLACE_KIND_SITE);

  if (place_kind == REORG_PLACE_KIND_NONE)
    place = NULL;

  g_object_freeze_notify (G_OBJECT (self));
  if (reorg_set_str (&self->place, place))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLACE]);
  if (self->place_kind != place_kind)
    {
      self->place_kind = place_kind;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLACE_KIND]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * reorg_unit_get_parent:
 * @self: a unit
 *
 * Gets the unit's parent in the tree.
 *
 * Returns: (transfer none) (nullable): the parent, or %NULL for a top-level unit
 *
 * Since: 0.1
 */
ReorgUnit *
reorg_unit_get_parent (ReorgUnit *self)
{
  g_return_val_if_fail (REORG_IS_UNIT (self), NULL);
  return self->parent;
}

/**
 * reorg_unit_get_structure:
 * @self: a unit
 *
 * Gets the structure the unit belongs to.
 *
 * Returns: (transfer none) (nullable): the structure, or %NULL
 *
 * Since: 0.1
 */
ReorgStructure *
reorg_unit_get_structure (ReorgUnit *self)
{
  g_return_val_if_fail (REORG_IS_UNIT (self), NULL);
  return self->structure;
}

/**
 * reorg_unit_get_depth:
 * @self: a unit
 *
 * Gets the unit's depth in the tree: 0 for a top-level unit, 1 for its
 * children and so on. This walks up the tree, in O(depth) without recursion.
 *
 * Returns: the depth
 *
 * Since: 0.1
 */
guint
reorg_unit_get_depth (ReorgUnit *self)
{
  guint depth = 0;

  g_return_val_if_fail (REORG_IS_UNIT (self), 0);

  for (ReorgUnit *u = self->parent; u != NULL; u = u->parent)
    depth++;
  return depth;
}

/**
 * reorg_unit_get_n_children:
 * @self: a unit
 *
 * Gets the number of direct child units.
 *
 * Returns: the number of child units
 *
 * Since: 0.1
 */
guint
reorg_unit_get_n_children (ReorgUnit *self)
{
  g_return_val_if_fail (REORG_IS_UNIT (self), 0);
  return reorg_list_model_get_array (self->children)->len;
}

/**
 * reorg_unit_get_children:
 * @self: a unit
 *
 * Gets the unit's direct child units, in order, as a live list model that
 * follows changes to the tree.
 *
 * Returns: (transfer full): a [iface@Gio.ListModel] of [class@Reorg.Unit]
 *
 * Since: 0.1
 */
GListModel *
reorg_unit_get_children (ReorgUnit *self)
{
  g_return_val_if_fail (REORG_IS_UNIT (self), NULL);
  return g_object_ref (G_LIST_MODEL (self->children));
}

/**
 * reorg_unit_get_n_posts:
 * @self: a unit
 *
 * Gets the number of posts directly in the unit (not in its child units).
 *
 * Returns: the number of posts
 *
 * Since: 0.1
 */
guint
reorg_unit_get_n_posts (ReorgUnit *self)
{
  g_return_val_if_fail (REORG_IS_UNIT (self), 0);
  return reorg_list_model_get_array (self->posts)->len;
}

/**
 * reorg_unit_get_posts:
 * @self: a unit
 *
 * Gets the posts directly in the unit as a live list model. Removing a post
 * moves the last post into its place, so the order is not kept across
 * removals.
 *
 * Returns: (transfer full): a [iface@Gio.ListModel] of [class@Reorg.Post]
 *
 * Since: 0.1
 */
GListModel *
reorg_unit_get_posts (ReorgUnit *self)
{
  g_return_val_if_fail (REORG_IS_UNIT (self), NULL);
  return g_object_ref (G_LIST_MODEL (self->posts));
}

void
reorg_unit_notify_parent (ReorgUnit *unit)
{
  g_object_notify_by_pspec (G_OBJECT (unit), properties[PROP_PARENT]);
}
