/* reorg-post.c: a position in the establishment
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "reorg-private.h"

/**
 * ReorgPost:
 *
 * A position in the establishment. A post exists whether or not anyone
 * holds it.
 *
 * A post has a reference (text: `00009000` keeps its zeros), a title, a
 * grade, an FTE, an annual cost made of salary and on-costs (given as an
 * amount or as a rate of the salary), a [enum@Reorg.PostStatus], a
 * [enum@Reorg.Tenure], a funding source and a job family. Within a
 * [class@Reorg.Structure] it sits in a [class@Reorg.Unit] and may report to
 * another post; the structure places, moves and removes posts and keeps
 * those links valid.
 *
 * Setters whose value can be invalid (an FTE that is not above zero, a
 * negative cost) take a #GError and leave the post unchanged on failure.
 *
 * Since: 0.1
 */

enum {
  PROP_0,
  PROP_REFERENCE,
  PROP_TITLE,
  PROP_GRADE,
  PROP_JOB_FAMILY,
  PROP_FTE,
  PROP_SALARY,
  PROP_ON_COSTS,
  PROP_ON_COST_RATE,
  PROP_ANNUAL_COST,
  PROP_STATUS,
  PROP_TENURE,
  PROP_FUNDING_KIND,
  PROP_FUNDING_NAME,
  PROP_UNIT,
  PROP_REPORTS_TO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (ReorgPost, reorg_post, G_TYPE_OBJECT)

static void
reorg_post_finalize (GObject *object)
{
  ReorgPost *self = REORG_POST (object);

  g_free (self->reference);
  g_free (self->title);

  G_OBJECT_CLASS (reorg_post_parent_class)->finalize (object);
}

static void
reorg_post_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  ReorgPost *self = REORG_POST (object);

