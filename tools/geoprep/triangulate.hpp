// Triangles for filling polygons on the GPU: mapbox's earcut.hpp (ISC licence, fetched by
// scripts/setup.sh from Debian's python-mapbox-earcut source package; credited in NOTICE) behind
// the one function geoprep needs. Offline only: never shipped to the browser.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "core/geo.hpp"

namespace vk {

// Triangulates one polygon: rings[0] is the outer ring, the others are holes inside it. Rings are
// open (a repeated closing point is tolerated) and may wind either way. Returns three indices per
// triangle into the rings' points taken in order (ring 0's points first, then ring 1's, ...);
// every triangle is counter-clockwise in map metres (x east, y north) and has positive area. For a
// simple polygon the triangles cover it exactly: their areas add up to the outer ring's area minus
// the holes'. earcut keeps points that lie in line on an edge as corners, so such a point adds a
// triangle; repeated points and spikes add none. A self-crossing input gets earcut's best effort;
// fewer than three distinct outer points give no triangles.
std::vector<std::uint32_t> triangulatePolygon(std::span<const std::vector<MapPoint>> rings);

// The positions in ring of the points a triangulation keeps: without a point equal to the one
// before it, and without spikes (a point the ring runs to and straight back from), which enclose
// nothing. The ring is taken as closed, so this holds across its end too.
std::vector<std::uint32_t> keptPoints(const std::vector<MapPoint>& ring);

}  // namespace vk
