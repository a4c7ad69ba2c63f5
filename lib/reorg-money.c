/* reorg-money.c: exact amounts of money in integer pence
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "reorg-private.h"

#include <string.h>

G_DEFINE_BOXED_TYPE (ReorgMoney, reorg_money, reorg_money_copy, reorg_money_free)

/* Longest part of a bad text quoted back in an error message. */
#define QUOTE_MAX_CHARS 64

static gboolean
scale_is_valid (ReorgMoneyScale scale)
{
  return (int) scale >= REORG_MONEY_SCALE_UNITS && scale <= REORG_MONEY_SCALE_BILLIONS;
}

/* Decimal places of pence in one unit of the scale: 2 for pounds, 5 for
 * thousands, 8 for millions, 11 for billions. */
static guint
scale_pence_decimals (ReorgMoneyScale scale)
{
  return 2 + 3 * (guint) scale;
}

static const char *
scale_suffix (ReorgMoneyScale scale)
{
  switch (scale)
    {
    case REORG_MONEY_SCALE_THOUSANDS:
      return "k";
    case REORG_MONEY_SCALE_MILLIONS:
      return "m";
    case REORG_MONEY_SCALE_BILLIONS:
      return "bn";
    case REORG_MONEY_SCALE_UNITS:
    default:
      return "";
    }
}

static ReorgMoney *
money_new (gint64 pence)
{
  ReorgMoney *self = g_new (ReorgMoney, 1);

  self->pence = pence;
  return self;
}

/**
 * reorg_money_new:
 * @pence: the amount in pence
 *
 * Creates an amount of money from a count of pence: `reorg_money_new (6500000)`
 * is £65,000.
 *
 * Returns: (transfer full): a new [struct@Reorg.Money]
 *
 * Since: 0.1
 */
ReorgMoney *
reorg_money_new (gint64 pence)
{
  return money_new (pence);
}

/**
 * reorg_money_new_from_pounds:
 * @pounds: the amount in whole pounds
 * @error: return location for a #GError
 *
 * Creates an amount of money from whole pounds.
 *
 * Fails with %REORG_ERROR_OVERFLOW when the amount in pence does not fit a
 * signed 64-bit integer (beyond about ±92 million billion pounds).
 *
 * Returns: (transfer full) (nullable): a new [struct@Reorg.Money], or %NULL
 *   with @error set
 *
 * Since: 0.1
 */
ReorgMoney *
reorg_money_new_from_pounds (gint64   pounds,
                             GError **error)
{
  gint64 pence;

  if (!reorg_checked_mul (pounds, 100, &pence))
    {
      reorg_set_overflow_error (error, "The amount in pounds");
      return NULL;
    }
  return money_new (pence);
}

/**
 * reorg_money_copy:
 * @self: a [struct@Reorg.Money]
 *
 * Copies an amount of money.
 *
 * Returns: (transfer full): a copy of @self
 *
 * Since: 0.1
 */
ReorgMoney *
reorg_money_copy (const ReorgMoney *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return money_new (self->pence);
}

/**
 * reorg_money_free:
 * @self: (nullable): a [struct@Reorg.Money]
 *
 * Frees an amount of money. Does nothing when @self is %NULL.
 *
 * Since: 0.1
 */
void
reorg_money_free (ReorgMoney *self)
{
  g_free (self);
}

/**
 * reorg_money_get_pence:
 * @self: a [struct@Reorg.Money]
 *
 * Gets the amount in pence.
 *
 * Returns: the amount in pence (hundredths of a pound)
 *
 * Since: 0.1
 */
gint64
reorg_money_get_pence (const ReorgMoney *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->pence;
}

/**
 * reorg_money_equal:
 * @a: a [struct@Reorg.Money]
 * @b: another [struct@Reorg.Money]
 *
 * Checks whether two amounts are the same number of pence.
 *
 * Returns: %TRUE if @a and @b are equal
 *
 * Since: 0.1
 */
gboolean
reorg_money_equal (const ReorgMoney *a,
                   const ReorgMoney *b)
{
  g_return_val_if_fail (a != NULL, FALSE);
  g_return_val_if_fail (b != NULL, FALSE);

  return a->pence == b->pence;
}

/**
 * reorg_money_compare:
 * @a: a [struct@Reorg.Money]
 * @b: another [struct@Reorg.Money]
 *
 * Compares two amounts, for sorting.
 *
 * Returns: -1 if @a is less than @b, 0 if they are equal, 1 if @a is greater
 *
 * Since: 0.1
 */
