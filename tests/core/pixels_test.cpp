#include "core/pixels.hpp"

#include <gtest/gtest.h>

#include <type_traits>

#include "core/layout.hpp"

namespace {

// The spaces do not mix by accident: no implicit conversion either way.
static_assert(!std::is_convertible_v<vk::CanvasPoint, vk::ScreenPoint>);
static_assert(!std::is_convertible_v<vk::ScreenPoint, vk::CanvasPoint>);
static_assert(!std::is_convertible_v<vk::CanvasRect, vk::ScreenRect>);
static_assert(!std::is_convertible_v<vk::ScreenRect, vk::CanvasRect>);
static_assert(!std::is_convertible_v<vk::CanvasSize, vk::ScreenSize>);

const vk::CanvasRect mapBelowAHeader{0, 40, 390, 300};  // a map view that does not start at the canvas's corner

TEST(Pixels, MapViewPointsAreMeasuredFromTheMapsCorner) {
    EXPECT_EQ(vk::canvasToMapView(vk::CanvasPoint{10, 50}, mapBelowAHeader), (vk::ScreenPoint{10, 10}));
    EXPECT_EQ(vk::mapViewToCanvas(vk::ScreenPoint{0, 0}, mapBelowAHeader), (vk::CanvasPoint{0, 40}));
}

TEST(Pixels, CanvasAndMapViewRoundTrip) {
    for (const vk::CanvasPoint p : {vk::CanvasPoint{0, 0}, vk::CanvasPoint{389.5, 339.25}, vk::CanvasPoint{-12, 1e4}}) {
        EXPECT_EQ(vk::mapViewToCanvas(vk::canvasToMapView(p, mapBelowAHeader), mapBelowAHeader), p);
    }
    const vk::CanvasRect cover{20, 60, 150, 44};
    const vk::ScreenRect onMap = vk::canvasToMapView(cover, mapBelowAHeader);
    EXPECT_EQ(onMap, (vk::ScreenRect{20, 20, 150, 44}));
    EXPECT_EQ(vk::mapViewToCanvas(onMap, mapBelowAHeader), cover);
}

TEST(Pixels, TheMapRectsSizeIsTheMapViewsSize) {
    EXPECT_EQ(mapBelowAHeader.size(), (vk::ScreenSize{390, 300}));
    EXPECT_EQ(mapBelowAHeader.centre(), (vk::CanvasPoint{195, 190}));
}

TEST(Pixels, TheBackingStoreIsCssSizeTimesTheRatioRounded) {
    EXPECT_EQ(vk::canvasToDevice(vk::CanvasSize{390, 844}, 3), (vk::DeviceRect{0, 0, 1170, 2532}));
    EXPECT_EQ(vk::canvasToDevice(vk::CanvasSize{333, 101}, 1.5), (vk::DeviceRect{0, 0, 500, 152}));  // 499.5 and 151.5 round up
}

TEST(Pixels, DeviceRectsCountFromTheBottomLikeGl) {
    // The map on top of a phone's canvas lies at the top of the framebuffer: y = height - its height.
    const vk::CanvasSize canvas{390, 844};
    const vk::WidgetLayout layout = vk::computeLayout(canvas);
    const vk::DeviceRect map = vk::canvasToDevice(layout.map, canvas, 2);
    EXPECT_EQ(map.x, 0);
    EXPECT_EQ(map.width, 780);
    EXPECT_EQ(map.y + map.height, 1688);
    // The panel below it shares its edge, with no gap or overlap after rounding.
    const vk::DeviceRect panel = vk::canvasToDevice(layout.panel, canvas, 2);
    EXPECT_EQ(panel.y + panel.height, map.y);
    EXPECT_EQ(panel.y, 0);
}

TEST(Pixels, DeviceAndCanvasRoundTrip) {
    const vk::CanvasSize canvas{1280, 800};
    for (const double ratio : {1.0, 2.0, 3.0}) {
        const vk::CanvasRect r{12, 34, 560, 321};
        EXPECT_EQ(vk::deviceToCanvas(vk::canvasToDevice(r, canvas, ratio), canvas, ratio), r) << ratio;
    }
    // A fractional ratio rounds each edge to a whole device pixel: back within half a device pixel.
    const vk::CanvasRect r{10.3, 20.7, 100.1, 50.2};
    const vk::CanvasRect back = vk::deviceToCanvas(vk::canvasToDevice(r, canvas, 1.25), canvas, 1.25);
    EXPECT_NEAR(back.x, r.x, 0.5 / 1.25);
    EXPECT_NEAR(back.y, r.y, 0.5 / 1.25);
    EXPECT_NEAR(back.x + back.width, r.x + r.width, 0.5 / 1.25);
    EXPECT_NEAR(back.y + back.height, r.y + r.height, 0.5 / 1.25);
}

TEST(Pixels, RectsInEitherSpaceOverlapAndContainAlike) {
    EXPECT_TRUE((vk::CanvasRect{0, 0, 10, 10}).overlaps({9, 9, 5, 5}));
    EXPECT_FALSE((vk::CanvasRect{0, 0, 10, 10}).overlaps({10, 0, 5, 5}));  // a shared edge is no overlap
    EXPECT_TRUE((vk::ScreenRect{0, 0, 10, 10}).overlaps({12, 0, 5, 5}, 3));  // closer than the gap
    EXPECT_TRUE((vk::CanvasRect{0, 0, 10, 10}).contains({10, 10}));
    EXPECT_FALSE((vk::ScreenRect{0, 0, 10, 10}).contains({10.01, 5}));
}

}  // namespace
