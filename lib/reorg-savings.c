/* reorg-savings.c: money by financial year, one-off costs, the workforce
 * impact and the consultation check of a proposal
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Everything here is computed from the effects that applying a proposal
 * records (reorg-effect-private.h), one per post a change touches, so that
 * the money follows exactly what apply did.
 *
 * Exactness: money is integer pence and FTE integer ten-thousandths; every
 * sum and product is checked and an overflow is a REORG_ERROR_OVERFLOW
 * error, never a wrapped value. The one division (days in a year) rounds
 * half away from zero, once per effect and year; sums are of those rounded
 * parts, so that every grouping adds up exactly to the total.
 */
#include "reorg-effect-private.h"

#include <string.h>

/* At most this many financial years in one computation: the lines hold one
 * amount per year each. */
#define MAX_YEARS 100

/* The key of a line or row whose unit, service, group or funding is unknown,
 * as in the breakdowns of a rollup. */
#define NONE_KEY "(none)"

/* Collective consultation: dismissals "within a period of 90 days or less"
 * (TULRCA 1992, s. 188): the first and last dismissal dates of a window are
 * at most 89 days apart. */
#define WINDOW_DAYS 90
#define THIRTY_DAYS_FROM 20
#define FORTY_FIVE_DAYS_FROM 100

/* Basis points: 10000 make a multiplier of 1. */
#define BASIS_POINTS 10000

/* The local government lump sum is at most 104 weeks' pay (SI 2006/2914,
 * regulation 6), counted here in half weeks. */
#define LG_MAX_HALF_WEEKS 208

#define N_GROUPINGS (REORG_SAVINGS_GROUPING_FUNDING + 1)

/* ======================================================================
 * ReorgOneOffCost
 * ====================================================================== */

/**
 * ReorgOneOffCost:
 *
 * A cost paid once rather than every year: redundancy pay, pension strain,
 * training and change management (Harrow 2011: £120k). Added to a
 * [class@Reorg.Savings] with [method@Reorg.Savings.add_one_off_cost], it
 * falls in the financial year of its date.
 *
 * Since: 0.1
 */
struct _ReorgOneOffCost
{
  char                *label;
  ReorgOneOffCostKind  kind;
  ReorgMoney           amount;
  GDate                date;
};

/**
 * reorg_one_off_cost_new:
 * @label: (nullable): what the cost is for, such as "Training and change management"
 * @kind: the kind of cost
 * @amount: the amount; a negative amount is a one-off income
 * @date: the date on which the cost falls
 *
 * Creates a one-off cost. The date is checked when the cost is added to a
 * [class@Reorg.Savings].
 *
 * Returns: (transfer full): a new [struct@Reorg.OneOffCost]
 *
 * Since: 0.1
 */
ReorgOneOffCost *
reorg_one_off_cost_new (const char          *label,
                        ReorgOneOffCostKind  kind,
                        const ReorgMoney    *amount,
                        const GDate         *date)
{
  ReorgOneOffCost *self;

  g_return_val_if_fail (amount != NULL, NULL);
  g_return_val_if_fail (date != NULL, NULL);

  self = g_new0 (ReorgOneOffCost, 1);
  self->label = g_strdup (label);
  self->kind = kind;
  self->amount = *amount;
  self->date = *date;
  return self;
}

/**
 * reorg_one_off_cost_copy:
 * @self: a [struct@Reorg.OneOffCost]
 *
 * Copies a one-off cost.
 *
 * Returns: (transfer full): a copy of @self
 *
 * Since: 0.1
 */
ReorgOneOffCost *
reorg_one_off_cost_copy (const ReorgOneOffCost *self)
{
  ReorgOneOffCost *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new (ReorgOneOffCost, 1);
  *copy = *self;
  copy->label = g_strdup (self->label);
  return copy;
}

/**
 * reorg_one_off_cost_free:
 * @self: (nullable): a [struct@Reorg.OneOffCost]
 *
 * Frees a one-off cost. Does nothing when @self is %NULL.
 *
 * Since: 0.1
 */
void
reorg_one_off_cost_free (ReorgOneOffCost *self)
{
  if (self == NULL)
    return;
  g_free (self->label);
  g_free (self);
}

G_DEFINE_BOXED_TYPE (ReorgOneOffCost, reorg_one_off_cost,
                     reorg_one_off_cost_copy, reorg_one_off_cost_free)

/**
 * reorg_one_off_cost_get_label:
 * @self: a [struct@Reorg.OneOffCost]
 *
 * Gets what the cost is for.
 *
 * Returns: (transfer none) (nullable): the label
 *
 * Since: 0.1
 */
const char *
reorg_one_off_cost_get_label (const ReorgOneOffCost *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->label;
}

/**
 * reorg_one_off_cost_get_kind:
 * @self: a [struct@Reorg.OneOffCost]
 *
 * Gets the kind of the cost.
 *
 * Returns: the kind
 *
 * Since: 0.1
 */
ReorgOneOffCostKind
reorg_one_off_cost_get_kind (const ReorgOneOffCost *self)
{
  g_return_val_if_fail (self != NULL, REORG_ONE_OFF_COST_OTHER);
  return self->kind;
}

/**
 * reorg_one_off_cost_get_amount:
 * @self: a [struct@Reorg.OneOffCost]
 *
 * Gets the amount of the cost.
 *
 * Returns: (transfer none): the amount
 *
 * Since: 0.1
 */
const ReorgMoney *
reorg_one_off_cost_get_amount (const ReorgOneOffCost *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->amount;
}

/**
 * reorg_one_off_cost_get_date:
 * @self: a [struct@Reorg.OneOffCost]
 *
 * Gets the date on which the cost falls.
 *
 * Returns: (transfer none): the date
 *
 * Since: 0.1
 */
const GDate *
reorg_one_off_cost_get_date (const ReorgOneOffCost *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->date;
}

/* ======================================================================
 * ReorgSavingsLine
 * ====================================================================== */

/**
 * ReorgSavingsLine:
 *
 * One line of a savings schedule: the money of the changes that share a
 * key (a change, a unit, a service, a group or a funding source), as a
 * full-year effect and as the part-year amount in each financial year of
 * the [class@Reorg.Savings], with the FTE and posts they change.
 *
 * Savings are positive: a line whose posts cost £36,500 a year less has a
 * full-year effect of £36,500; a line that adds cost is negative.
 *
 * Since: 0.1
 */
struct _ReorgSavingsLine
{
  char       *key;
  char       *label;
  ReorgMoney  full_year;
  ReorgFte    fte_change;
  gint64      posts_change;
  guint       n_years;
  ReorgMoney *amounts;
  guint       order;       /* the change index, for per-change lines */
};

static ReorgSavingsLine *
savings_line_new (const char *key,
                  const char *label,
                  guint       n_years,
                  guint       order)
{
  ReorgSavingsLine *self = g_new0 (ReorgSavingsLine, 1);

  self->key = g_strdup (key);
  self->label = g_strdup (label);
  self->n_years = n_years;
  self->amounts = g_new0 (ReorgMoney, n_years);
  self->order = order;
  return self;
}

/**
 * reorg_savings_line_copy:
 * @self: a [struct@Reorg.SavingsLine]
 *
 * Copies a savings line.
 *
 * Returns: (transfer full): a copy of @self
 *
 * Since: 0.1
 */
ReorgSavingsLine *
reorg_savings_line_copy (const ReorgSavingsLine *self)
{
  ReorgSavingsLine *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new (ReorgSavingsLine, 1);
  *copy = *self;
  copy->key = g_strdup (self->key);
  copy->label = g_strdup (self->label);
  copy->amounts = g_memdup2 (self->amounts, sizeof (ReorgMoney) * self->n_years);
  return copy;
}

/**
 * reorg_savings_line_free:
 * @self: (nullable): a [struct@Reorg.SavingsLine]
 *
 * Frees a savings line. Does nothing when @self is %NULL.
 *
 * Since: 0.1
 */
void
reorg_savings_line_free (ReorgSavingsLine *self)
{
  if (self == NULL)
    return;
  g_free (self->key);
  g_free (self->label);
  g_free (self->amounts);
  g_free (self);
}

G_DEFINE_BOXED_TYPE (ReorgSavingsLine, reorg_savings_line,
                     reorg_savings_line_copy, reorg_savings_line_free)

/**
 * reorg_savings_line_get_key:
 * @self: a [struct@Reorg.SavingsLine]
 *
 * Gets the key the line is for: the position of the change in the proposal
 * written in decimal (`0` for the first change) when grouping per change;
 * the reference of the unit or the top-level service; the group of the
 * changes; or the funding key (`mainstream`, `grant: ABG`). Effects
 * without a unit, service or group have the key `(none)`.
 *
 * Returns: (transfer none): the key
 *
 * Since: 0.1
 */
const char *
reorg_savings_line_get_key (const ReorgSavingsLine *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->key;
}

/**
 * reorg_savings_line_get_label:
 * @self: a [struct@Reorg.SavingsLine]
 *
 * Gets a label for people: per change, the change's description
 * ([method@Reorg.Change.describe], such as "disestablish post 'F1'"); per
 * group, the group's label; the unit's name for units and services when it
 * is known; and otherwise the key.
 *
 * Returns: (transfer none): the label
 *
 * Since: 0.1
 */
const char *
reorg_savings_line_get_label (const ReorgSavingsLine *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->label;
}

/**
 * reorg_savings_line_get_full_year_effect:
 * @self: a [struct@Reorg.SavingsLine]
 *
 * Gets the full-year effect of the line: the annual cost before the
 * changes minus the annual cost after them, positive for a saving.
 *
 * Returns: (transfer none): the full-year effect
 *
 * Since: 0.1
 */
const ReorgMoney *
reorg_savings_line_get_full_year_effect (const ReorgSavingsLine *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->full_year;
}

/**
 * reorg_savings_line_get_n_years:
 * @self: a [struct@Reorg.SavingsLine]
 *
 * Gets the number of financial years the line has amounts for: the years
 * of the [class@Reorg.Savings] it came from.
 *
 * Returns: the number of years
 *
 * Since: 0.1
 */
guint
reorg_savings_line_get_n_years (const ReorgSavingsLine *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_years;
}

