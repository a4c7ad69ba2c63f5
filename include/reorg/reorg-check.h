/* reorg-check.h: findings where published tables disagree
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(__REORG_INSIDE__) && !defined(REORG_COMPILATION)
#error "Only <reorg/reorg.h> can be included directly."
#endif

#include <glib-object.h>
#include <reorg/reorg-version-macros.h>
#include <reorg/reorg-plan.h>

G_BEGIN_DECLS

/**
 * ReorgSeverity:
 * @REORG_SEVERITY_ERROR: published figures disagree
 * @REORG_SEVERITY_WARNING: a figure could not be checked (an unknown link)
 * @REORG_SEVERITY_INFO: for information
 *
 * How serious a [struct@Reorg.Finding] is.
 *
 * Since: 0.1
 */
typedef enum
{
  REORG_SEVERITY_ERROR,
  REORG_SEVERITY_WARNING,
  REORG_SEVERITY_INFO,
} ReorgSeverity;

#define REORG_TYPE_FINDING (reorg_finding_get_type ())
typedef struct _ReorgFinding ReorgFinding;

REORG_AVAILABLE_IN_ALL
GType          reorg_finding_get_type     (void) G_GNUC_CONST;
REORG_AVAILABLE_IN_ALL
ReorgFinding  *reorg_finding_new          (const char         *code,
                                           ReorgSeverity       severity,
                                           const char         *table,
                                           const char         *row,
                                           const char         *column,
                                           const char         *expected,
                                           const char         *found,
                                           const char         *message);
REORG_AVAILABLE_IN_ALL
ReorgFinding  *reorg_finding_copy         (const ReorgFinding *self);
REORG_AVAILABLE_IN_ALL
void           reorg_finding_free         (ReorgFinding       *self);
REORG_AVAILABLE_IN_ALL
const char    *reorg_finding_get_code     (const ReorgFinding *self);
REORG_AVAILABLE_IN_ALL
ReorgSeverity  reorg_finding_get_severity (const ReorgFinding *self);
REORG_AVAILABLE_IN_ALL
const char    *reorg_finding_get_table    (const ReorgFinding *self);
REORG_AVAILABLE_IN_ALL
const char    *reorg_finding_get_row      (const ReorgFinding *self);
REORG_AVAILABLE_IN_ALL
const char    *reorg_finding_get_column   (const ReorgFinding *self);
REORG_AVAILABLE_IN_ALL
const char    *reorg_finding_get_expected (const ReorgFinding *self);
REORG_AVAILABLE_IN_ALL
const char    *reorg_finding_get_found    (const ReorgFinding *self);
REORG_AVAILABLE_IN_ALL
const char    *reorg_finding_get_message  (const ReorgFinding *self);
REORG_AVAILABLE_IN_ALL
char          *reorg_finding_to_string    (const ReorgFinding *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ReorgFinding, reorg_finding_free)

REORG_AVAILABLE_IN_ALL
GPtrArray     *reorg_plan_check           (ReorgPlan          *plan,
                                           GError            **error);

G_END_DECLS
