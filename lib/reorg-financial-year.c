/* reorg-financial-year.c: financial years with a configurable start month
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "reorg-private.h"

#include <string.h>

/* GDate handles years from 1; the last day of a year that starts in 9998
 * is at the latest 31 December 9999 (or in 9999 for a later start month),
 * which keeps every date and label within four digits. */
#define MIN_START_YEAR 1
#define MAX_START_YEAR 9998

/* Longest part of a bad text quoted back in an error message. */
#define QUOTE_MAX_CHARS 64

G_DEFINE_BOXED_TYPE (ReorgFinancialYear, reorg_financial_year,
                     reorg_financial_year_copy, reorg_financial_year_free)

static gboolean
month_is_valid (GDateMonth month)
{
  return (int) month >= G_DATE_JANUARY && month <= G_DATE_DECEMBER;
}

static gboolean
start_year_is_valid (gint64 year)
{
  return year >= MIN_START_YEAR && year <= MAX_START_YEAR;
}

static gboolean
year_is_valid (const ReorgFinancialYear *self)
{
  return self != NULL && month_is_valid (self->start_month) &&
         start_year_is_valid (self->start_year);
}

static ReorgFinancialYear *
financial_year_new (gint start_year, GDateMonth start_month)
{
  ReorgFinancialYear *self = g_new (ReorgFinancialYear, 1);

  self->start_year = start_year;
  self->start_month = start_month;
  return self;
}

static gboolean
check_month (GDateMonth   month,
             GError     **error)
{
  if (!month_is_valid (month))
    {
      g_set_error (error, REORG_ERROR, REORG_ERROR_INVALID,
                   "%d is not a month: a financial year starts in month 1 to 12",
                   (int) month);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_start_year (gint64   year,
                  GError **error)
{
  if (!start_year_is_valid (year))
    {
      g_set_error (error, REORG_ERROR, REORG_ERROR_INVALID,
                   "A financial year cannot start in the year %" G_GINT64_FORMAT
                   ": the start year must be from %d to %d",
                   year, MIN_START_YEAR, MAX_START_YEAR);
      return FALSE;
    }
  return TRUE;
}

/* Julian day numbers of the first day of the year and of the first day
 * of the next year. self must be valid. */
static guint32
first_julian (const ReorgFinancialYear *self)
{
  GDate d;

  g_date_clear (&d, 1);
  g_date_set_dmy (&d, 1, self->start_month, (GDateYear) self->start_year);
  return g_date_get_julian (&d);
}

static guint32
next_first_julian (const ReorgFinancialYear *self)
{
  GDate d;

  g_date_clear (&d, 1);
  g_date_set_dmy (&d, 1, self->start_month, (GDateYear) (self->start_year + 1));
  return g_date_get_julian (&d);
}

/**
 * reorg_financial_year_new:
 * @start_year: the calendar year in which the financial year begins, from 1 to 9998
 * @start_month: the month on whose first day the year begins
 *   (%G_DATE_APRIL in UK local and central government)
 * @error: return location for a #GError
 *
 * Creates a financial year: `reorg_financial_year_new (2015, G_DATE_APRIL, NULL)`
 * is 2015/16, from 1 April 2015 to 31 March 2016.
 *
 * Fails with %REORG_ERROR_INVALID when @start_month is not a month or
 * @start_year is out of range.
 *
 * Returns: (transfer full) (nullable): a new [struct@Reorg.FinancialYear],
 *   or %NULL with @error set
 *
 * Since: 0.1
 */
ReorgFinancialYear *
reorg_financial_year_new (gint         start_year,
                          GDateMonth   start_month,
                          GError     **error)
{
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_month (start_month, error) || !check_start_year (start_year, error))
    return NULL;

  return financial_year_new (start_year, start_month);
}

/**
 * reorg_financial_year_new_for_date:
 * @date: a valid date
 * @start_month: the month on whose first day financial years begin
 * @error: return location for a #GError
 *
 * Finds the financial year that contains @date: with an April start,
 * 29 February 2016 and 31 March 2016 are in 2015/16, and 1 April 2016 is in
 * 2016/17.
 *
 * Fails with %REORG_ERROR_INVALID when @date is not a valid date,
 * @start_month is not a month, or the year would be out of range (a date
 * in January of year 1 with an April start).
 *
 * Returns: (transfer full) (nullable): a new [struct@Reorg.FinancialYear],
 *   or %NULL with @error set
 *
 * Since: 0.1
 */
ReorgFinancialYear *
reorg_financial_year_new_for_date (const GDate  *date,
                                   GDateMonth    start_month,
                                   GError      **error)
{
  gint64 start_year;

  g_return_val_if_fail (date != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_date_valid (date))
    {
      g_set_error_literal (error, REORG_ERROR, REORG_ERROR_INVALID,
                           "The date is not a valid date");
      return NULL;
    }
  if (!check_month (start_month, error))
    return NULL;

  start_year = g_date_get_year (date);
  if (g_date_get_month (date) < start_month)
    start_year--;

  if (!check_start_year (start_year, error))
    return NULL;

  return financial_year_new ((gint) start_year, start_month);
}

/* Reads exactly n ASCII digits at p. */
static gboolean
read_digits (const char *p,
             guint       n,
             gint       *out)
{
  gint v = 0;
  guint i;

  for (i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (p[i]))
        return FALSE;
      v = v * 10 + (p[i] - '0');
    }
  *out = v;
  return TRUE;
}