/**
 * reorg_savings_line_get_amount:
 * @self: a [struct@Reorg.SavingsLine]
 * @year_index: the index of a financial year, from 0 to the number of years - 1
 *
 * Gets the part-year effect of the line in a financial year, positive for
 * a saving. See [class@Reorg.Savings] for how it is computed and rounded.
 *
 * Returns: (transfer none): the amount in that year
 *
 * Since: 0.1
 */
const ReorgMoney *
reorg_savings_line_get_amount (const ReorgSavingsLine *self,
                               guint                   year_index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (year_index < self->n_years, NULL);
  return &self->amounts[year_index];
}

/**
 * reorg_savings_line_get_fte_change:
 * @self: a [struct@Reorg.SavingsLine]
 *
 * Gets the change in FTE the line's changes make, after minus before:
 * negative for a reduction.
 *
 * Returns: (transfer none): the FTE change
 *
 * Since: 0.1
 */
const ReorgFte *
reorg_savings_line_get_fte_change (const ReorgSavingsLine *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->fte_change;
}

/**
 * reorg_savings_line_get_posts_change:
 * @self: a [struct@Reorg.SavingsLine]
 *
 * Gets the change in the number of posts: posts established minus posts
 * disestablished.
 *
 * Returns: the change in posts
 *
 * Since: 0.1
 */
gint64
reorg_savings_line_get_posts_change (const ReorgSavingsLine *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->posts_change;
}

/* ======================================================================
 * ReorgWorkforceRow
 * ====================================================================== */

/**
 * ReorgWorkforceRow:
 *
 * One row of a workforce impact table (as in Manchester's 2015 business
 * plan): the FTE a proposal removes from and adds to one top-level service
 * in one financial year, by effective date.
 *
 * The FTE removed is split two ways, each adding up to the whole: filled
 * and vacant (vacant and frozen posts count as vacant), and permanent and
 * temporary (every tenure other than permanent, that is temporary, fixed
 * term and secondment, counts as temporary), all as the posts were before
 * the change.
 *
 * Since: 0.1
 */
struct _ReorgWorkforceRow
{
  char               *service;
  ReorgFinancialYear  year;
  ReorgFte            removed;
  ReorgFte            removed_filled;
  ReorgFte            removed_vacant;
  ReorgFte            removed_permanent;
  ReorgFte            removed_temporary;
  ReorgFte            added;
  ReorgFte            net_reduction;
};

/**
 * reorg_workforce_row_copy:
 * @self: a [struct@Reorg.WorkforceRow]
 *
 * Copies a workforce row.
 *
 * Returns: (transfer full): a copy of @self
 *
 * Since: 0.1
 */
ReorgWorkforceRow *
reorg_workforce_row_copy (const ReorgWorkforceRow *self)
{
  ReorgWorkforceRow *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new (ReorgWorkforceRow, 1);
  *copy = *self;
  copy->service = g_strdup (self->service);
  return copy;
}

/**
 * reorg_workforce_row_free:
 * @self: (nullable): a [struct@Reorg.WorkforceRow]
 *
 * Frees a workforce row. Does nothing when @self is %NULL.
 *
 * Since: 0.1
 */
void
reorg_workforce_row_free (ReorgWorkforceRow *self)
{
  if (self == NULL)
    return;
  g_free (self->service);
  g_free (self);
}

G_DEFINE_BOXED_TYPE (ReorgWorkforceRow, reorg_workforce_row,
                     reorg_workforce_row_copy, reorg_workforce_row_free)

/**
 * reorg_workforce_row_get_service:
 * @self: a [struct@Reorg.WorkforceRow]
 *
 * Gets the reference of the top-level service, or `(none)` for changes
 * outside any unit.
 *
 * Returns: (transfer none): the service reference
 *
 * Since: 0.1
 */
const char *
reorg_workforce_row_get_service (const ReorgWorkforceRow *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->service;
}

/**
 * reorg_workforce_row_get_year:
 * @self: a [struct@Reorg.WorkforceRow]
 *
 * Gets the financial year of the changes' effective dates.
 *
 * Returns: (transfer none): the financial year
 *
 * Since: 0.1
 */
const ReorgFinancialYear *
reorg_workforce_row_get_year (const ReorgWorkforceRow *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->year;
}

/**
 * reorg_workforce_row_get_removed:
 * @self: a [struct@Reorg.WorkforceRow]
 *
 * Gets the FTE removed: disestablished posts and FTE reductions, as a
 * positive amount.
 *
 * Returns: (transfer none): the FTE removed
 *
 * Since: 0.1
 */
const ReorgFte *
reorg_workforce_row_get_removed (const ReorgWorkforceRow *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->removed;
}

/**
 * reorg_workforce_row_get_removed_filled:
 * @self: a [struct@Reorg.WorkforceRow]
 *
 * Gets the FTE removed from posts that were filled.
 *
 * Returns: (transfer none): the filled FTE removed
 *
 * Since: 0.1
 */
const ReorgFte *
reorg_workforce_row_get_removed_filled (const ReorgWorkforceRow *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->removed_filled;
}

/**
 * reorg_workforce_row_get_removed_vacant:
 * @self: a [struct@Reorg.WorkforceRow]
 *
 * Gets the FTE removed from posts that were vacant or frozen.
 *
 * Returns: (transfer none): the vacant FTE removed
 *
 * Since: 0.1
 */
const ReorgFte *
reorg_workforce_row_get_removed_vacant (const ReorgWorkforceRow *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->removed_vacant;
}

/**
 * reorg_workforce_row_get_removed_permanent:
 * @self: a [struct@Reorg.WorkforceRow]
 *
 * Gets the FTE removed from permanent posts.
 *
 * Returns: (transfer none): the permanent FTE removed
 *
 * Since: 0.1
 */
const ReorgFte *
reorg_workforce_row_get_removed_permanent (const ReorgWorkforceRow *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->removed_permanent;
}

/**
 * reorg_workforce_row_get_removed_temporary:
 * @self: a [struct@Reorg.WorkforceRow]
 *
 * Gets the FTE removed from posts that were not permanent: temporary,
 * fixed-term and secondment posts.
 *
 * Returns: (transfer none): the temporary FTE removed
 *
 * Since: 0.1
 */
const ReorgFte *
reorg_workforce_row_get_removed_temporary (const ReorgWorkforceRow *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->removed_temporary;
}

/**
 * reorg_workforce_row_get_added:
 * @self: a [struct@Reorg.WorkforceRow]
 *
 * Gets the FTE added: established posts and FTE increases.
 *
 * Returns: (transfer none): the FTE added
 *
 * Since: 0.1
 */
const ReorgFte *
reorg_workforce_row_get_added (const ReorgWorkforceRow *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->added;
}

/**
 * reorg_workforce_row_get_net_reduction:
 * @self: a [struct@Reorg.WorkforceRow]
 *
 * Gets the net reduction: the FTE removed minus the FTE added, positive
 * when the service shrinks, as the "FTE reduction" columns of a workforce
 * table.
 *
 * Returns: (transfer none): the net FTE reduction
 *
 * Since: 0.1
 */
const ReorgFte *
reorg_workforce_row_get_net_reduction (const ReorgWorkforceRow *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->net_reduction;
}

/* ======================================================================
 * ReorgConsultation
 * ====================================================================== */

/**
 * ReorgConsultation:
 *
 * The duty of collective consultation at one establishment, as
 * [method@Reorg.Savings.check_consultation] finds it.
 *
 * The potential redundancies are the posts that were filled when a change
 * disestablished them, counted as posts (a post counts once, whatever its
 * FTE); vacant and frozen posts make no redundancy. Each is dated at the
 * change's effective date, taken as the dismissal date. The largest number
 * within any 90 days (a first and a last dismissal at most 89 days apart)
 * decides the duty: fewer than 20, none; 20 to 99, at least 30 days of
 * collective consultation and an HR1 notification before the first
 * dismissal; 100 or more, 45 days. The latest start of consultation (and
 * of the HR1 notification) is the first dismissal date of that window less
 * the days.
 *
 * Since: 0.1
 */
struct _ReorgConsultation
{
  char                  *establishment;
  guint                  potential;
  guint                  largest;
  GDate                  window_first;
  GDate                  window_last;
  ReorgConsultationDuty  duty;
  guint                  days;
  GDate                  latest_start;
};

/**
 * reorg_consultation_copy:
 * @self: a [struct@Reorg.Consultation]
 *
 * Copies a consultation check.
 *
 * Returns: (transfer full): a copy of @self
 *
 * Since: 0.1
 */
ReorgConsultation *
reorg_consultation_copy (const ReorgConsultation *self)
{
  ReorgConsultation *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new (ReorgConsultation, 1);
  *copy = *self;
  copy->establishment = g_strdup (self->establishment);
  return copy;
}

/**
 * reorg_consultation_free:
 * @self: (nullable): a [struct@Reorg.Consultation]
 *
 * Frees a consultation check. Does nothing when @self is %NULL.
 *
 * Since: 0.1
 */
void
reorg_consultation_free (ReorgConsultation *self)
{
  if (self == NULL)
    return;
  g_free (self->establishment);
  g_free (self);
}

G_DEFINE_BOXED_TYPE (ReorgConsultation, reorg_consultation,
                     reorg_consultation_copy, reorg_consultation_free)

/**
 * reorg_consultation_get_establishment:
 * @self: a [struct@Reorg.Consultation]
 *
 * Gets the establishment: the reference of a top-level service (`(none)`
 * for posts outside any unit), or %NULL when the whole organisation is
 * counted as one.
 *
 * Returns: (transfer none) (nullable): the establishment
 *
 * Since: 0.1
 */
const char *
reorg_consultation_get_establishment (const ReorgConsultation *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->establishment;
}

/**
 * reorg_consultation_get_potential_redundancies:
 * @self: a [struct@Reorg.Consultation]
 *
 * Gets the number of potential redundancies at the establishment over the
 * whole proposal: filled posts disestablished.
 *
 * Returns: the number of potential redundancies
 *
 * Since: 0.1
 */
guint
reorg_consultation_get_potential_redundancies (const ReorgConsultation *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->potential;
}

