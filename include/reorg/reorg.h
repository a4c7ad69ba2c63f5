/* reorg.h: the single include header of the Reorg library
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#define __REORG_INSIDE__

#include <glib-object.h>
#include <gio/gio.h>

#include <reorg/reorg-version.h>
#include <reorg/reorg-version-macros.h>
#include <reorg/reorg-enums.h>
#include <reorg/reorg-error.h>
#include <reorg/reorg-money.h>
#include <reorg/reorg-fte.h>
#include <reorg/reorg-financial-year.h>
#include <reorg/reorg-unit.h>
#include <reorg/reorg-post.h>
#include <reorg/reorg-structure.h>
#include <reorg/reorg-rollup.h>
#include <reorg/reorg-change.h>
#include <reorg/reorg-proposal.h>
#include <reorg/reorg-diff.h>
#include <reorg/reorg-savings.h>
#include <reorg/reorg-schedule.h>
#include <reorg/reorg-budget.h>
#include <reorg/reorg-check.h>
#include <reorg/reorg-table.h>
#include <reorg/reorg-plan.h>

#undef __REORG_INSIDE__