  switch (prop_id)
    {
    case PROP_REFERENCE:
      g_value_set_string (value, self->reference);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_GRADE:
      g_value_set_string (value, self->grade);
      break;
    case PROP_JOB_FAMILY:
      g_value_set_string (value, self->job_family);
      break;
    case PROP_FTE:
      g_value_set_boxed (value, &self->fte);
      break;
    case PROP_SALARY:
      g_value_set_boxed (value, &self->salary);
      break;
    case PROP_ON_COSTS:
      g_value_set_boxed (value, &self->on_costs);
      break;
    case PROP_ON_COST_RATE:
      g_value_set_int (value, self->on_cost_rate);
      break;
    case PROP_ANNUAL_COST:
      g_value_set_boxed (value, &self->annual_cost);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_TENURE:
      g_value_set_enum (value, self->tenure);
      break;
    case PROP_FUNDING_KIND:
      g_value_set_enum (value, self->funding_kind);
      break;
    case PROP_FUNDING_NAME:
      g_value_set_string (value, self->funding_name);
      break;
    case PROP_UNIT:
      g_value_set_object (value, self->unit);
      break;
    case PROP_REPORTS_TO:
      g_value_set_object (value, self->reports_to);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
reorg_post_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  ReorgPost *self = REORG_POST (object);

  switch (prop_id)
    {
    case PROP_REFERENCE:
      g_assert (self->reference == NULL);
      self->reference = g_value_dup_string (value);
      break;
    case PROP_TITLE:
      reorg_post_set_title (self, g_value_get_string (value));
      break;
    case PROP_GRADE:
      reorg_post_set_grade (self, g_value_get_string (value));
      break;
    case PROP_JOB_FAMILY:
      reorg_post_set_job_family (self, g_value_get_string (value));
      break;
    case PROP_STATUS:
      reorg_post_set_status (self, g_value_get_enum (value));
      break;
    case PROP_TENURE:
      reorg_post_set_tenure (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
reorg_post_class_init (ReorgPostClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = reorg_post_finalize;
  object_class->get_property = reorg_post_get_property;
  object_class->set_property = reorg_post_set_property;

  /**
   * ReorgPost:reference:
   *
   * The post's reference, unique within its structure. It is text:
   * `00009000` keeps its zeros.
   *
   * Since: 0.1
   */
  properties[PROP_REFERENCE] =
    g_param_spec_string ("reference", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * ReorgPost:title:
   *
   * The post's job title.
   *
   * Since: 0.1
   */
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, rw);
  /**
   * ReorgPost:grade:
   *
   * The post's grade, as the organisation writes it (`Grade 12`, `SCS1`).
   *
   * Since: 0.1
   */
  properties[PROP_GRADE] = g_param_spec_string ("grade", NULL, NULL, NULL, rw);
  /**
   * ReorgPost:job-family:
   *
   * The job family the post belongs to.
   *
   * Since: 0.1
   */
  properties[PROP_JOB_FAMILY] = g_param_spec_string ("job-family", NULL, NULL, NULL, rw);
  /**
   * ReorgPost:fte:
   *
   * The post's full-time equivalent. Set it with [method@Reorg.Post.set_fte].
   *
   * Since: 0.1
   */
  properties[PROP_FTE] = g_param_spec_boxed ("fte", NULL, NULL, REORG_TYPE_FTE, ro);
  /**
   * ReorgPost:salary:
   *
   * The post's annual salary. Set it with [method@Reorg.Post.set_salary].
   *
   * Since: 0.1
   */
  properties[PROP_SALARY] = g_param_spec_boxed ("salary", NULL, NULL, REORG_TYPE_MONEY, ro);
  /**
   * ReorgPost:on-costs:
   *
   * The post's annual on-costs (employer's pension and national insurance
   * contributions), given or computed from [property@Reorg.Post:on-cost-rate].
   *
   * Since: 0.1
   */
  properties[PROP_ON_COSTS] = g_param_spec_boxed ("on-costs", NULL, NULL, REORG_TYPE_MONEY, ro);
  /**
   * ReorgPost:on-cost-rate:
   *
   * The on-cost rate in basis points of the salary (2500 is 25%), or -1 when
   * the on-costs are given as an amount.
   *
   * Since: 0.1
   */
  properties[PROP_ON_COST_RATE] = g_param_spec_int ("on-cost-rate", NULL, NULL, -1, 10000, -1, ro);
  /**
   * ReorgPost:annual-cost:
   *
   * The post's annual cost: salary plus on-costs.
   *
   * Since: 0.1
   */
  properties[PROP_ANNUAL_COST] = g_param_spec_boxed ("annual-cost", NULL, NULL, REORG_TYPE_MONEY, ro);
  /**
   * ReorgPost:status:
   *
   * Whether the post is filled, vacant or frozen.
   *
   * Since: 0.1
   */
  properties[PROP_STATUS] = g_param_spec_enum ("status", NULL, NULL, REORG_TYPE_POST_STATUS,
                                               REORG_POST_STATUS_FILLED, rw);
  /**
   * ReorgPost:tenure:
   *
   * The post's tenure.
   *
   * Since: 0.1
   */
  properties[PROP_TENURE] = g_param_spec_enum ("tenure", NULL, NULL, REORG_TYPE_TENURE,
                                               REORG_TENURE_PERMANENT, rw);
  /**
   * ReorgPost:funding-kind:
   *
   * The kind of funding source. Set it with [method@Reorg.Post.set_funding].
   *
   * Since: 0.1
   */
  properties[PROP_FUNDING_KIND] = g_param_spec_enum ("funding-kind", NULL, NULL, REORG_TYPE_FUNDING_KIND,
                                                     REORG_FUNDING_MAINSTREAM, ro);
  /**
   * ReorgPost:funding-name:
   *
   * The name of the funding source, such as a grant's name.
   *
   * Since: 0.1
   */
  properties[PROP_FUNDING_NAME] = g_param_spec_string ("funding-name", NULL, NULL, NULL, ro);
  /**
   * ReorgPost:unit:
   *
   * The unit the post sits in, set by the structure.
   *
   * Since: 0.1
   */
  properties[PROP_UNIT] = g_param_spec_object ("unit", NULL, NULL, REORG_TYPE_UNIT, ro);
  /**
   * ReorgPost:reports-to:
   *
   * The post this post reports to, set by the structure.
   *
   * Since: 0.1
   */
  properties[PROP_REPORTS_TO] = g_param_spec_object ("reports-to", NULL, NULL, REORG_TYPE_POST, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
reorg_post_init (ReorgPost *self)
{
  self->fte.units = REORG_FTE_SCALE;
  self->on_cost_rate = -1;
  self->status = REORG_POST_STATUS_FILLED;
  self->tenure = REORG_TENURE_PERMANENT;
  self->funding_kind = REORG_FUNDING_MAINSTREAM;
  self->funding_key = g_intern_static_string ("mainstream");
}

/**
 * reorg_post_new:
 * @reference: the post's reference, unique within the structure it will join
 *
 * Creates a post of 1 FTE, no cost, filled, permanent and funded from the
 * mainstream budget, in no structure yet. Add it to a structure with
 * [method@Reorg.Structure.add_post], which checks the reference.
 *
 * Returns: (transfer full): a new post
 *
 * Since: 0.1
 */
ReorgPost *
reorg_post_new (const char *reference)
{
  g_return_val_if_fail (reference != NULL, NULL);

  return g_object_new (REORG_TYPE_POST, "reference", reference, NULL);
}

/**
 * reorg_post_get_reference:
 * @self: a post
 *
 * Gets the post's reference.
 *
 * Returns: (transfer none): the reference
 *
 * Since: 0.1
 */
const char *
reorg_post_get_reference (ReorgPost *self)
{
  g_return_val_if_fail (REORG_IS_POST (self), NULL);
  return self->reference;
}

/**
 * reorg_post_get_title:
 * @self: a post
 *
 * Gets the post's job title.
 *
 * Returns: (transfer none) (nullable): the title
 *
 * Since: 0.1
 */
const char *
reorg_post_get_title (ReorgPost *self)
{
  g_return_val_if_fail (REORG_IS_POST (self), NULL);
  return self->title;
}

/**
 * reorg_post_set_title:
 * @self: a post
 * @title: (nullable): the job title
 *
 * Sets the post's job title.
 *
 * Since: 0.1
 */
void
reorg_post_set_title (ReorgPost  *self,
                      const char *title)
{
  g_return_if_fail (REORG_IS_POST (self));

  if (reorg_set_str (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/* Interned strings compare by pointer; NULL stays NULL. */
static gboolean
set_interned (const char **field,
              const char  *value)
{
  const char *interned = value ? g_intern_string (value) : NULL;

  if (*field == interned)
    return FALSE;
  *field = interned;
  return TRUE;
}

/**
 * reorg_post_get_grade:
 * @self: a post
 *
 * Gets the post's grade.
 *
 * Returns: (transfer none) (nullable): the grade
 *
 * Since: 0.1
 */
const char *
reorg_post_get_grade (ReorgPost *self)
{
  g_return_val_if_fail (REORG_IS_POST (self), NULL);
  return self->grade;
}

/**
 * reorg_post_set_grade:
 * @self: a post
 * @grade: (nullable): the grade, as the organisation writes it
 *
 * Sets the post's grade.
 *
 * Since: 0.1
 */
void
reorg_post_set_grade (ReorgPost  *self,
                      const char *grade)
{
  g_return_if_fail (REORG_IS_POST (self));

  if (set_interned (&self->grade, grade))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GRADE]);
}

/**
 * reorg_post_get_job_family:
 * @self: a post
 *
 * Gets the job family the post belongs to.
 *
 * Returns: (transfer none) (nullable): the job family
 *
 * Since: 0.1
 */
const char *
reorg_post_get_job_family (ReorgPost *self)
{
  g_return_val_if_fail (REORG_IS_POST (self), NULL);
  return self->job_family;
}

/**
 * reorg_post_set_job_family:
 * @self: a post
 * @job_family: (nullable): the job family
 *
 * Sets the job family the post belongs to.
 *
 * Since: 0.1
 */
void
reorg_post_set_job_family (ReorgPost  *self,
                           const char *job_family)
{
  g_return_if_fail (REORG_IS_POST (self));

  if (set_interned (&self->job_family, job_family))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOB_FAMILY]);
}

/**
 * reorg_post_get_fte:
 * @self: a post
 *
 * Gets the post's full-time equivalent.
 *
 * Returns: (transfer none): the FTE
 *
 * Since: 0.1
 */
const ReorgFte *
reorg_post_get_fte (ReorgPost *self)
{
  g_return_val_if_fail (REORG_IS_POST (self), NULL);
  return &self->fte;
}

/**
 * reorg_post_set_fte:
 * @self: a post
 * @fte: the full-time equivalent, above zero
 * @error: return location for a #GError
 *
 * Sets the post's full-time equivalent. An FTE of zero or below is a
 * %REORG_ERROR_INVALID error and leaves the post unchanged.
 *
 * Returns: %TRUE on success
 *
 * Since: 0.1
 */
gboolean
reorg_post_set_fte (ReorgPost       *self,
                    const ReorgFte  *fte,
                    GError         **error)
{
  g_return_val_if_fail (REORG_IS_POST (self), FALSE);
  g_return_val_if_fail (fte != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (fte->units <= 0)
    {
      g_autofree char *text = reorg_fte_to_string (fte);
      g_set_error (error, REORG_ERROR, REORG_ERROR_INVALID,
                   "post '%s': FTE must be above zero, not %s", self->reference, text);
      return FALSE;
    }
  if (self->fte.units == fte->units)
    return TRUE;
  self->fte = *fte;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FTE]);
  return TRUE;
}

/**
 * reorg_post_get_salary:
 * @self: a post
 *
 * Gets the post's annual salary.
 *
 * Returns: (transfer none): the salary
 *
 * Since: 0.1
 */
const ReorgMoney *
reorg_post_get_salary (ReorgPost *self)
{
  g_return_val_if_fail (REORG_IS_POST (self), NULL);
  return &self->salary;
}

/**
 * reorg_post_get_on_costs:
 * @self: a post
 *
 * Gets the post's annual on-costs, given or computed from the on-cost rate.
 *
 * Returns: (transfer none): the on-costs
 *
 * Since: 0.1
 */
const ReorgMoney *
reorg_post_get_on_costs (ReorgPost *self)
{
  g_return_val_if_fail (REORG_IS_POST (self), NULL);
  return &self->on_costs;
}

/**
 * reorg_post_get_on_cost_rate:
 * @self: a post
 *
 * Gets the on-cost rate in basis points of the salary (2500 is 25%).
 *
 * Returns: the rate, or -1 when the on-costs are given as an amount
 *
 * Since: 0.1
 */
gint
reorg_post_get_on_cost_rate (ReorgPost *self)
{
  g_return_val_if_fail (REORG_IS_POST (self), -1);
  return self->on_cost_rate;
}

/**
 * reorg_post_get_annual_cost:
 * @self: a post
 *
 * Gets the post's annual cost: salary plus on-costs.
 *
 * Returns: (transfer none): the annual cost
 *
 * Since: 0.1
 */
const ReorgMoney *
reorg_post_get_annual_cost (ReorgPost *self)
{
  g_return_val_if_fail (REORG_IS_POST (self), NULL);
  return &self->annual_cost;
}

static gboolean
check_not_negative (ReorgPost         *self,
                    const char        *what,
                    const ReorgMoney  *money,
                    GError           **error)
{
  if (money->pence >= 0)
    return TRUE;

  g_autofree char *text = reorg_money_to_string (money);
  g_set_error (error, REORG_ERROR, REORG_ERROR_INVALID,
               "post '%s': %s must not be negative, not %s", self->reference, what, text);
  return FALSE;
}

/* The one place that decides salary, on-costs and annual cost together:
 * computes everything first, then stores, so a failure changes nothing. */
static gboolean
update_costs (ReorgPost  *self,
              gint64      salary,
              gint64      on_costs,
              gint        rate,
              GError    **error)
{
  gint64 annual;
  gboolean salary_changed, on_costs_changed, rate_changed, annual_changed;

  if (rate >= 0 && !reorg_checked_mul_ratio (salary, rate, 10000, &on_costs))
    {
      g_autofree char *what = g_strdup_printf ("post '%s': on-costs", self->reference);
      reorg_set_overflow_error (error, what);
      return FALSE;
    }
  if (!reorg_checked_add (salary, on_costs, &annual))
    {
      g_autofree char *what = g_strdup_printf ("post '%s': annual cost", self->reference);
      reorg_set_overflow_error (error, what);
      return FALSE;
    }

  salary_changed = self->salary.pence != salary;
  on_costs_changed = self->on_costs.pence != on_costs;
  rate_changed = self->on_cost_rate != rate;
  annual_changed = self->annual_cost.pence != annual;

  self->salary.pence = salary;
  self->on_costs.pence = on_costs;
  self->on_cost_rate = rate;
  self->annual_cost.pence = annual;

  g_object_freeze_notify (G_OBJECT (self));
  if (salary_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SALARY]);
  if (on_costs_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ON_COSTS]);
  if (rate_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ON_COST_RATE]);
  if (annual_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANNUAL_COST]);
  g_object_thaw_notify (G_OBJECT (self));
  return TRUE;
}

