// Cutting polygons down to an axis-aligned box in map metres: the neighbours (Russia above all)
// reach far beyond the part of the map a visitor can pan to, and their far parts cost bytes.
// Pure geometry on open rings (the closing edge from the last point to the first is implied).
// std only: never include GL, ImGui or Emscripten here.
#pragma once

#include <span>
#include <vector>

#include "core/geo.hpp"

namespace vk {

// The part of a ring inside box (edges included), by Sutherland–Hodgman: one ring again, in the
// same orientation. Where the ring leaves the box and comes back, the way between runs along
// the box's edge, so a concave ring can come back with zero-width parts on the box boundary
// (they add no area). Empty if no part of the ring is inside; an empty box gives an empty ring.
std::vector<MapPoint> clipRing(std::span<const MapPoint> ring, const MapBox& box);

// The same cut for one open piece of a ring (an arc), so pieces shared by two rings can be cut
// once: points outside box move to its boundary (nearest point), points are added where the line
// crosses the box's edge lines, and runs along one box edge shrink to their ends. Cutting every
// arc of a ring and joining them encloses the same area as clipRing() on the whole ring. The
// first and last points are always kept (moved onto the box if outside), so arcs still join.
std::vector<MapPoint> clampPolyline(std::span<const MapPoint> line, const MapBox& box);

}  // namespace vk
