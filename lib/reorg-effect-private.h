/* reorg-effect-private.h: what each change of a proposal does, post by post
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The bridge between applying a proposal (reorg-proposal.c) and costing it
 * (reorg-savings.c): applying a proposal to a copy of the base structure
 * records, for every post a change touches, one ReorgEffect. Savings by
 * financial year, the workforce impact table and the consultation check
 * are all computed from these effects, so the money follows exactly what
 * apply did.
 */
#pragma once

#include "reorg-private.h"

G_BEGIN_DECLS

typedef struct _ReorgChange ReorgChange;

typedef struct
{
  ReorgChange *change;            /* borrowed from the proposal */
  guint        change_index;      /* the change's position in the proposal */
  GDate        date;              /* the change's effective date */
  GDate        money_date;        /* when its money starts: after any pay protection */
  char        *post_reference;    /* the post touched, or NULL for a unit change */
  char        *unit_reference;    /* the post's unit: before the change for a
                                   * disestablishment, after it otherwise */
  char        *service_reference; /* the top-level service of that unit: its
                                   * ancestor at depth 1 (depth 0 for a root) */
  const char  *funding_key;       /* interned, as reorg_post_get_funding_key() */
  gint64       annual_cost_delta; /* pence a year, after minus before:
                                   * negative is a saving */
  gint64       fte_delta;         /* ten-thousandths: after minus before */
  gint64       posts_delta;       /* +1 established, -1 disestablished, else 0 */
  guint8       status_before;     /* ReorgPostStatus before the change */
  guint8       tenure_before;     /* ReorgTenure before the change */
  gint64       salary_before;     /* pence a year, before the change */
} ReorgEffect;

void reorg_effect_clear (ReorgEffect *effect);

/* A GArray of ReorgEffect that clears its elements when freed. */
GArray *reorg_effects_new (void);

/* ---- Costing the effects (reorg-savings.c) ---- */

/* What the savings need to know of each change, by change_index: the
 * label of its line in a per-change grouping and its group. Either may be
 * NULL. */
typedef struct
{
  const char *label;
  const char *group;
} ReorgSavingsChangeInfo;

/* Money by financial year, workforce and consultation from effects (which
 * are copied: the array and the changes need not outlive the result).
 * changes has n_changes entries indexed by ReorgEffect.change_index, or is
 * NULL. first_year NULL means the year of the earliest effective date.
 * The public entry point is reorg_savings_new(). */
ReorgSavings *reorg_savings_new_from_effects (GArray                       *effects,
                                              const ReorgSavingsChangeInfo *changes,
                                              guint                         n_changes,
                                              GDateMonth                    fy_start,
                                              const ReorgFinancialYear     *first_year,
                                              guint                         n_years,
                                              GError                      **error);

/* ---- Applying a proposal (reorg-proposal.c) ---- */

/* Applies like reorg_proposal_apply() (a new structure, the base untouched,
 * NULL and nothing appended on the first failing change) and, when effects
 * is not NULL (a GArray from reorg_effects_new()), appends one ReorgEffect
 * per post each applied change touches, in the order applied (effective
 * date, then position in the proposal; a bulk change's posts by
 * reference). Unit-only changes (create, rename, move, close) append
 * none; a merge appends one per post it moves. For an establishment,
 * status_before and tenure_before are the new post's and salary_before is
 * 0; for moves, tenure, funding and reports-to changes the deltas are 0,
 * and funding_key is the funding after the change. */
ReorgStructure *reorg_proposal_apply_with_effects (ReorgProposal   *self,
                                                   ReorgStructure  *base,
                                                   const GDate     *as_at,
                                                   GArray          *effects,
                                                   GError         **error);

G_END_DECLS