int
reorg_money_compare (const ReorgMoney *a,
                     const ReorgMoney *b)
{
  g_return_val_if_fail (a != NULL, 0);
  g_return_val_if_fail (b != NULL, 0);

  return (a->pence > b->pence) - (a->pence < b->pence);
}

/**
 * reorg_money_add:
 * @a: a [struct@Reorg.Money]
 * @b: the [struct@Reorg.Money] to add
 * @error: return location for a #GError
 *
 * Adds two amounts exactly. Fails with %REORG_ERROR_OVERFLOW when the sum
 * does not fit; the result never wraps around.
 *
 * Returns: (transfer full) (nullable): the sum @a + @b, or %NULL with
 *   @error set
 *
 * Since: 0.1
 */
ReorgMoney *
reorg_money_add (const ReorgMoney  *a,
                 const ReorgMoney  *b,
                 GError           **error)
{
  gint64 sum;

  g_return_val_if_fail (a != NULL, NULL);
  g_return_val_if_fail (b != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!reorg_checked_add (a->pence, b->pence, &sum))
    {
      reorg_set_overflow_error (error, "The sum of the amounts");
      return NULL;
    }
  return money_new (sum);
}

/**
 * reorg_money_subtract:
 * @a: a [struct@Reorg.Money]
 * @b: the [struct@Reorg.Money] to take away
 * @error: return location for a #GError
 *
 * Subtracts one amount from another exactly. Fails with
 * %REORG_ERROR_OVERFLOW when the difference does not fit.
 *
 * Returns: (transfer full) (nullable): the difference @a - @b, or %NULL
 *   with @error set
 *
 * Since: 0.1
 */
ReorgMoney *
reorg_money_subtract (const ReorgMoney  *a,
                      const ReorgMoney  *b,
                      GError           **error)
{
  gint64 difference;

  g_return_val_if_fail (a != NULL, NULL);
  g_return_val_if_fail (b != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!reorg_checked_sub (a->pence, b->pence, &difference))
    {
      reorg_set_overflow_error (error, "The difference of the amounts");
      return NULL;
    }
  return money_new (difference);
}

/**
 * reorg_money_negate:
 * @self: a [struct@Reorg.Money]
 * @error: return location for a #GError
 *
 * Changes the sign of an amount, as when a saving written as a positive
 * number is turned into a reduction. The most negative amount
 * (%G_MININT64 pence) has no positive counterpart and fails with
 * %REORG_ERROR_OVERFLOW.
 *
 * Returns: (transfer full) (nullable): -@self, or %NULL with @error set
 *
 * Since: 0.1
 */
ReorgMoney *
reorg_money_negate (const ReorgMoney  *self,
                    GError           **error)
{
  gint64 negated;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!reorg_checked_sub (0, self->pence, &negated))
    {
      reorg_set_overflow_error (error, "The negated amount");
      return NULL;
    }
  return money_new (negated);
}

/**
 * reorg_money_multiply:
 * @self: a [struct@Reorg.Money]
 * @factor: a whole number to multiply by, such as a number of posts
 * @error: return location for a #GError
 *
 * Multiplies an amount by a whole number exactly. Fails with
 * %REORG_ERROR_OVERFLOW when the product does not fit.
 *
 * Returns: (transfer full) (nullable): @self × @factor, or %NULL with
 *   @error set
 *
 * Since: 0.1
 */
ReorgMoney *
reorg_money_multiply (const ReorgMoney  *self,
                      gint64             factor,
                      GError           **error)
{
  gint64 product;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!reorg_checked_mul (self->pence, factor, &product))
    {
      reorg_set_overflow_error (error, "The product of the amount");
      return NULL;
    }
  return money_new (product);
}

/**
 * reorg_money_multiply_ratio:
 * @self: a [struct@Reorg.Money]
 * @numerator: the numerator of the ratio
 * @denominator: the denominator of the ratio, not zero
 * @error: return location for a #GError
 *
 * Multiplies an amount by @numerator / @denominator, as for an on-cost
 * rate in basis points (`2830 / 10000`) or a part-year effect
 * (`days / days in year`).
 *
 * The product is computed exactly with a 128-bit intermediate, then
 * rounded to a whole penny half away from zero: 0.5p becomes 1p and
 * -0.5p becomes -1p.
 *
 * Fails with %REORG_ERROR_INVALID when @denominator is zero and with
 * %REORG_ERROR_OVERFLOW when the result does not fit.
 *
 * Returns: (transfer full) (nullable): the scaled amount, or %NULL with
 *   @error set
 *
 * Since: 0.1
 */
