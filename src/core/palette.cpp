#include "core/palette.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace vk {

namespace {

constexpr Rgb hex(std::uint32_t v) {
    return {static_cast<std::uint8_t>(v >> 16), static_cast<std::uint8_t>((v >> 8) & 0xff), static_cast<std::uint8_t>(v & 0xff)};
}

// A calm light look that sits on a news page. Figures: contrast on the panel (white).
const Palette lightPalette{
    .text = hex(0x1d2430),   // 15.6:1
    .muted = hex(0x535d6b),  // 6.7:1
    .panel = hex(0xffffff),
    .panelAlt = hex(0xf4f6f8),
    .rule = hex(0xd9dee4),
    .chip = hex(0xeef1f4),
    .left = hex(0x1f5fa8),  // blue, 6.4:1
    .leftTint = hex(0xe8f0fa),
    .leftHover = hex(0x174a86),
    .right = hex(0xa84814),  // rust, 5.8:1
    .rightTint = hex(0xfaeee6),
    .shared = hex(0x1b6b45),  // green, 6.5:1
    .sharedTint = hex(0xdff2e7),
    .openedTint = hex(0xfdf3dc),
    .comparisonTint = hex(0xf1f8f4),
    .sea = hex(0xcce0ed),
    .neighbours = hex(0xededeb),
    .norway = hex(0xfffcf7),
    .borders = hex(0xc7c9cc),
    .coast = hex(0x8c9ead),
    .marker = hex(0x1d3b5c),
    .markerEdge = hex(0xffffff),
    .focus = hex(0xa35f00),  // dark amber: 3.7:1 even on the sea
    .highlight = hex(0xf2b134),
};

// The same roles for readers in dark mode: light text on blue-grey panels, a dark map with Norway
// lifted from sea and neighbours, light markers. Figures: contrast on the panel (#161b22).
const Palette darkPalette{
    .text = hex(0xe6e9ee),   // 14.2:1
    .muted = hex(0xa3adba),  // 7.6:1
    .panel = hex(0x161b22),
    .panelAlt = hex(0x1f2630),
    .rule = hex(0x38414d),
    .chip = hex(0x262e39),
    .left = hex(0x7ab3f2),  // 7.9:1
    .leftTint = hex(0x1c2d44),
    .leftHover = hex(0x9cc6f5),
    .right = hex(0xf29a6b),  // 7.9:1
    .rightTint = hex(0x3a2519),
    .shared = hex(0x6fd3a0),  // 9.5:1
    .sharedTint = hex(0x163325),
    .openedTint = hex(0x3a3120),
    .comparisonTint = hex(0x15241c),
    .sea = hex(0x0b1a28),
    .neighbours = hex(0x23272e),
    .norway = hex(0x353d49),
    .borders = hex(0x4a525d),
    .coast = hex(0x5c6b7a),
    .marker = hex(0xb8d3f2),
    .markerEdge = hex(0x161b22),
    .focus = hex(0xffb23e),
    .highlight = hex(0xc98a1e),
};

}  // namespace

std::optional<ColourScheme> parseScheme(std::string_view id) {
    if (id == "light") return ColourScheme::Light;
    if (id == "dark") return ColourScheme::Dark;
    return std::nullopt;
}

const char* schemeId(ColourScheme scheme) { return scheme == ColourScheme::Dark ? "dark" : "light"; }

const Palette& basePalette(ColourScheme scheme) { return scheme == ColourScheme::Dark ? darkPalette : lightPalette; }

