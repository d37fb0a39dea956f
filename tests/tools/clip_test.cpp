// Cutting rings and arcs to a box: Sutherland–Hodgman on whole rings, and the arc-by-arc cut
// geoprep uses so that shared borders are cut once.
#include "geoprep/clip.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace {

using Ring = std::vector<vk::MapPoint>;

const vk::MapBox box{0, 0, 10, 10};

double signedArea(const Ring& ring) {
    double sum = 0;
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
        sum += (ring[j].x - ring[i].x) * (ring[j].y + ring[i].y);
    return sum / 2;
}

void expectRing(const Ring& actual, const Ring& expected) {
    ASSERT_EQ(actual.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_DOUBLE_EQ(actual[i].x, expected[i].x) << "point " << i;
        EXPECT_DOUBLE_EQ(actual[i].y, expected[i].y) << "point " << i;
    }
}

bool insideBox(const Ring& ring) {
    for (const auto& p : ring)
        if (p.x < box.minX || p.x > box.maxX || p.y < box.minY || p.y > box.maxY) return false;
    return true;
}

TEST(ClipRing, KeepsARingInsideTheBoxAsItIs) {
    const Ring ring = {{1, 1}, {9, 1}, {9, 9}, {1, 9}};
    expectRing(vk::clipRing(ring, box), ring);
}

TEST(ClipRing, KeepsPointsOnTheBoxEdge) {
    const Ring ring = {{0, 0}, {10, 0}, {10, 10}, {0, 10}};
    expectRing(vk::clipRing(ring, box), ring);
}

TEST(ClipRing, CutsASquareReachingOutToTheRight) {
    const Ring ring = {{5, 2}, {15, 2}, {15, 8}, {5, 8}};
    expectRing(vk::clipRing(ring, box), {{5, 2}, {10, 2}, {10, 8}, {5, 8}});
}

TEST(ClipRing, RingAroundTheBoxBecomesTheBox) {
    const Ring ring = {{-5, -5}, {15, -5}, {15, 15}, {-5, 15}};
    const Ring clipped = vk::clipRing(ring, box);
    EXPECT_DOUBLE_EQ(signedArea(clipped), 100);
    EXPECT_TRUE(insideBox(clipped));
}

TEST(ClipRing, CutsADiagonalCornerAtTheBoxCorner) {
    // A triangle over the top-right corner: the corner itself must appear.
    const Ring ring = {{6, 6}, {20, 6}, {6, 20}};
    const Ring clipped = vk::clipRing(ring, box);
    EXPECT_DOUBLE_EQ(signedArea(clipped), 16);
    bool hasCorner = false;
    for (const auto& p : clipped) hasCorner |= p.x == 10 && p.y == 10;
    EXPECT_TRUE(hasCorner);
}

TEST(ClipRing, KeepsTheWayTheRingWinds) {
    const Ring clockwise = {{5, 8}, {15, 8}, {15, 2}, {5, 2}};
    EXPECT_LT(signedArea(vk::clipRing(clockwise, box)), 0);
}

TEST(ClipRing, ConcaveRingLeavingTwiceKeepsItsArea) {
    // A "U" lying on its side whose two arms reach out of the right edge: the way back along the
    // edge between the arms has no width.
    const Ring u = {{2, 2}, {14, 2}, {14, 4}, {6, 4}, {6, 6}, {14, 6}, {14, 8}, {2, 8}};
    const Ring clipped = vk::clipRing(u, box);
    EXPECT_DOUBLE_EQ(signedArea(clipped), 8 * 2 + 8 * 2 + 4 * 2);
    EXPECT_TRUE(insideBox(clipped));
}

TEST(ClipRing, RingOutsideGivesNothing) {
    EXPECT_TRUE(vk::clipRing(Ring{{20, 20}, {30, 20}, {30, 30}}, box).empty());
    // Beside the box, with its y range inside it: still nothing (not a line on the edge).
    EXPECT_TRUE(vk::clipRing(Ring{{12, 2}, {18, 2}, {18, 8}}, box).empty());
}

TEST(ClipRing, EmptyInputOrBoxGivesNothing) {
    EXPECT_TRUE(vk::clipRing(Ring{}, box).empty());
    EXPECT_TRUE(vk::clipRing(Ring{{1, 1}, {2, 1}, {2, 2}}, vk::MapBox{}).empty());
}

TEST(ClampPolyline, KeepsALineInsideAsItIs) {
    const Ring line = {{1, 1}, {5, 2}, {9, 9}};
    expectRing(vk::clampPolyline(line, box), line);
}

TEST(ClampPolyline, AddsCrossingsAndRunsAlongTheEdgeOutside) {
    // Out through the right edge at y 2, back in at y 6: the outside part becomes the edge.
    const Ring line = {{5, 2}, {15, 2}, {15, 6}, {5, 6}};
    expectRing(vk::clampPolyline(line, box), {{5, 2}, {10, 2}, {10, 6}, {5, 6}});
}

TEST(ClampPolyline, ShrinksWanderingAlongOneEdgeToItsEnds) {
    // Outside, the line goes up and down beside the right edge; on the edge that is one segment.
    const Ring line = {{5, 5}, {12, 5}, {14, 1}, {13, 9}, {15, 3}, {12, 7}, {5, 7}};
    expectRing(vk::clampPolyline(line, box), {{5, 5}, {10, 5}, {10, 7}, {5, 7}});
}

TEST(ClampPolyline, TurnsACutCornerIntoTheBoxCorner) {
    const Ring line = {{8, 5}, {15, 5}, {15, 15}, {5, 15}, {5, 8}};
    expectRing(vk::clampPolyline(line, box), {{8, 5}, {10, 5}, {10, 10}, {5, 10}, {5, 8}});
}

TEST(ClampPolyline, KeepsBothEndsOfALineThatFallsTogether) {
    // A closed arc (an island) entirely outside: both ends stay, on the box.
    const Ring island = {{20, 20}, {30, 20}, {30, 30}, {20, 20}};
    expectRing(vk::clampPolyline(island, box), {{10, 10}, {10, 10}});
    EXPECT_TRUE(vk::clampPolyline(Ring{}, box).empty());
    expectRing(vk::clampPolyline(Ring{{-3, 4}}, box), {{0, 4}});
}

TEST(ClampPolyline, CuttingArcsOneByOneEnclosesWhatClipRingDoes) {
    // A star crossing every edge of the box, cut into three arcs at arbitrary points.
    Ring star;
    for (int i = 0; i < 24; ++i) {
        const double angle = i * 2 * 3.14159265358979 / 24;
        const double radius = i % 2 == 0 ? 9.0 : 4.0;
        star.push_back({5 + radius * std::cos(angle), 5 + radius * std::sin(angle)});
    }
    const std::size_t cuts[] = {0, 7, 15, 24};
    Ring joined;
    for (std::size_t a = 0; a < 3; ++a) {
        Ring arc;
        for (std::size_t i = cuts[a]; i <= cuts[a + 1]; ++i) arc.push_back(star[i % star.size()]);
        const Ring clamped = vk::clampPolyline(arc, box);
        joined.insert(joined.end(), clamped.begin() + (joined.empty() ? 0 : 1), clamped.end());
    }
    joined.pop_back();  // the last arc ends where the first starts
    EXPECT_NEAR(signedArea(joined), signedArea(vk::clipRing(star, box)), 1e-9);
    EXPECT_TRUE(insideBox(joined));
}

}  // namespace