ReorgMoney *
reorg_money_multiply_ratio (const ReorgMoney  *self,
                            gint64             numerator,
                            gint64             denominator,
                            GError           **error)
{
  gint64 result;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (denominator == 0)
    {
      g_set_error_literal (error, REORG_ERROR, REORG_ERROR_INVALID,
                           "Cannot multiply an amount by a ratio whose denominator is zero");
      return NULL;
    }

  if (!reorg_checked_mul_ratio (self->pence, numerator, denominator, &result))
    {
      reorg_set_overflow_error (error, "The amount multiplied by the ratio");
      return NULL;
    }
  return money_new (result);
}

/* A printable, bounded copy of some text for an error message. */
static char *
quote_for_error (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);

  if (g_utf8_strlen (valid, -1) > QUOTE_MAX_CHARS)
    {
      g_autofree char *head = g_utf8_substring (valid, 0, QUOTE_MAX_CHARS);

      return g_strdup_printf ("%s…", head);
    }
  return g_steal_pointer (&valid);
}

static void
set_parse_error (GError     **error,
                 const char  *text,
                 int          code,
                 const char  *problem)
{
  g_autofree char *quoted = quote_for_error (text);

  g_set_error (error, REORG_ERROR, code,
               "Cannot read “%s” as an amount of money: %s", quoted, problem);
}

/* Skips spaces: ASCII whitespace, U+00A0 NO-BREAK SPACE and U+202F NARROW
 * NO-BREAK SPACE, which spreadsheets put around and inside amounts. */
static const char *
skip_spaces (const char *p)
{
  for (;;)
    {
      if (g_ascii_isspace (*p))
        p++;
      else if ((guchar) p[0] == 0xC2 && (guchar) p[1] == 0xA0)
        p += 2;
      else if ((guchar) p[0] == 0xE2 && (guchar) p[1] == 0x80 && (guchar) p[2] == 0xAF)
        p += 3;
      else
        return p;
    }
}

/* Length of a minus sign at p: '-' (1), U+2212 MINUS SIGN (3), or 0. */
static gsize
minus_length (const char *p)
{
  if (*p == '-')
    return 1;
  if ((guchar) p[0] == 0xE2 && (guchar) p[1] == 0x88 && (guchar) p[2] == 0x92)
    return 3;
  return 0;
}

/* Length of a pound sign at p: U+00A3 (2), or 0. */
static gsize
pound_length (const char *p)
{
  if ((guchar) p[0] == 0xC2 && (guchar) p[1] == 0xA3)
    return 2;
  return 0;
}

/**
 * reorg_money_parse:
 * @text: the text to read, such as `£65,000`, `(3,215)` or `£4.8m`
 * @scale: the scale of a number without a suffix, as given by the heading
 *   of the table it comes from (%REORG_MONEY_SCALE_THOUSANDS for a `£,000`
 *   or `£000` column)
 * @error: return location for a #GError
 *
 * Reads an amount of money as councils and government departments write it.
 *
 * The text is a number with optional thousands separators (`,` between
 * groups of exactly three digits) and an optional decimal point, and around
 * it, in any sensible combination:
 *
 * - a pound sign: `£65,000`, `65000`;
 * - a sign before or after the pound sign: `-£3,215`, `£-3,215`, with `-`
 *   or U+2212 MINUS SIGN, or `+`;
 * - brackets for a negative amount: `(3,215)`, `(£3,215)`;
 * - a suffix `k`, `m` or `bn` (in any case, optionally after a space):
 *   `£552k`, `£4.8m`, `£1.2bn`. A suffix sets the scale and overrides
 *   @scale;
 * - spaces (including no-break spaces) around the whole and between the
 *   sign, the symbol, the number and the suffix.
 *
 * A number without a suffix is in @scale: `3,215` read with
 * %REORG_MONEY_SCALE_THOUSANDS is £3,215,000.
 *
 * The result is exact. A value that, once scaled, has a fraction of a penny
 * (`1.2345` in pounds, `1.0000001m`) is not rounded but rejected with
 * %REORG_ERROR_PARSE; trailing zeros are fine (`1.2300`). The machine form
 * written by [method@Reorg.Money.to_decimal_string] is read back exactly.
 *
 * Empty text and text that is not an amount fail with %REORG_ERROR_PARSE,
 * with a message that quotes the text and says what is wrong; an amount
 * too large to be held in pence fails with %REORG_ERROR_OVERFLOW; a @scale
 * that is not a [enum@Reorg.MoneyScale] fails with %REORG_ERROR_INVALID.
 *
 * Returns: (transfer full) (nullable): the amount, or %NULL with @error set
 *
 * Since: 0.1
 */
