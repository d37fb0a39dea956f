#include "core/layout.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

namespace {

class LayoutTest : public testing::TestWithParam<vk::CanvasSize> {};

TEST_P(LayoutTest, MapAndPanelTileTheCanvasWithoutOverlap) {
    const auto canvas = GetParam();
    const auto l = vk::computeLayout(canvas);
    EXPECT_NEAR(l.map.width * l.map.height + l.panel.width * l.panel.height, canvas.width * canvas.height, 1e-6);
    EXPECT_FALSE(l.map.overlaps(l.panel));
    EXPECT_GE(l.map.width, 200);
    EXPECT_GE(l.map.height, 200);
    EXPECT_LE(l.panel.x + l.panel.width, canvas.width + 1e-9);
}

INSTANTIATE_TEST_SUITE_P(PhoneToWide, LayoutTest,
                         testing::Values(vk::CanvasSize{320, 700}, vk::CanvasSize{390, 844}, vk::CanvasSize{719, 900},
                                         vk::CanvasSize{720, 600}, vk::CanvasSize{1024, 768},
                                         vk::CanvasSize{1920, 1080}));

TEST(Layout, NarrowPutsThePanelBelowTheMap) {
    const auto l = vk::computeLayout({390, 844});
    EXPECT_TRUE(l.narrow);
    EXPECT_DOUBLE_EQ(l.panel.y, l.map.height);
    EXPECT_DOUBLE_EQ(l.panel.width, 390);
}

TEST(Layout, WidePutsThePanelRightOfTheMap) {
    const auto l = vk::computeLayout({1280, 800});
    EXPECT_FALSE(l.narrow);
    EXPECT_DOUBLE_EQ(l.panel.x, l.map.width);
    EXPECT_DOUBLE_EQ(l.panel.height, 800);
    EXPECT_GE(l.panel.width, 360);
}

TEST(WantedHeight, WideIsFixedNarrowGrowsWithContent) {
    EXPECT_DOUBLE_EQ(vk::wantedHeight(1280, 0), vk::wantedHeight(1280, 5000));
    EXPECT_LT(vk::wantedHeight(390, 400), vk::wantedHeight(390, 800));
    EXPECT_LE(vk::wantedHeight(390, 1e6), 520 + 900);
}

}  // namespace

namespace {

// The attribution's text as the UI measures it: about 330 px on one line of 16 px, wrapped.
vk::ScreenSize attributionText(const vk::WidgetLayout& layout) {
    const double wrap = vk::attributionWrapWidthPx(layout);
    const double lines = std::ceil(330 / wrap);
    return {std::min(330.0, wrap), lines * 16};
}

class ControlBoxesTest : public testing::TestWithParam<vk::CanvasSize> {};

TEST_P(ControlBoxesTest, InsideTheMapAndClearOfEachOther) {
    const auto layout = vk::computeLayout(GetParam());
    for (const bool touch : {false, true}) {
        const auto boxes = vk::mapControlBoxes(layout, vk::controlHeightPx(layout, touch), attributionText(layout));
        const auto list = boxes.list();
        EXPECT_EQ(list.size(), layout.narrow ? 2u : 3u);
        for (std::size_t i = 0; i < list.size(); ++i) {
            const auto& r = list[i];
            EXPECT_GE(r.x, 0);
            EXPECT_GE(r.y, 0);
            EXPECT_LE(r.x + r.width, layout.map.width);
            EXPECT_LE(r.y + r.height, layout.map.height);
            for (std::size_t j = i + 1; j < list.size(); ++j) EXPECT_FALSE(r.overlaps(list[j])) << i << " and " << j;
        }
        // A finger-sized button on phones and after a touch.
        EXPECT_GE(boxes.zoom.width, vk::controlHeightPx(layout, touch));
        EXPECT_GE(vk::controlHeightPx(layout, touch), touch || layout.narrow ? 44 : 32);
    }
}

INSTANTIATE_TEST_SUITE_P(PhoneToWide, ControlBoxesTest,
                         testing::Values(vk::CanvasSize{320, 568}, vk::CanvasSize{320, 640}, vk::CanvasSize{360, 740},
                                         vk::CanvasSize{390, 844}, vk::CanvasSize{414, 896}, vk::CanvasSize{600, 900},
                                         vk::CanvasSize{719, 900}, vk::CanvasSize{720, 600}, vk::CanvasSize{800, 600},
                                         vk::CanvasSize{1024, 768}, vk::CanvasSize{1280, 800}, vk::CanvasSize{1920, 1080}));

TEST(ControlBoxes, LegendTopLeftOnWideMapsOnlyZoomBottomRight) {
    const auto wide = vk::computeLayout({1280, 800});
    const auto boxes = vk::mapControlBoxes(wide, 32, {330, 16});
    EXPECT_EQ(boxes.legend, (vk::ScreenRect{12, 12, 214, 3 * 32 + 12 + 20}));
    EXPECT_DOUBLE_EQ(boxes.zoom.x + boxes.zoom.width, wide.map.width - 12);
    EXPECT_DOUBLE_EQ(boxes.zoom.y + boxes.zoom.height, wide.map.height - 34);
    EXPECT_EQ(boxes.attribution, (vk::ScreenRect{8, wide.map.height - 6 - 24, 346, 24}));
    const auto phone = vk::computeLayout({390, 844});
    EXPECT_EQ(vk::mapControlBoxes(phone, 44, {330, 16}).legend.width, 0);
}

TEST(ControlBoxes, ZoomButtonsStandOnAWrappedAttribution) {
    const auto phone = vk::computeLayout({320, 640});
    const auto boxes = vk::mapControlBoxes(phone, 44, {vk::attributionWrapWidthPx(phone), 32});
    EXPECT_LE(boxes.zoom.y + boxes.zoom.height, boxes.attribution.y);
}

}  // namespace
