/* reorg-decimal.c: exact decimal helpers shared by money, FTE and the plan format
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Everything here works on integers scaled by a power of ten. No floating
 * point is used anywhere, so "0.6" + "0.94" is exactly "1.54".
 *
 * Rounding is always half away from zero (1.5 -> 2, -1.5 -> -2, 2.5 -> 3),
 * which is what spreadsheets and finance staff expect (not banker's
 * rounding).
 */
#include "reorg-private.h"

#include <string.h>

/* 10^n for 0 <= n <= 38 as an unsigned 128-bit integer. */
static unsigned __int128
pow10_u128 (guint n)
{
  unsigned __int128 r = 1;

  g_assert (n <= 38);
  while (n-- > 0)
    r *= 10;
  return r;
}

/* Does a non-negative magnitude, with the given sign, fit a gint64? */
static gboolean
magnitude_to_int64 (unsigned __int128  magnitude,
                    gboolean           negative,
                    gint64            *out)
{
  if (negative)
    {
      if (magnitude > (unsigned __int128) G_MAXINT64 + 1)
        return FALSE;
      /* -(2^63) has no positive counterpart: build it without overflow. */
      if (magnitude == (unsigned __int128) G_MAXINT64 + 1)
        *out = G_MININT64;
      else
        *out = -(gint64) magnitude;
    }
  else
    {
      if (magnitude > (unsigned __int128) G_MAXINT64)
        return FALSE;
      *out = (gint64) magnitude;
    }
  return TRUE;
}

static unsigned __int128
abs_u128 (__int128 v)
{
  return v < 0 ? (unsigned __int128) 0 - (unsigned __int128) v : (unsigned __int128) v;
}

/*
 * reorg_checked_mul_ratio:
 *
 * Computes a * num / den exactly through a 128-bit intermediate (the
 * product of two gint64 always fits), then rounds the quotient half away
 * from zero. Returns FALSE, leaving *out untouched, when den is 0 or the
 * rounded result does not fit a gint64.
 */
gboolean
reorg_checked_mul_ratio (gint64  a,
                         gint64  num,
                         gint64  den,
                         gint64 *out)
{
  __int128 product;
  unsigned __int128 mag, dmag, quotient, remainder;
  gboolean negative;
  gint64 result;

  g_return_val_if_fail (out != NULL, FALSE);

  if (den == 0)
    return FALSE;

  product = (__int128) a * (__int128) num;
  negative = (product < 0) != (den < 0) && product != 0;

  mag = abs_u128 (product);
  dmag = abs_u128 (den);
  quotient = mag / dmag;
  remainder = mag % dmag;

  /* Half away from zero: round the magnitude up when the remainder is at
   * least half of the divisor. remainder < dmag <= 2^63, so 2 * remainder
   * cannot overflow 128 bits. */
  if (remainder * 2 >= dmag)
    quotient += 1;

  if (!magnitude_to_int64 (quotient, negative, &result))
    return FALSE;

  *out = result;
  return TRUE;
}

/* Skips one minus sign: ASCII '-' or U+2212 MINUS SIGN (E2 88 92). */
static const char *
skip_minus (const char *p)
{
  if (*p == '-')
    return p + 1;
  if ((guchar) p[0] == 0xE2 && (guchar) p[1] == 0x88 && (guchar) p[2] == 0x92)
    return p + 3;
  return NULL;
}

/*
 * reorg_parse_decimal:
 *
 * Reads an optional sign ('+', '-' or U+2212), integer digits (with
 * thousands separators ',' in groups of exactly three when
 * @allow_grouping), and an optional '.' followed by at least one digit.
 * Either part may be missing but not both: "5", "5.25", ".5", "-0.5".
 * Surrounding ASCII whitespace is ignored; anything else is an error.
 *
 * Extra fraction digits beyond @decimals are accepted when they are all
 * zeros ("1.2300" with 2 decimals is exactly 1.23). Otherwise they are an
 * error, unless @round_extra, in which case the value is rounded half away
 * from zero.
 *
 * Like strtoll(), on overflow *out is set to G_MAXINT64 or G_MININT64
 * (by sign) so that callers can tell "too large" from malformed text;
 * on any other error *out is set to 0. Syntax errors take precedence over
 * overflow.
 */
