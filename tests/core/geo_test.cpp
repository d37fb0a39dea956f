// Projection against PROJ. Expected values were computed once with Debian's proj-bin:
//   printf "59.8331 10.4392\n..." | cs2cs -d 4 EPSG:4258 EPSG:25833
#include "core/geo.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

namespace {

struct Reference {
    const char* place;
    vk::LonLat lonLat;
    vk::MapPoint utm33;
};

// Nominee centres, mainland extremes (west, north, east) and a point on the central meridian.
const Reference references[] = {
    {"Asker", {10.4392, 59.8331}, {244462.6420, 6641624.2318}},
    {"Drammen", {10.2060, 59.7454}, {230704.8095, 6632797.7136}},
    {"Kongsvinger", {11.9992, 60.1911}, {333627.0535, 6676475.5058}},
    {"Prestfoss", {9.6333, 60.0500}, {201329.2090, 6669112.7478}},
    {"Aure", {6.5795, 62.3914}, {65522.7260, 6946148.0252}},
    {"Rjukan", {8.5831, 59.8811}, {141170.2826, 6655577.9086}},
    {"Lindesnes", {7.0470, 57.9800}, {30306.7424, 6454191.8918}},
    {"Nordkapp", {25.7840, 71.1700}, {886657.7601, 7930920.5014}},
    {"Grense Jakobselv", {30.9000, 69.7800}, {1107294.5226, 7821044.4188}},
    {"15°E meridian", {15.0, 60.0}, {500000.0000, 6651411.1902}},
};

class ProjectionTest : public testing::TestWithParam<Reference> {};

TEST_P(ProjectionTest, MatchesProjWithinOneMetre) {
    const auto& r = GetParam();
    const vk::MapPoint p = vk::project(r.lonLat);
    EXPECT_NEAR(p.x, r.utm33.x, 1.0) << r.place;
    EXPECT_NEAR(p.y, r.utm33.y, 1.0) << r.place;
}

TEST_P(ProjectionTest, UnprojectInvertsProject) {
    const auto& r = GetParam();
    const vk::LonLat back = vk::unproject(r.utm33);
    // 1e-6 degrees is about 0.1 m.
    EXPECT_NEAR(back.lon, r.lonLat.lon, 1e-6) << r.place;
    EXPECT_NEAR(back.lat, r.lonLat.lat, 1e-6) << r.place;
}

INSTANTIATE_TEST_SUITE_P(NomineesAndExtremes, ProjectionTest, testing::ValuesIn(references));

TEST(Projection, IsConformalSoNorwayIsNotStretched) {
    // A small step east and a small step north near Rjukan must come out the same length.
    const vk::LonLat here{8.5831, 59.8811};
    const double stepDeg = 0.001;
    const vk::MapPoint o = vk::project(here);
    const vk::MapPoint east = vk::project({here.lon + stepDeg / std::cos(here.lat * std::numbers::pi / 180), here.lat});
    const vk::MapPoint north = vk::project({here.lon, here.lat + stepDeg});
    const double eastLength = std::hypot(east.x - o.x, east.y - o.y);
    const double northLength = std::hypot(north.x - o.x, north.y - o.y);
    EXPECT_NEAR(eastLength / northLength, 1.0, 0.01);
}

TEST(MapBox, StartsEmptyAndGrows) {
    vk::MapBox box;
    EXPECT_TRUE(box.empty());
    box.include(vk::MapPoint{1, 2});
    EXPECT_FALSE(box.empty());
    box.include(vk::MapPoint{-3, 5});
    EXPECT_DOUBLE_EQ(box.width(), 4);
    EXPECT_DOUBLE_EQ(box.height(), 3);
    EXPECT_DOUBLE_EQ(box.centre().x, -1);
}

}  // namespace
