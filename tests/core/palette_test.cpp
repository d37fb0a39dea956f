#include "core/palette.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <regex>
#include <sstream>

namespace {

using vk::Rgb;
using vk::ColourScheme;

std::string describe(const std::vector<vk::ContrastPair>& pairs) {
    std::string out;
    for (const auto& p : pairs) {
        char ratio[32];
        std::snprintf(ratio, sizeof ratio, "%.2f", vk::contrastRatio(p.foreground, p.background));
        out += p.what + " " + vk::hexColour(p.foreground) + " on " + vk::hexColour(p.background) + ": " + ratio + " < " +
               std::to_string(p.minimum) + "\n";
    }
    return out;
}

class PaletteTest : public testing::TestWithParam<ColourScheme> {};

TEST_P(PaletteTest, EveryPairTheUiDrawsMeetsAA) {
    const auto& palette = vk::basePalette(GetParam());
    EXPECT_GT(vk::contrastPairs(palette).size(), 60u);
    EXPECT_EQ(describe(vk::failingPairs(palette)), "");
}

TEST_P(PaletteTest, NorwayStandsOutFromSeaAndNeighbours) {
    const auto& p = vk::basePalette(GetParam());
    EXPECT_GT(vk::contrastRatio(p.norway, p.sea), 1.3);
    EXPECT_GT(vk::contrastRatio(p.norway, p.neighbours), 1.08);
}

TEST_P(PaletteTest, PrintsItsContrastFigures) {
    // Not an assertion: the figures the issue asks for, in the test log.
    const auto& p = vk::basePalette(GetParam());
    double lowest = 21;
    std::string lowestWhat;
    for (const auto& pair : vk::contrastPairs(p)) {
        const double ratio = vk::contrastRatio(pair.foreground, pair.background) / pair.minimum;
        if (ratio < lowest) lowest = ratio, lowestWhat = pair.what;
    }
    std::printf("%s: text on panel %.2f, muted on panel %.2f, left on panel %.2f, right on panel %.2f, marker on sea %.2f; "
                "closest to its minimum: %s\n",
                vk::schemeId(GetParam()), vk::contrastRatio(p.text, p.panel), vk::contrastRatio(p.muted, p.panel),
                vk::contrastRatio(p.left, p.panel), vk::contrastRatio(p.right, p.panel), vk::contrastRatio(p.marker, p.sea),
                lowestWhat.c_str());
    EXPECT_GT(lowest, 1.0);
}

INSTANTIATE_TEST_SUITE_P(BothThemes, PaletteTest, testing::Values(ColourScheme::Light, ColourScheme::Dark),
                         [](const auto& param) { return std::string(vk::schemeId(param.param)); });

TEST(Palette, ThemeIdsRoundTrip) {
    EXPECT_EQ(vk::parseScheme("light"), ColourScheme::Light);
    EXPECT_EQ(vk::parseScheme("dark"), ColourScheme::Dark);
    EXPECT_FALSE(vk::parseScheme("Dark").has_value());
    EXPECT_FALSE(vk::parseScheme("").has_value());
    EXPECT_STREQ(vk::schemeId(ColourScheme::Dark), "dark");
    EXPECT_STREQ(vk::schemeId(ColourScheme::Light), "light");
}

TEST(Palette, AnAccentThatPassesIsUsedAsGiven) {
    const Rgb navy{0x00, 0x2f, 0x6c};
    const auto accented = vk::applyAccent(ColourScheme::Light, navy);
    EXPECT_FALSE(accented.adjusted());
    EXPECT_EQ(accented.palette.left, navy);
    EXPECT_EQ(accented.palette.focus, navy);
    EXPECT_EQ(vk::accentNote(ColourScheme::Light, accented), "");
}

TEST(Palette, ALightAccentIsDarkenedOnTheLightThemeAndSaysSo) {
    const Rgb yellow{0xff, 0xd4, 0x00};
    const auto accented = vk::applyAccent(ColourScheme::Light, yellow);
    ASSERT_TRUE(accented.adjusted());
    EXPECT_LT(vk::relativeLuminance(accented.used), vk::relativeLuminance(yellow));
    EXPECT_EQ(describe(vk::failingPairs(accented.palette)), "");
    EXPECT_NEAR(vk::toHsl(accented.used).hue, vk::toHsl(yellow).hue, 2.0);  // still yellow in hue
    EXPECT_EQ(vk::accentNote(ColourScheme::Light, accented),
              "accent #ffd400 adjusted to " + vk::hexColour(accented.used) + " for AA contrast on the light theme");
}

TEST(Palette, ADarkAccentIsLightenedOnTheDarkTheme) {
    const Rgb navy{0x00, 0x2f, 0x6c};
    const auto accented = vk::applyAccent(ColourScheme::Dark, navy);
    ASSERT_TRUE(accented.adjusted());
    EXPECT_GT(vk::relativeLuminance(accented.used), vk::relativeLuminance(navy));
    EXPECT_EQ(describe(vk::failingPairs(accented.palette)), "");
    EXPECT_NE(vk::accentNote(ColourScheme::Dark, accented).find("on the dark theme"), std::string::npos);
}

TEST(Palette, EveryAccentEndsAtAA) {
    // A coarse sweep of the colour cube, both themes: whatever a host asks for, the result passes.
    for (int r = 0; r < 256; r += 51)
        for (int g = 0; g < 256; g += 51)
            for (int b = 0; b < 256; b += 51)
                for (const ColourScheme theme : {ColourScheme::Light, ColourScheme::Dark}) {
                    const Rgb accent{static_cast<std::uint8_t>(r), static_cast<std::uint8_t>(g), static_cast<std::uint8_t>(b)};
                    const auto accented = vk::applyAccent(theme, accent);
                    EXPECT_EQ(describe(vk::failingPairs(accented.palette)), "") << vk::hexColour(accent) << " " << vk::schemeId(theme);
                }
}

TEST(Palette, AWarmAccentMovesTheSecondNomineeToBlue) {
    for (const ColourScheme scheme : {ColourScheme::Light, ColourScheme::Dark}) {
        const auto& base = vk::basePalette(scheme);
        const auto red = vk::applyAccent(scheme, {0xe3, 0x00, 0x1b}).palette;  // a red brand colour
        EXPECT_EQ(red.right, base.left) << vk::schemeId(scheme);
        EXPECT_EQ(red.rightTint, base.leftTint) << vk::schemeId(scheme);
        const auto navy = vk::applyAccent(scheme, {0x00, 0x2f, 0x6c}).palette;  // far from rust: unchanged
        EXPECT_EQ(navy.right, base.right) << vk::schemeId(scheme);
    }
}

TEST(Palette, PaletteForWithoutAccentIsTheBase) {
    EXPECT_EQ(vk::paletteFor(ColourScheme::Dark, std::nullopt), vk::basePalette(ColourScheme::Dark));
    EXPECT_EQ(vk::paletteFor(ColourScheme::Light, Rgb{0xff, 0xd4, 0x00}).left, vk::applyAccent(ColourScheme::Light, {0xff, 0xd4, 0x00}).used);
}

// The page's stylesheet (web/widget.css) repeats the panel colours for the text version; it must
// say the same as the palette, in both themes.
TEST(Palette, WidgetCssAgreesWithThePalette) {
    std::ifstream file(std::string(VK_SOURCE_DIR) + "/web/widget.css");
    ASSERT_TRUE(file) << "web/widget.css";
    std::stringstream buffer;
    buffer << file.rdbuf();
    const std::string css = buffer.str();
    const auto darkStart = css.find("[data-theme=\"dark\"]");
    ASSERT_NE(darkStart, std::string::npos);
    const std::string light = css.substr(0, darkStart), dark = css.substr(darkStart);
    const auto value = [](const std::string& block, const std::string& name) {
        std::smatch m;
        const std::regex pattern("--vk-" + name + ":\\s*(#[0-9a-fA-F]{6})");
        return std::regex_search(block, m, pattern) ? m[1].str() : std::string("(missing)");
    };
    for (const auto& [theme, block] : {std::pair{ColourScheme::Light, light}, std::pair{ColourScheme::Dark, dark}}) {
        const auto& p = vk::basePalette(theme);
        EXPECT_EQ(value(block, "text"), vk::hexColour(p.text)) << vk::schemeId(theme);
        EXPECT_EQ(value(block, "muted"), vk::hexColour(p.muted)) << vk::schemeId(theme);
        EXPECT_EQ(value(block, "bg"), vk::hexColour(p.panel)) << vk::schemeId(theme);
        EXPECT_EQ(value(block, "accent"), vk::hexColour(p.left)) << vk::schemeId(theme);
        EXPECT_EQ(value(block, "accent-tint"), vk::hexColour(p.leftTint)) << vk::schemeId(theme);
        EXPECT_EQ(value(block, "focus"), vk::hexColour(p.focus)) << vk::schemeId(theme);
        EXPECT_EQ(value(block, "shared"), vk::hexColour(p.shared)) << vk::schemeId(theme);
    }
}

}  // namespace
