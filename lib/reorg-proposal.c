/* reorg-proposal.c: a restructure as an ordered set of dated changes
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "reorg-change-private.h"
#include "reorg-effect-private.h"

/**
 * ReorgProblem:
 *
 * One problem that [method@Reorg.Proposal.validate] found in a change of a
 * proposal: the change's position and label, a stable code and a message
 * that names the change (`change 4 (FISS to Families First): post
 * 'FISS-012' does not exist`).
 *
 * The codes are:
 *
 * - `invalid-value`: a value the change carries is wrong on its own (an
 *   empty reference, an FTE that is not above zero, a negative salary, a
 *   post reporting to itself, a unit merged into itself), or a cost
 *   overflows;
 * - `unknown-post`, `unknown-unit`: no post or unit has the reference;
 * - `post-already-gone`, `unit-already-gone`: the post or unit existed but
 *   an earlier change removed it;
 * - `duplicate-reference`: a new post or unit takes a reference in use;
 * - `unit-cycle`: a move or merge would put a unit inside itself;
 * - `reporting-loop`: a reports-to line would close a loop;
 * - `post-has-reports`: a disestablished post still has direct reports;
 * - `unit-not-empty`: a closed unit still holds posts or units;
 * - `no-matching-posts`: a bulk disestablishment finds no post;
 * - `conflicting-changes`: two changes to one post on one date conflict
 *   (two different values of one field, or a change to a post that is
 *   disestablished the same day). The later change is the one reported.
 *
 * Since: 0.1
 */
struct _ReorgProblem
{
  guint  change_index;
  char  *label;
  char  *code;
  char  *reference;
  char  *message;
};

G_DEFINE_BOXED_TYPE (ReorgProblem, reorg_problem, reorg_problem_copy, reorg_problem_free)

/**
 * reorg_problem_copy:
 * @self: a problem
 *
 * Copies a problem.
 *
 * Returns: (transfer full): the copy
 *
 * Since: 0.1
 */
ReorgProblem *
reorg_problem_copy (const ReorgProblem *self)
{
  ReorgProblem *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (ReorgProblem, 1);
  copy->change_index = self->change_index;
  copy->label = g_strdup (self->label);
  copy->code = g_strdup (self->code);
  copy->reference = g_strdup (self->reference);
  copy->message = g_strdup (self->message);
  return copy;
}

/**
 * reorg_problem_free:
 * @self: (nullable): a problem
 *
 * Frees a problem.
 *
 * Since: 0.1
 */
void
reorg_problem_free (ReorgProblem *self)
{
  if (self == NULL)
    return;
  g_free (self->label);
  g_free (self->code);
  g_free (self->reference);
  g_free (self->message);
  g_free (self);
}

/**
 * reorg_problem_get_change_index:
 * @self: a problem
 *
 * Gets the position, from 0, of the change in its proposal.
 *
 * Returns: the position
 *
 * Since: 0.1
 */
guint
reorg_problem_get_change_index (const ReorgProblem *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->change_index;
}

/**
 * reorg_problem_get_label:
 * @self: a problem
 *
 * Gets the label of the change.
 *
 * Returns: (transfer none) (nullable): the label
 *
 * Since: 0.1
 */
const char *
reorg_problem_get_label (const ReorgProblem *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->label;
}

/**
 * reorg_problem_get_code:
 * @self: a problem
 *
 * Gets the problem's stable code, such as `unknown-post` (see
 * [struct@Reorg.Problem] for the list).
 *
 * Returns: (transfer none): the code
 *
 * Since: 0.1
 */
const char *
reorg_problem_get_code (const ReorgProblem *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->code;
}

/**
 * reorg_problem_get_reference:
 * @self: a problem
 *
 * Gets the reference of the post or unit the problem is about.
 *
 * Returns: (transfer none) (nullable): the reference, or %NULL
 *
 * Since: 0.1
 */
const char *
reorg_problem_get_reference (const ReorgProblem *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->reference;
}

/**
 * reorg_problem_get_message:
 * @self: a problem
 *
 * Gets the message, which names the change: `change 4 (FISS to Families
 * First): post 'FISS-012' does not exist`.
 *
 * Returns: (transfer none): the message
 *
 * Since: 0.1
 */
const char *
reorg_problem_get_message (const ReorgProblem *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->message;
}

/**
 * ReorgProposal:
 *
 * A restructure: a name, a description and an ordered list of
 * [class@Reorg.Change]s, each with its effective date, that turn a current
 * establishment into a target one.
 *
 * [method@Reorg.Proposal.apply] gives the target establishment as at any
 * date: a copy of the base [class@Reorg.Structure] with every change
 * effective on or before that date applied, in order of effective date
 * and, for equal dates, in the order of the list. The base is never
 * modified, and a failing change fails the whole apply.
 * [method@Reorg.Proposal.validate] runs the same simulation over every
 * change but keeps going past a failing change, and reports every problem
 * at once.
 *
 * Applying is linear in the size of the base and the number of posts the
 * changes touch (plus sorting the changes by date): lookups are by
 * reference in constant time.
 *
 * Since: 0.1
 */
struct _ReorgProposal
{
  GObject         parent_instance;

  char           *name;
  char           *description;
  ReorgListModel *changes;       /* of ReorgChange, ordered */
  GPtrArray      *one_off_costs; /* of ReorgOneOffCost, in the order added */
};

