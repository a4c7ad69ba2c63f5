/* reorg-schedule.h: published savings schedules
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(__REORG_INSIDE__) && !defined(REORG_COMPILATION)
#error "Only <reorg/reorg.h> can be included directly."
#endif

#include <glib-object.h>
#include <gio/gio.h>
#include <reorg/reorg-version-macros.h>
#include <reorg/reorg-money.h>
#include <reorg/reorg-financial-year.h>

G_BEGIN_DECLS

/**
 * ReorgSignConvention:
 * @REORG_SIGN_CONVENTION_SAVINGS_POSITIVE: savings are written as positive
 *   numbers, as Manchester does (`1,180`; a pressure is `(3,215)`)
 * @REORG_SIGN_CONVENTION_SAVINGS_NEGATIVE: savings are written as negative
 *   numbers, as Harrow does (`-312`)
 *
 * How a published table writes savings. The library always holds savings
 * as positive amounts and converts on input and output.
 *
 * Since: 0.1
 */
typedef enum
{
  REORG_SIGN_CONVENTION_SAVINGS_POSITIVE,
  REORG_SIGN_CONVENTION_SAVINGS_NEGATIVE,
} ReorgSignConvention;

/**
 * ReorgScheduleLineKind:
 * @REORG_SCHEDULE_LINE_KIND_SAVING: a saving
 * @REORG_SCHEDULE_LINE_KIND_ADJUSTMENT: an adjustment, usually negative,
 *   such as Manchester's "Adjustment to offset existing LAC pressure"
 * @REORG_SCHEDULE_LINE_KIND_REVERSAL: a line that reverses an earlier saving
 *   in a later year (`450` then `(450)`)
 * @REORG_SCHEDULE_LINE_KIND_RESERVES: reserves used to smooth a saving
 *
 * What a line of a savings schedule is.
 *
 * Since: 0.1
 */
typedef enum
{
  REORG_SCHEDULE_LINE_KIND_SAVING,
  REORG_SCHEDULE_LINE_KIND_ADJUSTMENT,
  REORG_SCHEDULE_LINE_KIND_REVERSAL,
  REORG_SCHEDULE_LINE_KIND_RESERVES,
} ReorgScheduleLineKind;

/**
 * ReorgMtfsStatus:
 * @REORG_MTFS_STATUS_NONE: not stated
 * @REORG_MTFS_STATUS_NEW: new to the medium term financial strategy
 * @REORG_MTFS_STATUS_INCLUDED: already included in the MTFS
 *
 * Whether a saving is new to the medium term financial strategy (MTFS).
 *
 * Since: 0.1
 */
typedef enum
{
  REORG_MTFS_STATUS_NONE,
  REORG_MTFS_STATUS_NEW,
  REORG_MTFS_STATUS_INCLUDED,
} ReorgMtfsStatus;

/* ---- ReorgScheduleLine ---- */

#define REORG_TYPE_SCHEDULE_LINE (reorg_schedule_line_get_type ())
REORG_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ReorgScheduleLine, reorg_schedule_line, REORG, SCHEDULE_LINE, GObject)

REORG_AVAILABLE_IN_ALL
ReorgScheduleLine     *reorg_schedule_line_new             (const char            *reference,
                                                            const char            *description);
REORG_AVAILABLE_IN_ALL
const char            *reorg_schedule_line_get_reference   (ReorgScheduleLine     *self);
REORG_AVAILABLE_IN_ALL
void                   reorg_schedule_line_set_reference   (ReorgScheduleLine     *self,
                                                            const char            *reference);
REORG_AVAILABLE_IN_ALL
const char            *reorg_schedule_line_get_description (ReorgScheduleLine     *self);
REORG_AVAILABLE_IN_ALL
void                   reorg_schedule_line_set_description (ReorgScheduleLine     *self,
                                                            const char            *description);
REORG_AVAILABLE_IN_ALL
const char            *reorg_schedule_line_get_service     (ReorgScheduleLine     *self);
REORG_AVAILABLE_IN_ALL
void                   reorg_schedule_line_set_service     (ReorgScheduleLine     *self,
                                                            const char            *service);
REORG_AVAILABLE_IN_ALL
ReorgScheduleLineKind  reorg_schedule_line_get_kind        (ReorgScheduleLine     *self);
REORG_AVAILABLE_IN_ALL
void                   reorg_schedule_line_set_kind        (ReorgScheduleLine     *self,
                                                            ReorgScheduleLineKind  kind);
