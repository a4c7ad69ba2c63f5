/* reorg-fte.c: exact full-time equivalents
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "reorg-private.h"

/* Decimal places of REORG_FTE_SCALE. */
#define FTE_DECIMALS 4

G_STATIC_ASSERT (REORG_FTE_SCALE == 10000);

/* Longest part of a bad text quoted back in an error message. */
#define QUOTE_MAX_CHARS 64

G_DEFINE_BOXED_TYPE (ReorgFte, reorg_fte, reorg_fte_copy, reorg_fte_free)

static ReorgFte *
fte_new (gint64 units)
{
  ReorgFte *self = g_new (ReorgFte, 1);

  self->units = units;
  return self;
}

/**
 * reorg_fte_new:
 * @units: the amount in ten-thousandths of a full-time equivalent
 *
 * Creates a full-time equivalent from its exact fixed-point value:
 * `reorg_fte_new (5000)` is 0.5 FTE and `reorg_fte_new (REORG_FTE_SCALE)`
 * is one full-time post.
 *
 * Returns: (transfer full): a new [struct@Reorg.Fte]
 *
 * Since: 0.1
 */
ReorgFte *
reorg_fte_new (gint64 units)
{
  return fte_new (units);
}

/**
 * reorg_fte_new_from_hours:
 * @weekly_minutes: the contracted working time per week, in minutes (0 or more)
 * @full_time_weekly_minutes: the full-time working week, in minutes (more than 0)
 * @error: return location for a #GError
 *
 * Creates the full-time equivalent of a working week: 30 hours in a 37-hour
 * week is `reorg_fte_new_from_hours (1800, 2220, NULL)`, which is 0.8108
 * (the exact ratio rounded half away from zero to four decimals).
 *
 * Fails with %REORG_ERROR_INVALID when @full_time_weekly_minutes is not
 * positive or @weekly_minutes is negative, and with %REORG_ERROR_OVERFLOW
 * when the result does not fit.
 *
 * Returns: (transfer full) (nullable): a new [struct@Reorg.Fte], or %NULL
 *   with @error set
 *
 * Since: 0.1
 */
ReorgFte *
reorg_fte_new_from_hours (gint64   weekly_minutes,
                          gint64   full_time_weekly_minutes,
                          GError **error)
{
  gint64 units;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (full_time_weekly_minutes <= 0)
    {
      g_set_error (error, REORG_ERROR, REORG_ERROR_INVALID,
                   "A full-time week of %" G_GINT64_FORMAT " minutes is not possible: "
                   "it must be more than 0", full_time_weekly_minutes);
      return NULL;
    }
  if (weekly_minutes < 0)
    {
      g_set_error (error, REORG_ERROR, REORG_ERROR_INVALID,
                   "A working week of %" G_GINT64_FORMAT " minutes is not possible: "
                   "it must be 0 or more", weekly_minutes);
      return NULL;
    }

  if (!reorg_checked_mul_ratio (weekly_minutes, REORG_FTE_SCALE, full_time_weekly_minutes,
                                &units))
    {
      reorg_set_overflow_error (error, "The full-time equivalent of the working week");
      return NULL;
    }
  return fte_new (units);
}

/**
 * reorg_fte_copy:
 * @self: a [struct@Reorg.Fte]
 *
 * Copies a full-time equivalent.
 *
 * Returns: (transfer full): a copy of @self
 *
 * Since: 0.1
 */
ReorgFte *
reorg_fte_copy (const ReorgFte *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return fte_new (self->units);
}

/**
 * reorg_fte_free:
 * @self: (nullable): a [struct@Reorg.Fte]
 *
 * Frees a full-time equivalent. Does nothing when @self is %NULL.
 *
 * Since: 0.1
 */
void
reorg_fte_free (ReorgFte *self)
{
  g_free (self);
}

/**
 * reorg_fte_get_units:
 * @self: a [struct@Reorg.Fte]
 *
 * Gets the exact value in ten-thousandths of a full-time equivalent.
 *
 * Returns: the value in units of 1/%REORG_FTE_SCALE
 *
 * Since: 0.1
 */
gint64
reorg_fte_get_units (const ReorgFte *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->units;
}

/**
 * reorg_fte_equal:
 * @a: a [struct@Reorg.Fte]
 * @b: another [struct@Reorg.Fte]
 *
 * Checks whether two full-time equivalents are exactly the same.
 *
 * Returns: %TRUE if @a and @b are equal
 *
 * Since: 0.1
 */
gboolean
reorg_fte_equal (const ReorgFte *a,
                 const ReorgFte *b)
{
  g_return_val_if_fail (a != NULL, FALSE);
  g_return_val_if_fail (b != NULL, FALSE);

  return a->units == b->units;
}

/**
 * reorg_fte_compare:
 * @a: a [struct@Reorg.Fte]
 * @b: another [struct@Reorg.Fte]
 *
 * Compares two full-time equivalents, for sorting.
 *
 * Returns: -1 if @a is less than @b, 0 if they are equal, 1 if @a is greater
 *
 * Since: 0.1
 */
int
reorg_fte_compare (const ReorgFte *a,
                   const ReorgFte *b)
{
  g_return_val_if_fail (a != NULL, 0);
  g_return_val_if_fail (b != NULL, 0);

  return (a->units > b->units) - (a->units < b->units);
}

/**
 * reorg_fte_add:
 * @a: a [struct@Reorg.Fte]
 * @b: the [struct@Reorg.Fte] to add
 * @error: return location for a #GError
 *
 * Adds two full-time equivalents exactly (0.6 + 0.94 is exactly 1.54).
 * Fails with %REORG_ERROR_OVERFLOW when the sum does not fit.
 *
 * Returns: (transfer full) (nullable): the sum @a + @b, or %NULL with
 *   @error set
 *
 * Since: 0.1
 */
