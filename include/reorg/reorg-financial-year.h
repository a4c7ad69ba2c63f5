/* reorg-financial-year.h: financial years with a configurable start month
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

#define REORG_TYPE_FINANCIAL_YEAR (reorg_financial_year_get_type ())

typedef struct _ReorgFinancialYear ReorgFinancialYear;

/**
 * ReorgFinancialYear:
 * @start_year: the calendar year in which the financial year begins
 * @start_month: the month on whose first day the year begins
 *   (%G_DATE_APRIL for UK local and central government)
 *
 * A financial year: twelve months from the first day of @start_month in
 * @start_year. The UK public sector year 2015/16 runs from 1 April 2015 to
 * 31 March 2016.
 *
 * Since: 0.1
 */
struct _ReorgFinancialYear
{
  gint start_year;
  GDateMonth start_month;
};

REORG_AVAILABLE_IN_ALL
GType               reorg_financial_year_get_type      (void) G_GNUC_CONST;
REORG_AVAILABLE_IN_ALL
ReorgFinancialYear *reorg_financial_year_new           (gint                       start_year,
                                                        GDateMonth                 start_month,
                                                        GError                   **error);
REORG_AVAILABLE_IN_ALL
ReorgFinancialYear *reorg_financial_year_new_for_date  (const GDate               *date,
                                                        GDateMonth                 start_month,
                                                        GError                   **error);
REORG_AVAILABLE_IN_ALL
ReorgFinancialYear *reorg_financial_year_parse         (const char                *label,
                                                        GDateMonth                 start_month,
                                                        GError                   **error);
REORG_AVAILABLE_IN_ALL
ReorgFinancialYear *reorg_financial_year_copy          (const ReorgFinancialYear  *self);
REORG_AVAILABLE_IN_ALL
void                reorg_financial_year_free          (ReorgFinancialYear        *self);
REORG_AVAILABLE_IN_ALL
gint                reorg_financial_year_get_start_year  (const ReorgFinancialYear *self);
REORG_AVAILABLE_IN_ALL
GDateMonth          reorg_financial_year_get_start_month (const ReorgFinancialYear *self);
REORG_AVAILABLE_IN_ALL
char               *reorg_financial_year_get_label     (const ReorgFinancialYear  *self);
REORG_AVAILABLE_IN_ALL
GDate              *reorg_financial_year_get_first_day (const ReorgFinancialYear  *self);
REORG_AVAILABLE_IN_ALL
GDate              *reorg_financial_year_get_last_day  (const ReorgFinancialYear  *self);
REORG_AVAILABLE_IN_ALL
guint               reorg_financial_year_get_n_days    (const ReorgFinancialYear  *self);
REORG_AVAILABLE_IN_ALL
gboolean            reorg_financial_year_contains      (const ReorgFinancialYear  *self,
                                                        const GDate               *date);
REORG_AVAILABLE_IN_ALL
guint               reorg_financial_year_days_from     (const ReorgFinancialYear  *self,
                                                        const GDate               *date);
REORG_AVAILABLE_IN_ALL
double              reorg_financial_year_fraction_from (const ReorgFinancialYear  *self,
                                                        const GDate               *date);
REORG_AVAILABLE_IN_ALL
ReorgFinancialYear *reorg_financial_year_offset        (const ReorgFinancialYear  *self,
                                                        gint                       years,
                                                        GError                   **error);
REORG_AVAILABLE_IN_ALL
gboolean            reorg_financial_year_equal         (const ReorgFinancialYear  *a,
                                                        const ReorgFinancialYear  *b);
REORG_AVAILABLE_IN_ALL
int                 reorg_financial_year_compare       (const ReorgFinancialYear  *a,
                                                        const ReorgFinancialYear  *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ReorgFinancialYear, reorg_financial_year_free)

G_END_DECLS
