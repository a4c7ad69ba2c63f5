/* reorg-table.c: tables pasted from committee reports
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "reorg-private.h"

#include <string.h>

/**
 * ReorgTable:
 *
 * A table as a committee report prints it, read from the text a user gets
 * by copying the table out of the report: rows of tab-separated cells
 * (or `|`-separated rows, as Markdown writes them).
 *
 * Each cell keeps its text, cleaned of stray markup (`<u>`, `<b>`,
 * `<strong>`, `<br>`, `&amp;`, `&nbsp;`, …) and of surrounding spaces, and
 * is read as a [enum@Reorg.TableCellKind]: empty, text, a number, an
 * amount of money, a percentage, a year heading or a scale heading. Every
 * row has the same number of cells: short rows are padded with empty
 * cells, and columns that are empty in every row at the right of the
 * table are dropped. Each line of the text is one row, blank lines
 * included (as %REORG_TABLE_ROW_BLANK rows), so row *n* (from 0) is line
 * *n* + 1 of the text; blank lines at the end are dropped.
 *
 * ## Numbers
 *
 * Numbers are read as reports print them: `1,259`, `-1,259`, `(3,215)`
 * (brackets are negative), `18.5`, `0`. A lone dash (`-`, `–`, `—`, `−`)
 * in a column of numbers or money is read as zero (the report's way of
 * writing nil); its text is kept, so a caller that wants to tell a dash
 * from a `0` can look at [method@Reorg.Table.get_text]. A blank cell is
 * %REORG_TABLE_CELL_EMPTY, never zero. Amounts of money are exact: in a
 * column headed `£,000`, `(3,215)` is −£3,215,000, held in pence.
 *
 * ## What is detected, and how to override it
 *
 * Every detection below is a heuristic; each can be overridden, after
 * which the rest of the table is read again with the override in place
 * ([method@Reorg.Table.reset_overrides] undoes them all).
 *
 * - The label column ([method@Reorg.Table.set_label_column]): the leftmost
 *   column that has text in a row that also has figures; column 0 if none.
 * - The header rows ([method@Reorg.Table.set_n_header_rows]): the rows
 *   before the first row with a figure outside the label column, up to the
 *   last of them that has a financial year, a scale marker or any text
 *   outside the label column. A table without figures has one header row.
 *   Later rows without figures whose cells outside the label column name a
 *   year or a scale (a header repeated after a page break) are header rows
 *   too.
 * - The scale of each column ([method@Reorg.Table.set_column_scale]): a
 *   scale marker in one of its header cells: `£,000`, `£000`, `£'000`,
 *   `£000's`, `£k` or `£ thousand` for thousands, `£m` or `£ million` for
 *   millions, `£bn` for billions. A column of figures without a marker of
 *   its own takes the marker most of the other columns have, unless its
 *   title counts something else (FTE, posts, headcount, number, staff,
 *   people, `%`). A column whose figures mostly carry their own `£` or
 *   suffix (`£65,000`, `£4.8m`) is money in pounds.
 * - The kind of each column ([method@Reorg.Table.set_column_kind]): money
 *   when it has a scale as above, numbers when most of its cells outside
 *   the header rows are figures, text otherwise.
 * - The financial year of each column ([method@Reorg.Table.set_column_year]):
 *   a year label anywhere in one of its header cells (`2015/16`,
 *   `2015 / 16`, `2015-16`, `2014-2015`, `2011/12 £000`); a year in a
 *   header cell also covers the empty header cells to its right in the
 *   same row (a heading that spans several columns), and a year written in
 *   the column's own cell wins over one it is covered by. Years start in
 *   April unless [method@Reorg.Table.set_start_month] says otherwise; with
 *   a January start, a single year (`2015`) is a year label.
 * - Section headings and totals ([method@Reorg.Table.set_row_kind]): a row
 *   whose only text is in the label column is a section heading, and so is
 *   a row without figures whose label is underlined or bold (`<u>…</u>`).
 *   A row with figures is a total when its label starts with “Total”,
 *   “Sub total”, “Sub-total”, “Subtotal”, “Grand total”, “Net”,
 *   “Estimated savings” or “Overall”, ends with “Total” (“Birmingham
 *   Total”), or repeats the label of the section heading above it (as
 *   Manchester closes a section with its name and its figures).
 *
 * ## Problems
 *
 * A cell in a column of money or numbers that cannot be read as one is not
 * an error: reports put notes there. It is read as text and listed by
 * [method@Reorg.Table.get_problems], with a message that names its row and
 * column; [method@Reorg.Table.check] turns the first problem into a
 * #GError, for callers that want a strict reading. Only cells in data and
 * total rows are problems.
 *
 * Since: 0.1
 */

/* Cells, rows and columns beyond this are refused rather than allocated. */
#define MAX_CELLS (4u * 1024u * 1024u)
/* Longest part of a cell quoted back in a message. */
#define QUOTE_MAX_CHARS 48

typedef enum
{
  LEX_EMPTY,
  LEX_TEXT,
  LEX_NUMBER,
  LEX_DASH,
  LEX_PERCENT,
  LEX_MONEY,
} Lex;

typedef struct
{
  char   *text;
  gint64  number;      /* LEX_NUMBER, LEX_PERCENT: value * 10^decimals */
  gint64  pence;       /* kind MONEY */
  guint8  lex;
  guint8  kind;        /* ReorgTableCellKind */
  guint8  decimals;
  guint8  emphasised : 1;
  guint8  has_year : 1;
  guint8  has_scale : 1;
  guint8  scale_only : 1;
  guint8  scale;       /* ReorgMoneyScale of a marker */
  ReorgFinancialYear year;
} Cell;

typedef struct
{
  char               *title;
  ReorgFinancialYear  year;
  ReorgFinancialYear  year_override;
  gint8               kind;
  gint8               kind_override;   /* -1: detect */
  gint8               scale;
  gint8               scale_override;  /* -1: detect */
  gint8               year_state;      /* has a year? */
  gint8               year_override_state; /* -1: detect, 0: none, 1: year_override */
} Column;

typedef struct
{
  gint8 kind;
  gint8 kind_override;  /* -1: detect */
  guint8 level;         /* of a section heading: 1 or 2 */
  gint  section;
} Row;

struct _ReorgTable
{
  GObject     parent_instance;

  char       *source;
  guint       n_rows;
  guint       n_columns;
  Cell       *cells;
  Row        *rows;
  Column     *columns;

  guint       label_column;
  gint        label_column_override;   /* -1: detect */
  guint       n_header_rows;
  gint        n_header_rows_override;  /* -1: detect */
  GDateMonth  start_month;

  GPtrArray  *problems;                /* of ReorgTableProblem */
};

G_DEFINE_FINAL_TYPE (ReorgTable, reorg_table, G_TYPE_OBJECT)

G_DEFINE_BOXED_TYPE (ReorgTableProblem, reorg_table_problem,
                     reorg_table_problem_copy, reorg_table_problem_free)

/**
 * reorg_table_problem_copy:
 * @self: a [struct@Reorg.TableProblem]
 *
 * Copies a problem.
 *
 * Returns: (transfer full): a new copy of @self
 *
 * Since: 0.1
 */
ReorgTableProblem *
reorg_table_problem_copy (const ReorgTableProblem *self)
{
  ReorgTableProblem *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (ReorgTableProblem, 1);
  copy->row = self->row;
  copy->column = self->column;
  copy->text = g_strdup (self->text);
  copy->message = g_strdup (self->message);
  return copy;
}

/**
 * reorg_table_problem_free:
 * @self: (nullable): a [struct@Reorg.TableProblem]
 *
 * Frees a problem.
 *
 * Since: 0.1
 */
void
reorg_table_problem_free (ReorgTableProblem *self)
{
  if (self == NULL)
    return;
  g_free (self->text);
  g_free (self->message);
  g_free (self);
}

static inline Cell *
cell_at (ReorgTable *self,
         guint       row,
         guint       column)
{
  return &self->cells[(gsize) row * self->n_columns + column];
}

static void
reorg_table_finalize (GObject *object)
{
  ReorgTable *self = REORG_TABLE (object);
  gsize n = (gsize) self->n_rows * self->n_columns;

  for (gsize i = 0; i < n; i++)
    g_free (self->cells[i].text);
  g_free (self->cells);
  for (guint c = 0; c < self->n_columns; c++)
    g_free (self->columns[c].title);
  g_free (self->columns);
  g_free (self->rows);
  g_free (self->source);
  g_clear_pointer (&self->problems, g_ptr_array_unref);

  G_OBJECT_CLASS (reorg_table_parent_class)->finalize (object);
}

static void
reorg_table_class_init (ReorgTableClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = reorg_table_finalize;
}

static void
reorg_table_init (ReorgTable *self)
{
  self->start_month = G_DATE_APRIL;
  self->label_column_override = -1;
  self->n_header_rows_override = -1;
  self->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) reorg_table_problem_free);
}

/* ---- Cleaning a cell ---- */

static const char * const ignored_tags[] = {
  "u", "b", "i", "em", "strong", "br", "p", "span", "sup", "sub", "font",
  "div", "s", "strike", "del", "ins", "a", "td", "th", "tr", "small", "big",
  "mark", "ul", "ol", "li", NULL,
};

static gboolean
is_emphasis_tag (const char *name)
{
  return strcmp (name, "u") == 0 || strcmp (name, "b") == 0 || strcmp (name, "strong") == 0;
}

/* At p (a '<'), a tag we remove? Sets *end past it. */
static gboolean
match_tag (const char  *p,
           const char  *limit,
           const char **end,
           gboolean    *emphasis,
           gboolean    *closing,
           gboolean    *spacing)
{
  const char *q = p + 1;
  char name[16];
  gsize len = 0;

  *closing = FALSE;
  if (q < limit && *q == '/')
    {
      *closing = TRUE;
      q++;
    }
  while (q < limit && g_ascii_isalnum (*q) && len < sizeof name - 1)
    name[len++] = g_ascii_tolower (*q++);
  name[len] = '\0';
  if (len == 0 || !g_strv_contains (ignored_tags, name))
    return FALSE;
  if (q < limit && g_ascii_isalnum (*q))
    return FALSE;
  /* Attributes, up to the closing '>' on the same cell, within reason. */
  for (gsize n = 0; q < limit && *q != '>'; q++, n++)
    if (*q == '<' || *q == '\n' || n > 200)
      return FALSE;
  if (q >= limit)
    return FALSE;
  *end = q + 1;
  *emphasis = is_emphasis_tag (name);
  *spacing = strcmp (name, "br") == 0 || strcmp (name, "p") == 0 ||
             strcmp (name, "div") == 0 || strcmp (name, "li") == 0;
  return TRUE;
}

static const struct { const char *name; const char *text; } entities[] = {
  { "amp", "&" }, { "lt", "<" }, { "gt", ">" }, { "quot", "\"" },
  { "apos", "'" }, { "nbsp", " " }, { "pound", "£" }, { "ndash", "–" },
  { "mdash", "—" }, { "minus", "−" }, { "hellip", "…" }, { "rsquo", "’" },
  { "lsquo", "‘" }, { "rdquo", "”" }, { "ldquo", "“" }, { "euro", "€" },
};

