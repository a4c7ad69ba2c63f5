/* reorg.c: a command-line front end to the Reorg library
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 *   reorg report PLAN.json     the unit tree of a plan with subtree totals
 *   reorg diff A.json B.json   what changed from one plan's structure to another's
 *
 * Each command is one entry of the `commands` table below: a name, a line of
 * help, and a function that gets the command's own argv (argv[0] is the
 * command name). More commands (diff, check, analyse) slot in the same way.
 *
 * Exit status: 0 on success, 1 when the plan was read but could not be
 * processed, 2 for usage errors and unreadable input.
 */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <reorg/reorg.h>

enum
{
  EXIT_OK = 0,
  EXIT_PROCESSING = 1,
  EXIT_USAGE = 2,   /* also: unreadable input */
};

typedef struct
{
  const char *name;
  const char *parameters;
  const char *summary;
  int (*run) (int argc, char **argv);
} Command;

static int command_report (int argc, char **argv);
static int command_diff (int argc, char **argv);

static const Command commands[] = {
  { "report", "PLAN.json", "Print the unit tree of a plan with FTE, posts, cost and vacancies", command_report },
  { "diff", "A.json B.json", "Print what changed from the structure of plan A to that of plan B", command_diff },
};

/* ---- Helpers ---- */

static void
print_error (const char *message)
{
  fprintf (stderr, "reorg: %s\n", message);
}

static void
print_usage (FILE *out)
{
  fprintf (out, "Usage: reorg COMMAND [OPTION...] ARGUMENTS\n\nCommands:\n");
  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-8s %-14s %s\n", commands[i].name, commands[i].parameters,
             commands[i].summary);
  fprintf (out, "\nRun `reorg COMMAND --help` for the options of a command.\n");
}

/* Writes `text` and pads it with spaces to `width` characters (not bytes). */
static void
print_padded (const char *text,
              guint       width)
{
  glong len = g_utf8_strlen (text, -1);

  fputs (text, stdout);
  for (glong i = len; i < (glong) width; i++)
    fputc (' ', stdout);
}

static char *
format_date (const GDate *date)
{
  char buf[32];

  if (date == NULL || !g_date_valid (date))
    return g_strdup ("(no date)");
  if (g_date_strftime (buf, sizeof buf, "%Y-%m-%d", date) == 0)
    return g_strdup ("(no date)");
  return g_strdup (buf);
}

static char *
format_cost (const ReorgMoney *cost)
{
  return reorg_money_format (cost, REORG_MONEY_SCALE_UNITS, 2, REORG_MONEY_FORMAT_SYMBOL);
}

static const char *
place_kind_name (ReorgPlaceKind kind)
{
  switch (kind)
    {
    case REORG_PLACE_KIND_AREA:
      return "area";
    case REORG_PLACE_KIND_DISTRICT:
      return "district";
    case REORG_PLACE_KIND_LOCALITY:
      return "locality";
    case REORG_PLACE_KIND_SITE:
      return "site";
    case REORG_PLACE_KIND_NONE:
    default:
      return "place";
    }
}

/* The label of a unit in the tree: its name (or reference), and its place. */
static char *
unit_label (ReorgUnit *unit)
{
  const char *name = reorg_unit_get_name (unit);
  const char *place = reorg_unit_get_place (unit);
  ReorgPlaceKind place_kind = reorg_unit_get_place_kind (unit);

  if (name == NULL || *name == '\0')
    name = reorg_unit_get_reference (unit);

  if (place_kind != REORG_PLACE_KIND_NONE && place != NULL && *place != '\0')
    return g_strdup_printf ("%s [%s: %s]", name, place_kind_name (place_kind), place);
  return g_strdup (name);
}

/* The units of a structure in pre-order (a parent, then its children in
 * order), walking the GListModels with an explicit stack instead of
 * recursion, so that no depth of tree can overflow the C stack. */
typedef struct
{
  GListModel *model;   /* owned */
  guint       position;
} Frame;

static void
frame_clear (Frame *frame)
{
  g_clear_object (&frame->model);
}

