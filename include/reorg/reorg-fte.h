/* reorg-fte.h: exact full-time equivalents
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(__REORG_INSIDE__) && !defined(REORG_COMPILATION)
#error "Only <reorg/reorg.h> can be included directly."
#endif

#include <glib-object.h>
#include <reorg/reorg-version-macros.h>

G_BEGIN_DECLS

/**
 * REORG_FTE_SCALE:
 *
 * The number of [struct@Reorg.Fte] units in one full-time equivalent:
 * FTE are held exactly in ten-thousandths.
 *
 * Since: 0.1
 */
#define REORG_FTE_SCALE 10000

#define REORG_TYPE_FTE (reorg_fte_get_type ())

typedef struct _ReorgFte ReorgFte;

/**
 * ReorgFte:
 * @units: the amount in ten-thousandths of a full-time equivalent
 *   (%REORG_FTE_SCALE units make one FTE); negative amounts express reductions
 *
 * An exact full-time equivalent, held as fixed point with four decimal
 * places, so that sums such as 0.6 + 0.94 or 38 - 18.5 never drift.
 *
 * Since: 0.1
 */
struct _ReorgFte
{
  gint64 units;
};

REORG_AVAILABLE_IN_ALL
GType      reorg_fte_get_type        (void) G_GNUC_CONST;
REORG_AVAILABLE_IN_ALL
ReorgFte  *reorg_fte_new             (gint64           units);
REORG_AVAILABLE_IN_ALL
ReorgFte  *reorg_fte_new_from_hours  (gint64           weekly_minutes,
                                      gint64           full_time_weekly_minutes,
                                      GError         **error);
REORG_AVAILABLE_IN_ALL
ReorgFte  *reorg_fte_copy            (const ReorgFte  *self);
REORG_AVAILABLE_IN_ALL
void       reorg_fte_free            (ReorgFte        *self);
REORG_AVAILABLE_IN_ALL
gint64     reorg_fte_get_units       (const ReorgFte  *self);
REORG_AVAILABLE_IN_ALL
gboolean   reorg_fte_equal           (const ReorgFte  *a,
                                      const ReorgFte  *b);
REORG_AVAILABLE_IN_ALL
int        reorg_fte_compare         (const ReorgFte  *a,
                                      const ReorgFte  *b);
REORG_AVAILABLE_IN_ALL
ReorgFte  *reorg_fte_add             (const ReorgFte  *a,
                                      const ReorgFte  *b,
                                      GError         **error);
REORG_AVAILABLE_IN_ALL
ReorgFte  *reorg_fte_subtract        (const ReorgFte  *a,
                                      const ReorgFte  *b,
                                      GError         **error);
REORG_AVAILABLE_IN_ALL
ReorgFte  *reorg_fte_parse           (const char      *text,
                                      GError         **error);
REORG_AVAILABLE_IN_ALL
char      *reorg_fte_to_string       (const ReorgFte  *self);
REORG_AVAILABLE_IN_ALL
char      *reorg_fte_format          (const ReorgFte  *self,
                                      guint            decimals);
REORG_AVAILABLE_IN_ALL
double     reorg_fte_to_double       (const ReorgFte  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ReorgFte, reorg_fte_free)

G_END_DECLS
