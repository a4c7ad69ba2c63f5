/* reorg-change-private.h: the fields of a change, for the proposal and the plan
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "reorg-private.h"

G_BEGIN_DECLS

/* One struct with the fields any kind may use; the comments say which kinds
 * use which field. Unused fields stay NULL or zero. */
struct _ReorgChange
{
  GObject             parent_instance;

  ReorgChangeKind     kind;
  GDate               date;                 /* always valid */
  GDate               pay_protection_until; /* cleared when unset */
  ReorgConditionKind  condition;
  char               *condition_text;
  char               *label;
  char               *phase;

  /* The post acted on; establish-post: the template's reference. */
  char               *post_reference;
  /* The unit acted on (rename, move, merge, close, disestablish-unit-posts),
   * or the unit posts go to (establish-post(s), move-post); create-unit:
   * the template's reference. */
  char               *unit_reference;
  /* The manager (establish-post, set-reports-to), the parent (create-unit,
   * move-unit) or the unit merged into (merge-unit); NULL for none. */
  char               *other_reference;
  /* The grade (regrade), funding name (set-funding), new name (rename-unit),
   * title filter (disestablish-unit-posts) or reference prefix
   * (establish-posts). */
  char               *text;

  ReorgPost          *template_post;        /* establish-post(s) */
  ReorgUnit          *template_unit;        /* create-unit */
  ReorgMoney          salary;               /* set-salary, regrade if has_salary */
  gboolean            has_salary;
  ReorgFte            fte;                  /* set-fte; establish-posts: the total */
  guint8              tenure;               /* ReorgTenure: set-tenure */
  guint8              funding_kind;         /* ReorgFundingKind: set-funding */
};

/* The nick of a kind, as in the plan format: "disestablish-post". */
const char *reorg_change_kind_to_nick (ReorgChangeKind kind);

/* Checks the values a change carries on its own, without a structure:
 * non-empty references, an FTE above zero, a salary not negative... On
 * failure sets a REORG_ERROR_INVALID error whose message does not name the
 * change (the caller does). */
gboolean reorg_change_check_values (ReorgChange  *self,
                                    GError      **error);

/* The references of the posts an establish-posts change creates, in order:
 * PREFIX-001, PREFIX-002, ... */
char *reorg_change_new_post_reference (ReorgChange *self,
                                       guint        index);

G_END_DECLS