static void
set_label_error (GError     **error,
                 const char  *label,
                 const char  *problem)
{
  g_autofree char *valid = g_utf8_make_valid (label, -1);
  g_autofree char *quoted = NULL;

  if (g_utf8_strlen (valid, -1) > QUOTE_MAX_CHARS)
    {
      g_autofree char *head = g_utf8_substring (valid, 0, QUOTE_MAX_CHARS);

      quoted = g_strdup_printf ("%s…", head);
    }
  else
    quoted = g_steal_pointer (&valid);

  g_set_error (error, REORG_ERROR, REORG_ERROR_PARSE,
               "Cannot read “%s” as a financial year: %s", quoted, problem);
}

/**
 * reorg_financial_year_parse:
 * @label: the label to read, such as `2015/16`
 * @start_month: the month on whose first day financial years begin
 * @error: return location for a #GError
 *
 * Reads a financial year from its label. The start year has four digits;
 * the end year follows a `/`, a `-` or an en dash (U+2013) and has two
 * digits or four: `2015/16`, `2015-16`, `2015/2016`, `2015-2016`,
 * `1999/00`. Surrounding white space is ignored.
 *
 * When @start_month is %G_DATE_JANUARY the financial year is a calendar
 * year and is written as a single year, `2015`; for other start months a
 * single year is ambiguous and is rejected, as is a pair of years for a
 * January start.
 *
 * Fails with %REORG_ERROR_PARSE when the label has another form or its
 * years do not follow each other (`2015/17`), with a message that quotes
 * the label; with %REORG_ERROR_INVALID when @start_month is not a month or
 * the year is out of range.
 *
 * Returns: (transfer full) (nullable): a new [struct@Reorg.FinancialYear],
 *   or %NULL with @error set
 *
 * Since: 0.1
 */
ReorgFinancialYear *
reorg_financial_year_parse (const char  *label,
                            GDateMonth   start_month,
                            GError     **error)
{
  g_autofree char *text = NULL;
  const char *p;
  gint start_year, end_year;
  gsize len;

  g_return_val_if_fail (label != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_month (start_month, error))
    return NULL;

  text = g_strstrip (g_strdup (label));
  len = strlen (text);

  if (len == 0)
    {
      set_label_error (error, label, "it is empty");
      return NULL;
    }

  if (!read_digits (text, 4, &start_year))
    {
      set_label_error (error, label, "it does not start with a four-digit year");
      return NULL;
    }

  p = text + 4;

  if (*p == '\0')
    {
      if (start_month != G_DATE_JANUARY)
        {
          set_label_error (error, label,
                           "a year that does not start in January is written with "
                           "two years, as 2015/16");
          return NULL;
        }
      if (!check_start_year (start_year, error))
        return NULL;
      return financial_year_new (start_year, start_month);
    }

  if (*p == '/' || *p == '-')
    p += 1;
  else if (g_str_has_prefix (p, "\xe2\x80\x93"))  /* EN DASH */
    p += 3;
  else
    {
      set_label_error (error, label,
                       "the years must be separated by “/” or “-”, as 2015/16");
      return NULL;
    }

  if (strlen (p) == 2 && read_digits (p, 2, &end_year))
    {
      if (end_year != (start_year + 1) % 100)
        {
          set_label_error (error, label, "the second year does not follow the first");
          return NULL;
        }
    }
  else if (strlen (p) == 4 && read_digits (p, 4, &end_year))
    {
      if (end_year != start_year + 1)
        {
          set_label_error (error, label, "the second year does not follow the first");
          return NULL;
        }
    }
  else
    {
      set_label_error (error, label,
                       "the second year must have two or four digits, as 2015/16");
      return NULL;
    }

  if (start_month == G_DATE_JANUARY)
    {
      set_label_error (error, label,
                       "a year that starts in January is a calendar year, written "
                       "as a single year such as 2015");
      return NULL;
    }

  if (!check_start_year (start_year, error))
    return NULL;

  return financial_year_new (start_year, start_month);
}