/* At p (a '&'), an entity? Appends its text and sets *end past it. */
static gboolean
match_entity (const char  *p,
              const char  *limit,
              const char **end,
              GString     *out)
{
  const char *q = p + 1, *semi;
  gsize len;

  for (semi = q; semi < limit && semi - q < 10 && *semi != ';'; semi++)
    ;
  if (semi >= limit || *semi != ';' || semi == q)
    return FALSE;
  len = semi - q;

  if (*q == '#')
    {
      guint64 code = 0;
      gboolean hex = len > 1 && (q[1] == 'x' || q[1] == 'X');
      const char *d = q + (hex ? 2 : 1);

      if (d == semi)
        return FALSE;
      for (; d < semi; d++)
        {
          if (hex ? !g_ascii_isxdigit (*d) : !g_ascii_isdigit (*d))
            return FALSE;
          code = code * (hex ? 16 : 10) + (hex ? g_ascii_xdigit_value (*d) : g_ascii_digit_value (*d));
          if (code > 0x10FFFF)
            return FALSE;
        }
      if (code < 0x20 || code == 0xA0 || !g_unichar_validate ((gunichar) code))
        g_string_append_c (out, ' ');
      else
        g_string_append_unichar (out, (gunichar) code);
      *end = semi + 1;
      return TRUE;
    }

  for (gsize i = 0; i < G_N_ELEMENTS (entities); i++)
    if (strlen (entities[i].name) == len && strncmp (entities[i].name, q, len) == 0)
      {
        g_string_append (out, entities[i].text);
        *end = semi + 1;
        return TRUE;
      }
  return FALSE;
}

static gboolean
is_blank (const char *s)
{
  for (; *s != '\0'; s++)
    if (*s != ' ')
      return FALSE;
  return TRUE;
}

/* Cleans one cell of valid UTF-8: markup and entities out, white space
 * (no-break spaces included) collapsed and trimmed. */
static char *
clean_cell (const char *p,
            gsize       len,
            gboolean   *emphasised)
{
  const char *limit = p + len;
  g_autoptr(GString) raw = g_string_sized_new (len);
  GString *out;
  gboolean pending_space = FALSE;

  *emphasised = FALSE;

  while (p < limit)
    {
      const char *end;
      gboolean emphasis, closing, spacing;

      if (*p == '<' && match_tag (p, limit, &end, &emphasis, &closing, &spacing))
        {
          /* Emphasis that opens before any text marks the whole cell. */
          if (emphasis && !closing && is_blank (raw->str))
            *emphasised = TRUE;
          if (spacing)
            g_string_append_c (raw, ' ');
          p = end;
        }
      else if (*p == '&' && match_entity (p, limit, &end, raw))
        p = end;
      else
        g_string_append_c (raw, *p++);
    }

  /* Collapse white space, including U+00A0, U+2007, U+202F, and controls. */
  out = g_string_sized_new (raw->len);
  for (const char *q = raw->str; *q != '\0'; q = g_utf8_next_char (q))
    {
      gunichar ch = g_utf8_get_char (q);

      if (ch < 0x20 || ch == ' ' || ch == 0x7F || ch == 0xA0 || ch == 0x2007 ||
          ch == 0x202F || ch == 0xFEFF || g_unichar_type (ch) == G_UNICODE_SPACE_SEPARATOR)
        {
          pending_space = out->len > 0;
          continue;
        }
      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      g_string_append_unichar (out, ch);
    }
  return g_string_free (out, FALSE);
}

/* ---- Reading a cell's text ---- */

static gboolean
is_dash (const char *t)
{
  return strcmp (t, "-") == 0 || strcmp (t, "--") == 0 || strcmp (t, "–") == 0 ||
         strcmp (t, "—") == 0 || strcmp (t, "−") == 0;
}

/* A plain number: optional brackets or sign, digits, separators, point. */
static gboolean
parse_plain_number (const char *t,
                    gsize       len,
                    gint64     *value,
                    guint8     *decimals)
{
  g_autoptr(GString) number = g_string_new (NULL);
  const char *p = t, *limit = t + len, *point = NULL;
  gboolean negative = FALSE, bracket = FALSE;
  guint n_digits = 0, n_frac = 0;

  if (p < limit && *p == '(')
    {
      if (limit[-1] != ')')
        return FALSE;
      bracket = negative = TRUE;
      p++;
      limit--;
    }
  while (p < limit && *p == ' ')
    p++;
  while (limit > p && limit[-1] == ' ')
    limit--;

  if (p < limit && (*p == '-' || *p == '+'))
    {
      negative = *p == '-';
      p++;
    }
  else if (limit - p >= 3 && (memcmp (p, "−", 3) == 0 || memcmp (p, "–", 3) == 0))
    {
      negative = TRUE;
      p += 3;
    }
  else
    goto digits;
  if (bracket)
    return FALSE;
  while (p < limit && *p == ' ')
    p++;

digits:
  for (const char *q = p; q < limit; q++)
    {
      if (g_ascii_isdigit (*q))
        {
          n_digits++;
          if (point != NULL)
            n_frac++;
        }
      else if (*q == '.')
        {
          if (point != NULL)
            return FALSE;
          point = q;
        }
      else if (*q != ',' || point != NULL)
        return FALSE;
    }
  if (n_digits == 0 || n_frac > 9)
    return FALSE;

  if (negative)
    g_string_append_c (number, '-');
  g_string_append_len (number, p, limit - p);
  if (!reorg_parse_decimal (number->str, n_frac, TRUE, FALSE, value, NULL))
    return FALSE;
  *decimals = (guint8) n_frac;
  return TRUE;
}

static gboolean find_scale (const char      *t,
                            ReorgMoneyScale *out,
                            gboolean        *only);

static Lex
classify (const char *t,
          gint64     *number,
          guint8     *decimals)
{
  gsize len = strlen (t);
  g_autoptr(ReorgMoney) money = NULL;
  ReorgMoneyScale scale;
  gboolean only;

  *number = 0;
  *decimals = 0;

  if (len == 0)
    return LEX_EMPTY;
  if (is_dash (t))
    return LEX_DASH;
  if (len > 1 && t[len - 1] == '%')
    return parse_plain_number (t, len - 1, number, decimals) ? LEX_PERCENT : LEX_TEXT;
  if (parse_plain_number (t, len, number, decimals))
    return LEX_NUMBER;
  /* `£000` is a heading, not nil pounds. */
  if (find_scale (t, &scale, &only) && only)
    return LEX_TEXT;
  /* `£65,000`, `£4.8m`, `552k`: money that says so itself. */
  if (len < 64 && (money = reorg_money_parse (t, REORG_MONEY_SCALE_UNITS, NULL)) != NULL)
    {
      *number = money->pence;
      *decimals = 2;
      return LEX_MONEY;
    }
  return LEX_TEXT;
}

static gboolean
is_figure (guint8 lex)
{
  return lex == LEX_NUMBER || lex == LEX_DASH || lex == LEX_PERCENT || lex == LEX_MONEY;
}

/* A financial year label anywhere in a text. */
static gboolean
find_year (const char         *t,
           GDateMonth          start_month,
           ReorgFinancialYear *out)
{
  for (const char *p = t; *p != '\0'; p++)
    {
      const char *q;
      char label[16];
      guint n2 = 0;
      g_autoptr(ReorgFinancialYear) year = NULL;

      if (!(g_ascii_isdigit (p[0]) && g_ascii_isdigit (p[1]) &&
            g_ascii_isdigit (p[2]) && g_ascii_isdigit (p[3])) ||
          (p > t && (g_ascii_isdigit (p[-1]) || p[-1] == ',' || p[-1] == '.')) ||
          g_ascii_isdigit (p[4]))
        continue;

      q = p + 4;
      while (*q == ' ')
        q++;
      if (*q == '/' || *q == '-')
        q++;
      else if (strncmp (q, "–", 3) == 0)
        q += 3;
      else
        q = NULL;

      if (q != NULL)
        {
          while (*q == ' ')
            q++;
          while (g_ascii_isdigit (q[n2]) && n2 < 5)
            n2++;
        }

      if (q != NULL && (n2 == 2 || n2 == 4))
        g_snprintf (label, sizeof label, "%.4s/%.*s", p, (int) n2, q);
      else if (start_month == G_DATE_JANUARY && q == NULL && (p[4] == '\0' || !g_ascii_isalnum (p[4])))
        g_snprintf (label, sizeof label, "%.4s", p);
      else
        continue;

      year = reorg_financial_year_parse (label, start_month, NULL);
      if (year != NULL)
        {
          *out = *year;
          return TRUE;
        }
    }
  return FALSE;
}

/* A scale marker (`£,000`, `£000's`, `£m`) in a text; *only when nothing
 * else is in the text but brackets. */
static gboolean
find_scale (const char      *t,
            ReorgMoneyScale *out,
            gboolean        *only)
{
  const char *pound = strstr (t, "£");

  while (pound != NULL)
    {
      const char *q = pound + strlen ("£"), *end = NULL;

      while (*q == ' ')
        q++;
      if (strncmp (q, ",000", 4) == 0 || strncmp (q, "'000", 4) == 0)
        *out = REORG_MONEY_SCALE_THOUSANDS, end = q + 4;
      else if (strncmp (q, "’000", strlen ("’000")) == 0)
        *out = REORG_MONEY_SCALE_THOUSANDS, end = q + strlen ("’000");
      else if (strncmp (q, "000", 3) == 0 && !g_ascii_isdigit (q[3]) && q[3] != ',')
        *out = REORG_MONEY_SCALE_THOUSANDS, end = q + 3;
      else if (g_ascii_strncasecmp (q, "thousand", 8) == 0)
        *out = REORG_MONEY_SCALE_THOUSANDS, end = q + 8;
      else if (g_ascii_strncasecmp (q, "million", 7) == 0)
        *out = REORG_MONEY_SCALE_MILLIONS, end = q + 7;
      else if (g_ascii_strncasecmp (q, "bn", 2) == 0 && !g_ascii_isalpha (q[2]))
        *out = REORG_MONEY_SCALE_BILLIONS, end = q + 2;
      else if ((*q == 'k' || *q == 'K') && !g_ascii_isalpha (q[1]))
        *out = REORG_MONEY_SCALE_THOUSANDS, end = q + 1;
      else if ((*q == 'm' || *q == 'M') && !g_ascii_isalpha (q[1]))
        *out = REORG_MONEY_SCALE_MILLIONS, end = q + 1;

      if (end != NULL)
        {
          const char *b = t;

          while (b < pound && (*b == ' ' || *b == '('))
            b++;
          if (*end == '\'' || strncmp (end, "’", strlen ("’")) == 0)
            end += *end == '\'' ? 1 : strlen ("’");
          if (*end == 's' || *end == 'S')
            end++;
          while (*end == ' ' || *end == ')')
            end++;
          *only = b == pound && *end == '\0';
          return TRUE;
        }
      pound = strstr (pound + 1, "£");
    }
  return FALSE;
}

static gboolean
title_counts_something_else (const char *title)
{
  static const char * const words[] = {
    "fte", "post", "headcount", "number", "no.", "staff", "people", "%", NULL,
  };
  g_autofree char *lower = g_utf8_strdown (title, -1);

  for (guint i = 0; words[i] != NULL; i++)
    if (strstr (lower, words[i]) != NULL)
      return TRUE;
  return FALSE;
}

static gboolean
label_is_total (const char *label)
{
  static const char * const prefixes[] = {
    "total", "sub total", "sub-total", "subtotal", "grand total", "net ",
    "estimated savings", "overall", NULL,
  };
  g_autofree char *lower = g_utf8_strdown (label, -1);
  gsize len = strlen (lower);

  for (guint i = 0; prefixes[i] != NULL; i++)
    if (g_str_has_prefix (lower, prefixes[i]))
      return TRUE;
  if (len >= 6 && g_str_has_suffix (lower, " total"))
    return TRUE;
  if (len >= 7 && g_str_has_suffix (lower, " totals"))
    return TRUE;
  return FALSE;
}

static gboolean
labels_equal (const char *a,
              const char *b)
{
  g_autofree char *x = g_utf8_casefold (a, -1);
  g_autofree char *y = g_utf8_casefold (b, -1);

  return x[0] != '\0' && strcmp (x, y) == 0;
}

/* ---- Detection ---- */

static gboolean
row_has_figure (ReorgTable *self,
                guint       row,
                guint       label)
{
  for (guint c = 0; c < self->n_columns; c++)
    if (c != label && is_figure (cell_at (self, row, c)->lex))
      return TRUE;
  return FALSE;
}

static gboolean
row_is_blank (ReorgTable *self,
              guint       row)
{
  for (guint c = 0; c < self->n_columns; c++)
    if (cell_at (self, row, c)->lex != LEX_EMPTY)
      return FALSE;
  return TRUE;
}

