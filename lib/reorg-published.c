/* reorg-published.c: helpers shared by published tables: optional cells,
 * amounts in a table's scale, and the JSON of schedules and budgets
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "reorg-published-private.h"

#include <math.h>

/* ---- Cells ---- */

static ReorgCell *
cell_at (GArray *cells,
         guint   index)
{
  ReorgCell *cell;

  if (index >= cells->len)
    return NULL;
  cell = &g_array_index (cells, ReorgCell, index);
  return cell->set ? cell : NULL;
}

static void
cell_set (GArray       *cells,
          guint         index,
          const gint64 *value)
{
  ReorgCell *cell;

  if (index >= cells->len)
    {
      if (value == NULL)
        return;
      g_array_set_size (cells, index + 1);
    }
  cell = &g_array_index (cells, ReorgCell, index);
  cell->set = value != NULL;
  cell->value = value ? *value : 0;
}

const ReorgMoney *
reorg_money_cells_get (GArray *cells,
                       guint   index)
{
  ReorgCell *cell = cell_at (cells, index);

  return cell ? &cell->money : NULL;
}

void
reorg_money_cells_set (GArray           *cells,
                       guint             index,
                       const ReorgMoney *money)
{
  cell_set (cells, index, money ? &money->pence : NULL);
}

const ReorgFte *
reorg_fte_cells_get (GArray *cells,
                     guint   index)
{
  ReorgCell *cell = cell_at (cells, index);

  return cell ? &cell->fte : NULL;
}

void
reorg_fte_cells_set (GArray         *cells,
                     guint           index,
                     const ReorgFte *fte)
{
  cell_set (cells, index, fte ? &fte->units : NULL);
}

guint
reorg_cells_used (GArray *cells,
                  guint   n_years)
{
  guint n = MIN (cells->len, n_years);

  while (n > 0 && !g_array_index (cells, ReorgCell, n - 1).set)
    n--;
  return n;
}

gboolean
reorg_cells_equal (GArray *a,
                   GArray *b,
                   guint   n_years)
{
  guint n = MIN (MAX (a->len, b->len), n_years);

  for (guint i = 0; i < n; i++)
    {
      ReorgCell *x = cell_at (a, i), *y = cell_at (b, i);

      if ((x == NULL) != (y == NULL) || (x != NULL && x->value != y->value))
        return FALSE;
    }
  return TRUE;
}

/* ---- Scales ---- */

gint64
reorg_scale_unit_pence (ReorgMoneyScale scale)
{
  switch (scale)
    {
    case REORG_MONEY_SCALE_THOUSANDS:
      return G_GINT64_CONSTANT (100000);
    case REORG_MONEY_SCALE_MILLIONS:
      return G_GINT64_CONSTANT (100000000);
    case REORG_MONEY_SCALE_BILLIONS:
      return G_GINT64_CONSTANT (100000000000);
    case REORG_MONEY_SCALE_UNITS:
    default:
      return 100;
    }
}

char *
reorg_format_signed_in_scale (const ReorgMoney      *money,
                              ReorgMoneyScale        scale,
                              gboolean               negate,
                              ReorgMoneyFormatFlags  flags)
{
  ReorgMoney printed = *money;
  gint64 unit = reorg_scale_unit_pence (scale);
  guint decimals = 0;

  /* -INT64_MIN does not fit: such an amount is printed as is. */
  if (negate && printed.pence != G_MININT64)
    printed.pence = -printed.pence;
  /* As many decimals as it takes to show the amount exactly. */
  for (gint64 step = unit; step > 1 && printed.pence % step != 0; step /= 10)
    decimals++;
  return reorg_money_format (&printed, scale, decimals, flags);
}

char *
reorg_format_in_scale (const ReorgMoney *money,
                       ReorgMoneyScale   scale)
{
  return reorg_format_signed_in_scale (money, scale, FALSE, REORG_MONEY_FORMAT_BRACKETS);
}

ReorgMoney *
reorg_parse_in_scale (const char       *text,
                      ReorgMoneyScale   scale,
                      gboolean          negate,
                      GError          **error)
{
  g_autoptr(ReorgMoney) money = reorg_money_parse (text, scale, error);

  if (money == NULL)
    return NULL;
  if (negate)
    return reorg_money_negate (money, error);
  return g_steal_pointer (&money);
}

/* ---- Years ---- */

GPtrArray *
reorg_years_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) reorg_financial_year_free);
}

gboolean
reorg_years_equal (GPtrArray *a,
                   GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (!reorg_financial_year_equal (g_ptr_array_index (a, i), g_ptr_array_index (b, i)))
      return FALSE;
  return TRUE;
}

int
reorg_years_find (GPtrArray                *years,
                  const ReorgFinancialYear *year)
{
  for (guint i = 0; i < years->len; i++)
    if (reorg_financial_year_equal (g_ptr_array_index (years, i), year))
      return (int) i;
  return -1;
}

