/* reorg-post.h: a position in the establishment
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

G_BEGIN_DECLS

/**
 * ReorgPostStatus:
 * @REORG_POST_STATUS_FILLED: someone holds the post
 * @REORG_POST_STATUS_VACANT: nobody holds the post and it may be recruited to
 * @REORG_POST_STATUS_FROZEN: nobody holds the post and it may not be recruited to
 *
 * Whether a post is held.
 *
 * Since: 0.1
 */
typedef enum
{
  REORG_POST_STATUS_FILLED,
  REORG_POST_STATUS_VACANT,
  REORG_POST_STATUS_FROZEN,
} ReorgPostStatus;

/**
 * ReorgTenure:
 * @REORG_TENURE_PERMANENT: a permanent post
 * @REORG_TENURE_TEMPORARY: a temporary post
 * @REORG_TENURE_FIXED_TERM: a post for a fixed term
 * @REORG_TENURE_SECONDMENT: a post held on secondment
 *
 * The tenure of a post.
 *
 * Since: 0.1
 */
typedef enum
{
  REORG_TENURE_PERMANENT,
  REORG_TENURE_TEMPORARY,
  REORG_TENURE_FIXED_TERM,
  REORG_TENURE_SECONDMENT,
} ReorgTenure;

/**
 * ReorgFundingKind:
 * @REORG_FUNDING_MAINSTREAM: the organisation's own (mainstream) budget
 * @REORG_FUNDING_GRANT: a named grant
 * @REORG_FUNDING_RESERVES: reserves
 * @REORG_FUNDING_OTHER: any other source (partners, income)
 *
 * Where the money for a post comes from.
 *
 * Since: 0.1
 */
typedef enum
{
  REORG_FUNDING_MAINSTREAM,
  REORG_FUNDING_GRANT,
  REORG_FUNDING_RESERVES,
  REORG_FUNDING_OTHER,
} ReorgFundingKind;

#define REORG_TYPE_POST (reorg_post_get_type ())

REORG_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ReorgPost, reorg_post, REORG, POST, GObject)

REORG_AVAILABLE_IN_ALL
ReorgPost         *reorg_post_new                (const char        *reference);
REORG_AVAILABLE_IN_ALL
const char        *reorg_post_get_reference      (ReorgPost         *self);
REORG_AVAILABLE_IN_ALL
const char        *reorg_post_get_title          (ReorgPost         *self);
REORG_AVAILABLE_IN_ALL
void               reorg_post_set_title          (ReorgPost         *self,
                                                  const char        *title);
REORG_AVAILABLE_IN_ALL
const char        *reorg_post_get_grade          (ReorgPost         *self);
REORG_AVAILABLE_IN_ALL
void               reorg_post_set_grade          (ReorgPost         *self,
                                                  const char        *grade);
REORG_AVAILABLE_IN_ALL
const char        *reorg_post_get_job_family     (ReorgPost         *self);
REORG_AVAILABLE_IN_ALL
void               reorg_post_set_job_family     (ReorgPost         *self,
                                                  const char        *job_family);
REORG_AVAILABLE_IN_ALL
const ReorgFte    *reorg_post_get_fte            (ReorgPost         *self);
REORG_AVAILABLE_IN_ALL
gboolean           reorg_post_set_fte            (ReorgPost         *self,
                                                  const ReorgFte    *fte,
                                                  GError           **error);
REORG_AVAILABLE_IN_ALL
const ReorgMoney  *reorg_post_get_salary         (ReorgPost         *self);
REORG_AVAILABLE_IN_ALL
gboolean           reorg_post_set_salary         (ReorgPost         *self,
                                                  const ReorgMoney  *salary,
                                                  GError           **error);
REORG_AVAILABLE_IN_ALL
const ReorgMoney  *reorg_post_get_on_costs       (ReorgPost         *self);
REORG_AVAILABLE_IN_ALL
gboolean           reorg_post_set_on_costs       (ReorgPost         *self,
                                                  const ReorgMoney  *on_costs,
                                                  GError           **error);
REORG_AVAILABLE_IN_ALL
gint               reorg_post_get_on_cost_rate   (ReorgPost         *self);
REORG_AVAILABLE_IN_ALL
gboolean           reorg_post_set_on_cost_rate   (ReorgPost         *self,
                                                  gint               basis_points,
                                                  GError           **error);
REORG_AVAILABLE_IN_ALL
const ReorgMoney  *reorg_post_get_annual_cost    (ReorgPost         *self);
REORG_AVAILABLE_IN_ALL
ReorgPostStatus    reorg_post_get_status         (ReorgPost         *self);
REORG_AVAILABLE_IN_ALL
void               reorg_post_set_status         (ReorgPost         *self,
                                                  ReorgPostStatus    status);
REORG_AVAILABLE_IN_ALL
ReorgTenure        reorg_post_get_tenure         (ReorgPost         *self);
REORG_AVAILABLE_IN_ALL
void               reorg_post_set_tenure         (ReorgPost         *self,
                                                  ReorgTenure        tenure);
REORG_AVAILABLE_IN_ALL
ReorgFundingKind   reorg_post_get_funding_kind   (ReorgPost         *self);
REORG_AVAILABLE_IN_ALL
const char        *reorg_post_get_funding_name   (ReorgPost         *self);
REORG_AVAILABLE_IN_ALL
void               reorg_post_set_funding        (ReorgPost         *self,
                                                  ReorgFundingKind   kind,
                                                  const char        *name);
REORG_AVAILABLE_IN_ALL
ReorgUnit         *reorg_post_get_unit           (ReorgPost         *self);
REORG_AVAILABLE_IN_ALL
ReorgPost         *reorg_post_get_reports_to     (ReorgPost         *self);
REORG_AVAILABLE_IN_ALL
guint              reorg_post_get_n_reports      (ReorgPost         *self);
REORG_AVAILABLE_IN_ALL
ReorgStructure    *reorg_post_get_structure      (ReorgPost         *self);
REORG_AVAILABLE_IN_ALL
gboolean           reorg_post_is_vacant          (ReorgPost         *self);

G_END_DECLS
