/* reorg-savings.h: placeholder, being written */
#pragma once

#if !defined(__REORG_INSIDE__) && !defined(REORG_COMPILATION)
#error "Only <reorg/reorg.h> can be included directly."
#endif

#include <glib-object.h>
#include <reorg/reorg-version-macros.h>

G_BEGIN_DECLS

/**
 * REORG_SAVINGS_PLACEHOLDER:
 *
 * Placeholder while the header is written.
 */
#define REORG_SAVINGS_PLACEHOLDER 1

G_END_DECLS
