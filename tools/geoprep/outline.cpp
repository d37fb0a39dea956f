#include "geoprep/outline.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

namespace vk {

namespace {

// An edge as one number whatever its direction, for counting how many triangles use it.
std::uint64_t edgeKey(std::uint32_t a, std::uint32_t b) {
    return (static_cast<std::uint64_t>(std::min(a, b)) << 32) | std::max(a, b);
}

bool alongOneSide(MapPoint a, MapPoint b, const MapBox& box, double near) {
    auto on = [near](double v, double side) { return std::abs(v - side) <= near; };
    return (on(a.x, box.minX) && on(b.x, box.minX)) || (on(a.x, box.maxX) && on(b.x, box.maxX)) ||
           (on(a.y, box.minY) && on(b.y, box.minY)) || (on(a.y, box.maxY) && on(b.y, box.maxY));
}

using Segment = std::pair<std::uint32_t, std::uint32_t>;  // from, to

// The boundary edges in the order of the triangles.
std::vector<Segment> boundaryOf(const GeoLayer& fill, const MapBox& skipEdgesOn, double gridMetres) {
    // Every edge as (key, where it is in fill.triangles); sorted by key, an edge one triangle
    // uses is a run of one. Edge e runs from fill.triangles[e] to the next corner of its triangle.
    const auto& corners = fill.triangles;
    auto endOf = [&corners](std::size_t e) { return corners[e - e % 3 + (e + 1) % 3]; };
    const std::size_t edgeCount = corners.size() - corners.size() % 3;
    std::vector<std::pair<std::uint64_t, std::uint32_t>> edges;
    edges.reserve(edgeCount);
    for (std::size_t e = 0; e < edgeCount; ++e)
        edges.emplace_back(edgeKey(corners[e], endOf(e)), static_cast<std::uint32_t>(e));
    std::sort(edges.begin(), edges.end());
    std::vector<bool> once(edgeCount, false);
    for (std::size_t i = 0; i < edges.size(); ++i) {
        const bool sameAsPrevious = i > 0 && edges[i - 1].first == edges[i].first;
        const bool sameAsNext = i + 1 < edges.size() && edges[i + 1].first == edges[i].first;
        if (!sameAsPrevious && !sameAsNext) once[edges[i].second] = true;
    }
    const bool skipping = !skipEdgesOn.empty();
    std::vector<Segment> boundary;
    for (std::size_t e = 0; e < edgeCount; ++e) {
        if (!once[e]) continue;
        const std::uint32_t from = corners[e], to = endOf(e);
        if (skipping && alongOneSide(fill.vertices[from], fill.vertices[to], skipEdgesOn, gridMetres / 2)) continue;
        boundary.emplace_back(from, to);
    }
    return boundary;
}

}  // namespace

std::vector<std::uint32_t> outlineOf(const GeoLayer& fill, const MapBox& skipEdgesOn, double gridMetres) {
    std::vector<Segment> byStart = boundaryOf(fill, skipEdgesOn, gridMetres);
    std::stable_sort(byStart.begin(), byStart.end(), [](Segment a, Segment b) { return a.first < b.first; });
    const std::size_t none = byStart.size();
    std::vector<std::size_t> byEnd(byStart.size());  // positions in byStart, sorted by end
    for (std::size_t i = 0; i < byEnd.size(); ++i) byEnd[i] = i;
    std::stable_sort(byEnd.begin(), byEnd.end(), [&](std::size_t a, std::size_t b) { return byStart[a].second < byStart[b].second; });
    std::vector<bool> used(byStart.size(), false);

    // The first unused segment starting at vertex, and one ending there; none if there is none.
    auto unusedFrom = [&](std::uint32_t vertex) {
        auto i = static_cast<std::size_t>(
            std::lower_bound(byStart.begin(), byStart.end(), vertex, [](Segment s, std::uint32_t v) { return s.first < v; }) -
            byStart.begin());
        for (; i < byStart.size() && byStart[i].first == vertex; ++i)
            if (!used[i]) return i;
        return none;
    };
    auto unusedTo = [&](std::uint32_t vertex) {
        auto i = static_cast<std::size_t>(
            std::lower_bound(byEnd.begin(), byEnd.end(), vertex,
                             [&](std::size_t s, std::uint32_t v) { return byStart[s].second < v; }) -
            byEnd.begin());
        for (; i < byEnd.size() && byStart[byEnd[i]].second == vertex; ++i)
            if (!used[byEnd[i]]) return byEnd[i];
        return none;
    };

    std::vector<std::uint32_t> outline;
    outline.reserve(byStart.size() * 2);
    for (std::size_t start = 0; start < byStart.size(); ++start) {
        if (used[start]) continue;
        // Back to where this chain begins: a ring the clip box cut is open, and its segments may
        // run from high indices to low. A closed ring comes back to start, its lowest start.
        std::size_t head = start;
        for (std::size_t steps = 0; steps < byStart.size(); ++steps) {
            const std::size_t before = unusedTo(byStart[head].first);
            if (before == none) break;
            if (before == start) {  // round a closed ring
                head = start;
                break;
            }
            head = before;
        }
        for (std::size_t s = head; s != none; s = unusedFrom(byStart[s].second)) {
            used[s] = true;
            outline.push_back(byStart[s].first);
            outline.push_back(byStart[s].second);
        }
    }
    return outline;
}

}  // namespace vk
