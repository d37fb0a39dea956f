#include "geoprep/simplify.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <utility>

namespace vk {

namespace {

bool samePoint(MapPoint a, MapPoint b) { return a.x == b.x && a.y == b.y; }

// Twice the signed area of triangle o-a-b: positive when o, a, b turn counter-clockwise.
double cross(MapPoint o, MapPoint a, MapPoint b) {
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

bool inBox(MapPoint p, MapPoint a, MapPoint b) {
    return std::min(a.x, b.x) <= p.x && p.x <= std::max(a.x, b.x) && std::min(a.y, b.y) <= p.y &&
           p.y <= std::max(a.y, b.y);
}

// p lies on segment a-b but is neither end.
bool insideSegment(MapPoint p, MapPoint a, MapPoint b) {
    return cross(a, b, p) == 0 && inBox(p, a, b) && !samePoint(p, a) && !samePoint(p, b);
}

// Segments p and q share a point that is not an end of both (see countIntersections()).
bool segmentsConflict(MapPoint p1, MapPoint p2, MapPoint q1, MapPoint q2) {
    if (std::max(p1.x, p2.x) < std::min(q1.x, q2.x) || std::max(q1.x, q2.x) < std::min(p1.x, p2.x) ||
        std::max(p1.y, p2.y) < std::min(q1.y, q2.y) || std::max(q1.y, q2.y) < std::min(p1.y, p2.y))
        return false;
    const bool pIsPoint = samePoint(p1, p2), qIsPoint = samePoint(q1, q2);
    if (pIsPoint && qIsPoint) return false;  // equal points: the shared point is an end of both
    if (pIsPoint) return insideSegment(p1, q1, q2);
    if (qIsPoint) return insideSegment(q1, p1, p2);
    const double d1 = cross(p1, p2, q1), d2 = cross(p1, p2, q2);
    if (d1 == 0 && d2 == 0) {
        // On one line: they conflict when they overlap over a length (not just at an end).
        const bool alongX = std::abs(p2.x - p1.x) >= std::abs(p2.y - p1.y);
        auto key = [alongX](MapPoint m) { return alongX ? m.x : m.y; };
        const double low = std::max(std::min(key(p1), key(p2)), std::min(key(q1), key(q2)));
        const double high = std::min(std::max(key(p1), key(p2)), std::max(key(q1), key(q2)));
        return high > low;
    }
    const double d3 = cross(q1, q2, p1), d4 = cross(q1, q2, p2);
    const bool properCrossing =
        ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
    if (properCrossing) return true;
    // An end of one lying on the other, other than at a shared end.
    return (d1 == 0 && insideSegment(q1, p1, p2)) || (d2 == 0 && insideSegment(q2, p1, p2)) ||
           (d3 == 0 && insideSegment(p1, q1, q2)) || (d4 == 0 && insideSegment(p2, q1, q2));
}

struct Segment {
    MapPoint a, b;
    std::uint32_t line = 0;  // which input line (or ring)
    std::uint32_t from = 0;  // index of a in that line
    std::uint32_t to = 0;    // index of b in that line
};

// Uniform grid over segments: each segment is listed in every cell its line passes through, so
// two segments that meet share at least one cell. Cells are stored compactly (offsets + ids).
class SegmentGrid {
public:
    explicit SegmentGrid(const std::vector<Segment>& segments) {
        MapBox bounds;
        double totalLength = 0;
        for (const auto& s : segments) {
            bounds.include(s.a);
            bounds.include(s.b);
            totalLength += std::hypot(s.b.x - s.a.x, s.b.y - s.a.y);
        }
        if (segments.empty()) return;
        originX = bounds.minX;
        originY = bounds.minY;
        const double span = std::max({bounds.width(), bounds.height(), 1.0});
        // About one segment length per cell keeps lists short; cap the cell count for memory.
        constexpr double maxCellsPerSide = 1024;
        cellSize = std::max(totalLength / static_cast<double>(segments.size()), span / maxCellsPerSide);
        columns = static_cast<std::size_t>(bounds.width() / cellSize) + 1;
        rows = static_cast<std::size_t>(bounds.height() / cellSize) + 1;

        std::vector<std::uint32_t> counts(columns * rows + 1, 0);
        for (const auto& s : segments) forEachCell(s, [&](std::size_t cell) { ++counts[cell]; });
        offsets.assign(columns * rows + 1, 0);
        for (std::size_t c = 0; c < columns * rows; ++c) offsets[c + 1] = offsets[c] + counts[c];
        ids.resize(offsets.back());
        std::vector<std::uint32_t> fill(offsets.begin(), offsets.end() - 1);
        for (std::uint32_t i = 0; i < segments.size(); ++i)
            forEachCell(segments[i], [&](std::size_t cell) { ids[fill[cell]++] = i; });
    }

    // Pairs (i < j) of segments that share a cell and of which at least one is marked dirty;
    // sorted, each once.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> candidatePairs(const std::vector<bool>& dirty) const {
        std::vector<std::uint64_t> keys;
        for (std::size_t c = 0; c + 1 < offsets.size(); ++c) {
            for (std::uint32_t i = offsets[c]; i < offsets[c + 1]; ++i) {
                for (std::uint32_t j = i + 1; j < offsets[c + 1]; ++j) {
                    const std::uint32_t s = ids[i], t = ids[j];
                    if (!dirty[s] && !dirty[t]) continue;
                    const std::uint64_t low = std::min(s, t), high = std::max(s, t);
                    keys.push_back(low << 32 | high);
                }
            }
        }
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
        pairs.reserve(keys.size());
        for (const auto key : keys)
            pairs.emplace_back(static_cast<std::uint32_t>(key >> 32), static_cast<std::uint32_t>(key & 0xffffffffu));
        return pairs;
    }

private:
    std::size_t cellIndex(double value, double origin, std::size_t count) const {
        const double cell = std::floor((value - origin) / cellSize);
        if (cell <= 0) return 0;
        return std::min(static_cast<std::size_t>(cell), count - 1);
    }

    // Visits the cells the segment passes through, column by column; each column's range of
    // rows is widened a hair so a segment ending on a cell border is listed on both sides.
    template <typename Visit>
    void forEachCell(const Segment& s, Visit visit) const {
        const MapPoint left = s.a.x <= s.b.x ? s.a : s.b;
        const MapPoint right = s.a.x <= s.b.x ? s.b : s.a;
        const std::size_t firstColumn = cellIndex(left.x, originX, columns);
        const std::size_t lastColumn = cellIndex(right.x, originX, columns);
        const double margin = cellSize * 1e-9;
        for (std::size_t column = firstColumn; column <= lastColumn; ++column) {
            double yLow = std::min(left.y, right.y), yHigh = std::max(left.y, right.y);
            if (right.x > left.x) {
                const double x0 = std::max(left.x, originX + static_cast<double>(column) * cellSize);
                const double x1 = std::min(right.x, originX + static_cast<double>(column + 1) * cellSize);
                const double slope = (right.y - left.y) / (right.x - left.x);
                const double y0 = left.y + (x0 - left.x) * slope, y1 = left.y + (x1 - left.x) * slope;
                yLow = std::max(yLow, std::min(y0, y1));
                yHigh = std::min(yHigh, std::max(y0, y1));
            }
            const std::size_t firstRow = cellIndex(yLow - margin, originY, rows);
            const std::size_t lastRow = cellIndex(yHigh + margin, originY, rows);
            for (std::size_t row = firstRow; row <= lastRow; ++row) visit(row * columns + column);
        }
    }

    double originX = 0, originY = 0, cellSize = 1;
    std::size_t columns = 0, rows = 0;
    std::vector<std::uint32_t> offsets{0};
    std::vector<std::uint32_t> ids;
};

double squaredDistanceToSegment(MapPoint p, MapPoint a, MapPoint b) {
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double lengthSquared = dx * dx + dy * dy;
    double t = 0;
    if (lengthSquared > 0) t = std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSquared, 0.0, 1.0);
    const double ex = a.x + t * dx - p.x, ey = a.y + t * dy - p.y;
    return ex * ex + ey * ey;
}

// Index strictly between from and to of the point farthest from segment line[from]-line[to]
// (the first of equals); from + 1 when all lie on it.
std::size_t farthestBetween(std::span<const MapPoint> line, std::size_t from, std::size_t to, double& distanceSquared) {
    std::size_t best = from + 1;
    distanceSquared = -1;
    for (std::size_t k = from + 1; k < to; ++k) {
        const double d = squaredDistanceToSegment(line[k], line[from], line[to]);
        if (d > distanceSquared) {
            distanceSquared = d;
            best = k;
        }
    }
    return best;
}

}  // namespace

