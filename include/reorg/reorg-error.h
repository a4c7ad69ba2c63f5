/* reorg-error.h: the error domain of the Reorg library
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(__REORG_INSIDE__) && !defined(REORG_COMPILATION)
#error "Only <reorg/reorg.h> can be included directly."
#endif

#include <glib.h>
#include <reorg/reorg-version-macros.h>

G_BEGIN_DECLS

/**
 * REORG_ERROR:
 *
 * The error domain of the Reorg library. Errors in this domain are from
 * the [error@Reorg.Error] enumeration.
 */
#define REORG_ERROR (reorg_error_quark ())

/**
 * ReorgError:
 * @REORG_ERROR_FAILED: a failure that fits no other code
 * @REORG_ERROR_INVALID: a value is out of its allowed range (an FTE of zero,
 *   a negative cost, an unknown enumeration name, an impossible date)
 * @REORG_ERROR_OVERFLOW: an arithmetic result does not fit the exact
 *   representation (money in pence, FTE in ten-thousandths)
 * @REORG_ERROR_PARSE: text could not be read as the value or file format asked for
 * @REORG_ERROR_NOT_FOUND: a referenced unit or post does not exist
 * @REORG_ERROR_DUPLICATE: a reference is already used by another unit or post
 * @REORG_ERROR_CYCLE: the change would make a cycle in the unit tree or the
 *   reports-to graph
 * @REORG_ERROR_NOT_EMPTY: a unit still holds units or posts, or a post still
 *   has direct reports
 * @REORG_ERROR_VERSION: a file is of a format version this library does not know
 * @REORG_ERROR_IO: a file could not be read or written
 *
 * Error codes of the %REORG_ERROR domain.
 *
 * Since: 0.1
 */
typedef enum
{
  REORG_ERROR_FAILED,
  REORG_ERROR_INVALID,
  REORG_ERROR_OVERFLOW,
  REORG_ERROR_PARSE,
  REORG_ERROR_NOT_FOUND,
  REORG_ERROR_DUPLICATE,
  REORG_ERROR_CYCLE,
  REORG_ERROR_NOT_EMPTY,
  REORG_ERROR_VERSION,
  REORG_ERROR_IO,
} ReorgError;

REORG_AVAILABLE_IN_ALL
GQuark reorg_error_quark (void);

G_END_DECLS
