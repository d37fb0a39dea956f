// Triangles for filling polygons on the GPU: ear clipping with holes bridged into the outer ring,
// indexed by a z-order curve so rings of many thousand points take milliseconds.
// Pure geometry: never include GL, ImGui or Emscripten here.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "core/geo.hpp"

namespace vk {

// Triangulates one polygon: rings[0] is the outer ring, the others are holes inside it. Rings are
// open (a repeated closing point is tolerated) and may wind either way. Returns three indices per
// triangle into the rings' points taken in order (ring 0's points first, then ring 1's, ...);
// every triangle is counter-clockwise in map metres (x east, y north) and has positive area.
// Repeated and collinear points are skipped, so for a simple polygon the triangles cover it
// exactly: their areas add up to the outer ring's area minus the holes'. A self-crossing input
// gets a best effort; fewer than three distinct outer points give no triangles.
std::vector<std::uint32_t> triangulatePolygon(std::span<const std::vector<MapPoint>> rings);

}  // namespace vk
