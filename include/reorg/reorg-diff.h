/* reorg-diff.h: the differences between two structures
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(__REORG_INSIDE__) && !defined(REORG_COMPILATION)
#error "Only <reorg/reorg.h> can be included directly."
#endif

#include <gio/gio.h>
#include <reorg/reorg-version-macros.h>
#include <reorg/reorg-money.h>
#include <reorg/reorg-fte.h>
#include <reorg/reorg-unit.h>
#include <reorg/reorg-post.h>
#include <reorg/reorg-structure.h>
#include <reorg/reorg-rollup.h>

G_BEGIN_DECLS

/**
 * REORG_DIFF_DEFAULT_THRESHOLD_PENCE:
 *
 * The default salary threshold of [method@Reorg.Diff.get_posts_over], in
 * pence: £50,000, the level above which councils report established and
 * disestablished posts.
 *
 * Since: 0.1
 */
#define REORG_DIFF_DEFAULT_THRESHOLD_PENCE 5000000

/**
 * ReorgPostFields:
 * @REORG_POST_FIELDS_NONE: no field
 * @REORG_POST_FIELDS_TITLE: the title
 * @REORG_POST_FIELDS_GRADE: the grade
 * @REORG_POST_FIELDS_FTE: the FTE
 * @REORG_POST_FIELDS_SALARY: the salary
 * @REORG_POST_FIELDS_ON_COSTS: how the on-costs are set: the rate, or the
 *   amount when both sides give an amount rather than a rate
 * @REORG_POST_FIELDS_STATUS: the status (filled, vacant, frozen)
 * @REORG_POST_FIELDS_TENURE: the tenure
 * @REORG_POST_FIELDS_FUNDING: the funding kind or name
 * @REORG_POST_FIELDS_UNIT: the unit the post sits in (by reference)
 * @REORG_POST_FIELDS_REPORTS_TO: the post it reports to (by reference)
 * @REORG_POST_FIELDS_JOB_FAMILY: the job family
 *
 * The fields of a [class@Reorg.Post] that differ between two structures,
 * as reported by [method@Reorg.PostChange.get_fields].
 *
 * Since: 0.1
 */
typedef enum /*< flags >*/
{
  REORG_POST_FIELDS_NONE = 0,
  REORG_POST_FIELDS_TITLE = 1 << 0,
  REORG_POST_FIELDS_GRADE = 1 << 1,
  REORG_POST_FIELDS_FTE = 1 << 2,
  REORG_POST_FIELDS_SALARY = 1 << 3,
  REORG_POST_FIELDS_ON_COSTS = 1 << 4,
  REORG_POST_FIELDS_STATUS = 1 << 5,
  REORG_POST_FIELDS_TENURE = 1 << 6,
  REORG_POST_FIELDS_FUNDING = 1 << 7,
  REORG_POST_FIELDS_UNIT = 1 << 8,
  REORG_POST_FIELDS_REPORTS_TO = 1 << 9,
  REORG_POST_FIELDS_JOB_FAMILY = 1 << 10,
} ReorgPostFields;

/**
 * ReorgUnitFields:
 * @REORG_UNIT_FIELDS_NONE: no field
 * @REORG_UNIT_FIELDS_NAME: the name (the unit was renamed)
 * @REORG_UNIT_FIELDS_PARENT: the parent unit, by reference (the unit moved)
 * @REORG_UNIT_FIELDS_KIND: the kind
 * @REORG_UNIT_FIELDS_PLACE: the place or the kind of place
 *
 * The fields of a [class@Reorg.Unit] that differ between two structures,
 * as reported by [method@Reorg.DiffRow.get_unit_fields].
 *
 * Since: 0.1
 */
typedef enum /*< flags >*/
{
  REORG_UNIT_FIELDS_NONE = 0,
  REORG_UNIT_FIELDS_NAME = 1 << 0,
  REORG_UNIT_FIELDS_PARENT = 1 << 1,
  REORG_UNIT_FIELDS_KIND = 1 << 2,
  REORG_UNIT_FIELDS_PLACE = 1 << 3,
} ReorgUnitFields;

/* ---- ReorgPostChange ---- */

#define REORG_TYPE_POST_CHANGE (reorg_post_change_get_type ())

typedef struct _ReorgPostChange ReorgPostChange;

REORG_AVAILABLE_IN_ALL
GType              reorg_post_change_get_type          (void) G_GNUC_CONST;
REORG_AVAILABLE_IN_ALL
ReorgPostChange   *reorg_post_change_copy              (const ReorgPostChange *self);
REORG_AVAILABLE_IN_ALL
void               reorg_post_change_free              (ReorgPostChange       *self);
REORG_AVAILABLE_IN_ALL
const char        *reorg_post_change_get_reference     (const ReorgPostChange *self);
REORG_AVAILABLE_IN_ALL
ReorgPostFields    reorg_post_change_get_fields        (const ReorgPostChange *self);
REORG_AVAILABLE_IN_ALL
ReorgPost         *reorg_post_change_get_before        (const ReorgPostChange *self);
REORG_AVAILABLE_IN_ALL
ReorgPost         *reorg_post_change_get_after         (const ReorgPostChange *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ReorgPostChange, reorg_post_change_free)