static GPtrArray *
collect_units_preorder (ReorgStructure *structure)
{
  g_autoptr(GPtrArray) units = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) stack = g_array_new (FALSE, TRUE, sizeof (Frame));
  Frame root = { reorg_structure_get_roots (structure), 0 };

  g_array_set_clear_func (stack, (GDestroyNotify) frame_clear);
  g_array_append_val (stack, root);

  while (stack->len > 0)
    {
      Frame *top = &g_array_index (stack, Frame, stack->len - 1);
      ReorgUnit *unit;
      Frame child;

      if (top->position >= g_list_model_get_n_items (top->model))
        {
          g_array_set_size (stack, stack->len - 1);
          continue;
        }

      unit = g_list_model_get_item (top->model, top->position++);  /* transfer full */
      g_ptr_array_add (units, unit);

      child.model = reorg_unit_get_children (unit);
      child.position = 0;
      g_array_append_val (stack, child);   /* may move `top`: not used after this */
    }

  return g_steal_pointer (&units);
}

/* ---- reorg report ---- */

#define COL_FTE    10
#define COL_POSTS   7
#define COL_COST   18
#define COL_VACANT  7

static void
print_row (const char        *label,
           guint              depth,
           guint              label_width,
           const ReorgTotals *totals)
{
  g_autofree char *fte = reorg_fte_format (reorg_totals_get_fte (totals), 2);
  g_autofree char *cost = format_cost (reorg_totals_get_cost (totals));
  g_autofree char *cost_cell = NULL;
  glong cost_len = g_utf8_strlen (cost, -1);

  for (guint i = 0; i < depth; i++)
    fputs ("  ", stdout);
  print_padded (label, label_width - 2 * depth);

  /* printf pads bytes, the pound sign is two: pad by characters. */
  cost_cell = g_strnfill (cost_len < COL_COST ? COL_COST - cost_len : 0, ' ');
  printf (" %*s %*" G_GUINT64_FORMAT " %s%s %*" G_GUINT64_FORMAT "\n",
          COL_FTE, fte,
          COL_POSTS, reorg_totals_get_posts (totals),
          cost_cell, cost,
          COL_VACANT, reorg_totals_get_vacant_posts (totals));
}

static int
report_plan (ReorgPlan *plan)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *plan_date = NULL;
  g_autofree char *structure_date = NULL;
  g_autofree char *rule = NULL;
  g_autoptr(ReorgRollup) rollup = NULL;
  ReorgStructure *structure = reorg_plan_get_structure (plan);
  const char *organisation = reorg_plan_get_organisation (plan);
  guint label_width = strlen ("Unit");
  guint line_width;

  rollup = reorg_structure_rollup (structure, REORG_DIMENSION_NONE, &error);
  if (rollup == NULL)
    {
      print_error (error->message);
      return EXIT_PROCESSING;
    }

  units = collect_units_preorder (structure);
  for (guint i = 0; i < units->len; i++)
    {
      ReorgUnit *unit = g_ptr_array_index (units, i);
      char *label = unit_label (unit);
      guint width = 2 * reorg_unit_get_depth (unit) + g_utf8_strlen (label, -1);

      g_ptr_array_add (labels, label);
      label_width = MAX (label_width, width);
    }

  plan_date = format_date (reorg_plan_get_date (plan));
  structure_date = format_date (reorg_structure_get_date (structure));

  printf ("Organisation:  %s\n", organisation != NULL && *organisation != '\0' ? organisation : "(not named)");
  printf ("Date:          %s\n", plan_date);
  if (g_strcmp0 (plan_date, structure_date) != 0)
    printf ("Establishment: %s\n", structure_date);
  printf ("Units: %u, posts: %u\n\n",
          reorg_structure_get_n_units (structure),
          reorg_structure_get_n_posts (structure));

  print_padded ("Unit", label_width);
  printf (" %*s %*s %*s %*s\n",
          COL_FTE, "FTE", COL_POSTS, "Posts", COL_COST, "Annual cost", COL_VACANT, "Vacant");
  line_width = label_width + 4 + COL_FTE + COL_POSTS + COL_COST + COL_VACANT;
  rule = g_strnfill (line_width, '-');
  printf ("%s\n", rule);

  for (guint i = 0; i < units->len; i++)
    {
      ReorgUnit *unit = g_ptr_array_index (units, i);

      print_row (g_ptr_array_index (labels, i), reorg_unit_get_depth (unit),
                 label_width, reorg_rollup_get_totals (rollup, unit));
    }

  printf ("%s\n", rule);
  print_row ("Total", 0, label_width, reorg_rollup_get_total (rollup));

  return EXIT_OK;
}

