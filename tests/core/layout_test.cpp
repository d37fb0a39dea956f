#include "core/layout.hpp"

#include <gtest/gtest.h>

namespace {

class LayoutTest : public testing::TestWithParam<vk::ScreenSize> {};

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
                         testing::Values(vk::ScreenSize{320, 700}, vk::ScreenSize{390, 844}, vk::ScreenSize{719, 900},
                                         vk::ScreenSize{720, 600}, vk::ScreenSize{1024, 768},
                                         vk::ScreenSize{1920, 1080}));

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
