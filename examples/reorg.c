/* reorg.c: a command-line front end to the Reorg library
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 *   reorg report PLAN.json     the unit tree of a plan with subtree totals
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

static const Command commands[] = {
  { "report", "PLAN.json", "Print the unit tree of a plan with FTE, posts, cost and vacancies", command_report },
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
    fprintf (out, "  %-8s %-10s %s\n", commands[i].name, commands[i].parameters,
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
