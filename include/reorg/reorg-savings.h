/* reorg-savings.h: money by financial year, one-off costs, the workforce
 * impact and the consultation check of a proposal
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
#include <reorg/reorg-financial-year.h>
#include <reorg/reorg-structure.h>
#include <reorg/reorg-proposal.h>

G_BEGIN_DECLS

/**
 * ReorgSavingsGrouping:
 * @REORG_SAVINGS_GROUPING_NONE: one line per change of the proposal
 * @REORG_SAVINGS_GROUPING_UNIT: one line per unit of the posts changed
 * @REORG_SAVINGS_GROUPING_SERVICE: one line per top-level service
 * @REORG_SAVINGS_GROUPING_GROUP: one line per group (label) of the changes,
 *   such as "FISS to Families First"
 * @REORG_SAVINGS_GROUPING_FUNDING: one line per funding source
 *   (`mainstream`, `grant: ABG`, ...), so that a grant-funded post saves the
 *   grant and not the organisation's own budget
 *
 * How [method@Reorg.Savings.get_lines] groups the money of a proposal.
 *
 * Since: 0.1
 */
typedef enum
{
  REORG_SAVINGS_GROUPING_NONE,
  REORG_SAVINGS_GROUPING_UNIT,
  REORG_SAVINGS_GROUPING_SERVICE,
  REORG_SAVINGS_GROUPING_GROUP,
  REORG_SAVINGS_GROUPING_FUNDING,
} ReorgSavingsGrouping;

/**
 * ReorgOneOffCostKind:
 * @REORG_ONE_OFF_COST_REDUNDANCY: redundancy or severance pay
 * @REORG_ONE_OFF_COST_PENSION_STRAIN: pension strain (early release of
 *   pension for staff aged 55 or over)
 * @REORG_ONE_OFF_COST_TRAINING: training and change management
 * @REORG_ONE_OFF_COST_OTHER: any other one-off cost
 *
 * The kind of a [struct@Reorg.OneOffCost].
 *
 * Since: 0.1
 */
typedef enum
{
  REORG_ONE_OFF_COST_REDUNDANCY,
  REORG_ONE_OFF_COST_PENSION_STRAIN,
  REORG_ONE_OFF_COST_TRAINING,
  REORG_ONE_OFF_COST_OTHER,
} ReorgOneOffCostKind;

/**
 * ReorgConsultationScope:
 * @REORG_CONSULTATION_SCOPE_ESTABLISHMENT: count each top-level service as
 *   one establishment
 * @REORG_CONSULTATION_SCOPE_ORGANISATION: count the whole organisation as
 *   one establishment
 *
 * What [method@Reorg.Savings.check_consultation] takes as "one
 * establishment".
 *
 * Since: 0.1
 */
typedef enum
{
  REORG_CONSULTATION_SCOPE_ESTABLISHMENT,
  REORG_CONSULTATION_SCOPE_ORGANISATION,
} ReorgConsultationScope;

/**
 * ReorgConsultationDuty:
 * @REORG_CONSULTATION_DUTY_NONE: fewer than 20 potential redundancies within
 *   90 days: no duty of collective consultation
 * @REORG_CONSULTATION_DUTY_THIRTY_DAYS: 20 to 99 within 90 days: at least
 *   30 days of collective consultation and an HR1 notification before the
 *   first dismissal
 * @REORG_CONSULTATION_DUTY_FORTY_FIVE_DAYS: 100 or more within 90 days: at
 *   least 45 days of collective consultation and an HR1 notification before
 *   the first dismissal
 *
 * The duty of collective consultation (Trade Union and Labour Relations
 * (Consolidation) Act 1992, sections 188 and 193).
 *
 * Since: 0.1
 */
typedef enum
{
  REORG_CONSULTATION_DUTY_NONE,
  REORG_CONSULTATION_DUTY_THIRTY_DAYS,
  REORG_CONSULTATION_DUTY_FORTY_FIVE_DAYS,
} ReorgConsultationDuty;