/**
 * reorg_post_set_salary:
 * @self: a post
 * @salary: the annual salary, not negative
 * @error: return location for a #GError
 *
 * Sets the post's annual salary. If the on-costs are set as a rate, they
 * are computed again from the new salary. A negative salary is a
 * %REORG_ERROR_INVALID error and a cost that does not fit is a
 * %REORG_ERROR_OVERFLOW error; either leaves the post unchanged.
 *
 * Returns: %TRUE on success
 *
 * Since: 0.1
 */
gboolean
reorg_post_set_salary (ReorgPost         *self,
                       const ReorgMoney  *salary,
                       GError           **error)
{
  g_return_val_if_fail (REORG_IS_POST (self), FALSE);
  g_return_val_if_fail (salary != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_not_negative (self, "salary", salary, error))
    return FALSE;
  return update_costs (self, salary->pence, self->on_costs.pence, self->on_cost_rate, error);
}

/**
 * reorg_post_set_on_costs:
 * @self: a post
 * @on_costs: the annual on-costs, not negative
 * @error: return location for a #GError
 *
 * Sets the post's annual on-costs as an amount; the on-cost rate becomes -1.
 * A negative amount is a %REORG_ERROR_INVALID error and a cost that does not
 * fit is a %REORG_ERROR_OVERFLOW error; either leaves the post unchanged.
 *
 * Returns: %TRUE on success
 *
 * Since: 0.1
 */
