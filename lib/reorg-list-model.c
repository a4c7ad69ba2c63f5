/* reorg-list-model.c: a GListModel over an array of GObjects
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The structure and its units expose their contents as live models. Posts
 * are removed by moving the last post into the gap, which keeps removal
 * O(1) for a unit of any size; child units keep their order.
 */
#include "reorg-private.h"

struct _ReorgListModel
{
  GObject    parent_instance;
  GType      item_type;
  GPtrArray *items;
};

static GType
reorg_list_model_get_item_type (GListModel *model)
{
  return REORG_LIST_MODEL (model)->item_type;
}

static guint
reorg_list_model_get_n_items (GListModel *model)
{
  return REORG_LIST_MODEL (model)->items->len;
}

static gpointer
reorg_list_model_get_item (GListModel *model,
                           guint       position)
{
  ReorgListModel *self = REORG_LIST_MODEL (model);

  if (position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
reorg_list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = reorg_list_model_get_item_type;
  iface->get_n_items = reorg_list_model_get_n_items;
  iface->get_item = reorg_list_model_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (ReorgListModel, reorg_list_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      reorg_list_model_iface_init))

static void
reorg_list_model_finalize (GObject *object)
{
  ReorgListModel *self = REORG_LIST_MODEL (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);
  G_OBJECT_CLASS (reorg_list_model_parent_class)->finalize (object);
}

static void
reorg_list_model_class_init (ReorgListModelClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = reorg_list_model_finalize;
}

static void
reorg_list_model_init (ReorgListModel *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

ReorgListModel *
reorg_list_model_new (GType item_type)
{
  ReorgListModel *self = g_object_new (REORG_TYPE_LIST_MODEL, NULL);

  self->item_type = item_type;
  return self;
}

GPtrArray *
reorg_list_model_get_array (ReorgListModel *self)
{
  return self->items;
}

guint
reorg_list_model_append (ReorgListModel *self,
                         gpointer        item)
{
  guint position = self->items->len;

  g_ptr_array_add (self->items, g_object_ref (item));
  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);
  return position;
}

gpointer
reorg_list_model_remove_swap (ReorgListModel *self,
                              guint           index)
{
  guint last;
  gpointer removed;

  g_return_val_if_fail (index < self->items->len, NULL);

  last = self->items->len - 1;
  if (index == last)
    {
      g_ptr_array_remove_index (self->items, last);
      g_list_model_items_changed (G_LIST_MODEL (self), last, 1, 0);
      return NULL;
    }

  /* Two steps, each true of the model when its signal is emitted: the last
   * item replaces the removed one, then the last slot goes. */
  removed = g_ptr_array_index (self->items, index);
  self->items->pdata[index] = g_object_ref (g_ptr_array_index (self->items, last));
  g_list_model_items_changed (G_LIST_MODEL (self), index, 1, 1);
  g_ptr_array_remove_index (self->items, last);
  g_list_model_items_changed (G_LIST_MODEL (self), last, 1, 0);
  g_object_unref (removed);

  return g_ptr_array_index (self->items, index);
}

void
reorg_list_model_remove_index (ReorgListModel *self,
                               guint           index)
{
  g_return_if_fail (index < self->items->len);

  g_ptr_array_remove_index (self->items, index);
  g_list_model_items_changed (G_LIST_MODEL (self), index, 1, 0);
}