static int
command_report (int    argc,
                char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ReorgPlan) plan = NULL;
  g_autofree char *help = NULL;

  context = g_option_context_new ("PLAN.json");
  g_option_context_set_summary (context,
    "Print the unit tree of a plan: for each unit the FTE, number of posts,\n"
    "annual cost (salary and on-costs) and vacant posts of its whole subtree,\n"
    "then the totals of the structure.");
  g_set_prgname ("reorg report");

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      print_error (error->message);
      return EXIT_USAGE;
    }

  if (argc != 2)
    {
      help = g_option_context_get_help (context, TRUE, NULL);
      print_error (argc < 2 ? "report: no plan file given" : "report: more than one plan file given");
      fputs (help, stderr);
      return EXIT_USAGE;
    }

  plan = reorg_plan_new_from_file (argv[1], &error);
  if (plan == NULL)
    {
      print_error (error->message);
      return EXIT_USAGE;
    }

  return report_plan (plan);
}

/* ---- reorg diff ---- */

#define COL_DELTA 12

/* A signed change: "+1.50", "-19.50", "0". */
static char *
format_signed_fte (const ReorgFte *fte)
{
  g_autofree char *text = reorg_fte_format (fte, 2);

  return fte->units > 0 ? g_strconcat ("+", text, NULL) : g_strdup (text);
}

static char *
format_signed_cost (const ReorgMoney *money)
{
  g_autofree char *text = reorg_money_format (money, REORG_MONEY_SCALE_UNITS, 0, REORG_MONEY_FORMAT_SYMBOL);

  return money->pence > 0 ? g_strconcat ("+", text, NULL) : g_strdup (text);
}

static char *
format_signed_count (gint64 n)
{
  return n != 0 ? g_strdup_printf ("%+" G_GINT64_FORMAT, n) : g_strdup ("0");
}

/* Right-aligns text in width characters (not bytes: the pound sign is two). */
static void
print_cell (const char *text,
            guint       width)
{
  glong len = g_utf8_strlen (text, -1);

  for (glong i = len; i < (glong) width; i++)
    fputc (' ', stdout);
  fputs (text, stdout);
}

static void
print_diff_row (const char         *label,
                guint               depth,
                guint               label_width,
                const ReorgDiffRow *row)
{
  const ReorgTotals *before = reorg_diff_row_get_before (row);
  const ReorgTotals *after = reorg_diff_row_get_after (row);
  g_autofree char *fte_before = reorg_fte_format (reorg_totals_get_fte (before), 2);
  g_autofree char *fte_after = reorg_fte_format (reorg_totals_get_fte (after), 2);
  g_autofree char *fte_change = format_signed_fte (reorg_diff_row_get_fte_change (row));
  g_autofree char *cost_change = format_signed_cost (reorg_diff_row_get_cost_change (row));
  g_autofree char *posts_change = format_signed_count (reorg_diff_row_get_posts_change (row));
  g_autofree char *vacancies_change = format_signed_count (reorg_diff_row_get_vacancies_change (row));

  for (guint i = 0; i < depth; i++)
    fputs ("  ", stdout);
  print_padded (label, label_width - 2 * depth);
  fputc (' ', stdout);
  print_cell (fte_before, COL_FTE);
  print_cell (fte_after, COL_FTE);
  print_cell (fte_change, COL_FTE);
  printf (" %*" G_GUINT64_FORMAT " %*" G_GUINT64_FORMAT " ", COL_POSTS, reorg_totals_get_posts (before),
          COL_POSTS, reorg_totals_get_posts (after));
  print_cell (posts_change, COL_POSTS);
  fputc (' ', stdout);
  print_cell (cost_change, COL_COST);
  print_cell (vacancies_change, COL_VACANT + 2);
  fputc ('\n', stdout);
}

static void
print_post_list (const char *heading,
                 GListModel *posts)
{
  guint n = g_list_model_get_n_items (posts);

  printf ("%s: %u\n", heading, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReorgPost) post = g_list_model_get_item (posts, i);
      g_autofree char *fte = reorg_fte_to_string (reorg_post_get_fte (post));
      g_autofree char *salary = reorg_money_to_string (reorg_post_get_salary (post));
      const char *title = reorg_post_get_title (post);

      printf ("  %-20s %-45s %6s FTE %12s\n", reorg_post_get_reference (post),
              title != NULL ? title : "", fte, salary);
    }
}

static void
print_unit_list (const char *heading,
                 GListModel *units)
{
  guint n = g_list_model_get_n_items (units);

  if (n == 0)
    return;
  printf ("%s: %u\n", heading, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReorgUnit) unit = g_list_model_get_item (units, i);
      g_autofree char *label = unit_label (unit);

      printf ("  %-20s %s\n", reorg_unit_get_reference (unit), label);
    }
}

