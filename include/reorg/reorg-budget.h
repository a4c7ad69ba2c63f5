/* reorg-budget.h: published budgets by service and by type of spend
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
#include <reorg/reorg-fte.h>
#include <reorg/reorg-financial-year.h>
#include <reorg/reorg-schedule.h>

G_BEGIN_DECLS

/**
 * ReorgBudgetAnalysis:
 * @REORG_BUDGET_ANALYSIS_OBJECTIVE: rows by service activity
 * @REORG_BUDGET_ANALYSIS_SUBJECTIVE: rows by type of spend
 *
 * The two analyses of a budget, each a list of rows.
 *
 * Since: 0.1
 */
typedef enum
{
  REORG_BUDGET_ANALYSIS_OBJECTIVE,
  REORG_BUDGET_ANALYSIS_SUBJECTIVE,
} ReorgBudgetAnalysis;

/**
 * ReorgBudgetColumn:
 * @REORG_BUDGET_COLUMN_GROSS: gross budget (money)
 * @REORG_BUDGET_COLUMN_NET: net budget (money); the amount of a row of the
 *   subjective analysis
 * @REORG_BUDGET_COLUMN_GROWTH: growth and other budget changes (money)
 * @REORG_BUDGET_COLUMN_SAVINGS: savings (money, held savings positive)
 * @REORG_BUDGET_COLUMN_FTE: budgeted full-time equivalents
 * @REORG_BUDGET_COLUMN_REDUCTIONS: workforce reductions in FTE in the year
 *
 * The figures a budget row holds per financial year. Each cell is optional:
 * published tables leave cells blank.
 *
 * Since: 0.1
 */
typedef enum
{
  REORG_BUDGET_COLUMN_GROSS,
  REORG_BUDGET_COLUMN_NET,
  REORG_BUDGET_COLUMN_GROWTH,
  REORG_BUDGET_COLUMN_SAVINGS,
  REORG_BUDGET_COLUMN_FTE,
  REORG_BUDGET_COLUMN_REDUCTIONS,
} ReorgBudgetColumn;

/**
 * ReorgSpendKind:
 * @REORG_SPEND_KIND_NONE: not a subjective heading (a service row)
 * @REORG_SPEND_KIND_EMPLOYEES: employees
 * @REORG_SPEND_KIND_PREMISES: premises
 * @REORG_SPEND_KIND_TRANSPORT: transport
 * @REORG_SPEND_KIND_SUPPLIES_AND_SERVICES: supplies and services
 * @REORG_SPEND_KIND_THIRD_PARTY_PAYMENTS: third party payments
 * @REORG_SPEND_KIND_TRANSFER_PAYMENTS: transfer payments
 * @REORG_SPEND_KIND_SUPPORT_SERVICES: support services
 * @REORG_SPEND_KIND_CAPITAL_FINANCING: capital financing
 * @REORG_SPEND_KIND_INCOME: income (held as negative amounts)
 * @REORG_SPEND_KIND_OTHER: another kind of expenditure, named by the row
 *
 * The type of spend of a row of the subjective analysis.
 *
 * Since: 0.1
 */
typedef enum
{
  REORG_SPEND_KIND_NONE,
  REORG_SPEND_KIND_EMPLOYEES,
  REORG_SPEND_KIND_PREMISES,
  REORG_SPEND_KIND_TRANSPORT,
  REORG_SPEND_KIND_SUPPLIES_AND_SERVICES,
  REORG_SPEND_KIND_THIRD_PARTY_PAYMENTS,
  REORG_SPEND_KIND_TRANSFER_PAYMENTS,
  REORG_SPEND_KIND_SUPPORT_SERVICES,
  REORG_SPEND_KIND_CAPITAL_FINANCING,
  REORG_SPEND_KIND_INCOME,
  REORG_SPEND_KIND_OTHER,
} ReorgSpendKind;

/* ---- ReorgBudgetRow ---- */

#define REORG_TYPE_BUDGET_ROW (reorg_budget_row_get_type ())
REORG_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ReorgBudgetRow, reorg_budget_row, REORG, BUDGET_ROW, GObject)

REORG_AVAILABLE_IN_ALL
ReorgBudgetRow   *reorg_budget_row_new            (const char        *reference,
                                                   const char        *name);
REORG_AVAILABLE_IN_ALL
const char       *reorg_budget_row_get_reference  (ReorgBudgetRow    *self);
REORG_AVAILABLE_IN_ALL
void              reorg_budget_row_set_reference  (ReorgBudgetRow    *self,
                                                   const char        *reference);
REORG_AVAILABLE_IN_ALL
const char       *reorg_budget_row_get_name       (ReorgBudgetRow    *self);
REORG_AVAILABLE_IN_ALL
void              reorg_budget_row_set_name       (ReorgBudgetRow    *self,
                                                   const char        *name);
REORG_AVAILABLE_IN_ALL
const char       *reorg_budget_row_get_group      (ReorgBudgetRow    *self);
REORG_AVAILABLE_IN_ALL
void              reorg_budget_row_set_group      (ReorgBudgetRow    *self,
                                                   const char        *group);
REORG_AVAILABLE_IN_ALL
ReorgSpendKind    reorg_budget_row_get_spend_kind (ReorgBudgetRow    *self);
REORG_AVAILABLE_IN_ALL
void              reorg_budget_row_set_spend_kind (ReorgBudgetRow    *self,
                                                   ReorgSpendKind     kind);