std::vector<ContrastPair> contrastPairs(const Palette& p) {
    std::vector<ContrastPair> pairs;
    const auto add = [&](std::string what, Rgb fg, Rgb bg, double minimum) { pairs.push_back({std::move(what), fg, bg, minimum}); };
    // Text on every surface of the panel, the tooltip and the filter buttons.
    const std::pair<const char*, Rgb> surfaces[] = {
        {"panel", p.panel},           {"panelAlt", p.panelAlt},     {"chip", p.chip},
        {"leftTint", p.leftTint},     {"rightTint", p.rightTint},   {"sharedTint", p.sharedTint},
        {"openedTint", p.openedTint}, {"comparisonTint", p.comparisonTint},
    };
    const std::pair<const char*, Rgb> inks[] = {
        {"text", p.text}, {"muted", p.muted}, {"left", p.left}, {"right", p.right}, {"shared", p.shared},
    };
    for (const auto& [inkName, ink] : inks)
        for (const auto& [surfaceName, surface] : surfaces)
            add(std::string(inkName) + " on " + surfaceName, ink, surface, textContrast);
    // Primary buttons and the hint over the map: the panel's colour as text on a strong colour.
    add("panel on left (primary button)", p.panel, p.left, textContrast);
    add("panel on leftHover (primary button, hovered)", p.panel, p.leftHover, textContrast);
    add("panel on text (hint over the map)", p.panel, p.text, textContrast);
    // Over the map: labels and the attribution on their half-opaque backgrounds, markers and the
    // focus ring on the map itself.
    const std::pair<const char*, Rgb> grounds[] = {{"sea", p.sea}, {"neighbours", p.neighbours}, {"norway", p.norway}};
    for (const auto& [groundName, ground] : grounds) {
        const Rgb label = mix(ground, p.panel, labelBackgroundAlpha);
        for (const auto& [inkName, ink] : inks)
            add(std::string(inkName) + " on a label over " + groundName, ink, label, textContrast);
        add(std::string("muted on the attribution over ") + groundName, p.muted, mix(ground, p.panel, attributionBackgroundAlpha),
            textContrast);
        for (const auto& [markName, mark] : {std::pair{"marker", p.marker}, std::pair{"left", p.left}, std::pair{"right", p.right},
                                             std::pair{"focus", p.focus}})
            add(std::string(markName) + " on " + groundName, mark, ground, componentContrast);
    }
    add("focus on panel", p.focus, p.panel, componentContrast);
    add("left on panel (selected filter outline)", p.left, p.panel, componentContrast);
    return pairs;
}

std::vector<ContrastPair> failingPairs(const Palette& palette) {
    std::vector<ContrastPair> failing;
    for (auto& pair : contrastPairs(palette))
        if (contrastRatio(pair.foreground, pair.background) < pair.minimum) failing.push_back(std::move(pair));
    return failing;
}

namespace {

// Hue distance in degrees, 0 to 180.
double hueDistance(Rgb a, Rgb b) {
    const double d = std::abs(toHsl(a).hue - toHsl(b).hue);
    return std::min(d, 360 - d);
}

Palette withAccent(ColourScheme scheme, Rgb accent) {
    Palette p = basePalette(scheme);
    // The second nominee must stay told apart from the first: an accent near its rust takes the
    // palette's own blue for the second instead.
    if (toHsl(accent).saturation > 0.2 && hueDistance(accent, p.right) < accentRightMinHueDegrees) {
        p.right = p.left;
        p.rightTint = p.leftTint;
    }
    p.left = accent;
    p.focus = accent;
    p.leftTint = mix(p.panel, accent, scheme == ColourScheme::Dark ? 0.16 : 0.1);
    p.leftHover = mix(accent, p.text, 0.2);
    return p;
}

}  // namespace

AccentedPalette applyAccent(ColourScheme scheme, Rgb accent) {
    Hsl hsl = toHsl(accent);
    const double step = scheme == ColourScheme::Dark ? 0.01 : -0.01;
    // Each step moves the accent away from the panel's lightness; at black (light theme) or white
    // (dark theme) every pair passes, so the loop always ends.
    for (int i = 0; i <= 100; ++i) {
        const Rgb candidate = i == 0 ? accent : fromHsl(hsl);
        Palette p = withAccent(scheme, candidate);
        if (failingPairs(p).empty()) return {p, accent, candidate};
        hsl.lightness += step;
    }
    const Rgb extreme = scheme == ColourScheme::Dark ? Rgb{255, 255, 255} : Rgb{0, 0, 0};
    return {withAccent(scheme, extreme), accent, extreme};
}

Palette paletteFor(ColourScheme scheme, const std::optional<Rgb>& accent) {
    return accent ? applyAccent(scheme, *accent).palette : basePalette(scheme);
}

std::string accentNote(ColourScheme scheme, const AccentedPalette& accented) {
    if (!accented.adjusted()) return "";
    return "accent " + hexColour(accented.requested) + " adjusted to " + hexColour(accented.used) + " for AA contrast on the " +
           schemeId(scheme) + " theme";
}

}  // namespace vk
