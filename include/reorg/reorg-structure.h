/* reorg-structure.h: an establishment at a date
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(__REORG_INSIDE__) && !defined(REORG_COMPILATION)
#error "Only <reorg/reorg.h> can be included directly."
#endif

#include <gio/gio.h>
#include <reorg/reorg-version-macros.h>
#include <reorg/reorg-unit.h>
#include <reorg/reorg-post.h>

G_BEGIN_DECLS

typedef struct _ReorgRollup ReorgRollup;

/**
 * ReorgDimension:
 * @REORG_DIMENSION_NONE: no breakdown, totals only
 * @REORG_DIMENSION_STATUS: by [enum@Reorg.PostStatus]
 * @REORG_DIMENSION_TENURE: by [enum@Reorg.Tenure]
 * @REORG_DIMENSION_FUNDING: by funding source (kind, and grant name where given)
 * @REORG_DIMENSION_GRADE: by grade
 * @REORG_DIMENSION_JOB_FAMILY: by job family
 *
 * A way of breaking down the totals of a [class@Reorg.Rollup].
 *
 * Since: 0.1
 */
typedef enum
{
  REORG_DIMENSION_NONE,
  REORG_DIMENSION_STATUS,
  REORG_DIMENSION_TENURE,
  REORG_DIMENSION_FUNDING,
  REORG_DIMENSION_GRADE,
  REORG_DIMENSION_JOB_FAMILY,
} ReorgDimension;

#define REORG_TYPE_STRUCTURE (reorg_structure_get_type ())

REORG_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ReorgStructure, reorg_structure, REORG, STRUCTURE, GObject)

REORG_AVAILABLE_IN_ALL
ReorgStructure *reorg_structure_new             (void);
REORG_AVAILABLE_IN_ALL
ReorgStructure *reorg_structure_copy            (ReorgStructure  *self);
REORG_AVAILABLE_IN_ALL
gboolean        reorg_structure_equal           (ReorgStructure  *a,
                                                 ReorgStructure  *b);
REORG_AVAILABLE_IN_ALL
const GDate    *reorg_structure_get_date        (ReorgStructure  *self);
REORG_AVAILABLE_IN_ALL
void            reorg_structure_set_date        (ReorgStructure  *self,
                                                 const GDate     *date);
REORG_AVAILABLE_IN_ALL
guint           reorg_structure_get_n_units     (ReorgStructure  *self);
REORG_AVAILABLE_IN_ALL
guint           reorg_structure_get_n_posts     (ReorgStructure  *self);
REORG_AVAILABLE_IN_ALL
GListModel     *reorg_structure_get_roots       (ReorgStructure  *self);
REORG_AVAILABLE_IN_ALL
GListModel     *reorg_structure_get_units       (ReorgStructure  *self);
REORG_AVAILABLE_IN_ALL
GListModel     *reorg_structure_get_posts       (ReorgStructure  *self);
REORG_AVAILABLE_IN_ALL
ReorgUnit      *reorg_structure_lookup_unit     (ReorgStructure  *self,
                                                 const char      *reference);
REORG_AVAILABLE_IN_ALL
ReorgPost      *reorg_structure_lookup_post     (ReorgStructure  *self,
                                                 const char      *reference);
REORG_AVAILABLE_IN_ALL
gboolean        reorg_structure_add_unit        (ReorgStructure  *self,
                                                 ReorgUnit       *unit,
                                                 ReorgUnit       *parent,
                                                 GError         **error);
REORG_AVAILABLE_IN_ALL
gboolean        reorg_structure_remove_unit     (ReorgStructure  *self,
                                                 ReorgUnit       *unit,
                                                 GError         **error);
REORG_AVAILABLE_IN_ALL
gboolean        reorg_structure_move_unit       (ReorgStructure  *self,
                                                 ReorgUnit       *unit,
                                                 ReorgUnit       *parent,
                                                 GError         **error);
REORG_AVAILABLE_IN_ALL
gboolean        reorg_structure_add_post        (ReorgStructure  *self,
                                                 ReorgPost       *post,
                                                 ReorgUnit       *unit,
                                                 GError         **error);
REORG_AVAILABLE_IN_ALL
gboolean        reorg_structure_remove_post     (ReorgStructure  *self,
                                                 ReorgPost       *post,
                                                 GError         **error);
REORG_AVAILABLE_IN_ALL
gboolean        reorg_structure_move_post       (ReorgStructure  *self,
                                                 ReorgPost       *post,
                                                 ReorgUnit       *unit,
                                                 GError         **error);
REORG_AVAILABLE_IN_ALL
gboolean        reorg_structure_set_reports_to  (ReorgStructure  *self,
                                                 ReorgPost       *post,
                                                 ReorgPost       *manager,
                                                 GError         **error);
REORG_AVAILABLE_IN_ALL
ReorgRollup    *reorg_structure_rollup          (ReorgStructure  *self,
                                                 ReorgDimension   dimension,
                                                 GError         **error);

G_END_DECLS