gboolean
reorg_post_set_on_costs (ReorgPost         *self,
                         const ReorgMoney  *on_costs,
                         GError           **error)
{
  g_return_val_if_fail (REORG_IS_POST (self), FALSE);
  g_return_val_if_fail (on_costs != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_not_negative (self, "on-costs", on_costs, error))
    return FALSE;
  return update_costs (self, self->salary.pence, on_costs->pence, -1, error);
}

/**
 * reorg_post_set_on_cost_rate:
 * @self: a post
 * @basis_points: the on-cost rate in basis points of the salary, 0 to 10000
 * @error: return location for a #GError
 *
 * Sets the post's on-costs as a rate of its salary: 2500 basis points are
 * 25%. The on-costs are computed exactly, rounded to the penny half away
 * from zero, and follow later changes of the salary. A rate outside 0 to
 * 10000 is a %REORG_ERROR_INVALID error and leaves the post unchanged.
 *
 * Returns: %TRUE on success
 *
 * Since: 0.1
 */
gboolean
reorg_post_set_on_cost_rate (ReorgPost  *self,
                             gint        basis_points,
                             GError    **error)
{
  g_return_val_if_fail (REORG_IS_POST (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (basis_points < 0 || basis_points > 10000)
    {
      g_set_error (error, REORG_ERROR, REORG_ERROR_INVALID,
                   "post '%s': on-cost rate must be 0 to 10000 basis points, not %d",
                   self->reference, basis_points);
      return FALSE;
    }
  return update_costs (self, self->salary.pence, 0, basis_points, error);
}

/**
 * reorg_post_get_status:
 * @self: a post
 *
 * Gets whether the post is filled, vacant or frozen.
 *
 * Returns: the status
 *
 * Since: 0.1
 */
ReorgPostStatus
reorg_post_get_status (ReorgPost *self)
{
  g_return_val_if_fail (REORG_IS_POST (self), REORG_POST_STATUS_FILLED);
  return self->status;
}

/**
 * reorg_post_set_status:
 * @self: a post
 * @status: the status
 *
 * Sets whether the post is filled, vacant or frozen.
 *
 * Since: 0.1
 */
void
reorg_post_set_status (ReorgPost       *self,
                       ReorgPostStatus  status)
{
  g_return_if_fail (REORG_IS_POST (self));
  g_return_if_fail (status <= REORG_POST_STATUS_FROZEN);

  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

/**
 * reorg_post_is_vacant:
 * @self: a post
 *
 * Whether nobody holds the post: it is vacant or frozen. Rollups count
 * these posts as vacancies.
 *
 * Returns: %TRUE if the post is vacant or frozen
 *
 * Since: 0.1
 */
gboolean
reorg_post_is_vacant (ReorgPost *self)
{
  g_return_val_if_fail (REORG_IS_POST (self), FALSE);
  return self->status != REORG_POST_STATUS_FILLED;
}

/**
 * reorg_post_get_tenure:
 * @self: a post
 *
 * Gets the post's tenure.
 *
 * Returns: the tenure
 *
 * Since: 0.1
 */
ReorgTenure
reorg_post_get_tenure (ReorgPost *self)
{
  g_return_val_if_fail (REORG_IS_POST (self), REORG_TENURE_PERMANENT);
  return self->tenure;
}

/**
 * reorg_post_set_tenure:
 * @self: a post
 * @tenure: the tenure
 *
 * Sets the post's tenure.
 *
 * Since: 0.1
 */
void
reorg_post_set_tenure (ReorgPost   *self,
                       ReorgTenure  tenure)
{
  g_return_if_fail (REORG_IS_POST (self));
  g_return_if_fail (tenure <= REORG_TENURE_SECONDMENT);

  if (self->tenure == tenure)
    return;
  self->tenure = tenure;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TENURE]);
}

/**
 * reorg_post_get_funding_kind:
 * @self: a post
 *
 * Gets the kind of source that funds the post.
 *
 * Returns: the funding kind
 *
 * Since: 0.1
 */
ReorgFundingKind
reorg_post_get_funding_kind (ReorgPost *self)
{
  g_return_val_if_fail (REORG_IS_POST (self), REORG_FUNDING_MAINSTREAM);
  return self->funding_kind;
}

/**
 * reorg_post_get_funding_name:
 * @self: a post
 *
 * Gets the name of the source that funds the post, such as a grant's name.
 *
 * Returns: (transfer none) (nullable): the name, or %NULL
 *
 * Since: 0.1
 */
const char *
reorg_post_get_funding_name (ReorgPost *self)
{
  g_return_val_if_fail (REORG_IS_POST (self), NULL);
  return self->funding_name;
}

/**
 * reorg_post_set_funding:
 * @self: a post
 * @kind: the kind of funding source
 * @name: (nullable): the source's name, such as the grant (`ABG`)
 *
 * Sets the source that funds the post. A grant-funded post saves the grant,
 * not the organisation's own budget, when it goes. An empty @name is the
 * same as %NULL.
 *
 * Since: 0.1
 */
void
reorg_post_set_funding (ReorgPost        *self,
                        ReorgFundingKind  kind,
                        const char       *name)
{
  GEnumClass *enum_class;
  const char *nick;
  g_autofree char *key = NULL;
  gboolean kind_changed, name_changed;

  g_return_if_fail (REORG_IS_POST (self));
  g_return_if_fail (kind <= REORG_FUNDING_OTHER);

  if (name != NULL && name[0] == '\0')
    name = NULL;

  kind_changed = self->funding_kind != kind;
  name_changed = set_interned (&self->funding_name, name);
  self->funding_kind = kind;

  enum_class = g_type_class_ref (REORG_TYPE_FUNDING_KIND);
  nick = g_enum_get_value (enum_class, kind)->value_nick;
  key = name ? g_strdup_printf ("%s: %s", nick, name) : g_strdup (nick);
  self->funding_key = g_intern_string (key);
  g_type_class_unref (enum_class);

  g_object_freeze_notify (G_OBJECT (self));
  if (kind_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FUNDING_KIND]);
  if (name_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FUNDING_NAME]);
  g_object_thaw_notify (G_OBJECT (self));
}

