/* reorg-version-macros.h: symbol visibility and availability macros
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(__REORG_INSIDE__) && !defined(REORG_COMPILATION)
#error "Only <reorg/reorg.h> can be included directly."
#endif

#include <glib.h>

#ifndef _REORG_EXTERN
# if defined(_WIN32) && defined(REORG_COMPILATION)
#  define _REORG_EXTERN __declspec(dllexport) extern
# else
#  define _REORG_EXTERN __attribute__((visibility("default"))) extern
# endif
#endif

#define REORG_AVAILABLE_IN_ALL _REORG_EXTERN
#define REORG_AVAILABLE_IN_1_0 _REORG_EXTERN
