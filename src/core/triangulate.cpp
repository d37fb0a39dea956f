#include "core/triangulate.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace vk {

namespace {

constexpr int none = -1;

// Rings with more points than this get a z-order index for the ear test; below it a plain walk
// around the ring is as fast.
constexpr std::size_t zOrderThreshold = 80;

bool samePoint(MapPoint a, MapPoint b) { return a.x == b.x && a.y == b.y; }

// Twice the signed area of triangle o-a-b: positive when o, a, b turn counter-clockwise.
double cross(MapPoint o, MapPoint a, MapPoint b) {
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

// Closed test (edges count as inside) for a counter-clockwise triangle.
bool inTriangle(MapPoint a, MapPoint b, MapPoint c, MapPoint p) {
    return cross(a, b, p) >= 0 && cross(b, c, p) >= 0 && cross(c, a, p) >= 0;
}

// Closed test for a triangle of either orientation.
bool inAnyTriangle(MapPoint a, MapPoint b, MapPoint c, MapPoint p) {
    const double d1 = cross(a, b, p), d2 = cross(b, c, p), d3 = cross(c, a, p);
    return (d1 >= 0 && d2 >= 0 && d3 >= 0) || (d1 <= 0 && d2 <= 0 && d3 <= 0);
}

bool properlyCross(MapPoint p1, MapPoint p2, MapPoint q1, MapPoint q2) {
    const double d1 = cross(p1, p2, q1), d2 = cross(p1, p2, q2);
    const double d3 = cross(q1, q2, p1), d4 = cross(q1, q2, p2);
    return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

// Segments share any point (touching counts).
bool segmentsMeet(MapPoint p1, MapPoint p2, MapPoint q1, MapPoint q2) {
    auto onSegment = [](MapPoint a, MapPoint b, MapPoint p) {
        return cross(a, b, p) == 0 && std::min(a.x, b.x) <= p.x && p.x <= std::max(a.x, b.x) &&
               std::min(a.y, b.y) <= p.y && p.y <= std::max(a.y, b.y);
    };
    return properlyCross(p1, p2, q1, q2) || onSegment(p1, p2, q1) || onSegment(p1, p2, q2) ||
           onSegment(q1, q2, p1) || onSegment(q1, q2, p2);
}

double ringArea(const std::vector<MapPoint>& ring) {
    double sum = 0;
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
        sum += (ring[j].x - ring[i].x) * (ring[j].y + ring[i].y);
    return sum / 2;
}

// Morton code of a point scaled to 15 bits per axis: close points get close codes, and the code
// grows with x and with y, so a box's points have codes between those of its corners.
std::uint32_t interleave(std::uint32_t v) {
    v = (v | (v << 8)) & 0x00FF00FFu;
    v = (v | (v << 4)) & 0x0F0F0F0Fu;
    v = (v | (v << 2)) & 0x33333333u;
    v = (v | (v << 1)) & 0x55555555u;
    return v;
}

struct Node {
    MapPoint p;
    std::uint32_t index = 0;  // into the caller's points
    int prev = none, next = none;  // around the ring, counter-clockwise around the inside
    std::uint32_t z = 0;
    int prevZ = none, nextZ = none;  // the ring's nodes sorted by z
};

// The polygon is one circular list of nodes whose inside lies to the left of every edge: the
// outer ring counter-clockwise, holes clockwise and joined to it by two-way bridges (so a point
// can appear twice, with wedges that do not overlap). Ears are cut off until three nodes remain.
class EarClipper {
public:
    explicit EarClipper(std::vector<std::uint32_t>& triangles) : out(triangles) {}

    void run(std::span<const std::vector<MapPoint>> rings) {
        std::size_t total = 0;
        for (const auto& ring : rings) total += ring.size();
        nodes.reserve(total + 2 * rings.size() + 16);
        MapBox bounds;
        for (const auto& ring : rings)
            for (const auto& p : ring) bounds.include(p);
        hashed = total > zOrderThreshold;
        minX = bounds.minX;
        minY = bounds.minY;
        const double size = std::max(bounds.width(), bounds.height());
        zScale = size > 0 ? 32767 / size : 0;

        std::uint32_t base = static_cast<std::uint32_t>(rings[0].size());
        int outer = filterPoints(linkRing(rings[0], 0, true));
        if (outer == none || nodes[outer].next == nodes[outer].prev) return;
        std::vector<int> holes;
        for (std::size_t h = 1; h < rings.size(); ++h) {
            const int hole = filterPoints(linkRing(rings[h], base, false));
            base += static_cast<std::uint32_t>(rings[h].size());
            if (hole != none && nodes[hole].next != nodes[hole].prev) holes.push_back(leftmost(hole));
        }
        // Left to right, so a hole's bridge may land on a hole already joined.
        std::sort(holes.begin(), holes.end(), [&](int a, int b) {
            const MapPoint pa = nodes[a].p, pb = nodes[b].p;
            return pa.x != pb.x ? pa.x < pb.x : pa.y != pb.y ? pa.y < pb.y : a < b;
        });
        for (const int hole : holes) outer = joinHole(hole, outer);
        clipEars(outer, 0);
    }

private:
    MapPoint at(int i) const { return nodes[static_cast<std::size_t>(i)].p; }
    int next(int i) const { return nodes[static_cast<std::size_t>(i)].next; }
    int prev(int i) const { return nodes[static_cast<std::size_t>(i)].prev; }

    int insertAfter(int last, MapPoint p, std::uint32_t index) {
        const int i = static_cast<int>(nodes.size());
        Node node;
        node.p = p;
        node.index = index;
        if (last == none) {
            node.prev = node.next = i;
        } else {
            node.prev = last;
            node.next = nodes[last].next;
            nodes[node.next].prev = i;
            nodes[last].next = i;
        }
        nodes.push_back(node);
        return i;
    }

    void remove(int i) {
        const Node& n = nodes[i];
        nodes[n.prev].next = n.next;
        nodes[n.next].prev = n.prev;
        if (n.prevZ != none) nodes[n.prevZ].nextZ = n.nextZ;
        if (n.nextZ != none) nodes[n.nextZ].prevZ = n.prevZ;
    }

    // Links a ring winding the wanted way (inside on the left) and returns its last node.
    int linkRing(const std::vector<MapPoint>& ring, std::uint32_t firstIndex, bool counterClockwise) {
        if (ring.size() < 3) return none;
        int last = none;
        if ((ringArea(ring) > 0) == counterClockwise) {
            for (std::size_t i = 0; i < ring.size(); ++i)
                last = insertAfter(last, ring[i], firstIndex + static_cast<std::uint32_t>(i));
        } else {
            for (std::size_t i = ring.size(); i-- > 0;)
                last = insertAfter(last, ring[i], firstIndex + static_cast<std::uint32_t>(i));
        }
        return last;
    }

    // Drops repeated points and points in line with their neighbours (which includes the tips
    // of zero-width spikes): neither adds area. Returns a node still in the ring, or none.
    int filterPoints(int start, int end = none) {
        if (start == none) return none;
        if (end == none) end = start;
        int p = start;
        bool again;
        do {
            again = false;
            if (samePoint(at(p), at(next(p))) || cross(at(prev(p)), at(p), at(next(p))) == 0) {
                remove(p);
                p = end = prev(p);
                if (p == next(p)) break;
                again = true;
            } else {
                p = next(p);
            }
        } while (again || p != end);
        return end;
    }

    int leftmost(int start) const {
        int best = start;
        for (int p = next(start); p != start; p = next(p)) {
            const MapPoint a = at(p), b = at(best);
            if (a.x < b.x || (a.x == b.x && a.y < b.y)) best = p;
        }
        return best;
    }

    // Direction a -> b points into the inside at node a (strictly between its two edges).
    bool locallyInside(int a, int b) const {
        const MapPoint pa = at(a), pp = at(prev(a)), pn = at(next(a)), pb = at(b);
        if (cross(pp, pa, pn) > 0) return cross(pa, pn, pb) > 0 && cross(pp, pa, pb) > 0;
        return cross(pa, pn, pb) > 0 || cross(pp, pa, pb) > 0;
    }

    // Cuts the list along a -> b into two: a -> b -> ... and a copy of each joined the other
    // way round. With b on a hole this joins the hole instead. Returns b's copy.
    int split(int a, int b) {
        const int a2 = insertAfter(none, at(a), nodes[a].index);
        const int b2 = insertAfter(none, at(b), nodes[b].index);
        const int an = next(a), bp = prev(b);
        nodes[a].next = b;
        nodes[b].prev = a;
        nodes[a2].next = an;
        nodes[an].prev = a2;
        nodes[b2].next = a2;
        nodes[a2].prev = b2;
        nodes[bp].next = b2;
        nodes[b2].prev = bp;
        return b2;
    }

    int joinHole(int hole, int outer) {
        const int bridge = findBridge(hole, outer);
        if (bridge == none) return outer;  // not inside the outer ring: nothing to join it to
        const int copy = split(bridge, hole);
        filterPoints(copy, next(copy));
        return filterPoints(bridge, next(bridge));
    }

    // A node of the outer list that the hole's leftmost point m can see, found by casting a ray
    // from m to the left (Eberly, "Triangulation by ear clipping").
    int findBridge(int hole, int outer) const {
        const MapPoint m = at(hole);
        double hitX = -std::numeric_limits<double>::infinity();
        int candidate = none;
        int p = outer;
        do {
            const MapPoint a = at(p), b = at(next(p));
            // Only edges going down have the inside on their right, facing m.
            if (a.y >= m.y && m.y >= b.y && a.y != b.y) {
                const double x = a.x + (m.y - a.y) * (b.x - a.x) / (b.y - a.y);
                if (x <= m.x && x > hitX) {
                    hitX = x;
                    candidate = a.x < b.x ? p : next(p);
                    if (x == m.x) {
                        if (m.y == a.y) return p;
                        if (m.y == b.y) return next(p);
                    }
                }
            }
            p = next(p);
        } while (p != outer);
        if (candidate == none || hitX == m.x) return candidate;

        // The edge's far end is visible unless points lie inside triangle m, hit, end; then the
        // one seen at the smallest angle from the ray is.
        const MapPoint hit{hitX, m.y}, end = at(candidate);
        int best = candidate;
        double bestTan = std::numeric_limits<double>::infinity();
        p = candidate;
        do {
            const MapPoint q = at(p);
            if (m.x >= q.x && q.x >= end.x && m.x != q.x && inAnyTriangle(m, hit, end, q)) {
                const double tan = std::abs(m.y - q.y) / (m.x - q.x);
                if (locallyInside(p, hole) && (tan < bestTan || (tan == bestTan && q.x > at(best).x))) {
                    best = p;
                    bestTan = tan;
                }
            }
            p = next(p);
        } while (p != candidate);
        return best;
    }

    std::uint32_t zOrder(MapPoint p) const {
        const auto x = static_cast<std::uint32_t>((p.x - minX) * zScale);
        const auto y = static_cast<std::uint32_t>((p.y - minY) * zScale);
        return interleave(x) | (interleave(y) << 1);
    }

    void indexCurve(int start) {
        std::vector<int> ring;
        int p = start;
        do {
            nodes[p].z = zOrder(at(p));
            ring.push_back(p);
            p = next(p);
        } while (p != start);
        std::sort(ring.begin(), ring.end(), [&](int a, int b) {
            return nodes[a].z != nodes[b].z ? nodes[a].z < nodes[b].z : a < b;
        });
        for (std::size_t i = 0; i < ring.size(); ++i) {
            nodes[ring[i]].prevZ = i > 0 ? ring[i - 1] : none;
            nodes[ring[i]].nextZ = i + 1 < ring.size() ? ring[i + 1] : none;
        }
    }

    // Node p's inside (its wedge) reaches into the triangle's corner at v, where p sits;
    // u -> v -> w are the corner's edges in the triangle's counter-clockwise order.
    bool intrudesCorner(int p, MapPoint u, MapPoint v, MapPoint w) const {
        auto inCorner = [&](MapPoint x) { return cross(u, v, x) > 0 && cross(v, w, x) > 0; };
        if (inCorner(at(next(p))) || inCorner(at(prev(p)))) return true;
        const MapPoint pp = at(prev(p)), pn = at(next(p));
        auto inWedge = [&](MapPoint x) {
            if (cross(pp, v, pn) > 0) return cross(v, pn, x) > 0 && cross(pp, v, x) > 0;
            return cross(v, pn, x) > 0 || cross(pp, v, x) > 0;
        };
        return inWedge(u) || inWedge(w);
    }

    // Node p keeps triangle a, b, c (counter-clockwise) from being an ear.
    bool blocks(int p, MapPoint a, MapPoint b, MapPoint c) const {
        const MapPoint q = at(p);
        if (samePoint(q, b)) return false;  // b is convex, so another node here lies outside
        if (samePoint(q, a)) return intrudesCorner(p, c, a, b);
        if (samePoint(q, c)) return intrudesCorner(p, b, c, a);
        return inTriangle(a, b, c, q) && cross(at(prev(p)), q, at(next(p))) <= 0;
    }

    bool isEar(int ear) const {
        const int ia = prev(ear), ic = next(ear);
        const MapPoint a = at(ia), b = at(ear), c = at(ic);
        if (cross(a, b, c) <= 0) return false;  // reflex or flat
        const double x0 = std::min({a.x, b.x, c.x}), x1 = std::max({a.x, b.x, c.x});
        const double y0 = std::min({a.y, b.y, c.y}), y1 = std::max({a.y, b.y, c.y});
        auto test = [&](int p) {
            const MapPoint q = at(p);
            return q.x >= x0 && q.x <= x1 && q.y >= y0 && q.y <= y1 && blocks(p, a, b, c);
        };
        if (!hashed) {
            for (int p = next(ic); p != ia; p = next(p))
                if (test(p)) return false;
            return true;
        }
        const std::uint32_t minZ = zOrder({x0, y0}), maxZ = zOrder({x1, y1});
        for (int p = nodes[ear].prevZ; p != none && nodes[p].z >= minZ; p = nodes[p].prevZ)
            if (p != ia && p != ic && test(p)) return false;
        for (int p = nodes[ear].nextZ; p != none && nodes[p].z <= maxZ; p = nodes[p].nextZ)
            if (p != ia && p != ic && test(p)) return false;
        return true;
    }

    void emit(int a, int b, int c) {
        out.push_back(nodes[a].index);
        out.push_back(nodes[b].index);
        out.push_back(nodes[c].index);
    }

    // Pass 0 cuts ears; when none is left, pass 1 first drops flat points, pass 2 cuts off small
    // self-crossings, and after that the polygon is split along a diagonal.
    void clipEars(int ear, int pass) {
        if (ear == none) return;
        if (pass == 0 && hashed) indexCurve(ear);
        int stop = ear;
        while (prev(ear) != next(ear)) {
            const int a = prev(ear), c = next(ear);
            if (isEar(ear)) {
                emit(a, ear, c);
                remove(ear);
                // Going on two nodes later avoids fans of thin triangles around one point.
                ear = stop = next(c);
                continue;
            }
            ear = c;
            if (ear == stop) {
                if (pass == 0) clipEars(filterPoints(ear), 1);
                else if (pass == 1) clipEars(cureLocalCrossings(filterPoints(ear)), 2);
                else splitAndClip(ear);
                return;
            }
        }
    }

    // Where edges a-p and p.next-b cross, triangle a, p, b is cut off and p, p.next go.
    int cureLocalCrossings(int start) {
        if (start == none) return none;
        int p = start;
        do {
            const int a = prev(p), pn = next(p), b = next(pn);
            if (!samePoint(at(a), at(b)) && properlyCross(at(a), at(p), at(pn), at(b)) &&
                locallyInside(a, b) && locallyInside(b, a)) {
                const double area = cross(at(a), at(p), at(b));
                if (area > 0) emit(a, p, b);
                else if (area < 0) emit(b, p, a);
                remove(p);
                remove(pn);
                p = start = b;
            }
            p = next(p);
        } while (p != start && prev(p) != next(p));
        return filterPoints(p);
    }

    bool diagonalCrossesEdges(int a, int b) const {
        const MapPoint pa = at(a), pb = at(b);
        int p = a;
        do {
            const MapPoint e0 = at(p), e1 = at(next(p));
            const bool touchesEnds = samePoint(e0, pa) || samePoint(e1, pa) || samePoint(e0, pb) || samePoint(e1, pb);
            if (!touchesEnds && segmentsMeet(e0, e1, pa, pb)) return true;
            p = next(p);
        } while (p != a);
        return false;
    }

    bool middleInside(int a, int b) const {
        const MapPoint mid{(at(a).x + at(b).x) / 2, (at(a).y + at(b).y) / 2};
        bool inside = false;
        int p = a;
        do {
            const MapPoint e0 = at(p), e1 = at(next(p));
            if ((e0.y > mid.y) != (e1.y > mid.y) && mid.x < (e1.x - e0.x) * (mid.y - e0.y) / (e1.y - e0.y) + e0.x)
                inside = !inside;
            p = next(p);
        } while (p != a);
        return inside;
    }

    bool isValidDiagonal(int a, int b) const {
        if (samePoint(at(a), at(b)) || samePoint(at(next(a)), at(b)) || samePoint(at(prev(a)), at(b))) return false;
        return locallyInside(a, b) && locallyInside(b, a) && !diagonalCrossesEdges(a, b) && middleInside(a, b);
    }

    void splitAndClip(int start) {
        int a = start;
        do {
            for (int b = next(next(a)); b != prev(a); b = next(b)) {
                if (!isValidDiagonal(a, b)) continue;
                int c = split(a, b);
                a = filterPoints(a, next(a));
                c = filterPoints(c, next(c));
                clipEars(a, 0);
                clipEars(c, 0);
                return;
            }
            a = next(a);
        } while (a != start);
        // No diagonal is left: the rest crosses itself beyond repair and stays unfilled.
    }

    std::vector<Node> nodes;
    std::vector<std::uint32_t>& out;
    bool hashed = false;
    double minX = 0, minY = 0, zScale = 0;
};

}  // namespace

std::vector<std::uint32_t> triangulatePolygon(std::span<const std::vector<MapPoint>> rings) {
    std::vector<std::uint32_t> triangles;
    if (rings.empty()) return triangles;
    EarClipper clipper(triangles);
    clipper.run(rings);
    return triangles;
}

}  // namespace vk
