/* reorg-table.h: tables pasted from committee reports
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
#include <reorg/reorg-schedule.h>
#include <reorg/reorg-budget.h>

G_BEGIN_DECLS

/**
 * ReorgTableCellKind:
 * @REORG_TABLE_CELL_EMPTY: a blank cell
 * @REORG_TABLE_CELL_TEXT: text that is not a number (a label, a heading, a note)
 * @REORG_TABLE_CELL_NUMBER: a number that is not money, such as an FTE or a count
 * @REORG_TABLE_CELL_MONEY: an amount of money, held exactly in pence at the
 *   scale of its column
 * @REORG_TABLE_CELL_PERCENTAGE: a percentage such as `61.59%`
 * @REORG_TABLE_CELL_YEAR: a heading that names a financial year, such as
 *   `2015/16` or `2010 / 11 Total Current Budget £000's`
 * @REORG_TABLE_CELL_SCALE: a heading that only gives the unit of its column,
 *   such as `£,000`
 *
 * What a cell of a [class@Reorg.Table] holds, as read in its row and column.
 *
 * Since: 0.1
 */
typedef enum
{
  REORG_TABLE_CELL_EMPTY,
  REORG_TABLE_CELL_TEXT,
  REORG_TABLE_CELL_NUMBER,
  REORG_TABLE_CELL_MONEY,
  REORG_TABLE_CELL_PERCENTAGE,
  REORG_TABLE_CELL_YEAR,
  REORG_TABLE_CELL_SCALE,
} ReorgTableCellKind;

/**
 * ReorgTableRowKind:
 * @REORG_TABLE_ROW_DATA: an ordinary row of figures
 * @REORG_TABLE_ROW_HEADER: a header row: column titles, years, scales
 * @REORG_TABLE_ROW_SECTION: a section heading
 * @REORG_TABLE_ROW_TOTAL: a total or subtotal row
 * @REORG_TABLE_ROW_BLANK: a row with no text at all
 *
 * The role of a row in a [class@Reorg.Table].
 *
 * Since: 0.1
 */
typedef enum
{
  REORG_TABLE_ROW_DATA,
  REORG_TABLE_ROW_HEADER,
  REORG_TABLE_ROW_SECTION,
  REORG_TABLE_ROW_TOTAL,
  REORG_TABLE_ROW_BLANK,
} ReorgTableRowKind;

/**
 * ReorgTableColumnKind:
 * @REORG_TABLE_COLUMN_LABEL: the column that names each row
 * @REORG_TABLE_COLUMN_TEXT: a column of text
 * @REORG_TABLE_COLUMN_NUMBER: a column of numbers that are not money
 *   (FTE, counts, percentages)
 * @REORG_TABLE_COLUMN_MONEY: a column of money, in the column's
 *   [enum@Reorg.MoneyScale]
 *
 * What a column of a [class@Reorg.Table] holds.
 *
 * Since: 0.1
 */
typedef enum
{
  REORG_TABLE_COLUMN_LABEL,
  REORG_TABLE_COLUMN_TEXT,
  REORG_TABLE_COLUMN_NUMBER,
  REORG_TABLE_COLUMN_MONEY,
} ReorgTableColumnKind;

#define REORG_TYPE_TABLE_PROBLEM (reorg_table_problem_get_type ())

typedef struct _ReorgTableProblem ReorgTableProblem;

/**
 * ReorgTableProblem:
 * @row: the row of the cell, counted from 0
 * @column: the column of the cell, counted from 0
 * @text: the cleaned text of the cell
 * @message: what is wrong and where, in words, counting rows and columns
 *   from 1 as a spreadsheet does
 *
 * A cell that a [class@Reorg.Table] could not read as its column requires,
 * such as text in a column of money.
 *
 * Since: 0.1
 */
struct _ReorgTableProblem
{
  guint  row;
  guint  column;
  char  *text;
  char  *message;
};

REORG_AVAILABLE_IN_ALL
GType               reorg_table_problem_get_type (void) G_GNUC_CONST;
REORG_AVAILABLE_IN_ALL
ReorgTableProblem  *reorg_table_problem_copy     (const ReorgTableProblem *self);
REORG_AVAILABLE_IN_ALL
void                reorg_table_problem_free     (ReorgTableProblem       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ReorgTableProblem, reorg_table_problem_free)

#define REORG_TYPE_TABLE (reorg_table_get_type ())

REORG_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ReorgTable, reorg_table, REORG, TABLE, GObject)

REORG_AVAILABLE_IN_ALL
ReorgTable          *reorg_table_parse              (const char          *text,
                                                     gssize               length,
                                                     GError             **error);
REORG_AVAILABLE_IN_ALL
ReorgTable          *reorg_table_new_from_file      (const char          *path,
                                                     GError             **error);

REORG_AVAILABLE_IN_ALL
guint                reorg_table_get_n_rows         (ReorgTable          *self);
REORG_AVAILABLE_IN_ALL
guint                reorg_table_get_n_columns      (ReorgTable          *self);

