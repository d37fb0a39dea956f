// Douglas–Peucker, the repair that puts points back where simplified lines would cross, and the
// intersection count the geoprep test relies on.
#include "geoprep/simplify.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <vector>

namespace {

using Line = std::vector<vk::MapPoint>;

std::vector<bool> keep(std::initializer_list<int> flags) {
    std::vector<bool> result;
    for (const int f : flags) result.push_back(f != 0);
    return result;
}

void expectLine(const Line& actual, const Line& expected) {
    ASSERT_EQ(actual.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(actual[i].x, expected[i].x) << "point " << i;
        EXPECT_EQ(actual[i].y, expected[i].y) << "point " << i;
    }
}

// A closed, star-shaped "coast" of n points with fjord-like wiggles at several scales; simple
// (it never crosses itself) because the radius stays positive. Whole metres, as geoprep's grid.
Line wigglyRing(std::size_t n, double radius, double cx = 0, double cy = 0) {
    Line ring;
    for (std::size_t i = 0; i < n; ++i) {
        const double a = 2 * std::numbers::pi * static_cast<double>(i) / static_cast<double>(n);
        const double r = radius * (1 + 0.25 * std::sin(37 * a) + 0.08 * std::sin(211 * a) + 0.03 * std::sin(997 * a));
        ring.push_back({std::round(cx + r * std::cos(a)), std::round(cy + r * std::sin(a))});
    }
    return ring;
}

TEST(DouglasPeucker, KeepsOnlyTheEndsOfANearlyStraightLine) {
    const Line line = {{0, 0}, {100, 30}, {200, -40}, {300, 10}, {400, 0}};
    EXPECT_EQ(vk::douglasPeucker(line, 50), keep({1, 0, 0, 0, 1}));
}

TEST(DouglasPeucker, KeepsPointsFartherThanTheTolerance) {
    const Line line = {{0, 0}, {100, 30}, {200, -40}, {300, 10}, {400, 0}};
    // (200, -40) is 40 m off the chord; then (100, 30) is 49 m off (0, 0)-(200, -40), and
    // (300, 10) 29 m off (200, -40)-(400, 0).
    EXPECT_EQ(vk::douglasPeucker(line, 35), keep({1, 1, 1, 0, 1}));
    EXPECT_EQ(vk::douglasPeucker(line, 25), keep({1, 1, 1, 1, 1}));
}

TEST(DouglasPeucker, ToleranceIsInclusive) {
    // A point exactly at the tolerance may go; one a metre beyond must stay.
    EXPECT_EQ(vk::douglasPeucker(Line{{0, 0}, {50, 100}, {100, 0}}, 100), keep({1, 0, 1}));
    EXPECT_EQ(vk::douglasPeucker(Line{{0, 0}, {50, 101}, {100, 0}}, 100), keep({1, 1, 1}));
}

TEST(DouglasPeucker, ZeroToleranceDropsOnlyPointsOnTheLine) {
    const Line line = {{0, 0}, {10, 0}, {20, 0}, {20, 10}, {20, 20}, {30, 25}};
    EXPECT_EQ(vk::douglasPeucker(line, 0), keep({1, 0, 1, 0, 1, 1}));
}

TEST(DouglasPeucker, MeasuresToTheSegmentNotTheWholeLine) {
    // The middle point lies on the chord's line but far beyond its end: it must stay.
    EXPECT_EQ(vk::douglasPeucker(Line{{0, 0}, {500, 0}, {100, 0}}, 50), keep({1, 1, 1}));
}

TEST(DouglasPeucker, ShortLines) {
    EXPECT_TRUE(vk::douglasPeucker(Line{}, 10).empty());
    EXPECT_EQ(vk::douglasPeucker(Line{{1, 1}}, 10), keep({1}));
    EXPECT_EQ(vk::douglasPeucker(Line{{1, 1}, {2, 2}}, 10), keep({1, 1}));
}

TEST(DouglasPeucker, EachPointAgainstItsOwnTolerance) {
    // (200, -40) is 40 m off the chord but may be 60 m off; (100, 30) is 30 m off and may be only
    // 20 m off, so it stays. Then (200, -40) is 59.7 m off (100, 30)-(400, 0): still within 60.
    const Line line = {{0, 0}, {100, 30}, {200, -40}, {300, 10}, {400, 0}};
    const std::vector<double> tolerances = {0, 20, 60, 50, 0};
    EXPECT_EQ(vk::douglasPeucker(line, tolerances), keep({1, 1, 0, 0, 1}));
    EXPECT_EQ(vk::douglasPeucker(line, std::vector<double>{0, 0}), keep({1, 0, 0, 0, 1}))
        << "too few tolerances: only the ends";
}

TEST(DouglasPeucker, ClosedLineKeepsItsFarthestPoint) {
    const Line island = {{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}};
    EXPECT_EQ(vk::douglasPeucker(island, 1000), keep({1, 0, 1, 0, 1}));
}

TEST(SimplifyLines, SimplifiesEachLineLikeDouglasPeucker) {
    const std::vector<Line> lines = {{{0, 0}, {100, 30}, {200, -40}, {300, 10}, {400, 0}},
                                     {{0, 1000}, {100, 1001}, {200, 1000}}};
    const auto simplified = vk::simplifyLines(lines, 50);
    ASSERT_EQ(simplified.size(), 2u);
    expectLine(simplified[0], {{0, 0}, {400, 0}});
    expectLine(simplified[1], {{0, 1000}, {200, 1000}});
}

TEST(SimplifyLines, ToleranceByLineAndPlace) {
    const std::vector<Line> lines = {{{0, 0}, {100, 30}, {200, 0}},
                                     {{0, 1000}, {100, 1030}, {200, 1000}},
                                     {{5000, 0}, {5100, 30}, {5200, 0}}};
    // Line 1 is fine everywhere; east of x = 4000 any line is coarse.
    const auto simplified = vk::simplifyLines(lines, [](std::size_t line, vk::MapPoint p) {
        if (p.x > 4000) return 100.0;
        return line == 1 ? 10.0 : 50.0;
    });
    EXPECT_EQ(simplified[0].size(), 2u);
    EXPECT_EQ(simplified[1].size(), 3u);
    EXPECT_EQ(simplified[2].size(), 2u);
}

TEST(SimplifyLines, PutsBackPointsWhereALineWouldCrossAnIsland) {
    // The coast bulges up around an island; straightening the bulge (150 m < 200 m) would run
    // the coast through the island. The bulge's first far point comes back instead.
    const Line coast = {{0, 0}, {4700, 0}, {4800, 150}, {5200, 150}, {5300, 0}, {10000, 0}};
    const Line island = {{4900, -50}, {5100, -50}, {5100, 50}, {4900, 50}, {4900, -50}};
    const std::vector<Line> lines = {coast, island};
    const auto simplified = vk::simplifyLines(lines, 200);
    expectLine(simplified[0], {{0, 0}, {4800, 150}, {10000, 0}});
    expectLine(simplified[1], island);  // collapsed by Douglas–Peucker, restored whole
}

TEST(SimplifyLines, SharedBorderStaysOneLineForBothSides) {
    // Two countries: the border is one line that both rings use; it comes out once, with its
    // ends, so both rings assembled from it agree point for point.
    const Line border = {{0, 0}, {10, 400}, {-10, 800}, {0, 1200}};
    const Line west = {{0, 1200}, {-1000, 1200}, {-1000, 0}, {0, 0}};
    const Line east = {{0, 0}, {1000, 0}, {1000, 1200}, {0, 1200}};
    const auto simplified = vk::simplifyLines(std::vector<Line>{border, west, east}, 50);
    expectLine(simplified[0], {{0, 0}, {0, 1200}});
    EXPECT_EQ(simplified[1].front().x, 0);
    EXPECT_EQ(simplified[1].back().y, 0);
}

TEST(SimplifyLines, LeavesCrossingsTheInputAlreadyHad) {
    // A bow tie: its two original segments cross; nothing can be put back, and the repair ends.
    const Line bowTie = {{0, 0}, {100, 100}, {100, 0}, {0, 100}, {0, 0}};
    const auto simplified = vk::simplifyLines(std::vector<Line>{bowTie}, 1);
    expectLine(simplified[0], bowTie);
}

// Without the closing point, as countIntersections() wants rings.
std::vector<Line> openRings(const std::vector<Line>& closedLines) {
    std::vector<Line> rings;
    for (const auto& line : closedLines) rings.emplace_back(line.begin(), line.end() - 1);
    return rings;
}

TEST(SimplifyLines, AddsNoIntersectionsWhereDouglasPeuckerAloneWould) {
    // A bay shaped like a parabola (land below it) with small islands 300 m off its shore.
    // Straightening the shore at 800 m cuts through the bay, and so through islands.
    Line coast;
    for (int x = -10000; x <= 10000; x += 50) coast.push_back({double(x), std::round(x * x / 20000.0)});
    coast.push_back({10000, -5000});
    coast.push_back({-10000, -5000});
    coast.push_back(coast.front());
    std::vector<Line> lines = {coast};
    for (int x = -8000; x <= 8000; x += 500) {
        const double left = x - 50, bottom = std::round(x * x / 20000.0) + 300;
        lines.push_back({{left, bottom}, {left + 100, bottom}, {left + 100, bottom + 100}, {left, bottom + 100}, {left, bottom}});
    }
    ASSERT_EQ(vk::countIntersections(openRings(lines)), 0u);

    std::vector<Line> plain;
    for (const auto& line : lines) {
        const auto kept = vk::douglasPeucker(line, 800);
        plain.emplace_back();
        for (std::size_t i = 0; i < line.size(); ++i)
            if (kept[i]) plain.back().push_back(line[i]);
    }
    ASSERT_GT(vk::countIntersections(openRings(plain)), 0u) << "the fixture must need the repair";

    const auto simplified = vk::simplifyLines(lines, 800);
    EXPECT_EQ(vk::countIntersections(openRings(simplified)), 0u);
    EXPECT_LT(simplified[0].size(), coast.size() / 3) << "the shore is still simplified";
    for (std::size_t i = 0; i < lines.size(); ++i) {
        EXPECT_EQ(simplified[i].front().x, lines[i].front().x);
        EXPECT_EQ(simplified[i].back().y, lines[i].back().y);
    }
}

TEST(SimplifyLines, KeepsALongWigglyCoastFreeOfIntersections) {
    std::vector<Line> lines = {wigglyRing(10000, 100000)};
    lines[0].push_back(lines[0].front());
    const auto simplified = vk::simplifyLines(lines, 300);
    EXPECT_LT(simplified[0].size(), lines[0].size() / 2);
    EXPECT_EQ(vk::countIntersections(openRings(simplified)), 0u);
}

TEST(CountIntersections, SimpleRingsHaveNone) {
    EXPECT_EQ(vk::countIntersections(std::vector<Line>{{{0, 0}, {10, 0}, {10, 10}, {0, 10}}}), 0u);
    EXPECT_EQ(vk::countIntersections(std::vector<Line>{wigglyRing(2000, 50000)}), 0u);
    EXPECT_EQ(vk::countIntersections(std::vector<Line>{}), 0u);
}

TEST(CountIntersections, BowTieCrossesOnce) {
    EXPECT_EQ(vk::countIntersections(std::vector<Line>{{{0, 0}, {10, 10}, {10, 0}, {0, 10}}}), 1u);
}

TEST(CountIntersections, TwoOverlappingSquaresCrossTwice) {
    const std::vector<Line> rings = {{{0, 0}, {10, 0}, {10, 10}, {0, 10}}, {{5, 5}, {15, 5}, {15, 15}, {5, 15}}};
    EXPECT_EQ(vk::countIntersections(rings), 2u);
}

TEST(CountIntersections, RingsMeetingAtACornerDoNotCount) {
    const std::vector<Line> rings = {{{0, 0}, {10, 0}, {10, 10}, {0, 10}}, {{10, 10}, {20, 10}, {20, 20}, {10, 20}}};
    EXPECT_EQ(vk::countIntersections(rings), 0u);
}

TEST(CountIntersections, AVertexTouchingAnEdgeCounts) {
    // The second ring's corner (10, 5) lies inside the first ring's right edge: two of its edges
    // touch that edge there.
    const std::vector<Line> rings = {{{0, 0}, {10, 0}, {10, 10}, {0, 10}}, {{10, 5}, {20, 0}, {20, 10}}};
    EXPECT_EQ(vk::countIntersections(rings), 2u);
}

TEST(CountIntersections, OverlappingEdgesCount) {
    // Side by side, sharing part of an edge: the two edges on x = 10 overlap.
    const std::vector<Line> rings = {{{0, 0}, {10, 0}, {10, 10}, {0, 10}}, {{10, 5}, {20, 5}, {20, 15}, {10, 15}}};
    // The two edges on x = 10 overlap; the second ring's corner (10, 5) lies inside the first
    // ring's edge there; the first ring's corner (10, 10) lies inside the second ring's edge.
    EXPECT_EQ(vk::countIntersections(rings), 3u);
}

TEST(CountIntersections, ASpikeBackAlongAnEdgeCounts) {
    // Going out along y = 0 and straight back is an overlap of neighbouring edges.
    EXPECT_EQ(vk::countIntersections(std::vector<Line>{{{0, 0}, {10, 0}, {5, 0}, {5, 5}}}), 2u);
}

}  // namespace