/* ---- ReorgOneOffCost ---- */

#define REORG_TYPE_ONE_OFF_COST (reorg_one_off_cost_get_type ())

typedef struct _ReorgOneOffCost ReorgOneOffCost;

REORG_AVAILABLE_IN_ALL
GType                reorg_one_off_cost_get_type    (void) G_GNUC_CONST;
REORG_AVAILABLE_IN_ALL
ReorgOneOffCost     *reorg_one_off_cost_new         (const char             *label,
                                                     ReorgOneOffCostKind     kind,
                                                     const ReorgMoney       *amount,
                                                     const GDate            *date);
REORG_AVAILABLE_IN_ALL
ReorgOneOffCost     *reorg_one_off_cost_copy        (const ReorgOneOffCost  *self);
REORG_AVAILABLE_IN_ALL
void                 reorg_one_off_cost_free        (ReorgOneOffCost        *self);
REORG_AVAILABLE_IN_ALL
const char          *reorg_one_off_cost_get_label   (const ReorgOneOffCost  *self);
REORG_AVAILABLE_IN_ALL
ReorgOneOffCostKind  reorg_one_off_cost_get_kind    (const ReorgOneOffCost  *self);
REORG_AVAILABLE_IN_ALL
const ReorgMoney    *reorg_one_off_cost_get_amount  (const ReorgOneOffCost  *self);
REORG_AVAILABLE_IN_ALL
const GDate         *reorg_one_off_cost_get_date    (const ReorgOneOffCost  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ReorgOneOffCost, reorg_one_off_cost_free)

/* ---- The one-off costs of a ReorgProposal ---- */

REORG_AVAILABLE_IN_ALL
void                 reorg_proposal_add_one_off_cost    (ReorgProposal          *self,
                                                         const ReorgOneOffCost  *cost);
REORG_AVAILABLE_IN_ALL
void                 reorg_proposal_remove_one_off_cost (ReorgProposal          *self,
                                                         guint                   index);
REORG_AVAILABLE_IN_ALL
guint                reorg_proposal_get_n_one_off_costs (ReorgProposal          *self);
REORG_AVAILABLE_IN_ALL
GPtrArray           *reorg_proposal_get_one_off_costs   (ReorgProposal          *self);

/* ---- ReorgSavingsLine ---- */

#define REORG_TYPE_SAVINGS_LINE (reorg_savings_line_get_type ())

typedef struct _ReorgSavingsLine ReorgSavingsLine;

REORG_AVAILABLE_IN_ALL
GType               reorg_savings_line_get_type              (void) G_GNUC_CONST;
REORG_AVAILABLE_IN_ALL
ReorgSavingsLine   *reorg_savings_line_copy                  (const ReorgSavingsLine *self);
REORG_AVAILABLE_IN_ALL
void                reorg_savings_line_free                  (ReorgSavingsLine       *self);
REORG_AVAILABLE_IN_ALL
const char         *reorg_savings_line_get_key               (const ReorgSavingsLine *self);
REORG_AVAILABLE_IN_ALL
const char         *reorg_savings_line_get_label             (const ReorgSavingsLine *self);
REORG_AVAILABLE_IN_ALL
const ReorgMoney   *reorg_savings_line_get_full_year_effect  (const ReorgSavingsLine *self);
REORG_AVAILABLE_IN_ALL
guint               reorg_savings_line_get_n_years           (const ReorgSavingsLine *self);
REORG_AVAILABLE_IN_ALL
const ReorgMoney   *reorg_savings_line_get_amount            (const ReorgSavingsLine *self,
                                                              guint                   year_index);
REORG_AVAILABLE_IN_ALL
const ReorgFte     *reorg_savings_line_get_fte_change        (const ReorgSavingsLine *self);
REORG_AVAILABLE_IN_ALL
gint64              reorg_savings_line_get_posts_change      (const ReorgSavingsLine *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ReorgSavingsLine, reorg_savings_line_free)

/* ---- ReorgWorkforceRow ---- */

