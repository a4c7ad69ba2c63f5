/* reorg-published-private.h: internals of published tables (savings
 * schedules, budgets) and of the checker
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "reorg-private.h"

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* ---- Optional cells: a blank cell is not zero ---- */

/* One optional cell of a money or an FTE column: both are a single exact
 * gint64, so one cell type and one set of helpers serve both. */
typedef struct
{
  union
  {
    ReorgMoney money;
    ReorgFte   fte;
    gint64     value;
  };
  gboolean set;
} ReorgCell;

/* A GArray of ReorgCell that grows on set; NULL where blank. A cell past
 * the end of the array is blank, so trailing blanks and absent cells are
 * the same. Cells at or past n_years (the table's number of years) are not
 * compared nor counted: pass G_MAXUINT for all of them. */
#define reorg_cells_new() g_array_new (FALSE, TRUE, sizeof (ReorgCell))

gboolean          reorg_cells_equal       (GArray           *a,
                                           GArray           *b,
                                           guint             n_years);
/* The highest set index below n_years + 1 */
guint             reorg_cells_used        (GArray           *cells,
                                           guint             n_years);

const ReorgMoney *reorg_money_cells_get   (GArray           *cells,
                                           guint             index);
void              reorg_money_cells_set   (GArray           *cells,
                                           guint             index,
                                           const ReorgMoney *money);
const ReorgFte   *reorg_fte_cells_get     (GArray           *cells,
                                           guint             index);
void              reorg_fte_cells_set     (GArray           *cells,
                                           guint             index,
                                           const ReorgFte   *fte);

/* The pence of one unit of a scale: 100, 100000, ... */
gint64 reorg_scale_unit_pence (ReorgMoneyScale scale);

/* Formats an amount in a scale as a table prints it: grouping, brackets for
 * negatives, as many decimals as it takes to be exact. */
char  *reorg_format_in_scale  (const ReorgMoney *money,
                               ReorgMoneyScale   scale);

/* The same, negated first when @negate (for a table that writes savings
 * negative; an amount whose negation does not fit is printed as is), with
 * the given flags instead of brackets. */
char  *reorg_format_signed_in_scale (const ReorgMoney      *money,
                                     ReorgMoneyScale        scale,
                                     gboolean               negate,
                                     ReorgMoneyFormatFlags  flags);

/* Reads an amount as a table prints it, in its scale, negated when
 * @negate; errors are those of reorg_money_parse() and
 * reorg_money_negate(). */
ReorgMoney *reorg_parse_in_scale (const char       *text,
                                  ReorgMoneyScale   scale,
                                  gboolean          negate,
                                  GError          **error);

/* Years: a GPtrArray of ReorgFinancialYear, the columns of a schedule or a
 * budget */
GPtrArray *reorg_years_new   (void);
gboolean   reorg_years_equal (GPtrArray *a,
                              GPtrArray *b);
int        reorg_years_find  (GPtrArray                *years,
                              const ReorgFinancialYear *year);
/* Appends a copy of @year; one already there is a REORG_ERROR_DUPLICATE
 * error "the year 2015/16 is already <@already>". */
gboolean   reorg_years_add   (GPtrArray                 *years,
                              const ReorgFinancialYear  *year,
                              const char                *already,
                              GError                   **error);
/* NULL if @index is out of range */
const ReorgFinancialYear *reorg_years_get (GPtrArray *years,
                                           guint      index);
/* A REORG_ERROR_INVALID error "the <@table> has 2 years, no year 3" if
 * @index is not a year */
gboolean   reorg_years_check_index (GPtrArray   *years,
                                    guint        index,
                                    const char  *table,
                                    GError     **error);

/* ---- Instance structs ---- */

struct _ReorgScheduleLine
{
  GObject               parent_instance;
  char                 *reference;
  char                 *description;
  char                 *service;
  char                 *risk;
  ReorgScheduleLineKind kind;
  ReorgMtfsStatus       status;
  GArray               *amounts;   /* of ReorgCell */
  GPtrArray            *links;     /* of char*, proposal and change in pairs */
  gpointer              parent;    /* the section, not owned */
};

struct _ReorgScheduleSection
{
  GObject         parent_instance;
  char           *name;
  ReorgListModel *sections;        /* of ReorgScheduleSection */
  ReorgListModel *lines;           /* of ReorgScheduleLine */
  GArray         *subtotals;       /* published, of ReorgCell */
  gpointer        parent;          /* a section or a schedule, not owned */
};