/**
 * reorg_consultation_get_largest_in_window:
 * @self: a [struct@Reorg.Consultation]
 *
 * Gets the largest number of potential redundancies within any 90 days.
 *
 * Returns: the largest number within 90 days
 *
 * Since: 0.1
 */
guint
reorg_consultation_get_largest_in_window (const ReorgConsultation *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->largest;
}

/**
 * reorg_consultation_get_window_first:
 * @self: a [struct@Reorg.Consultation]
 *
 * Gets the first dismissal date of the 90 days with the most potential
 * redundancies (the earliest such window when several have as many).
 *
 * Returns: (transfer none) (nullable): the first dismissal date, or %NULL
 *   when there are no potential redundancies
 *
 * Since: 0.1
 */
const GDate *
reorg_consultation_get_window_first (const ReorgConsultation *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return reorg_optional_date_get (&self->window_first);
}

/**
 * reorg_consultation_get_window_last:
 * @self: a [struct@Reorg.Consultation]
 *
 * Gets the last dismissal date of the 90 days with the most potential
 * redundancies.
 *
 * Returns: (transfer none) (nullable): the last dismissal date, or %NULL
 *   when there are no potential redundancies
 *
 * Since: 0.1
 */
const GDate *
reorg_consultation_get_window_last (const ReorgConsultation *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return reorg_optional_date_get (&self->window_last);
}

/**
 * reorg_consultation_get_duty:
 * @self: a [struct@Reorg.Consultation]
 *
 * Gets the duty of collective consultation.
 *
 * Returns: the duty
 *
 * Since: 0.1
 */
ReorgConsultationDuty
reorg_consultation_get_duty (const ReorgConsultation *self)
{
  g_return_val_if_fail (self != NULL, REORG_CONSULTATION_DUTY_NONE);
  return self->duty;
}

/**
 * reorg_consultation_get_days:
 * @self: a [struct@Reorg.Consultation]
 *
 * Gets the minimum days of collective consultation before the first
 * dismissal: 0, 30 or 45.
 *
 * Returns: the number of days
 *
 * Since: 0.1
 */
guint
reorg_consultation_get_days (const ReorgConsultation *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->days;
}

/**
 * reorg_consultation_get_hr1_required:
 * @self: a [struct@Reorg.Consultation]
 *
 * Checks whether the Secretary of State must be notified on form HR1
 * (20 or more potential redundancies within 90 days).
 *
 * Returns: %TRUE if an HR1 notification is required
 *
 * Since: 0.1
 */
gboolean
reorg_consultation_get_hr1_required (const ReorgConsultation *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->duty != REORG_CONSULTATION_DUTY_NONE;
}

/**
 * reorg_consultation_get_latest_start:
 * @self: a [struct@Reorg.Consultation]
 *
 * Gets the latest date on which collective consultation must start and
 * the HR1 notification be made: the first dismissal date of the window
 * less the days of consultation.
 *
 * Returns: (transfer none) (nullable): the latest start, or %NULL when
 *   there is no duty
 *
 * Since: 0.1
 */
const GDate *
reorg_consultation_get_latest_start (const ReorgConsultation *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return reorg_optional_date_get (&self->latest_start);
}

/* ======================================================================
 * ReorgSavings
 * ====================================================================== */

/* One effect, as far as the costing needs it. The strings live in the
 * savings' string chunk, deduplicated, so equal strings are equal pointers. */
typedef struct
{
  guint32     julian;        /* the effective date */
  guint32     money_julian;  /* when the money starts */
  guint       change_index;
  const char *unit;
  const char *service;
  const char *funding;
  const char *group;
  gint64      full_year;     /* pence a year, positive for a saving */
  gint64      fte_delta;
  gint64      posts_delta;
  guint8      status_before;
  guint8      tenure_before;
} Record;

/**
 * ReorgSavings:
 *
 * The money of a proposal by financial year, its one-off costs, the net
 * cost and call on reserves, the workforce impact table and the
 * consultation check, computed from what applying the proposal did to each
 * post (see [ctor@Reorg.Savings.new]).
 *
 * ## Full-year and part-year effects
 *
 * The full-year effect of a change to a post is its annual cost before
 * minus after: positive for a saving (a post of £36,500 disestablished
 * saves £36,500 a year), negative for a cost. Its part-year effect in a
 * financial year is the full-year effect times the days from the later of
 * the money date and the first day of the year to the last day of the year
 * (both included), divided by the days in the year (365 or 366). The money
 * date is the effective date, or the end of pay protection when a change
 * protects pay: a post of £36,500 disestablished on 1 October 2010 saves
 * 182/365 of it, £18,200, in 2010/11 and all of it from 2011/12. Years
 * that end before the money date get nothing and years that start on or
 * after it get the full-year effect.
 *
 * ## Rounding
 *
 * Each change's part-year amount in each year is rounded to the penny,
 * half away from zero, and every total is the exact sum of those rounded
 * amounts. So the lines of any grouping add up exactly to the total, but a
 * total may differ by a few pence from rounding the total full-year effect
 * times the fraction of the year.
 *
 * ## Funding
 *
 * Money is kept per funding source: a grant-funded post saves the grant,
 * not the organisation's own budget. Group by
 * %REORG_SAVINGS_GROUPING_FUNDING to see the `mainstream` line apart from
 * each `grant: ...` line.
 *
 * Since: 0.1
 */
struct _ReorgSavings
{
  GObject             parent_instance;

  GDateMonth          start_month;
  guint               n_years;
  ReorgFinancialYear *years;          /* n_years */
  guint32            *first_julian;   /* n_years + 1: each year's first day,
                                       * then the day after the last year */
  GStringChunk       *strings;
  GArray             *records;        /* of Record */

  ReorgMoney         *totals;         /* n_years */
  ReorgMoney          full_year_total;
  GPtrArray          *lines[N_GROUPINGS];

  GPtrArray          *one_off_costs;  /* of ReorgOneOffCost, in the order added */
  ReorgMoney         *one_off;        /* n_years */
  ReorgMoney         *net;            /* n_years */
  ReorgMoney          reserves;
};

G_DEFINE_FINAL_TYPE (ReorgSavings, reorg_savings, G_TYPE_OBJECT)

static void
reorg_savings_finalize (GObject *object)
{
  ReorgSavings *self = REORG_SAVINGS (object);

  for (guint g = 0; g < N_GROUPINGS; g++)
    g_clear_pointer (&self->lines[g], g_ptr_array_unref);
  g_clear_pointer (&self->one_off_costs, g_ptr_array_unref);
  g_clear_pointer (&self->records, g_array_unref);
  if (self->strings != NULL)
    g_string_chunk_free (self->strings);
  g_free (self->years);
  g_free (self->first_julian);
  g_free (self->totals);
  g_free (self->one_off);
  g_free (self->net);

  G_OBJECT_CLASS (reorg_savings_parent_class)->finalize (object);
}

static void
reorg_savings_class_init (ReorgSavingsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = reorg_savings_finalize;
}

static void
reorg_savings_init (ReorgSavings *self)
{
  self->one_off_costs = g_ptr_array_new_with_free_func ((GDestroyNotify) reorg_one_off_cost_free);
}

static const char *
intern (ReorgSavings *self,
        const char   *text)
{
  return g_string_chunk_insert_const (self->strings, text != NULL ? text : NONE_KEY);
}

static gint
start_year_of_julian (guint32    julian,
                      GDateMonth start_month)
{
  GDate d;

  g_date_clear (&d, 1);
  g_date_set_julian (&d, julian);
  return g_date_get_month (&d) < start_month
    ? (gint) g_date_get_year (&d) - 1
    : (gint) g_date_get_year (&d);
}

/* The index of the year that contains julian, or -1 when outside. */
static gint
year_index_of (ReorgSavings *self,
               guint32       julian)
{
  guint lo = 0, hi = self->n_years;

  if (julian < self->first_julian[0] || julian >= self->first_julian[self->n_years])
    return -1;
  while (hi - lo > 1)
    {
      guint mid = (lo + hi) / 2;

      if (self->first_julian[mid] <= julian)
        lo = mid;
      else
        hi = mid;
    }
  return (gint) lo;
}

static char *
year_label (ReorgSavings *self,
            guint         year_index)
{
  return reorg_financial_year_get_label (&self->years[year_index]);
}

/* The part-year amount of one record in one year, rounded half away from
 * zero. Never overflows: its magnitude is at most the full-year effect. */
static gint64
part_year (ReorgSavings *self,
           const Record *record,
           guint         y)
{
  guint32 first = self->first_julian[y], next = self->first_julian[y + 1];
  guint32 from = MAX (record->money_julian, first);
  gint64 result = 0;

  if (from >= next)
    return 0;
  if (from == first)
    return record->full_year;
  if (!reorg_checked_mul_ratio (record->full_year, next - from, next - first, &result))
    g_assert_not_reached ();
  return result;
}

static gboolean
fail_overflow (GError    **error,
               const char *format,
               ...) G_GNUC_PRINTF (2, 3);

static gboolean
fail_overflow (GError    **error,
               const char *format,
               ...)
{
  g_autofree char *what = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);
  reorg_set_overflow_error (error, what);
  return FALSE;
}

static const char *
grouping_noun (ReorgSavingsGrouping grouping)
{
  switch (grouping)
    {
    case REORG_SAVINGS_GROUPING_NONE:
      return "change";
    case REORG_SAVINGS_GROUPING_UNIT:
      return "unit";
    case REORG_SAVINGS_GROUPING_SERVICE:
      return "service";
    case REORG_SAVINGS_GROUPING_GROUP:
      return "group";
    case REORG_SAVINGS_GROUPING_FUNDING:
    default:
      return "funding";
    }
}