#define REORG_TYPE_WORKFORCE_ROW (reorg_workforce_row_get_type ())

typedef struct _ReorgWorkforceRow ReorgWorkforceRow;

REORG_AVAILABLE_IN_ALL
GType                     reorg_workforce_row_get_type               (void) G_GNUC_CONST;
REORG_AVAILABLE_IN_ALL
ReorgWorkforceRow        *reorg_workforce_row_copy                   (const ReorgWorkforceRow *self);
REORG_AVAILABLE_IN_ALL
void                      reorg_workforce_row_free                   (ReorgWorkforceRow       *self);
REORG_AVAILABLE_IN_ALL
const char               *reorg_workforce_row_get_service            (const ReorgWorkforceRow *self);
REORG_AVAILABLE_IN_ALL
const ReorgFinancialYear *reorg_workforce_row_get_year               (const ReorgWorkforceRow *self);
REORG_AVAILABLE_IN_ALL
const ReorgFte           *reorg_workforce_row_get_removed            (const ReorgWorkforceRow *self);
REORG_AVAILABLE_IN_ALL
const ReorgFte           *reorg_workforce_row_get_removed_filled     (const ReorgWorkforceRow *self);
REORG_AVAILABLE_IN_ALL
const ReorgFte           *reorg_workforce_row_get_removed_vacant     (const ReorgWorkforceRow *self);
REORG_AVAILABLE_IN_ALL
const ReorgFte           *reorg_workforce_row_get_removed_permanent  (const ReorgWorkforceRow *self);
REORG_AVAILABLE_IN_ALL
const ReorgFte           *reorg_workforce_row_get_removed_temporary  (const ReorgWorkforceRow *self);
REORG_AVAILABLE_IN_ALL
const ReorgFte           *reorg_workforce_row_get_added              (const ReorgWorkforceRow *self);
REORG_AVAILABLE_IN_ALL
const ReorgFte           *reorg_workforce_row_get_net_reduction      (const ReorgWorkforceRow *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ReorgWorkforceRow, reorg_workforce_row_free)

/* ---- ReorgConsultation ---- */

#define REORG_TYPE_CONSULTATION (reorg_consultation_get_type ())

typedef struct _ReorgConsultation ReorgConsultation;

REORG_AVAILABLE_IN_ALL
GType                  reorg_consultation_get_type                    (void) G_GNUC_CONST;
REORG_AVAILABLE_IN_ALL
ReorgConsultation     *reorg_consultation_copy                        (const ReorgConsultation *self);
REORG_AVAILABLE_IN_ALL
void                   reorg_consultation_free                        (ReorgConsultation       *self);
REORG_AVAILABLE_IN_ALL
const char            *reorg_consultation_get_establishment           (const ReorgConsultation *self);
REORG_AVAILABLE_IN_ALL
guint                  reorg_consultation_get_potential_redundancies  (const ReorgConsultation *self);
REORG_AVAILABLE_IN_ALL
guint                  reorg_consultation_get_largest_in_window       (const ReorgConsultation *self);
REORG_AVAILABLE_IN_ALL
const GDate           *reorg_consultation_get_window_first            (const ReorgConsultation *self);
REORG_AVAILABLE_IN_ALL
const GDate           *reorg_consultation_get_window_last             (const ReorgConsultation *self);
REORG_AVAILABLE_IN_ALL
ReorgConsultationDuty  reorg_consultation_get_duty                    (const ReorgConsultation *self);
REORG_AVAILABLE_IN_ALL
guint                  reorg_consultation_get_days                    (const ReorgConsultation *self);
REORG_AVAILABLE_IN_ALL
gboolean               reorg_consultation_get_hr1_required            (const ReorgConsultation *self);
REORG_AVAILABLE_IN_ALL
const GDate           *reorg_consultation_get_latest_start            (const ReorgConsultation *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ReorgConsultation, reorg_consultation_free)

/* ---- ReorgSavings ---- */

#define REORG_TYPE_SAVINGS (reorg_savings_get_type ())

