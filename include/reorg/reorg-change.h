/* reorg-change.h: one change of a restructure
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
#include <reorg/reorg-post.h>

G_BEGIN_DECLS

/**
 * ReorgChangeKind:
 * @REORG_CHANGE_KIND_ESTABLISH_POST: create a post, from a template, in a unit
 * @REORG_CHANGE_KIND_DISESTABLISH_POST: remove a post
 * @REORG_CHANGE_KIND_REGRADE: give a post a new grade and, optionally, a new salary
 * @REORG_CHANGE_KIND_SET_FTE: change a post's FTE; its pay follows pro rata
 * @REORG_CHANGE_KIND_SET_SALARY: change a post's salary
 * @REORG_CHANGE_KIND_SET_TENURE: change a post's tenure (temporary to permanent)
 * @REORG_CHANGE_KIND_SET_FUNDING: change the source that funds a post
 * @REORG_CHANGE_KIND_SET_REPORTS_TO: change the post a post reports to
 * @REORG_CHANGE_KIND_MOVE_POST: move a post to another unit
 * @REORG_CHANGE_KIND_CREATE_UNIT: create a unit, from a template, under a parent
 * @REORG_CHANGE_KIND_RENAME_UNIT: rename a unit
 * @REORG_CHANGE_KIND_MOVE_UNIT: move a unit, with its subtree, under another parent
 * @REORG_CHANGE_KIND_MERGE_UNIT: move every post and child unit of a unit into
 *   another unit, then close it
 * @REORG_CHANGE_KIND_CLOSE_UNIT: remove a unit, which must then be empty
 * @REORG_CHANGE_KIND_DISESTABLISH_UNIT_POSTS: remove every post directly in a
 *   unit, or only those with a given title
 * @REORG_CHANGE_KIND_ESTABLISH_POSTS: create a total FTE of one role in a unit:
 *   whole-time posts and one post for the remaining fraction
 *
 * What a [class@Reorg.Change] does.
 *
 * Since: 0.1
 */
typedef enum
{
  REORG_CHANGE_KIND_ESTABLISH_POST,
  REORG_CHANGE_KIND_DISESTABLISH_POST,
  REORG_CHANGE_KIND_REGRADE,
  REORG_CHANGE_KIND_SET_FTE,
  REORG_CHANGE_KIND_SET_SALARY,
  REORG_CHANGE_KIND_SET_TENURE,
  REORG_CHANGE_KIND_SET_FUNDING,
  REORG_CHANGE_KIND_SET_REPORTS_TO,
  REORG_CHANGE_KIND_MOVE_POST,
  REORG_CHANGE_KIND_CREATE_UNIT,
  REORG_CHANGE_KIND_RENAME_UNIT,
  REORG_CHANGE_KIND_MOVE_UNIT,
  REORG_CHANGE_KIND_MERGE_UNIT,
  REORG_CHANGE_KIND_CLOSE_UNIT,
  REORG_CHANGE_KIND_DISESTABLISH_UNIT_POSTS,
  REORG_CHANGE_KIND_ESTABLISH_POSTS,
} ReorgChangeKind;

/**
 * ReorgConditionKind:
 * @REORG_CONDITION_KIND_NONE: the change takes effect on its date
 * @REORG_CONDITION_KIND_IF_VACANT: the change takes effect on its date at the
 *   latest, and earlier only if the post becomes vacant (Manchester 2010:
 *   "disestablished from March 2012, and earlier only if the post becomes
 *   vacant"). The date is when it is certain, so it is applied and costed
 *   from that date.
 *
 * A condition on a [class@Reorg.Change].
 *
 * Since: 0.1
 */
typedef enum
{
  REORG_CONDITION_KIND_NONE,
  REORG_CONDITION_KIND_IF_VACANT,
} ReorgConditionKind;

#define REORG_TYPE_CHANGE (reorg_change_get_type ())

REORG_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ReorgChange, reorg_change, REORG, CHANGE, GObject)

REORG_AVAILABLE_IN_ALL
ReorgChange        *reorg_change_new_establish_post          (const GDate       *date,
                                                              ReorgPost         *template_post,
                                                              const char        *unit_reference,
                                                              const char        *reports_to);
REORG_AVAILABLE_IN_ALL
ReorgChange        *reorg_change_new_disestablish_post       (const GDate       *date,
                                                              const char        *post_reference);
REORG_AVAILABLE_IN_ALL
ReorgChange        *reorg_change_new_regrade                 (const GDate       *date,
                                                              const char        *post_reference,
                                                              const char        *grade,
                                                              const ReorgMoney  *salary);
REORG_AVAILABLE_IN_ALL
ReorgChange        *reorg_change_new_set_fte                 (const GDate       *date,
                                                              const char        *post_reference,
                                                              const ReorgFte    *fte);
REORG_AVAILABLE_IN_ALL
ReorgChange        *reorg_change_new_set_salary              (const GDate       *date,
                                                              const char        *post_reference,
                                                              const ReorgMoney  *salary);
REORG_AVAILABLE_IN_ALL
ReorgChange        *reorg_change_new_set_tenure              (const GDate       *date,
                                                              const char        *post_reference,
                                                              ReorgTenure        tenure);
REORG_AVAILABLE_IN_ALL
ReorgChange        *reorg_change_new_set_funding             (const GDate       *date,
                                                              const char        *post_reference,
                                                              ReorgFundingKind   funding_kind,
                                                              const char        *funding_name);
REORG_AVAILABLE_IN_ALL
ReorgChange        *reorg_change_new_set_reports_to          (const GDate       *date,
                                                              const char        *post_reference,
                                                              const char        *manager_reference);
