/* reorg.c: a command-line front end to the Reorg library
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 *   reorg report PLAN.json     the unit tree of a plan with subtree totals and,
 *                              for each proposal, the target establishment,
 *                              the diff, savings by financial year, the
 *                              workforce impact and the consultation check
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
#include <json-glib/json-glib.h>

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
static int command_check (int argc, char **argv);
static int report_proposal (ReorgPlan     *plan,
                            ReorgProposal *proposal,
                            const GDate   *as_at,
                            guint          n_years);

static const Command commands[] = {
  { "report", "PLAN.json", "Print the unit tree of a plan with FTE, posts, cost and vacancies", command_report },
  { "diff", "A.json B.json", "Print what changed from the structure of plan A to that of plan B", command_diff },
  { "check", "PLAN.json", "Print where the plan's published tables disagree (exit 1 if they do)", command_check },
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

/* YYYY-MM-DD, strictly. */
static gboolean
parse_iso_date (const char *text,
                GDate      *out)
{
  int y, m, d, end = 0;

  if (strlen (text) != 10 || sscanf (text, "%4d-%2d-%2d%n", &y, &m, &d, &end) != 3 || end != 10 ||
      !g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_set_dmy (out, d, m, y);
  return TRUE;
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

/* The unit tree of a structure with the totals of each unit's subtree. */
static int
print_structure_table (ReorgStructure *structure)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *rule = NULL;
  g_autoptr(ReorgRollup) rollup = NULL;
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
report_plan (ReorgPlan *plan)
{
  g_autofree char *plan_date = format_date (reorg_plan_get_date (plan));
  g_autofree char *structure_date = NULL;
  ReorgStructure *structure = reorg_plan_get_structure (plan);
  const char *organisation = reorg_plan_get_organisation (plan);

  structure_date = format_date (reorg_structure_get_date (structure));
  printf ("Organisation:  %s\n", organisation != NULL && *organisation != '\0' ? organisation : "(not named)");
  printf ("Date:          %s\n", plan_date);
  if (g_strcmp0 (plan_date, structure_date) != 0)
    printf ("Establishment: %s\n", structure_date);
  return print_structure_table (structure);
}

static int
command_report (int    argc,
                char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ReorgPlan) plan = NULL;
  g_autofree char *help = NULL;

  g_autofree char *proposal_name = NULL;
  g_autofree char *as_at_text = NULL;
  gint n_years = 3;
  GDate as_at;
  GOptionEntry entries[] = {
    { "proposal", 'P', 0, G_OPTION_ARG_STRING, &proposal_name, "Report only this proposal", "NAME" },
    { "as-at", 'a', 0, G_OPTION_ARG_STRING, &as_at_text,
      "Show the target establishment as at DATE (default: after every change)", "YYYY-MM-DD" },
    { "years", 'y', 0, G_OPTION_ARG_INT, &n_years, "Financial years of savings to show (default 3)", "N" },
    G_OPTION_ENTRY_NULL
  };

  context = g_option_context_new ("PLAN.json");
  g_option_context_set_summary (context,
    "Print the unit tree of a plan: for each unit the FTE, number of posts,\n"
    "annual cost (salary and on-costs) and vacant posts of its whole subtree,\n"
    "then the totals of the structure. For each proposal in the plan, print\n"
    "the target establishment, the diff, the savings by financial year, the\n"
    "workforce impact and the collective consultation check.");
  g_option_context_add_main_entries (context, entries, NULL);
  g_set_prgname ("reorg report");
  g_date_clear (&as_at, 1);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      print_error (error->message);
      return EXIT_USAGE;
    }
  if (as_at_text != NULL && !parse_iso_date (as_at_text, &as_at))
    {
      print_error ("report: --as-at takes a date of the form YYYY-MM-DD");
      return EXIT_USAGE;
    }
  if (n_years < 1 || n_years > 50)
    {
      print_error ("report: --years takes a number from 1 to 50");
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

  {
    int status = report_plan (plan);
    g_autoptr(GListModel) proposals = reorg_plan_get_proposals (plan);
    const GDate *date = g_date_valid (&as_at) ? &as_at : NULL;

    if (proposal_name != NULL)
      {
        ReorgProposal *proposal = reorg_plan_lookup_proposal (plan, proposal_name);

        if (proposal == NULL)
          {
            g_autofree char *message = g_strdup_printf ("report: the plan has no proposal '%s'", proposal_name);
            print_error (message);
            return EXIT_USAGE;
          }
        return MAX (status, report_proposal (plan, proposal, date, n_years));
      }
    for (guint i = 0; i < g_list_model_get_n_items (proposals) && status == EXIT_OK; i++)
      {
        g_autoptr(ReorgProposal) proposal = g_list_model_get_item (proposals, i);
        status = report_proposal (plan, proposal, date, n_years);
      }
    return status;
  }
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

/* ---- reorg report: proposals ---- */

static char *
format_pounds (const ReorgMoney *money)
{
  return reorg_money_format (money, REORG_MONEY_SCALE_UNITS, 0, REORG_MONEY_FORMAT_SYMBOL | REORG_MONEY_FORMAT_BRACKETS);
}

/* The first financial year to show: the one holding the earliest change. */
static ReorgFinancialYear *
first_year_of (ReorgPlan     *plan,
               ReorgProposal *proposal,
               GError       **error)
{
  const GDate *earliest = reorg_plan_get_date (plan);

  for (guint i = 0; i < reorg_proposal_get_n_changes (proposal); i++)
    {
      const GDate *date = reorg_change_get_date (reorg_proposal_get_change (proposal, i));

      if (earliest == NULL || g_date_compare (date, earliest) < 0)
        earliest = date;
    }
  if (earliest == NULL)
    {
      g_set_error_literal (error, REORG_ERROR, REORG_ERROR_INVALID, "the proposal has no changes and the plan no date");
      return NULL;
    }
  return reorg_financial_year_new_for_date (earliest, reorg_plan_get_financial_year_start (plan), error);
}

/* A full-year effect in pounds and as councils write it in text (£4.8m). */
static void
print_full_year (const ReorgMoney *money)
{
  g_autofree char *full = format_pounds (money);
  g_autofree char *short_form = reorg_money_format (money, REORG_MONEY_SCALE_MILLIONS, 1,
                                                    REORG_MONEY_FORMAT_SYMBOL | REORG_MONEY_FORMAT_SUFFIX |
                                                    REORG_MONEY_FORMAT_BRACKETS);
  print_cell (full, 13);
  print_cell (short_form, 9);
  fputc ('\n', stdout);
}

static void
print_savings_table (const char   *heading,
                     ReorgSavings *savings,
                     GPtrArray    *lines)
{
  guint n_years = reorg_savings_get_n_years (savings);
  guint width = strlen (heading);

  for (guint i = 0; i < lines->len; i++)
    {
      const char *label = reorg_savings_line_get_label (g_ptr_array_index (lines, i));
      width = MAX (width, g_utf8_strlen (label, -1));
    }

  print_padded (heading, width);
  for (guint y = 0; y < n_years; y++)
    {
      g_autofree char *label = reorg_financial_year_get_label (reorg_savings_get_year (savings, y));
      print_cell (label, 13);
    }
  print_cell ("Full year", 13);
  print_cell ("", 9);
  fputc ('\n', stdout);
  for (guint i = 0; i < lines->len; i++)
    {
      const ReorgSavingsLine *line = g_ptr_array_index (lines, i);

      print_padded (reorg_savings_line_get_label (line), width);
      for (guint y = 0; y < n_years; y++)
        {
          g_autofree char *amount = format_pounds (reorg_savings_line_get_amount (line, y));
          print_cell (amount, 13);
        }
      print_full_year (reorg_savings_line_get_full_year_effect (line));
    }
  print_padded ("Total", width);
  for (guint y = 0; y < n_years; y++)
    {
      g_autofree char *amount = format_pounds (reorg_savings_get_total (savings, y));
      print_cell (amount, 13);
    }
  print_full_year (reorg_savings_get_full_year_total (savings));
}

static void
print_target (ReorgPlan    *plan,
              ReorgSavings *savings)
{
  const char *target_text = reorg_plan_get_metadata (plan, "savings_target");
  const ReorgMoney *full = reorg_savings_get_full_year_total (savings);
  g_autofree char *full_short = reorg_money_format (full, REORG_MONEY_SCALE_MILLIONS, 1,
                                                    REORG_MONEY_FORMAT_SYMBOL | REORG_MONEY_FORMAT_SUFFIX);
  g_autoptr(ReorgMoney) target = NULL;

  if (target_text == NULL)
    {
      printf ("Full-year savings: %s\n", full_short);
      return;
    }
  target = reorg_money_parse (target_text, REORG_MONEY_SCALE_UNITS, NULL);
  if (target == NULL || target->pence <= 0)
    {
      printf ("Full-year savings: %s (the plan's savings_target \"%s\" is not an amount)\n", full_short, target_text);
      return;
    }
  {
    g_autofree char *target_short = reorg_money_format (target, REORG_MONEY_SCALE_MILLIONS, 1,
                                                        REORG_MONEY_FORMAT_SYMBOL | REORG_MONEY_FORMAT_SUFFIX |
                                                        REORG_MONEY_FORMAT_TRIM);
    g_autoptr(ReorgMoney) share = reorg_money_multiply_ratio (full, 1000, target->pence, NULL);

    printf ("Full-year savings: %s towards the savings target of %s", full_short, target_short);
    if (share != NULL)
      printf (" (%" G_GINT64_FORMAT ".%" G_GINT64_FORMAT "%%)", share->pence / 10, ABS (share->pence % 10));
    printf ("\n");
  }
}

static void
print_workforce (ReorgSavings *savings)
{
  g_autoptr(GPtrArray) rows = reorg_savings_get_workforce_impact (savings);

  printf ("%-12s %-8s %9s %9s %9s %9s %9s %9s %9s\n", "Service", "Year", "Removed", "Filled",
          "Vacant", "Perm.", "Temp.", "Added", "Net");
  for (guint i = 0; i < rows->len; i++)
    {
      const ReorgWorkforceRow *row = g_ptr_array_index (rows, i);
      g_autofree char *year = reorg_financial_year_get_label (reorg_workforce_row_get_year (row));
      const ReorgFte *values[] = {
        reorg_workforce_row_get_removed (row), reorg_workforce_row_get_removed_filled (row),
        reorg_workforce_row_get_removed_vacant (row), reorg_workforce_row_get_removed_permanent (row),
        reorg_workforce_row_get_removed_temporary (row), reorg_workforce_row_get_added (row),
        reorg_workforce_row_get_net_reduction (row),
      };

      printf ("%-12s %-8s", reorg_workforce_row_get_service (row), year);
      for (guint v = 0; v < G_N_ELEMENTS (values); v++)
        {
          g_autofree char *text = reorg_fte_format (values[v], 2);
          printf (" %9s", text);
        }
      printf ("\n");
    }
}

static void
print_consultation (ReorgSavings *savings)
{
  g_autoptr(GPtrArray) checks = reorg_savings_check_consultation (savings, REORG_CONSULTATION_SCOPE_ESTABLISHMENT);

  for (guint i = 0; i < checks->len; i++)
    {
      const ReorgConsultation *c = g_ptr_array_index (checks, i);
      g_autofree char *first = format_date (reorg_consultation_get_window_first (c));
      g_autofree char *start = format_date (reorg_consultation_get_latest_start (c));

      printf ("%-12s potential redundancies %u, at most %u within 90 days",
              reorg_consultation_get_establishment (c),
              reorg_consultation_get_potential_redundancies (c),
              reorg_consultation_get_largest_in_window (c));
      if (reorg_consultation_get_duty (c) == REORG_CONSULTATION_DUTY_NONE)
        printf (": no collective consultation duty\n");
      else
        printf (": at least %u days' collective consultation%s, starting by %s (first dismissal %s)\n",
                reorg_consultation_get_days (c),
                reorg_consultation_get_hr1_required (c) ? " and an HR1 notice" : "",
                start, first);
    }
}

/* The one-off costs of the savings (if any), then per financial year the
 * one-off total, the savings, the net cost (one-off costs less savings; in
 * brackets, a net saving) and the call on reserves they imply. */
static void
print_one_off_costs (ReorgSavings *savings)
{
  g_autoptr(GPtrArray) costs = reorg_savings_get_one_off_costs (savings);
  g_autoptr(GEnumClass) kinds = g_type_class_ref (REORG_TYPE_ONE_OFF_COST_KIND);
  guint n_years = reorg_savings_get_n_years (savings);
  guint width = strlen ("One-off cost");

  for (guint i = 0; i < costs->len; i++)
    {
      const char *label = reorg_one_off_cost_get_label (g_ptr_array_index (costs, i));

      if (label != NULL)
        width = MAX (width, g_utf8_strlen (label, -1));
    }

  if (costs->len > 0)
    {
      print_padded ("One-off cost", width);
      printf ("  %-15s %-10s", "Kind", "Date");
      print_cell ("Amount", 14);
      fputc ('\n', stdout);
    }
  for (guint i = 0; i < costs->len; i++)
    {
      const ReorgOneOffCost *cost = g_ptr_array_index (costs, i);
      const char *label = reorg_one_off_cost_get_label (cost);
      GEnumValue *kind = g_enum_get_value (kinds, reorg_one_off_cost_get_kind (cost));
      g_autofree char *date = format_date (reorg_one_off_cost_get_date (cost));
      g_autofree char *amount = format_pounds (reorg_one_off_cost_get_amount (cost));

      print_padded (label != NULL ? label : "", width);
      printf ("  %-15s %-10s", kind != NULL ? kind->value_nick : "?", date);
      print_cell (amount, 14);
      fputc ('\n', stdout);
    }

  if (costs->len > 0)
    fputc ('\n', stdout);
  printf ("%-9s", "Year");
  print_cell ("One-off costs", 15);
  print_cell ("Savings", 15);
  print_cell ("Net cost", 15);
  fputc ('\n', stdout);
  for (guint y = 0; y < n_years; y++)
    {
      g_autofree char *year = reorg_financial_year_get_label (reorg_savings_get_year (savings, y));
      g_autofree char *one_off = format_pounds (reorg_savings_get_one_off_total (savings, y));
      g_autofree char *saved = format_pounds (reorg_savings_get_total (savings, y));
      g_autofree char *net = format_pounds (reorg_savings_get_net_cost (savings, y));

      printf ("%-9s", year);
      print_cell (one_off, 15);
      print_cell (saved, 15);
      print_cell (net, 15);
      fputc ('\n', stdout);
    }
  {
    g_autofree char *reserves = format_pounds (reorg_savings_get_reserves_call (savings));

    printf ("Net cost = one-off costs - savings; in brackets, a net saving.\n");
    printf ("Call on reserves (the net costs of the years with one): %s\n", reserves);
  }
}

static int
report_proposal (ReorgPlan     *plan,
                 ReorgProposal *proposal,
                 const GDate   *as_at,
                 guint          n_years)
{
  ReorgStructure *base = reorg_plan_get_structure (plan);
  g_autoptr(GPtrArray) problems = reorg_proposal_validate (proposal, base);
  g_autoptr(ReorgStructure) after = NULL;
  g_autoptr(ReorgDiff) diff = NULL;
  g_autoptr(ReorgSavings) savings = NULL;
  g_autoptr(ReorgProposal) costed = NULL;
  g_autoptr(ReorgFinancialYear) first = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *when = as_at != NULL ? format_date (as_at) : g_strdup ("after every change");
  const char *description = reorg_proposal_get_description (proposal);
  const gint64 thresholds[] = { 5000000, 4500000 };
  const char *groupings[] = { "By group", "By service", "By funding source" };
  const ReorgSavingsGrouping grouping_values[] = {
    REORG_SAVINGS_GROUPING_GROUP, REORG_SAVINGS_GROUPING_SERVICE, REORG_SAVINGS_GROUPING_FUNDING,
  };

  printf ("\n== Proposal: %s ==\n", reorg_proposal_get_name (proposal));
  if (description != NULL)
    printf ("%s\n", description);
  printf ("%u changes\n", reorg_proposal_get_n_changes (proposal));

  if (problems->len > 0)
    {
      printf ("\nThe proposal does not apply to the establishment: %u problems\n", problems->len);
      for (guint i = 0; i < problems->len; i++)
        {
          const ReorgProblem *problem = g_ptr_array_index (problems, i);
          printf ("  %s: %s\n", reorg_problem_get_code (problem), reorg_problem_get_message (problem));
        }
      return EXIT_PROCESSING;
    }

  after = reorg_proposal_apply (proposal, base, as_at, &error);
  if (after == NULL || (diff = reorg_diff_new (base, after, &error)) == NULL)
    {
      print_error (error->message);
      return EXIT_PROCESSING;
    }

  printf ("\n-- Target establishment (%s) --\n", when);
  print_structure_table (after);

  printf ("\n-- Changes to the establishment (%s) --\n", when);
  print_diff (diff, thresholds, G_N_ELEMENTS (thresholds), FALSE);
  {
    ReorgMoney lower = { thresholds[1] }, upper = { thresholds[0] };
    g_autoptr(GListModel) over_lower = reorg_diff_get_posts_over (diff, &lower, FALSE);
    g_autoptr(GListModel) over_upper = reorg_diff_get_posts_over (diff, &upper, FALSE);

    printf ("Posts over £45,000 and up to £50,000 disestablished: %u\n",
            g_list_model_get_n_items (over_lower) - g_list_model_get_n_items (over_upper));
  }

  /* As at a date, the money is that of the changes made by then. */
  if (as_at != NULL)
    {
      costed = reorg_proposal_new (reorg_proposal_get_name (proposal));
      for (guint i = 0; i < reorg_proposal_get_n_changes (proposal); i++)
        {
          ReorgChange *change = reorg_proposal_get_change (proposal, i);
          if (g_date_compare (reorg_change_get_date (change), as_at) <= 0)
            reorg_proposal_add_change (costed, change);
        }
      {
        g_autoptr(GPtrArray) costs = reorg_proposal_get_one_off_costs (proposal);

        for (guint i = 0; i < costs->len; i++)
          {
            const ReorgOneOffCost *cost = g_ptr_array_index (costs, i);
            if (g_date_compare (reorg_one_off_cost_get_date (cost), as_at) <= 0)
              reorg_proposal_add_one_off_cost (costed, cost);
          }
      }
    }
  else
    costed = g_object_ref (proposal);

  first = first_year_of (plan, proposal, &error);
  if (first == NULL ||
      (savings = reorg_savings_new (costed, base, reorg_plan_get_financial_year_start (plan),
                                    first, n_years, &error)) == NULL)
    {
      print_error (error->message);
      return EXIT_PROCESSING;
    }

  printf ("\n-- Savings by financial year of the changes %s (part-year effects; brackets are costs) --\n",
          as_at != NULL ? "made by then" : "of the proposal");
  for (guint g = 0; g < G_N_ELEMENTS (groupings); g++)
    {
      g_autoptr(GPtrArray) lines = reorg_savings_get_lines (savings, grouping_values[g]);

      if (g > 0)
        printf ("\n");
      print_savings_table (groupings[g], savings, lines);
    }
  if (reorg_proposal_get_n_one_off_costs (costed) > 0 || reorg_savings_get_reserves_call (savings)->pence > 0)
    {
      printf ("\n-- %s --\n", reorg_proposal_get_n_one_off_costs (costed) > 0
              ? "One-off costs, net cost and the call on reserves" : "Net cost and the call on reserves");
      print_one_off_costs (savings);
    }
  printf ("\n");
  print_target (plan, savings);

  printf ("\n-- Workforce impact: FTE by service and financial year --\n");
  print_workforce (savings);

  printf ("\n-- Collective consultation (potential redundancies: filled posts disestablished) --\n");
  print_consultation (savings);
  return EXIT_OK;
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

/* ---- reorg check ---- */

static int
command_check (int    argc,
               char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ReorgPlan) plan = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, "Print one JSON object per finding, one per line", NULL },
    G_OPTION_ENTRY_NULL
  };

  context = g_option_context_new ("PLAN.json");
  g_option_context_set_summary (context,
    "Check the savings schedules and budgets of a plan against themselves and\n"
    "each other, and print every finding, one per line:\n"
    "SEVERITY code table row column: message (expected X, found Y).\n"
    "Exit status: 0 with no findings, 1 with findings, 2 when the plan cannot be read.");
  g_option_context_add_main_entries (context, entries, NULL);
  g_set_prgname ("reorg check");

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      print_error (error->message);
      return EXIT_USAGE;
    }
  if (argc != 2)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);
      print_error ("check: give one plan file");
      fputs (help, stderr);
      return EXIT_USAGE;
    }
  if ((plan = reorg_plan_new_from_file (argv[1], &error)) == NULL)
    {
      print_error (error->message);
      return EXIT_USAGE;
    }
  if ((findings = reorg_plan_check (plan, &error)) == NULL)
    {
      print_error (error->message);
      return EXIT_USAGE;
    }

  for (guint i = 0; i < findings->len; i++)
    {
      ReorgFinding *finding = g_ptr_array_index (findings, i);

      if (json)
        {
          static const char *const severities[] = { "error", "warning", "info" };
          g_autoptr(JsonBuilder) b = json_builder_new ();
          g_autoptr(JsonGenerator) generator = json_generator_new ();
          g_autoptr(JsonNode) root = NULL;
          g_autofree char *text = NULL;
          const char *members[] = { "code", "table", "row", "column", "expected", "found", "message" };
          const char *values[] = {
            reorg_finding_get_code (finding), reorg_finding_get_table (finding),
            reorg_finding_get_row (finding), reorg_finding_get_column (finding),
            reorg_finding_get_expected (finding), reorg_finding_get_found (finding),
            reorg_finding_get_message (finding),
          };

          json_builder_begin_object (b);
          json_builder_set_member_name (b, "severity");
          json_builder_add_string_value (b, severities[MIN ((guint) reorg_finding_get_severity (finding), 2u)]);
          for (gsize m = 0; m < G_N_ELEMENTS (members); m++)
            {
              json_builder_set_member_name (b, members[m]);
              json_builder_add_string_value (b, values[m]);
            }
          json_builder_end_object (b);
          root = json_builder_get_root (b);
          json_generator_set_root (generator, root);
          text = json_generator_to_data (generator, NULL);
          printf ("%s\n", text);
        }
      else
        {
          g_autofree char *line = reorg_finding_to_string (finding);
          printf ("%s\n", line);
        }
    }
  return findings->len == 0 ? EXIT_OK : EXIT_PROCESSING;
}