static gboolean
line_add (ReorgSavings         *self,
          ReorgSavingsLine     *line,
          ReorgSavingsGrouping  grouping,
          const Record         *record,
          const gint64         *amounts,
          GError              **error)
{
  if (!reorg_checked_add (line->full_year.pence, record->full_year, &line->full_year.pence))
    return fail_overflow (error, "The full-year effect of %s “%s”",
                          grouping_noun (grouping), line->key);
  for (guint y = 0; y < self->n_years; y++)
    if (!reorg_checked_add (line->amounts[y].pence, amounts[y], &line->amounts[y].pence))
      {
        g_autofree char *label = year_label (self, y);

        return fail_overflow (error, "The savings of %s “%s” in %s",
                              grouping_noun (grouping), line->key, label);
      }
  if (!reorg_checked_add (line->fte_change.units, record->fte_delta, &line->fte_change.units) ||
      !reorg_checked_add (line->posts_change, record->posts_delta, &line->posts_change))
    return fail_overflow (error, "The FTE change of %s “%s”",
                          grouping_noun (grouping), line->key);
  return TRUE;
}

static ReorgSavingsLine *
line_for (ReorgSavings                 *self,
          GHashTable                   *table,
          ReorgSavingsGrouping          grouping,
          const Record                 *record,
          const ReorgSavingsChangeInfo *changes,
          guint                         n_changes)
{
  ReorgSavingsLine *line;
  gconstpointer hkey;
  const char *key = NULL;

  switch (grouping)
    {
    case REORG_SAVINGS_GROUPING_NONE:
      hkey = GUINT_TO_POINTER (record->change_index + 1);
      break;
    case REORG_SAVINGS_GROUPING_UNIT:
      hkey = key = record->unit;
      break;
    case REORG_SAVINGS_GROUPING_SERVICE:
      hkey = key = record->service;
      break;
    case REORG_SAVINGS_GROUPING_GROUP:
      hkey = key = record->group;
      break;
    case REORG_SAVINGS_GROUPING_FUNDING:
    default:
      hkey = key = record->funding;
      break;
    }

  line = g_hash_table_lookup (table, hkey);
  if (line != NULL)
    return line;

  if (grouping == REORG_SAVINGS_GROUPING_NONE)
    {
      g_autofree char *index_key = g_strdup_printf ("%u", record->change_index);
      g_autofree char *fallback = g_strdup_printf ("Change #%u", record->change_index);
      const char *label = NULL;

      if (changes != NULL && record->change_index < n_changes)
        label = changes[record->change_index].label;
      line = savings_line_new (index_key, label != NULL ? label : fallback,
                               self->n_years, record->change_index);
    }
  else
    line = savings_line_new (key, key, self->n_years, 0);

  g_ptr_array_add (self->lines[grouping], line);
  g_hash_table_insert (table, (gpointer) hkey, line);
  return line;
}

static int
compare_lines_by_key (gconstpointer a,
                      gconstpointer b)
{
  const ReorgSavingsLine *x = *(ReorgSavingsLine * const *) a;
  const ReorgSavingsLine *y = *(ReorgSavingsLine * const *) b;

  return strcmp (x->key, y->key);
}

static int
compare_lines_by_order (gconstpointer a,
                        gconstpointer b)
{
  const ReorgSavingsLine *x = *(ReorgSavingsLine * const *) a;
  const ReorgSavingsLine *y = *(ReorgSavingsLine * const *) b;

  return (x->order > y->order) - (x->order < y->order);
}

/* net = one-off - savings per year, and the reserves: the sum of the
 * positive parts. Writes nothing on overflow. */
static gboolean
compute_net (ReorgSavings      *self,
             const ReorgMoney  *one_off,
             ReorgMoney        *net_out,
             ReorgMoney        *reserves_out,
             GError           **error)
{
  g_autofree ReorgMoney *net = g_new0 (ReorgMoney, self->n_years);
  gint64 reserves = 0;

  for (guint y = 0; y < self->n_years; y++)
    {
      if (!reorg_checked_sub (one_off[y].pence, self->totals[y].pence, &net[y].pence))
        {
          g_autofree char *label = year_label (self, y);

          return fail_overflow (error, "The net cost in %s", label);
        }
      if (net[y].pence > 0 && !reorg_checked_add (reserves, net[y].pence, &reserves))
        return fail_overflow (error, "The call on reserves");
    }
  memcpy (net_out, net, sizeof (ReorgMoney) * self->n_years);
  reserves_out->pence = reserves;
  return TRUE;
}

static gboolean
check_effect (const ReorgEffect  *effect,
              guint               index,
              GError            **error)
{
  if (!g_date_valid (&effect->date))
    {
      g_set_error (error, REORG_ERROR, REORG_ERROR_INVALID,
                   "Effect %u (post “%s”) has no valid effective date",
                   index, effect->post_reference != NULL ? effect->post_reference : NONE_KEY);
      return FALSE;
    }
  if (effect->annual_cost_delta == G_MININT64)
    return fail_overflow (error, "The saving of effect %u", index);
  return TRUE;
}