REORG_AVAILABLE_IN_ALL
ReorgChange        *reorg_change_new_move_post               (const GDate       *date,
                                                              const char        *post_reference,
                                                              const char        *unit_reference);
REORG_AVAILABLE_IN_ALL
ReorgChange        *reorg_change_new_create_unit             (const GDate       *date,
                                                              ReorgUnit         *template_unit,
                                                              const char        *parent_reference);
REORG_AVAILABLE_IN_ALL
ReorgChange        *reorg_change_new_rename_unit             (const GDate       *date,
                                                              const char        *unit_reference,
                                                              const char        *name);
REORG_AVAILABLE_IN_ALL
ReorgChange        *reorg_change_new_move_unit               (const GDate       *date,
                                                              const char        *unit_reference,
                                                              const char        *parent_reference);
REORG_AVAILABLE_IN_ALL
ReorgChange        *reorg_change_new_merge_unit              (const GDate       *date,
                                                              const char        *unit_reference,
                                                              const char        *into_reference);
REORG_AVAILABLE_IN_ALL
ReorgChange        *reorg_change_new_close_unit              (const GDate       *date,
                                                              const char        *unit_reference);
REORG_AVAILABLE_IN_ALL
ReorgChange        *reorg_change_new_disestablish_unit_posts (const GDate       *date,
                                                              const char        *unit_reference,
                                                              const char        *title);
REORG_AVAILABLE_IN_ALL
ReorgChange        *reorg_change_new_establish_posts         (const GDate       *date,
                                                              ReorgPost         *template_post,
                                                              const char        *unit_reference,
                                                              const ReorgFte    *total_fte,
                                                              const char        *reference_prefix);

REORG_AVAILABLE_IN_ALL
ReorgChangeKind     reorg_change_get_kind                    (ReorgChange       *self);
REORG_AVAILABLE_IN_ALL
const GDate        *reorg_change_get_date                    (ReorgChange       *self);
REORG_AVAILABLE_IN_ALL
const char         *reorg_change_get_label                   (ReorgChange       *self);
REORG_AVAILABLE_IN_ALL
void                reorg_change_set_label                   (ReorgChange       *self,
                                                              const char        *label);
REORG_AVAILABLE_IN_ALL
const char         *reorg_change_get_phase                   (ReorgChange       *self);
REORG_AVAILABLE_IN_ALL
void                reorg_change_set_phase                   (ReorgChange       *self,
                                                              const char        *phase);
REORG_AVAILABLE_IN_ALL
ReorgConditionKind  reorg_change_get_condition               (ReorgChange       *self);
REORG_AVAILABLE_IN_ALL
const char         *reorg_change_get_condition_text          (ReorgChange       *self);
REORG_AVAILABLE_IN_ALL
void                reorg_change_set_condition               (ReorgChange       *self,
                                                              ReorgConditionKind condition,
                                                              const char        *text);
REORG_AVAILABLE_IN_ALL
const GDate        *reorg_change_get_pay_protection_until    (ReorgChange       *self);
REORG_AVAILABLE_IN_ALL
void                reorg_change_set_pay_protection_until    (ReorgChange       *self,
                                                              const GDate       *date);
REORG_AVAILABLE_IN_ALL
const GDate        *reorg_change_get_money_date              (ReorgChange       *self);

REORG_AVAILABLE_IN_ALL
const char         *reorg_change_get_post_reference          (ReorgChange       *self);
REORG_AVAILABLE_IN_ALL
const char         *reorg_change_get_unit_reference          (ReorgChange       *self);
REORG_AVAILABLE_IN_ALL
const char         *reorg_change_get_manager_reference       (ReorgChange       *self);
REORG_AVAILABLE_IN_ALL
const char         *reorg_change_get_parent_reference        (ReorgChange       *self);
REORG_AVAILABLE_IN_ALL
const char         *reorg_change_get_into_reference          (ReorgChange       *self);
REORG_AVAILABLE_IN_ALL
ReorgPost          *reorg_change_get_template_post           (ReorgChange       *self);
REORG_AVAILABLE_IN_ALL
ReorgUnit          *reorg_change_get_template_unit           (ReorgChange       *self);
REORG_AVAILABLE_IN_ALL
const char         *reorg_change_get_grade                   (ReorgChange       *self);
REORG_AVAILABLE_IN_ALL
const ReorgMoney   *reorg_change_get_salary                  (ReorgChange       *self);
REORG_AVAILABLE_IN_ALL
const ReorgFte     *reorg_change_get_fte                     (ReorgChange       *self);
REORG_AVAILABLE_IN_ALL
ReorgTenure         reorg_change_get_tenure                  (ReorgChange       *self);
REORG_AVAILABLE_IN_ALL
ReorgFundingKind    reorg_change_get_funding_kind            (ReorgChange       *self);
REORG_AVAILABLE_IN_ALL
const char         *reorg_change_get_funding_name            (ReorgChange       *self);
REORG_AVAILABLE_IN_ALL
const char         *reorg_change_get_name                    (ReorgChange       *self);
REORG_AVAILABLE_IN_ALL
const char         *reorg_change_get_title                   (ReorgChange       *self);
REORG_AVAILABLE_IN_ALL
const char         *reorg_change_get_reference_prefix        (ReorgChange       *self);
REORG_AVAILABLE_IN_ALL
guint               reorg_change_get_n_new_posts             (ReorgChange       *self);
REORG_AVAILABLE_IN_ALL
gboolean            reorg_change_equal                       (ReorgChange       *a,
                                                              ReorgChange       *b);
REORG_AVAILABLE_IN_ALL
char               *reorg_change_describe                    (ReorgChange       *self);

G_END_DECLS