std::vector<bool> douglasPeucker(std::span<const MapPoint> line, double toleranceMetres) {
    const std::vector<double> tolerances(line.size(), toleranceMetres);
    return douglasPeucker(line, tolerances);
}

std::vector<bool> douglasPeucker(std::span<const MapPoint> line, std::span<const double> tolerancesMetres) {
    const std::size_t n = line.size();
    std::vector<bool> keep(n, false);
    if (n == 0) return keep;
    keep.front() = keep.back() = true;
    if (n < 3 || tolerancesMetres.size() < n) return keep;
    std::vector<std::pair<std::size_t, std::size_t>> pending{{0, n - 1}};
    if (samePoint(line.front(), line.back())) {
        // A closed line has no chord to measure from: split it at its farthest point first.
        double ignored = 0;
        const std::size_t k = farthestBetween(line, 0, n - 1, ignored);
        keep[k] = true;
        pending = {{0, k}, {k, n - 1}};
    }
    while (!pending.empty()) {
        const auto [from, to] = pending.back();
        pending.pop_back();
        if (to - from < 2) continue;
        // The point farthest beyond its own tolerance, if any is beyond.
        std::size_t best = 0;
        double bestExcess = 0;
        for (std::size_t k = from + 1; k < to; ++k) {
            const double excess =
                std::sqrt(squaredDistanceToSegment(line[k], line[from], line[to])) - tolerancesMetres[k];
            if (excess > bestExcess) {
                bestExcess = excess;
                best = k;
            }
        }
        if (best == 0) continue;
        keep[best] = true;
        pending.emplace_back(from, best);
        pending.emplace_back(best, to);
    }
    return keep;
}