struct _ReorgSavingsSchedule
{
  GObject             parent_instance;
  char               *title;
  ReorgMoneyScale     scale;
  ReorgSignConvention sign;
  GPtrArray          *years;       /* of ReorgFinancialYear */
  ReorgListModel     *sections;    /* of ReorgScheduleSection */
  GArray             *totals;      /* published, of ReorgCell */
};

#define REORG_BUDGET_N_COLUMNS (REORG_BUDGET_COLUMN_REDUCTIONS + 1)

struct _ReorgBudgetRow
{
  GObject         parent_instance;
  char           *reference;
  char           *name;
  char           *group;
  ReorgSpendKind  spend_kind;
  GArray         *cells[REORG_BUDGET_N_COLUMNS]; /* money or FTE cells */
  gpointer        budget;                        /* not owned */
};

struct _ReorgBudget
{
  GObject             parent_instance;
  char               *title;
  ReorgMoneyScale     scale;
  ReorgSignConvention sign;
  GPtrArray          *years;
  ReorgListModel     *rows[2];    /* by ReorgBudgetAnalysis */
  ReorgBudgetRow     *totals[2];  /* published totals */
};

static inline gboolean
reorg_budget_column_is_fte (ReorgBudgetColumn column)
{
  return column == REORG_BUDGET_COLUMN_FTE || column == REORG_BUDGET_COLUMN_REDUCTIONS;
}

/* Sum of a section's subtree (lines and child sections) for a year; counts
 * the amounts that are present. */
gboolean reorg_schedule_section_sum (ReorgScheduleSection *self,
                                     guint                 year_index,
                                     gint64               *pence,
                                     guint                *n_terms,
                                     GError              **error);

gboolean reorg_budget_sum (ReorgBudget          *self,
                           ReorgBudgetAnalysis   analysis,
                           ReorgBudgetColumn     column,
                           guint                 year_index,
                           gint64               *out,
                           guint                *n_terms,
                           GError              **error);

/* ---- JSON (used by reorg-plan.c) ----
 * Readers fail with a GError whose message starts with the place
 * ("schedules[0].sections[1].lines[3]: amounts: ..."); reorg-plan.c adds
 * the file name. */
ReorgSavingsSchedule *reorg_savings_schedule_from_json (JsonObject  *object,
                                                        const char  *place,
                                                        GDateMonth   fy_start,
                                                        GError     **error);
void                  reorg_savings_schedule_to_json   (ReorgSavingsSchedule *self,
                                                        JsonBuilder          *b);
ReorgBudget          *reorg_budget_from_json           (JsonObject  *object,
                                                        const char  *place,
                                                        GDateMonth   fy_start,
                                                        GError     **error);
void                  reorg_budget_to_json             (ReorgBudget *self,
                                                        JsonBuilder *b);

/* JSON helpers shared by the two readers (reorg-published.c) */
G_GNUC_PRINTF (4, 5)
gboolean reorg_json_fail          (GError     **error,
                                   int          code,
                                   const char  *place,
                                   const char  *format,
                                   ...);
gboolean reorg_json_get_string    (JsonObject  *object,
                                   const char  *member,
                                   const char  *place,
                                   gboolean     required,
                                   const char **out,
                                   GError     **error);
gboolean reorg_json_get_enum      (JsonObject  *object,
                                   const char  *member,
                                   const char  *place,
                                   GType        type,
                                   int         *out,
                                   GError     **error);
gboolean reorg_json_get_array     (JsonObject  *object,
                                   const char  *member,
                                   const char  *place,
                                   JsonArray  **out,
                                   GError     **error);
gboolean reorg_json_get_years     (JsonObject  *object,
                                   const char  *place,
                                   GDateMonth   fy_start,
                                   GPtrArray   *years,
                                   GError     **error);
gboolean reorg_json_get_money_cells (JsonObject *object,
                                     const char *member,
                                     const char *place,
                                     guint       n_years,
                                     GArray     *cells,
                                     GError    **error);
gboolean reorg_json_get_fte_cells (JsonObject  *object,
                                   const char  *member,
                                   const char  *place,
                                   guint        n_years,
                                   GArray      *cells,
                                   GError     **error);
void     reorg_json_add_string    (JsonBuilder *b,
                                   const char  *member,
                                   const char  *value);
void     reorg_json_add_enum      (JsonBuilder *b,
                                   const char  *member,
                                   GType        type,
                                   int          value);
void     reorg_json_add_years     (JsonBuilder *b,
                                   GPtrArray   *years);
void     reorg_json_add_money_cells (JsonBuilder *b,
                                     const char  *member,
                                     GArray      *cells,
                                     guint        n_years);
void     reorg_json_add_fte_cells (JsonBuilder *b,
                                   const char  *member,
                                   GArray      *cells,
                                   guint        n_years);

G_END_DECLS