static guint
detect_label_column (ReorgTable *self)
{
  if (self->label_column_override >= 0)
    return MIN ((guint) self->label_column_override, self->n_columns > 0 ? self->n_columns - 1 : 0);

  for (guint c = 0; c < self->n_columns; c++)
    for (guint r = 0; r < self->n_rows; r++)
      if (cell_at (self, r, c)->lex == LEX_TEXT && row_has_figure (self, r, c))
        return c;
  return 0;
}

static gboolean
row_is_header_like (ReorgTable *self,
                    guint       row)
{
  for (guint c = 0; c < self->n_columns; c++)
    {
      Cell *cell = cell_at (self, row, c);

      if (cell->has_year || cell->has_scale)
        return TRUE;
      if (c != self->label_column && cell->lex != LEX_EMPTY)
        return TRUE;
    }
  return FALSE;
}

static guint
detect_n_header_rows (ReorgTable *self)
{
  guint first_figures = self->n_rows;
  guint n = 0;

  if (self->n_header_rows_override >= 0)
    return MIN ((guint) self->n_header_rows_override, self->n_rows);

  for (guint r = 0; r < self->n_rows; r++)
    if (row_has_figure (self, r, self->label_column))
      {
        first_figures = r;
        break;
      }

  if (first_figures == self->n_rows)
    {
      /* No figures at all: the first line with text is the header. */
      for (guint r = 0; r < self->n_rows; r++)
        if (!row_is_blank (self, r))
          return r + 1;
      return 0;
    }

  for (guint r = 0; r < first_figures; r++)
    if (row_is_header_like (self, r))
      n = r + 1;
  return n;
}

static gboolean
row_is_repeated_header (ReorgTable *self,
                        guint       row)
{
  gboolean marker = FALSE;

  if (row_has_figure (self, row, self->label_column))
    return FALSE;
  for (guint c = 0; c < self->n_columns; c++)
    {
      Cell *cell = cell_at (self, row, c);

      if (c != self->label_column && (cell->has_year || cell->has_scale))
        marker = TRUE;
    }
  return marker;
}

static void
detect_columns (ReorgTable *self)
{
  guint n = self->n_columns;
  g_autofree gint8 *own_scale = g_new (gint8, n);
  g_autofree gint8 *explicit_year = g_new0 (gint8, n);
  g_autofree gint8 *span_year = g_new0 (gint8, n);
  g_autofree ReorgFinancialYear *spans = g_new0 (ReorgFinancialYear, n);
  guint scale_votes[4] = { 0, 0, 0, 0 };
  gint default_scale = -1;

  for (guint c = 0; c < n; c++)
    {
      Column *col = &self->columns[c];
      g_autoptr(GString) title = g_string_new (NULL);

      own_scale[c] = -1;
      for (guint r = 0; r < self->n_rows; r++)
        {
          Cell *cell = cell_at (self, r, c);

          if (self->rows[r].kind != REORG_TABLE_ROW_HEADER)
            continue;
          if (r < self->n_header_rows && cell->text[0] != '\0')
            {
              if (title->len > 0)
                g_string_append_c (title, ' ');
              g_string_append (title, cell->text);
            }
          if (cell->has_scale && own_scale[c] < 0)
            own_scale[c] = cell->scale;
          if (r < self->n_header_rows && cell->has_year)
            {
              col->year = cell->year;
              explicit_year[c] = 1;
            }
        }
      g_free (col->title);
      col->title = g_string_free (g_steal_pointer (&title), FALSE);
      if (own_scale[c] >= 0)
        scale_votes[own_scale[c]]++;
    }

  /* Years over spanning headings: a year covers the empty cells to its right. */
  for (guint r = 0; r < self->n_header_rows; r++)
    {
      gboolean carry = FALSE;
      ReorgFinancialYear carried = { 0, 0 };

      if (self->rows[r].kind != REORG_TABLE_ROW_HEADER)
        continue;
      for (guint c = 0; c < n; c++)
        {
          Cell *cell = cell_at (self, r, c);

          if (cell->lex != LEX_EMPTY)
            {
              carry = cell->has_year;
              carried = cell->year;
            }
          else if (carry)
            {
              spans[c] = carried;
              span_year[c] = 1;
            }
        }
    }

  for (guint s = 0; s < G_N_ELEMENTS (scale_votes); s++)
    if (scale_votes[s] > 0 && (default_scale < 0 || scale_votes[s] > scale_votes[default_scale]))
      default_scale = (gint) s;

  for (guint c = 0; c < n; c++)
    {
      Column *col = &self->columns[c];
      guint n_figures = 0, n_text = 0, n_money = 0, n_percent = 0;
      gint8 kind, scale = REORG_MONEY_SCALE_UNITS;

      /* The year. */
      if (col->year_override_state >= 0)
        {
          col->year_state = col->year_override_state;
          col->year = col->year_override;
        }
      else if (explicit_year[c])
        col->year_state = 1;
      else if (span_year[c])
        {
          col->year_state = 1;
          col->year = spans[c];
        }
      else
        col->year_state = 0;

      /* The kind and scale. */
      for (guint r = 0; r < self->n_rows; r++)
        {
          guint8 lex = cell_at (self, r, c)->lex;

          if (self->rows[r].kind == REORG_TABLE_ROW_HEADER)
            continue;
          if (is_figure (lex))
            n_figures++;
          else if (lex == LEX_TEXT)
            n_text++;
          if (lex == LEX_MONEY)
            n_money++;
          if (lex == LEX_PERCENT)
            n_percent++;
        }

      if (c == self->label_column)
        kind = REORG_TABLE_COLUMN_LABEL;
      else if (own_scale[c] >= 0)
        {
          kind = REORG_TABLE_COLUMN_MONEY;
          scale = own_scale[c];
        }
      else if (n_figures > 0 && n_figures >= n_text)
        {
          if (n_percent * 2 > n_figures)
            kind = REORG_TABLE_COLUMN_NUMBER;
          else if (n_money * 2 > n_figures)
            kind = REORG_TABLE_COLUMN_MONEY;
          else if (default_scale >= 0 && !title_counts_something_else (col->title))
            {
              kind = REORG_TABLE_COLUMN_MONEY;
              scale = default_scale;
            }
          else
            kind = REORG_TABLE_COLUMN_NUMBER;
        }
      else
        kind = REORG_TABLE_COLUMN_TEXT;

      if (col->scale_override >= 0)
        {
          scale = col->scale_override;
          if (col->kind_override < 0 && kind != REORG_TABLE_COLUMN_LABEL)
            kind = REORG_TABLE_COLUMN_MONEY;
        }
      if (col->kind_override >= 0)
        kind = col->kind_override;

      col->kind = kind;
      col->scale = scale;
    }
}

/* Has letters, none of them lower case. */
static gboolean
text_is_capitals (const char *text)
{
  gboolean letters = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_islower (c))
        return FALSE;
      if (g_unichar_isupper (c))
        letters = TRUE;
    }
  return letters;
}

static gboolean
closes_section (ReorgTable *self,
                const char *label,
                gint        section)
{
  return section >= 0 && labels_equal (label, cell_at (self, section, self->label_column)->text);
}

static void
detect_rows (ReorgTable *self)
{
  gint section = -1, outer = -1;
  guint label = self->label_column;

  for (guint r = 0; r < self->n_rows; r++)
    {
      Row *row = &self->rows[r];
      gint8 kind;

      if (row->kind_override >= 0)
        kind = row->kind_override;
      else if (row->kind == REORG_TABLE_ROW_HEADER || row_is_blank (self, r))
        kind = row->kind;  /* set by detect_header_rows */
      else
        {
          Cell *lcell = cell_at (self, r, label);
          gboolean other_text = FALSE, figure = row_has_figure (self, r, label);

          for (guint c = 0; c < self->n_columns; c++)
            if (c != label && cell_at (self, r, c)->lex != LEX_EMPTY)
              other_text = TRUE;

          if (lcell->lex != LEX_EMPTY && (!other_text || (lcell->emphasised && !figure)))
            kind = REORG_TABLE_ROW_SECTION;
          else if (figure && (label_is_total (lcell->text) ||
                              closes_section (self, lcell->text, section) ||
                              closes_section (self, lcell->text, outer)))
            kind = REORG_TABLE_ROW_TOTAL;
          else
            kind = REORG_TABLE_ROW_DATA;
        }

      row->kind = kind;
      row->section = section;
      row->level = 0;
      if (kind == REORG_TABLE_ROW_SECTION)
        {
          /* An emphasised heading under a plain one is a subsection, and
           * so is a plain heading in mixed case under one in capitals. */
          if (outer >= 0 && !cell_at (self, outer, label)->emphasised &&
              (cell_at (self, r, label)->emphasised ||
               (text_is_capitals (cell_at (self, outer, label)->text) &&
                !text_is_capitals (cell_at (self, r, label)->text))))
            {
              row->level = 2;
              row->section = outer;
            }
          else
            {
              row->level = 1;
              row->section = -1;
              outer = (gint) r;
            }
          section = (gint) r;
        }
    }
}

static char *
quote_text (const char *text)
{
  if (g_utf8_strlen (text, -1) > QUOTE_MAX_CHARS)
    {
      g_autofree char *head = g_utf8_substring (text, 0, QUOTE_MAX_CHARS);

      return g_strdup_printf ("“%s…”", head);
    }
  return g_strdup_printf ("“%s”", text);
}

static char *
describe_place (ReorgTable *self,
                guint       row,
                guint       column)
{
  Column *col = &self->columns[column];
  g_autofree char *name = NULL;

  if (col->year_state)
    name = reorg_financial_year_get_label (&col->year);
  else if (col->title != NULL && col->title[0] != '\0')
    {
      if (g_utf8_strlen (col->title, -1) > 40)
        {
          g_autofree char *head = g_utf8_substring (col->title, 0, 40);

          name = g_strdup_printf ("%s…", head);
        }
      else
        name = g_strdup (col->title);
    }

  if (name != NULL)
    return g_strdup_printf ("%s: row %u, column %u (%s)", self->source, row + 1, column + 1, name);
  return g_strdup_printf ("%s: row %u, column %u", self->source, row + 1, column + 1);
}

static void
add_problem (ReorgTable *self,
             guint       row,
             guint       column,
             const char *what)
{
  ReorgTableProblem *problem = g_new0 (ReorgTableProblem, 1);
  g_autofree char *place = describe_place (self, row, column);

  problem->row = row;
  problem->column = column;
  problem->text = g_strdup (cell_at (self, row, column)->text);
  problem->message = g_strdup_printf ("%s: %s", place, what);
  g_ptr_array_add (self->problems, problem);
}

