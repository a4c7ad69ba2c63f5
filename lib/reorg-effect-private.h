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

G_END_DECLS