REORG_AVAILABLE_IN_ALL
ReorgMtfsStatus        reorg_schedule_line_get_status      (ReorgScheduleLine     *self);
REORG_AVAILABLE_IN_ALL
void                   reorg_schedule_line_set_status      (ReorgScheduleLine     *self,
                                                            ReorgMtfsStatus        status);
REORG_AVAILABLE_IN_ALL
const char            *reorg_schedule_line_get_risk        (ReorgScheduleLine     *self);
REORG_AVAILABLE_IN_ALL
void                   reorg_schedule_line_set_risk        (ReorgScheduleLine     *self,
                                                            const char            *risk);
REORG_AVAILABLE_IN_ALL
const ReorgMoney      *reorg_schedule_line_get_amount      (ReorgScheduleLine     *self,
                                                            guint                  year_index);
REORG_AVAILABLE_IN_ALL
void                   reorg_schedule_line_set_amount      (ReorgScheduleLine     *self,
                                                            guint                  year_index,
                                                            const ReorgMoney      *amount);
REORG_AVAILABLE_IN_ALL
ReorgMoney            *reorg_schedule_line_compute_total   (ReorgScheduleLine     *self,
                                                            GError               **error);
REORG_AVAILABLE_IN_ALL
void                   reorg_schedule_line_add_link        (ReorgScheduleLine     *self,
                                                            const char            *proposal,
                                                            const char            *change_label);
REORG_AVAILABLE_IN_ALL
guint                  reorg_schedule_line_get_n_links     (ReorgScheduleLine     *self);
REORG_AVAILABLE_IN_ALL
gboolean               reorg_schedule_line_get_link        (ReorgScheduleLine     *self,
                                                            guint                  index,
                                                            const char           **proposal,
                                                            const char           **change_label);
REORG_AVAILABLE_IN_ALL
void                   reorg_schedule_line_clear_links     (ReorgScheduleLine     *self);
REORG_AVAILABLE_IN_ALL
gboolean               reorg_schedule_line_equal           (ReorgScheduleLine     *a,
                                                            ReorgScheduleLine     *b);

/* ---- ReorgScheduleSection ---- */

#define REORG_TYPE_SCHEDULE_SECTION (reorg_schedule_section_get_type ())
REORG_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ReorgScheduleSection, reorg_schedule_section, REORG, SCHEDULE_SECTION, GObject)

REORG_AVAILABLE_IN_ALL
ReorgScheduleSection *reorg_schedule_section_new                    (const char            *name);
REORG_AVAILABLE_IN_ALL
const char           *reorg_schedule_section_get_name               (ReorgScheduleSection  *self);
REORG_AVAILABLE_IN_ALL
void                  reorg_schedule_section_set_name               (ReorgScheduleSection  *self,
                                                                     const char            *name);
REORG_AVAILABLE_IN_ALL
gboolean              reorg_schedule_section_add_line               (ReorgScheduleSection  *self,
                                                                     ReorgScheduleLine     *line,
                                                                     GError               **error);
REORG_AVAILABLE_IN_ALL
gboolean              reorg_schedule_section_add_section            (ReorgScheduleSection  *self,
                                                                     ReorgScheduleSection  *child,
                                                                     GError               **error);
REORG_AVAILABLE_IN_ALL
GListModel           *reorg_schedule_section_get_lines              (ReorgScheduleSection  *self);
REORG_AVAILABLE_IN_ALL
GListModel           *reorg_schedule_section_get_sections           (ReorgScheduleSection  *self);
REORG_AVAILABLE_IN_ALL
const ReorgMoney     *reorg_schedule_section_get_published_subtotal (ReorgScheduleSection  *self,
                                                                     guint                  year_index);
REORG_AVAILABLE_IN_ALL
void                  reorg_schedule_section_set_published_subtotal (ReorgScheduleSection  *self,
                                                                     guint                  year_index,
                                                                     const ReorgMoney      *subtotal);
REORG_AVAILABLE_IN_ALL
ReorgMoney           *reorg_schedule_section_compute_subtotal       (ReorgScheduleSection  *self,
                                                                     guint                  year_index,
                                                                     GError               **error);
