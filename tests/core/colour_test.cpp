#include "core/colour.hpp"

#include <gtest/gtest.h>

namespace {

using vk::Rgb;

TEST(Colour, ParsesSixHexDigitsWithOrWithoutHash) {
    EXPECT_EQ(vk::parseHexColour("1f5fa8"), (Rgb{0x1f, 0x5f, 0xa8}));
    EXPECT_EQ(vk::parseHexColour("#1F5FA8"), (Rgb{0x1f, 0x5f, 0xa8}));
    EXPECT_EQ(vk::parseHexColour("000000"), (Rgb{0, 0, 0}));
}

TEST(Colour, RefusesAnythingElse) {
    for (const char* bad : {"", "#", "fff", "#fff", "1f5fa", "1f5fa80", "1g5fa8", "red", "#1f5fa8 ", "##1f5fa8", "0x1f5fa8"})
        EXPECT_FALSE(vk::parseHexColour(bad).has_value()) << bad;
}

TEST(Colour, FormatsAsLowerCaseHex) {
    EXPECT_EQ(vk::hexColour({0x1f, 0x5f, 0xa8}), "#1f5fa8");
    EXPECT_EQ(vk::hexColour({0, 0, 0}), "#000000");
    EXPECT_EQ(vk::hexColour({255, 255, 255}), "#ffffff");
}

TEST(Colour, LuminanceFollowsWcag) {
    EXPECT_DOUBLE_EQ(vk::relativeLuminance({0, 0, 0}), 0);
    EXPECT_NEAR(vk::relativeLuminance({255, 255, 255}), 1, 1e-12);
    // Values from the WCAG 2.1 definition: the channel weights.
    EXPECT_NEAR(vk::relativeLuminance({255, 0, 0}), 0.2126, 1e-12);
    EXPECT_NEAR(vk::relativeLuminance({0, 255, 0}), 0.7152, 1e-12);
    EXPECT_NEAR(vk::relativeLuminance({0, 0, 255}), 0.0722, 1e-12);
    // 0x80 is past the linear segment: ((0.502 + 0.055) / 1.055)^2.4.
    EXPECT_NEAR(vk::relativeLuminance({128, 128, 128}), 0.2158605, 1e-6);
}

TEST(Colour, ContrastRatioMatchesKnownFigures) {
    EXPECT_NEAR(vk::contrastRatio({0, 0, 0}, {255, 255, 255}), 21, 1e-9);
    EXPECT_NEAR(vk::contrastRatio({255, 255, 255}, {255, 255, 255}), 1, 1e-12);
    // #767676 on white is the classic lightest grey that passes 4.5:1 (4.54).
    EXPECT_NEAR(vk::contrastRatio({0x76, 0x76, 0x76}, {255, 255, 255}), 4.54, 0.01);
    EXPECT_LT(vk::contrastRatio({0x77, 0x77, 0x77}, {255, 255, 255}), 4.5);
    // Symmetric.
    EXPECT_DOUBLE_EQ(vk::contrastRatio({0x1f, 0x5f, 0xa8}, {0xe8, 0xf0, 0xfa}), vk::contrastRatio({0xe8, 0xf0, 0xfa}, {0x1f, 0x5f, 0xa8}));
}

TEST(Colour, MixIsPaintingAtOpacity) {
    EXPECT_EQ(vk::mix({0, 0, 0}, {255, 255, 255}, 0), (Rgb{0, 0, 0}));
    EXPECT_EQ(vk::mix({0, 0, 0}, {255, 255, 255}, 1), (Rgb{255, 255, 255}));
    EXPECT_EQ(vk::mix({0, 0, 0}, {255, 255, 255}, 0.5), (Rgb{128, 128, 128}));
    EXPECT_EQ(vk::mix({0, 0, 0}, {255, 255, 255}, 7), (Rgb{255, 255, 255}));  // clamped
}

TEST(Colour, HslRoundTripsEveryCorner) {
    for (const Rgb c : {Rgb{0, 0, 0}, Rgb{255, 255, 255}, Rgb{255, 0, 0}, Rgb{0, 255, 0}, Rgb{0, 0, 255}, Rgb{0x1f, 0x5f, 0xa8},
                        Rgb{0xa8, 0x48, 0x14}, Rgb{0x12, 0x34, 0x56}, Rgb{0xfe, 0xdc, 0xba}, Rgb{128, 128, 128}})
        EXPECT_EQ(vk::fromHsl(vk::toHsl(c)), c) << vk::hexColour(c);
}

TEST(Colour, HslOfPureColours) {
    const vk::Hsl red = vk::toHsl({255, 0, 0});
    EXPECT_DOUBLE_EQ(red.hue, 0);
    EXPECT_DOUBLE_EQ(red.saturation, 1);
    EXPECT_DOUBLE_EQ(red.lightness, 0.5);
    EXPECT_DOUBLE_EQ(vk::toHsl({0, 0, 255}).hue, 240);
    EXPECT_DOUBLE_EQ(vk::toHsl({128, 128, 128}).saturation, 0);
    EXPECT_EQ(vk::fromHsl({480, 1, 0.5}), (Rgb{0, 255, 0}));  // hue wraps: 480 = 120
}

}  // namespace
