/* reorg-error.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "reorg-private.h"

/**
 * reorg_error_quark:
 *
 * The quark of the %REORG_ERROR domain.
 *
 * Returns: the error domain quark
 *
 * Since: 0.1
 */
G_DEFINE_QUARK (reorg-error-quark, reorg_error)

void
reorg_set_overflow_error (GError     **error,
                          const char  *what)
{
  g_set_error (error, REORG_ERROR, REORG_ERROR_OVERFLOW,
               "%s does not fit the exact representation (overflow)", what);
}