std::vector<std::vector<MapPoint>> simplifyLines(std::span<const std::vector<MapPoint>> lines,
                                                 double toleranceMetres) {
    return simplifyLines(lines, [toleranceMetres](std::size_t, MapPoint) { return toleranceMetres; });
}

std::vector<std::vector<MapPoint>> simplifyLines(std::span<const std::vector<MapPoint>> lines,
                                                 const ToleranceAt& toleranceAt) {
    // keptInRound[l][i]: the repair round in which point i of line l was kept (0 = by
    // Douglas–Peucker), or -1 while dropped.
    std::vector<std::vector<int>> keptInRound(lines.size());
    for (std::size_t l = 0; l < lines.size(); ++l) {
        std::vector<double> tolerances(lines[l].size());
        for (std::size_t i = 0; i < tolerances.size(); ++i) tolerances[i] = toleranceAt(l, lines[l][i]);
        const auto keep = douglasPeucker(lines[l], tolerances);
        keptInRound[l].resize(keep.size());
        for (std::size_t i = 0; i < keep.size(); ++i) keptInRound[l][i] = keep[i] ? 0 : -1;
    }

    for (int round = 0;; ++round) {
        std::vector<Segment> segments;
        std::vector<bool> dirty;  // segments new in this round: only they need checking
        for (std::uint32_t l = 0; l < lines.size(); ++l) {
            const auto& kept = keptInRound[l];
            std::uint32_t from = 0;
            for (std::uint32_t i = 1; i < kept.size(); ++i) {
                if (kept[i] < 0) continue;
                segments.push_back({lines[l][from], lines[l][i], l, from, i});
                dirty.push_back(kept[from] == round || kept[i] == round);
                from = i;
            }
        }
        const SegmentGrid grid(segments);
        std::vector<bool> split(segments.size(), false);
        bool anySplit = false;
        for (const auto& [s, t] : grid.candidatePairs(dirty)) {
            const Segment& p = segments[s];
            const Segment& q = segments[t];
            if (!segmentsConflict(p.a, p.b, q.a, q.b)) continue;
            // A segment that stands for dropped points can give one back; two original
            // segments that meet did so in the input already.
            for (const auto id : {s, t}) {
                if (segments[id].to - segments[id].from > 1) {
                    split[id] = true;
                    anySplit = true;
                }
            }
        }
        if (!anySplit) break;
        for (std::size_t id = 0; id < segments.size(); ++id) {
            if (!split[id]) continue;
            const Segment& s = segments[id];
            double ignored = 0;
            keptInRound[s.line][farthestBetween(lines[s.line], s.from, s.to, ignored)] = round + 1;
        }
    }

    std::vector<std::vector<MapPoint>> result(lines.size());
    for (std::size_t l = 0; l < lines.size(); ++l)
        for (std::size_t i = 0; i < lines[l].size(); ++i)
            if (keptInRound[l][i] >= 0) result[l].push_back(lines[l][i]);
    return result;
}

std::size_t countIntersections(std::span<const std::vector<MapPoint>> rings) {
    std::vector<Segment> segments;
    for (std::uint32_t r = 0; r < rings.size(); ++r) {
        const auto& ring = rings[r];
        if (ring.size() < 2) continue;
        for (std::uint32_t i = 0; i < ring.size(); ++i) {
            const auto next = static_cast<std::uint32_t>((i + 1) % ring.size());
            segments.push_back({ring[i], ring[next], r, i, next});
        }
    }
    const SegmentGrid grid(segments);
    std::size_t count = 0;
    for (const auto& [s, t] : grid.candidatePairs(std::vector<bool>(segments.size(), true)))
        if (segmentsConflict(segments[s].a, segments[s].b, segments[t].a, segments[t].b)) ++count;
    return count;
}

}  // namespace vk