static const char *
post_field_names (ReorgPostFields fields,
                  GString        *out)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (REORG_TYPE_POST_FIELDS);

  g_string_truncate (out, 0);
  for (guint i = 0; i < klass->n_values; i++)
    {
      if (klass->values[i].value != 0 && (fields & klass->values[i].value) == klass->values[i].value)
        g_string_append_printf (out, "%s%s", out->len ? ", " : "", klass->values[i].value_nick);
    }
  return out->str;
}

/* Prints a diff: the unit table, then the lists. thresholds: salaries in
 * pence above which established and disestablished posts are listed. */
static int
print_diff (ReorgDiff    *diff,
            const gint64 *thresholds,
            guint         n_thresholds,
            gboolean      list_posts)
{
  g_autoptr(GPtrArray) rows = reorg_diff_get_rows (diff);
  g_autoptr(GPtrArray) changed = reorg_diff_get_posts_changed (diff);
  g_autoptr(GListModel) added = reorg_diff_get_posts_added (diff);
  g_autoptr(GListModel) removed = reorg_diff_get_posts_removed (diff);
  g_autoptr(GListModel) units_added = reorg_diff_get_units_added (diff);
  g_autoptr(GListModel) units_removed = reorg_diff_get_units_removed (diff);
  g_autoptr(GListModel) units_moved = reorg_diff_get_units_moved (diff);
  g_autoptr(GListModel) units_renamed = reorg_diff_get_units_renamed (diff);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *rule = NULL;
  guint label_width = strlen ("Unit");

  for (guint i = 0; i < rows->len; i++)
    {
      const ReorgDiffRow *row = g_ptr_array_index (rows, i);
      ReorgUnit *unit = reorg_diff_row_get_after_unit (row);
      char *label;

      if (unit == NULL)
        unit = reorg_diff_row_get_before_unit (row);
      label = unit_label (unit);
      if (reorg_diff_row_get_after_unit (row) == NULL)
        {
          char *gone = g_strconcat (label, " (removed)", NULL);
          g_free (label);
          label = gone;
        }
      else if (reorg_diff_row_get_before_unit (row) == NULL)
        {
          char *new_label = g_strconcat (label, " (new)", NULL);
          g_free (label);
          label = new_label;
        }
      g_ptr_array_add (labels, label);
      label_width = MAX (label_width, 2 * reorg_diff_row_get_depth (row) + g_utf8_strlen (label, -1));
    }

  print_padded ("Unit", label_width);
  fputc (' ', stdout);
  print_cell ("FTE before", COL_FTE);
  print_cell ("after", COL_FTE);
  print_cell ("change", COL_FTE);
  printf (" %*s %*s ", COL_POSTS, "Posts", COL_POSTS, "after");
  print_cell ("change", COL_POSTS);
  fputc (' ', stdout);
  print_cell ("Cost change", COL_COST);
  print_cell ("Vacant", COL_VACANT + 2);
  fputc ('\n', stdout);
  rule = g_strnfill (label_width + 3 * COL_FTE + 3 * COL_POSTS + COL_COST + COL_VACANT + 7, '-');
  printf ("%s\n", rule);
  for (guint i = 0; i < rows->len; i++)
    {
      const ReorgDiffRow *row = g_ptr_array_index (rows, i);
      print_diff_row (g_ptr_array_index (labels, i), reorg_diff_row_get_depth (row), label_width, row);
    }
  printf ("%s\n", rule);
  print_diff_row ("Total", 0, label_width, reorg_diff_get_total (diff));

  printf ("\nPosts established: %u, disestablished: %u, changed: %u\n",
          g_list_model_get_n_items (added), g_list_model_get_n_items (removed), changed->len);
  print_unit_list ("Units added", units_added);
  print_unit_list ("Units removed", units_removed);
  print_unit_list ("Units moved", units_moved);
  print_unit_list ("Units renamed", units_renamed);

  for (guint t = 0; t < n_thresholds; t++)
    {
      ReorgMoney threshold = { thresholds[t] };
      g_autofree char *amount = reorg_money_to_string (&threshold);
      g_autoptr(GListModel) over_added = reorg_diff_get_posts_over (diff, &threshold, TRUE);
      g_autoptr(GListModel) over_removed = reorg_diff_get_posts_over (diff, &threshold, FALSE);
      g_autofree char *heading_added = g_strdup_printf ("Posts over %s established", amount);
      g_autofree char *heading_removed = g_strdup_printf ("Posts over %s disestablished", amount);

      printf ("\n");
      if (list_posts)
        {
          print_post_list (heading_added, over_added);
          print_post_list (heading_removed, over_removed);
        }
      else
        {
          printf ("%s: %u\n", heading_added, g_list_model_get_n_items (over_added));
          printf ("%s: %u\n", heading_removed, g_list_model_get_n_items (over_removed));
        }
    }

  if (list_posts)
    {
      printf ("\n");
      print_post_list ("Posts established", added);
      print_post_list ("Posts disestablished", removed);
      printf ("Posts changed: %u\n", changed->len);
      for (guint i = 0; i < changed->len; i++)
        {
          const ReorgPostChange *change = g_ptr_array_index (changed, i);
          printf ("  %-20s %s\n", reorg_post_change_get_reference (change),
                  post_field_names (reorg_post_change_get_fields (change), names));
        }
    }
  return EXIT_OK;
}