const char *
reorg_post_get_funding_key (ReorgPost *post)
{
  return post->funding_key;
}

/**
 * reorg_post_get_unit:
 * @self: a post
 *
 * Gets the unit the post sits in.
 *
 * Returns: (transfer none) (nullable): the unit, or %NULL outside a structure
 *
 * Since: 0.1
 */
ReorgUnit *
reorg_post_get_unit (ReorgPost *self)
{
  g_return_val_if_fail (REORG_IS_POST (self), NULL);
  return self->unit;
}

/**
 * reorg_post_get_reports_to:
 * @self: a post
 *
 * Gets the post this post reports to (its line manager's post).
 *
 * Returns: (transfer none) (nullable): the manager's post, or %NULL for a top post
 *
 * Since: 0.1
 */
ReorgPost *
reorg_post_get_reports_to (ReorgPost *self)
{
  g_return_val_if_fail (REORG_IS_POST (self), NULL);
  return self->reports_to;
}

/**
 * reorg_post_get_n_reports:
 * @self: a post
 *
 * Gets the number of posts that report directly to this one (its span of
 * control, counting posts rather than people, vacant posts included).
 *
 * Returns: the number of direct reports
 *
 * Since: 0.1
 */
guint
reorg_post_get_n_reports (ReorgPost *self)
{
  g_return_val_if_fail (REORG_IS_POST (self), 0);
  return self->n_reports;
}

