// The earcut wrapper: the triangles must cover exactly the polygon (their areas add up to the
// shoelace area of the outer ring minus the holes'), all wind counter-clockwise with positive area,
// and use valid indices. One parameterised test runs over small fixtures, as earcut's own tests do.
#include "geoprep/triangulate.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <numbers>
#include <string>
#include <vector>

namespace {

using Ring = std::vector<vk::MapPoint>;
using Rings = std::vector<Ring>;

double shoelace(const Ring& ring) {
    double sum = 0;
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
        sum += (ring[j].x - ring[i].x) * (ring[j].y + ring[i].y);
    return sum / 2;
}

double polygonArea(const Rings& rings) {
    double area = std::abs(shoelace(rings[0]));
    for (std::size_t r = 1; r < rings.size(); ++r) area -= std::abs(shoelace(rings[r]));
    return area;
}

struct Coverage {
    double area = 0;
    std::size_t triangles = 0;
    bool allCounterClockwise = true;
    bool indicesValid = true;
};

Coverage cover(const Rings& rings, const std::vector<std::uint32_t>& indices) {
    std::vector<vk::MapPoint> points;
    for (const auto& ring : rings) points.insert(points.end(), ring.begin(), ring.end());
    Coverage c;
    c.triangles = indices.size() / 3;
    c.indicesValid = indices.size() % 3 == 0;
    for (std::size_t t = 0; t + 2 < indices.size(); t += 3) {
        if (indices[t] >= points.size() || indices[t + 1] >= points.size() || indices[t + 2] >= points.size()) {
            c.indicesValid = false;
            continue;
        }
        const auto a = points[indices[t]], b = points[indices[t + 1]], cc = points[indices[t + 2]];
        const double twice = (b.x - a.x) * (cc.y - a.y) - (b.y - a.y) * (cc.x - a.x);
        if (twice <= 0) c.allCounterClockwise = false;
        c.area += twice / 2;
    }
    return c;
}

struct Fixture {
    const char* name;
    Rings rings;
    std::size_t triangles;  // expected count: n + 2h - 2 for n corners and h holes
};

// Where a hole touches the outer ring the count depends on how the bridge runs; area and
// winding still have to be exact.
constexpr std::size_t anyCount = ~std::size_t{0};

Ring reversed(Ring ring) { return Ring(ring.rbegin(), ring.rend()); }

const Ring square = {{0, 0}, {10, 0}, {10, 10}, {0, 10}};

std::vector<Fixture> fixtures() {
    return {
        {"triangle", {{{0, 0}, {4, 0}, {0, 3}}}, 1},
        {"square", {square}, 2},
        {"clockwise_square", {reversed(square)}, 2},
        {"convex_octagon", {{{3, 0}, {7, 0}, {10, 3}, {10, 7}, {7, 10}, {3, 10}, {0, 7}, {0, 3}}}, 6},
        {"l_shape", {{{0, 0}, {10, 0}, {10, 4}, {4, 4}, {4, 10}, {0, 10}}}, 4},
        {"comb", {{{0, 0}, {10, 0}, {10, 10}, {8, 10}, {8, 2}, {6, 2}, {6, 10}, {4, 10}, {4, 2}, {2, 2}, {2, 10}, {0, 10}}}, 10},
        {"spiral_notch", {{{0, 0}, {10, 0}, {10, 10}, {2, 10}, {2, 4}, {6, 4}, {6, 6}, {4, 6}, {4, 8}, {8, 8}, {8, 2}, {0, 2}}}, 10},
        // earcut keeps a point that lies in line on an edge as a corner: n - 2 triangles, not 2.
        {"collinear_points_on_edges", {{{0, 0}, {5, 0}, {10, 0}, {10, 5}, {10, 10}, {5, 10}, {0, 10}, {0, 5}}}, 6},
        {"repeated_points", {{{0, 0}, {0, 0}, {10, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 10}}}, 2},
        {"closing_point_repeated", {{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}}}, 2},
        // The spike goes; its foot (10, 5) stays as a corner in line with its neighbours.
        {"zero_width_spike", {{{0, 0}, {10, 0}, {10, 5}, {15, 5}, {10, 5}, {10, 10}, {0, 10}}}, 3},
        {"square_hole", {square, {{3, 3}, {7, 3}, {7, 7}, {3, 7}}}, 8},
        {"hole_wound_like_outer", {reversed(square), reversed({{3, 3}, {3, 7}, {7, 7}, {7, 3}})}, 8},
        {"two_holes", {{{0, 0}, {20, 0}, {20, 10}, {0, 10}}, {{2, 2}, {6, 2}, {6, 6}, {2, 6}}, {{12, 3}, {16, 3}, {14, 7}}}, 13},
        // 20 by n + 2h - 2, but the bridges run along the holes' bottom edges, so four corners
        // come to lie in line and are dropped.
        {"holes_side_by_side_in_a_row", {{{0, 0}, {30, 0}, {30, 10}, {0, 10}}, {{2, 4}, {4, 4}, {4, 6}, {2, 6}},
                                         {{12, 4}, {14, 4}, {14, 6}, {12, 6}}, {{22, 4}, {24, 4}, {24, 6}, {22, 6}}}, 16},
        {"hole_touching_outer_edge", {square, {{0, 5}, {4, 3}, {4, 7}}}, anyCount},
        {"hole_sharing_outer_vertex", {{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 5}, {-5, 5}, {-5, 0}},
                                       {{0, 5}, {4, 3}, {4, 7}}}, anyCount},
        {"concave_with_hole", {{{0, 0}, {20, 0}, {20, 20}, {10, 8}, {0, 20}}, {{8, 2}, {12, 2}, {10, 5}}}, 8},
    };
}

