// The widget's colours as data: one palette per theme (light, dark), the host's accent colour
// folded in at AA contrast, and the list of every foreground/background pair the UI draws, so a
// unit test can hold each to WCAG 2.1 AA. std only: never include GL, ImGui or Emscripten here;
// src/ui and src/render turn these colours into their own types.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/colour.hpp"

namespace vk {

enum class ColourScheme { Light, Dark };

// "light" / "dark"; nullopt for anything else.
std::optional<ColourScheme> parseScheme(std::string_view id);
const char* schemeId(ColourScheme scheme);

struct Palette {
    // Panels and text
    Rgb text, muted, panel, panelAlt, rule, chip;
    // Selection: the first selected nominee (and primary buttons, links) and the second
    Rgb left, leftTint, leftHover, right, rightTint;
    Rgb shared, sharedTint;  // a theme both compared nominees share
    Rgb openedTint;          // an initiative opened from the theme matrix
    Rgb comparisonTint;      // the box around the shared themes
    // Map (drawn by src/render) and what sits on it
    Rgb sea, neighbours, norway, borders, coast;
    Rgb marker, markerEdge, focus, highlight;
    friend bool operator==(const Palette&, const Palette&) = default;
};

// Opacity of a label's background over the map, and of the attribution's (ui/map_overlay.cpp).
inline constexpr double labelBackgroundAlpha = 0.86;
inline constexpr double attributionBackgroundAlpha = 0.8;

const Palette& basePalette(ColourScheme scheme);

// One colour drawn on another, and the WCAG 2.1 AA ratio it needs: 4.5 for text, 3 for UI
// components and markers.
struct ContrastPair {
    std::string what;  // "text on panel", for messages
    Rgb foreground;
    Rgb background;
    double minimum;
};
inline constexpr double textContrast = 4.5;
inline constexpr double componentContrast = 3.0;

// Every pair the UI draws with this palette (panels, chips, labels over each map colour, markers
// on the map, focus rings).
std::vector<ContrastPair> contrastPairs(const Palette& palette);

// The pairs that fall short of their minimum (none for a usable palette).
std::vector<ContrastPair> failingPairs(const Palette& palette);

// The palette with a host's brand colour for selection, links and focus. When the colour as given
// breaks a pair, its HSL lightness moves (darker on the light theme, lighter on the dark one) in
// small steps until every pair passes; hue and saturation stay.
struct AccentedPalette {
    Palette palette;
    Rgb requested;
    Rgb used;  // == requested unless adjusted
    bool adjusted() const { return !(used == requested); }
};
// An accent whose hue lies closer than this to the second nominee's colour (rust) swaps that
// colour for the palette's blue, so the two selected nominees never look alike.
inline constexpr double accentRightMinHueDegrees = 45;
AccentedPalette applyAccent(ColourScheme scheme, Rgb accent);

// The palette for a theme and an optional accent.
Palette paletteFor(ColourScheme scheme, const std::optional<Rgb>& accent);

// For the console: `accent #ffd400 adjusted to #7a6500 for AA contrast on the light theme`; "" when
// not adjusted.
std::string accentNote(ColourScheme scheme, const AccentedPalette& accented);

}  // namespace vk
