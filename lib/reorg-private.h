/* reorg-private.h: internals shared between the library's sources
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <reorg/reorg.h>

G_BEGIN_DECLS

/* ---- Checked integer arithmetic (one piece of code for every sum) ---- */

static inline gboolean
reorg_checked_add (gint64 a, gint64 b, gint64 *out)
{
  return !__builtin_add_overflow (a, b, out);
}

static inline gboolean
reorg_checked_sub (gint64 a, gint64 b, gint64 *out)
{
  return !__builtin_sub_overflow (a, b, out);
}

static inline gboolean
reorg_checked_mul (gint64 a, gint64 b, gint64 *out)
{
  return !__builtin_mul_overflow (a, b, out);
}

/* a * num / den, rounded half away from zero, through a 128-bit
 * intermediate. Returns FALSE when den is 0 or the result does not fit. */
gboolean reorg_checked_mul_ratio (gint64  a,
                                  gint64  num,
                                  gint64  den,
                                  gint64 *out);

/* Parses a plain decimal number ("-1,234.5", "18.5", ".5") into an integer
 * scaled by 10^decimals. Thousands separators are allowed when
 * allow_grouping. More fraction digits than decimals are an error unless
 * round_extra, in which case the value is rounded half away from zero.
 * On error sets *problem to a static description and returns FALSE. */
gboolean reorg_parse_decimal (const char  *text,
                              guint        decimals,
                              gboolean     allow_grouping,
                              gboolean     round_extra,
                              gint64      *out,
                              const char **problem);

/* Formats value / 10^scale_decimals with exactly `decimals` decimals
 * (rounded half away from zero), optional thousands grouping. */
char *reorg_format_decimal (gint64   value,
                            guint    scale_decimals,
                            guint    decimals,
                            gboolean grouping,
                            gboolean trim);

/* An optional date held in a GDate that is cleared when unset. */
static inline const GDate *
reorg_optional_date_get (const GDate *field)
{
  return g_date_valid (field) ? field : NULL;
}

/* Sets an optional date (NULL or an invalid date unsets it); TRUE if it changed. */
static inline gboolean
reorg_optional_date_set (GDate       *field,
                         const GDate *date)
{
  const GDate *old = reorg_optional_date_get (field);

  if (date != NULL && !g_date_valid (date))
    date = NULL;
  if ((old == NULL && date == NULL) ||
      (old != NULL && date != NULL && g_date_compare (old, date) == 0))
    return FALSE;
  if (date != NULL)
    *field = *date;
  else
    g_date_clear (field, 1);
  return TRUE;
}

static inline gboolean
reorg_optional_date_equal (const GDate *a,
                           const GDate *b)
{
  const GDate *x = reorg_optional_date_get (a), *y = reorg_optional_date_get (b);

  return (x == NULL && y == NULL) || (x != NULL && y != NULL && g_date_compare (x, y) == 0);
}

/* ISO 8601 calendar dates (YYYY-MM-DD), used by the plan format. */
gboolean reorg_date_parse_iso (const char *text,
                               GDate      *out);
char    *reorg_date_to_iso    (const GDate *date);

/* Replaces *str_pointer by a copy of new_str; TRUE if the value changed.
 * (g_set_str arrives in GLib 2.76; we support 2.74.) */
static inline gboolean
reorg_set_str (char       **str_pointer,
               const char  *new_str)
{
  if (*str_pointer == new_str || g_strcmp0 (*str_pointer, new_str) == 0)
    return FALSE;
  g_free (*str_pointer);
  *str_pointer = g_strdup (new_str);
  return TRUE;
}

/* ---- A GListModel over a GPtrArray of GObjects ---- */

#define REORG_TYPE_LIST_MODEL (reorg_list_model_get_type ())
G_DECLARE_FINAL_TYPE (ReorgListModel, reorg_list_model, REORG, LIST_MODEL, GObject)

ReorgListModel *reorg_list_model_new          (GType           item_type);
/* Borrowed view of the items: do not modify. */
GPtrArray      *reorg_list_model_get_array    (ReorgListModel *self);
guint           reorg_list_model_append       (ReorgListModel *self,
                                               gpointer        item);
/* Removes the item at index by moving the last item into its place (O(1));
 * returns the item that now sits at index, or NULL if none moved. */
gpointer        reorg_list_model_remove_swap  (ReorgListModel *self,
                                               guint           index);
/* Removes the item at index keeping order (O(n - index)). */
void            reorg_list_model_remove_index (ReorgListModel *self,
                                               guint           index);

/* ---- The establishment model's instance structs ---- */

struct _ReorgUnit
{
  GObject         parent_instance;

  char           *reference;
  char           *name;
  char           *place;
  ReorgUnitKind   kind;
  ReorgPlaceKind  place_kind;

  ReorgStructure *structure;     /* not owned */
  ReorgUnit      *parent;        /* not owned */
  ReorgListModel *children;      /* of ReorgUnit, ordered */
  ReorgListModel *posts;         /* of ReorgPost, swap-removed */
  guint           structure_index;
  guint           child_index;   /* in parent->children or structure->roots */
};

struct _ReorgPost
{
  GObject         parent_instance;

  char           *reference;
  char           *title;
  const char     *grade;         /* interned */
  const char     *job_family;    /* interned */
  const char     *funding_name;  /* interned */
  const char     *funding_key;   /* interned: "mainstream", "grant: ABG" */

  ReorgFte        fte;
  ReorgMoney      salary;
  ReorgMoney      on_costs;
  ReorgMoney      annual_cost;
  gint            on_cost_rate;  /* basis points, or -1 for explicit on-costs */

  guint8          status;        /* ReorgPostStatus */
  guint8          tenure;        /* ReorgTenure */
  guint8          funding_kind;  /* ReorgFundingKind */

  ReorgStructure *structure;     /* not owned */
  ReorgUnit      *unit;          /* not owned */
  ReorgPost      *reports_to;    /* not owned */
  guint           n_reports;
  guint           structure_index;
  guint           unit_index;
};

/* Notifications the structure raises on posts and units it changes. */
void reorg_post_notify_placement (ReorgPost *post);
void reorg_unit_notify_parent    (ReorgUnit *unit);

/* Funding as a single breakdown key: "mainstream", "grant: ABG", ... */
const char *reorg_post_get_funding_key (ReorgPost *post);

/* Copies every descriptive field (not placement) of src into dst. */
void reorg_post_copy_fields (ReorgPost *dst,
                             ReorgPost *src);
gboolean reorg_post_fields_equal (ReorgPost *a,
                                  ReorgPost *b);

/* Visits the units of a structure in pre-order (parents before children,
 * children in order), without recursion. Fills `out` with ReorgUnit*. */
void reorg_structure_collect_preorder (ReorgStructure *self,
                                       GPtrArray      *out);

/* The totals of a set of posts (reorg-rollup.c); embedded by value in the
 * rows of a diff (reorg-diff.c). */
struct _ReorgTotals
{
  char       *key;           /* breakdown key, or NULL */
  guint64     posts;
  ReorgFte    fte;
  ReorgMoney  cost;
  guint64     vacant_posts;
  ReorgFte    vacant_fte;
};

/* Computes a rollup (reorg-rollup.c); the public entry point is
 * reorg_structure_rollup(). */
ReorgRollup *reorg_rollup_compute (ReorgStructure  *structure,
                                   ReorgDimension   dimension,
                                   GError         **error);

/* Error helper: sets a REORG_ERROR_OVERFLOW error. */
void reorg_set_overflow_error (GError     **error,
                               const char  *what);

G_END_DECLS