static void
read_cells (ReorgTable *self)
{
  g_ptr_array_set_size (self->problems, 0);

  for (guint r = 0; r < self->n_rows; r++)
    {
      gint8 row_kind = self->rows[r].kind;
      gboolean figures_row = row_kind == REORG_TABLE_ROW_DATA || row_kind == REORG_TABLE_ROW_TOTAL;

      for (guint c = 0; c < self->n_columns; c++)
        {
          Cell *cell = cell_at (self, r, c);
          Column *col = &self->columns[c];
          guint8 kind;

          cell->pence = 0;

          if (cell->lex == LEX_EMPTY)
            kind = REORG_TABLE_CELL_EMPTY;
          else if (row_kind == REORG_TABLE_ROW_HEADER)
            kind = cell->has_year ? REORG_TABLE_CELL_YEAR :
                   cell->scale_only ? REORG_TABLE_CELL_SCALE : REORG_TABLE_CELL_TEXT;
          else if (col->kind == REORG_TABLE_COLUMN_LABEL || !figures_row)
            kind = REORG_TABLE_CELL_TEXT;
          else if (col->kind == REORG_TABLE_COLUMN_MONEY)
            {
              if (cell->lex == LEX_DASH)
                kind = REORG_TABLE_CELL_MONEY;
              else if (cell->lex == LEX_NUMBER || cell->lex == LEX_MONEY)
                {
                  g_autoptr(GError) error = NULL;
                  g_autoptr(ReorgMoney) money = reorg_money_parse (cell->text, col->scale, &error);

                  if (money != NULL)
                    {
                      kind = REORG_TABLE_CELL_MONEY;
                      cell->pence = money->pence;
                    }
                  else
                    {
                      kind = REORG_TABLE_CELL_TEXT;
                      add_problem (self, r, c, error->message);
                    }
                }
              else
                {
                  g_autofree char *quoted = quote_text (cell->text);
                  g_autofree char *what = g_strdup_printf ("%s is not an amount of money", quoted);

                  kind = REORG_TABLE_CELL_TEXT;
                  add_problem (self, r, c, what);
                }
            }
          else
            {
              switch (cell->lex)
                {
                case LEX_NUMBER:
                  kind = REORG_TABLE_CELL_NUMBER;
                  break;
                case LEX_DASH:
                  kind = col->kind == REORG_TABLE_COLUMN_NUMBER ? REORG_TABLE_CELL_NUMBER
                                                                : REORG_TABLE_CELL_TEXT;
                  break;
                case LEX_PERCENT:
                  kind = REORG_TABLE_CELL_PERCENTAGE;
                  break;
                case LEX_MONEY:
                  kind = REORG_TABLE_CELL_MONEY;
                  cell->pence = cell->number;
                  break;
                default:
                  kind = REORG_TABLE_CELL_TEXT;
                  if (col->kind == REORG_TABLE_COLUMN_NUMBER)
                    {
                      g_autofree char *quoted = quote_text (cell->text);
                      g_autofree char *what = g_strdup_printf ("%s is not a number", quoted);

                      add_problem (self, r, c, what);
                    }
                  break;
                }
            }
          cell->kind = kind;
        }
    }
}

static void
detect (ReorgTable *self)
{
  for (guint r = 0; r < self->n_rows; r++)
    for (guint c = 0; c < self->n_columns; c++)
      {
        Cell *cell = cell_at (self, r, c);

        cell->has_year = cell->lex != LEX_EMPTY && find_year (cell->text, self->start_month, &cell->year);
      }

  self->label_column = detect_label_column (self);
  self->n_header_rows = detect_n_header_rows (self);

  for (guint r = 0; r < self->n_rows; r++)
    {
      Row *row = &self->rows[r];

      if (row->kind_override >= 0)
        row->kind = row->kind_override;
      else if (r < self->n_header_rows && !row_is_blank (self, r))
        row->kind = REORG_TABLE_ROW_HEADER;
      else if (row_is_blank (self, r))
        row->kind = REORG_TABLE_ROW_BLANK;
      else if (r >= self->n_header_rows && row_is_repeated_header (self, r))
        row->kind = REORG_TABLE_ROW_HEADER;
      else
        row->kind = REORG_TABLE_ROW_DATA;
    }

  detect_columns (self);
  detect_rows (self);
  read_cells (self);
}

/* ---- Parsing ---- */

typedef struct
{
  const char *start;
  gsize       len;
} Span;

static gboolean
is_markdown_separator (const char *p,
                       gsize       len)
{
  gboolean dash = FALSE;

  for (gsize i = 0; i < len; i++)
    {
      if (p[i] == '-')
        dash = TRUE;
      else if (p[i] != '|' && p[i] != ':' && p[i] != ' ')
        return FALSE;
    }
  return dash;
}

static void
split_line (const char *p,
            gsize       len,
            gboolean    markdown,
            GArray     *spans)
{
  char sep = markdown ? '|' : '\t';
  const char *limit = p + len, *start;

  g_array_set_size (spans, 0);

  if (markdown)
    {
      while (p < limit && (*p == ' ' || *p == '\t'))
        p++;
      while (limit > p && (limit[-1] == ' ' || limit[-1] == '\t'))
        limit--;
      if (p == limit || is_markdown_separator (p, limit - p))
        return;
      if (*p == '|')
        p++;
      if (limit > p && limit[-1] == '|')
        limit--;
    }

  start = p;
  for (;;)
    {
      if (p == limit || *p == sep)
        {
          Span span = { start, p - start };

          g_array_append_val (spans, span);
          if (p == limit)
            break;
          start = p + 1;
        }
      p++;
    }
}

static ReorgTable *
table_parse (const char  *text,
             gsize        length,
             const char  *source,
             GError     **error)
{
  g_autoptr(ReorgTable) self = NULL;
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (Span));
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (Span));
  const char *p = text, *limit = text + length;
  gboolean markdown = FALSE, has_tab = FALSE, has_bar_line = FALSE;
  guint n_rows, n_columns = 0, used_columns = 0;

  if (length >= 3 && memcmp (p, "\xef\xbb\xbf", 3) == 0)
    p += 3;

  /* Lines, ending in LF, CRLF or CR. */
  while (p < limit)
    {
      Span line = { p, 0 };
      const char *q = p;

      while (q < limit && *q != '\n' && *q != '\r')
        q++;
      line.len = q - p;
      if (!g_utf8_validate_len (line.start, line.len, NULL))
        {
          g_set_error (error, REORG_ERROR, REORG_ERROR_PARSE,
                       "%s: line %u is not valid UTF-8 text", source, lines->len + 1);
          return NULL;
        }
      if (memchr (line.start, '\t', line.len) != NULL)
        has_tab = TRUE;
      else
        {
          const char *s = line.start;

          while (s < q && *s == ' ')
            s++;
          if (s < q && *s == '|')
            has_bar_line = TRUE;
        }
      g_array_append_val (lines, line);
      if (q < limit && *q == '\r' && q + 1 < limit && q[1] == '\n')
        q++;
      p = q < limit ? q + 1 : q;
    }
  markdown = !has_tab && has_bar_line;

  /* Blank lines at the end are not rows. */
  n_rows = lines->len;
  while (n_rows > 0)
    {
      Span *line = &g_array_index (lines, Span, n_rows - 1);
      gboolean blank = TRUE;

      for (gsize i = 0; i < line->len && blank; i++)
        if (line->start[i] != ' ' && line->start[i] != '\t')
          blank = FALSE;
      if (!blank)
        break;
      n_rows--;
    }

  for (guint r = 0; r < n_rows; r++)
    {
      Span *line = &g_array_index (lines, Span, r);

      split_line (line->start, line->len, markdown, spans);
      n_columns = MAX (n_columns, spans->len);
      if (n_columns > 0 && (gsize) n_rows * n_columns > MAX_CELLS)
        {
          g_set_error (error, REORG_ERROR, REORG_ERROR_INVALID,
                       "%s: the table is too large (%u rows, %u columns)", source, n_rows, n_columns);
          return NULL;
        }
    }

  self = g_object_new (REORG_TYPE_TABLE, NULL);
  self->source = g_strdup (source);
  self->n_rows = n_rows;
  self->n_columns = n_columns;
  self->cells = g_new0 (Cell, (gsize) n_rows * n_columns);
  self->rows = g_new0 (Row, n_rows);

  for (guint r = 0; r < n_rows; r++)
    {
      Span *line = &g_array_index (lines, Span, r);

      self->rows[r].kind_override = -1;
      split_line (line->start, line->len, markdown, spans);
      for (guint c = 0; c < n_columns; c++)
        {
          Cell *cell = cell_at (self, r, c);
          gboolean emphasised = FALSE, only = FALSE;
          ReorgMoneyScale scale;

          if (c < spans->len)
            {
              Span *span = &g_array_index (spans, Span, c);

              cell->text = clean_cell (span->start, span->len, &emphasised);
            }
          else
            cell->text = g_strdup ("");
          cell->emphasised = emphasised;
          cell->lex = classify (cell->text, &cell->number, &cell->decimals);
          if (cell->lex != LEX_EMPTY)
            used_columns = MAX (used_columns, c + 1);
          if (cell->lex == LEX_TEXT && find_scale (cell->text, &scale, &only))
            {
              cell->has_scale = TRUE;
              cell->scale_only = only;
              cell->scale = scale;
            }
        }
    }

  /* Columns empty in every row at the right are dropped. */
  if (used_columns < n_columns)
    {
      Cell *cells = g_new0 (Cell, (gsize) n_rows * used_columns);

      for (guint r = 0; r < n_rows; r++)
        for (guint c = 0; c < n_columns; c++)
          {
            Cell *cell = cell_at (self, r, c);

            if (c < used_columns)
              cells[(gsize) r * used_columns + c] = *cell;
            else
              g_free (cell->text);
          }
      g_free (self->cells);
      self->cells = cells;
      self->n_columns = n_columns = used_columns;
    }

  self->columns = g_new0 (Column, n_columns);
  for (guint c = 0; c < n_columns; c++)
    {
      self->columns[c].kind_override = -1;
      self->columns[c].scale_override = -1;
      self->columns[c].year_override_state = -1;
    }

  detect (self);
  return g_steal_pointer (&self);
}

/**
 * reorg_table_parse:
 * @text: (array length=length) (element-type guint8): the table as copied
 *   from a report, in UTF-8
 * @length: the length of @text in bytes, or -1 if it ends with a NUL byte
 * @error: return location for a #GError
 *
 * Reads a table pasted from a committee report: one row a line (LF, CRLF
 * or CR line ends, a byte order mark at the start ignored), cells
 * separated by tabs. When no line has a tab but some start with `|`, the
 * rows are read as Markdown: cells between `|`, separator lines such as
 * `|---|---:|` read as blank rows.
 *
 * See [class@Reorg.Table] for how the cells, the header rows, the columns
 * and the sections are read. Text that is not a number where a number is
 * expected is not an error here; see [method@Reorg.Table.get_problems] and
 * [method@Reorg.Table.check].
 *
 * Fails with %REORG_ERROR_PARSE when a line is not valid UTF-8 (the message
 * names the line; a NUL byte within @length is not valid text), and with
 * %REORG_ERROR_INVALID when the table has more than four million cells.
 * Messages name the table “table”.
 *
 * Returns: (transfer full) (nullable): the table, or %NULL with @error set
 *
 * Since: 0.1
 */
ReorgTable *
reorg_table_parse (const char  *text,
                   gssize       length,
                   GError     **error)
{
  g_return_val_if_fail (text != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (text == NULL)
    text = "";
  if (length < 0)
    length = strlen (text);
  return table_parse (text, (gsize) length, "table", error);
}

/**
 * reorg_table_new_from_file:
 * @path: (type filename): the file to read
 * @error: return location for a #GError
 *
 * Reads a table from a file, as [func@Reorg.Table.parse] does; messages
 * name the file rather than “table”. A file that cannot be read fails with
 * %REORG_ERROR_IO.
 *
 * Returns: (transfer full) (nullable): the table, or %NULL with @error set
 *
 * Since: 0.1
 */
ReorgTable *
reorg_table_new_from_file (const char  *path,
                           GError     **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_file_get_contents (path, &contents, &length, &local_error))
    {
      g_set_error (error, REORG_ERROR, REORG_ERROR_IO, "%s", local_error->message);
      return NULL;
    }
  name = g_filename_display_name (path);
  return table_parse (contents, length, name, error);
}

/* ---- Accessors ---- */

/**
 * reorg_table_get_n_rows:
 * @self: a [class@Reorg.Table]
 *
 * Gets the number of rows, one a line of the text it was read from.
 *
 * Returns: the number of rows
 *
 * Since: 0.1
 */
guint
reorg_table_get_n_rows (ReorgTable *self)
{
  g_return_val_if_fail (REORG_IS_TABLE (self), 0);
  return self->n_rows;
}

/**
 * reorg_table_get_n_columns:
 * @self: a [class@Reorg.Table]
 *
 * Gets the number of columns: the cells of the longest row, without the
 * columns at the right that are empty in every row.
 *
 * Returns: the number of columns
 *
 * Since: 0.1
 */