gboolean
reorg_years_add (GPtrArray                 *years,
                 const ReorgFinancialYear  *year,
                 const char                *already,
                 GError                   **error)
{
  if (reorg_years_find (years, year) >= 0)
    {
      g_autofree char *label = reorg_financial_year_get_label (year);
      g_set_error (error, REORG_ERROR, REORG_ERROR_DUPLICATE, "the year %s is already %s", label, already);
      return FALSE;
    }
  g_ptr_array_add (years, reorg_financial_year_copy (year));
  return TRUE;
}

const ReorgFinancialYear *
reorg_years_get (GPtrArray *years,
                 guint      index)
{
  if (index >= years->len)
    return NULL;
  return g_ptr_array_index (years, index);
}

gboolean
reorg_years_check_index (GPtrArray   *years,
                         guint        index,
                         const char  *table,
                         GError     **error)
{
  if (index < years->len)
    return TRUE;
  g_set_error (error, REORG_ERROR, REORG_ERROR_INVALID, "the %s has %u years, no year %u", table, years->len, index);
  return FALSE;
}

/* ---- JSON reading ---- */

gboolean
reorg_json_fail (GError     **error,
                 int          code,
                 const char  *place,
                 const char  *format,
                 ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, REORG_ERROR, code, "%s: %s", place, message);
  return FALSE;
}

static const char *
type_name (JsonNode *node)
{
  if (JSON_NODE_HOLDS_NULL (node))
    return "null";
  if (JSON_NODE_HOLDS_OBJECT (node))
    return "an object";
  if (JSON_NODE_HOLDS_ARRAY (node))
    return "an array";
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return "a string";
    case G_TYPE_BOOLEAN:
      return "a boolean";
    default:
      return "a number";
    }
}

static gboolean
is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

gboolean
reorg_json_get_string (JsonObject  *object,
                       const char  *member,
                       const char  *place,
                       gboolean     required,
                       const char **out,
                       GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        return reorg_json_fail (error, REORG_ERROR_PARSE, place, "member \"%s\" is missing", member);
      return TRUE;
    }
  if (!is_string (node))
    return reorg_json_fail (error, REORG_ERROR_PARSE, place, "%s: expected a string, found %s",
                            member, type_name (node));
  *out = json_node_get_string (node);
  return TRUE;
}

gboolean
reorg_json_get_enum (JsonObject  *object,
                     const char  *member,
                     const char  *place,
                     GType        type,
                     int         *out,
                     GError     **error)
{
  const char *text;
  GEnumClass *klass;
  GEnumValue *value;

  if (!reorg_json_get_string (object, member, place, FALSE, &text, error))
    return FALSE;
  if (text == NULL)
    return TRUE;
  klass = g_type_class_ref (type);
  value = g_enum_get_value_by_nick (klass, text);
  if (value == NULL)
    {
      g_autoptr(GString) known = g_string_new (NULL);

      for (guint i = 0; i < klass->n_values; i++)
        g_string_append_printf (known, "%s%s", i ? ", " : "", klass->values[i].value_nick);
      g_type_class_unref (klass);
      return reorg_json_fail (error, REORG_ERROR_INVALID, place,
                              "%s: unknown value \"%s\" (expected one of %s)", member, text, known->str);
    }
  *out = value->value;
  g_type_class_unref (klass);
  return TRUE;
}

/* An optional array member: absent (or null) leaves *out NULL. */
gboolean
reorg_json_get_array (JsonObject  *object,
                      const char  *member,
                      const char  *place,
                      JsonArray  **out,
                      GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return reorg_json_fail (error, REORG_ERROR_PARSE, place, "%s: expected an array, found %s",
                            member, type_name (node));
  *out = json_node_get_array (node);
  return TRUE;
}

gboolean
reorg_json_get_years (JsonObject  *object,
                      const char  *place,
                      GDateMonth   fy_start,
                      GPtrArray   *years,
                      GError     **error)
{
  JsonArray *array;
  guint n;

  if (!reorg_json_get_array (object, "years", place, &array, error))
    return FALSE;
  if (array == NULL)
    return reorg_json_fail (error, REORG_ERROR_PARSE, place, "member \"years\" is missing");
  n = json_array_get_length (array);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autoptr(GError) local_error = NULL;
      ReorgFinancialYear *year;

      if (!is_string (node))
        return reorg_json_fail (error, REORG_ERROR_PARSE, place,
                                "years[%u]: expected a year such as \"2015/16\", found %s", i, type_name (node));
      year = reorg_financial_year_parse (json_node_get_string (node), fy_start, &local_error);
      if (year == NULL)
        return reorg_json_fail (error, local_error->code, place, "years[%u]: %s", i, local_error->message);
      if (reorg_years_find (years, year) >= 0)
        {
          reorg_financial_year_free (year);
          return reorg_json_fail (error, REORG_ERROR_DUPLICATE, place, "years[%u]: \"%s\" is already a column",
                                  i, json_node_get_string (node));
        }
      g_ptr_array_add (years, year);
    }
  return TRUE;
}

/* How the cells of a money or an FTE column are written in JSON. */
typedef struct
{
  const char *plural;     /* "amounts", "values" */
  const char *expected;   /* for an error: what a cell should look like */
  gboolean  (*parse)   (const char *text, gint64 *out, GError **error);
  char     *(*to_text) (gint64 value);
} CellFormat;

