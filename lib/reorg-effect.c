/* reorg-effect.c: what each change of a proposal does, post by post
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "reorg-effect-private.h"

void
reorg_effect_clear (ReorgEffect *effect)
{
  g_clear_pointer (&effect->post_reference, g_free);
  g_clear_pointer (&effect->unit_reference, g_free);
  g_clear_pointer (&effect->service_reference, g_free);
}

GArray *
reorg_effects_new (void)
{
  GArray *effects = g_array_new (FALSE, TRUE, sizeof (ReorgEffect));

  g_array_set_clear_func (effects, (GDestroyNotify) reorg_effect_clear);
  return effects;
}