enum {
  PROP_0,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_N_CHANGES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (ReorgProposal, reorg_proposal, G_TYPE_OBJECT)

static void
reorg_proposal_finalize (GObject *object)
{
  ReorgProposal *self = REORG_PROPOSAL (object);

  g_free (self->name);
  g_free (self->description);
  g_clear_object (&self->changes);
  g_clear_pointer (&self->one_off_costs, g_ptr_array_unref);

  G_OBJECT_CLASS (reorg_proposal_parent_class)->finalize (object);
}

static void
reorg_proposal_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ReorgProposal *self = REORG_PROPOSAL (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_N_CHANGES:
      g_value_set_uint (value, reorg_proposal_get_n_changes (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
reorg_proposal_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  ReorgProposal *self = REORG_PROPOSAL (object);

  switch (prop_id)
    {
    case PROP_NAME:
      if (g_value_get_string (value) != NULL)
        reorg_proposal_set_name (self, g_value_get_string (value));
      break;
    case PROP_DESCRIPTION:
      reorg_proposal_set_description (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
reorg_proposal_class_init (ReorgProposalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = reorg_proposal_finalize;
  object_class->get_property = reorg_proposal_get_property;
  object_class->set_property = reorg_proposal_set_property;

  /**
   * ReorgProposal:name:
   *
   * The proposal's name, by which a [class@Reorg.Plan] finds it.
   *
   * Since: 0.1
   */
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", rw);
  /**
   * ReorgProposal:description:
   *
   * A description of the proposal, or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, rw);
  /**
   * ReorgProposal:n-changes:
   *
   * The number of changes in the proposal.
   *
   * Since: 0.1
   */
  properties[PROP_N_CHANGES] =
    g_param_spec_uint ("n-changes", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
reorg_proposal_init (ReorgProposal *self)
{
  self->name = g_strdup ("");
  self->changes = reorg_list_model_new (REORG_TYPE_CHANGE);
  self->one_off_costs = g_ptr_array_new_with_free_func ((GDestroyNotify) reorg_one_off_cost_free);
}

/**
 * reorg_proposal_new:
 * @name: the proposal's name
 *
 * Creates a proposal with no changes.
 *
 * Returns: (transfer full): a new proposal
 *
 * Since: 0.1
 */
ReorgProposal *
reorg_proposal_new (const char *name)
{
  g_return_val_if_fail (name != NULL, NULL);

  return g_object_new (REORG_TYPE_PROPOSAL, "name", name, NULL);
}

/**
 * reorg_proposal_get_name:
 * @self: a proposal
 *
 * Gets the proposal's name.
 *
 * Returns: (transfer none): the name
 *
 * Since: 0.1
 */
const char *
reorg_proposal_get_name (ReorgProposal *self)
{
  g_return_val_if_fail (REORG_IS_PROPOSAL (self), NULL);
  return self->name;
}

/**
 * reorg_proposal_set_name:
 * @self: a proposal
 * @name: the new name
 *
 * Renames the proposal.
 *
 * Since: 0.1
 */
void
reorg_proposal_set_name (ReorgProposal *self,
                         const char    *name)
{
  g_return_if_fail (REORG_IS_PROPOSAL (self));
  g_return_if_fail (name != NULL);

  if (reorg_set_str (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

/**
 * reorg_proposal_get_description:
 * @self: a proposal
 *
 * Gets the proposal's description.
 *
 * Returns: (transfer none) (nullable): the description
 *
 * Since: 0.1
 */
const char *
reorg_proposal_get_description (ReorgProposal *self)
{
  g_return_val_if_fail (REORG_IS_PROPOSAL (self), NULL);
  return self->description;
}

/**
 * reorg_proposal_set_description:
 * @self: a proposal
 * @description: (nullable): the description
 *
 * Sets the proposal's description.
 *
 * Since: 0.1
 */
void
reorg_proposal_set_description (ReorgProposal *self,
                                const char    *description)
{
  g_return_if_fail (REORG_IS_PROPOSAL (self));

  if (reorg_set_str (&self->description, description))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

/**
 * reorg_proposal_add_change:
 * @self: a proposal
 * @change: a change
 *
 * Appends @change to the proposal. Changes with the same effective date
 * apply in the order they were added.
 *
 * Since: 0.1
 */
void
reorg_proposal_add_change (ReorgProposal *self,
                           ReorgChange   *change)
{
  g_return_if_fail (REORG_IS_PROPOSAL (self));
  g_return_if_fail (REORG_IS_CHANGE (change));

  reorg_list_model_append (self->changes, change);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_CHANGES]);
}

/**
 * reorg_proposal_remove_change:
 * @self: a proposal
 * @position: the position of the change, from 0
 *
 * Removes the change at @position; the later changes move up one place.
 *
 * Since: 0.1
 */
void
reorg_proposal_remove_change (ReorgProposal *self,
                              guint          position)
{
  g_return_if_fail (REORG_IS_PROPOSAL (self));
  g_return_if_fail (position < reorg_proposal_get_n_changes (self));

  reorg_list_model_remove_index (self->changes, position);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_CHANGES]);
}

/**
 * reorg_proposal_get_n_changes:
 * @self: a proposal
 *
 * Gets the number of changes.
 *
 * Returns: the number of changes
 *
 * Since: 0.1
 */
guint
reorg_proposal_get_n_changes (ReorgProposal *self)
{
  g_return_val_if_fail (REORG_IS_PROPOSAL (self), 0);
  return reorg_list_model_get_array (self->changes)->len;
}

/**
 * reorg_proposal_get_change:
 * @self: a proposal
 * @position: the position of the change, from 0
 *
 * Gets the change at @position.
 *
 * Returns: (transfer none) (nullable): the change, or %NULL past the end
 *
 * Since: 0.1
 */
ReorgChange *
reorg_proposal_get_change (ReorgProposal *self,
                           guint          position)
{
  GPtrArray *changes;

  g_return_val_if_fail (REORG_IS_PROPOSAL (self), NULL);

  changes = reorg_list_model_get_array (self->changes);
  return position < changes->len ? g_ptr_array_index (changes, position) : NULL;
}

/**
 * reorg_proposal_get_changes:
 * @self: a proposal
 *
 * Gets the changes, in the proposal's order, as a live list model.
 *
 * Returns: (transfer full): a [iface@Gio.ListModel] of [class@Reorg.Change]
 *
 * Since: 0.1
 */
GListModel *
reorg_proposal_get_changes (ReorgProposal *self)
{
  g_return_val_if_fail (REORG_IS_PROPOSAL (self), NULL);
  return g_object_ref (G_LIST_MODEL (self->changes));
}

/**
 * reorg_proposal_equal:
 * @a: a proposal
 * @b: another proposal
 *
 * Compares two proposals: name, description, the same changes in the
 * same order (see [method@Reorg.Change.equal]) and the same one-off costs
 * (label, kind, amount and date) in the same order.
 *
 * Returns: %TRUE if the proposals are equal
 *
 * Since: 0.1
 */
static gboolean
one_off_cost_equal (const ReorgOneOffCost *a,
                    const ReorgOneOffCost *b)
{
  const GDate *da = reorg_one_off_cost_get_date (a);
  const GDate *db = reorg_one_off_cost_get_date (b);

  if (g_strcmp0 (reorg_one_off_cost_get_label (a), reorg_one_off_cost_get_label (b)) != 0
      || reorg_one_off_cost_get_kind (a) != reorg_one_off_cost_get_kind (b)
      || !reorg_money_equal (reorg_one_off_cost_get_amount (a), reorg_one_off_cost_get_amount (b)))
    return FALSE;
  if (g_date_valid (da) != g_date_valid (db))
    return FALSE;
  return !g_date_valid (da) || g_date_compare (da, db) == 0;
}

gboolean
reorg_proposal_equal (ReorgProposal *a,
                      ReorgProposal *b)
{
  GPtrArray *ca, *cb;

  g_return_val_if_fail (REORG_IS_PROPOSAL (a), FALSE);
  g_return_val_if_fail (REORG_IS_PROPOSAL (b), FALSE);

  if (a == b)
    return TRUE;
  if (g_strcmp0 (a->name, b->name) != 0 || g_strcmp0 (a->description, b->description) != 0)
    return FALSE;
  ca = reorg_list_model_get_array (a->changes);
  cb = reorg_list_model_get_array (b->changes);
  if (ca->len != cb->len)
    return FALSE;
  for (guint i = 0; i < ca->len; i++)
    if (!reorg_change_equal (g_ptr_array_index (ca, i), g_ptr_array_index (cb, i)))
      return FALSE;
  if (a->one_off_costs->len != b->one_off_costs->len)
    return FALSE;
  for (guint i = 0; i < a->one_off_costs->len; i++)
    if (!one_off_cost_equal (g_ptr_array_index (a->one_off_costs, i),
                             g_ptr_array_index (b->one_off_costs, i)))
      return FALSE;
  return TRUE;
}

/**
 * reorg_proposal_add_one_off_cost:
 * @self: a proposal
 * @cost: the cost, which is copied
 *
 * Adds a one-off cost of the proposal, such as redundancy pay or training
 * (Harrow 2011: £120k), after those already added.
 * [ctor@Reorg.Savings.new] adds the proposal's one-off costs to the savings
 * it computes, where each falls in the financial year of its date and
 * counts in the net cost and the call on reserves.
 *
 * Since: 0.1
 */
void
reorg_proposal_add_one_off_cost (ReorgProposal         *self,
                                 const ReorgOneOffCost *cost)
{
  g_return_if_fail (REORG_IS_PROPOSAL (self));
  g_return_if_fail (cost != NULL);

  g_ptr_array_add (self->one_off_costs, reorg_one_off_cost_copy (cost));
}

/**
 * reorg_proposal_remove_one_off_cost:
 * @self: a proposal
 * @index: the position of the cost, from 0
 *
 * Removes the one-off cost at @index; the costs after it move up one.
 * Does nothing when @index is past the end.
 *
 * Since: 0.1
 */
void
reorg_proposal_remove_one_off_cost (ReorgProposal *self,
                                    guint          index)
{
  g_return_if_fail (REORG_IS_PROPOSAL (self));

  if (index < self->one_off_costs->len)
    g_ptr_array_remove_index (self->one_off_costs, index);
}

/**
 * reorg_proposal_get_n_one_off_costs:
 * @self: a proposal
 *
 * Gets the number of one-off costs of the proposal.
 *
 * Returns: the number of one-off costs
 *
 * Since: 0.1
 */
guint
reorg_proposal_get_n_one_off_costs (ReorgProposal *self)
{
  g_return_val_if_fail (REORG_IS_PROPOSAL (self), 0);
  return self->one_off_costs->len;
}

/**
 * reorg_proposal_get_one_off_costs:
 * @self: a proposal
 *
 * Gets the one-off costs of the proposal, in the order they were added.
 *
 * Returns: (transfer container) (element-type ReorgOneOffCost): the costs,
 *   which belong to @self
 *
 * Since: 0.1
 */
GPtrArray *
reorg_proposal_get_one_off_costs (ReorgProposal *self)
{
  GPtrArray *costs;

  g_return_val_if_fail (REORG_IS_PROPOSAL (self), NULL);

  costs = g_ptr_array_new_full (self->one_off_costs->len, NULL);
  for (guint i = 0; i < self->one_off_costs->len; i++)
    g_ptr_array_add (costs, g_ptr_array_index (self->one_off_costs, i));
  return costs;
}

/* ======================================================================
 * The simulation shared by validate and apply
 * ====================================================================== */

/* The fields of a post that two changes on one date may both set. */
typedef enum
{
  FIELD_GRADE,
  FIELD_SALARY,
  FIELD_FTE,
  FIELD_TENURE,
  FIELD_FUNDING,
  FIELD_REPORTS_TO,
  FIELD_UNIT,
  N_FIELDS
} Field;

#define FIELD_BIT(f) (1u << (f))

static const char * const field_names[N_FIELDS] = {
  "grade", "salary", "FTE", "tenure", "funding", "line manager", "unit",
};

/* What the changes of the current date have done to one post. */
typedef struct
{
  gint first_change;            /* the first change touching it today */
  gint disestablished_by;       /* or -1 */
  gint writer[N_FIELDS];        /* the change that set each field, or -1 */
} Slot;

typedef struct
{
  GPtrArray      *changes;      /* the proposal's, borrowed */
  ReorgStructure *s;            /* the copy being changed */
  GPtrArray      *problems;     /* validate: every problem; apply: NULL */
  GError        **error;        /* apply: the first failure */
  GArray         *effects;      /* or NULL */
  GHashTable     *gone_posts;   /* reference -> index + 1 of the change that removed it */
  GHashTable     *gone_units;   /* the same for units */
  GHashTable     *slots;        /* reference -> Slot, for the current date */
  guint32         today;        /* julian day of the current date */

  guint           index;        /* the change being applied */
  ReorgChange    *change;
} Sim;

G_GNUC_PRINTF (5, 6)
static gboolean
report (Sim        *sim,
        const char *code,
        int         error_code,
        const char *reference,
        const char *format,
        ...)
{
  g_autofree char *text = NULL;
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  if (sim->change->label != NULL)
    message = g_strdup_printf ("change %u (%s): %s", sim->index, sim->change->label, text);
  else
    message = g_strdup_printf ("change %u: %s", sim->index, text);

  if (sim->problems != NULL)
    {
      ReorgProblem *problem = g_new0 (ReorgProblem, 1);

      problem->change_index = sim->index;
      problem->label = g_strdup (sim->change->label);
      problem->code = g_strdup (code);
      problem->reference = g_strdup (reference);
      problem->message = g_steal_pointer (&message);
      g_ptr_array_add (sim->problems, problem);
    }
  else
    g_set_error_literal (sim->error, REORG_ERROR, error_code, message);
  return FALSE;
}

/* A structure operation failed although the change was checked first:
 * report its error as it is. */
static gboolean
report_error (Sim        *sim,
              const char *code,
              const char *reference,
              GError     *error)
{
  return report (sim, code, error->code, reference, "%s", error->message);
}

static ReorgPost *
find_post (Sim        *sim,
           const char *reference,
           const char *role)
{
  ReorgPost *post = reorg_structure_lookup_post (sim->s, reference);
  guint gone;

  if (post != NULL)
    return post;
  gone = GPOINTER_TO_UINT (g_hash_table_lookup (sim->gone_posts, reference));
  if (gone != 0)
    report (sim, "post-already-gone", REORG_ERROR_NOT_FOUND, reference,
            "%spost '%s' was already disestablished by change %u", role, reference, gone - 1);
  else
    report (sim, "unknown-post", REORG_ERROR_NOT_FOUND, reference,
            "%spost '%s' does not exist", role, reference);
  return NULL;
}

static ReorgUnit *
find_unit (Sim        *sim,
           const char *reference,
           const char *role)
{
  ReorgUnit *unit = reorg_structure_lookup_unit (sim->s, reference);
  guint gone;

  if (unit != NULL)
    return unit;
  gone = GPOINTER_TO_UINT (g_hash_table_lookup (sim->gone_units, reference));
  if (gone != 0)
    report (sim, "unit-already-gone", REORG_ERROR_NOT_FOUND, reference,
            "%sunit '%s' was already closed by change %u", role, reference, gone - 1);
  else
    report (sim, "unknown-unit", REORG_ERROR_NOT_FOUND, reference,
            "%sunit '%s' does not exist", role, reference);
  return NULL;
}

static gboolean
check_new_post_reference (Sim        *sim,
                          const char *reference)
{
  if (reorg_structure_lookup_post (sim->s, reference) == NULL)
    return TRUE;
  return report (sim, "duplicate-reference", REORG_ERROR_DUPLICATE, reference,
                 "post '%s' already exists", reference);
}

static gboolean
same_value (Field        field,
            ReorgChange *a,
            ReorgChange *b)
{
  switch (field)
    {
    case FIELD_GRADE:
      return g_strcmp0 (a->text, b->text) == 0;
    case FIELD_SALARY:
      return a->salary.pence == b->salary.pence;
    case FIELD_FTE:
      return a->fte.units == b->fte.units;
    case FIELD_TENURE:
      return a->tenure == b->tenure;
    case FIELD_FUNDING:
      return a->funding_kind == b->funding_kind && g_strcmp0 (a->text, b->text) == 0;
    case FIELD_REPORTS_TO:
      return g_strcmp0 (a->other_reference, b->other_reference) == 0;
    case FIELD_UNIT:
      /* move-post carries the unit; merge-unit the unit merged into. */
      return g_strcmp0 (a->kind == REORG_CHANGE_KIND_MERGE_UNIT ? a->other_reference : a->unit_reference,
                        b->kind == REORG_CHANGE_KIND_MERGE_UNIT ? b->other_reference : b->unit_reference) == 0;
    default:
      g_assert_not_reached ();
    }
}

/* Two changes to one post on one date conflict when one of them
 * disestablishes it, or when both set one field to different values. */
static gboolean
check_conflicts (Sim        *sim,
                 const char *reference,
                 guint       fields,
                 gboolean    disestablishes)
{
  Slot *slot = g_hash_table_lookup (sim->slots, reference);

  if (slot == NULL)
    return TRUE;
  if (slot->disestablished_by >= 0)
    return report (sim, "conflicting-changes", REORG_ERROR_INVALID, reference,
                   "post '%s' is disestablished on the same date by change %d",
                   reference, slot->disestablished_by);
  if (disestablishes)
    return report (sim, "conflicting-changes", REORG_ERROR_INVALID, reference,
                   "post '%s' is disestablished on the date change %d changes it",
                   reference, slot->first_change);
  for (guint f = 0; f < N_FIELDS; f++)
    {
      ReorgChange *other;

      if (!(fields & FIELD_BIT (f)) || slot->writer[f] < 0)
        continue;
      other = g_ptr_array_index (sim->changes, slot->writer[f]);
      if (!same_value (f, other, sim->change))
        return report (sim, "conflicting-changes", REORG_ERROR_INVALID, reference,
                       "change %d gives post '%s' a different %s on the same date",
                       slot->writer[f], reference, field_names[f]);
    }
  return TRUE;
}

static void
record_touch (Sim        *sim,
              const char *reference,
              guint       fields,
              gboolean    disestablishes)
{
  Slot *slot = g_hash_table_lookup (sim->slots, reference);

  if (slot == NULL)
    {
      slot = g_new (Slot, 1);
      slot->first_change = sim->index;
      slot->disestablished_by = -1;
      for (guint f = 0; f < N_FIELDS; f++)
        slot->writer[f] = -1;
      g_hash_table_insert (sim->slots, g_strdup (reference), slot);
    }
  if (disestablishes)
    slot->disestablished_by = sim->index;
  for (guint f = 0; f < N_FIELDS; f++)
    if (fields & FIELD_BIT (f))
      slot->writer[f] = sim->index;
}

/* The top-level service of a unit: its ancestor at depth 1, or the root
 * itself for a root. */
static ReorgUnit *
service_of (ReorgUnit *unit)
{
  while (unit->parent != NULL && unit->parent->parent != NULL)
    unit = unit->parent;
  return unit;
}

typedef struct
{
  gint64 cost;
  gint64 fte;
  gint64 salary;
  guint8 status;
  guint8 tenure;
} Before;

static Before
before_of (ReorgPost *post)
{
  Before b = { post->annual_cost.pence, post->fte.units, post->salary.pence, post->status, post->tenure };
  return b;
}

static void
add_effect (Sim          *sim,
            ReorgPost    *post,
            ReorgUnit    *unit,
            gint64        cost_delta,
            gint64        fte_delta,
            gint64        posts_delta,
            const Before *before)
{
  ReorgEffect effect = { 0 };

  if (sim->effects == NULL)
    return;
  effect.change = sim->change;
  effect.change_index = sim->index;
  effect.date = sim->change->date;
  effect.money_date = *reorg_change_get_money_date (sim->change);
  effect.post_reference = g_strdup (post->reference);
  effect.unit_reference = g_strdup (unit->reference);
  effect.service_reference = g_strdup (service_of (unit)->reference);
  effect.funding_key = reorg_post_get_funding_key (post);
  effect.annual_cost_delta = cost_delta;
  effect.fte_delta = fte_delta;
  effect.posts_delta = posts_delta;
  effect.status_before = before->status;
  effect.tenure_before = before->tenure;
  effect.salary_before = before->salary;
  g_array_append_val (sim->effects, effect);
}

/* An effect whose money and FTE are the post's now minus before. */
static void
add_change_effect (Sim          *sim,
                   ReorgPost    *post,
                   const Before *before)
{
  add_effect (sim, post, post->unit,
              post->annual_cost.pence - before->cost,
              post->fte.units - before->fte,
              0, before);
}

static int
compare_posts_by_reference (gconstpointer a,
                            gconstpointer b)
{
  return strcmp ((*(ReorgPost * const *) a)->reference, (*(ReorgPost * const *) b)->reference);
}

/* Removes a post that has no direct reports; records the effect and that
 * it is gone. */
static void
disestablish (Sim       *sim,
              ReorgPost *post)
{
  g_autoptr(ReorgPost) keep = g_object_ref (post);
  ReorgUnit *unit = post->unit;
  Before before = before_of (post);
  g_autoptr(GError) error = NULL;

  if (!reorg_structure_remove_post (sim->s, post, &error))
    g_error ("a checked disestablishment failed: %s", error->message);
  add_effect (sim, post, unit, -before.cost, -before.fte, -1, &before);
  g_hash_table_insert (sim->gone_posts, g_strdup (post->reference), GUINT_TO_POINTER (sim->index + 1));
  record_touch (sim, post->reference, 0, TRUE);
}

/* Adds a new post made from the change's template; records the effect. */
static void
establish (Sim       *sim,
           ReorgPost *post,
           ReorgUnit *unit,
           ReorgPost *manager)
{
  g_autoptr(GError) error = NULL;
  Before before;

  if (!reorg_structure_add_post (sim->s, post, unit, &error) ||
      (manager != NULL && !reorg_structure_set_reports_to (sim->s, post, manager, &error)))
    g_error ("a checked establishment failed: %s", error->message);
  g_hash_table_remove (sim->gone_posts, post->reference);
  record_touch (sim, post->reference, 0, FALSE);
  before = before_of (post);
  before.salary = 0;
  add_effect (sim, post, unit, post->annual_cost.pence, post->fte.units, +1, &before);
}

static gboolean
apply_establish_post (Sim         *sim,
                      ReorgChange *c)
{
  g_autoptr(ReorgPost) post = NULL;
  ReorgPost *manager = NULL;
  ReorgUnit *unit;

  if (!check_conflicts (sim, c->post_reference, 0, FALSE) ||
      (unit = find_unit (sim, c->unit_reference, "")) == NULL ||
      !check_new_post_reference (sim, c->post_reference))
    return FALSE;
  if (c->other_reference != NULL &&
      (manager = find_post (sim, c->other_reference, "manager ")) == NULL)
    return FALSE;

  post = reorg_post_new (c->post_reference);
  reorg_post_copy_fields (post, c->template_post);
  establish (sim, post, unit, manager);
  return TRUE;
}

static gboolean
apply_disestablish_post (Sim         *sim,
                         ReorgChange *c)
{
  ReorgPost *post;

  if (!check_conflicts (sim, c->post_reference, 0, TRUE) ||
      (post = find_post (sim, c->post_reference, "")) == NULL)
    return FALSE;
  if (post->n_reports > 0)
    return report (sim, "post-has-reports", REORG_ERROR_NOT_EMPTY, post->reference,
                   "post '%s' still has %u direct reports; disestablish them or give them "
                   "another manager first", post->reference, post->n_reports);
  disestablish (sim, post);
  return TRUE;
}

/* Regrade, FTE, salary, tenure, funding: changes to one post's fields. */
static gboolean set_fte_pro_rata (ReorgPost      *post,
                                  const ReorgFte *fte,
                                  GError        **error);

static gboolean
apply_post_fields (Sim         *sim,
                   ReorgChange *c)
{
  g_autoptr(GError) error = NULL;
  guint fields = 0;
  ReorgPost *post;
  Before before;

  switch (c->kind)
    {
    case REORG_CHANGE_KIND_REGRADE:
      fields = FIELD_BIT (FIELD_GRADE) | (c->has_salary ? FIELD_BIT (FIELD_SALARY) : 0);
      break;
    case REORG_CHANGE_KIND_SET_FTE:
      fields = FIELD_BIT (FIELD_FTE);
      break;
    case REORG_CHANGE_KIND_SET_SALARY:
      fields = FIELD_BIT (FIELD_SALARY);
      break;
    case REORG_CHANGE_KIND_SET_TENURE:
      fields = FIELD_BIT (FIELD_TENURE);
      break;
    case REORG_CHANGE_KIND_SET_FUNDING:
      fields = FIELD_BIT (FIELD_FUNDING);
      break;
    default:
      g_assert_not_reached ();
    }
  if (!check_conflicts (sim, c->post_reference, fields, FALSE) ||
      (post = find_post (sim, c->post_reference, "")) == NULL)
    return FALSE;
  before = before_of (post);

  switch (c->kind)
    {
    case REORG_CHANGE_KIND_REGRADE:
      /* The salary first: it is the one that can fail (an overflow). */
      if (c->has_salary && !reorg_post_set_salary (post, &c->salary, &error))
        return report_error (sim, "invalid-value", post->reference, error);
      reorg_post_set_grade (post, c->text);
      break;
    case REORG_CHANGE_KIND_SET_FTE:
      if (!set_fte_pro_rata (post, &c->fte, &error))
        return report_error (sim, "invalid-value", post->reference, error);
      break;
    case REORG_CHANGE_KIND_SET_SALARY:
      if (!reorg_post_set_salary (post, &c->salary, &error))
        return report_error (sim, "invalid-value", post->reference, error);
      break;
    case REORG_CHANGE_KIND_SET_TENURE:
      reorg_post_set_tenure (post, c->tenure);
      break;
    case REORG_CHANGE_KIND_SET_FUNDING:
      reorg_post_set_funding (post, c->funding_kind, c->text);
      break;
    default:
      g_assert_not_reached ();
    }

  record_touch (sim, post->reference, fields, FALSE);
  add_change_effect (sim, post, &before);
  return TRUE;
}

static gboolean
apply_set_reports_to (Sim         *sim,
                      ReorgChange *c)
{
  g_autoptr(GError) error = NULL;
  ReorgPost *post, *manager = NULL;
  Before before;

  if (!check_conflicts (sim, c->post_reference, FIELD_BIT (FIELD_REPORTS_TO), FALSE) ||
      (post = find_post (sim, c->post_reference, "")) == NULL)
    return FALSE;
  if (c->other_reference != NULL &&
      (manager = find_post (sim, c->other_reference, "manager ")) == NULL)
    return FALSE;
  before = before_of (post);
  if (!reorg_structure_set_reports_to (sim->s, post, manager, &error))
    return report_error (sim, g_error_matches (error, REORG_ERROR, REORG_ERROR_CYCLE)
                              ? "reporting-loop" : "invalid-value",
                         post->reference, error);
  record_touch (sim, post->reference, FIELD_BIT (FIELD_REPORTS_TO), FALSE);
  add_change_effect (sim, post, &before);
  return TRUE;
}

static gboolean
apply_move_post (Sim         *sim,
                 ReorgChange *c)
{
  g_autoptr(GError) error = NULL;
  ReorgPost *post;
  ReorgUnit *unit;
  Before before;

  if (!check_conflicts (sim, c->post_reference, FIELD_BIT (FIELD_UNIT), FALSE) ||
      (post = find_post (sim, c->post_reference, "")) == NULL ||
      (unit = find_unit (sim, c->unit_reference, "")) == NULL)
    return FALSE;
  before = before_of (post);
  if (!reorg_structure_move_post (sim->s, post, unit, &error))
    return report_error (sim, "invalid-value", post->reference, error);
  record_touch (sim, post->reference, FIELD_BIT (FIELD_UNIT), FALSE);
  add_change_effect (sim, post, &before);
  return TRUE;
}

static gboolean
apply_create_unit (Sim         *sim,
                   ReorgChange *c)
{
  g_autoptr(ReorgUnit) unit = NULL;
  g_autoptr(GError) error = NULL;
  ReorgUnit *parent = NULL;

  if (c->other_reference != NULL &&
      (parent = find_unit (sim, c->other_reference, "parent ")) == NULL)
    return FALSE;
  if (reorg_structure_lookup_unit (sim->s, c->unit_reference) != NULL)
    return report (sim, "duplicate-reference", REORG_ERROR_DUPLICATE, c->unit_reference,
                   "unit '%s' already exists", c->unit_reference);

  unit = reorg_unit_new (c->unit_reference, c->template_unit->name, c->template_unit->kind);
  reorg_unit_set_place (unit, c->template_unit->place_kind, c->template_unit->place);
  if (!reorg_structure_add_unit (sim->s, unit, parent, &error))
    return report_error (sim, "invalid-value", c->unit_reference, error);
  g_hash_table_remove (sim->gone_units, c->unit_reference);
  return TRUE;
}

static gboolean
apply_rename_unit (Sim         *sim,
                   ReorgChange *c)
{
  ReorgUnit *unit = find_unit (sim, c->unit_reference, "");

  if (unit == NULL)
    return FALSE;
  reorg_unit_set_name (unit, c->text);
  return TRUE;
}

static gboolean
apply_move_unit (Sim         *sim,
                 ReorgChange *c)
{
  g_autoptr(GError) error = NULL;
  ReorgUnit *unit, *parent = NULL;

  if ((unit = find_unit (sim, c->unit_reference, "")) == NULL)
    return FALSE;
  if (c->other_reference != NULL &&
      (parent = find_unit (sim, c->other_reference, "parent ")) == NULL)
    return FALSE;
  if (!reorg_structure_move_unit (sim->s, unit, parent, &error))
    return report_error (sim, g_error_matches (error, REORG_ERROR, REORG_ERROR_CYCLE)
                              ? "unit-cycle" : "invalid-value",
                         unit->reference, error);
  return TRUE;
}

static void
close_unit (Sim       *sim,
            ReorgUnit *unit)
{
  g_autofree char *reference = g_strdup (unit->reference);
  g_autoptr(GError) error = NULL;

  if (!reorg_structure_remove_unit (sim->s, unit, &error))
    g_error ("a checked unit closure failed: %s", error->message);
  g_hash_table_insert (sim->gone_units, g_steal_pointer (&reference), GUINT_TO_POINTER (sim->index + 1));
}

static gpointer
ref_object (gconstpointer object,
            gpointer      user_data)
{
  return g_object_ref ((gpointer) object);
}

static gboolean
apply_merge_unit (Sim         *sim,
                  ReorgChange *c)
{
  g_autoptr(GPtrArray) posts = NULL;
  g_autoptr(GPtrArray) children = NULL;
  g_autoptr(GError) error = NULL;
  ReorgUnit *unit, *into;

  if ((unit = find_unit (sim, c->unit_reference, "")) == NULL ||
      (into = find_unit (sim, c->other_reference, "target ")) == NULL)
    return FALSE;
  for (ReorgUnit *u = into; u != NULL; u = u->parent)
    if (u == unit)
      return report (sim, "unit-cycle", REORG_ERROR_CYCLE, unit->reference,
                     "unit '%s' cannot be merged into '%s', which is inside it",
                     unit->reference, into->reference);

  posts = g_ptr_array_copy (reorg_list_model_get_array (unit->posts), ref_object, NULL);
  g_ptr_array_set_free_func (posts, g_object_unref);
  g_ptr_array_sort (posts, compare_posts_by_reference);
  for (guint i = 0; i < posts->len; i++)
    if (!check_conflicts (sim, ((ReorgPost *) g_ptr_array_index (posts, i))->reference,
                          FIELD_BIT (FIELD_UNIT), FALSE))
      return FALSE;

  children = g_ptr_array_copy (reorg_list_model_get_array (unit->children), ref_object, NULL);
  g_ptr_array_set_free_func (children, g_object_unref);

  for (guint i = 0; i < posts->len; i++)
    {
      ReorgPost *post = g_ptr_array_index (posts, i);
      Before before = before_of (post);

      if (!reorg_structure_move_post (sim->s, post, into, &error))
        g_error ("a checked merge failed: %s", error->message);
      record_touch (sim, post->reference, FIELD_BIT (FIELD_UNIT), FALSE);
      add_change_effect (sim, post, &before);
    }
  for (guint i = 0; i < children->len; i++)
    if (!reorg_structure_move_unit (sim->s, g_ptr_array_index (children, i), into, &error))
      g_error ("a checked merge failed: %s", error->message);
  close_unit (sim, unit);
  return TRUE;
}

static gboolean
apply_close_unit (Sim         *sim,
                  ReorgChange *c)
{
  ReorgUnit *unit = find_unit (sim, c->unit_reference, "");

  if (unit == NULL)
    return FALSE;
  if (reorg_unit_get_n_children (unit) > 0 || reorg_unit_get_n_posts (unit) > 0)
    return report (sim, "unit-not-empty", REORG_ERROR_NOT_EMPTY, unit->reference,
                   "unit '%s' still holds %u units and %u posts; move or remove them first",
                   unit->reference, reorg_unit_get_n_children (unit), reorg_unit_get_n_posts (unit));
  close_unit (sim, unit);
  return TRUE;
}

static gboolean
apply_disestablish_unit_posts (Sim         *sim,
                               ReorgChange *c)
{
  g_autoptr(GPtrArray) posts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) internal = NULL;   /* post -> reports from within the set */
  GPtrArray *all;
  ReorgUnit *unit;

  if ((unit = find_unit (sim, c->unit_reference, "")) == NULL)
    return FALSE;
  all = reorg_list_model_get_array (unit->posts);
  for (guint i = 0; i < all->len; i++)
    {
      ReorgPost *post = g_ptr_array_index (all, i);

      if (c->text == NULL || g_strcmp0 (post->title, c->text) == 0)
        g_ptr_array_add (posts, g_object_ref (post));
    }
  if (posts->len == 0)
    {
      if (c->text != NULL)
        return report (sim, "no-matching-posts", REORG_ERROR_NOT_FOUND, unit->reference,
                       "unit '%s' has no post titled \"%s\" to disestablish", unit->reference, c->text);
      return report (sim, "no-matching-posts", REORG_ERROR_NOT_FOUND, unit->reference,
                     "unit '%s' has no post to disestablish", unit->reference);
    }
  g_ptr_array_sort (posts, compare_posts_by_reference);

  /* Lines between the posts go with them; a post outside the set must not
   * be left reporting to one of them. */
  internal = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < posts->len; i++)
    g_hash_table_insert (internal, g_ptr_array_index (posts, i), GUINT_TO_POINTER (0));
  for (guint i = 0; i < posts->len; i++)
    {
      ReorgPost *manager = ((ReorgPost *) g_ptr_array_index (posts, i))->reports_to;
      gpointer count;

      if (manager != NULL && g_hash_table_lookup_extended (internal, manager, NULL, &count))
        g_hash_table_insert (internal, manager, GUINT_TO_POINTER (GPOINTER_TO_UINT (count) + 1));
    }
  for (guint i = 0; i < posts->len; i++)
    {
      ReorgPost *post = g_ptr_array_index (posts, i);
      guint outside = post->n_reports - GPOINTER_TO_UINT (g_hash_table_lookup (internal, post));

      if (!check_conflicts (sim, post->reference, 0, TRUE))
        return FALSE;
      if (outside > 0)
        return report (sim, "post-has-reports", REORG_ERROR_NOT_EMPTY, post->reference,
                       "post '%s' still has %u direct reports outside the posts disestablished; "
                       "give them another manager first", post->reference, outside);
    }

  for (guint i = 0; i < posts->len; i++)
    {
      ReorgPost *post = g_ptr_array_index (posts, i);

      if (post->reports_to != NULL && g_hash_table_contains (internal, post->reports_to))
        reorg_structure_set_reports_to (sim->s, post, NULL, NULL);
    }
  for (guint i = 0; i < posts->len; i++)
    disestablish (sim, g_ptr_array_index (posts, i));
  return TRUE;
}

/* Sets a post's FTE with its pay pro rata (salary, and on-costs given as an
 * amount). Everything is computed first, so nothing changes on an overflow. */
static gboolean
set_fte_pro_rata (ReorgPost       *post,
                  const ReorgFte  *fte,
                  GError         **error)
{
  ReorgMoney salary, on_costs;
  gint64 annual;

  if (!reorg_checked_mul_ratio (post->salary.pence, fte->units, post->fte.units, &salary.pence) ||
      !reorg_checked_mul_ratio (post->on_costs.pence, fte->units, post->fte.units, &on_costs.pence) ||
      !reorg_checked_add (salary.pence, on_costs.pence, &annual))
    {
      g_set_error (error, REORG_ERROR, REORG_ERROR_OVERFLOW,
                   "post '%s': the cost at the new FTE does not fit", post->reference);
      return FALSE;
    }
  if (post->on_cost_rate < 0)
    {
      /* Salary and on-costs both shrink or both grow, and their sum fits:
       * neither step can fail. */
      if (!reorg_post_set_on_costs (post, &on_costs, error) ||
          !reorg_post_set_salary (post, &salary, error))
        g_error ("a checked FTE change failed");
    }
  else if (!reorg_post_set_salary (post, &salary, error))
    return FALSE;
  if (!reorg_post_set_fte (post, fte, error))
    g_error ("a checked FTE change failed");
  return TRUE;
}

static gboolean
apply_establish_posts (Sim         *sim,
                       ReorgChange *c)
{
  g_autoptr(GPtrArray) references = g_ptr_array_new_with_free_func (g_free);
  guint n = reorg_change_get_n_new_posts (c);
  ReorgUnit *unit;

  if ((unit = find_unit (sim, c->unit_reference, "")) == NULL)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      char *reference = reorg_change_new_post_reference (c, i);

      g_ptr_array_add (references, reference);
      if (!check_conflicts (sim, reference, 0, FALSE) ||
          !check_new_post_reference (sim, reference))
        return FALSE;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReorgPost) post = reorg_post_new (g_ptr_array_index (references, i));
      gint64 left = c->fte.units - (gint64) i * REORG_FTE_SCALE;
      ReorgFte fte = { MIN (left, REORG_FTE_SCALE) };

      g_autoptr(GError) error = NULL;

      /* The template is a full-time post: the last post of a fractional
       * total is paid pro rata. */
      reorg_post_copy_fields (post, c->template_post);
      if (!set_fte_pro_rata (post, &fte, &error))
        return report_error (sim, "invalid-value", post->reference, error);
      establish (sim, post, unit, NULL);
    }
  return TRUE;
}

static gboolean
apply_change (Sim *sim)
{
  ReorgChange *c = sim->change;
  g_autoptr(GError) error = NULL;

  if (!reorg_change_check_values (c, &error))
    return report (sim, "invalid-value", error->code,
                   c->post_reference ? c->post_reference : c->unit_reference,
                   "%s", error->message);

  switch (c->kind)
    {
    case REORG_CHANGE_KIND_ESTABLISH_POST:
      return apply_establish_post (sim, c);
    case REORG_CHANGE_KIND_DISESTABLISH_POST:
      return apply_disestablish_post (sim, c);
    case REORG_CHANGE_KIND_REGRADE:
    case REORG_CHANGE_KIND_SET_FTE:
    case REORG_CHANGE_KIND_SET_SALARY:
    case REORG_CHANGE_KIND_SET_TENURE:
    case REORG_CHANGE_KIND_SET_FUNDING:
      return apply_post_fields (sim, c);
    case REORG_CHANGE_KIND_SET_REPORTS_TO:
      return apply_set_reports_to (sim, c);
    case REORG_CHANGE_KIND_MOVE_POST:
      return apply_move_post (sim, c);
    case REORG_CHANGE_KIND_CREATE_UNIT:
      return apply_create_unit (sim, c);
    case REORG_CHANGE_KIND_RENAME_UNIT:
      return apply_rename_unit (sim, c);
    case REORG_CHANGE_KIND_MOVE_UNIT:
      return apply_move_unit (sim, c);
    case REORG_CHANGE_KIND_MERGE_UNIT:
      return apply_merge_unit (sim, c);
    case REORG_CHANGE_KIND_CLOSE_UNIT:
      return apply_close_unit (sim, c);
    case REORG_CHANGE_KIND_DISESTABLISH_UNIT_POSTS:
      return apply_disestablish_unit_posts (sim, c);
    case REORG_CHANGE_KIND_ESTABLISH_POSTS:
      return apply_establish_posts (sim, c);
    default:
      g_assert_not_reached ();
    }
}

typedef struct
{
  guint32 julian;
  guint   index;
} Order;

static int
compare_order (gconstpointer a,
               gconstpointer b)
{
  const Order *x = a, *y = b;

  if (x->julian != y->julian)
    return x->julian < y->julian ? -1 : 1;
  return x->index < y->index ? -1 : (x->index > y->index);
}

/* Every change effective on or before as_at (all if NULL), in effective
 * date order, stable for equal dates. With problems, every failing change
 * is recorded and skipped; without, the first one fails the run. Each
 * change is checked whole before anything is changed, so a failing change
 * leaves the structure as it was. */
static gboolean
simulate (ReorgProposal   *self,
          ReorgStructure  *s,
          const GDate     *as_at,
          GArray          *effects,
          GPtrArray       *problems,
          GError         **error)
{
  GPtrArray *changes = reorg_list_model_get_array (self->changes);
  g_autofree Order *order = g_new (Order, MAX (changes->len, 1));
  guint32 last_day = as_at != NULL ? g_date_get_julian (as_at) : G_MAXUINT32;
  gboolean ok = TRUE;
  Sim sim = { 0 };

  for (guint i = 0; i < changes->len; i++)
    {
      order[i].julian = g_date_get_julian (&((ReorgChange *) g_ptr_array_index (changes, i))->date);
      order[i].index = i;
    }
  qsort (order, changes->len, sizeof (Order), compare_order);

  sim.changes = changes;
  sim.s = s;
  sim.problems = problems;
  sim.error = error;
  sim.effects = effects;
  sim.gone_posts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sim.gone_units = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sim.slots = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint i = 0; i < changes->len && order[i].julian <= last_day; i++)
    {
      if (order[i].julian != sim.today)
        {
          g_hash_table_remove_all (sim.slots);
          sim.today = order[i].julian;
        }
      sim.index = order[i].index;
      sim.change = g_ptr_array_index (changes, sim.index);
      if (!apply_change (&sim) && problems == NULL)
        {
          ok = FALSE;
          break;
        }
    }

  g_hash_table_unref (sim.gone_posts);
  g_hash_table_unref (sim.gone_units);
  g_hash_table_unref (sim.slots);
  return ok;
}

/**
 * reorg_proposal_validate:
 * @self: a proposal
 * @base: the structure the proposal applies to
 *
 * Checks every change of the proposal against @base and reports every
 * problem at once. The changes are applied, in effective date order
 * (stable for equal dates), to a copy of @base; a change that fails is
 * recorded and skipped, and the run goes on, so a later change that
 * depends on it may fail too. The problems are in the order found.
 * @base is not modified.
 *
 * An empty array means [method@Reorg.Proposal.apply] with no date
 * succeeds.
 *
 * Returns: (transfer container) (element-type ReorgProblem): the problems,
 *   which the array frees with it
 *
 * Since: 0.1
 */
GPtrArray *
reorg_proposal_validate (ReorgProposal  *self,
                         ReorgStructure *base)
{
  g_autoptr(ReorgStructure) copy = NULL;
  GPtrArray *problems;

  g_return_val_if_fail (REORG_IS_PROPOSAL (self), NULL);
  g_return_val_if_fail (REORG_IS_STRUCTURE (base), NULL);

  problems = g_ptr_array_new_with_free_func ((GDestroyNotify) reorg_problem_free);
  copy = reorg_structure_copy (base);
  simulate (self, copy, NULL, NULL, problems, NULL);
  return problems;
}

ReorgStructure *
reorg_proposal_apply_with_effects (ReorgProposal   *self,
                                   ReorgStructure  *base,
                                   const GDate     *as_at,
                                   GArray          *effects,
                                   GError         **error)
{
  g_autoptr(ReorgStructure) copy = NULL;
  guint n_effects = effects != NULL ? effects->len : 0;

  g_return_val_if_fail (REORG_IS_PROPOSAL (self), NULL);
  g_return_val_if_fail (REORG_IS_STRUCTURE (base), NULL);
  g_return_val_if_fail (as_at == NULL || g_date_valid (as_at), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  copy = reorg_structure_copy (base);
  if (!simulate (self, copy, as_at, effects, NULL, error))
    {
      if (effects != NULL && effects->len > n_effects)
        g_array_remove_range (effects, n_effects, effects->len - n_effects);
      return NULL;
    }
  if (as_at != NULL)
    reorg_structure_set_date (copy, as_at);
  return g_steal_pointer (&copy);
}

/**
 * reorg_proposal_apply:
 * @self: a proposal
 * @base: the structure the proposal applies to
 * @as_at: (nullable): the date of the target establishment, or %NULL for
 *   every change
 * @error: return location for a #GError
 *
 * Gives the establishment as at @as_at: a copy of @base with every change
 * whose effective date is on or before @as_at applied, in effective date
 * order and, for equal dates, in the proposal's order. A change dated
 * @as_at is applied. The copy's date is @as_at (with %NULL it keeps the
 * base's date).
 *
 * @base is never modified. The first change that fails (see
 * [struct@Reorg.Problem] for what can fail) fails the whole apply with a
 * #GError that names the change (`change 4 (FISS to Families First): post
 * 'FISS-012' does not exist`): %REORG_ERROR_NOT_FOUND for an unknown or
 * already removed post or unit, %REORG_ERROR_DUPLICATE,
 * %REORG_ERROR_CYCLE for a unit cycle or a reporting loop,
 * %REORG_ERROR_NOT_EMPTY, %REORG_ERROR_OVERFLOW, or %REORG_ERROR_INVALID
 * for a wrong value or conflicting changes. Use
 * [method@Reorg.Proposal.validate] to see every problem at once.
 *
 * Returns: (transfer full) (nullable): the new structure, or %NULL on error
 *
 * Since: 0.1
 */
ReorgStructure *
reorg_proposal_apply (ReorgProposal   *self,
                      ReorgStructure  *base,
                      const GDate     *as_at,
                      GError         **error)
{
  return reorg_proposal_apply_with_effects (self, base, as_at, NULL, error);
}
