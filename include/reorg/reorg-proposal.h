/* reorg-proposal.h: a restructure as an ordered set of dated changes
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(__REORG_INSIDE__) && !defined(REORG_COMPILATION)
#error "Only <reorg/reorg.h> can be included directly."
#endif

#include <gio/gio.h>
#include <reorg/reorg-version-macros.h>
#include <reorg/reorg-structure.h>
#include <reorg/reorg-change.h>

G_BEGIN_DECLS

#define REORG_TYPE_PROBLEM (reorg_problem_get_type ())

typedef struct _ReorgProblem ReorgProblem;

REORG_AVAILABLE_IN_ALL
GType           reorg_problem_get_type          (void) G_GNUC_CONST;
REORG_AVAILABLE_IN_ALL
ReorgProblem   *reorg_problem_copy              (const ReorgProblem *self);
REORG_AVAILABLE_IN_ALL
void            reorg_problem_free              (ReorgProblem       *self);
REORG_AVAILABLE_IN_ALL
guint           reorg_problem_get_change_index  (const ReorgProblem *self);
REORG_AVAILABLE_IN_ALL
const char     *reorg_problem_get_label         (const ReorgProblem *self);
REORG_AVAILABLE_IN_ALL
const char     *reorg_problem_get_code          (const ReorgProblem *self);
REORG_AVAILABLE_IN_ALL
const char     *reorg_problem_get_reference     (const ReorgProblem *self);
REORG_AVAILABLE_IN_ALL
const char     *reorg_problem_get_message       (const ReorgProblem *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ReorgProblem, reorg_problem_free)

#define REORG_TYPE_PROPOSAL (reorg_proposal_get_type ())

REORG_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ReorgProposal, reorg_proposal, REORG, PROPOSAL, GObject)

REORG_AVAILABLE_IN_ALL
ReorgProposal  *reorg_proposal_new              (const char         *name);
REORG_AVAILABLE_IN_ALL
const char     *reorg_proposal_get_name         (ReorgProposal      *self);
REORG_AVAILABLE_IN_ALL
void            reorg_proposal_set_name         (ReorgProposal      *self,
                                                 const char         *name);
REORG_AVAILABLE_IN_ALL
const char     *reorg_proposal_get_description  (ReorgProposal      *self);
REORG_AVAILABLE_IN_ALL
void            reorg_proposal_set_description  (ReorgProposal      *self,
                                                 const char         *description);
REORG_AVAILABLE_IN_ALL
void            reorg_proposal_add_change       (ReorgProposal      *self,
                                                 ReorgChange        *change);
REORG_AVAILABLE_IN_ALL
void            reorg_proposal_remove_change    (ReorgProposal      *self,
                                                 guint               position);
REORG_AVAILABLE_IN_ALL
guint           reorg_proposal_get_n_changes    (ReorgProposal      *self);
REORG_AVAILABLE_IN_ALL
ReorgChange    *reorg_proposal_get_change       (ReorgProposal      *self,
                                                 guint               position);
REORG_AVAILABLE_IN_ALL
GListModel     *reorg_proposal_get_changes      (ReorgProposal      *self);
REORG_AVAILABLE_IN_ALL
gboolean        reorg_proposal_equal            (ReorgProposal      *a,
                                                 ReorgProposal      *b);
REORG_AVAILABLE_IN_ALL
GPtrArray      *reorg_proposal_validate         (ReorgProposal      *self,
                                                 ReorgStructure     *base);
REORG_AVAILABLE_IN_ALL
ReorgStructure *reorg_proposal_apply            (ReorgProposal      *self,
                                                 ReorgStructure     *base,
                                                 const GDate        *as_at,
                                                 GError            **error);

G_END_DECLS