static gboolean
savings_compute_records (ReorgSavings                 *self,
                         GHashTable                  **tables,
                         GArray                       *effects,
                         const ReorgSavingsChangeInfo *changes,
                         guint                         n_changes,
                         GError                      **error)
{
  g_autofree gint64 *amounts = g_new0 (gint64, self->n_years);
  gint64 fte_magnitude = 0;

  g_array_set_size (self->records, effects->len);
  for (guint i = 0; i < effects->len; i++)
    {
      const ReorgEffect *effect = &g_array_index (effects, ReorgEffect, i);
      Record *record = &g_array_index (self->records, Record, i);
      const char *group = NULL;

      if (changes != NULL && effect->change_index < n_changes)
        group = changes[effect->change_index].group;

      record->julian = g_date_get_julian (&effect->date);
      record->money_julian = g_date_valid (&effect->money_date)
        ? g_date_get_julian (&effect->money_date) : record->julian;
      record->change_index = effect->change_index;
      record->unit = intern (self, effect->unit_reference);
      record->service = intern (self, effect->service_reference);
      record->funding = intern (self, effect->funding_key);
      record->group = intern (self, group);
      record->full_year = -effect->annual_cost_delta;
      record->fte_delta = effect->fte_delta;
      record->posts_delta = effect->posts_delta;
      record->status_before = effect->status_before;
      record->tenure_before = effect->tenure_before;

      /* When the magnitudes of the FTE changes add up without overflow, no
       * sum of FTE in any table can overflow: the workforce table and the
       * redundancy estimate rely on this. */
      if (record->fte_delta == G_MININT64 ||
          !reorg_checked_add (fte_magnitude, ABS (record->fte_delta), &fte_magnitude))
        return fail_overflow (error, "The FTE changes of the proposal");

      for (guint y = 0; y < self->n_years; y++)
        {
          amounts[y] = part_year (self, record, y);
          if (!reorg_checked_add (self->totals[y].pence, amounts[y], &self->totals[y].pence))
            {
              g_autofree char *label = year_label (self, y);

              return fail_overflow (error, "The savings of the proposal in %s", label);
            }
        }
      if (!reorg_checked_add (self->full_year_total.pence, record->full_year,
                              &self->full_year_total.pence))
        return fail_overflow (error, "The full-year effect of the proposal");

      for (guint g = 0; g < N_GROUPINGS; g++)
        {
          ReorgSavingsLine *line = line_for (self, tables[g], g, record, changes, n_changes);

          if (!line_add (self, line, g, record, amounts, error))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
savings_compute (ReorgSavings                 *self,
                 GArray                       *effects,
                 const ReorgSavingsChangeInfo *changes,
                 guint                         n_changes,
                 GError                      **error)
{
  GHashTable *tables[N_GROUPINGS];
  gboolean ok;

  for (guint g = 0; g < N_GROUPINGS; g++)
    {
      tables[g] = g_hash_table_new (g_direct_hash, g_direct_equal);
      self->lines[g] = g_ptr_array_new_with_free_func ((GDestroyNotify) reorg_savings_line_free);
    }

  ok = savings_compute_records (self, tables, effects, changes, n_changes, error);

  for (guint g = 0; g < N_GROUPINGS; g++)
    g_hash_table_unref (tables[g]);
  if (!ok)
    return FALSE;

  g_ptr_array_sort (self->lines[REORG_SAVINGS_GROUPING_NONE], compare_lines_by_order);
  for (guint g = REORG_SAVINGS_GROUPING_UNIT; g < N_GROUPINGS; g++)
    g_ptr_array_sort (self->lines[g], compare_lines_by_key);

  return compute_net (self, self->one_off, self->net, &self->reserves, error);
}

ReorgSavings *
reorg_savings_new_from_effects (GArray                        *effects,
                                const ReorgSavingsChangeInfo  *changes,
                                guint                          n_changes,
                                GDateMonth                     fy_start,
                                const ReorgFinancialYear      *first_year,
                                guint                          n_years,
                                GError                       **error)
{
  g_autoptr(ReorgSavings) self = NULL;
  g_autoptr(ReorgFinancialYear) start = NULL;

  g_return_val_if_fail (effects != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((int) fy_start < G_DATE_JANUARY || fy_start > G_DATE_DECEMBER)
    {
      g_set_error (error, REORG_ERROR, REORG_ERROR_INVALID,
                   "%d is not a month: financial years start in month 1 to 12",
                   (int) fy_start);
      return NULL;
    }
  if (n_years < 1 || n_years > MAX_YEARS)
    {
      g_set_error (error, REORG_ERROR, REORG_ERROR_INVALID,
                   "Savings are computed for 1 to %d financial years, not %u",
                   MAX_YEARS, n_years);
      return NULL;
    }

  for (guint i = 0; i < effects->len; i++)
    if (!check_effect (&g_array_index (effects, ReorgEffect, i), i, error))
      return NULL;

  if (first_year != NULL)
    {
      if (first_year->start_month != fy_start)
        {
          g_set_error (error, REORG_ERROR, REORG_ERROR_INVALID,
                       "The first financial year starts in month %d but the years "
                       "are to start in month %d",
                       (int) first_year->start_month, (int) fy_start);
          return NULL;
        }
      start = reorg_financial_year_offset (first_year, 0, error);
    }
  else
    {
      guint32 earliest = G_MAXUINT32;
      GDate d;

      if (effects->len == 0)
        {
          g_set_error_literal (error, REORG_ERROR, REORG_ERROR_INVALID,
                               "No first financial year was given and there are no "
                               "changes to take it from");
          return NULL;
        }
      for (guint i = 0; i < effects->len; i++)
        earliest = MIN (earliest, g_date_get_julian (&g_array_index (effects, ReorgEffect, i).date));
      g_date_clear (&d, 1);
      g_date_set_julian (&d, earliest);
      start = reorg_financial_year_new_for_date (&d, fy_start, error);
    }
  if (start == NULL)
    return NULL;

  self = g_object_new (REORG_TYPE_SAVINGS, NULL);
  self->start_month = fy_start;
  self->n_years = n_years;
  self->years = g_new0 (ReorgFinancialYear, n_years);
  self->first_julian = g_new0 (guint32, n_years + 1);
  self->totals = g_new0 (ReorgMoney, n_years);
  self->one_off = g_new0 (ReorgMoney, n_years);
  self->net = g_new0 (ReorgMoney, n_years);
  self->strings = g_string_chunk_new (1024);
  self->records = g_array_sized_new (FALSE, TRUE, sizeof (Record), effects->len);

  for (guint y = 0; y < n_years; y++)
    {
      g_autoptr(ReorgFinancialYear) year = reorg_financial_year_offset (start, (gint) y, error);
      g_autoptr(GDate) first_day = NULL, last_day = NULL;

      if (year == NULL)
        return NULL;
      self->years[y] = *year;
      first_day = reorg_financial_year_get_first_day (year);
      last_day = reorg_financial_year_get_last_day (year);
      self->first_julian[y] = g_date_get_julian (first_day);
      self->first_julian[y + 1] = g_date_get_julian (last_day) + 1;
    }

  if (!savings_compute (self, effects, changes, n_changes, error))
    return NULL;

  return g_steal_pointer (&self);
}

/* Labels the unit and service lines with the units' names: from the
 * target structure, or the base for units the proposal closes. */
static void
name_unit_lines (ReorgSavings   *self,
                 ReorgStructure *target,
                 ReorgStructure *base)
{
  static const ReorgSavingsGrouping groupings[] = {
    REORG_SAVINGS_GROUPING_UNIT, REORG_SAVINGS_GROUPING_SERVICE,
  };

  for (guint g = 0; g < G_N_ELEMENTS (groupings); g++)
    {
      GPtrArray *lines = self->lines[groupings[g]];

      for (guint i = 0; i < lines->len; i++)
        {
          ReorgSavingsLine *line = g_ptr_array_index (lines, i);
          ReorgUnit *unit = reorg_structure_lookup_unit (target, line->key);
          const char *name;

          if (unit == NULL)
            unit = reorg_structure_lookup_unit (base, line->key);
          name = unit != NULL ? reorg_unit_get_name (unit) : NULL;
          if (name != NULL && *name != '\0')
            reorg_set_str (&line->label, name);
        }
    }
}

static gboolean add_costs (ReorgSavings  *self,
                           GPtrArray     *costs,
                           GError       **error);

/**
 * reorg_savings_new:
 * @proposal: a proposal
 * @base: the structure the proposal applies to, which is not modified
 * @fy_start: the month on whose first day financial years begin
 *   (%G_DATE_APRIL in UK local and central government)
 * @first_year: (nullable): the first financial year to compute, which must
 *   start in @fy_start; %NULL for the year of the earliest change
 * @n_years: the number of financial years to compute, from 1 to 100
 * @error: return location for a #GError
 *
 * Costs a proposal: applies every change of @proposal to a copy of @base
 * (as [method@Reorg.Proposal.apply] with no date) and computes, from what
 * each change did to each post, the money by financial year, grouped per
 * change (labelled with the change's description), per unit and per
 * top-level service (labelled with the unit's name), per group (the
 * changes' labels, such as "FISS to Families First") and per funding
 * source. See [class@Reorg.Savings] for the rules and the rounding.
 *
 * The one-off costs of @proposal ([method@Reorg.Proposal.get_one_off_costs])
 * are added as by [method@Reorg.Savings.add_one_off_cost], so that they
 * count in the net cost and the call on reserves.
 *
 * Fails with the error of [method@Reorg.Proposal.apply] when a change
 * fails; with %REORG_ERROR_INVALID when @fy_start is not a month, @n_years
 * is out of range, @first_year starts in another month, there is no
 * first year and no change, or a one-off cost of @proposal has no valid
 * date or an unknown kind; and with %REORG_ERROR_OVERFLOW when a sum does
 * not fit.
 *
 * Returns: (transfer full) (nullable): the savings, or %NULL with @error set
 *
 * Since: 0.1
 */
ReorgSavings *
reorg_savings_new (ReorgProposal             *proposal,
                   ReorgStructure            *base,
                   GDateMonth                 fy_start,
                   const ReorgFinancialYear  *first_year,
                   guint                      n_years,
                   GError                   **error)
{
  g_autoptr(GArray) effects = NULL;
  g_autoptr(ReorgStructure) target = NULL;
  g_autoptr(GPtrArray) descriptions = NULL;
  g_autofree ReorgSavingsChangeInfo *changes = NULL;
  g_autoptr(GPtrArray) costs = NULL;
  ReorgSavings *self;
  guint n_changes;

  g_return_val_if_fail (REORG_IS_PROPOSAL (proposal), NULL);
  g_return_val_if_fail (REORG_IS_STRUCTURE (base), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  effects = reorg_effects_new ();
  target = reorg_proposal_apply_with_effects (proposal, base, NULL, effects, error);
  if (target == NULL)
    return NULL;

  n_changes = reorg_proposal_get_n_changes (proposal);
  changes = g_new0 (ReorgSavingsChangeInfo, MAX (n_changes, 1));
  descriptions = g_ptr_array_new_full (n_changes, g_free);
  for (guint i = 0; i < n_changes; i++)
    {
      ReorgChange *change = reorg_proposal_get_change (proposal, i);
      char *description = reorg_change_describe (change);

      g_ptr_array_add (descriptions, description);
      changes[i].label = description;
      changes[i].group = reorg_change_get_label (change);
    }

  self = reorg_savings_new_from_effects (effects, changes, n_changes, fy_start,
                                         first_year, n_years, error);
  if (self == NULL)
    return NULL;
  name_unit_lines (self, target, base);

  costs = reorg_proposal_get_one_off_costs (proposal);
  if (costs->len > 0)
    {
      g_autoptr(GPtrArray) copies =
        g_ptr_array_new_full (costs->len, (GDestroyNotify) reorg_one_off_cost_free);

      for (guint i = 0; i < costs->len; i++)
        g_ptr_array_add (copies, reorg_one_off_cost_copy (g_ptr_array_index (costs, i)));
      if (!add_costs (self, copies, error))
        {
          g_object_unref (self);
          return NULL;
        }
    }
  return self;
}

/**
 * reorg_savings_get_start_month:
 * @self: a [class@Reorg.Savings]
 *
 * Gets the month on whose first day the financial years begin.
 *
 * Returns: the start month
 *
 * Since: 0.1
 */
GDateMonth
reorg_savings_get_start_month (ReorgSavings *self)
{
  g_return_val_if_fail (REORG_IS_SAVINGS (self), G_DATE_BAD_MONTH);
  return self->start_month;
}

/**
 * reorg_savings_get_n_years:
 * @self: a [class@Reorg.Savings]
 *
 * Gets the number of financial years computed.
 *
 * Returns: the number of years, at least 1
 *
 * Since: 0.1
 */
guint
reorg_savings_get_n_years (ReorgSavings *self)
{
  g_return_val_if_fail (REORG_IS_SAVINGS (self), 0);
  return self->n_years;
}

/**
 * reorg_savings_get_year:
 * @self: a [class@Reorg.Savings]
 * @year_index: the index of a financial year, from 0 to the number of years - 1
 *
 * Gets one of the financial years computed: index 0 is the first year.
 *
 * Returns: (transfer none): the financial year
 *
 * Since: 0.1
 */
const ReorgFinancialYear *
reorg_savings_get_year (ReorgSavings *self,
                        guint         year_index)
{
  g_return_val_if_fail (REORG_IS_SAVINGS (self), NULL);
  g_return_val_if_fail (year_index < self->n_years, NULL);
  return &self->years[year_index];
}

/**
 * reorg_savings_get_years:
 * @self: a [class@Reorg.Savings]
 *
 * Gets the financial years computed, in order: the indexes of this array
 * are the year indexes of the other methods.
 *
 * Returns: (transfer container) (element-type ReorgFinancialYear): the
 *   years, an array that frees its elements
 *
 * Since: 0.1
 */
GPtrArray *
reorg_savings_get_years (ReorgSavings *self)
{
  GPtrArray *years;

  g_return_val_if_fail (REORG_IS_SAVINGS (self), NULL);

  years = g_ptr_array_new_full (self->n_years, (GDestroyNotify) reorg_financial_year_free);
  for (guint y = 0; y < self->n_years; y++)
    g_ptr_array_add (years, reorg_financial_year_copy (&self->years[y]));
  return years;
}

/**
 * reorg_savings_get_total:
 * @self: a [class@Reorg.Savings]
 * @year_index: the index of a financial year, from 0 to the number of years - 1
 *
 * Gets the part-year savings of the whole proposal in a financial year,
 * positive for a saving: the exact sum of each change's rounded part-year
 * amount (see [class@Reorg.Savings]).
 *
 * Returns: (transfer none): the savings in that year
 *
 * Since: 0.1
 */
const ReorgMoney *
reorg_savings_get_total (ReorgSavings *self,
                         guint         year_index)
{
  g_return_val_if_fail (REORG_IS_SAVINGS (self), NULL);
  g_return_val_if_fail (year_index < self->n_years, NULL);
  return &self->totals[year_index];
}

/**
 * reorg_savings_get_full_year_total:
 * @self: a [class@Reorg.Savings]
 *
 * Gets the full-year effect of the whole proposal: the annual cost before
 * minus after, positive for a saving, whatever the dates.
 *
 * Returns: (transfer none): the full-year effect
 *
 * Since: 0.1
 */
const ReorgMoney *
reorg_savings_get_full_year_total (ReorgSavings *self)
{
  g_return_val_if_fail (REORG_IS_SAVINGS (self), NULL);
  return &self->full_year_total;
}

/**
 * reorg_savings_get_lines:
 * @self: a [class@Reorg.Savings]
 * @grouping: how to group the money
 *
 * Gets the savings schedule grouped one way: one [struct@Reorg.SavingsLine]
 * per change, unit, top-level service, group or funding source that the
 * proposal touches. The lines of any grouping add up exactly to
 * [method@Reorg.Savings.get_total] in each year and to
 * [method@Reorg.Savings.get_full_year_total].
 *
 * Per change, the lines are in the order of the changes in the proposal
 * (changes that touch no post have no line). Otherwise they are sorted by
 * key in byte order (as strcmp() does), which is stable from one run to
 * the next.
 *
 * Returns: (transfer container) (element-type ReorgSavingsLine): the lines,
 *   an array that frees its elements
 *
 * Since: 0.1
 */
GPtrArray *
reorg_savings_get_lines (ReorgSavings         *self,
                         ReorgSavingsGrouping  grouping)
{
  GPtrArray *lines, *src;

  g_return_val_if_fail (REORG_IS_SAVINGS (self), NULL);
  g_return_val_if_fail ((guint) grouping < N_GROUPINGS, NULL);

  src = self->lines[grouping];
  lines = g_ptr_array_new_full (src->len, (GDestroyNotify) reorg_savings_line_free);
  for (guint i = 0; i < src->len; i++)
    g_ptr_array_add (lines, reorg_savings_line_copy (g_ptr_array_index (src, i)));
  return lines;
}

/* Adds costs (taking them) all or none. */
static gboolean
add_costs (ReorgSavings  *self,
           GPtrArray     *costs,
           GError       **error)
{
  g_autofree ReorgMoney *one_off = g_memdup2 (self->one_off, sizeof (ReorgMoney) * self->n_years);
  g_autofree ReorgMoney *net = g_new0 (ReorgMoney, self->n_years);
  ReorgMoney reserves;

  for (guint i = 0; i < costs->len; i++)
    {
      ReorgOneOffCost *cost = g_ptr_array_index (costs, i);
      gint y;

      if (!g_date_valid (&cost->date))
        {
          g_set_error (error, REORG_ERROR, REORG_ERROR_INVALID,
                       "The one-off cost “%s” has no valid date",
                       cost->label != NULL ? cost->label : "");
          return FALSE;
        }
      if ((guint) cost->kind > REORG_ONE_OFF_COST_OTHER)
        {
          g_set_error (error, REORG_ERROR, REORG_ERROR_INVALID,
                       "The one-off cost “%s” has an unknown kind %d",
                       cost->label != NULL ? cost->label : "", (int) cost->kind);
          return FALSE;
        }
      y = year_index_of (self, g_date_get_julian (&cost->date));
      if (y >= 0 && !reorg_checked_add (one_off[y].pence, cost->amount.pence, &one_off[y].pence))
        {
          g_autofree char *label = year_label (self, (guint) y);

          return fail_overflow (error, "The one-off costs in %s", label);
        }
    }

  if (!compute_net (self, one_off, net, &reserves, error))
    return FALSE;

  memcpy (self->one_off, one_off, sizeof (ReorgMoney) * self->n_years);
  memcpy (self->net, net, sizeof (ReorgMoney) * self->n_years);
  self->reserves = reserves;
  /* Move the costs over. */
  g_ptr_array_set_free_func (costs, NULL);
  for (guint i = 0; i < costs->len; i++)
    g_ptr_array_add (self->one_off_costs, g_ptr_array_index (costs, i));
  return TRUE;
}

/**
 * reorg_savings_add_one_off_cost:
 * @self: a [class@Reorg.Savings]
 * @cost: the cost, which is copied
 * @error: return location for a #GError
 *
 * Adds a one-off cost. It falls in the financial year that contains its
 * date; a cost dated outside the years computed is kept and listed by
 * [method@Reorg.Savings.get_one_off_costs] but counts in no year.
 *
 * Fails with %REORG_ERROR_INVALID when the cost's date is not valid or its
 * kind is unknown, and with %REORG_ERROR_OVERFLOW when the one-off costs,
 * the net cost or the call on reserves would not fit; the savings are then
 * unchanged.
 *
 * Returns: %TRUE if the cost was added
 *
 * Since: 0.1
 */
gboolean
reorg_savings_add_one_off_cost (ReorgSavings           *self,
                                const ReorgOneOffCost  *cost,
                                GError                **error)
{
  g_autoptr(GPtrArray) costs = NULL;

  g_return_val_if_fail (REORG_IS_SAVINGS (self), FALSE);
  g_return_val_if_fail (cost != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  costs = g_ptr_array_new_with_free_func ((GDestroyNotify) reorg_one_off_cost_free);
  g_ptr_array_add (costs, reorg_one_off_cost_copy (cost));
  return add_costs (self, costs, error);
}

typedef struct
{
  guint32 julian;
  gint64  fte;      /* FTE of the post disestablished, positive */
} Dismissal;

static int
compare_dismissals (gconstpointer a,
                    gconstpointer b)
{
  const Dismissal *x = a, *y = b;

  return (x->julian > y->julian) - (x->julian < y->julian);
}

static gboolean
is_potential_redundancy (const Record *record)
{
  return record->posts_delta < 0 && record->status_before == REORG_POST_STATUS_FILLED;
}

/**
 * reorg_savings_estimate_redundancy_per_fte:
 * @self: a [class@Reorg.Savings]
 * @per_fte: the redundancy cost of one FTE, not negative
 * @multiplier_basis_points: a discretionary multiplier in basis points:
 *   10000 for the amount as given, 15000 for one and a half times
 * @error: return location for a #GError
 *
 * Estimates redundancy costs at an amount per FTE (Harrow 2011: about 12
 * FTE for £300k, £25,000 per FTE) and adds them as one-off costs of kind
 * %REORG_ONE_OFF_COST_REDUNDANCY. Only posts that were filled when they
 * were disestablished count: vacant and frozen posts make no redundancy.
 *
 * One cost is added per effective date, for the FTE of the filled posts
 * disestablished on that date: the FTE times @per_fte times the
 * multiplier, rounded half away from zero to the penny once per date.
 * Calling this twice adds the estimate twice.
 *
 * Fails with %REORG_ERROR_INVALID when @per_fte is negative and with
 * %REORG_ERROR_OVERFLOW when an amount, the one-off costs, the net cost or
 * the call on reserves would not fit; nothing is then added.
 *
 * Returns: (transfer full) (nullable): the total of the estimate, or %NULL
 *   with @error set
 *
 * Since: 0.1
 */
ReorgMoney *
reorg_savings_estimate_redundancy_per_fte (ReorgSavings      *self,
                                           const ReorgMoney  *per_fte,
                                           guint              multiplier_basis_points,
                                           GError           **error)
{
  g_autoptr(GArray) dismissals = NULL;
  g_autoptr(GPtrArray) costs = NULL;
  g_autofree char *rate = NULL;
  gint64 total = 0;
  guint i = 0;

  g_return_val_if_fail (REORG_IS_SAVINGS (self), NULL);
  g_return_val_if_fail (per_fte != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (per_fte->pence < 0)
    {
      g_set_error_literal (error, REORG_ERROR, REORG_ERROR_INVALID,
                           "The redundancy cost per FTE cannot be negative");
      return NULL;
    }

  dismissals = g_array_new (FALSE, FALSE, sizeof (Dismissal));
  for (guint r = 0; r < self->records->len; r++)
    {
      const Record *record = &g_array_index (self->records, Record, r);
      Dismissal d = { record->julian, -record->fte_delta };

      if (is_potential_redundancy (record))
        g_array_append_val (dismissals, d);
    }
  g_array_sort (dismissals, compare_dismissals);

  rate = reorg_money_to_string (per_fte);
  costs = g_ptr_array_new_with_free_func ((GDestroyNotify) reorg_one_off_cost_free);
  while (i < dismissals->len)
    {
      guint32 julian = g_array_index (dismissals, Dismissal, i).julian;
      g_autofree char *fte_text = NULL, *label = NULL;
      ReorgOneOffCost *cost;
      ReorgFte fte = { 0 };
      gint64 scaled, amount;
      GDate date;

      /* The FTE magnitudes were checked to add up without overflow. */
      for (; i < dismissals->len && g_array_index (dismissals, Dismissal, i).julian == julian; i++)
        fte.units += g_array_index (dismissals, Dismissal, i).fte;

      g_date_clear (&date, 1);
      g_date_set_julian (&date, julian);
      if (!reorg_checked_mul (fte.units, multiplier_basis_points, &scaled) ||
          !reorg_checked_mul_ratio (per_fte->pence, scaled,
                                    (gint64) REORG_FTE_SCALE * BASIS_POINTS, &amount) ||
          !reorg_checked_add (total, amount, &total))
        {
          fail_overflow (error, "The redundancy estimate");
          return NULL;
        }

      fte_text = reorg_fte_to_string (&fte);
      if (multiplier_basis_points == BASIS_POINTS)
        label = g_strdup_printf ("Redundancy: %s FTE at %s per FTE", fte_text, rate);
      else
        {
          g_autofree char *factor = reorg_format_decimal (multiplier_basis_points, 4, 4,
                                                          FALSE, TRUE);

          label = g_strdup_printf ("Redundancy: %s FTE at %s per FTE × %s",
                                   fte_text, rate, factor);
        }
      cost = g_new0 (ReorgOneOffCost, 1);
      cost->label = g_steal_pointer (&label);
      cost->kind = REORG_ONE_OFF_COST_REDUNDANCY;
      cost->amount.pence = amount;
      cost->date = date;
      g_ptr_array_add (costs, cost);
    }

  if (!add_costs (self, costs, error))
    return NULL;

  return reorg_money_new (total);
}

/**
 * reorg_savings_get_one_off_costs:
 * @self: a [class@Reorg.Savings]
 *
 * Gets the one-off costs added, in the order they were added.
 *
 * Returns: (transfer container) (element-type ReorgOneOffCost): the costs,
 *   an array that frees its elements
 *
 * Since: 0.1
 */
GPtrArray *
reorg_savings_get_one_off_costs (ReorgSavings *self)
{
  GPtrArray *costs;

  g_return_val_if_fail (REORG_IS_SAVINGS (self), NULL);

  costs = g_ptr_array_new_full (self->one_off_costs->len, (GDestroyNotify) reorg_one_off_cost_free);
  for (guint i = 0; i < self->one_off_costs->len; i++)
    g_ptr_array_add (costs, reorg_one_off_cost_copy (g_ptr_array_index (self->one_off_costs, i)));
  return costs;
}

/**
 * reorg_savings_get_one_off_total:
 * @self: a [class@Reorg.Savings]
 * @year_index: the index of a financial year, from 0 to the number of years - 1
 *
 * Gets the sum of the one-off costs dated in a financial year.
 *
 * Returns: (transfer none): the one-off costs in that year
 *
 * Since: 0.1
 */
const ReorgMoney *
reorg_savings_get_one_off_total (ReorgSavings *self,
                                 guint         year_index)
{
  g_return_val_if_fail (REORG_IS_SAVINGS (self), NULL);
  g_return_val_if_fail (year_index < self->n_years, NULL);
  return &self->one_off[year_index];
}

/**
 * reorg_savings_get_net_cost:
 * @self: a [class@Reorg.Savings]
 * @year_index: the index of a financial year, from 0 to the number of years - 1
 *
 * Gets the net cost of the proposal in a financial year: the one-off costs
 * of the year minus its part-year savings. It is negative when the savings
 * pay for the costs, and positive when the year needs money from
 * elsewhere: a proposal that adds £86,000 a year of posts from 1 April
 * 2017 has a net cost of £86,000 in 2017/18 (Monmouthshire).
 *
 * Returns: (transfer none): the net cost in that year
 *
 * Since: 0.1
 */
const ReorgMoney *
reorg_savings_get_net_cost (ReorgSavings *self,
                            guint         year_index)
{
  g_return_val_if_fail (REORG_IS_SAVINGS (self), NULL);
  g_return_val_if_fail (year_index < self->n_years, NULL);
  return &self->net[year_index];
}

/**
 * reorg_savings_get_reserves_call:
 * @self: a [class@Reorg.Savings]
 *
 * Gets the call on reserves the proposal implies over the years computed:
 * the sum of the net costs of the years whose net cost is positive. A
 * year's savings are not carried to another year, and a recurring cost
 * calls on reserves in every year computed: compute only the years the
 * reserves are to fund.
 *
 * Returns: (transfer none): the call on reserves, zero or more
 *
 * Since: 0.1
 */
const ReorgMoney *
reorg_savings_get_reserves_call (ReorgSavings *self)
{
  g_return_val_if_fail (REORG_IS_SAVINGS (self), NULL);
  return &self->reserves;
}

/* ---- The workforce impact table ---- */

typedef struct
{
  const char *service;
  gint        start_year;
  guint       record;
} WorkforceKey;

static int
compare_workforce_keys (gconstpointer a,
                        gconstpointer b)
{
  const WorkforceKey *x = a, *y = b;
  int c = x->service == y->service ? 0 : strcmp (x->service, y->service);

  if (c != 0)
    return c;
  if (x->start_year != y->start_year)
    return (x->start_year > y->start_year) - (x->start_year < y->start_year);
  return (x->record > y->record) - (x->record < y->record);
}

/**
 * reorg_savings_get_workforce_impact:
 * @self: a [class@Reorg.Savings]
 *
 * Gets the workforce impact table: for each top-level service and each
 * financial year in which the proposal changes its FTE (by effective date,
 * not limited to the years of the money), one [struct@Reorg.WorkforceRow]
 * with the FTE removed, split filled and vacant and permanent and
 * temporary, the FTE added and the net reduction. Rows are sorted by
 * service reference in byte order, then by year.
 *
 * Returns: (transfer container) (element-type ReorgWorkforceRow): the rows,
 *   an array that frees its elements
 *
 * Since: 0.1
 */
GPtrArray *
reorg_savings_get_workforce_impact (ReorgSavings *self)
{
  g_autoptr(GArray) keys = NULL;
  GPtrArray *rows;
  ReorgWorkforceRow *row = NULL;

  g_return_val_if_fail (REORG_IS_SAVINGS (self), NULL);

  keys = g_array_new (FALSE, FALSE, sizeof (WorkforceKey));
  for (guint r = 0; r < self->records->len; r++)
    {
      const Record *record = &g_array_index (self->records, Record, r);
      WorkforceKey key = { record->service,
                           start_year_of_julian (record->julian, self->start_month), r };

      if (record->fte_delta != 0)
        g_array_append_val (keys, key);
    }
  g_array_sort (keys, compare_workforce_keys);

  /* Every sum below is of FTE magnitudes, which were checked to add up
   * without overflow when the savings were computed. */
  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) reorg_workforce_row_free);
  for (guint k = 0; k < keys->len; k++)
    {
      const WorkforceKey *key = &g_array_index (keys, WorkforceKey, k);
      const Record *record = &g_array_index (self->records, Record, key->record);

      if (row == NULL || row->year.start_year != key->start_year ||
          strcmp (row->service, key->service) != 0)
        {
          row = g_new0 (ReorgWorkforceRow, 1);
          row->service = g_strdup (key->service);
          row->year.start_year = key->start_year;
          row->year.start_month = self->start_month;
          g_ptr_array_add (rows, row);
        }

      if (record->fte_delta > 0)
        row->added.units += record->fte_delta;
      else
        {
          gint64 removed = -record->fte_delta;

          row->removed.units += removed;
          if (record->status_before == REORG_POST_STATUS_FILLED)
            row->removed_filled.units += removed;
          else
            row->removed_vacant.units += removed;
          if (record->tenure_before == REORG_TENURE_PERMANENT)
            row->removed_permanent.units += removed;
          else
            row->removed_temporary.units += removed;
        }
      row->net_reduction.units = row->removed.units - row->added.units;
    }
  return rows;
}

/* ---- The consultation check ---- */

typedef struct
{
  const char *establishment;
  guint32     julian;
} Redundancy;

static int
compare_redundancies (gconstpointer a,
                      gconstpointer b)
{
  const Redundancy *x = a, *y = b;
  int c = x->establishment == y->establishment ? 0 : strcmp (x->establishment, y->establishment);

  if (c != 0)
    return c;
  return (x->julian > y->julian) - (x->julian < y->julian);
}

/* Checks the dismissals run[0..n-1], sorted by date. */
static ReorgConsultation *
consultation_check_run (const char       *establishment,
                        const Redundancy *run,
                        guint             n)
{
  ReorgConsultation *result = g_new0 (ReorgConsultation, 1);
  guint best = 0, best_first = 0, best_last = 0, left = 0;

  result->establishment = g_strdup (establishment);
  result->potential = n;
  g_date_clear (&result->window_first, 1);
  g_date_clear (&result->window_last, 1);
  g_date_clear (&result->latest_start, 1);

  /* Two pointers over the sorted dates: for each right end, the window
   * holds the dismissals at most WINDOW_DAYS - 1 days before it. Strictly
   * larger counts replace the best, so ties keep the earliest window. */
  for (guint right = 0; right < n; right++)
    {
      while (run[right].julian - run[left].julian >= WINDOW_DAYS)
        left++;
      if (right - left + 1 > best)
        {
          best = right - left + 1;
          best_first = left;
          best_last = right;
        }
    }

  result->largest = best;
  if (best > 0)
    {
      g_date_set_julian (&result->window_first, run[best_first].julian);
      g_date_set_julian (&result->window_last, run[best_last].julian);
    }

  if (best >= FORTY_FIVE_DAYS_FROM)
    {
      result->duty = REORG_CONSULTATION_DUTY_FORTY_FIVE_DAYS;
      result->days = 45;
    }
  else if (best >= THIRTY_DAYS_FROM)
    {
      result->duty = REORG_CONSULTATION_DUTY_THIRTY_DAYS;
      result->days = 30;
    }
  else
    {
      result->duty = REORG_CONSULTATION_DUTY_NONE;
      result->days = 0;
    }

  if (result->days > 0 && run[best_first].julian > result->days)
    g_date_set_julian (&result->latest_start, run[best_first].julian - result->days);

  return result;
}

/**
 * reorg_savings_check_consultation:
 * @self: a [class@Reorg.Savings]
 * @scope: what counts as one establishment
 *
 * Checks the duty of collective consultation: the potential redundancies
 * (filled posts disestablished, counted as posts) at one establishment
 * within any 90 days, and the consultation and HR1 notification they call
 * for (see [struct@Reorg.Consultation]). The windows are found by sorting
 * the dismissal dates and sliding over them, in O(n log n).
 *
 * With %REORG_CONSULTATION_SCOPE_ESTABLISHMENT, each top-level service is
 * an establishment and there is one result per service with at least one
 * potential redundancy, sorted by service reference in byte order. With
 * %REORG_CONSULTATION_SCOPE_ORGANISATION there is always exactly one
 * result, for the whole organisation.
 *
 * Returns: (transfer container) (element-type ReorgConsultation): the
 *   results, an array that frees its elements
 *
 * Since: 0.1
 */
GPtrArray *
reorg_savings_check_consultation (ReorgSavings           *self,
                                  ReorgConsultationScope  scope)
{
  g_autoptr(GArray) redundancies = NULL;
  GPtrArray *results;
  const Redundancy *all;
  guint start = 0;

  g_return_val_if_fail (REORG_IS_SAVINGS (self), NULL);
  g_return_val_if_fail (scope == REORG_CONSULTATION_SCOPE_ESTABLISHMENT ||
                        scope == REORG_CONSULTATION_SCOPE_ORGANISATION, NULL);

  redundancies = g_array_new (FALSE, FALSE, sizeof (Redundancy));
  for (guint r = 0; r < self->records->len; r++)
    {
      const Record *record = &g_array_index (self->records, Record, r);
      Redundancy one = {
        scope == REORG_CONSULTATION_SCOPE_ESTABLISHMENT ? record->service : "",
        record->julian
      };

      if (is_potential_redundancy (record))
        g_array_append_val (redundancies, one);
    }
  g_array_sort (redundancies, compare_redundancies);

  results = g_ptr_array_new_with_free_func ((GDestroyNotify) reorg_consultation_free);
  all = (const Redundancy *) (gpointer) redundancies->data;

  if (scope == REORG_CONSULTATION_SCOPE_ORGANISATION)
    {
      g_ptr_array_add (results, consultation_check_run (NULL, all, redundancies->len));
      return results;
    }

  for (guint i = 1; i <= redundancies->len; i++)
    if (i == redundancies->len || all[i].establishment != all[start].establishment)
      {
        g_ptr_array_add (results, consultation_check_run (all[start].establishment,
                                                          all + start, i - start));
        start = i;
      }
  return results;
}

/* ======================================================================
 * Redundancy pay
 * ====================================================================== */

/* The statutory limit on a week's pay (Employment Rights Act 1996,
 * s. 227), by the date from which it applies to dismissals. */
static const struct
{
  guint8  day;
  guint8  month;
  guint16 year;
  gint64  pounds;
} weekly_pay_caps[] = {
  { 1, 10, 2009, 380 },
  { 1, 2, 2011, 400 },
  { 1, 2, 2012, 430 },
  { 1, 2, 2013, 450 },
  { 6, 4, 2014, 464 },
  { 6, 4, 2015, 475 },
  { 6, 4, 2016, 479 },
  { 6, 4, 2017, 489 },
  { 6, 4, 2018, 508 },
  { 6, 4, 2019, 525 },
  { 6, 4, 2020, 538 },
  { 6, 4, 2021, 544 },
  { 6, 4, 2022, 571 },
  { 6, 4, 2023, 643 },
  { 6, 4, 2024, 700 },
  { 6, 4, 2025, 719 },
};

static gboolean
weekly_pay_cap (const GDate  *date,
                gint64       *pence,
                GError      **error)
{
  gint found = -1;

  if (date == NULL || !g_date_valid (date))
    {
      g_set_error_literal (error, REORG_ERROR, REORG_ERROR_INVALID,
                           "The dismissal date is not a valid date");
      return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (weekly_pay_caps); i++)
    {
      GDate from;

      g_date_clear (&from, 1);
      g_date_set_dmy (&from, weekly_pay_caps[i].day, weekly_pay_caps[i].month,
                      weekly_pay_caps[i].year);
      if (g_date_compare (&from, date) <= 0)
        found = (gint) i;
    }

  if (found < 0)
    {
      g_set_error (error, REORG_ERROR, REORG_ERROR_INVALID,
                   "No statutory weekly pay cap is known for dismissals before "
                   "%u October %u",
                   (guint) weekly_pay_caps[0].day, (guint) weekly_pay_caps[0].year);
      return FALSE;
    }
  *pence = weekly_pay_caps[found].pounds * 100;
  return TRUE;
}

/**
 * reorg_redundancy_weekly_pay_cap:
 * @date: the dismissal date
 * @error: return location for a #GError
 *
 * Gets the statutory cap on a week's pay for redundancy pay to an employee
 * dismissed on @date, from a dated table: £380 from 1 October 2009, £400
 * from 1 February 2011, £430 from 1 February 2012, £450 from 1 February
 * 2013, then from 6 April each year £464 (2014), £475, £479, £489, £508,
 * £525, £538, £544, £571, £643 (2023), £700 (2024) and £719 (2025). Dates
 * after the last entry get the last known cap, which is uprated every
 * April: the table must be updated.
 *
 * Fails with %REORG_ERROR_INVALID when @date is not valid or is before
 * 1 October 2009, the first entry of the table.
 *
 * Returns: (transfer full) (nullable): the cap, or %NULL with @error set
 *
 * Since: 0.1
 */
ReorgMoney *
reorg_redundancy_weekly_pay_cap (const GDate  *date,
                                 GError      **error)
{
  gint64 pence;

  g_return_val_if_fail (date != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!weekly_pay_cap (date, &pence, error))
    return NULL;
  return reorg_money_new (pence);
}

/**
 * reorg_redundancy_statutory_half_weeks:
 * @age: the employee's age in whole years on the dismissal date
 * @years_of_service: the complete years of continuous service
 * @error: return location for a #GError
 *
 * Counts the weeks' pay of statutory redundancy pay, in half weeks (so
 * that the result is exact): nothing under 2 years of service; otherwise,
 * counting back from the dismissal, at most 20 years, each year worth half
 * a week when the employee was under 22 throughout it, one week when 22 to
 * 40 and one and a half weeks when 41 or over. Aged 45 with 10 years: four
 * years at 41 to 44 (6 weeks) and six at 35 to 40 (6 weeks), 24 half weeks.
 *
 * Fails with %REORG_ERROR_INVALID when @years_of_service is more than @age.
 *
 * Returns: the number of half weeks, from 0 to 60
 *
 * Since: 0.1
 */
guint
reorg_redundancy_statutory_half_weeks (guint    age,
                                       guint    years_of_service,
                                       GError **error)
{
  guint half_weeks = 0;

  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (years_of_service > age)
    {
      g_set_error (error, REORG_ERROR, REORG_ERROR_INVALID,
                   "%u years of service are more than the age of %u",
                   years_of_service, age);
      return 0;
    }
  if (years_of_service < 2)
    return 0;

  /* Year k of service, counting back, was worked at age - k throughout. */
  for (guint k = 1; k <= MIN (years_of_service, 20u); k++)
    {
      guint at = age - k;

      half_weeks += at >= 41 ? 3 : at >= 22 ? 2 : 1;
    }
  return half_weeks;
}

static gboolean
check_weekly_pay (const ReorgMoney  *weekly_pay,
                  GError           **error)
{
  if (weekly_pay->pence < 0)
    {
      g_set_error_literal (error, REORG_ERROR, REORG_ERROR_INVALID,
                           "A week's pay cannot be negative");
      return FALSE;
    }
  return TRUE;
}

/**
 * reorg_redundancy_statutory_pay:
 * @age: the employee's age in whole years on the dismissal date
 * @years_of_service: the complete years of continuous service
 * @weekly_pay: the employee's actual week's pay
 * @dismissal_date: the dismissal date, which decides the cap
 * @error: return location for a #GError
 *
 * Computes statutory redundancy pay: the weeks counted by
 * [func@Reorg.redundancy_statutory_half_weeks] times the week's pay,
 * capped by [func@Reorg.redundancy_weekly_pay_cap] for @dismissal_date,
 * rounded half away from zero to the penny (only an odd number of half
 * weeks of an odd number of pence needs it). Aged 45 with 10 years and
 * £800 a week on 1 May 2024: 12 weeks at the cap of £700, £8,400.
 *
 * Fails with %REORG_ERROR_INVALID when @weekly_pay is negative, the date
 * is not valid or before the first cap known, or @years_of_service is more
 * than @age.
 *
 * Returns: (transfer full) (nullable): the redundancy pay, or %NULL with
 *   @error set
 *
 * Since: 0.1
 */
ReorgMoney *
reorg_redundancy_statutory_pay (guint              age,
                                guint              years_of_service,
                                const ReorgMoney  *weekly_pay,
                                const GDate       *dismissal_date,
                                GError           **error)
{
  GError *local_error = NULL;
  gint64 cap, pay, amount;
  guint half_weeks;

  g_return_val_if_fail (weekly_pay != NULL, NULL);
  g_return_val_if_fail (dismissal_date != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_weekly_pay (weekly_pay, error) || !weekly_pay_cap (dismissal_date, &cap, error))
    return NULL;
  half_weeks = reorg_redundancy_statutory_half_weeks (age, years_of_service, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  pay = MIN (weekly_pay->pence, cap);
  if (!reorg_checked_mul_ratio (pay, half_weeks, 2, &amount))
    g_assert_not_reached ();  /* at most 30 weeks of a capped pay */
  return reorg_money_new (amount);
}

/**
 * reorg_redundancy_local_government_pay:
 * @age: the employee's age in whole years on the dismissal date
 * @years_of_service: the complete years of continuous service
 * @weekly_pay: the employee's actual week's pay, which is not capped
 * @multiplier_basis_points: the multiplier of the statutory weeks in basis
 *   points, at least 10000 (1×): 15000 pays one and a half times the weeks
 * @error: return location for a #GError
 *
 * Computes a local government redundancy payment under the discretionary
 * compensation regulations (SI 2006/2914): the statutory weeks (see
 * [func@Reorg.redundancy_statutory_half_weeks]) times the multiplier, at
 * most 104 weeks in all, times the actual week's pay without the statutory
 * cap, rounded half away from zero to the penny. With 10000 it is the
 * statutory payment on actual pay (regulation 5); a larger multiplier adds
 * the lump sum of regulation 6, which with the redundancy payment may not
 * exceed 104 weeks' pay. As for statutory pay, fewer than 2 years of
 * service give nothing.
 *
 * Fails with %REORG_ERROR_INVALID when @weekly_pay is negative, the
 * multiplier is below 10000 or @years_of_service is more than @age, and
 * with %REORG_ERROR_OVERFLOW when the amount does not fit.
 *
 * Returns: (transfer full) (nullable): the payment, or %NULL with @error set
 *
 * Since: 0.1
 */
ReorgMoney *
reorg_redundancy_local_government_pay (guint              age,
                                       guint              years_of_service,
                                       const ReorgMoney  *weekly_pay,
                                       guint              multiplier_basis_points,
                                       GError           **error)
{
  GError *local_error = NULL;
  gint64 scaled, amount;
  guint half_weeks;

  g_return_val_if_fail (weekly_pay != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_weekly_pay (weekly_pay, error))
    return NULL;
  if (multiplier_basis_points < BASIS_POINTS)
    {
      g_set_error (error, REORG_ERROR, REORG_ERROR_INVALID,
                   "The multiplier of %u basis points is below 10000: the "
                   "payment cannot be less than the statutory weeks",
                   multiplier_basis_points);
      return NULL;
    }
  half_weeks = reorg_redundancy_statutory_half_weeks (age, years_of_service, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  /* Half weeks times basis points: at most 60 * (2^32 - 1), which fits. */
  scaled = MIN ((gint64) half_weeks * multiplier_basis_points,
                (gint64) LG_MAX_HALF_WEEKS * BASIS_POINTS);
  if (!reorg_checked_mul_ratio (weekly_pay->pence, scaled, 2 * BASIS_POINTS, &amount))
    {
      reorg_set_overflow_error (error, "The redundancy payment");
      return NULL;
    }
  return reorg_money_new (amount);
}