guint
reorg_table_get_n_columns (ReorgTable *self)
{
  g_return_val_if_fail (REORG_IS_TABLE (self), 0);
  return self->n_columns;
}

#define CHECK_CELL(self, row, column, val) \
  G_STMT_START { \
    g_return_val_if_fail (REORG_IS_TABLE (self), val); \
    g_return_val_if_fail (row < self->n_rows, val); \
    g_return_val_if_fail (column < self->n_columns, val); \
  } G_STMT_END

/**
 * reorg_table_get_text:
 * @self: a [class@Reorg.Table]
 * @row: a row, from 0
 * @column: a column, from 0
 *
 * Gets the cleaned text of a cell: without markup, with entities replaced,
 * white space collapsed and trimmed. An empty cell has the text `""`.
 *
 * Returns: (transfer none): the text of the cell
 *
 * Since: 0.1
 */
const char *
reorg_table_get_text (ReorgTable *self,
                      guint       row,
                      guint       column)
{
  CHECK_CELL (self, row, column, "");
  return cell_at (self, row, column)->text;
}

/**
 * reorg_table_get_cell_kind:
 * @self: a [class@Reorg.Table]
 * @row: a row, from 0
 * @column: a column, from 0
 *
 * Gets what a cell holds, as read in its row and column.
 *
 * Returns: the kind of the cell
 *
 * Since: 0.1
 */
ReorgTableCellKind
reorg_table_get_cell_kind (ReorgTable *self,
                           guint       row,
                           guint       column)
{
  CHECK_CELL (self, row, column, REORG_TABLE_CELL_EMPTY);
  return cell_at (self, row, column)->kind;
}

/**
 * reorg_table_get_money:
 * @self: a [class@Reorg.Table]
 * @row: a row, from 0
 * @column: a column, from 0
 *
 * Gets the amount of a %REORG_TABLE_CELL_MONEY cell, exactly, at the scale
 * of its column: `(3,215)` in a column headed `£,000` is −£3,215,000. A
 * dash in a column of money is zero.
 *
 * Returns: (transfer full) (nullable): the amount, or %NULL if the cell is
 *   not money
 *
 * Since: 0.1
 */
ReorgMoney *
reorg_table_get_money (ReorgTable *self,
                       guint       row,
                       guint       column)
{
  Cell *cell;

  CHECK_CELL (self, row, column, NULL);
  cell = cell_at (self, row, column);
  if (cell->kind != REORG_TABLE_CELL_MONEY)
    return NULL;
  return reorg_money_new (cell->pence);
}

/**
 * reorg_table_get_number:
 * @self: a [class@Reorg.Table]
 * @row: a row, from 0
 * @column: a column, from 0
 * @value: (out) (optional): the number times 10^@decimals
 * @decimals: (out) (optional): the number of decimals written
 *
 * Gets the figure of a cell exactly as printed: a number, a percentage
 * (`61.59%` is 6159 with 2 decimals), or the figure of an amount of money
 * before its column's scale is applied (`(3,215)` is −3215 with 0
 * decimals). A dash is 0. An amount written with its own pound sign or
 * suffix (`£4.8m`) gives its value in pounds, with 2 decimals.
 *
 * Returns: %TRUE if the cell is a number, a percentage or money
 *
 * Since: 0.1
 */
gboolean
reorg_table_get_number (ReorgTable *self,
                        guint       row,
                        guint       column,
                        gint64     *value,
                        guint      *decimals)
{
  Cell *cell;

  if (value != NULL)
    *value = 0;
  if (decimals != NULL)
    *decimals = 0;
  CHECK_CELL (self, row, column, FALSE);
  cell = cell_at (self, row, column);
  if (cell->kind != REORG_TABLE_CELL_NUMBER && cell->kind != REORG_TABLE_CELL_PERCENTAGE &&
      cell->kind != REORG_TABLE_CELL_MONEY)
    return FALSE;
  if (value != NULL)
    *value = cell->number;
  if (decimals != NULL)
    *decimals = cell->decimals;
  return TRUE;
}

/**
 * reorg_table_get_fte:
 * @self: a [class@Reorg.Table]
 * @row: a row, from 0
 * @column: a column, from 0
 *
 * Gets a %REORG_TABLE_CELL_NUMBER cell as a full-time equivalent: `1,617`
 * is 1617 FTE, `18.5` is 18.5 FTE. More than four decimals are rounded
 * half away from zero, as [func@Reorg.Fte.parse] does.
 *
 * Returns: (transfer full) (nullable): the full-time equivalent, or %NULL
 *   if the cell is not a number (or is too large)
 *
 * Since: 0.1
 */
ReorgFte *
reorg_table_get_fte (ReorgTable *self,
                     guint       row,
                     guint       column)
{
  Cell *cell;
  gint64 units, divisor = 1;

  CHECK_CELL (self, row, column, NULL);
  cell = cell_at (self, row, column);
  if (cell->kind != REORG_TABLE_CELL_NUMBER)
    return NULL;
  for (guint i = 0; i < cell->decimals; i++)
    divisor *= 10;
  if (!reorg_checked_mul_ratio (cell->number, REORG_FTE_SCALE, divisor, &units))
    return NULL;
  return reorg_fte_new (units);
}

/**
 * reorg_table_get_emphasised:
 * @self: a [class@Reorg.Table]
 * @row: a row, from 0
 * @column: a column, from 0
 *
 * Gets whether a cell's text was underlined or bold in the pasted text
 * (`<u>`, `<b>` or `<strong>` before any of its text).
 *
 * Returns: %TRUE if the cell was emphasised
 *
 * Since: 0.1
 */
gboolean
reorg_table_get_emphasised (ReorgTable *self,
                            guint       row,
                            guint       column)
{
  CHECK_CELL (self, row, column, FALSE);
  return cell_at (self, row, column)->emphasised;
}

/**
 * reorg_table_get_row_kind:
 * @self: a [class@Reorg.Table]
 * @row: a row, from 0
 *
 * Gets the role of a row, as detected or as set by
 * [method@Reorg.Table.set_row_kind].
 *
 * Returns: the kind of the row
 *
 * Since: 0.1
 */
ReorgTableRowKind
reorg_table_get_row_kind (ReorgTable *self,
                          guint       row)
{
  g_return_val_if_fail (REORG_IS_TABLE (self), REORG_TABLE_ROW_BLANK);
  g_return_val_if_fail (row < self->n_rows, REORG_TABLE_ROW_BLANK);
  return self->rows[row].kind;
}

/**
 * reorg_table_set_row_kind:
 * @self: a [class@Reorg.Table]
 * @row: a row, from 0
 * @kind: the role of the row
 *
 * Overrides the detected role of a row, and reads the table again with it
 * (a row made a header gives its titles, years and scales to the columns
 * only if it is among the leading header rows; see
 * [method@Reorg.Table.set_n_header_rows]).
 *
 * Since: 0.1
 */
void
reorg_table_set_row_kind (ReorgTable        *self,
                          guint              row,
                          ReorgTableRowKind  kind)
{
  g_return_if_fail (REORG_IS_TABLE (self));
  g_return_if_fail (row < self->n_rows);
  g_return_if_fail (kind <= REORG_TABLE_ROW_BLANK);

  self->rows[row].kind_override = kind;
  detect (self);
}

/**
 * reorg_table_get_row_label:
 * @self: a [class@Reorg.Table]
 * @row: a row, from 0
 *
 * Gets the text of a row's cell in the label column.
 *
 * Returns: (transfer none): the label of the row, `""` if it has none
 *
 * Since: 0.1
 */
const char *
reorg_table_get_row_label (ReorgTable *self,
                           guint       row)
{
  g_return_val_if_fail (REORG_IS_TABLE (self), "");
  g_return_val_if_fail (row < self->n_rows, "");
  if (self->n_columns == 0)
    return "";
  return cell_at (self, row, self->label_column)->text;
}

/**
 * reorg_table_get_row_section:
 * @self: a [class@Reorg.Table]
 * @row: a row, from 0
 *
 * Gets the section a row belongs to: for a row of figures, the nearest
 * section heading above it; for a section heading, the heading it is nested
 * in (see [method@Reorg.Table.get_section_level]).
 *
 * Returns: the row of the section heading, or -1 if there is none
 *
 * Since: 0.1
 */
gint
reorg_table_get_row_section (ReorgTable *self,
                             guint       row)
{
  g_return_val_if_fail (REORG_IS_TABLE (self), -1);
  g_return_val_if_fail (row < self->n_rows, -1);
  return self->rows[row].section;
}

/**
 * reorg_table_get_section_level:
 * @self: a [class@Reorg.Table]
 * @row: a row, from 0
 *
 * Gets the level of a section heading. A heading is at level 1, except an
 * underlined or bold heading that follows a plain one (Manchester's
 * `<u>Looked After Children</u>` under `LOOKED AFTER CHILDREN (LAC) AND
 * COMPLEX DEPENDENCY`), and a plain heading in mixed case that follows one
 * in capitals (Manchester's `Adult Care Services not included in LLLB`
 * under `OTHER ADULT SOCIAL CARE`): these are at level 2, nested in the
 * level-1 heading above them until the next level-1 heading.
 *
 * Returns: 1 or 2 for a section heading, 0 for other rows
 *
 * Since: 0.1
 */
guint
reorg_table_get_section_level (ReorgTable *self,
                               guint       row)
{
  g_return_val_if_fail (REORG_IS_TABLE (self), 0);
  g_return_val_if_fail (row < self->n_rows, 0);
  return self->rows[row].level;
}

/**
 * reorg_table_get_label_column:
 * @self: a [class@Reorg.Table]
 *
 * Gets the column that names the rows.
 *
 * Returns: the label column, from 0
 *
 * Since: 0.1
 */
guint
reorg_table_get_label_column (ReorgTable *self)
{
  g_return_val_if_fail (REORG_IS_TABLE (self), 0);
  return self->label_column;
}

/**
 * reorg_table_set_label_column:
 * @self: a [class@Reorg.Table]
 * @column: the label column, from 0
 *
 * Overrides the detected label column, and reads the table again with it.
 *
 * Since: 0.1
 */
void
reorg_table_set_label_column (ReorgTable *self,
                              guint       column)
{
  g_return_if_fail (REORG_IS_TABLE (self));
  g_return_if_fail (column < MAX (self->n_columns, 1));

  self->label_column_override = (gint) column;
  detect (self);
}

/**
 * reorg_table_get_n_header_rows:
 * @self: a [class@Reorg.Table]
 *
 * Gets the number of leading header rows, whose cells give the columns
 * their titles, years and scales.
 *
 * Returns: the number of leading header rows
 *
 * Since: 0.1
 */
guint
reorg_table_get_n_header_rows (ReorgTable *self)
{
  g_return_val_if_fail (REORG_IS_TABLE (self), 0);
  return self->n_header_rows;
}

/**
 * reorg_table_set_n_header_rows:
 * @self: a [class@Reorg.Table]
 * @n_rows: the number of leading header rows
 *
 * Overrides the detected number of leading header rows (0 for a table
 * without headers; at most the number of rows), and reads the table again.
 *
 * Since: 0.1
 */
void
reorg_table_set_n_header_rows (ReorgTable *self,
                               guint       n_rows)
{
  g_return_if_fail (REORG_IS_TABLE (self));
  g_return_if_fail (n_rows <= self->n_rows);

  self->n_header_rows_override = (gint) n_rows;
  detect (self);
}

/**
 * reorg_table_get_start_month:
 * @self: a [class@Reorg.Table]
 *
 * Gets the month in which the financial years of the table's headings
 * start.
 *
 * Returns: the start month, %G_DATE_APRIL unless set
 *
 * Since: 0.1
 */
GDateMonth
reorg_table_get_start_month (ReorgTable *self)
{
  g_return_val_if_fail (REORG_IS_TABLE (self), G_DATE_APRIL);
  return self->start_month;
}