REORG_AVAILABLE_IN_ALL
const ReorgMoney *reorg_budget_row_get_amount     (ReorgBudgetRow    *self,
                                                   ReorgBudgetColumn  column,
                                                   guint              year_index);
REORG_AVAILABLE_IN_ALL
void              reorg_budget_row_set_amount     (ReorgBudgetRow    *self,
                                                   ReorgBudgetColumn  column,
                                                   guint              year_index,
                                                   const ReorgMoney  *amount);
REORG_AVAILABLE_IN_ALL
const ReorgFte   *reorg_budget_row_get_fte        (ReorgBudgetRow    *self,
                                                   ReorgBudgetColumn  column,
                                                   guint              year_index);
REORG_AVAILABLE_IN_ALL
void              reorg_budget_row_set_fte        (ReorgBudgetRow    *self,
                                                   ReorgBudgetColumn  column,
                                                   guint              year_index,
                                                   const ReorgFte    *fte);
REORG_AVAILABLE_IN_ALL
gboolean          reorg_budget_row_equal          (ReorgBudgetRow    *a,
                                                   ReorgBudgetRow    *b);

/* ---- ReorgBudget ---- */

#define REORG_TYPE_BUDGET (reorg_budget_get_type ())
REORG_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ReorgBudget, reorg_budget, REORG, BUDGET, GObject)

REORG_AVAILABLE_IN_ALL
ReorgBudget              *reorg_budget_new               (const char                *title,
                                                          ReorgMoneyScale            scale,
                                                          ReorgSignConvention        sign);
REORG_AVAILABLE_IN_ALL
const char               *reorg_budget_get_title         (ReorgBudget               *self);
REORG_AVAILABLE_IN_ALL
void                      reorg_budget_set_title         (ReorgBudget               *self,
                                                          const char                *title);
REORG_AVAILABLE_IN_ALL
ReorgMoneyScale           reorg_budget_get_scale         (ReorgBudget               *self);
REORG_AVAILABLE_IN_ALL
void                      reorg_budget_set_scale         (ReorgBudget               *self,
                                                          ReorgMoneyScale            scale);
REORG_AVAILABLE_IN_ALL
ReorgSignConvention       reorg_budget_get_sign          (ReorgBudget               *self);
REORG_AVAILABLE_IN_ALL
void                      reorg_budget_set_sign          (ReorgBudget               *self,
                                                          ReorgSignConvention        sign);
REORG_AVAILABLE_IN_ALL
gboolean                  reorg_budget_add_year          (ReorgBudget               *self,
                                                          const ReorgFinancialYear  *year,
                                                          GError                   **error);
REORG_AVAILABLE_IN_ALL
guint                     reorg_budget_get_n_years       (ReorgBudget               *self);
REORG_AVAILABLE_IN_ALL
const ReorgFinancialYear *reorg_budget_get_year          (ReorgBudget               *self,
                                                          guint                      year_index);
REORG_AVAILABLE_IN_ALL
int                       reorg_budget_find_year         (ReorgBudget               *self,
                                                          const ReorgFinancialYear  *year);
REORG_AVAILABLE_IN_ALL
gboolean                  reorg_budget_add_row           (ReorgBudget               *self,
                                                          ReorgBudgetAnalysis        analysis,
                                                          ReorgBudgetRow            *row,
                                                          GError                   **error);
REORG_AVAILABLE_IN_ALL
GListModel               *reorg_budget_get_rows          (ReorgBudget               *self,
                                                          ReorgBudgetAnalysis        analysis);
REORG_AVAILABLE_IN_ALL
ReorgBudgetRow           *reorg_budget_lookup_row        (ReorgBudget               *self,
                                                          ReorgBudgetAnalysis        analysis,
                                                          const char                *name);
REORG_AVAILABLE_IN_ALL
ReorgBudgetRow           *reorg_budget_get_total_row     (ReorgBudget               *self,
                                                          ReorgBudgetAnalysis        analysis);
REORG_AVAILABLE_IN_ALL
ReorgMoney               *reorg_budget_compute_total     (ReorgBudget               *self,
                                                          ReorgBudgetAnalysis        analysis,
                                                          ReorgBudgetColumn          column,
                                                          guint                      year_index,
                                                          GError                   **error);
REORG_AVAILABLE_IN_ALL
ReorgFte                 *reorg_budget_compute_fte_total (ReorgBudget               *self,
                                                          ReorgBudgetAnalysis        analysis,
                                                          ReorgBudgetColumn          column,
                                                          guint                      year_index,
                                                          GError                   **error);
REORG_AVAILABLE_IN_ALL
ReorgMoney               *reorg_budget_parse_amount      (ReorgBudget               *self,
                                                          ReorgBudgetColumn          column,
                                                          const char                *text,
                                                          GError                   **error);
REORG_AVAILABLE_IN_ALL
char                     *reorg_budget_format_amount     (ReorgBudget               *self,
                                                          ReorgBudgetColumn          column,
                                                          const ReorgMoney          *amount);
REORG_AVAILABLE_IN_ALL
gboolean                  reorg_budget_equal             (ReorgBudget               *a,
                                                          ReorgBudget               *b);

G_END_DECLS