/**
 * reorg_post_get_structure:
 * @self: a post
 *
 * Gets the structure the post belongs to.
 *
 * Returns: (transfer none) (nullable): the structure, or %NULL
 *
 * Since: 0.1
 */
ReorgStructure *
reorg_post_get_structure (ReorgPost *self)
{
  g_return_val_if_fail (REORG_IS_POST (self), NULL);
  return self->structure;
}

void
reorg_post_notify_placement (ReorgPost *post)
{
  g_object_freeze_notify (G_OBJECT (post));
  g_object_notify_by_pspec (G_OBJECT (post), properties[PROP_UNIT]);
  g_object_notify_by_pspec (G_OBJECT (post), properties[PROP_REPORTS_TO]);
  g_object_thaw_notify (G_OBJECT (post));
}

void
reorg_post_copy_fields (ReorgPost *dst,
                        ReorgPost *src)
{
  g_free (dst->title);
  dst->title = g_strdup (src->title);
  dst->grade = src->grade;
  dst->job_family = src->job_family;
  dst->funding_name = src->funding_name;
  dst->funding_key = src->funding_key;
  dst->fte = src->fte;
  dst->salary = src->salary;
  dst->on_costs = src->on_costs;
  dst->annual_cost = src->annual_cost;
  dst->on_cost_rate = src->on_cost_rate;
  dst->status = src->status;
  dst->tenure = src->tenure;
  dst->funding_kind = src->funding_kind;
}

gboolean
reorg_post_fields_equal (ReorgPost *a,
                         ReorgPost *b)
{
  return g_strcmp0 (a->reference, b->reference) == 0 &&
         g_strcmp0 (a->title, b->title) == 0 &&
         a->grade == b->grade &&
         a->job_family == b->job_family &&
         a->funding_name == b->funding_name &&
         a->funding_kind == b->funding_kind &&
         a->fte.units == b->fte.units &&
         a->salary.pence == b->salary.pence &&
         a->on_costs.pence == b->on_costs.pence &&
         a->on_cost_rate == b->on_cost_rate &&
         a->status == b->status &&
         a->tenure == b->tenure;
}