REORG_AVAILABLE_IN_ALL
const char          *reorg_table_get_text           (ReorgTable          *self,
                                                     guint                row,
                                                     guint                column);
REORG_AVAILABLE_IN_ALL
ReorgTableCellKind   reorg_table_get_cell_kind      (ReorgTable          *self,
                                                     guint                row,
                                                     guint                column);
REORG_AVAILABLE_IN_ALL
ReorgMoney          *reorg_table_get_money          (ReorgTable          *self,
                                                     guint                row,
                                                     guint                column);
REORG_AVAILABLE_IN_ALL
gboolean             reorg_table_get_number         (ReorgTable          *self,
                                                     guint                row,
                                                     guint                column,
                                                     gint64              *value,
                                                     guint               *decimals);
REORG_AVAILABLE_IN_ALL
ReorgFte            *reorg_table_get_fte            (ReorgTable          *self,
                                                     guint                row,
                                                     guint                column);
REORG_AVAILABLE_IN_ALL
gboolean             reorg_table_get_emphasised     (ReorgTable          *self,
                                                     guint                row,
                                                     guint                column);

REORG_AVAILABLE_IN_ALL
ReorgTableRowKind    reorg_table_get_row_kind       (ReorgTable          *self,
                                                     guint                row);
REORG_AVAILABLE_IN_ALL
void                 reorg_table_set_row_kind       (ReorgTable          *self,
                                                     guint                row,
                                                     ReorgTableRowKind    kind);
REORG_AVAILABLE_IN_ALL
const char          *reorg_table_get_row_label      (ReorgTable          *self,
                                                     guint                row);
REORG_AVAILABLE_IN_ALL
gint                 reorg_table_get_row_section    (ReorgTable          *self,
                                                     guint                row);

REORG_AVAILABLE_IN_ALL
guint                reorg_table_get_section_level  (ReorgTable          *self,
                                                     guint                row);

REORG_AVAILABLE_IN_ALL
guint                reorg_table_get_label_column   (ReorgTable          *self);
REORG_AVAILABLE_IN_ALL
void                 reorg_table_set_label_column   (ReorgTable          *self,
                                                     guint                column);
REORG_AVAILABLE_IN_ALL
guint                reorg_table_get_n_header_rows  (ReorgTable          *self);
REORG_AVAILABLE_IN_ALL
void                 reorg_table_set_n_header_rows  (ReorgTable          *self,
                                                     guint                n_rows);
REORG_AVAILABLE_IN_ALL
GDateMonth           reorg_table_get_start_month    (ReorgTable          *self);
REORG_AVAILABLE_IN_ALL
void                 reorg_table_set_start_month    (ReorgTable          *self,
                                                     GDateMonth           start_month);

REORG_AVAILABLE_IN_ALL
ReorgTableColumnKind reorg_table_get_column_kind    (ReorgTable          *self,
                                                     guint                column);
REORG_AVAILABLE_IN_ALL
void                 reorg_table_set_column_kind    (ReorgTable          *self,
                                                     guint                column,
                                                     ReorgTableColumnKind kind);
REORG_AVAILABLE_IN_ALL
ReorgMoneyScale      reorg_table_get_column_scale   (ReorgTable          *self,
                                                     guint                column);
REORG_AVAILABLE_IN_ALL
void                 reorg_table_set_column_scale   (ReorgTable          *self,
                                                     guint                column,
                                                     ReorgMoneyScale      scale);
REORG_AVAILABLE_IN_ALL
ReorgFinancialYear  *reorg_table_get_column_year    (ReorgTable          *self,
                                                     guint                column);
REORG_AVAILABLE_IN_ALL
void                 reorg_table_set_column_year    (ReorgTable          *self,
                                                     guint                column,
                                                     const ReorgFinancialYear *year);
REORG_AVAILABLE_IN_ALL
const char          *reorg_table_get_column_title   (ReorgTable          *self,
                                                     guint                column);
REORG_AVAILABLE_IN_ALL
void                 reorg_table_reset_overrides    (ReorgTable          *self);

REORG_AVAILABLE_IN_ALL
guint                reorg_table_get_n_problems     (ReorgTable          *self);
REORG_AVAILABLE_IN_ALL
const ReorgTableProblem *reorg_table_get_problem    (ReorgTable          *self,
                                                     guint                index);
REORG_AVAILABLE_IN_ALL
GPtrArray           *reorg_table_get_problems       (ReorgTable          *self);
REORG_AVAILABLE_IN_ALL
gboolean             reorg_table_check              (ReorgTable          *self,
                                                     GError             **error);

REORG_AVAILABLE_IN_ALL
ReorgSavingsSchedule *reorg_savings_schedule_new_from_table (ReorgTable          *table,
                                                             const char          *title,
                                                             ReorgSignConvention  sign,
                                                             GError             **error);
REORG_AVAILABLE_IN_ALL
ReorgBudget          *reorg_budget_new_from_table           (ReorgTable          *table,
                                                             const char          *title,
                                                             GError             **error);

G_END_DECLS