REORG_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ReorgSavings, reorg_savings, REORG, SAVINGS, GObject)

REORG_AVAILABLE_IN_ALL
ReorgSavings             *reorg_savings_new                      (ReorgProposal            *proposal,
                                                                  ReorgStructure           *base,
                                                                  GDateMonth                fy_start,
                                                                  const ReorgFinancialYear *first_year,
                                                                  guint                     n_years,
                                                                  GError                  **error);
REORG_AVAILABLE_IN_ALL
GDateMonth                reorg_savings_get_start_month          (ReorgSavings             *self);
REORG_AVAILABLE_IN_ALL
guint                     reorg_savings_get_n_years              (ReorgSavings             *self);
REORG_AVAILABLE_IN_ALL
const ReorgFinancialYear *reorg_savings_get_year                 (ReorgSavings             *self,
                                                                  guint                     year_index);
REORG_AVAILABLE_IN_ALL
GPtrArray                *reorg_savings_get_years                (ReorgSavings             *self);
REORG_AVAILABLE_IN_ALL
const ReorgMoney         *reorg_savings_get_total                (ReorgSavings             *self,
                                                                  guint                     year_index);
REORG_AVAILABLE_IN_ALL
const ReorgMoney         *reorg_savings_get_full_year_total      (ReorgSavings             *self);
REORG_AVAILABLE_IN_ALL
GPtrArray                *reorg_savings_get_lines                (ReorgSavings             *self,
                                                                  ReorgSavingsGrouping      grouping);
REORG_AVAILABLE_IN_ALL
gboolean                  reorg_savings_add_one_off_cost         (ReorgSavings             *self,
                                                                  const ReorgOneOffCost    *cost,
                                                                  GError                  **error);
REORG_AVAILABLE_IN_ALL
ReorgMoney               *reorg_savings_estimate_redundancy_per_fte (ReorgSavings          *self,
                                                                  const ReorgMoney         *per_fte,
                                                                  guint                     multiplier_basis_points,
                                                                  GError                  **error);
REORG_AVAILABLE_IN_ALL
GPtrArray                *reorg_savings_get_one_off_costs        (ReorgSavings             *self);
REORG_AVAILABLE_IN_ALL
const ReorgMoney         *reorg_savings_get_one_off_total        (ReorgSavings             *self,
                                                                  guint                     year_index);
REORG_AVAILABLE_IN_ALL
const ReorgMoney         *reorg_savings_get_net_cost             (ReorgSavings             *self,
                                                                  guint                     year_index);
REORG_AVAILABLE_IN_ALL
const ReorgMoney         *reorg_savings_get_reserves_call        (ReorgSavings             *self);
REORG_AVAILABLE_IN_ALL
GPtrArray                *reorg_savings_get_workforce_impact     (ReorgSavings             *self);
REORG_AVAILABLE_IN_ALL
GPtrArray                *reorg_savings_check_consultation       (ReorgSavings             *self,
                                                                  ReorgConsultationScope    scope);

/* ---- Redundancy pay ---- */

REORG_AVAILABLE_IN_ALL
ReorgMoney *reorg_redundancy_weekly_pay_cap        (const GDate       *date,
                                                    GError           **error);
REORG_AVAILABLE_IN_ALL
guint       reorg_redundancy_statutory_half_weeks  (guint              age,
                                                    guint              years_of_service,
                                                    GError           **error);
REORG_AVAILABLE_IN_ALL
ReorgMoney *reorg_redundancy_statutory_pay         (guint              age,
                                                    guint              years_of_service,
                                                    const ReorgMoney  *weekly_pay,
                                                    const GDate       *dismissal_date,
                                                    GError           **error);
REORG_AVAILABLE_IN_ALL
ReorgMoney *reorg_redundancy_local_government_pay  (guint              age,
                                                    guint              years_of_service,
                                                    const ReorgMoney  *weekly_pay,
                                                    guint              multiplier_basis_points,
                                                    GError           **error);

G_END_DECLS