ReorgMoney *
reorg_money_parse (const char       *text,
                   ReorgMoneyScale   scale,
                   GError          **error)
{
  const char *p, *number_start, *number_end;
  gboolean bracket = FALSE, negative = FALSE, explicit_sign = FALSE, symbol = FALSE;
  g_autoptr(GString) number = NULL;
  const char *problem = NULL;
  gint64 pence;
  gsize len;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!scale_is_valid (scale))
    {
      g_set_error (error, REORG_ERROR, REORG_ERROR_INVALID,
                   "%d is not a scale of money", (int) scale);
      return NULL;
    }

  p = skip_spaces (text);
  if (*p == '\0')
    {
      set_parse_error (error, text, REORG_ERROR_PARSE, "it is empty");
      return NULL;
    }

  if (*p == '(')
    {
      bracket = TRUE;
      negative = TRUE;
      p = skip_spaces (p + 1);
    }

  /* At most one sign and one pound sign, in either order. */
  for (;;)
    {
      if ((len = minus_length (p)) > 0 || *p == '+')
        {
          if (explicit_sign)
            {
              set_parse_error (error, text, REORG_ERROR_PARSE, "it has more than one sign");
              return NULL;
            }
          if (bracket)
            {
              set_parse_error (error, text, REORG_ERROR_PARSE,
                               "it has both brackets and a sign");
              return NULL;
            }
          explicit_sign = TRUE;
          negative = len > 0;
          p = skip_spaces (p + (len > 0 ? len : 1));
        }
      else if ((len = pound_length (p)) > 0)
        {
          if (symbol)
            {
              set_parse_error (error, text, REORG_ERROR_PARSE,
                               "it has more than one pound sign");
              return NULL;
            }
          symbol = TRUE;
          p = skip_spaces (p + len);
        }
      else
        break;
    }

  number_start = p;
  while (g_ascii_isdigit (*p) || *p == ',' || *p == '.')
    p++;
  number_end = p;

  if (number_start == number_end)
    {
      set_parse_error (error, text, REORG_ERROR_PARSE,
                       *p == '\0' || *p == ')' ? "it has no digits" : "it is not a number");
      return NULL;
    }

  p = skip_spaces (p);

  /* The suffix overrides the scale of the table. */
  if (g_ascii_strncasecmp (p, "bn", 2) == 0)
    {
      scale = REORG_MONEY_SCALE_BILLIONS;
      p = skip_spaces (p + 2);
    }
  else if (*p == 'm' || *p == 'M')
    {
      scale = REORG_MONEY_SCALE_MILLIONS;
      p = skip_spaces (p + 1);
    }
  else if (*p == 'k' || *p == 'K')
    {
      scale = REORG_MONEY_SCALE_THOUSANDS;
      p = skip_spaces (p + 1);
    }

  if (bracket)
    {
      if (*p != ')')
        {
          set_parse_error (error, text, REORG_ERROR_PARSE, "an opening bracket is not closed");
          return NULL;
        }
      p = skip_spaces (p + 1);
    }
  else if (*p == ')')
    {
      set_parse_error (error, text, REORG_ERROR_PARSE,
                       "a closing bracket has no opening bracket");
      return NULL;
    }

  if (*p != '\0')
    {
      set_parse_error (error, text, REORG_ERROR_PARSE,
                       "it has unexpected text after the number");
      return NULL;
    }

  number = g_string_new (negative ? "-" : "");
  g_string_append_len (number, number_start, number_end - number_start);

  if (!reorg_parse_decimal (number->str, scale_pence_decimals (scale), TRUE, FALSE,
                            &pence, &problem))
    {
      gint64 rounded;

      if (pence == G_MAXINT64 || pence == G_MININT64)
        {
          set_parse_error (error, text, REORG_ERROR_OVERFLOW,
                           "it is too large to be held exactly in pence");
          return NULL;
        }

      /* Well-formed but finer than a penny: say so rather than round. */
      if (reorg_parse_decimal (number->str, scale_pence_decimals (scale), TRUE, TRUE,
                               &rounded, NULL))
        {
          set_parse_error (error, text, REORG_ERROR_PARSE,
                           "it has a fraction of a penny");
          return NULL;
        }
      if (rounded == G_MAXINT64 || rounded == G_MININT64)
        {
          set_parse_error (error, text, REORG_ERROR_OVERFLOW,
                           "it is too large to be held exactly in pence");
          return NULL;
        }

      set_parse_error (error, text, REORG_ERROR_PARSE, problem);
      return NULL;
    }

  return money_new (pence);
}

