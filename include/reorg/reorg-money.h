/* reorg-money.h: exact amounts of money in integer pence
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

#define REORG_TYPE_MONEY (reorg_money_get_type ())

typedef struct _ReorgMoney ReorgMoney;

/**
 * ReorgMoney:
 * @pence: the amount in pence (hundredths of a pound); negative amounts are allowed
 *
 * An exact amount of money, held as a signed 64-bit count of pence.
 *
 * Arithmetic is overflow-checked: a result that does not fit is a
 * %REORG_ERROR_OVERFLOW error, never a wrapped value.
 *
 * Since: 0.1
 */
struct _ReorgMoney
{
  gint64 pence;
};

/**
 * ReorgMoneyScale:
 * @REORG_MONEY_SCALE_UNITS: plain pounds, as in `£65,000`
 * @REORG_MONEY_SCALE_THOUSANDS: thousands of pounds, as tables headed `£,000` or `£000`
 * @REORG_MONEY_SCALE_MILLIONS: millions of pounds, as in `£4.8m`
 * @REORG_MONEY_SCALE_BILLIONS: billions of pounds, as in `£1.2bn`
 *
 * The unit in which a table or a text writes amounts of money.
 *
 * Since: 0.1
 */
typedef enum
{
  REORG_MONEY_SCALE_UNITS,
  REORG_MONEY_SCALE_THOUSANDS,
  REORG_MONEY_SCALE_MILLIONS,
  REORG_MONEY_SCALE_BILLIONS,
} ReorgMoneyScale;

/**
 * ReorgMoneyFormatFlags:
 * @REORG_MONEY_FORMAT_NONE: digits with thousands separators, a leading `-` for negatives
 * @REORG_MONEY_FORMAT_SYMBOL: put a `£` before the digits
 * @REORG_MONEY_FORMAT_BRACKETS: write negative amounts in brackets, as `(3,215)`
 * @REORG_MONEY_FORMAT_SUFFIX: append the scale's suffix (`k`, `m`, `bn`)
 * @REORG_MONEY_FORMAT_NO_GROUPING: leave out the thousands separators
 * @REORG_MONEY_FORMAT_TRIM: drop trailing zeros of the decimals (and the point)
 *
 * How [method@Reorg.Money.format] writes an amount.
 *
 * Since: 0.1
 */
typedef enum /*< flags >*/
{
  REORG_MONEY_FORMAT_NONE = 0,
  REORG_MONEY_FORMAT_SYMBOL = 1 << 0,
  REORG_MONEY_FORMAT_BRACKETS = 1 << 1,
  REORG_MONEY_FORMAT_SUFFIX = 1 << 2,
  REORG_MONEY_FORMAT_NO_GROUPING = 1 << 3,
  REORG_MONEY_FORMAT_TRIM = 1 << 4,
} ReorgMoneyFormatFlags;

REORG_AVAILABLE_IN_ALL
GType        reorg_money_get_type             (void) G_GNUC_CONST;
REORG_AVAILABLE_IN_ALL
ReorgMoney  *reorg_money_new                  (gint64                 pence);
REORG_AVAILABLE_IN_ALL
ReorgMoney  *reorg_money_new_from_pounds      (gint64                 pounds,
                                               GError               **error);
REORG_AVAILABLE_IN_ALL
ReorgMoney  *reorg_money_copy                 (const ReorgMoney      *self);
REORG_AVAILABLE_IN_ALL
void         reorg_money_free                 (ReorgMoney            *self);
REORG_AVAILABLE_IN_ALL
gint64       reorg_money_get_pence            (const ReorgMoney      *self);
REORG_AVAILABLE_IN_ALL
gboolean     reorg_money_equal                (const ReorgMoney      *a,
                                               const ReorgMoney      *b);
REORG_AVAILABLE_IN_ALL
int          reorg_money_compare              (const ReorgMoney      *a,
                                               const ReorgMoney      *b);
REORG_AVAILABLE_IN_ALL
ReorgMoney  *reorg_money_add                  (const ReorgMoney      *a,
                                               const ReorgMoney      *b,
                                               GError               **error);
REORG_AVAILABLE_IN_ALL
ReorgMoney  *reorg_money_subtract             (const ReorgMoney      *a,
                                               const ReorgMoney      *b,
                                               GError               **error);
REORG_AVAILABLE_IN_ALL
ReorgMoney  *reorg_money_negate               (const ReorgMoney      *self,
                                               GError               **error);
REORG_AVAILABLE_IN_ALL
ReorgMoney  *reorg_money_multiply             (const ReorgMoney      *self,
                                               gint64                 factor,
                                               GError               **error);
REORG_AVAILABLE_IN_ALL
ReorgMoney  *reorg_money_multiply_ratio       (const ReorgMoney      *self,
                                               gint64                 numerator,
                                               gint64                 denominator,
                                               GError               **error);
REORG_AVAILABLE_IN_ALL
ReorgMoney  *reorg_money_parse                (const char            *text,
                                               ReorgMoneyScale        scale,
                                               GError               **error);
REORG_AVAILABLE_IN_ALL
char        *reorg_money_format               (const ReorgMoney      *self,
                                               ReorgMoneyScale        scale,
                                               guint                  decimals,
                                               ReorgMoneyFormatFlags  flags);
REORG_AVAILABLE_IN_ALL
char        *reorg_money_to_string            (const ReorgMoney      *self);
REORG_AVAILABLE_IN_ALL
char        *reorg_money_to_decimal_string    (const ReorgMoney      *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ReorgMoney, reorg_money_free)

G_END_DECLS