static gboolean
parse_money_cell (const char  *text,
                  gint64      *out,
                  GError     **error)
{
  g_autoptr(ReorgMoney) money = reorg_money_parse (text, REORG_MONEY_SCALE_UNITS, error);

  if (money != NULL)
    *out = money->pence;
  return money != NULL;
}

static char *
money_cell_text (gint64 value)
{
  ReorgMoney money = { value };

  return reorg_money_to_decimal_string (&money);
}

static gboolean
parse_fte_cell (const char  *text,
                gint64      *out,
                GError     **error)
{
  g_autoptr(ReorgFte) fte = reorg_fte_parse (text, error);

  if (fte != NULL)
    *out = fte->units;
  return fte != NULL;
}

static char *
fte_cell_text (gint64 value)
{
  ReorgFte fte = { value };

  return reorg_fte_to_string (&fte);
}

static const CellFormat money_cells = {
  "amounts", "an amount as a string such as \"1180000.00\"", parse_money_cell, money_cell_text,
};
static const CellFormat fte_cells = {
  "values", "an FTE as a string such as \"18.5\"", parse_fte_cell, fte_cell_text,
};

static gboolean
get_cells (JsonObject        *object,
           const char        *member,
           const char        *place,
           guint              n_years,
           GArray            *cells,
           const CellFormat  *format,
           GError           **error)
{
  JsonArray *array;
  guint n;

  if (!reorg_json_get_array (object, member, place, &array, error))
    return FALSE;
  if (array == NULL)
    return TRUE;
  n = json_array_get_length (array);
  if (n > n_years)
    return reorg_json_fail (error, REORG_ERROR_INVALID, place, "%s: %u %s for %u years",
                            member, n, format->plural, n_years);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autoptr(GError) local_error = NULL;
      gint64 value;

      if (JSON_NODE_HOLDS_NULL (node))
        continue;
      if (!is_string (node))
        return reorg_json_fail (error, REORG_ERROR_PARSE, place,
                                "%s: [%u]: expected %s or null, found %s",
                                member, i, format->expected, type_name (node));
      if (!format->parse (json_node_get_string (node), &value, &local_error))
        return reorg_json_fail (error, local_error->code, place, "%s: [%u]: %s", member, i, local_error->message);
      cell_set (cells, i, &value);
    }
  return TRUE;
}

gboolean
reorg_json_get_money_cells (JsonObject *object,
                            const char *member,
                            const char *place,
                            guint       n_years,
                            GArray     *cells,
                            GError    **error)
{
  return get_cells (object, member, place, n_years, cells, &money_cells, error);
}

gboolean
reorg_json_get_fte_cells (JsonObject  *object,
                          const char  *member,
                          const char  *place,
                          guint        n_years,
                          GArray      *cells,
                          GError     **error)
{
  return get_cells (object, member, place, n_years, cells, &fte_cells, error);
}

/* ---- JSON writing ---- */

void
reorg_json_add_string (JsonBuilder *b,
                       const char  *member,
                       const char  *value)
{
  if (value == NULL)
    return;
  json_builder_set_member_name (b, member);
  json_builder_add_string_value (b, value);
}

void
reorg_json_add_enum (JsonBuilder *b,
                     const char  *member,
                     GType        type,
                     int          value)
{
  GEnumClass *klass = g_type_class_ref (type);
  GEnumValue *v = g_enum_get_value (klass, value);

  if (v != NULL)
    reorg_json_add_string (b, member, v->value_nick);
  g_type_class_unref (klass);
}

void
reorg_json_add_years (JsonBuilder *b,
                      GPtrArray   *years)
{
  json_builder_set_member_name (b, "years");
  json_builder_begin_array (b);
  for (guint i = 0; i < years->len; i++)
    {
      g_autofree char *label = reorg_financial_year_get_label (g_ptr_array_index (years, i));
      json_builder_add_string_value (b, label);
    }
  json_builder_end_array (b);
}

/* Written only when some cell of the table's years is set; blank cells
 * are null, trailing blanks and cells past the years are left out. */
static void
add_cells (JsonBuilder      *b,
           const char       *member,
           GArray           *cells,
           guint             n_years,
           const CellFormat *format)
{
  guint n = reorg_cells_used (cells, n_years);

  if (n == 0)
    return;
  json_builder_set_member_name (b, member);
  json_builder_begin_array (b);
  for (guint i = 0; i < n; i++)
    {
      ReorgCell *cell = cell_at (cells, i);

      if (cell == NULL)
        json_builder_add_null_value (b);
      else
        {
          g_autofree char *text = format->to_text (cell->value);
          json_builder_add_string_value (b, text);
        }
    }
  json_builder_end_array (b);
}

void
reorg_json_add_money_cells (JsonBuilder *b,
                            const char  *member,
                            GArray      *cells,
                            guint        n_years)
{
  add_cells (b, member, cells, n_years, &money_cells);
}

void
reorg_json_add_fte_cells (JsonBuilder *b,
                          const char  *member,
                          GArray      *cells,
                          guint        n_years)
{
  add_cells (b, member, cells, n_years, &fte_cells);
}