/**
 * reorg_table_set_start_month:
 * @self: a [class@Reorg.Table]
 * @start_month: the month in which financial years start
 *
 * Sets the month in which the financial years of the headings start, and
 * reads the headings again. With %G_DATE_JANUARY, years are calendar years
 * written as `2015`.
 *
 * Since: 0.1
 */
void
reorg_table_set_start_month (ReorgTable *self,
                             GDateMonth  start_month)
{
  g_return_if_fail (REORG_IS_TABLE (self));
  g_return_if_fail (start_month >= G_DATE_JANUARY && start_month <= G_DATE_DECEMBER);

  self->start_month = start_month;
  detect (self);
}

#define CHECK_COLUMN(self, column, val) \
  G_STMT_START { \
    g_return_val_if_fail (REORG_IS_TABLE (self), val); \
    g_return_val_if_fail (column < self->n_columns, val); \
  } G_STMT_END

/**
 * reorg_table_get_column_kind:
 * @self: a [class@Reorg.Table]
 * @column: a column, from 0
 *
 * Gets what a column holds.
 *
 * Returns: the kind of the column
 *
 * Since: 0.1
 */
ReorgTableColumnKind
reorg_table_get_column_kind (ReorgTable *self,
                             guint       column)
{
  CHECK_COLUMN (self, column, REORG_TABLE_COLUMN_TEXT);
  return self->columns[column].kind;
}

/**
 * reorg_table_set_column_kind:
 * @self: a [class@Reorg.Table]
 * @column: a column, from 0
 * @kind: what the column holds
 *
 * Overrides the detected kind of a column, and reads the table again.
 * A column made %REORG_TABLE_COLUMN_MONEY keeps its detected scale (units
 * if it had none) unless [method@Reorg.Table.set_column_scale] says
 * otherwise.
 *
 * Since: 0.1
 */
void
reorg_table_set_column_kind (ReorgTable           *self,
                             guint                 column,
                             ReorgTableColumnKind  kind)
{
  g_return_if_fail (REORG_IS_TABLE (self));
  g_return_if_fail (column < self->n_columns);
  g_return_if_fail (kind <= REORG_TABLE_COLUMN_MONEY);

  self->columns[column].kind_override = kind;
  detect (self);
}

/**
 * reorg_table_get_column_scale:
 * @self: a [class@Reorg.Table]
 * @column: a column, from 0
 *
 * Gets the scale in which a column of money is written
 * (%REORG_MONEY_SCALE_THOUSANDS under `£,000`).
 *
 * Returns: the scale; %REORG_MONEY_SCALE_UNITS for other columns
 *
 * Since: 0.1
 */
ReorgMoneyScale
reorg_table_get_column_scale (ReorgTable *self,
                              guint       column)
{
  CHECK_COLUMN (self, column, REORG_MONEY_SCALE_UNITS);
  return self->columns[column].scale;
}

/**
 * reorg_table_set_column_scale:
 * @self: a [class@Reorg.Table]
 * @column: a column, from 0
 * @scale: the scale of its figures
 *
 * Overrides the detected scale of a column, which becomes a column of
 * money (unless its kind was set otherwise), and reads the table again.
 *
 * Since: 0.1
 */
void
reorg_table_set_column_scale (ReorgTable      *self,
                              guint            column,
                              ReorgMoneyScale  scale)
{
  g_return_if_fail (REORG_IS_TABLE (self));
  g_return_if_fail (column < self->n_columns);
  g_return_if_fail (scale <= REORG_MONEY_SCALE_BILLIONS);

  self->columns[column].scale_override = scale;
  detect (self);
}

/**
 * reorg_table_get_column_year:
 * @self: a [class@Reorg.Table]
 * @column: a column, from 0
 *
 * Gets the financial year of a column, from its headings or as set.
 *
 * Returns: (transfer full) (nullable): the year, or %NULL if the column
 *   has none (a total column, a label column)
 *
 * Since: 0.1
 */
ReorgFinancialYear *
reorg_table_get_column_year (ReorgTable *self,
                             guint       column)
{
  CHECK_COLUMN (self, column, NULL);
  if (!self->columns[column].year_state)
    return NULL;
  return reorg_financial_year_copy (&self->columns[column].year);
}

/**
 * reorg_table_set_column_year:
 * @self: a [class@Reorg.Table]
 * @column: a column, from 0
 * @year: (nullable): the financial year of the column, or %NULL for none
 *
 * Overrides the detected financial year of a column.
 *
 * Since: 0.1
 */
void
reorg_table_set_column_year (ReorgTable               *self,
                             guint                     column,
                             const ReorgFinancialYear *year)
{
  g_return_if_fail (REORG_IS_TABLE (self));
  g_return_if_fail (column < self->n_columns);

  self->columns[column].year_override_state = year != NULL;
  if (year != NULL)
    self->columns[column].year_override = *year;
  detect (self);
}

/**
 * reorg_table_get_column_title:
 * @self: a [class@Reorg.Table]
 * @column: a column, from 0
 *
 * Gets the title of a column: the texts of its cells in the leading header
 * rows, joined by spaces (`2015/16 £,000`).
 *
 * Returns: (transfer none): the title, `""` if the column has none
 *
 * Since: 0.1
 */
const char *
reorg_table_get_column_title (ReorgTable *self,
                              guint       column)
{
  CHECK_COLUMN (self, column, "");
  return self->columns[column].title;
}

/**
 * reorg_table_reset_overrides:
 * @self: a [class@Reorg.Table]
 *
 * Forgets every override of a row, a column, the label column and the
 * header rows (but not the start month), and detects them all again.
 *
 * Since: 0.1
 */
void
reorg_table_reset_overrides (ReorgTable *self)
{
  g_return_if_fail (REORG_IS_TABLE (self));

  self->label_column_override = -1;
  self->n_header_rows_override = -1;
  for (guint r = 0; r < self->n_rows; r++)
    self->rows[r].kind_override = -1;
  for (guint c = 0; c < self->n_columns; c++)
    {
      self->columns[c].kind_override = -1;
      self->columns[c].scale_override = -1;
      self->columns[c].year_override_state = -1;
    }
  detect (self);
}

/**
 * reorg_table_get_n_problems:
 * @self: a [class@Reorg.Table]
 *
 * Gets the number of cells that could not be read as their column
 * requires.
 *
 * Returns: the number of problems
 *
 * Since: 0.1
 */
guint
reorg_table_get_n_problems (ReorgTable *self)
{
  g_return_val_if_fail (REORG_IS_TABLE (self), 0);
  return self->problems->len;
}

/**
 * reorg_table_get_problem:
 * @self: a [class@Reorg.Table]
 * @index: a problem, from 0
 *
 * Gets a problem, in the order of the rows and then of the columns.
 *
 * Returns: (transfer none): the problem
 *
 * Since: 0.1
 */
const ReorgTableProblem *
reorg_table_get_problem (ReorgTable *self,
                         guint       index)
{
  g_return_val_if_fail (REORG_IS_TABLE (self), NULL);
  g_return_val_if_fail (index < self->problems->len, NULL);
  return g_ptr_array_index (self->problems, index);
}

/**
 * reorg_table_get_problems:
 * @self: a [class@Reorg.Table]
 *
 * Gets the cells of data and total rows that could not be read as their
 * column requires, such as `n/a` or `12,3x4` in a column of money, in the
 * order of the rows and then of the columns.
 *
 * Returns: (transfer container) (element-type ReorgTableProblem): the problems
 *
 * Since: 0.1
 */
GPtrArray *
reorg_table_get_problems (ReorgTable *self)
{
  GPtrArray *copy;

  g_return_val_if_fail (REORG_IS_TABLE (self), NULL);

  copy = g_ptr_array_new_full (self->problems->len, (GDestroyNotify) reorg_table_problem_free);
  for (guint i = 0; i < self->problems->len; i++)
    g_ptr_array_add (copy, reorg_table_problem_copy (g_ptr_array_index (self->problems, i)));
  return copy;
}

/**
 * reorg_table_check:
 * @self: a [class@Reorg.Table]
 * @error: return location for a #GError
 *
 * The strict reading of a table: fails with %REORG_ERROR_PARSE if any cell
 * could not be read as its column requires, with the message of the first
 * problem, which names its row and column: `table: row 5, column 3
 * (2016/17): “12,3x4” is not an amount of money`.
 *
 * Returns: %TRUE if the table has no problems
 *
 * Since: 0.1
 */
gboolean
reorg_table_check (ReorgTable  *self,
                   GError     **error)
{
  const ReorgTableProblem *first;

  g_return_val_if_fail (REORG_IS_TABLE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->problems->len == 0)
    return TRUE;
  first = g_ptr_array_index (self->problems, 0);
  if (self->problems->len == 1)
    g_set_error_literal (error, REORG_ERROR, REORG_ERROR_PARSE, first->message);
  else
    g_set_error (error, REORG_ERROR, REORG_ERROR_PARSE, "%s (and %u more problems)",
                 first->message, self->problems->len - 1);
  return FALSE;
}

/* ======================================================================
 * Tables as savings schedules and budgets
 * ====================================================================== */

static gboolean G_GNUC_PRINTF (5, 6)
set_cell_error (GError    **error,
                ReorgTable *self,
                guint       row,
                guint       column,
                const char *format,
                ...)
{
  g_autofree char *place = describe_place (self, row, column);
  g_autofree char *what = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, REORG_ERROR, REORG_ERROR_PARSE, "%s: %s", place, what);
  return FALSE;
}

static gboolean G_GNUC_PRINTF (4, 5)
set_row_error (GError    **error,
               ReorgTable *self,
               guint       row,
               const char *format,
               ...)
{
  g_autofree char *what = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, REORG_ERROR, REORG_ERROR_PARSE, "%s: row %u: %s",
               self->source, row + 1, what);
  return FALSE;
}

/* The money of a cell of a year column, converted to savings positive.
 * *amount is NULL for a blank cell. */
static gboolean
read_amount (ReorgTable  *self,
             guint        row,
             guint        column,
             gboolean     negate,
             ReorgMoney **amount,
             GError     **error)
{
  Cell *cell = cell_at (self, row, column);

  *amount = NULL;
  if (cell->kind == REORG_TABLE_CELL_EMPTY)
    return TRUE;
  if (cell->kind != REORG_TABLE_CELL_MONEY)
    {
      g_autofree char *quoted = quote_text (cell->text);
      return set_cell_error (error, self, row, column, "%s is not an amount of money", quoted);
    }
  if (negate && cell->pence == G_MININT64)
    return set_cell_error (error, self, row, column, "the amount is too large");
  *amount = reorg_money_new (negate ? -cell->pence : cell->pence);
  return TRUE;
}

static gboolean
has_prefix_casefold (const char *text,
                     const char *prefix)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);

  return g_str_has_prefix (lower, prefix);
}

static gboolean
contains_casefold (const char *text,
                   const char *word)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);

  return strstr (lower, word) != NULL;
}

typedef struct
{
  ReorgScheduleSection *section;   /* owned */
  GPtrArray            *pending;   /* lines not yet added to it */
  guint                 level;     /* 1 or 2; 0 for the implicit section */
} Frame;

static void
frame_clear (Frame *frame)
{
  g_clear_object (&frame->section);
  g_clear_pointer (&frame->pending, g_ptr_array_unref);
}

static void
flush_lines (ReorgScheduleSection *section,
             GPtrArray            *lines)
{
  for (guint i = 0; i < lines->len; i++)
    reorg_schedule_section_add_line (section, g_ptr_array_index (lines, i), NULL);
  g_ptr_array_set_size (lines, 0);
}

static void
close_frame (GArray *stack)
{
  Frame *frame = &g_array_index (stack, Frame, stack->len - 1);

  flush_lines (frame->section, frame->pending);
  g_array_set_size (stack, stack->len - 1);
}

static void
close_frames (GArray *stack,
              guint   level)
{
  while (stack->len > 0 && g_array_index (stack, Frame, stack->len - 1).level >= level)
    close_frame (stack);
}

