/* reorg-unit.h: a node of the organisational tree
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(__REORG_INSIDE__) && !defined(REORG_COMPILATION)
#error "Only <reorg/reorg.h> can be included directly."
#endif

#include <gio/gio.h>
#include <reorg/reorg-version-macros.h>

G_BEGIN_DECLS

/**
 * ReorgUnitKind:
 * @REORG_UNIT_KIND_ORGANISATION: a whole organisation: council, department, trust
 * @REORG_UNIT_KIND_DIRECTORATE: a directorate
 * @REORG_UNIT_KIND_DIVISION: a division
 * @REORG_UNIT_KIND_SERVICE: a service
 * @REORG_UNIT_KIND_TEAM: a team
 * @REORG_UNIT_KIND_OTHER: any other kind of unit
 *
 * The kind of an organisational unit.
 *
 * Since: 0.1
 */
typedef enum
{
  REORG_UNIT_KIND_ORGANISATION,
  REORG_UNIT_KIND_DIRECTORATE,
  REORG_UNIT_KIND_DIVISION,
  REORG_UNIT_KIND_SERVICE,
  REORG_UNIT_KIND_TEAM,
  REORG_UNIT_KIND_OTHER,
} ReorgUnitKind;

/**
 * ReorgPlaceKind:
 * @REORG_PLACE_KIND_NONE: the unit belongs to no particular place
 * @REORG_PLACE_KIND_AREA: an area (Birmingham's four areas, Manchester's SRF areas)
 * @REORG_PLACE_KIND_DISTRICT: a district
 * @REORG_PLACE_KIND_LOCALITY: a locality within an area
 * @REORG_PLACE_KIND_SITE: a single site or building
 *
 * The kind of place a unit belongs to. Places are a second dimension beside
 * the unit tree, not part of it.
 *
 * Since: 0.1
 */
typedef enum
{
  REORG_PLACE_KIND_NONE,
  REORG_PLACE_KIND_AREA,
  REORG_PLACE_KIND_DISTRICT,
  REORG_PLACE_KIND_LOCALITY,
  REORG_PLACE_KIND_SITE,
} ReorgPlaceKind;

typedef struct _ReorgStructure ReorgStructure;

#define REORG_TYPE_UNIT (reorg_unit_get_type ())

REORG_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ReorgUnit, reorg_unit, REORG, UNIT, GObject)

REORG_AVAILABLE_IN_ALL
ReorgUnit      *reorg_unit_new             (const char      *reference,
                                            const char      *name,
                                            ReorgUnitKind    kind);
REORG_AVAILABLE_IN_ALL
const char     *reorg_unit_get_reference   (ReorgUnit       *self);
REORG_AVAILABLE_IN_ALL
const char     *reorg_unit_get_name        (ReorgUnit       *self);
REORG_AVAILABLE_IN_ALL
void            reorg_unit_set_name        (ReorgUnit       *self,
                                            const char      *name);
REORG_AVAILABLE_IN_ALL
ReorgUnitKind   reorg_unit_get_kind        (ReorgUnit       *self);
REORG_AVAILABLE_IN_ALL
void            reorg_unit_set_kind        (ReorgUnit       *self,
                                            ReorgUnitKind    kind);
REORG_AVAILABLE_IN_ALL
const char     *reorg_unit_get_place       (ReorgUnit       *self);
REORG_AVAILABLE_IN_ALL
ReorgPlaceKind  reorg_unit_get_place_kind  (ReorgUnit       *self);
REORG_AVAILABLE_IN_ALL
void            reorg_unit_set_place       (ReorgUnit       *self,
                                            ReorgPlaceKind   place_kind,
                                            const char      *place);
REORG_AVAILABLE_IN_ALL
ReorgUnit      *reorg_unit_get_parent      (ReorgUnit       *self);
REORG_AVAILABLE_IN_ALL
ReorgStructure *reorg_unit_get_structure   (ReorgUnit       *self);
REORG_AVAILABLE_IN_ALL
guint           reorg_unit_get_depth       (ReorgUnit       *self);
REORG_AVAILABLE_IN_ALL
guint           reorg_unit_get_n_children  (ReorgUnit       *self);
REORG_AVAILABLE_IN_ALL
GListModel     *reorg_unit_get_children    (ReorgUnit       *self);
REORG_AVAILABLE_IN_ALL
guint           reorg_unit_get_n_posts     (ReorgUnit       *self);
REORG_AVAILABLE_IN_ALL
GListModel     *reorg_unit_get_posts       (ReorgUnit       *self);

G_END_DECLS
