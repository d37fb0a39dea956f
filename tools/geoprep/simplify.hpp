// Line simplification for the map's outlines: Douglas–Peucker in map metres, then a repair pass
// that puts original points back wherever simplifying made lines cross, so fills triangulate
// and shared borders stay one line. std only: never include GL, ImGui or Emscripten here.
//
// Intersection tests are exact when coordinates are whole numbers of metres (as geoprep's 10 m
// grid gives) below about 4e7 in size; with fractions they are ordinary double arithmetic.
#pragma once

#include <cstddef>
#include <functional>
#include <span>
#include <vector>

#include "core/geo.hpp"

namespace vk {

// Which points of a polyline Douglas–Peucker keeps: every dropped point lies within
// toleranceMetres (>= 0) of the simplified line between its kept neighbours. The first and last
// points are always kept; a closed line (first == last) keeps at least its farthest point too.
std::vector<bool> douglasPeucker(std::span<const MapPoint> line, double toleranceMetres);

// The same with a tolerance of its own for every point (tolerancesMetres[i] for line[i], same
// size as line): a dropped point lies within its own tolerance of the simplified line. Of the
// points beyond theirs, the one farthest beyond is kept first.
std::vector<bool> douglasPeucker(std::span<const MapPoint> line, std::span<const double> tolerancesMetres);

// Simplifies polylines that together outline polygons (the arcs of a topology): each line once,
// so a border two polygons share stays identical for both. Then, while two simplified segments
// touch or cross and at least one of them stands in for dropped points, puts back the dropped
// point farthest from that segment. Crossings the input already had are left as they are, so the
// result has no crossing the input did not have. Line ends are always kept; lines keep their
// order and direction.
std::vector<std::vector<MapPoint>> simplifyLines(std::span<const std::vector<MapPoint>> lines,
                                                 double toleranceMetres);

// Tolerance in metres for a point of line number `line`, for the overload below.
using ToleranceAt = std::function<double(std::size_t line, MapPoint point)>;

// The same with a tolerance that may differ by line and by place, e.g. finer for the home
// country's coast than for its neighbours', and coarser where only a zoomed-out view reaches.
std::vector<std::vector<MapPoint>> simplifyLines(std::span<const std::vector<MapPoint>> lines,
                                                 const ToleranceAt& toleranceAt);

// Number of pairs of ring edges (closing edges included) that share a point which is not an end
// of both: crossings, touches of a vertex on another edge, and overlaps. Edges that only meet at
// a common vertex (neighbours in a ring, or rings touching at a point) do not count. Uses a
// uniform grid, so it runs in about linear time for map outlines.
std::size_t countIntersections(std::span<const std::vector<MapPoint>> rings);

}  // namespace vk
