#include "geoprep/triangulate.hpp"

#include <mapbox/earcut.hpp>

#include <utility>

// earcut.hpp reads a point's coordinates through mapbox::util::nth.
namespace mapbox::util {
template <> struct nth<0, vk::MapPoint> {
    static double get(const vk::MapPoint& p) { return p.x; }
};
template <> struct nth<1, vk::MapPoint> {
    static double get(const vk::MapPoint& p) { return p.y; }
};
}  // namespace mapbox::util

namespace vk {

std::vector<std::uint32_t> keptPoints(const std::vector<MapPoint>& ring) {
    std::vector<std::uint32_t> kept;
    auto point = [&](std::size_t k) { return ring[kept[k]]; };
    for (std::uint32_t i = 0; i < ring.size(); ++i) {
        if (!kept.empty() && point(kept.size() - 1) == ring[i]) continue;
        if (kept.size() >= 2 && point(kept.size() - 2) == ring[i]) {
            kept.pop_back();
            continue;
        }
        kept.push_back(i);
    }
    // Across the ring's end: a closing point, or a spike whose tip is the last or the first point.
    for (bool changed = true; changed && kept.size() >= 2;) {
        changed = false;
        if (point(kept.size() - 1) == point(0)) {
            kept.pop_back();
            changed = true;
        } else if (kept.size() >= 3 && point(kept.size() - 2) == point(0)) {
            kept.pop_back();
            kept.pop_back();
            changed = true;
        } else if (kept.size() >= 3 && point(kept.size() - 1) == point(1)) {
            kept.erase(kept.begin());
            kept.pop_back();
            changed = true;
        }
    }
    return kept;
}

std::vector<std::uint32_t> triangulatePolygon(std::span<const std::vector<MapPoint>> rings) {
    if (rings.empty()) return {};
    // earcut leaves a spike in place as a slit, whose two sides would show as an outline to
    // nowhere; it sees only the kept points, and its indices are mapped back to the caller's.
    std::vector<std::vector<MapPoint>> cleaned;
    std::vector<std::uint32_t> original;
    std::uint32_t first = 0;
    for (const auto& ring : rings) {
        std::vector<MapPoint>& kept = cleaned.emplace_back();
        for (const std::uint32_t i : keptPoints(ring)) {
            kept.push_back(ring[i]);
            original.push_back(first + i);
        }
        first += static_cast<std::uint32_t>(ring.size());
    }
    std::vector<std::uint32_t> indices = mapbox::earcut<std::uint32_t>(cleaned);
    for (std::uint32_t& i : indices) i = original[i];

    // earcut winds its triangles one way for every input and may leave a triangle of no area where
    // points lie in line. outlineOf and the renderer want counter-clockwise triangles in map metres
    // that enclose something: turn the ones wound the other way and drop the flat ones.
    std::vector<MapPoint> points;
    for (const auto& ring : rings) points.insert(points.end(), ring.begin(), ring.end());
    std::size_t kept = 0;
    for (std::size_t t = 0; t + 2 < indices.size(); t += 3) {
        std::uint32_t a = indices[t], b = indices[t + 1], c = indices[t + 2];
        const MapPoint pa = points[a], pb = points[b], pc = points[c];
        const double twiceArea = (pb.x - pa.x) * (pc.y - pa.y) - (pb.y - pa.y) * (pc.x - pa.x);
        if (twiceArea == 0) continue;
        if (twiceArea < 0) std::swap(b, c);
        indices[kept++] = a;
        indices[kept++] = b;
        indices[kept++] = c;
    }
    indices.resize(kept);
    return indices;
}

}  // namespace vk
