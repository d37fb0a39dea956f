#include "geoprep/clip.hpp"

#include <algorithm>
#include <array>

namespace vk {

namespace {

bool samePoint(MapPoint a, MapPoint b) { return a.x == b.x && a.y == b.y; }

// The point where segment a-b meets the vertical line x (or, with vertical false, the horizontal
// line y). The endpoints are taken in a fixed order so a segment and its reverse give the same
// point, and the coordinate on the line is set exactly.
MapPoint crossing(MapPoint a, MapPoint b, double line, bool vertical) {
    if (b.x < a.x || (b.x == a.x && b.y < a.y)) std::swap(a, b);
    if (vertical) {
        const double t = (line - a.x) / (b.x - a.x);
        return {line, a.y + t * (b.y - a.y)};
    }
    const double t = (line - a.y) / (b.y - a.y);
    return {a.x + t * (b.x - a.x), line};
}

// One of the four half-planes whose intersection is the box.
struct BoxEdge {
    double line;
    bool vertical;  // the edge lies on x = line (else y = line)
    bool keepBelow; // inside is coordinate <= line (else >= line)

    bool inside(MapPoint p) const {
        const double v = vertical ? p.x : p.y;
        return keepBelow ? v <= line : v >= line;
    }
};

std::array<BoxEdge, 4> edgesOf(const MapBox& box) {
    return {{{box.minX, true, false}, {box.maxX, true, true}, {box.minY, false, false}, {box.maxY, false, true}}};
}

void appendDistinct(std::vector<MapPoint>& points, MapPoint p) {
    if (points.empty() || !samePoint(points.back(), p)) points.push_back(p);
}

bool onOneBoxEdge(MapPoint a, MapPoint b, MapPoint c, const MapBox& box) {
    const bool vertical = a.x == b.x && b.x == c.x && (a.x == box.minX || a.x == box.maxX);
    const bool horizontal = a.y == b.y && b.y == c.y && (a.y == box.minY || a.y == box.maxY);
    return vertical || horizontal;
}

}  // namespace

std::vector<MapPoint> clipRing(std::span<const MapPoint> ring, const MapBox& box) {
    if (box.empty()) return {};
    std::vector<MapPoint> current(ring.begin(), ring.end());
    std::vector<MapPoint> next;
    for (const BoxEdge& edge : edgesOf(box)) {
        next.clear();
        const std::size_t n = current.size();
        for (std::size_t i = 0; i < n; ++i) {
            const MapPoint from = current[(i + n - 1) % n];
            const MapPoint to = current[i];
            const bool fromInside = edge.inside(from), toInside = edge.inside(to);
            if (fromInside != toInside) appendDistinct(next, crossing(from, to, edge.line, edge.vertical));
            if (toInside) appendDistinct(next, to);
        }
        if (next.size() > 1 && samePoint(next.front(), next.back())) next.pop_back();
        current.swap(next);
        if (current.empty()) break;
    }
    return current;
}

std::vector<MapPoint> clampPolyline(std::span<const MapPoint> line, const MapBox& box) {
    std::vector<MapPoint> out;
    if (line.empty() || box.empty()) return out;
    // Appends a point already on or in the box; a point between two others on the same box edge
    // line only walks along the edge and back, so it goes (area stays the same).
    auto push = [&](MapPoint p) {
        if (!out.empty() && samePoint(out.back(), p)) return;
        while (out.size() >= 2 && onOneBoxEdge(out[out.size() - 2], out.back(), p, box)) out.pop_back();
        if (!samePoint(out.back(), p)) out.push_back(p);
    };
    auto clamp = [&](MapPoint p) {
        return MapPoint{std::clamp(p.x, box.minX, box.maxX), std::clamp(p.y, box.minY, box.maxY)};
    };
    out.push_back(clamp(line[0]));
    for (std::size_t i = 1; i < line.size(); ++i) {
        const MapPoint a = line[i - 1], b = line[i];
        // Where the segment crosses one of the four edge lines, in order from a to b. Clamping
        // those crossings is what turns a cut corner into the box's corner.
        std::array<std::pair<double, MapPoint>, 4> crossings;
        std::size_t count = 0;
        for (const BoxEdge& edge : edgesOf(box)) {
            const double va = edge.vertical ? a.x : a.y, vb = edge.vertical ? b.x : b.y;
            if ((va < edge.line && vb > edge.line) || (va > edge.line && vb < edge.line)) {
                const double t = (edge.line - va) / (vb - va);
                crossings[count++] = {t, crossing(a, b, edge.line, edge.vertical)};
            }
        }
        for (std::size_t c = 1; c < count; ++c)  // at most four: insertion sort by t
            for (std::size_t k = c; k > 0 && crossings[k].first < crossings[k - 1].first; --k)
                std::swap(crossings[k], crossings[k - 1]);
        for (std::size_t c = 0; c < count; ++c) push(clamp(crossings[c].second));
        push(clamp(b));
    }
    // A closed line whose ends fell together keeps both ends, so it still starts where it ends.
    if (line.size() > 1 && out.size() == 1) out.push_back(out.front());
    return out;
}

}  // namespace vk