/* ---- ReorgDiffRow ---- */

#define REORG_TYPE_DIFF_ROW (reorg_diff_row_get_type ())

typedef struct _ReorgDiffRow ReorgDiffRow;

REORG_AVAILABLE_IN_ALL
GType              reorg_diff_row_get_type               (void) G_GNUC_CONST;
REORG_AVAILABLE_IN_ALL
ReorgDiffRow      *reorg_diff_row_copy                   (const ReorgDiffRow *self);
REORG_AVAILABLE_IN_ALL
void               reorg_diff_row_free                   (ReorgDiffRow       *self);
REORG_AVAILABLE_IN_ALL
const char        *reorg_diff_row_get_reference          (const ReorgDiffRow *self);
REORG_AVAILABLE_IN_ALL
const char        *reorg_diff_row_get_name               (const ReorgDiffRow *self);
REORG_AVAILABLE_IN_ALL
guint              reorg_diff_row_get_depth              (const ReorgDiffRow *self);
REORG_AVAILABLE_IN_ALL
ReorgUnit         *reorg_diff_row_get_before_unit        (const ReorgDiffRow *self);
REORG_AVAILABLE_IN_ALL
ReorgUnit         *reorg_diff_row_get_after_unit         (const ReorgDiffRow *self);
REORG_AVAILABLE_IN_ALL
ReorgUnitFields    reorg_diff_row_get_unit_fields        (const ReorgDiffRow *self);
REORG_AVAILABLE_IN_ALL
const ReorgTotals *reorg_diff_row_get_before             (const ReorgDiffRow *self);
REORG_AVAILABLE_IN_ALL
const ReorgTotals *reorg_diff_row_get_after              (const ReorgDiffRow *self);
REORG_AVAILABLE_IN_ALL
gint64             reorg_diff_row_get_posts_change       (const ReorgDiffRow *self);
REORG_AVAILABLE_IN_ALL
const ReorgFte    *reorg_diff_row_get_fte_change         (const ReorgDiffRow *self);
REORG_AVAILABLE_IN_ALL
const ReorgMoney  *reorg_diff_row_get_cost_change        (const ReorgDiffRow *self);
REORG_AVAILABLE_IN_ALL
gint64             reorg_diff_row_get_vacancies_change   (const ReorgDiffRow *self);
REORG_AVAILABLE_IN_ALL
const ReorgFte    *reorg_diff_row_get_vacant_fte_change  (const ReorgDiffRow *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ReorgDiffRow, reorg_diff_row_free)

/* ---- ReorgDiff ---- */

#define REORG_TYPE_DIFF (reorg_diff_get_type ())

REORG_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ReorgDiff, reorg_diff, REORG, DIFF, GObject)

REORG_AVAILABLE_IN_ALL
ReorgDiff             *reorg_diff_new                (ReorgStructure    *before,
                                                      ReorgStructure    *after,
                                                      GError           **error);
REORG_AVAILABLE_IN_ALL
ReorgStructure        *reorg_diff_get_before         (ReorgDiff         *self);
REORG_AVAILABLE_IN_ALL
ReorgStructure        *reorg_diff_get_after          (ReorgDiff         *self);
REORG_AVAILABLE_IN_ALL
gboolean               reorg_diff_is_empty           (ReorgDiff         *self);
REORG_AVAILABLE_IN_ALL
GListModel            *reorg_diff_get_posts_added    (ReorgDiff         *self);
REORG_AVAILABLE_IN_ALL
GListModel            *reorg_diff_get_posts_removed  (ReorgDiff         *self);
REORG_AVAILABLE_IN_ALL
GPtrArray             *reorg_diff_get_posts_changed  (ReorgDiff         *self);
REORG_AVAILABLE_IN_ALL
const ReorgPostChange *reorg_diff_lookup_post_change (ReorgDiff         *self,
                                                      const char        *reference);
REORG_AVAILABLE_IN_ALL
GListModel            *reorg_diff_get_posts_over     (ReorgDiff         *self,
                                                      const ReorgMoney  *threshold,
                                                      gboolean           established);
REORG_AVAILABLE_IN_ALL
GListModel            *reorg_diff_get_units_added    (ReorgDiff         *self);
REORG_AVAILABLE_IN_ALL
GListModel            *reorg_diff_get_units_removed  (ReorgDiff         *self);
REORG_AVAILABLE_IN_ALL
GListModel            *reorg_diff_get_units_moved    (ReorgDiff         *self);
REORG_AVAILABLE_IN_ALL
GListModel            *reorg_diff_get_units_renamed  (ReorgDiff         *self);
REORG_AVAILABLE_IN_ALL
GPtrArray             *reorg_diff_get_rows           (ReorgDiff         *self);
REORG_AVAILABLE_IN_ALL
const ReorgDiffRow    *reorg_diff_lookup_row         (ReorgDiff         *self,
                                                      const char        *reference);
REORG_AVAILABLE_IN_ALL
const ReorgDiffRow    *reorg_diff_get_total          (ReorgDiff         *self);

G_END_DECLS
