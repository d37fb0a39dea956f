#include "core/camera.hpp"

#include <gtest/gtest.h>

namespace {

vk::Camera makeCamera() {
    vk::Camera camera;
    camera.setViewport({800, 600});
    camera.setLimits({{}, 10, 10000});
    camera.setView({{500000, 7000000}, 1000});
    return camera;
}

TEST(Camera, CentreOfMapIsCentreOfCanvas) {
    const auto camera = makeCamera();
    const auto p = camera.mapToScreen({500000, 7000000});
    EXPECT_DOUBLE_EQ(p.x, 400);
    EXPECT_DOUBLE_EQ(p.y, 300);
}

TEST(Camera, NorthIsUpAndEastIsRight) {
    const auto camera = makeCamera();
    const auto p = camera.mapToScreen({501000, 7001000});  // 1 km east and north: 1 px each
    EXPECT_DOUBLE_EQ(p.x, 401);
    EXPECT_DOUBLE_EQ(p.y, 299);
}

TEST(Camera, ScreenToMapInvertsMapToScreen) {
    const auto camera = makeCamera();
    const vk::ScreenPoint s{123.5, 456.25};
    const auto back = camera.mapToScreen(camera.screenToMap(s));
    EXPECT_NEAR(back.x, s.x, 1e-9);
    EXPECT_NEAR(back.y, s.y, 1e-9);
}

class ZoomAboutTest : public testing::TestWithParam<std::tuple<double, double, double>> {};

TEST_P(ZoomAboutTest, KeepsThePointUnderTheAnchorFixed) {
    auto camera = makeCamera();
    const auto [x, y, factor] = GetParam();
    const vk::ScreenPoint anchor{x, y};
    const vk::MapPoint before = camera.screenToMap(anchor);
    camera.zoomAbout(anchor, factor);
    const vk::ScreenPoint after = camera.mapToScreen(before);
    EXPECT_NEAR(after.x, anchor.x, 1e-6);
    EXPECT_NEAR(after.y, anchor.y, 1e-6);
    EXPECT_NEAR(camera.view().metresPerPixel, 1000 / factor, 1e-9);
}

INSTANTIATE_TEST_SUITE_P(AnchorsAndFactors, ZoomAboutTest,
                         testing::Combine(testing::Values(0.0, 400.0, 799.0), testing::Values(0.0, 150.0, 600.0),
                                          testing::Values(0.5, 1.25, 2.0, 8.0)));

TEST(Camera, ZoomStopsAtTheLimits) {
    auto camera = makeCamera();
    camera.zoomAbout({400, 300}, 1000);
    EXPECT_DOUBLE_EQ(camera.view().metresPerPixel, 10);
    camera.zoomAbout({400, 300}, 1e-6);
    EXPECT_DOUBLE_EQ(camera.view().metresPerPixel, 10000);
}

TEST(Camera, ZoomWithNonPositiveFactorDoesNothing) {
    auto camera = makeCamera();
    camera.zoomAbout({10, 10}, 0);
    camera.zoomAbout({10, 10}, -2);
    EXPECT_DOUBLE_EQ(camera.view().metresPerPixel, 1000);
    EXPECT_DOUBLE_EQ(camera.view().centre.x, 500000);
}

TEST(Camera, PanMovesContentWithThePointer) {
    auto camera = makeCamera();
    const vk::MapPoint place = camera.screenToMap({100, 100});
    camera.panBy(30, -20);
    const auto moved = camera.mapToScreen(place);
    EXPECT_NEAR(moved.x, 130, 1e-9);
    EXPECT_NEAR(moved.y, 80, 1e-9);
}

TEST(Camera, PanStopsAtTheReach) {
    auto camera = makeCamera();
    vk::MapBox reach;
    reach.include({400000, 6900000});
    reach.include({600000, 7100000});
    camera.setLimits({reach, 10, 10000});
    camera.panBy(-1e6, -1e6);  // drag left and up: the view goes far east and south
    EXPECT_DOUBLE_EQ(camera.view().centre.x, 600000);
    EXPECT_DOUBLE_EQ(camera.view().centre.y, 6900000);
}

class FitTest : public testing::TestWithParam<vk::ScreenSize> {};

TEST_P(FitTest, FittedBoxLiesInsideTheCanvasAndTouchesOneSide) {
    vk::Camera camera;
    camera.setViewport(GetParam());
    vk::MapBox norway;  // roughly mainland Norway in UTM33
    norway.include({-80000, 6440000});
    norway.include({1120000, 7950000});
    const double padding = 12;
    camera.setView(camera.viewFitting(norway, padding));
    const auto topLeft = camera.mapToScreen({norway.minX, norway.maxY});
    const auto bottomRight = camera.mapToScreen({norway.maxX, norway.minY});
    EXPECT_GE(topLeft.x, padding - 1e-6);
    EXPECT_GE(topLeft.y, padding - 1e-6);
    EXPECT_LE(bottomRight.x, GetParam().width - padding + 1e-6);
    EXPECT_LE(bottomRight.y, GetParam().height - padding + 1e-6);
    const bool touchesSides = std::abs(topLeft.x - padding) < 1e-6;
    const bool touchesTop = std::abs(topLeft.y - padding) < 1e-6;
    EXPECT_TRUE(touchesSides || touchesTop);
}

INSTANTIATE_TEST_SUITE_P(AspectRatios, FitTest,
                         testing::Values(vk::ScreenSize{1280, 800}, vk::ScreenSize{390, 844}, vk::ScreenSize{800, 800},
                                         vk::ScreenSize{320, 200}));

TEST(Camera, FitLeavesTheReservedStripAlongTheBottomFree) {
    vk::Camera camera;
    camera.setViewport({400, 600});
    vk::MapBox box;
    box.include({0, 0});
    box.include({100000, 100000});
    camera.setView(camera.viewFitting(box, 10, 30));
    const auto bottomLeft = camera.mapToScreen({0, 0});
    const auto topRight = camera.mapToScreen({100000, 100000});
    EXPECT_NEAR(bottomLeft.x, 10, 1e-6);       // width decides: 380 px for 100 km
    EXPECT_NEAR(topRight.x, 390, 1e-6);
    // Vertically centred in the 570 px above the strip.
    EXPECT_NEAR((bottomLeft.y + topRight.y) / 2, 285, 1e-6);
    EXPECT_LE(bottomLeft.y, 600 - 30 - 10 + 1e-6);
}

TEST(ViewToReveal, NothingWhenTheTargetIsInViewAndAlone) {
    const auto camera = makeCamera();  // 800 x 600 px at 1000 m/px around (500 km, 7000 km)
    EXPECT_FALSE(vk::viewToReveal(camera, {500000, 7000000}, {{700000, 7000000}}).has_value());
}

TEST(ViewToReveal, CentresAnOffScreenTargetAtTheSameScale) {
    const auto camera = makeCamera();
    const auto to = vk::viewToReveal(camera, {1500000, 7000000}, {});
    ASSERT_TRUE(to.has_value());
    EXPECT_DOUBLE_EQ(to->centre.x, 1500000);
    EXPECT_DOUBLE_EQ(to->metresPerPixel, 1000);
}

TEST(ViewToReveal, TargetInsideTheMarginCountsAsOffScreen) {
    const auto camera = makeCamera();
    EXPECT_TRUE(vk::viewToReveal(camera, {500000 - 370000, 7000000}, {}).has_value());  // 30 px from the left edge
}

TEST(ViewToReveal, ZoomsInOnACrowdedTargetWithinTheLimits) {
    const auto camera = makeCamera();
    const auto to = vk::viewToReveal(camera, {500000, 7000000}, {{510000, 7000000}});  // 10 px apart
    ASSERT_TRUE(to.has_value());
    EXPECT_DOUBLE_EQ(to->metresPerPixel, 250);
    auto close = makeCamera();
    close.setView({{500000, 7000000}, 12});
    const auto clamped = vk::viewToReveal(close, {500000, 7000000}, {{500100, 7000000}});
    ASSERT_TRUE(clamped.has_value());
    EXPECT_DOUBLE_EQ(clamped->metresPerPixel, 10);  // the closest zoom the limits allow
}

TEST(Camera, TinyViewportIsTakenAsOnePixel) {
    vk::Camera camera;
    camera.setViewport({0, -5});
    EXPECT_DOUBLE_EQ(camera.viewport().width, 1);
    EXPECT_DOUBLE_EQ(camera.viewport().height, 1);
}

TEST(ZoomLevel, CountsHalvingsOfScale) {
    EXPECT_DOUBLE_EQ(vk::zoomLevel(1000, 1000), 0);
    EXPECT_DOUBLE_EQ(vk::zoomLevel(250, 1000), 2);
    EXPECT_DOUBLE_EQ(vk::zoomLevel(2000, 1000), -1);
}

TEST(EaseInOut, StartsAndEndsAtRestAndIsClamped) {
    EXPECT_DOUBLE_EQ(vk::easeInOut(0), 0);
    EXPECT_DOUBLE_EQ(vk::easeInOut(1), 1);
    EXPECT_DOUBLE_EQ(vk::easeInOut(0.5), 0.5);
    EXPECT_DOUBLE_EQ(vk::easeInOut(-1), 0);
    EXPECT_DOUBLE_EQ(vk::easeInOut(2), 1);
    EXPECT_LT(vk::easeInOut(0.1), 0.1);
}

TEST(CameraFlight, GoesFromStartToEndMonotonically) {
    const vk::CameraFlight flight{{{0, 0}, 1000}, {{100000, 50000}, 100}, 1000, 400};
    EXPECT_DOUBLE_EQ(flight.viewAt(1000).metresPerPixel, 1000);
    EXPECT_DOUBLE_EQ(flight.viewAt(1400).metresPerPixel, 100);
    EXPECT_DOUBLE_EQ(flight.viewAt(1400).centre.x, 100000);
    double lastScale = 1e9, lastX = -1;
    for (double t = 1000; t <= 1400; t += 10) {
        const auto v = flight.viewAt(t);
        EXPECT_LE(v.metresPerPixel, lastScale);
        EXPECT_GE(v.centre.x, lastX);
        lastScale = v.metresPerPixel;
        lastX = v.centre.x;
    }
    EXPECT_FALSE(flight.finishedAt(1399));
    EXPECT_TRUE(flight.finishedAt(1400));
}

TEST(CameraFlight, ZeroDurationJumps) {
    const vk::CameraFlight flight{{{0, 0}, 1000}, {{5, 5}, 10}, 0, 0};
    EXPECT_DOUBLE_EQ(flight.viewAt(0).metresPerPixel, 10);
}

TEST(InterpolateView, PurePanIsLinear) {
    const auto v = vk::interpolateView({{0, 0}, 100}, {{1000, 0}, 100}, 0.25);
    EXPECT_DOUBLE_EQ(v.centre.x, 250);
    EXPECT_DOUBLE_EQ(v.metresPerPixel, 100);
}

TEST(MapLimits, ZoomOutToAQuarterBeyondTheFitAndInToAThirtySecond) {
    const vk::MapBox norway{0, 6'000'000, 1'200'000, 7'500'000};
    const auto limits = vk::mapLimits(norway, {norway.centre(), 2000});
    EXPECT_DOUBLE_EQ(limits.maxMetresPerPixel, 2500);
    EXPECT_DOUBLE_EQ(limits.minMetresPerPixel, 62.5);
    EXPECT_DOUBLE_EQ(vk::mapLimits(norway, {norway.centre(), 1000}).minMetresPerPixel, 60)
        << "never closer than 60 m per pixel";
    EXPECT_DOUBLE_EQ(vk::mapLimits(norway, {norway.centre(), 50}).minMetresPerPixel, 50)
        << "but never farther than the fit either";
}

TEST(MapLimits, CentreStaysWithinNorwaysBoxGrownByAQuarter) {
    const vk::MapBox norway{0, 6'000'000, 1'200'000, 7'600'000};
    const vk::MapBox reach = vk::mapLimits(norway, {norway.centre(), 2000}).reach;
    EXPECT_DOUBLE_EQ(reach.minX, -300'000);
    EXPECT_DOUBLE_EQ(reach.maxX, 1'500'000);
    EXPECT_DOUBLE_EQ(reach.minY, 5'600'000);
    EXPECT_DOUBLE_EQ(reach.maxY, 8'000'000);
}

}  // namespace

// Issue 11: a comparison is always in view, and no marker or label hides under the map's
// controls, at every canvas size from a 320 px phone to a 1920 px screen. The real map bounds,
// the real nominees, the real layout and controls, and the label placer, as the widget runs them.
#include <algorithm>
#include <cmath>
#include <fstream>
#include <iterator>

#include "common/read_file.hpp"
#include "core/geo_asset.hpp"
#include "core/labels.hpp"
#include "core/layout.hpp"
#include "core/nominees.hpp"
#include "core/widget_model.hpp"

namespace {

struct Scene {
    vk::NomineeData data;
    vk::MapBox norway;
};

const Scene& scene() {
    static const Scene s = [] {
        Scene out;
        out.data = vk::loadNominees(vk::tools::readWholeFile(VK_SOURCE_DIR "/data/nominees.json")).data;
        std::ifstream file(VK_SOURCE_DIR "/assets/geo/norway.vkgeo", std::ios::binary);
        const std::vector<std::uint8_t> bytes{std::istreambuf_iterator<char>(file), {}};
        vk::GeoAsset geo;
        std::string error;
        if (vk::decodeGeoAsset(bytes, geo, error)) out.norway = geo.norwayBounds;
        return out;
    }();
    return s;
}

constexpr vk::ScreenSize labelSize{96, 19};  // "Kongsvinger" in 13 px semibold, with padding, rounded up

// The widget's start view and reveal room for a canvas, as its WidgetModel sets them once a frame
// has drawn the controls.
struct MapSetup {
    vk::WidgetLayout layout;
    vk::Camera camera;
    vk::CameraView fit;
    vk::RevealRoom room;
};

MapSetup setUp(vk::CanvasSize canvas) {
    vk::WidgetModel model;
    model.resize(canvas);
    model.setMap(scene().norway);
    const double wrap = vk::attributionWrapWidthPx(model.layout());
    const vk::ScreenSize attribution{std::min(330.0, wrap), std::ceil(330 / wrap) * 16};
    model.setScene(vk::MapScene::withControls(vk::mapControlBoxes(model.layout(), vk::controlHeightPx(model.layout(), false), attribution)));
    EXPECT_EQ(model.revealRoom().labelPx, labelSize);  // no label measured yet: the model's default
    return {model.layout(), model.camera(), model.fitView(), model.revealRoom()};
}

std::vector<vk::MapPoint> pointsOf(const std::vector<std::string>& ids, bool wanted) {
    std::vector<vk::MapPoint> out;
    for (const auto& n : scene().data.nominees)
        if ((std::find(ids.begin(), ids.end(), n.id) != ids.end()) == wanted) out.push_back(vk::project(n.centre.position));
    return out;
}

// What is wrong on screen: a nominee of mustShow whose marker or label is not in the map, and any
// marker or label under a control (with onlyMustShow, only mustShow's: a comparison keeps its two
// clear, and another nominee may then lie under a control, as it may under the panel).
std::string problemsOnScreen(const MapSetup& m, const std::vector<std::string>& mustShow, bool onlyMustShow = false) {
    std::vector<vk::LabelRequest> requests;
    for (const auto& n : scene().data.nominees)
        requests.push_back({m.camera.mapToScreen(vk::project(n.centre.position)), 9, labelSize.width, labelSize.height});
    const vk::ScreenSize map{m.layout.map.width, m.layout.map.height};
    const auto labels = vk::placeLabels(requests, map, 2, m.room.obstacles);
    const vk::ScreenRect mapRect{0, 0, map.width, map.height};
    const auto insideMap = [&](const vk::ScreenRect& r) {
        return r.x >= 0 && r.y >= 0 && r.x + r.width <= map.width && r.y + r.height <= map.height;
    };
    std::string problems;
    for (std::size_t i = 0; i < requests.size(); ++i) {
        const std::string& id = scene().data.nominees[i].id;
        const auto p = requests[i].anchor;
        const vk::ScreenRect marker{p.x - 11, p.y - 11, 22, 22};
        const bool shown = std::find(mustShow.begin(), mustShow.end(), id) != mustShow.end();
        if (shown && !insideMap(marker)) problems += id + ": marker not in the map; ";
        if (shown && (labels[i].hidden || !insideMap(labels[i].box))) problems += id + ": label not in the map; ";
        if (onlyMustShow && !shown) continue;
        for (const auto& o : m.room.obstacles) {
            if (mapRect.contains(p) && marker.overlaps(o)) problems += id + ": marker under a control; ";
            if (!labels[i].hidden && labels[i].box.overlaps(o)) problems += id + ": label under a control; ";
        }
    }
    return problems;
}

const std::vector<vk::CanvasSize> canvases = {
    {320, 568}, {320, 640}, {360, 740}, {375, 667}, {390, 844}, {414, 896}, {600, 900}, {719, 900},
    {720, 600}, {800, 600}, {1024, 768}, {1280, 800}, {1366, 768}, {1440, 900}, {1920, 1080},
};

class RevealOnCanvas : public testing::TestWithParam<vk::CanvasSize> {};

TEST_P(RevealOnCanvas, StartViewShowsEveryNomineeClearOfTheControls) {
    ASSERT_FALSE(scene().norway.empty());
    const MapSetup m = setUp(GetParam());
    // No marker or label under a control (on a phone, a crowded label may leave the map's edge).
    EXPECT_EQ(problemsOnScreen(m, {}), "");
    const vk::ScreenRect map{0, 0, m.layout.map.width, m.layout.map.height};
    for (const auto& n : scene().data.nominees) EXPECT_TRUE(map.contains(m.camera.mapToScreen(vk::project(n.centre.position)))) << n.id;
}

TEST_P(RevealOnCanvas, EveryComparisonFitsBothWithTheirLabels) {
    ASSERT_GE(scene().data.nominees.size(), 2u);  // whatever the year's data file holds
    MapSetup m = setUp(GetParam());
    // From the start view, from a close view of the first (a visitor who selected it), and from a
    // view far from both (a visitor who panned to Finnmark).
    const auto& nominees = scene().data.nominees;
    for (const auto& a : nominees) {
        for (const auto& b : nominees) {
            if (a.id == b.id) continue;
            const std::vector<std::string> pair{a.id, b.id};
            const vk::CameraView far{{scene().norway.maxX, scene().norway.maxY}, m.fit.metresPerPixel / 8};
            const vk::CameraView close{vk::project(a.centre.position), m.fit.metresPerPixel / 8};
            for (const auto& start : {m.fit, close, far}) {
                m.camera.setView(start);
                if (const auto to = vk::viewToReveal(m.camera, pointsOf(pair, true), pointsOf(pair, false), m.room))
                    m.camera.setView(*to);
                EXPECT_EQ(problemsOnScreen(m, pair, true), "") << a.id << " + " << b.id << " from scale " << start.metresPerPixel;
                // Asked again, it never zooms back out (a crowded pair may go on closer, up to the fit).
                const auto again = vk::viewToReveal(m.camera, pointsOf(pair, true), pointsOf(pair, false), m.room);
                if (again) {
                    EXPECT_LE(again->metresPerPixel, m.camera.view().metresPerPixel * (1 + 1e-9)) << a.id << " + " << b.id;
                }
            }
        }
    }
}

TEST_P(RevealOnCanvas, RevealingOneNomineeKeepsItAndItsLabelInView) {
    MapSetup m = setUp(GetParam());
    for (const auto& n : scene().data.nominees) {
        const vk::CameraView far{{scene().norway.maxX, scene().norway.maxY}, m.fit.metresPerPixel / 4};
        for (const auto& start : {m.fit, far}) {
            m.camera.setView(start);
            if (const auto to = vk::viewToReveal(m.camera, pointsOf({n.id}, true), pointsOf({n.id}, false), m.room))
                m.camera.setView(*to);
            EXPECT_EQ(problemsOnScreen(m, {n.id}), "") << n.id;
        }
    }
}

INSTANTIATE_TEST_SUITE_P(PhoneToWide, RevealOnCanvas, testing::ValuesIn(canvases), [](const auto& param) {
    return std::to_string(static_cast<int>(param.param.width)) + "x" + std::to_string(static_cast<int>(param.param.height));
});

TEST(ClearArea, CutsEachObstacleFromItsCheapestSide) {
    vk::RevealRoom room;
    room.marginPx = 10;
    room.obstacles = {{12, 12, 214, 128}, {740, 450, 44, 116}};  // a legend top left, zoom buttons bottom right
    const auto area = vk::clearArea({800, 600}, room);
    // The legend is wider than tall: cut from the top; the zoom column is taller than wide: from the right.
    EXPECT_EQ(area, (vk::ScreenRect{10, 140, 730, 450}));
}

TEST(ViewToReveal, NothingToRevealGivesNothing) {
    EXPECT_FALSE(vk::viewToReveal(makeCamera(), std::vector<vk::MapPoint>{}, {}, vk::RevealRoom{}).has_value());
}

}  // namespace
