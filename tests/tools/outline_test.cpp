// The outlines geoprep stores with each fill: a mesh's boundary, without the edges a clip box cut,
// in ring order (each segment starting where the one before ended, as long as the ring goes on).
#include "geoprep/outline.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <utility>
#include <vector>

#include "geoprep/triangulate.hpp"

namespace {

using Segments = std::vector<std::pair<std::uint32_t, std::uint32_t>>;
Segments segmentsOf(const std::vector<std::uint32_t>& outline) {
    Segments segments;
    for (std::size_t i = 0; i + 1 < outline.size(); i += 2) segments.emplace_back(outline[i], outline[i + 1]);
    return segments;
}

const vk::MapBox noBox;
constexpr double grid = vk::defaultGeoGridMetres;

TEST(OutlineOf, SquareOfTwoTrianglesHasFourEdges) {
    const vk::GeoLayer fill{"square", {{0, 0}, {10, 0}, {10, 10}, {0, 10}}, {0, 1, 2, 0, 2, 3}, {}};
    // The diagonal 0-2 is inside; the rest run counter-clockwise, as the triangles do.
    EXPECT_EQ(segmentsOf(vk::outlineOf(fill, noBox, grid)), (Segments{{0, 1}, {1, 2}, {2, 3}, {3, 0}}));
}

TEST(OutlineOf, BridgeToAHoleIsNotOutline) {
    // A 30 m square with a 10 m square hole, bridged from the hole's corner 4 to the outer
    // corner 0 as the triangulation does it: the bridge 0-4 borders two triangles.
    const vk::GeoLayer fill{"frame",
                            {{0, 0}, {30, 0}, {30, 30}, {0, 30}, {10, 10}, {20, 10}, {20, 20}, {10, 20}},
                            {0, 1, 5, 0, 5, 4, 1, 2, 6, 1, 6, 5, 2, 3, 7, 2, 7, 6, 3, 0, 4, 3, 4, 7},
                            {}};
    EXPECT_EQ(segmentsOf(vk::outlineOf(fill, noBox, grid)),
              (Segments{{0, 1}, {1, 2}, {2, 3}, {3, 0}, {4, 7}, {7, 6}, {6, 5}, {5, 4}}))
        << "the outer ring counter-clockwise, then the hole clockwise, each as a chain";
}

TEST(OutlineOf, TriangulatedPolygonWithHolesGivesBackItsRingsAsChains) {
    // What geoprep stores: the triangulator's own bridges. Every ring edge comes back once, and
    // nothing else (a bridge would add a segment between two rings), one ring after another.
    const std::vector<std::vector<vk::MapPoint>> rings = {
        {{0, 0}, {100, 0}, {100, 60}, {50, 80}, {0, 60}}, {{10, 10}, {10, 30}, {30, 30}, {30, 10}},
        {{60, 20}, {60, 40}, {80, 40}, {80, 20}}};
    vk::GeoLayer fill{"holes", {}, vk::triangulatePolygon(rings), {}};
    for (const auto& ring : rings) fill.vertices.insert(fill.vertices.end(), ring.begin(), ring.end());
    auto ringEdge = [](std::uint32_t a, std::uint32_t b) {
        const std::uint32_t lo = std::min(a, b), hi = std::max(a, b);
        const std::uint32_t first = lo < 5 ? 0 : lo < 9 ? 5 : 9, last = lo < 5 ? 4 : lo < 9 ? 8 : 12;
        return hi <= last && (hi == lo + 1 || (lo == first && hi == last));
    };
    const Segments segments = segmentsOf(vk::outlineOf(fill, noBox, grid));
    ASSERT_EQ(segments.size(), 13u);
    std::size_t breaks = 0;
    for (std::size_t s = 0; s < segments.size(); ++s) {
        EXPECT_TRUE(ringEdge(segments[s].first, segments[s].second)) << segments[s].first << "-" << segments[s].second;
        if (s > 0 && segments[s].first != segments[s - 1].second) ++breaks;
    }
    EXPECT_EQ(breaks, 2u) << "three rings, three chains";
}

TEST(OutlineOf, KeepsTheSegmentsOfTheTrianglesWhateverTheirOrder) {
    // The triangles in another order give the same outline: the order is the rings', not theirs.
    const std::vector<vk::MapPoint> square = {{0, 0}, {10, 0}, {10, 10}, {0, 10}};
    const vk::GeoLayer one{"a", square, {0, 1, 2, 0, 2, 3}, {}}, other{"b", square, {2, 3, 0, 1, 2, 0}, {}};
    EXPECT_EQ(vk::outlineOf(one, noBox, grid), vk::outlineOf(other, noBox, grid));
}

TEST(OutlineOf, LeavesOutEdgesAlongTheClipBox) {
    // A quad in the corner of a 100 m box: its bottom and right edges are where the box cut it;
    // the edge from the right side to the top side crosses the box's corner and is kept.
    const vk::GeoLayer fill{"cut", {{50, 0}, {100, 0}, {100, 50}, {50, 100}}, {0, 1, 2, 0, 2, 3}, {}};
    const vk::MapBox box{0, 0, 100, 100};
    EXPECT_EQ(segmentsOf(vk::outlineOf(fill, box, grid)), (Segments{{2, 3}, {3, 0}}));
    EXPECT_EQ(segmentsOf(vk::outlineOf(fill, noBox, grid)), (Segments{{0, 1}, {1, 2}, {2, 3}, {3, 0}}))
        << "an empty box skips nothing";
}

TEST(OutlineOf, ARingTheClipBoxCutOpenIsOneChainWhicheverWayItRuns) {
    // A fan of triangles from vertex 0 on the box's bottom edge: the outline runs 1-2-3-4-5-6
    // (or back), and the cut 6-0-1 along the bottom is left out.
    const vk::MapBox box{0, 0, 1000, 1000};
    const std::vector<vk::MapPoint> fan = {{500, 0}, {900, 0}, {900, 300}, {700, 600}, {300, 600}, {100, 300}, {100, 0}};
    const vk::GeoLayer up{"up", fan, {0, 1, 2, 0, 2, 3, 0, 3, 4, 0, 4, 5, 0, 5, 6}, {}};
    EXPECT_EQ(segmentsOf(vk::outlineOf(up, box, grid)), (Segments{{1, 2}, {2, 3}, {3, 4}, {4, 5}, {5, 6}}));
    // The same shape with its vertices numbered the other way round: the triangles still run
    // counter-clockwise, so the outline runs from high indices to low.
    std::vector<vk::MapPoint> reversed = {fan[0]};
    reversed.insert(reversed.end(), fan.rbegin(), fan.rend() - 1);
    const vk::GeoLayer down{"down", reversed, {0, 2, 1, 0, 3, 2, 0, 4, 3, 0, 5, 4, 0, 6, 5}, {}};
    EXPECT_EQ(segmentsOf(vk::outlineOf(down, box, grid)), (Segments{{6, 5}, {5, 4}, {4, 3}, {3, 2}, {2, 1}}))
        << "one chain, begun where it begins, not a chain per segment";
}

class OutlineOnGrid : public testing::TestWithParam<double> {};

TEST_P(OutlineOnGrid, ClipBoxSidesCountWithinHalfTheGrid) {
    const double half = GetParam() / 2;
    const vk::MapBox box{0, 0, 10'000, 10'000};
    auto segmentsFor = [&](double x) {
        const vk::GeoLayer fill{"cut", {{5'000, 0}, {x, 5'000}, {x, 1'000}}, {0, 2, 1}, {}};
        return vk::outlineOf(fill, box, GetParam()).size() / 2;
    };
    EXPECT_EQ(segmentsFor(10'000 - half), 2u) << "on the right side";
    EXPECT_EQ(segmentsFor(10'000 + half), 2u) << "on the right side";
    EXPECT_EQ(segmentsFor(10'000 - 2 * half), 3u) << "a grid step inside";
}

INSTANTIATE_TEST_SUITE_P(Grids, OutlineOnGrid, testing::Values(50.0, 500.0));

TEST(OutlineOf, EdgesCountByIndexNotByPosition) {
    // Two countries with their own copies of a shared border: each keeps it.
    const vk::GeoLayer fill{"two", {{0, 0}, {10, 0}, {10, 10}, {10, 0}, {20, 0}, {10, 10}}, {0, 1, 2, 3, 4, 5}, {}};
    EXPECT_EQ(vk::outlineOf(fill, noBox, grid).size(), 12u);
}

TEST(OutlineOf, NoTrianglesNoSegments) {
    EXPECT_TRUE(vk::outlineOf(vk::GeoLayer{}, vk::MapBox{0, 0, 10, 10}, grid).empty());
    const vk::GeoLayer points{"points", {{0, 0}, {10, 0}, {10, 10}}, {}, {}};
    EXPECT_TRUE(vk::outlineOf(points, noBox, grid).empty());
}

}  // namespace
