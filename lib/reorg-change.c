/* reorg-change.c: one change of a restructure
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "reorg-change-private.h"

/**
 * ReorgChange:
 *
 * One change of a restructure: establish or disestablish a post, regrade
 * it, change its FTE, salary, tenure, funding or line manager, move it;
 * create, rename, move, merge or close a unit; or one of the bulk forms,
 * "disestablish the posts in this unit" and "establish 18.5 FTE of this
 * role".
 *
 * Every change has an effective date, on which it takes effect, and may
 * carry a label or group ("FISS to Families First"), a phase ("Phase 1"),
 * a condition ("earlier only if the post becomes vacant", see
 * [enum@Reorg.ConditionKind]) and a pay protection end date: after a
 * regrade or a salary cut the old salary is paid until then, so the money
 * moves from that date (see [method@Reorg.Change.get_money_date]).
 *
 * A change names posts and units by reference, so it is made before the
 * structure it applies to and checked when applied: make changes with the
 * `new_` constructors, one for each [enum@Reorg.ChangeKind], and gather
 * them in a [class@Reorg.Proposal]. The kind, date and targets of a change
 * are fixed when it is made; its label, phase, condition and pay
 * protection may be changed later.
 *
 * Since: 0.1
 */

enum {
  PROP_0,
  PROP_KIND,
  PROP_DATE,
  PROP_LABEL,
  PROP_PHASE,
  PROP_CONDITION,
  PROP_CONDITION_TEXT,
  PROP_PAY_PROTECTION_UNTIL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (ReorgChange, reorg_change, G_TYPE_OBJECT)

static void
reorg_change_finalize (GObject *object)
{
  ReorgChange *self = REORG_CHANGE (object);

  g_free (self->condition_text);
  g_free (self->label);
  g_free (self->phase);
  g_free (self->post_reference);
  g_free (self->unit_reference);
  g_free (self->other_reference);
  g_free (self->text);
  g_clear_object (&self->template_post);
  g_clear_object (&self->template_unit);

  G_OBJECT_CLASS (reorg_change_parent_class)->finalize (object);
}

static void
reorg_change_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  ReorgChange *self = REORG_CHANGE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_DATE:
      g_value_set_boxed (value, &self->date);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case PROP_PHASE:
      g_value_set_string (value, self->phase);
      break;
    case PROP_CONDITION:
      g_value_set_enum (value, self->condition);
      break;
    case PROP_CONDITION_TEXT:
      g_value_set_string (value, self->condition_text);
      break;
    case PROP_PAY_PROTECTION_UNTIL:
      g_value_set_boxed (value, reorg_change_get_pay_protection_until (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
reorg_change_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  ReorgChange *self = REORG_CHANGE (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      reorg_change_set_label (self, g_value_get_string (value));
      break;
    case PROP_PHASE:
      reorg_change_set_phase (self, g_value_get_string (value));
      break;
    case PROP_CONDITION:
      reorg_change_set_condition (self, g_value_get_enum (value), self->condition_text);
      break;
    case PROP_CONDITION_TEXT:
      reorg_change_set_condition (self, self->condition, g_value_get_string (value));
      break;
    case PROP_PAY_PROTECTION_UNTIL:
      reorg_change_set_pay_protection_until (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
reorg_change_class_init (ReorgChangeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = reorg_change_finalize;
  object_class->get_property = reorg_change_get_property;
  object_class->set_property = reorg_change_set_property;

  /**
   * ReorgChange:kind:
   *
   * What the change does, fixed when it is made.
   *
   * Since: 0.1
   */
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, REORG_TYPE_CHANGE_KIND,
                                             REORG_CHANGE_KIND_ESTABLISH_POST, ro);
  /**
   * ReorgChange:date:
   *
   * The effective date, fixed when the change is made.
   *
   * Since: 0.1
   */
  properties[PROP_DATE] = g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE, ro);
  /**
   * ReorgChange:label:
   *
   * The label or group of the change ("FISS to Families First"), or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL, rw);
  /**
   * ReorgChange:phase:
   *
   * The phase the change belongs to ("Phase 1"), or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_PHASE] = g_param_spec_string ("phase", NULL, NULL, NULL, rw);
  /**
   * ReorgChange:condition:
   *
   * The condition on the change.
   *
   * Since: 0.1
   */
  properties[PROP_CONDITION] = g_param_spec_enum ("condition", NULL, NULL, REORG_TYPE_CONDITION_KIND,
                                                  REORG_CONDITION_KIND_NONE, rw);
  /**
   * ReorgChange:condition-text:
   *
   * The condition in words, as the report writes it, or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_CONDITION_TEXT] = g_param_spec_string ("condition-text", NULL, NULL, NULL, rw);
  /**
   * ReorgChange:pay-protection-until:
   *
   * The date until which the old salary is paid, or %NULL for none.
   *
   * Since: 0.1
   */
  properties[PROP_PAY_PROTECTION_UNTIL] =
    g_param_spec_boxed ("pay-protection-until", NULL, NULL, G_TYPE_DATE, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
reorg_change_init (ReorgChange *self)
{
  g_date_clear (&self->date, 1);
  g_date_clear (&self->pay_protection_until, 1);
  self->condition = REORG_CONDITION_KIND_NONE;
}

static ReorgChange *
change_new (ReorgChangeKind  kind,
            const GDate     *date)
{
  ReorgChange *self = g_object_new (REORG_TYPE_CHANGE, NULL);

  self->kind = kind;
  self->date = *date;
  return self;
}

#define CHECK_DATE(date) \
  g_return_val_if_fail ((date) != NULL && g_date_valid (date), NULL)

static ReorgChange *
post_change_new (ReorgChangeKind  kind,
                 const GDate     *date,
                 const char      *post_reference)
{
  ReorgChange *self = change_new (kind, date);

  self->post_reference = g_strdup (post_reference);
  return self;
}

/* The change keeps its own copy of a template, so that later edits of the
 * caller's object (or its placement in a structure) do not reach it. */
static ReorgPost *
copy_template_post (ReorgPost  *template_post,
                    const char *reference)
{
  ReorgPost *copy = reorg_post_new (reference);

  reorg_post_copy_fields (copy, template_post);
  return copy;
}

/**
 * reorg_change_new_establish_post:
 * @date: the effective date
 * @template_post: a post giving the new post's reference and fields; the
 *   change keeps a copy
 * @unit_reference: the reference of the unit the post is established in
 * @reports_to: (nullable): the reference of the post it reports to, or %NULL
 *
 * Makes a change that establishes a post with the reference and fields
 * (title, grade, FTE, salary, on-costs, status, tenure, funding, job
 * family) of @template_post in the unit @unit_reference. The template's
 * own unit and line manager, if it has any, are ignored.
 *
 * Returns: (transfer full): the change
 *
 * Since: 0.1
 */
ReorgChange *
reorg_change_new_establish_post (const GDate *date,
                                 ReorgPost   *template_post,
                                 const char  *unit_reference,
                                 const char  *reports_to)
{
  ReorgChange *self;

  CHECK_DATE (date);
  g_return_val_if_fail (REORG_IS_POST (template_post), NULL);
  g_return_val_if_fail (unit_reference != NULL, NULL);

  self = post_change_new (REORG_CHANGE_KIND_ESTABLISH_POST, date, template_post->reference);
  self->template_post = copy_template_post (template_post, template_post->reference);
  self->unit_reference = g_strdup (unit_reference);
  self->other_reference = g_strdup (reports_to);
  return self;
}

/**
 * reorg_change_new_disestablish_post:
 * @date: the effective date
 * @post_reference: the reference of the post to disestablish
 *
 * Makes a change that disestablishes (removes) a post. The post must have
 * no direct reports left when the change applies.
 *
 * Returns: (transfer full): the change
 *
 * Since: 0.1
 */
ReorgChange *
reorg_change_new_disestablish_post (const GDate *date,
                                    const char  *post_reference)
{
  CHECK_DATE (date);
  g_return_val_if_fail (post_reference != NULL, NULL);

  return post_change_new (REORG_CHANGE_KIND_DISESTABLISH_POST, date, post_reference);
}

/**
 * reorg_change_new_regrade:
 * @date: the effective date
 * @post_reference: the reference of the post
 * @grade: the new grade
 * @salary: (nullable): the new annual salary, or %NULL to keep the salary
 *
 * Makes a change that gives a post a new grade and, optionally, a new
 * salary. On-costs set as a rate follow the new salary. For a downgrade
 * with pay protection, see [method@Reorg.Change.set_pay_protection_until].
 *
 * Returns: (transfer full): the change
 *
 * Since: 0.1
 */
ReorgChange *
reorg_change_new_regrade (const GDate      *date,
                          const char       *post_reference,
                          const char       *grade,
                          const ReorgMoney *salary)
{
  ReorgChange *self;

  CHECK_DATE (date);
  g_return_val_if_fail (post_reference != NULL, NULL);
  g_return_val_if_fail (grade != NULL, NULL);

  self = post_change_new (REORG_CHANGE_KIND_REGRADE, date, post_reference);
  self->text = g_strdup (grade);
  if (salary != NULL)
    {
      self->salary = *salary;
      self->has_salary = TRUE;
    }
  return self;
}

/**
 * reorg_change_new_set_fte:
 * @date: the effective date
 * @post_reference: the reference of the post
 * @fte: the new FTE, above zero
 *
 * Makes a change that sets a post's FTE. The post's salary, and on-costs
 * given as an amount, change pro rata (rounded to the penny), so going
 * from 1 to 0.5 FTE halves the cost.
 *
 * Returns: (transfer full): the change
 *
 * Since: 0.1
 */
ReorgChange *
reorg_change_new_set_fte (const GDate    *date,
                          const char     *post_reference,
                          const ReorgFte *fte)
{
  ReorgChange *self;

  CHECK_DATE (date);
  g_return_val_if_fail (post_reference != NULL, NULL);
  g_return_val_if_fail (fte != NULL, NULL);

  self = post_change_new (REORG_CHANGE_KIND_SET_FTE, date, post_reference);
  self->fte = *fte;
  return self;
}

/**
 * reorg_change_new_set_salary:
 * @date: the effective date
 * @post_reference: the reference of the post
 * @salary: the new annual salary, not negative
 *
 * Makes a change that sets a post's annual salary. On-costs set as a rate
 * follow the new salary.
 *
 * Returns: (transfer full): the change
 *
 * Since: 0.1
 */
ReorgChange *
reorg_change_new_set_salary (const GDate      *date,
                             const char       *post_reference,
                             const ReorgMoney *salary)
{
  ReorgChange *self;

  CHECK_DATE (date);
  g_return_val_if_fail (post_reference != NULL, NULL);
  g_return_val_if_fail (salary != NULL, NULL);

  self = post_change_new (REORG_CHANGE_KIND_SET_SALARY, date, post_reference);
  self->salary = *salary;
  self->has_salary = TRUE;
  return self;
}

/**
 * reorg_change_new_set_tenure:
 * @date: the effective date
 * @post_reference: the reference of the post
 * @tenure: the new tenure
 *
 * Makes a change that sets a post's tenure, such as making a temporary
 * post permanent.
 *
 * Returns: (transfer full): the change
 *
 * Since: 0.1
 */
ReorgChange *
reorg_change_new_set_tenure (const GDate *date,
                             const char  *post_reference,
                             ReorgTenure  tenure)
{
  ReorgChange *self;

  CHECK_DATE (date);
  g_return_val_if_fail (post_reference != NULL, NULL);
  g_return_val_if_fail (tenure <= REORG_TENURE_SECONDMENT, NULL);

  self = post_change_new (REORG_CHANGE_KIND_SET_TENURE, date, post_reference);
  self->tenure = tenure;
  return self;
}

/**
 * reorg_change_new_set_funding:
 * @date: the effective date
 * @post_reference: the reference of the post
 * @funding_kind: the kind of funding source
 * @funding_name: (nullable): the source's name, such as a grant's
 *
 * Makes a change that sets the source that funds a post. An empty
 * @funding_name is the same as %NULL.
 *
 * Returns: (transfer full): the change
 *
 * Since: 0.1
 */
ReorgChange *
reorg_change_new_set_funding (const GDate      *date,
                              const char       *post_reference,
                              ReorgFundingKind  funding_kind,
                              const char       *funding_name)
{
  ReorgChange *self;

  CHECK_DATE (date);
  g_return_val_if_fail (post_reference != NULL, NULL);
  g_return_val_if_fail (funding_kind <= REORG_FUNDING_OTHER, NULL);

  self = post_change_new (REORG_CHANGE_KIND_SET_FUNDING, date, post_reference);
  self->funding_kind = funding_kind;
  if (funding_name != NULL && funding_name[0] != '\0')
    self->text = g_strdup (funding_name);
  return self;
}

/**
 * reorg_change_new_set_reports_to:
 * @date: the effective date
 * @post_reference: the reference of the post
 * @manager_reference: (nullable): the reference of the post it will report
 *   to, or %NULL to make it a top post
 *
 * Makes a change that sets the post a post reports to.
 *
 * Returns: (transfer full): the change
 *
 * Since: 0.1
 */
ReorgChange *
reorg_change_new_set_reports_to (const GDate *date,
                                 const char  *post_reference,
                                 const char  *manager_reference)
{
  ReorgChange *self;

  CHECK_DATE (date);
  g_return_val_if_fail (post_reference != NULL, NULL);

  self = post_change_new (REORG_CHANGE_KIND_SET_REPORTS_TO, date, post_reference);
  self->other_reference = g_strdup (manager_reference);
  return self;
}

/**
 * reorg_change_new_move_post:
 * @date: the effective date
 * @post_reference: the reference of the post
 * @unit_reference: the reference of the unit to move it to
 *
 * Makes a change that moves a post to another unit. Its line manager is
 * kept.
 *
 * Returns: (transfer full): the change
 *
 * Since: 0.1
 */
ReorgChange *
reorg_change_new_move_post (const GDate *date,
                            const char  *post_reference,
                            const char  *unit_reference)
{
  ReorgChange *self;

  CHECK_DATE (date);
  g_return_val_if_fail (post_reference != NULL, NULL);
  g_return_val_if_fail (unit_reference != NULL, NULL);

  self = post_change_new (REORG_CHANGE_KIND_MOVE_POST, date, post_reference);
  self->unit_reference = g_strdup (unit_reference);
  return self;
}

static ReorgChange *
unit_change_new (ReorgChangeKind  kind,
                 const GDate     *date,
                 const char      *unit_reference)
{
  ReorgChange *self = change_new (kind, date);

  self->unit_reference = g_strdup (unit_reference);
  return self;
}

/**
 * reorg_change_new_create_unit:
 * @date: the effective date
 * @template_unit: a unit giving the new unit's reference, name, kind and
 *   place; the change keeps a copy
 * @parent_reference: (nullable): the reference of the parent unit, or
 *   %NULL for a top-level unit
 *
 * Makes a change that creates a unit, as the last child of its parent.
 *
 * Returns: (transfer full): the change
 *
 * Since: 0.1
 */
ReorgChange *
reorg_change_new_create_unit (const GDate *date,
                              ReorgUnit   *template_unit,
                              const char  *parent_reference)
{
  ReorgChange *self;

  CHECK_DATE (date);
  g_return_val_if_fail (REORG_IS_UNIT (template_unit), NULL);

  self = unit_change_new (REORG_CHANGE_KIND_CREATE_UNIT, date, template_unit->reference);
  self->template_unit = reorg_unit_new (template_unit->reference, template_unit->name, template_unit->kind);
  reorg_unit_set_place (self->template_unit, template_unit->place_kind, template_unit->place);
  self->other_reference = g_strdup (parent_reference);
  return self;
}

/**
 * reorg_change_new_rename_unit:
 * @date: the effective date
 * @unit_reference: the reference of the unit
 * @name: (nullable): the new name
 *
 * Makes a change that renames a unit. Its reference stays.
 *
 * Returns: (transfer full): the change
 *
 * Since: 0.1
 */
ReorgChange *
reorg_change_new_rename_unit (const GDate *date,
                              const char  *unit_reference,
                              const char  *name)
{
  ReorgChange *self;

  CHECK_DATE (date);
  g_return_val_if_fail (unit_reference != NULL, NULL);

  self = unit_change_new (REORG_CHANGE_KIND_RENAME_UNIT, date, unit_reference);
  self->text = g_strdup (name);
  return self;
}

/**
 * reorg_change_new_move_unit:
 * @date: the effective date
 * @unit_reference: the reference of the unit
 * @parent_reference: (nullable): the reference of the new parent, or
 *   %NULL to make the unit a top-level unit
 *
 * Makes a change that moves a unit, with everything in it, to be the last
 * child of another unit.
 *
 * Returns: (transfer full): the change
 *
 * Since: 0.1
 */
ReorgChange *
reorg_change_new_move_unit (const GDate *date,
                            const char  *unit_reference,
                            const char  *parent_reference)
{
  ReorgChange *self;

  CHECK_DATE (date);
  g_return_val_if_fail (unit_reference != NULL, NULL);

  self = unit_change_new (REORG_CHANGE_KIND_MOVE_UNIT, date, unit_reference);
  self->other_reference = g_strdup (parent_reference);
  return self;
}

/**
 * reorg_change_new_merge_unit:
 * @date: the effective date
 * @unit_reference: the reference of the unit to merge
 * @into_reference: the reference of the unit it is merged into
 *
 * Makes a change that moves every post and child unit of one unit into
 * another, then closes the first.
 *
 * Returns: (transfer full): the change
 *
 * Since: 0.1
 */
ReorgChange *
reorg_change_new_merge_unit (const GDate *date,
                             const char  *unit_reference,
                             const char  *into_reference)
{
  ReorgChange *self;

  CHECK_DATE (date);
  g_return_val_if_fail (unit_reference != NULL, NULL);
  g_return_val_if_fail (into_reference != NULL, NULL);

  self = unit_change_new (REORG_CHANGE_KIND_MERGE_UNIT, date, unit_reference);
  self->other_reference = g_strdup (into_reference);
  return self;
}

/**
 * reorg_change_new_close_unit:
 * @date: the effective date
 * @unit_reference: the reference of the unit
 *
 * Makes a change that closes (removes) a unit. The unit must hold no posts
 * and no units when the change applies.
 *
 * Returns: (transfer full): the change
 *
 * Since: 0.1
 */
ReorgChange *
reorg_change_new_close_unit (const GDate *date,
                             const char  *unit_reference)
{
  CHECK_DATE (date);
  g_return_val_if_fail (unit_reference != NULL, NULL);

  return unit_change_new (REORG_CHANGE_KIND_CLOSE_UNIT, date, unit_reference);
}

/**
 * reorg_change_new_disestablish_unit_posts:
 * @date: the effective date
 * @unit_reference: the reference of the unit
 * @title: (nullable): only the posts with exactly this title, or %NULL for all
 *
 * Makes a change that disestablishes every post directly in a unit (not in
 * its child units), or only those whose title is @title: "disestablish the
 * 38 FTE in this unit". The posts are those in the unit when the change
 * applies. Lines between them go with them; a post outside the set that
 * still reports to one of them makes the change fail. Finding no post to
 * disestablish is an error too, as it is most likely a wrong unit or title.
 *
 * Returns: (transfer full): the change
 *
 * Since: 0.1
 */
ReorgChange *
reorg_change_new_disestablish_unit_posts (const GDate *date,
                                          const char  *unit_reference,
                                          const char  *title)
{
  ReorgChange *self;

  CHECK_DATE (date);
  g_return_val_if_fail (unit_reference != NULL, NULL);

  self = unit_change_new (REORG_CHANGE_KIND_DISESTABLISH_UNIT_POSTS, date, unit_reference);
  self->text = g_strdup (title);
  return self;
}

/**
 * reorg_change_new_establish_posts:
 * @date: the effective date
 * @template_post: a post giving the new posts' fields; its reference and
 *   FTE are not used. The change keeps a copy.
 * @unit_reference: the reference of the unit the posts are established in
 * @total_fte: the total FTE to establish, above zero
 * @reference_prefix: the prefix of the new posts' references
 *
 * Makes a change that establishes @total_fte of one role: "establish 18.5
 * FTE of this role". It makes one whole-time post for each whole FTE and
 * one post for the remaining fraction, if any (18.5 FTE gives 18 posts of
 * 1 FTE and one of 0.5), all with the fields of @template_post, with the
 * references `PREFIX-001`, `PREFIX-002` and so on (more digits past 999).
 * The template's salary (and on-costs given as an amount) are those of a
 * whole-time post: the post for the fraction is paid pro rata.
 *
 * Returns: (transfer full): the change
 *
 * Since: 0.1
 */
ReorgChange *
reorg_change_new_establish_posts (const GDate    *date,
                                  ReorgPost      *template_post,
                                  const char     *unit_reference,
                                  const ReorgFte *total_fte,
                                  const char     *reference_prefix)
{
  ReorgChange *self;

  CHECK_DATE (date);
  g_return_val_if_fail (REORG_IS_POST (template_post), NULL);
  g_return_val_if_fail (unit_reference != NULL, NULL);
  g_return_val_if_fail (total_fte != NULL, NULL);
  g_return_val_if_fail (reference_prefix != NULL, NULL);

  self = change_new (REORG_CHANGE_KIND_ESTABLISH_POSTS, date);
  /* The template's own reference and FTE mean nothing here: normalise
   * them, so that two equal changes compare equal. */
  self->template_post = copy_template_post (template_post, reference_prefix);
  self->template_post->fte.units = REORG_FTE_SCALE;
  self->unit_reference = g_strdup (unit_reference);
  self->fte = *total_fte;
  self->text = g_strdup (reference_prefix);
  return self;
}

/**
 * reorg_change_get_kind:
 * @self: a change
 *
 * Gets what the change does.
 *
 * Returns: the kind
 *
 * Since: 0.1
 */
ReorgChangeKind
reorg_change_get_kind (ReorgChange *self)
{
  g_return_val_if_fail (REORG_IS_CHANGE (self), REORG_CHANGE_KIND_ESTABLISH_POST);
  return self->kind;
}

/**
 * reorg_change_get_date:
 * @self: a change
 *
 * Gets the effective date: the change is in the establishment as at this
 * date and after.
 *
 * Returns: (transfer none): the date
 *
 * Since: 0.1
 */
const GDate *
reorg_change_get_date (ReorgChange *self)
{
  g_return_val_if_fail (REORG_IS_CHANGE (self), NULL);
  return &self->date;
}

/**
 * reorg_change_get_label:
 * @self: a change
 *
 * Gets the label or group of the change.
 *
 * Returns: (transfer none) (nullable): the label
 *
 * Since: 0.1
 */
const char *
reorg_change_get_label (ReorgChange *self)
{
  g_return_val_if_fail (REORG_IS_CHANGE (self), NULL);
  return self->label;
}

/**
 * reorg_change_set_label:
 * @self: a change
 * @label: (nullable): the label or group, such as "FISS to Families First"
 *
 * Sets the label or group of the change. Savings can be summed by label.
 *
 * Since: 0.1
 */
void
reorg_change_set_label (ReorgChange *self,
                        const char  *label)
{
  g_return_if_fail (REORG_IS_CHANGE (self));

  if (reorg_set_str (&self->label, label))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}

/**
 * reorg_change_get_phase:
 * @self: a change
 *
 * Gets the phase the change belongs to.
 *
 * Returns: (transfer none) (nullable): the phase
 *
 * Since: 0.1
 */
const char *
reorg_change_get_phase (ReorgChange *self)
{
  g_return_val_if_fail (REORG_IS_CHANGE (self), NULL);
  return self->phase;
}

/**
 * reorg_change_set_phase:
 * @self: a change
 * @phase: (nullable): the phase, such as "Phase 1"
 *
 * Sets the phase the change belongs to.
 *
 * Since: 0.1
 */
void
reorg_change_set_phase (ReorgChange *self,
                        const char  *phase)
{
  g_return_if_fail (REORG_IS_CHANGE (self));

  if (reorg_set_str (&self->phase, phase))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHASE]);
}

/**
 * reorg_change_get_condition:
 * @self: a change
 *
 * Gets the condition on the change.
 *
 * Returns: the condition
 *
 * Since: 0.1
 */
ReorgConditionKind
reorg_change_get_condition (ReorgChange *self)
{
  g_return_val_if_fail (REORG_IS_CHANGE (self), REORG_CONDITION_KIND_NONE);
  return self->condition;
}

/**
 * reorg_change_get_condition_text:
 * @self: a change
 *
 * Gets the condition in words.
 *
 * Returns: (transfer none) (nullable): the text
 *
 * Since: 0.1
 */
const char *
reorg_change_get_condition_text (ReorgChange *self)
{
  g_return_val_if_fail (REORG_IS_CHANGE (self), NULL);
  return self->condition_text;
}

/**
 * reorg_change_set_condition:
 * @self: a change
 * @condition: the condition
 * @text: (nullable): the condition in words, as the report writes it
 *
 * Sets the condition on the change. A condition does not move the change:
 * with %REORG_CONDITION_KIND_IF_VACANT the effective date is the latest
 * date, and the change is applied and costed from it.
 *
 * Since: 0.1
 */
void
reorg_change_set_condition (ReorgChange        *self,
                            ReorgConditionKind  condition,
                            const char         *text)
{
  gboolean condition_changed;

  g_return_if_fail (REORG_IS_CHANGE (self));
  g_return_if_fail (condition <= REORG_CONDITION_KIND_IF_VACANT);

  condition_changed = self->condition != condition;
  self->condition = condition;
  g_object_freeze_notify (G_OBJECT (self));
  if (condition_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONDITION]);
  if (reorg_set_str (&self->condition_text, text))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONDITION_TEXT]);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * reorg_change_get_pay_protection_until:
 * @self: a change
 *
 * Gets the date until which the old salary is paid.
 *
 * Returns: (transfer none) (nullable): the date, or %NULL for none
 *
 * Since: 0.1
 */
const GDate *
reorg_change_get_pay_protection_until (ReorgChange *self)
{
  g_return_val_if_fail (REORG_IS_CHANGE (self), NULL);
  return reorg_optional_date_get (&self->pay_protection_until);
}

/**
 * reorg_change_set_pay_protection_until:
 * @self: a change
 * @date: (nullable): the date, or %NULL (or an invalid date) for none
 *
 * Sets the date until which the post's old salary is paid after the
 * change (pay protection after a downgrade or a salary cut). The change
 * is still in the establishment from its effective date, but its money
 * moves from the later of the two dates: pay protection slows savings.
 *
 * Since: 0.1
 */
void
reorg_change_set_pay_protection_until (ReorgChange *self,
                                       const GDate *date)
{
  g_return_if_fail (REORG_IS_CHANGE (self));

  if (reorg_optional_date_set (&self->pay_protection_until, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAY_PROTECTION_UNTIL]);
}

/**
 * reorg_change_get_money_date:
 * @self: a change
 *
 * Gets the date from which the change's money counts: the later of its
 * effective date and its pay protection end date.
 *
 * Returns: (transfer none): the date
 *
 * Since: 0.1
 */
const GDate *
reorg_change_get_money_date (ReorgChange *self)
{
  const GDate *protection;

  g_return_val_if_fail (REORG_IS_CHANGE (self), NULL);

  protection = reorg_optional_date_get (&self->pay_protection_until);
  if (protection != NULL && g_date_compare (protection, &self->date) > 0)
    return protection;
  return &self->date;
}

static gboolean
is_post_kind (ReorgChangeKind kind)
{
  return kind <= REORG_CHANGE_KIND_MOVE_POST;
}

/**
 * reorg_change_get_post_reference:
 * @self: a change
 *
 * Gets the reference of the post the change acts on: for
 * %REORG_CHANGE_KIND_ESTABLISH_POST the new post's; %NULL for the unit
 * changes and the bulk forms.
 *
 * Returns: (transfer none) (nullable): the post reference
 *
 * Since: 0.1
 */
const char *
reorg_change_get_post_reference (ReorgChange *self)
{
  g_return_val_if_fail (REORG_IS_CHANGE (self), NULL);
  return is_post_kind (self->kind) ? self->post_reference : NULL;
}

/**
 * reorg_change_get_unit_reference:
 * @self: a change
 *
 * Gets the reference of the unit the change acts on (rename, move, merge,
 * close, disestablish the posts of), the unit posts go to (establish,
 * move a post, establish posts), or the new unit's (create a unit).
 *
 * Returns: (transfer none) (nullable): the unit reference, or %NULL for
 *   the other post changes
 *
 * Since: 0.1
 */
const char *
reorg_change_get_unit_reference (ReorgChange *self)
{
  g_return_val_if_fail (REORG_IS_CHANGE (self), NULL);
  return self->unit_reference;
}

/**
 * reorg_change_get_manager_reference:
 * @self: a change
 *
 * Gets the reference of the post that the new post
 * (%REORG_CHANGE_KIND_ESTABLISH_POST) or the post
 * (%REORG_CHANGE_KIND_SET_REPORTS_TO) will report to.
 *
 * Returns: (transfer none) (nullable): the manager's reference, or %NULL
 *   for a top post or another kind of change
 *
 * Since: 0.1
 */
const char *
reorg_change_get_manager_reference (ReorgChange *self)
{
  g_return_val_if_fail (REORG_IS_CHANGE (self), NULL);
  if (self->kind == REORG_CHANGE_KIND_ESTABLISH_POST || self->kind == REORG_CHANGE_KIND_SET_REPORTS_TO)
    return self->other_reference;
  return NULL;
}

/**
 * reorg_change_get_parent_reference:
 * @self: a change
 *
 * Gets the reference of the parent unit of a
 * %REORG_CHANGE_KIND_CREATE_UNIT or %REORG_CHANGE_KIND_MOVE_UNIT change.
 *
 * Returns: (transfer none) (nullable): the parent's reference, or %NULL
 *   for a top-level unit or another kind of change
 *
 * Since: 0.1
 */
const char *
reorg_change_get_parent_reference (ReorgChange *self)
{
  g_return_val_if_fail (REORG_IS_CHANGE (self), NULL);
  if (self->kind == REORG_CHANGE_KIND_CREATE_UNIT || self->kind == REORG_CHANGE_KIND_MOVE_UNIT)
    return self->other_reference;
  return NULL;
}

/**
 * reorg_change_get_into_reference:
 * @self: a change
 *
 * Gets the reference of the unit a %REORG_CHANGE_KIND_MERGE_UNIT change
 * merges into.
 *
 * Returns: (transfer none) (nullable): the unit's reference, or %NULL for
 *   another kind of change
 *
 * Since: 0.1
 */
const char *
reorg_change_get_into_reference (ReorgChange *self)
{
  g_return_val_if_fail (REORG_IS_CHANGE (self), NULL);
  return self->kind == REORG_CHANGE_KIND_MERGE_UNIT ? self->other_reference : NULL;
}

/**
 * reorg_change_get_template_post:
 * @self: a change
 *
 * Gets the change's own template of the post(s) it establishes. It is in
 * no structure. For %REORG_CHANGE_KIND_ESTABLISH_POSTS its reference is
 * the reference prefix and its FTE is 1.
 *
 * Returns: (transfer none) (nullable): the template, or %NULL for other
 *   kinds of change
 *
 * Since: 0.1
 */
ReorgPost *
reorg_change_get_template_post (ReorgChange *self)
{
  g_return_val_if_fail (REORG_IS_CHANGE (self), NULL);
  return self->template_post;
}

/**
 * reorg_change_get_template_unit:
 * @self: a change
 *
 * Gets the change's own template of the unit a
 * %REORG_CHANGE_KIND_CREATE_UNIT change creates. It is in no structure.
 *
 * Returns: (transfer none) (nullable): the template, or %NULL for other
 *   kinds of change
 *
 * Since: 0.1
 */
ReorgUnit *
reorg_change_get_template_unit (ReorgChange *self)
{
  g_return_val_if_fail (REORG_IS_CHANGE (self), NULL);
  return self->template_unit;
}

/**
 * reorg_change_get_grade:
 * @self: a change
 *
 * Gets the new grade of a %REORG_CHANGE_KIND_REGRADE change.
 *
 * Returns: (transfer none) (nullable): the grade, or %NULL for another kind
 *
 * Since: 0.1
 */
const char *
reorg_change_get_grade (ReorgChange *self)
{
  g_return_val_if_fail (REORG_IS_CHANGE (self), NULL);
  return self->kind == REORG_CHANGE_KIND_REGRADE ? self->text : NULL;
}

/**
 * reorg_change_get_salary:
 * @self: a change
 *
 * Gets the new salary of a %REORG_CHANGE_KIND_SET_SALARY change, or of a
 * %REORG_CHANGE_KIND_REGRADE change that sets one.
 *
 * Returns: (transfer none) (nullable): the salary, or %NULL
 *
 * Since: 0.1
 */
const ReorgMoney *
reorg_change_get_salary (ReorgChange *self)
{
  g_return_val_if_fail (REORG_IS_CHANGE (self), NULL);
  return self->has_salary ? &self->salary : NULL;
}

/**
 * reorg_change_get_fte:
 * @self: a change
 *
 * Gets the new FTE of a %REORG_CHANGE_KIND_SET_FTE change, or the total FTE
 * of a %REORG_CHANGE_KIND_ESTABLISH_POSTS change.
 *
 * Returns: (transfer none) (nullable): the FTE, or %NULL for another kind
 *
 * Since: 0.1
 */
const ReorgFte *
reorg_change_get_fte (ReorgChange *self)
{
  g_return_val_if_fail (REORG_IS_CHANGE (self), NULL);
  if (self->kind == REORG_CHANGE_KIND_SET_FTE || self->kind == REORG_CHANGE_KIND_ESTABLISH_POSTS)
    return &self->fte;
  return NULL;
}

/**
 * reorg_change_get_tenure:
 * @self: a change
 *
 * Gets the new tenure of a %REORG_CHANGE_KIND_SET_TENURE change.
 *
 * Returns: the tenure (%REORG_TENURE_PERMANENT for another kind)
 *
 * Since: 0.1
 */
ReorgTenure
reorg_change_get_tenure (ReorgChange *self)
{
  g_return_val_if_fail (REORG_IS_CHANGE (self), REORG_TENURE_PERMANENT);
  return self->tenure;
}

/**
 * reorg_change_get_funding_kind:
 * @self: a change
 *
 * Gets the new funding kind of a %REORG_CHANGE_KIND_SET_FUNDING change.
 *
 * Returns: the funding kind (%REORG_FUNDING_MAINSTREAM for another kind)
 *
 * Since: 0.1
 */
ReorgFundingKind
reorg_change_get_funding_kind (ReorgChange *self)
{
  g_return_val_if_fail (REORG_IS_CHANGE (self), REORG_FUNDING_MAINSTREAM);
  return self->funding_kind;
}

/**
 * reorg_change_get_funding_name:
 * @self: a change
 *
 * Gets the new funding source's name of a %REORG_CHANGE_KIND_SET_FUNDING
 * change.
 *
 * Returns: (transfer none) (nullable): the name, or %NULL
 *
 * Since: 0.1
 */
const char *
reorg_change_get_funding_name (ReorgChange *self)
{
  g_return_val_if_fail (REORG_IS_CHANGE (self), NULL);
  return self->kind == REORG_CHANGE_KIND_SET_FUNDING ? self->text : NULL;
}

/**
 * reorg_change_get_name:
 * @self: a change
 *
 * Gets the new name of a %REORG_CHANGE_KIND_RENAME_UNIT change.
 *
 * Returns: (transfer none) (nullable): the name, or %NULL
 *
 * Since: 0.1
 */
const char *
reorg_change_get_name (ReorgChange *self)
{
  g_return_val_if_fail (REORG_IS_CHANGE (self), NULL);
  return self->kind == REORG_CHANGE_KIND_RENAME_UNIT ? self->text : NULL;
}

/**
 * reorg_change_get_title:
 * @self: a change
 *
 * Gets the title that a %REORG_CHANGE_KIND_DISESTABLISH_UNIT_POSTS change
 * is limited to.
 *
 * Returns: (transfer none) (nullable): the title, or %NULL for every post
 *   of the unit or another kind of change
 *
 * Since: 0.1
 */
const char *
reorg_change_get_title (ReorgChange *self)
{
  g_return_val_if_fail (REORG_IS_CHANGE (self), NULL);
  return self->kind == REORG_CHANGE_KIND_DISESTABLISH_UNIT_POSTS ? self->text : NULL;
}

/**
 * reorg_change_get_reference_prefix:
 * @self: a change
 *
 * Gets the reference prefix of a %REORG_CHANGE_KIND_ESTABLISH_POSTS change.
 *
 * Returns: (transfer none) (nullable): the prefix, or %NULL for another kind
 *
 * Since: 0.1
 */
const char *
reorg_change_get_reference_prefix (ReorgChange *self)
{
  g_return_val_if_fail (REORG_IS_CHANGE (self), NULL);
  return self->kind == REORG_CHANGE_KIND_ESTABLISH_POSTS ? self->text : NULL;
}

/**
 * reorg_change_get_n_new_posts:
 * @self: a change
 *
 * Gets the number of posts the change establishes: 1 for
 * %REORG_CHANGE_KIND_ESTABLISH_POST, the whole FTEs plus one for a
 * remaining fraction for %REORG_CHANGE_KIND_ESTABLISH_POSTS (19 for 18.5
 * FTE), and 0 otherwise.
 *
 * Returns: the number of new posts
 *
 * Since: 0.1
 */
guint
reorg_change_get_n_new_posts (ReorgChange *self)
{
  gint64 n;

  g_return_val_if_fail (REORG_IS_CHANGE (self), 0);

  if (self->kind == REORG_CHANGE_KIND_ESTABLISH_POST)
    return 1;
  if (self->kind != REORG_CHANGE_KIND_ESTABLISH_POSTS || self->fte.units <= 0)
    return 0;
  n = self->fte.units / REORG_FTE_SCALE + (self->fte.units % REORG_FTE_SCALE != 0 ? 1 : 0);
  return n > G_MAXUINT ? G_MAXUINT : (guint) n;
}

char *
reorg_change_new_post_reference (ReorgChange *self,
                                 guint        index)
{
  return g_strdup_printf ("%s-%03u", self->text, index + 1);
}

static gboolean
template_units_equal (ReorgUnit *a,
                      ReorgUnit *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_strcmp0 (a->reference, b->reference) == 0 &&
         g_strcmp0 (a->name, b->name) == 0 &&
         a->kind == b->kind &&
         a->place_kind == b->place_kind &&
         g_strcmp0 (a->place, b->place) == 0;
}

/**
 * reorg_change_equal:
 * @a: a change
 * @b: another change
 *
 * Compares two changes: kind, dates, label, phase, condition, the
 * references and values they carry and their templates' fields.
 *
 * Returns: %TRUE if the changes are equal
 *
 * Since: 0.1
 */
gboolean
reorg_change_equal (ReorgChange *a,
                    ReorgChange *b)
{
  g_return_val_if_fail (REORG_IS_CHANGE (a), FALSE);
  g_return_val_if_fail (REORG_IS_CHANGE (b), FALSE);

  if (a == b)
    return TRUE;
  if (a->kind != b->kind ||
      g_date_compare (&a->date, &b->date) != 0 ||
      !reorg_optional_date_equal (&a->pay_protection_until, &b->pay_protection_until) ||
      a->condition != b->condition ||
      g_strcmp0 (a->condition_text, b->condition_text) != 0 ||
      g_strcmp0 (a->label, b->label) != 0 ||
      g_strcmp0 (a->phase, b->phase) != 0 ||
      g_strcmp0 (a->post_reference, b->post_reference) != 0 ||
      g_strcmp0 (a->unit_reference, b->unit_reference) != 0 ||
      g_strcmp0 (a->other_reference, b->other_reference) != 0 ||
      g_strcmp0 (a->text, b->text) != 0 ||
      a->has_salary != b->has_salary ||
      (a->has_salary && a->salary.pence != b->salary.pence) ||
      a->fte.units != b->fte.units ||
      a->tenure != b->tenure ||
      a->funding_kind != b->funding_kind)
    return FALSE;
  if ((a->template_post == NULL) != (b->template_post == NULL) ||
      (a->template_post != NULL && !reorg_post_fields_equal (a->template_post, b->template_post)))
    return FALSE;
  return template_units_equal (a->template_unit, b->template_unit);
}

const char *
reorg_change_kind_to_nick (ReorgChangeKind kind)
{
  GEnumClass *klass = g_type_class_ref (REORG_TYPE_CHANGE_KIND);
  GEnumValue *value = g_enum_get_value (klass, kind);

  g_type_class_unref (klass);  /* static type: the class stays alive */
  return value ? value->value_nick : "unknown";
}

static char *
money_text (const ReorgMoney *money)
{
  return reorg_money_format (money, REORG_MONEY_SCALE_UNITS, 2, REORG_MONEY_FORMAT_SYMBOL);
}

/**
 * reorg_change_describe:
 * @self: a change
 *
 * Describes the change in a short English phrase, such as
 * `disestablish post 'ES-SEO-01'` or `establish 18.5 FTE as 19 posts
 * FF-001 to FF-019 in unit 'FF'`, for reports and messages. The date,
 * label and condition are not part of it.
 *
 * Returns: (transfer full): the description
 *
 * Since: 0.1
 */
char *
reorg_change_describe (ReorgChange *self)
{
  g_autofree char *amount = NULL;

  g_return_val_if_fail (REORG_IS_CHANGE (self), NULL);

  switch (self->kind)
    {
    case REORG_CHANGE_KIND_ESTABLISH_POST:
      if (self->other_reference != NULL)
        return g_strdup_printf ("establish post '%s' in unit '%s', reporting to '%s'",
                                self->post_reference, self->unit_reference, self->other_reference);
      return g_strdup_printf ("establish post '%s' in unit '%s'", self->post_reference, self->unit_reference);
    case REORG_CHANGE_KIND_DISESTABLISH_POST:
      return g_strdup_printf ("disestablish post '%s'", self->post_reference);
    case REORG_CHANGE_KIND_REGRADE:
      if (self->has_salary)
        {
          amount = money_text (&self->salary);
          return g_strdup_printf ("regrade post '%s' to %s at %s", self->post_reference, self->text, amount);
        }
      return g_strdup_printf ("regrade post '%s' to %s", self->post_reference, self->text);
    case REORG_CHANGE_KIND_SET_FTE:
      amount = reorg_fte_to_string (&self->fte);
      return g_strdup_printf ("set the FTE of post '%s' to %s", self->post_reference, amount);
    case REORG_CHANGE_KIND_SET_SALARY:
      amount = money_text (&self->salary);
      return g_strdup_printf ("set the salary of post '%s' to %s", self->post_reference, amount);
    case REORG_CHANGE_KIND_SET_TENURE:
      {
        GEnumClass *klass = g_type_class_ref (REORG_TYPE_TENURE);
        char *text = g_strdup_printf ("make post '%s' %s", self->post_reference,
                                      g_enum_get_value (klass, self->tenure)->value_nick);
        g_type_class_unref (klass);
        return text;
      }
    case REORG_CHANGE_KIND_SET_FUNDING:
      {
        GEnumClass *klass = g_type_class_ref (REORG_TYPE_FUNDING_KIND);
        const char *nick = g_enum_get_value (klass, self->funding_kind)->value_nick;
        char *text = self->text != NULL
          ? g_strdup_printf ("fund post '%s' from %s %s", self->post_reference, nick, self->text)
          : g_strdup_printf ("fund post '%s' from %s", self->post_reference, nick);
        g_type_class_unref (klass);
        return text;
      }
    case REORG_CHANGE_KIND_SET_REPORTS_TO:
      if (self->other_reference != NULL)
        return g_strdup_printf ("make post '%s' report to '%s'", self->post_reference, self->other_reference);
      return g_strdup_printf ("make post '%s' a top post", self->post_reference);
    case REORG_CHANGE_KIND_MOVE_POST:
      return g_strdup_printf ("move post '%s' to unit '%s'", self->post_reference, self->unit_reference);
    case REORG_CHANGE_KIND_CREATE_UNIT:
      if (self->other_reference != NULL)
        return g_strdup_printf ("create unit '%s' under '%s'", self->unit_reference, self->other_reference);
      return g_strdup_printf ("create top-level unit '%s'", self->unit_reference);
    case REORG_CHANGE_KIND_RENAME_UNIT:
      return g_strdup_printf ("rename unit '%s' to \"%s\"", self->unit_reference, self->text ? self->text : "");
    case REORG_CHANGE_KIND_MOVE_UNIT:
      if (self->other_reference != NULL)
        return g_strdup_printf ("move unit '%s' under '%s'", self->unit_reference, self->other_reference);
      return g_strdup_printf ("make unit '%s' a top-level unit", self->unit_reference);
    case REORG_CHANGE_KIND_MERGE_UNIT:
      return g_strdup_printf ("merge unit '%s' into '%s'", self->unit_reference, self->other_reference);
    case REORG_CHANGE_KIND_CLOSE_UNIT:
      return g_strdup_printf ("close unit '%s'", self->unit_reference);
    case REORG_CHANGE_KIND_DISESTABLISH_UNIT_POSTS:
      if (self->text != NULL)
        return g_strdup_printf ("disestablish the posts titled \"%s\" in unit '%s'", self->text, self->unit_reference);
      return g_strdup_printf ("disestablish the posts in unit '%s'", self->unit_reference);
    case REORG_CHANGE_KIND_ESTABLISH_POSTS:
      {
        guint n = reorg_change_get_n_new_posts (self);
        g_autofree char *first = reorg_change_new_post_reference (self, 0);
        g_autofree char *last = reorg_change_new_post_reference (self, n > 0 ? n - 1 : 0);

        amount = reorg_fte_to_string (&self->fte);
        if (n == 1)
          return g_strdup_printf ("establish %s FTE as post %s in unit '%s'", amount, first, self->unit_reference);
        return g_strdup_printf ("establish %s FTE as %u posts %s to %s in unit '%s'",
                                amount, n, first, last, self->unit_reference);
      }
    default:
      g_assert_not_reached ();
    }
}

static gboolean
invalid (GError     **error,
         const char  *format,
         ...) G_GNUC_PRINTF (2, 3);

static gboolean
invalid (GError     **error,
         const char  *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, REORG_ERROR, REORG_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
check_reference (const char  *what,
                 const char  *reference,
                 GError     **error)
{
  if (reference == NULL || reference[0] != '\0')
    return TRUE;
  return invalid (error, "the %s reference is empty", what);
}

gboolean
reorg_change_check_values (ReorgChange  *self,
                           GError      **error)
{
  if (!check_reference ("post", self->post_reference, error) ||
      !check_reference ("unit", self->unit_reference, error))
    return FALSE;
  switch (self->kind)
    {
    case REORG_CHANGE_KIND_ESTABLISH_POST:
    case REORG_CHANGE_KIND_SET_REPORTS_TO:
      if (!check_reference ("manager's", self->other_reference, error))
        return FALSE;
      if (g_strcmp0 (self->other_reference, self->post_reference) == 0)
        return invalid (error, "post '%s' cannot report to itself", self->post_reference);
      break;
    case REORG_CHANGE_KIND_CREATE_UNIT:
    case REORG_CHANGE_KIND_MOVE_UNIT:
      if (!check_reference ("parent unit", self->other_reference, error))
        return FALSE;
      if (g_strcmp0 (self->other_reference, self->unit_reference) == 0)
        return invalid (error, "unit '%s' cannot be its own parent", self->unit_reference);
      break;
    case REORG_CHANGE_KIND_MERGE_UNIT:
      if (!check_reference ("target unit", self->other_reference, error))
        return FALSE;
      if (g_strcmp0 (self->other_reference, self->unit_reference) == 0)
        return invalid (error, "unit '%s' cannot be merged into itself", self->unit_reference);
      break;
    case REORG_CHANGE_KIND_SET_FTE:
      if (self->fte.units <= 0)
        {
          g_autofree char *text = reorg_fte_to_string (&self->fte);
          return invalid (error, "FTE must be above zero, not %s", text);
        }
      break;
    case REORG_CHANGE_KIND_ESTABLISH_POSTS:
      if (self->fte.units <= 0)
        {
          g_autofree char *text = reorg_fte_to_string (&self->fte);
          return invalid (error, "the total FTE must be above zero, not %s", text);
        }
      if (self->text[0] == '\0')
        return invalid (error, "the reference prefix is empty");
      break;
    default:
      break;
    }
  if (self->has_salary && self->salary.pence < 0)
    {
      g_autofree char *text = reorg_money_to_string (&self->salary);
      return invalid (error, "salary must not be negative, not %s", text);
    }
  return TRUE;
}