gboolean
reorg_parse_decimal (const char  *text,
                     guint        decimals,
                     gboolean     allow_grouping,
                     gboolean     round_extra,
                     gint64      *out,
                     const char **problem)
{
  const char *p, *after_sign;
  const char *dummy_problem;
  gboolean negative = FALSE;
  gboolean too_large = FALSE;
  unsigned __int128 magnitude = 0;
  /* Anything above this is already too large for a gint64 at any scale;
   * stop growing the accumulator there (but keep checking the syntax). */
  const unsigned __int128 cap = (unsigned __int128) G_MAXINT64 * 10 + 9;
  guint n_int_digits = 0, n_frac_digits = 0;
  guint group_len = 0;
  gboolean grouped = FALSE;
  gboolean extra_nonzero = FALSE;
  int first_extra_digit = -1;
  gint64 result;

  g_return_val_if_fail (out != NULL, FALSE);

  if (problem == NULL)
    problem = &dummy_problem;
  *out = 0;

  if (text == NULL)
    {
      *problem = "there is no text";
      return FALSE;
    }
  if (decimals > 18)
    {
      *problem = "too many decimal places were asked for";
      return FALSE;
    }

  p = text;
  while (g_ascii_isspace (*p))
    p++;

  if (*p == '\0')
    {
      *problem = "it is empty";
      return FALSE;
    }

  if (*p == '+')
    p++;
  else if ((after_sign = skip_minus (p)) != NULL)
    {
      negative = TRUE;
      p = after_sign;
    }

  /* Integer part. */
  for (; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          if (magnitude <= cap)
            magnitude = magnitude * 10 + (guint) (*p - '0');
          n_int_digits++;
          group_len++;
        }
      else if (*p == ',' && allow_grouping)
        {
          /* The first group has 1 to 3 digits, each later one exactly 3. */
          if (n_int_digits == 0 || group_len > 3 || (grouped && group_len != 3))
            {
              *problem = "a thousands separator is misplaced";
              return FALSE;
            }
          grouped = TRUE;
          group_len = 0;
        }
      else
        break;
    }

  if (grouped && group_len != 3)
    {
      *problem = "a thousands separator is misplaced";
      return FALSE;
    }

  /* Fraction part. */
  if (*p == '.')
    {
      p++;
      for (; g_ascii_isdigit (*p); p++)
        {
          int digit = *p - '0';

          if (n_frac_digits < decimals)
            {
              if (magnitude <= cap)
                magnitude = magnitude * 10 + (guint) digit;
            }
          else
            {
              if (first_extra_digit < 0)
                first_extra_digit = digit;
              if (digit != 0)
                extra_nonzero = TRUE;
            }
          n_frac_digits++;
        }
      if (n_frac_digits == 0)
        {
          *problem = n_int_digits == 0 ? "it is not a number"
                                       : "the decimal point is not followed by digits";
          return FALSE;
        }
    }

  while (g_ascii_isspace (*p))
    p++;

  if (*p != '\0' || n_int_digits + n_frac_digits == 0)
    {
      *problem = "it is not a number";
      return FALSE;
    }

  if (extra_nonzero && !round_extra)
    {
      *problem = "it has more decimal places than can be held exactly";
      return FALSE;
    }

  /* Scale up to the requested number of decimals. */
  if (magnitude > cap)
    too_large = TRUE;
  else
    {
      guint missing = n_frac_digits < decimals ? decimals - n_frac_digits : 0;

      /* magnitude <= ~9.3e19 and missing <= 18: the product fits 128 bits. */
      magnitude *= pow10_u128 (missing);
      if (first_extra_digit >= 5)
        magnitude += 1;   /* half away from zero, on the magnitude */
    }

  if (too_large || !magnitude_to_int64 (magnitude, negative, &result))
    {
      *out = negative ? G_MININT64 : G_MAXINT64;
      *problem = "it is too large to be held exactly";
      return FALSE;
    }

  *out = result;
  return TRUE;
}

/* Appends the decimal digits of v, with ',' every three digits when
 * grouping. */