class TriangulateFixture : public testing::TestWithParam<Fixture> {};

TEST_P(TriangulateFixture, CoversThePolygonExactly) {
    const Fixture& f = GetParam();
    const auto indices = vk::triangulatePolygon(f.rings);
    const Coverage c = cover(f.rings, indices);
    EXPECT_TRUE(c.indicesValid);
    EXPECT_TRUE(c.allCounterClockwise);
    EXPECT_DOUBLE_EQ(c.area, polygonArea(f.rings));
    if (f.triangles != anyCount) {
        EXPECT_EQ(c.triangles, f.triangles);
    }
}

INSTANTIATE_TEST_SUITE_P(Fixtures, TriangulateFixture, testing::ValuesIn(fixtures()),
                         [](const testing::TestParamInfo<Fixture>& param) { return std::string(param.param.name); });

TEST(Triangulate, IndicesCountHolePointsAfterTheOuterRing) {
    const Rings rings = {square, {{3, 3}, {7, 3}, {7, 7}, {3, 7}}};
    const auto indices = vk::triangulatePolygon(rings);
    std::vector<bool> used(8, false);
    for (const auto i : indices) used[i] = true;
    for (std::size_t i = 0; i < used.size(); ++i) EXPECT_TRUE(used[i]) << "point " << i;
}

TEST(Triangulate, DegenerateInputGivesNoTriangles) {
    EXPECT_TRUE(vk::triangulatePolygon(Rings{}).empty());
    EXPECT_TRUE(vk::triangulatePolygon(Rings{{}}).empty());
    EXPECT_TRUE(vk::triangulatePolygon(Rings{{{0, 0}, {1, 1}}}).empty());
    EXPECT_TRUE(vk::triangulatePolygon(Rings{{{0, 0}, {1, 1}, {2, 2}, {3, 3}}}).empty()) << "all on one line";
    EXPECT_TRUE(vk::triangulatePolygon(Rings{{{5, 5}, {5, 5}, {5, 5}}}).empty()) << "one point";
}

TEST(Triangulate, KeptPointsLeaveOutRepeatsAndSpikes) {
    using Kept = std::vector<std::uint32_t>;
    EXPECT_EQ(vk::keptPoints(square), (Kept{0, 1, 2, 3}));
    EXPECT_EQ(vk::keptPoints({{0, 0}, {0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}}), (Kept{0, 2, 3, 4}));
    // A spike out to (15, 5) and back, in the middle and across the ring's end.
    EXPECT_EQ(vk::keptPoints({{0, 0}, {10, 0}, {10, 5}, {15, 5}, {10, 5}, {10, 10}, {0, 10}}), (Kept{0, 1, 2, 5, 6}));
    EXPECT_EQ(vk::keptPoints({{15, 5}, {10, 5}, {10, 10}, {0, 10}, {0, 0}, {10, 0}, {10, 5}}), (Kept{1, 2, 3, 4, 5}));
}

TEST(Triangulate, ASpikeLeavesNoSlit) {
    // Every edge of the triangles lies inside the square or on its outline: none runs out to the
    // spike's tip, which would show as a line to nowhere.
    const Rings rings = {{{0, 0}, {10, 0}, {10, 5}, {15, 5}, {10, 5}, {10, 10}, {0, 10}}};
    for (const auto i : vk::triangulatePolygon(rings)) EXPECT_NE(i, 3u);
}

TEST(Triangulate, IgnoresADegenerateHole) {
    const Rings rings = {square, {{2, 2}, {3, 3}}};
    const Coverage c = cover(rings, vk::triangulatePolygon(rings));
    EXPECT_DOUBLE_EQ(c.area, 100);
}

// A coast-like ring of n points: star-shaped with wiggles at several scales, in whole metres.
Ring wigglyRing(std::size_t n, double radius, double cx = 0, double cy = 0) {
    Ring ring;
    for (std::size_t i = 0; i < n; ++i) {
        const double a = 2 * std::numbers::pi * static_cast<double>(i) / static_cast<double>(n);
        const double r = radius * (1 + 0.3 * std::sin(37 * a) + 0.08 * std::sin(211 * a) + 0.02 * std::sin(1999 * a));
        ring.push_back({std::round(cx + r * std::cos(a)), std::round(cy + r * std::sin(a))});
    }
    return ring;
}

TEST(Triangulate, LargeCoastWithHolesIsCoveredQuickly) {
    // 10 000 points with 20 lakes: the z-order index keeps this to milliseconds (a plain ear test
    // against every point would take seconds). Timing is left to the benchmark; the size of the
    // fixture is what would make this test slow.
    Rings rings = {wigglyRing(10000, 1'000'000)};
    for (int k = 0; k < 20; ++k) {
        const double a = 2 * std::numbers::pi * k / 20;
        Ring lake = wigglyRing(200, 20'000, std::round(300'000 * std::cos(a)), std::round(300'000 * std::sin(a)));
        rings.push_back(reversed(lake));
    }
    const auto start = std::chrono::steady_clock::now();
    const auto indices = vk::triangulatePolygon(rings);
    const auto elapsed = std::chrono::steady_clock::now() - start;
    RecordProperty("milliseconds", static_cast<int>(std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count()));

    const Coverage c = cover(rings, indices);
    EXPECT_TRUE(c.indicesValid);
    EXPECT_TRUE(c.allCounterClockwise);
    EXPECT_NEAR(c.area, polygonArea(rings), polygonArea(rings) * 1e-12);
    // n + 2h - 2 for n points and h holes, less any point that lies in line with its neighbours.
    EXPECT_LE(c.triangles, 10000u + 20 * 200 + 2 * 20 - 2);
    EXPECT_GT(c.triangles, 13500u);
}

}  // namespace