/* Parses --threshold values (any form reorg_money_parse reads). */
static gboolean
parse_thresholds (char      **texts,
                  GArray     *out,
                  GError    **error)
{
  if (texts == NULL || texts[0] == NULL)
    {
      gint64 fifty = REORG_DIFF_DEFAULT_THRESHOLD_PENCE;
      g_array_append_val (out, fifty);
      return TRUE;
    }
  for (guint i = 0; texts[i] != NULL; i++)
    {
      g_autoptr(ReorgMoney) money = reorg_money_parse (texts[i], REORG_MONEY_SCALE_UNITS, error);

      if (money == NULL)
        {
          g_prefix_error (error, "--threshold: ");
          return FALSE;
        }
      g_array_append_val (out, money->pence);
    }
  return TRUE;
}

static int
command_diff (int    argc,
              char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ReorgPlan) before = NULL;
  g_autoptr(ReorgPlan) after = NULL;
  g_autoptr(ReorgDiff) diff = NULL;
  g_autoptr(GArray) thresholds = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_auto(GStrv) threshold_texts = NULL;
  gboolean list_posts = FALSE;
  GOptionEntry entries[] = {
    { "threshold", 't', 0, G_OPTION_ARG_STRING_ARRAY, &threshold_texts,
      "List posts with a salary over AMOUNT established and disestablished (default £50,000; repeatable)", "AMOUNT" },
    { "posts", 'p', 0, G_OPTION_ARG_NONE, &list_posts, "List every post established, disestablished and changed", NULL },
    G_OPTION_ENTRY_NULL
  };

  context = g_option_context_new ("A.json B.json");
  g_option_context_set_summary (context,
    "Print what changed from the structure of plan A to the structure of plan B:\n"
    "per unit the FTE, posts, annual cost and vacancies before, after and the\n"
    "change; the units added, removed, moved and renamed; and the posts over a\n"
    "salary threshold established and disestablished.");
  g_option_context_add_main_entries (context, entries, NULL);
  g_set_prgname ("reorg diff");

  if (!g_option_context_parse (context, &argc, &argv, &error) ||
      !parse_thresholds (threshold_texts, thresholds, &error))
    {
      print_error (error->message);
      return EXIT_USAGE;
    }
  if (argc != 3)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);
      print_error ("diff: give two plan files");
      fputs (help, stderr);
      return EXIT_USAGE;
    }

  if ((before = reorg_plan_new_from_file (argv[1], &error)) == NULL ||
      (after = reorg_plan_new_from_file (argv[2], &error)) == NULL)
    {
      print_error (error->message);
      return EXIT_USAGE;
    }

  diff = reorg_diff_new (reorg_plan_get_structure (before), reorg_plan_get_structure (after), &error);
  if (diff == NULL)
    {
      print_error (error->message);
      return EXIT_PROCESSING;
    }
  return print_diff (diff, (const gint64 *) thresholds->data, thresholds->len, list_posts);
}

/* ---- main ---- */

int
main (int    argc,
      char **argv)
{
  const char *name;

  setlocale (LC_ALL, "");
  g_set_prgname ("reorg");

  if (argc < 2)
    {
      print_usage (stderr);
      return EXIT_USAGE;
    }

  name = argv[1];
  if (strcmp (name, "--help") == 0 || strcmp (name, "-h") == 0 || strcmp (name, "help") == 0)
    {
      print_usage (stdout);
      return EXIT_OK;
    }

  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (strcmp (name, commands[i].name) == 0)
        return commands[i].run (argc - 1, argv + 1);
    }

  {
    g_autofree char *message = g_strdup_printf ("unknown command '%s'", name);

    print_error (message);
    print_usage (stderr);
  }
  return EXIT_USAGE;
}