/* The kind of line a data row is: see reorg_savings_schedule_new_from_table(). */
static ReorgScheduleLineKind
line_kind (ReorgTable *self,
           guint       row,
           GArray     *year_columns)
{
  const char *label = cell_at (self, row, self->label_column)->text;
  gboolean bracketed = FALSE;
  gint64 earlier = 0;
  gboolean reverses = FALSE;

  for (guint i = 0; i < year_columns->len; i++)
    {
      Cell *cell = cell_at (self, row, g_array_index (year_columns, guint, i));

      if (cell->kind != REORG_TABLE_CELL_MONEY)
        continue;
      if (strchr (cell->text, '(') != NULL)
        bracketed = TRUE;
      if (earlier != 0 && cell->pence == -earlier)
        reverses = TRUE;
      if (cell->pence != 0 && earlier == 0)
        earlier = cell->pence;
    }

  if (bracketed && has_prefix_casefold (label, "adjustment"))
    return REORG_SCHEDULE_LINE_KIND_ADJUSTMENT;
  if (contains_casefold (label, "use of reserve"))
    return REORG_SCHEDULE_LINE_KIND_RESERVES;
  if (reverses)
    return REORG_SCHEDULE_LINE_KIND_REVERSAL;
  return REORG_SCHEDULE_LINE_KIND_SAVING;
}

static ReorgMtfsStatus
line_status (const char *label)
{
  if (contains_casefold (label, "new to mtfs"))
    return REORG_MTFS_STATUS_NEW;
  if (contains_casefold (label, "included in") && contains_casefold (label, "mtfs"))
    return REORG_MTFS_STATUS_INCLUDED;
  return REORG_MTFS_STATUS_NONE;
}

/* The next row after @row that is not blank nor a header, or n_rows. */
static guint
next_content_row (ReorgTable *self,
                  guint       row)
{
  for (row++; row < self->n_rows; row++)
    if (self->rows[row].kind != REORG_TABLE_ROW_BLANK &&
        self->rows[row].kind != REORG_TABLE_ROW_HEADER)
      break;
  return row;
}

/**
 * reorg_savings_schedule_new_from_table:
 * @table: a [class@Reorg.Table] read from a published savings schedule
 * @title: (nullable): the title of the schedule; %NULL means empty
 * @sign: how the table writes savings
 * @error: return location for a #GError
 *
 * Makes a savings schedule of a table as a report prints it, with the
 * rows and columns as @table has detected them (or as its overrides say).
 *
 * - **Years**: each column of money with a financial year
 *   ([method@Reorg.Table.get_column_year]) is a year of the schedule, in
 *   the order of the columns. Other columns are ignored, among them a
 *   `Total` column: a schedule line has no total of its own to check it
 *   against (a line's total is computed by
 *   [method@Reorg.ScheduleLine.compute_total]). The schedule's scale is
 *   that of the first year column. A table without a year column, or with
 *   two columns of the same year, is an error.
 * - **Amounts** are converted from @sign to the library's convention
 *   (savings positive): with %REORG_SIGN_CONVENTION_SAVINGS_NEGATIVE,
 *   Harrow's `-312` is a saving of 312. A blank cell stays unset, it is
 *   not zero. A cell of a year column that is not an amount is an error
 *   that names its row and column.
 * - **Sections**: a %REORG_TABLE_ROW_SECTION row at level 1 opens a
 *   top-level section, closing any open one; a heading at level 2
 *   ([method@Reorg.Table.get_section_level]) opens a section nested in the
 *   level-1 heading above it, closing any open level-2 section.
 * - **Lines**: each %REORG_TABLE_ROW_DATA row is a line of the innermost
 *   open section, its label the description; rows before any heading (or
 *   after every section has been closed) go to a section named after the
 *   title of the label column (Harrow's `Savings`), or after @title if it
 *   has none. The kind of a line: an adjustment when its label starts with
 *   "Adjustment" and one of its amounts is in brackets (Manchester's
 *   `Adjustment to offset existing LAC pressure (3,215)`); reserves when
 *   its label says "use of reserve"; a reversal when a later amount is
 *   the negative of its first non-zero amount (`450`, `(450)`); otherwise
 *   a saving. Its MTFS status is new when the label says "New to MTFS",
 *   included when it says "Included in … MTFS", and none otherwise.
 * - **Totals**: a %REORG_TABLE_ROW_TOTAL row gives published figures,
 *   never lines, by these rules in order:
 *   1. with no section open, it is the schedule's published total (a
 *      second one is an error);
 *   2. if it is the last total row of the table and no earlier total row
 *      was a section's subtotal, it is the schedule's published total, and
 *      closes every section (a table whose sections have no subtotals,
 *      ending with a grand total);
 *   3. otherwise it is the published subtotal of the innermost open
 *      section, and closes it. If the next row that is not blank nor a
 *      repeated header is a data row, the total is a running subtotal
 *      (Manchester's `Sub Total Savings` before the adjustment): the lines
 *      read so far in the section move into a nested section named after
 *      the total row, which takes the published figures, and the section
 *      stays open.
 *
 * The schedule's title is @title, its scale that of the year columns and
 * its sign convention @sign (for formatting amounts back as the report
 * writes them).
 *
 * Returns: (transfer full) (nullable): a new schedule, or %NULL with
 *   @error set (a %REORG_ERROR_PARSE error that names the row and column)
 *
 * Since: 0.1
 */
ReorgSavingsSchedule *
reorg_savings_schedule_new_from_table (ReorgTable           *table,
                                       const char           *title,
                                       ReorgSignConvention   sign,
                                       GError              **error)
{
  g_autoptr (ReorgSavingsSchedule) schedule = NULL;
  g_autoptr (GArray) year_columns = NULL;
  g_autoptr (GArray) stack = NULL;
  g_autoptr (GHashTable) headings = NULL;   /* row of a level-1 heading → section */
  g_autoptr (ReorgScheduleSection) implicit = NULL;
  gboolean negate, any_subtotal = FALSE, have_total = FALSE;
  ReorgMoneyScale scale = REORG_MONEY_SCALE_UNITS;
  guint last_total = G_MAXUINT;

  g_return_val_if_fail (REORG_IS_TABLE (table), NULL);
  g_return_val_if_fail (sign <= REORG_SIGN_CONVENTION_SAVINGS_NEGATIVE, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  negate = sign == REORG_SIGN_CONVENTION_SAVINGS_NEGATIVE;
  year_columns = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint c = 0; c < table->n_columns; c++)
    if (c != table->label_column && table->columns[c].kind == REORG_TABLE_COLUMN_MONEY &&
        table->columns[c].year_state)
      {
        if (year_columns->len == 0)
          scale = table->columns[c].scale;
        g_array_append_val (year_columns, c);
      }
  if (year_columns->len == 0)
    {
      g_set_error (error, REORG_ERROR, REORG_ERROR_PARSE,
                   "%s: no column of money has a financial year", table->source);
      return NULL;
    }

  schedule = reorg_savings_schedule_new (title, scale, sign);
  for (guint i = 0; i < year_columns->len; i++)
    {
      guint c = g_array_index (year_columns, guint, i);

      if (reorg_savings_schedule_find_year (schedule, &table->columns[c].year) >= 0)
        {
          g_autofree char *label = reorg_financial_year_get_label (&table->columns[c].year);
          g_set_error (error, REORG_ERROR, REORG_ERROR_PARSE,
                       "%s: column %u: a second column for %s", table->source, c + 1, label);
          return NULL;
        }
      reorg_savings_schedule_add_year (schedule, &table->columns[c].year, NULL);
    }

  for (guint r = 0; r < table->n_rows; r++)
    if (table->rows[r].kind == REORG_TABLE_ROW_TOTAL)
      last_total = r;

  stack = g_array_new (FALSE, TRUE, sizeof (Frame));
  g_array_set_clear_func (stack, (GDestroyNotify) frame_clear);
  headings = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);

  for (guint r = 0; r < table->n_rows; r++)
    {
      Row *row = &table->rows[r];
      const char *label = cell_at (table, r, table->label_column)->text;

      switch ((ReorgTableRowKind) row->kind)
        {
        case REORG_TABLE_ROW_SECTION:
          {
            Frame frame = { reorg_schedule_section_new (label), g_ptr_array_new_with_free_func (g_object_unref), row->level >= 2 ? 2 : 1 };
            ReorgScheduleSection *parent = NULL;

            if (frame.level == 2 && row->section >= 0)
              parent = g_hash_table_lookup (headings, GINT_TO_POINTER (row->section));
            if (parent == NULL)
              frame.level = 1;
            close_frames (stack, frame.level == 1 ? 0 : 2);
            if (parent != NULL)
              reorg_schedule_section_add_section (parent, frame.section, NULL);
            else
              {
                reorg_savings_schedule_add_section (schedule, frame.section, NULL);
                g_hash_table_insert (headings, GUINT_TO_POINTER (r), g_object_ref (frame.section));
              }
            g_array_append_val (stack, frame);
          }
          break;

        case REORG_TABLE_ROW_DATA:
          {
            g_autoptr (ReorgScheduleLine) line = reorg_schedule_line_new (NULL, label);

            for (guint i = 0; i < year_columns->len; i++)
              {
                g_autoptr (ReorgMoney) amount = NULL;

                if (!read_amount (table, r, g_array_index (year_columns, guint, i), negate, &amount, error))
                  return NULL;
                reorg_schedule_line_set_amount (line, i, amount);
              }
            reorg_schedule_line_set_kind (line, line_kind (table, r, year_columns));
            reorg_schedule_line_set_status (line, line_status (label));

            if (stack->len == 0)
              {
                Frame frame = { NULL, g_ptr_array_new_with_free_func (g_object_unref), 0 };

                if (implicit == NULL)
                  {
                    const char *name = table->columns[table->label_column].title;

                    implicit = reorg_schedule_section_new (name != NULL && name[0] != '\0' ? name : title);
                    reorg_savings_schedule_add_section (schedule, implicit, NULL);
                  }
                frame.section = g_object_ref (implicit);
                g_array_append_val (stack, frame);
              }
            g_ptr_array_add (g_array_index (stack, Frame, stack->len - 1).pending, g_steal_pointer (&line));
          }
          break;

        case REORG_TABLE_ROW_TOTAL:
          {
            g_autoptr (GPtrArray) figures = g_ptr_array_new_with_free_func ((GDestroyNotify) reorg_money_free);
            gboolean explicit_open = stack->len > 0 &&
                                     g_array_index (stack, Frame, stack->len - 1).level > 0;

            for (guint i = 0; i < year_columns->len; i++)
              {
                ReorgMoney *amount = NULL;

                if (!read_amount (table, r, g_array_index (year_columns, guint, i), negate, &amount, error))
                  return NULL;
                g_ptr_array_add (figures, amount);
              }

            if (!explicit_open || (r == last_total && !any_subtotal))
              {
                if (have_total)
                  {
                    set_row_error (error, table, r, "a second total of the whole schedule (“%s”)", label);
                    return NULL;
                  }
                for (guint i = 0; i < figures->len; i++)
                  reorg_savings_schedule_set_published_total (schedule, i, g_ptr_array_index (figures, i));
                have_total = TRUE;
                if (explicit_open)
                  close_frames (stack, 0);
              }
            else
              {
                Frame *frame = &g_array_index (stack, Frame, stack->len - 1);
                guint next = next_content_row (table, r);
                ReorgScheduleSection *target = frame->section;
                g_autoptr (ReorgScheduleSection) running = NULL;

                if (next < table->n_rows && table->rows[next].kind == REORG_TABLE_ROW_DATA)
                  {
                    running = reorg_schedule_section_new (label);
                    flush_lines (running, frame->pending);
                    reorg_schedule_section_add_section (frame->section, running, NULL);
                    target = running;
                  }
                for (guint i = 0; i < figures->len; i++)
                  reorg_schedule_section_set_published_subtotal (target, i, g_ptr_array_index (figures, i));
                any_subtotal = TRUE;
                if (running == NULL)
                  close_frame (stack);
              }
          }
          break;

        case REORG_TABLE_ROW_HEADER:
        case REORG_TABLE_ROW_BLANK:
        default:
          break;
        }
    }

  close_frames (stack, 0);
  return g_steal_pointer (&schedule);
}