/**
 * reorg_money_format:
 * @self: a [struct@Reorg.Money]
 * @scale: the scale to write the amount in
 * @decimals: the number of decimal places to show
 * @flags: how to write the amount
 *
 * Writes an amount in a scale, as in a table or a text: the amount divided
 * by the scale, rounded half away from zero to @decimals places.
 *
 * @decimals is lowered where it would show less than a penny: at most 2
 * for pounds, 5 for thousands, 8 for millions and 11 for billions.
 *
 * Examples, for £65,000 = 6500000 pence and -£3,215,000:
 *
 * - `(6500000, UNITS, 0, SYMBOL)`: `£65,000`
 * - `(480000000, MILLIONS, 1, SYMBOL | SUFFIX)`: `£4.8m`
 * - `(55200000, THOUSANDS, 0, SYMBOL | SUFFIX)`: `£552k`
 * - `(-321500000, THOUSANDS, 0, BRACKETS)`: `(3,215)`
 * - `(-321500000, THOUSANDS, 0, SYMBOL)`: `-£3,215`
 *
 * The pound sign comes after the minus sign, and inside brackets
 * (`(£3,215)`). An amount that rounds to zero in the scale is written
 * without a sign or brackets. %REORG_MONEY_FORMAT_SUFFIX adds nothing for
 * %REORG_MONEY_SCALE_UNITS.
 *
 * Returns: (transfer full): the amount as text
 *
 * Since: 0.1
 */
char *
reorg_money_format (const ReorgMoney      *self,
                    ReorgMoneyScale        scale,
                    guint                  decimals,
                    ReorgMoneyFormatFlags  flags)
{
  g_autofree char *digits = NULL;
  const char *body;
  gboolean negative;
  GString *s;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (scale_is_valid (scale), NULL);

  decimals = MIN (decimals, scale_pence_decimals (scale));
  digits = reorg_format_decimal (self->pence, scale_pence_decimals (scale), decimals,
                                 (flags & REORG_MONEY_FORMAT_NO_GROUPING) == 0,
                                 (flags & REORG_MONEY_FORMAT_TRIM) != 0);

  /* The helper writes "-" only when the rounded value is not zero. */
  negative = digits[0] == '-';
  body = negative ? digits + 1 : digits;

  s = g_string_new (NULL);
  if (negative)
    g_string_append (s, (flags & REORG_MONEY_FORMAT_BRACKETS) ? "(" : "-");
  if (flags & REORG_MONEY_FORMAT_SYMBOL)
    g_string_append (s, "£");
  g_string_append (s, body);
  if (flags & REORG_MONEY_FORMAT_SUFFIX)
    g_string_append (s, scale_suffix (scale));
  if (negative && (flags & REORG_MONEY_FORMAT_BRACKETS))
    g_string_append_c (s, ')');

  return g_string_free (s, FALSE);
}

/**
 * reorg_money_to_string:
 * @self: a [struct@Reorg.Money]
 *
 * Writes an amount for people: `£65,000` for whole pounds, `£65,000.50`
 * otherwise, `-£3,215` when negative.
 *
 * Returns: (transfer full): the amount as text
 *
 * Since: 0.1
 */
char *
reorg_money_to_string (const ReorgMoney *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return reorg_money_format (self, REORG_MONEY_SCALE_UNITS,
                             self->pence % 100 == 0 ? 0 : 2,
                             REORG_MONEY_FORMAT_SYMBOL);
}

/**
 * reorg_money_to_decimal_string:
 * @self: a [struct@Reorg.Money]
 *
 * Writes an amount for machines: pounds with exactly two decimals, no
 * symbol and no separators, as `65000.00` or `-3215.00`. This is the form of
 * the plan file format and of conversions to Python's `decimal.Decimal`;
 * [func@Reorg.Money.parse] reads it back exactly.
 *
 * Returns: (transfer full): the amount as a decimal number
 *
 * Since: 0.1
 */
char *
reorg_money_to_decimal_string (const ReorgMoney *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return reorg_format_decimal (self->pence, 2, 2, FALSE, FALSE);
}
