/* reorg-rollup.h: totals of a structure per unit over its subtree
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(__REORG_INSIDE__) && !defined(REORG_COMPILATION)
#error "Only <reorg/reorg.h> can be included directly."
#endif

#include <glib-object.h>
#include <reorg/reorg-version-macros.h>
#include <reorg/reorg-money.h>
#include <reorg/reorg-fte.h>
#include <reorg/reorg-unit.h>
#include <reorg/reorg-structure.h>

G_BEGIN_DECLS

#define REORG_TYPE_TOTALS (reorg_totals_get_type ())

typedef struct _ReorgTotals ReorgTotals;

REORG_AVAILABLE_IN_ALL
GType              reorg_totals_get_type          (void) G_GNUC_CONST;
REORG_AVAILABLE_IN_ALL
ReorgTotals       *reorg_totals_copy              (const ReorgTotals *self);
REORG_AVAILABLE_IN_ALL
void               reorg_totals_free              (ReorgTotals       *self);
REORG_AVAILABLE_IN_ALL
const char        *reorg_totals_get_key           (const ReorgTotals *self);
REORG_AVAILABLE_IN_ALL
guint64            reorg_totals_get_posts         (const ReorgTotals *self);
REORG_AVAILABLE_IN_ALL
const ReorgFte    *reorg_totals_get_fte           (const ReorgTotals *self);
REORG_AVAILABLE_IN_ALL
const ReorgMoney  *reorg_totals_get_cost          (const ReorgTotals *self);
REORG_AVAILABLE_IN_ALL
guint64            reorg_totals_get_vacant_posts  (const ReorgTotals *self);
REORG_AVAILABLE_IN_ALL
const ReorgFte    *reorg_totals_get_vacant_fte    (const ReorgTotals *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ReorgTotals, reorg_totals_free)

#define REORG_TYPE_ROLLUP (reorg_rollup_get_type ())

REORG_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ReorgRollup, reorg_rollup, REORG, ROLLUP, GObject)

REORG_AVAILABLE_IN_ALL
ReorgDimension     reorg_rollup_get_dimension     (ReorgRollup       *self);
REORG_AVAILABLE_IN_ALL
const ReorgTotals *reorg_rollup_get_total         (ReorgRollup       *self);
REORG_AVAILABLE_IN_ALL
const ReorgTotals *reorg_rollup_get_totals        (ReorgRollup       *self,
                                                   ReorgUnit         *unit);
REORG_AVAILABLE_IN_ALL
const ReorgTotals *reorg_rollup_get_own_totals    (ReorgRollup       *self,
                                                   ReorgUnit         *unit);
REORG_AVAILABLE_IN_ALL
GPtrArray         *reorg_rollup_get_breakdown     (ReorgRollup       *self,
                                                   ReorgUnit         *unit);

G_END_DECLS