REORG_AVAILABLE_IN_ALL
gboolean              reorg_schedule_section_equal                  (ReorgScheduleSection  *a,
                                                                     ReorgScheduleSection  *b);

/* ---- ReorgSavingsSchedule ---- */

#define REORG_TYPE_SAVINGS_SCHEDULE (reorg_savings_schedule_get_type ())
REORG_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ReorgSavingsSchedule, reorg_savings_schedule, REORG, SAVINGS_SCHEDULE, GObject)

REORG_AVAILABLE_IN_ALL
ReorgSavingsSchedule     *reorg_savings_schedule_new                 (const char                *title,
                                                                      ReorgMoneyScale            scale,
                                                                      ReorgSignConvention        sign);
REORG_AVAILABLE_IN_ALL
const char               *reorg_savings_schedule_get_title           (ReorgSavingsSchedule      *self);
REORG_AVAILABLE_IN_ALL
void                      reorg_savings_schedule_set_title           (ReorgSavingsSchedule      *self,
                                                                      const char                *title);
REORG_AVAILABLE_IN_ALL
ReorgMoneyScale           reorg_savings_schedule_get_scale           (ReorgSavingsSchedule      *self);
REORG_AVAILABLE_IN_ALL
void                      reorg_savings_schedule_set_scale           (ReorgSavingsSchedule      *self,
                                                                      ReorgMoneyScale            scale);
REORG_AVAILABLE_IN_ALL
ReorgSignConvention       reorg_savings_schedule_get_sign            (ReorgSavingsSchedule      *self);
REORG_AVAILABLE_IN_ALL
void                      reorg_savings_schedule_set_sign            (ReorgSavingsSchedule      *self,
                                                                      ReorgSignConvention        sign);
REORG_AVAILABLE_IN_ALL
gboolean                  reorg_savings_schedule_add_year            (ReorgSavingsSchedule      *self,
                                                                      const ReorgFinancialYear  *year,
                                                                      GError                   **error);
REORG_AVAILABLE_IN_ALL
guint                     reorg_savings_schedule_get_n_years         (ReorgSavingsSchedule      *self);
REORG_AVAILABLE_IN_ALL
const ReorgFinancialYear *reorg_savings_schedule_get_year            (ReorgSavingsSchedule      *self,
                                                                      guint                      year_index);
REORG_AVAILABLE_IN_ALL
int                       reorg_savings_schedule_find_year           (ReorgSavingsSchedule      *self,
                                                                      const ReorgFinancialYear  *year);
REORG_AVAILABLE_IN_ALL
gboolean                  reorg_savings_schedule_add_section         (ReorgSavingsSchedule      *self,
                                                                      ReorgScheduleSection      *section,
                                                                      GError                   **error);
REORG_AVAILABLE_IN_ALL
GListModel               *reorg_savings_schedule_get_sections        (ReorgSavingsSchedule      *self);
REORG_AVAILABLE_IN_ALL
GPtrArray                *reorg_savings_schedule_get_all_lines       (ReorgSavingsSchedule      *self);
REORG_AVAILABLE_IN_ALL
const ReorgMoney         *reorg_savings_schedule_get_published_total (ReorgSavingsSchedule      *self,
                                                                      guint                      year_index);
REORG_AVAILABLE_IN_ALL
void                      reorg_savings_schedule_set_published_total (ReorgSavingsSchedule      *self,
                                                                      guint                      year_index,
                                                                      const ReorgMoney          *total);
REORG_AVAILABLE_IN_ALL
ReorgMoney               *reorg_savings_schedule_compute_total       (ReorgSavingsSchedule      *self,
                                                                      guint                      year_index,
                                                                      GError                   **error);
REORG_AVAILABLE_IN_ALL
ReorgMoney               *reorg_savings_schedule_parse_amount        (ReorgSavingsSchedule      *self,
                                                                      const char                *text,
                                                                      GError                   **error);
REORG_AVAILABLE_IN_ALL
char                     *reorg_savings_schedule_format_amount       (ReorgSavingsSchedule      *self,
                                                                      const ReorgMoney          *amount);
REORG_AVAILABLE_IN_ALL
gboolean                  reorg_savings_schedule_equal               (ReorgSavingsSchedule      *a,
                                                                      ReorgSavingsSchedule      *b);

G_END_DECLS
