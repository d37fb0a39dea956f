#include "core/labels.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "core/camera.hpp"
#include "core/geo.hpp"

namespace {

// The six nominees' administrative centres (the foundation issue's coordinates).
struct Place {
    std::string name;
    vk::LonLat position;
};
const Place nominees[] = {
    {"Asker", {10.4392, 59.8331}},  {"Drammen", {10.2060, 59.7454}},   {"Kongsvinger", {11.9992, 60.1911}},
    {"Sigdal", {9.6333, 60.0500}}, {"Sykkylven", {6.5795, 62.3914}}, {"Tinn", {8.5831, 59.8811}},
};

// Roughly what the widget draws: Inter at 14 px, about 7.6 px per character, plus padding.
vk::LabelRequest requestFor(const Place& place, const vk::Camera& camera) {
    return {camera.mapToScreen(vk::project(place.position)), 7,
            static_cast<double>(place.name.size()) * 7.6 + 12, 20};
}

vk::MapBox mainlandNorway() {
    vk::MapBox box;
    box.include(vk::project({4.6, 57.95}));  // Lindesnes latitude, west coast longitude
    box.include(vk::project({31.1, 71.2}));  // Nordkapp latitude, Grense Jakobselv longitude
    box.include(vk::project({4.6, 71.2}));
    box.include(vk::project({31.1, 57.95}));
    return box;
}

void expectNoOverlaps(const std::vector<vk::LabelPlacement>& placed, const std::vector<vk::LabelRequest>& requests,
                      const std::string& where) {
    ASSERT_EQ(placed.size(), requests.size());
    for (std::size_t i = 0; i < placed.size(); ++i) {
        EXPECT_DOUBLE_EQ(placed[i].box.width, requests[i].widthPx) << where;
        for (std::size_t j = i + 1; j < placed.size(); ++j)
            EXPECT_FALSE(placed[i].box.overlaps(placed[j].box)) << where << ": labels " << i << " and " << j;
    }
}

class SixNomineesTest : public testing::TestWithParam<vk::ScreenSize> {};

TEST_P(SixNomineesTest, LabelsNeverOverlapAtAnyAllowedZoom) {
    vk::Camera camera;
    camera.setViewport(GetParam());
    const vk::CameraView fit = camera.viewFitting(mainlandNorway(), 16);
    camera.setLimits(vk::mapLimits(mainlandNorway(), fit));
    // From the farthest zoom to the closest, centred on the crowded trio and on the whole.
    for (const vk::MapPoint centre : {fit.centre, vk::project({10.1, 59.85})}) {
        for (double mpp = camera.limits().maxMetresPerPixel; mpp >= camera.limits().minMetresPerPixel; mpp /= 1.19) {
            camera.setView({centre, mpp});
            std::vector<vk::LabelRequest> requests;
            for (const auto& place : nominees) requests.push_back(requestFor(place, camera));
            const auto placed = vk::placeLabels(requests, camera.viewport());
            expectNoOverlaps(placed, requests, "at " + std::to_string(mpp) + " m/px");
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Canvases, SixNomineesTest,
                         testing::Values(vk::ScreenSize{1280, 800}, vk::ScreenSize{800, 600}, vk::ScreenSize{390, 420},
                                         vk::ScreenSize{320, 300}));

TEST(PlaceLabels, LoneLabelSitsRightOfItsMarker) {
    const auto placed = vk::placeLabels({{{100, 100}, 5, 40, 16}}, {400, 400});
    ASSERT_EQ(placed.size(), 1u);
    EXPECT_GT(placed[0].box.x, 100 + 5);
    EXPECT_NEAR(placed[0].box.y + 8, 100, 1e-9);
    EXPECT_FALSE(placed[0].needsLeader);
}

TEST(PlaceLabels, LabelAtTheRightEdgeMovesLeftToStayInside) {
    const auto placed = vk::placeLabels({{{390, 100}, 5, 40, 16}}, {400, 400});
    EXPECT_LT(placed[0].box.x + placed[0].box.width, 390);
}

TEST(PlaceLabels, LabelsDoNotCoverOtherMarkers) {
    std::vector<vk::LabelRequest> requests = {{{100, 100}, 6, 60, 16}, {{130, 100}, 6, 60, 16}};
    const auto placed = vk::placeLabels(requests, {400, 400});
    for (std::size_t i = 0; i < 2; ++i) {
        const auto& other = requests[1 - i].anchor;
        EXPECT_FALSE(placed[i].box.overlaps({other.x - 6, other.y - 6, 12, 12}));
    }
}

TEST(PlaceLabels, LabelsKeepClearOfObstacles) {
    // A control where the label would go (right of the marker): the label goes elsewhere.
    const vk::ScreenRect control{110, 80, 100, 40};
    const auto placed = vk::placeLabels({{{100, 100}, 5, 40, 16}}, {400, 400}, 2, {control});
    EXPECT_FALSE(placed[0].box.overlaps(control));
}

TEST(PlaceLabels, IdenticalAnchorsStillGetSeparateLabels) {
    std::vector<vk::LabelRequest> requests(7, {{50, 50}, 6, 80, 18});
    const auto placed = vk::placeLabels(requests, {200, 120});
    expectNoOverlaps(placed, requests, "seven labels on one point in a small canvas");
}

TEST(PlaceLabels, NothingToPlace) { EXPECT_TRUE(vk::placeLabels({}, {10, 10}).empty()); }

TEST(ScreenRect, TouchingEdgesDoNotOverlapButAGapMakesThem) {
    const vk::ScreenRect a{0, 0, 10, 10}, b{10, 0, 10, 10};
    EXPECT_FALSE(a.overlaps(b));
    EXPECT_TRUE(a.overlaps(b, 1));
    EXPECT_TRUE(a.contains({10, 10}));
    EXPECT_FALSE(a.contains({10.1, 5}));
}

}  // namespace