ReorgFte *
reorg_fte_add (const ReorgFte  *a,
               const ReorgFte  *b,
               GError         **error)
{
  gint64 sum;

  g_return_val_if_fail (a != NULL, NULL);
  g_return_val_if_fail (b != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!reorg_checked_add (a->units, b->units, &sum))
    {
      reorg_set_overflow_error (error, "The sum of the full-time equivalents");
      return NULL;
    }
  return fte_new (sum);
}

/**
 * reorg_fte_subtract:
 * @a: a [struct@Reorg.Fte]
 * @b: the [struct@Reorg.Fte] to take away
 * @error: return location for a #GError
 *
 * Subtracts one full-time equivalent from another exactly (38 - 18.5 is
 * exactly 19.5). Fails with %REORG_ERROR_OVERFLOW when the difference does
 * not fit.
 *
 * Returns: (transfer full) (nullable): the difference @a - @b, or %NULL
 *   with @error set
 *
 * Since: 0.1
 */
ReorgFte *
reorg_fte_subtract (const ReorgFte  *a,
                    const ReorgFte  *b,
                    GError         **error)
{
  gint64 difference;

  g_return_val_if_fail (a != NULL, NULL);
  g_return_val_if_fail (b != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!reorg_checked_sub (a->units, b->units, &difference))
    {
      reorg_set_overflow_error (error, "The difference of the full-time equivalents");
      return NULL;
    }
  return fte_new (difference);
}

/**
 * reorg_fte_parse:
 * @text: the text to read, such as `18.5`, `1`, `1.00`, `0.6`, `.5` or `-19.5`
 * @error: return location for a #GError
 *
 * Reads a full-time equivalent written as a decimal number, with an
 * optional sign (`-`, U+2212 MINUS SIGN or `+`) and surrounding white space.
 * Thousands separators are not accepted (so that a decimal comma such as
 * `0,5` is an error rather than a misreading).
 *
 * More than four decimals are rounded half away from zero to four, because
 * HR systems export hours ratios such as `0.810810811` (read as 0.8108);
 * `0.00005` is read as 0.0001 and `-0.00005` as -0.0001.
 *
 * Empty text, text that is not a decimal number (including `NaN`, `inf`,
 * `1e3` and `0,5`) fails with %REORG_ERROR_PARSE, with a message that
 * quotes the text; a number too large to be held fails with
 * %REORG_ERROR_OVERFLOW.
 *
 * Returns: (transfer full) (nullable): the full-time equivalent, or %NULL
 *   with @error set
 *
 * Since: 0.1
 */
ReorgFte *
reorg_fte_parse (const char  *text,
                 GError     **error)
{
  const char *problem = NULL;
  gint64 units;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!reorg_parse_decimal (text, FTE_DECIMALS, FALSE, TRUE, &units, &problem))
    {
      g_autofree char *valid = g_utf8_make_valid (text, -1);
      g_autofree char *quoted = NULL;
      gboolean overflow = units == G_MAXINT64 || units == G_MININT64;

      if (g_utf8_strlen (valid, -1) > QUOTE_MAX_CHARS)
        {
          g_autofree char *head = g_utf8_substring (valid, 0, QUOTE_MAX_CHARS);

          quoted = g_strdup_printf ("%s…", head);
        }
      else
        quoted = g_steal_pointer (&valid);

      g_set_error (error, REORG_ERROR, overflow ? REORG_ERROR_OVERFLOW : REORG_ERROR_PARSE,
                   "Cannot read “%s” as a full-time equivalent: %s", quoted, problem);
      return NULL;
    }

  return fte_new (units);
}

/**
 * reorg_fte_to_string:
 * @self: a [struct@Reorg.Fte]
 *
 * Writes a full-time equivalent with as few decimals as its exact value
 * needs: `18.5`, `1`, `0.6`, `-19.5`, `0.8108`. The text is read back
 * exactly by [func@Reorg.Fte.parse].
 *
 * Returns: (transfer full): the full-time equivalent as text
 *
 * Since: 0.1
 */
char *
reorg_fte_to_string (const ReorgFte *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return reorg_format_decimal (self->units, FTE_DECIMALS, FTE_DECIMALS, FALSE, TRUE);
}

/**
 * reorg_fte_format:
 * @self: a [struct@Reorg.Fte]
 * @decimals: the number of decimals to write, from 0 to 4 (larger values
 *   are taken as 4)
 *
 * Writes a full-time equivalent with exactly @decimals decimals, rounded
 * half away from zero: 0.8108 with 2 decimals is `0.81`, 0.125 is `0.13`
 * and -0.125 is `-0.13`; 1 with 2 decimals is `1.00`. A value that rounds
 * to zero is written without a sign.
 *
 * Returns: (transfer full): the full-time equivalent as text
 *
 * Since: 0.1
 */
char *
reorg_fte_format (const ReorgFte *self,
                  guint           decimals)
{
  g_return_val_if_fail (self != NULL, NULL);

  return reorg_format_decimal (self->units, FTE_DECIMALS, MIN (decimals, FTE_DECIMALS),
                               FALSE, FALSE);
}

/**
 * reorg_fte_to_double:
 * @self: a [struct@Reorg.Fte]
 *
 * Converts a full-time equivalent to a floating-point number, for charts
 * and display. Sums should be done with [method@Reorg.Fte.add], which is
 * exact.
 *
 * Returns: the full-time equivalent as a double
 *
 * Since: 0.1
 */
double
reorg_fte_to_double (const ReorgFte *self)
{
  g_return_val_if_fail (self != NULL, 0.0);

  return (double) self->units / REORG_FTE_SCALE;
}
