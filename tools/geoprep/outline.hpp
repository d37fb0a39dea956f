// The outline geoprep stores with each fill (format 3 of assets/geo/*.vkgeo): the coast and
// borders the widget draws over the triangles, found once here instead of at every load.
#pragma once

#include <cstdint>
#include <vector>

#include "core/geo.hpp"
#include "core/geo_asset.hpp"

namespace vk {

// The boundary of a fill's triangles as line segments (2 indices each, into fill.vertices): every
// edge (a pair of vertex indices, either way round) that exactly one triangle uses, as that
// triangle runs (so counter-clockwise triangles give the fill's outer rings counter-clockwise and
// its holes clockwise). Edges two triangles share are not outline: those inside the mesh, and both
// sides of a bridge the triangulation cut from a hole to its outer ring. Edges with both ends on
// the same side of skipEdgesOn (within half of gridMetres) are left out: that is where clipping cut
// a country off, not its coast; an empty box skips nothing.
//
// The segments go in ring order, which the file's coding wants: chain after chain, each going on
// to the segment that starts where the one before ends until none does. A closed ring's chain
// begins at its lowest start; one the clip box cut open, where it begins. A ring of vertices in
// order then gives steps of (0, +1) or (0, -1).
// fill.triangles must be valid indices (decodeGeoAsset checks them).
std::vector<std::uint32_t> outlineOf(const GeoLayer& fill, const MapBox& skipEdgesOn, double gridMetres);

}  // namespace vk