static void
append_grouped (GString           *s,
                unsigned __int128  v,
                gboolean           grouping)
{
  char digits[48];
  guint n = 0, i;

  do
    {
      digits[n++] = (char) ('0' + (int) (v % 10));
      v /= 10;
    }
  while (v > 0);

  for (i = n; i > 0; i--)
    {
      g_string_append_c (s, digits[i - 1]);
      if (grouping && i > 1 && (i - 1) % 3 == 0)
        g_string_append_c (s, ',');
    }
}

/*
 * reorg_format_decimal:
 *
 * Writes value / 10^scale_decimals with exactly @decimals decimals, rounded
 * half away from zero; decimals beyond scale_decimals are zeros. A value
 * that rounds to zero is written without a sign ("0", never "-0"). With
 * @trim, trailing zeros of the decimals are dropped, and the point too when
 * nothing is left. @scale_decimals is at most 18 and @decimals is clamped
 * to 38. Works for every gint64 including G_MININT64.
 */
char *
reorg_format_decimal (gint64   value,
                      guint    scale_decimals,
                      guint    decimals,
                      gboolean grouping,
                      gboolean trim)
{
  unsigned __int128 magnitude, integer_part, fraction;
  guint shown;
  GString *s;

  g_return_val_if_fail (scale_decimals <= 18, NULL);

  decimals = MIN (decimals, 38);
  shown = MIN (decimals, scale_decimals);

  magnitude = abs_u128 (value);

  if (shown < scale_decimals)
    {
      unsigned __int128 divisor = pow10_u128 (scale_decimals - shown);
      unsigned __int128 remainder = magnitude % divisor;

      magnitude /= divisor;
      if (remainder * 2 >= divisor)
        magnitude += 1;
    }

  integer_part = magnitude / pow10_u128 (shown);
  fraction = magnitude % pow10_u128 (shown);

  s = g_string_new (NULL);
  if (value < 0 && magnitude != 0)
    g_string_append_c (s, '-');

  append_grouped (s, integer_part, grouping);

  if (decimals > 0)
    {
      gsize point = s->len;
      guint i;
      char frac_digits[40];

      g_string_append_c (s, '.');
      for (i = shown; i > 0; i--)
        {
          frac_digits[i - 1] = (char) ('0' + (int) (fraction % 10));
          fraction /= 10;
        }
      g_string_append_len (s, frac_digits, shown);
      for (i = shown; i < decimals; i++)
        g_string_append_c (s, '0');

      if (trim)
        {
          while (s->len > point + 1 && s->str[s->len - 1] == '0')
            g_string_truncate (s, s->len - 1);
          if (s->len == point + 1)
            g_string_truncate (s, point);
        }
    }

  return g_string_free (s, FALSE);
}

/*
 * reorg_date_parse_iso:
 *
 * Reads a strict ISO 8601 calendar date, YYYY-MM-DD, exactly ten
 * characters with no surrounding space, into @out. Returns FALSE (and
 * clears @out, so that it is invalid) when the text has another form or
 * names a day that does not exist (2015-02-29, 2016-13-01, 0000-01-01).
 */
gboolean
reorg_date_parse_iso (const char *text,
                      GDate      *out)
{
  static const guint digit_positions[] = { 0, 1, 2, 3, 5, 6, 8, 9 };
  guint year, month, day;
  guint i;

  g_return_val_if_fail (out != NULL, FALSE);

  g_date_clear (out, 1);

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;

  for (i = 0; i < G_N_ELEMENTS (digit_positions); i++)
    if (!g_ascii_isdigit (text[digit_positions[i]]))
      return FALSE;

  year = (guint) ((text[0] - '0') * 1000 + (text[1] - '0') * 100 +
                  (text[2] - '0') * 10 + (text[3] - '0'));
  month = (guint) ((text[5] - '0') * 10 + (text[6] - '0'));
  day = (guint) ((text[8] - '0') * 10 + (text[9] - '0'));

  if (month < 1 || month > 12 || day < 1 || day > 31 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;

  g_date_set_dmy (out, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

/*
 * reorg_date_to_iso:
 *
 * Writes a valid date as YYYY-MM-DD. Returns NULL for a NULL or invalid
 * date.
 */
char *
reorg_date_to_iso (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return NULL;

  return g_strdup_printf ("%04u-%02u-%02u",
                          (guint) g_date_get_year (date),
                          (guint) g_date_get_month (date),
                          (guint) g_date_get_day (date));
}