/* Whether @word is in @lower as a word of its own (not inside a longer word). */
static gboolean
has_word (const char *lower,
          const char *word)
{
  gsize len = strlen (word);

  for (const char *p = strstr (lower, word); p != NULL; p = strstr (p + 1, word))
    if ((p == lower || !g_ascii_isalpha (p[-1])) && !g_ascii_isalpha (p[len]))
      return TRUE;
  return FALSE;
}

/* The quantity a budget column's title names: a ReorgBudgetColumn, -1 for
 * a Total column to ignore, -2 for an unknown column. */
static int
budget_column_of_title (const char *title)
{
  g_autofree char *lower = g_utf8_strdown (title != NULL ? title : "", -1);

  if (strstr (lower, "reduction") != NULL)
    return REORG_BUDGET_COLUMN_REDUCTIONS;
  if (strstr (lower, "fte") != NULL)
    return REORG_BUDGET_COLUMN_FTE;
  if (strstr (lower, "gross") != NULL)
    return REORG_BUDGET_COLUMN_GROSS;
  if (strstr (lower, "growth") != NULL)
    return REORG_BUDGET_COLUMN_GROWTH;
  if (strstr (lower, "saving") != NULL)
    return REORG_BUDGET_COLUMN_SAVINGS;
  if (has_word (lower, "net") || strstr (lower, "budget") != NULL)
    return REORG_BUDGET_COLUMN_NET;
  if (has_word (lower, "total"))
    return -1;
  return -2;
}

static const char *
budget_column_name (ReorgBudgetColumn column)
{
  static const char * const names[] = {
    "gross budget", "net budget", "growth", "savings", "FTE", "FTE reductions",
  };

  return names[column];
}

typedef struct
{
  guint             column;     /* of the table */
  ReorgBudgetColumn quantity;
  guint             year_index;
} BudgetColumn;

/**
 * reorg_budget_new_from_table:
 * @table: a [class@Reorg.Table] read from a published budget by service
 * @title: (nullable): the title of the budget; %NULL means empty
 * @error: return location for a #GError
 *
 * Makes a budget of a budget-by-service table as a report prints it (such
 * as Manchester's three-year budget by service activity and its budget
 * reconciliation, or Birmingham's budget and FTE by service area), with
 * the rows and columns as @table has detected them.
 *
 * - **Columns**: each column but the label column is a figure of a year.
 *   What it holds is read from its title (all of its header cells,
 *   [method@Reorg.Table.get_column_title]), in this order, ignoring case:
 *   "reduction" → %REORG_BUDGET_COLUMN_REDUCTIONS; "FTE" →
 *   %REORG_BUDGET_COLUMN_FTE; "gross" → %REORG_BUDGET_COLUMN_GROSS;
 *   "growth" → %REORG_BUDGET_COLUMN_GROWTH; "saving" →
 *   %REORG_BUDGET_COLUMN_SAVINGS; the word "net", or "budget" without any
 *   of the words before (Birmingham's `Total Current Budget £000's`,
 *   Manchester's `Approved Budget £'000`) → %REORG_BUDGET_COLUMN_NET.
 *   A column whose title says none of these but has the word "total" is
 *   a Total column and is ignored; any other column is an error that names
 *   it. Money quantities need a column of money, FTE quantities a column
 *   of numbers.
 * - **Years**: the financial year of a column
 *   ([method@Reorg.Table.get_column_year]), or, for a column without one,
 *   that of the nearest column to its left that has one (Birmingham's
 *   `Total Current FTEs` after `2010 / 11 Total Current Budget`). The
 *   budget's years are those of the columns, in order. Two columns of the
 *   same quantity and year, or a column with no year at all, are errors.
 * - **Rows**: each %REORG_TABLE_ROW_DATA row is a row of the objective
 *   analysis, named by its label, its group the label of the section
 *   heading above it if any. The %REORG_TABLE_ROW_TOTAL row gives the
 *   published totals ([method@Reorg.Budget.get_total_row]); a second total
 *   row is an error. Blank cells stay unset; a cell that is not of its
 *   column's kind is an error that names its row and column.
 * - **Savings sign**: when the savings cells are mostly negative
 *   (Manchester's reconciliation prints `(6,989)`), the budget's sign
 *   convention is %REORG_SIGN_CONVENTION_SAVINGS_NEGATIVE and the savings
 *   are negated, so that savings are held positive (a printed `240` is a
 *   saving of −240); otherwise %REORG_SIGN_CONVENTION_SAVINGS_POSITIVE.
 *   Growth, gross and net are kept as printed. The budget's scale is that
 *   of its first money column.
 *
 * Returns: (transfer full) (nullable): a new budget, or %NULL with @error
 *   set (a %REORG_ERROR_PARSE error)
 *
 * Since: 0.1
 */
ReorgBudget *
reorg_budget_new_from_table (ReorgTable  *table,
                             const char  *title,
                             GError     **error)
{
  g_autoptr (ReorgBudget) budget = NULL;
  g_autoptr (GArray) columns = NULL;
  ReorgMoneyScale scale = REORG_MONEY_SCALE_UNITS;
  gboolean have_scale = FALSE, have_total = FALSE, negate;
  gint saving_balance = 0;
  gint year_column = -1;

  g_return_val_if_fail (REORG_IS_TABLE (table), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  budget = reorg_budget_new (title, REORG_MONEY_SCALE_UNITS, REORG_SIGN_CONVENTION_SAVINGS_POSITIVE);
  columns = g_array_new (FALSE, FALSE, sizeof (BudgetColumn));

  for (guint c = 0; c < table->n_columns; c++)
    {
      Column *col = &table->columns[c];
      int quantity;
      BudgetColumn bc = { c, 0, 0 };
      const ReorgFinancialYear *year;
      int index;
      gboolean money, is_money;

      if (c == table->label_column)
        continue;
      if (col->year_state)
        year_column = (gint) c;
      quantity = budget_column_of_title (col->title);
      if (quantity == -1)
        continue;
      if (quantity == -2)
        {
          g_autofree char *quoted = quote_text (col->title != NULL ? col->title : "");
          g_set_error (error, REORG_ERROR, REORG_ERROR_PARSE,
                       "%s: column %u (%s): not a column of a budget", table->source, c + 1, quoted);
          return NULL;
        }
      if (year_column < 0)
        {
          g_set_error (error, REORG_ERROR, REORG_ERROR_PARSE,
                       "%s: column %u (%s): no financial year", table->source, c + 1,
                       col->title != NULL ? col->title : "");
          return NULL;
        }
      money = quantity != REORG_BUDGET_COLUMN_FTE && quantity != REORG_BUDGET_COLUMN_REDUCTIONS;
      is_money = col->kind == REORG_TABLE_COLUMN_MONEY;
      if (money != is_money)
        {
          g_set_error (error, REORG_ERROR, REORG_ERROR_PARSE,
                       "%s: column %u (%s): a column of %s must hold %s", table->source, c + 1,
                       col->title != NULL ? col->title : "", budget_column_name (quantity),
                       money ? "money" : "numbers, not money");
          return NULL;
        }
      if (money && !have_scale)
        {
          scale = col->scale;
          have_scale = TRUE;
        }

      year = &table->columns[year_column].year;
      index = reorg_budget_find_year (budget, year);
      if (index < 0)
        {
          reorg_budget_add_year (budget, year, NULL);
          index = (int) reorg_budget_get_n_years (budget) - 1;
        }
      for (guint i = 0; i < columns->len; i++)
        {
          BudgetColumn *other = &g_array_index (columns, BudgetColumn, i);

          if (other->quantity == (ReorgBudgetColumn) quantity && other->year_index == (guint) index)
            {
              g_autofree char *label = reorg_financial_year_get_label (year);
              g_set_error (error, REORG_ERROR, REORG_ERROR_PARSE,
                           "%s: column %u (%s): a second column of %s for %s", table->source, c + 1,
                           col->title != NULL ? col->title : "", budget_column_name (quantity), label);
              return NULL;
            }
        }
      bc.quantity = quantity;
      bc.year_index = index;
      g_array_append_val (columns, bc);
    }
  if (columns->len == 0)
    {
      g_set_error (error, REORG_ERROR, REORG_ERROR_PARSE,
                   "%s: no column of a budget", table->source);
      return NULL;
    }
  reorg_budget_set_scale (budget, scale);

  /* The savings sign: as most of the savings cells are written. */
  for (guint r = 0; r < table->n_rows; r++)
    {
      if (table->rows[r].kind != REORG_TABLE_ROW_DATA && table->rows[r].kind != REORG_TABLE_ROW_TOTAL)
        continue;
      for (guint i = 0; i < columns->len; i++)
        {
          BudgetColumn *bc = &g_array_index (columns, BudgetColumn, i);
          Cell *cell = cell_at (table, r, bc->column);

          if (bc->quantity == REORG_BUDGET_COLUMN_SAVINGS && cell->kind == REORG_TABLE_CELL_MONEY)
            saving_balance += cell->pence < 0 ? 1 : cell->pence > 0 ? -1 : 0;
        }
    }
  negate = saving_balance > 0;
  reorg_budget_set_sign (budget, negate ? REORG_SIGN_CONVENTION_SAVINGS_NEGATIVE
                                        : REORG_SIGN_CONVENTION_SAVINGS_POSITIVE);

  for (guint r = 0; r < table->n_rows; r++)
    {
      Row *row = &table->rows[r];
      const char *label = cell_at (table, r, table->label_column)->text;
      g_autoptr (ReorgBudgetRow) data = NULL;
      ReorgBudgetRow *target;

      if (row->kind == REORG_TABLE_ROW_DATA)
        {
          data = reorg_budget_row_new (NULL, label);
          if (row->section >= 0)
            reorg_budget_row_set_group (data, cell_at (table, row->section, table->label_column)->text);
          target = data;
        }
      else if (row->kind == REORG_TABLE_ROW_TOTAL)
        {
          if (have_total)
            {
              set_row_error (error, table, r, "a second total row (“%s”)", label);
              return NULL;
            }
          have_total = TRUE;
          target = reorg_budget_get_total_row (budget, REORG_BUDGET_ANALYSIS_OBJECTIVE);
          reorg_budget_row_set_name (target, label);
        }
      else
        continue;

      for (guint i = 0; i < columns->len; i++)
        {
          BudgetColumn *bc = &g_array_index (columns, BudgetColumn, i);
          Cell *cell = cell_at (table, r, bc->column);

          if (bc->quantity == REORG_BUDGET_COLUMN_FTE || bc->quantity == REORG_BUDGET_COLUMN_REDUCTIONS)
            {
              g_autoptr (ReorgFte) fte = NULL;

              if (cell->kind == REORG_TABLE_CELL_EMPTY)
                continue;
              fte = reorg_table_get_fte (table, r, bc->column);
              if (fte == NULL)
                {
                  g_autofree char *quoted = quote_text (cell->text);
                  set_cell_error (error, table, r, bc->column, "%s is not a number of FTE", quoted);
                  return NULL;
                }
              reorg_budget_row_set_fte (target, bc->quantity, bc->year_index, fte);
            }
          else
            {
              g_autoptr (ReorgMoney) amount = NULL;

              if (!read_amount (table, r, bc->column,
                                negate && bc->quantity == REORG_BUDGET_COLUMN_SAVINGS, &amount, error))
                return NULL;
              if (amount != NULL)
                reorg_budget_row_set_amount (target, bc->quantity, bc->year_index, amount);
            }
        }

      if (data != NULL &&
          !reorg_budget_add_row (budget, REORG_BUDGET_ANALYSIS_OBJECTIVE, data, error))
        return NULL;
    }

  return g_steal_pointer (&budget);
}