/**
 * reorg_financial_year_copy:
 * @self: a [struct@Reorg.FinancialYear]
 *
 * Copies a financial year.
 *
 * Returns: (transfer full): a copy of @self
 *
 * Since: 0.1
 */
ReorgFinancialYear *
reorg_financial_year_copy (const ReorgFinancialYear *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return financial_year_new (self->start_year, self->start_month);
}

/**
 * reorg_financial_year_free:
 * @self: (nullable): a [struct@Reorg.FinancialYear]
 *
 * Frees a financial year. Does nothing when @self is %NULL.
 *
 * Since: 0.1
 */
void
reorg_financial_year_free (ReorgFinancialYear *self)
{
  g_free (self);
}

/**
 * reorg_financial_year_get_start_year:
 * @self: a [struct@Reorg.FinancialYear]
 *
 * Gets the calendar year in which the financial year begins: 2015 for
 * 2015/16.
 *
 * Returns: the start year
 *
 * Since: 0.1
 */
gint
reorg_financial_year_get_start_year (const ReorgFinancialYear *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->start_year;
}

/**
 * reorg_financial_year_get_start_month:
 * @self: a [struct@Reorg.FinancialYear]
 *
 * Gets the month on whose first day the financial year begins.
 *
 * Returns: the start month
 *
 * Since: 0.1
 */
GDateMonth
reorg_financial_year_get_start_month (const ReorgFinancialYear *self)
{
  g_return_val_if_fail (self != NULL, G_DATE_BAD_MONTH);

  return self->start_month;
}

/**
 * reorg_financial_year_get_label:
 * @self: a [struct@Reorg.FinancialYear]
 *
 * Writes the usual label of the financial year: the start year, a `/` and
 * the last two digits of the next year, as `2015/16` or `1999/00`. A year
 * that starts in January is a calendar year and is labelled `2015`. Years
 * before 1000 are written with leading zeros (`0999/00`), so that
 * [func@Reorg.FinancialYear.parse] reads every label back.
 *
 * Returns: (transfer full): the label
 *
 * Since: 0.1
 */
char *
reorg_financial_year_get_label (const ReorgFinancialYear *self)
{
  g_return_val_if_fail (year_is_valid (self), NULL);

  if (self->start_month == G_DATE_JANUARY)
    return g_strdup_printf ("%04d", self->start_year);

  return g_strdup_printf ("%04d/%02d", self->start_year, (self->start_year + 1) % 100);
}

/**
 * reorg_financial_year_get_first_day:
 * @self: a [struct@Reorg.FinancialYear]
 *
 * Gets the first day of the financial year: 1 April 2015 for 2015/16 with
 * an April start.
 *
 * Returns: (transfer full): a new #GDate; free it with g_date_free()
 *
 * Since: 0.1
 */
GDate *
reorg_financial_year_get_first_day (const ReorgFinancialYear *self)
{
  g_return_val_if_fail (year_is_valid (self), NULL);

  return g_date_new_julian (first_julian (self));
}

/**
 * reorg_financial_year_get_last_day:
 * @self: a [struct@Reorg.FinancialYear]
 *
 * Gets the last day of the financial year: 31 March 2016 for 2015/16 with
 * an April start, 31 December 2015 for 2015 with a January start.
 *
 * Returns: (transfer full): a new #GDate; free it with g_date_free()
 *
 * Since: 0.1
 */
GDate *
reorg_financial_year_get_last_day (const ReorgFinancialYear *self)
{
  g_return_val_if_fail (year_is_valid (self), NULL);

  return g_date_new_julian (next_first_julian (self) - 1);
}

/**
 * reorg_financial_year_get_n_days:
 * @self: a [struct@Reorg.FinancialYear]
 *
 * Counts the days of the financial year: 365, or 366 when it holds a
 * 29 February (2015/16 with an April start holds 29 February 2016).
 *
 * Returns: the number of days, 365 or 366
 *
 * Since: 0.1
 */
guint
reorg_financial_year_get_n_days (const ReorgFinancialYear *self)
{
  g_return_val_if_fail (year_is_valid (self), 0);

  return next_first_julian (self) - first_julian (self);
}

/**
 * reorg_financial_year_contains:
 * @self: a [struct@Reorg.FinancialYear]
 * @date: a date
 *
 * Checks whether a date falls within the financial year, first and last
 * days included. An invalid @date is in no year.
 *
 * Returns: %TRUE if @date is in the financial year
 *
 * Since: 0.1
 */
