/* reorg-plan.h: the document a user saves
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(__REORG_INSIDE__) && !defined(REORG_COMPILATION)
#error "Only <reorg/reorg.h> can be included directly."
#endif

#include <glib-object.h>
#include <reorg/reorg-version-macros.h>
#include <reorg/reorg-financial-year.h>
#include <reorg/reorg-structure.h>
#include <reorg/reorg-proposal.h>
#include <reorg/reorg-schedule.h>
#include <reorg/reorg-budget.h>

G_BEGIN_DECLS

/**
 * REORG_PLAN_FORMAT_VERSION:
 *
 * The version of the JSON plan format this library writes. Loading a plan
 * with a higher or unknown version fails with %REORG_ERROR_VERSION.
 *
 * Since: 0.1
 */
#define REORG_PLAN_FORMAT_VERSION 1

#define REORG_TYPE_PLAN (reorg_plan_get_type ())

REORG_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ReorgPlan, reorg_plan, REORG, PLAN, GObject)

REORG_AVAILABLE_IN_ALL
ReorgPlan          *reorg_plan_new                        (void);
REORG_AVAILABLE_IN_ALL
ReorgPlan          *reorg_plan_new_from_file              (const char       *path,
                                                           GError          **error);
REORG_AVAILABLE_IN_ALL
ReorgPlan          *reorg_plan_new_from_data              (const char       *data,
                                                           gssize            length,
                                                           GError          **error);
REORG_AVAILABLE_IN_ALL
gboolean            reorg_plan_save_to_file               (ReorgPlan        *self,
                                                           const char       *path,
                                                           GError          **error);
REORG_AVAILABLE_IN_ALL
char               *reorg_plan_to_data                    (ReorgPlan        *self,
                                                           gsize            *length);
REORG_AVAILABLE_IN_ALL
gboolean            reorg_plan_equal                      (ReorgPlan        *a,
                                                           ReorgPlan        *b);
REORG_AVAILABLE_IN_ALL
const char         *reorg_plan_get_organisation           (ReorgPlan        *self);
REORG_AVAILABLE_IN_ALL
void                reorg_plan_set_organisation           (ReorgPlan        *self,
                                                           const char       *organisation);
REORG_AVAILABLE_IN_ALL
GDateMonth          reorg_plan_get_financial_year_start   (ReorgPlan        *self);
REORG_AVAILABLE_IN_ALL
gboolean            reorg_plan_set_financial_year_start   (ReorgPlan        *self,
                                                           GDateMonth        month,
                                                           GError          **error);
REORG_AVAILABLE_IN_ALL
ReorgFinancialYear *reorg_plan_get_financial_year         (ReorgPlan        *self,
                                                           const GDate      *date,
                                                           GError          **error);
REORG_AVAILABLE_IN_ALL
const GDate        *reorg_plan_get_date                   (ReorgPlan        *self);
REORG_AVAILABLE_IN_ALL
void                reorg_plan_set_date                   (ReorgPlan        *self,
                                                           const GDate      *date);
REORG_AVAILABLE_IN_ALL
ReorgStructure     *reorg_plan_get_structure              (ReorgPlan        *self);
REORG_AVAILABLE_IN_ALL
void                reorg_plan_set_structure              (ReorgPlan        *self,
                                                           ReorgStructure   *structure);
REORG_AVAILABLE_IN_ALL
const char         *reorg_plan_get_metadata               (ReorgPlan        *self,
                                                           const char       *key);
REORG_AVAILABLE_IN_ALL
void                reorg_plan_set_metadata               (ReorgPlan        *self,
                                                           const char       *key,
                                                           const char       *value);
REORG_AVAILABLE_IN_ALL
char              **reorg_plan_get_metadata_keys          (ReorgPlan        *self);
REORG_AVAILABLE_IN_ALL
gboolean            reorg_plan_add_proposal               (ReorgPlan        *self,
                                                           ReorgProposal    *proposal,
                                                           GError          **error);
REORG_AVAILABLE_IN_ALL
gboolean            reorg_plan_remove_proposal            (ReorgPlan        *self,
                                                           ReorgProposal    *proposal);
REORG_AVAILABLE_IN_ALL
GListModel         *reorg_plan_get_proposals              (ReorgPlan        *self);
REORG_AVAILABLE_IN_ALL
ReorgProposal      *reorg_plan_lookup_proposal            (ReorgPlan        *self,
                                                           const char       *name);

REORG_AVAILABLE_IN_ALL
gboolean              reorg_plan_add_schedule    (ReorgPlan             *self,
                                                  ReorgSavingsSchedule  *schedule,
                                                  GError               **error);
REORG_AVAILABLE_IN_ALL
GListModel           *reorg_plan_get_schedules   (ReorgPlan             *self);
REORG_AVAILABLE_IN_ALL
ReorgSavingsSchedule *reorg_plan_lookup_schedule (ReorgPlan             *self,
                                                  const char            *title);
REORG_AVAILABLE_IN_ALL
gboolean              reorg_plan_add_budget      (ReorgPlan             *self,
                                                  ReorgBudget           *budget,
                                                  GError               **error);
REORG_AVAILABLE_IN_ALL
GListModel           *reorg_plan_get_budgets     (ReorgPlan             *self);
REORG_AVAILABLE_IN_ALL
ReorgBudget          *reorg_plan_lookup_budget   (ReorgPlan             *self,
                                                  const char            *title);

G_END_DECLS