gboolean
reorg_financial_year_contains (const ReorgFinancialYear *self,
                               const GDate              *date)
{
  guint32 julian;

  g_return_val_if_fail (year_is_valid (self), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  if (!g_date_valid (date))
    return FALSE;

  julian = g_date_get_julian (date);
  return julian >= first_julian (self) && julian < next_first_julian (self);
}

/**
 * reorg_financial_year_days_from:
 * @self: a [struct@Reorg.FinancialYear]
 * @date: a date
 *
 * Counts the days of the financial year from @date to the last day, both
 * included: the days in the year of a change that takes effect on @date.
 * For 2015/16 with an April start, 1 April 2015 gives 366 and 31 March 2016
 * gives 1. A date after the year gives 0, a date before it the whole year.
 * An invalid @date gives 0.
 *
 * Returns: the number of days from @date to the end of the year
 *
 * Since: 0.1
 */
guint
reorg_financial_year_days_from (const ReorgFinancialYear *self,
                                const GDate              *date)
{
  guint32 julian, first, next;

  g_return_val_if_fail (year_is_valid (self), 0);
  g_return_val_if_fail (date != NULL, 0);

  if (!g_date_valid (date))
    return 0;

  julian = g_date_get_julian (date);
  first = first_julian (self);
  next = next_first_julian (self);

  if (julian >= next)
    return 0;
  if (julian <= first)
    return next - first;
  return next - julian;
}

/**
 * reorg_financial_year_fraction_from:
 * @self: a [struct@Reorg.FinancialYear]
 * @date: a date
 *
 * The share of the financial year from @date to its end: the days counted
 * by [method@Reorg.FinancialYear.days_from] divided by the days in the
 * year, from 0 to 1. For exact money, use the day counts with
 * [method@Reorg.Money.multiply_ratio] rather than this double.
 *
 * Returns: the fraction of the year from @date, from 0.0 to 1.0
 *
 * Since: 0.1
 */
double
reorg_financial_year_fraction_from (const ReorgFinancialYear *self,
                                    const GDate              *date)
{
  g_return_val_if_fail (year_is_valid (self), 0.0);
  g_return_val_if_fail (date != NULL, 0.0);

  return (double) reorg_financial_year_days_from (self, date) /
         (double) reorg_financial_year_get_n_days (self);
}

/**
 * reorg_financial_year_offset:
 * @self: a [struct@Reorg.FinancialYear]
 * @years: the number of years to move, negative to go back
 * @error: return location for a #GError
 *
 * Gets the financial year @years after (or before) this one, with the same
 * start month: 2015/16 offset by 2 is 2017/18.
 *
 * Fails with %REORG_ERROR_INVALID when the result would start before the
 * year 1 or after 9998, or when @self is not a valid financial year.
 *
 * Returns: (transfer full) (nullable): a new [struct@Reorg.FinancialYear],
 *   or %NULL with @error set
 *
 * Since: 0.1
 */
ReorgFinancialYear *
reorg_financial_year_offset (const ReorgFinancialYear  *self,
                             gint                       years,
                             GError                   **error)
{
  gint64 start_year;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_month (self->start_month, error) || !check_start_year (self->start_year, error))
    return NULL;

  start_year = (gint64) self->start_year + years;
  if (!check_start_year (start_year, error))
    return NULL;

  return financial_year_new ((gint) start_year, self->start_month);
}

/**
 * reorg_financial_year_equal:
 * @a: a [struct@Reorg.FinancialYear]
 * @b: another [struct@Reorg.FinancialYear]
 *
 * Checks whether two financial years are the same: the same start year and
 * the same start month.
 *
 * Returns: %TRUE if @a and @b are equal
 *
 * Since: 0.1
 */
gboolean
reorg_financial_year_equal (const ReorgFinancialYear *a,
                            const ReorgFinancialYear *b)
{
  g_return_val_if_fail (a != NULL, FALSE);
  g_return_val_if_fail (b != NULL, FALSE);

  return a->start_year == b->start_year && a->start_month == b->start_month;
}

/**
 * reorg_financial_year_compare:
 * @a: a [struct@Reorg.FinancialYear]
 * @b: another [struct@Reorg.FinancialYear]
 *
 * Compares two financial years by their first days, for sorting. Years with
 * different start months are ordered by where they begin.
 *
 * Returns: -1 if @a starts before @b, 0 if they start on the same day, 1 if
 *   @a starts after @b
 *
 * Since: 0.1
 */
int
reorg_financial_year_compare (const ReorgFinancialYear *a,
                              const ReorgFinancialYear *b)
{
  gint64 ka, kb;

  g_return_val_if_fail (a != NULL, 0);
  g_return_val_if_fail (b != NULL, 0);

  /* The first day orders like (year, month); this also gives a stable
   * order to invalid structs without touching GDate. */
  ka = (gint64) a->start_year * 16 + (gint64) a->start_month;
  kb = (gint64) b->start_year * 16 + (gint64) b->start_month;

  return (ka > kb) - (ka < kb);
}
