// The widget's look in Dear ImGui: the palette of the current theme (core/palette.hpp), the
// Inter fonts, and small drawing helpers shared by the panels. Knows core and ImGui; never GL or
// Emscripten.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "core/map_scene.hpp"
#include "core/palette.hpp"
#include "imgui.h"

namespace vk::ui {

// The current palette (core/palette.hpp) as ImU32 (ABGR), for drawing. Like ImGui's own style
// these are the look of the one widget on the page: usePalette() sets them when the theme or the
// accent changes, and nothing else writes them. Figures and the AA check live in core.
namespace colour {
inline ImU32 text, muted, panel, panelAlt, rule, chip;
inline ImU32 left, leftTint, leftHover, right, rightTint, shared, sharedTint, openedTint, comparisonTint;
inline ImU32 marker, markerEdge, focus, highlight;
inline constexpr ImU32 shadow = IM_COL32(0x10, 0x18, 0x28, 0x30);
}  // namespace colour

struct Fonts {
    ImFont* body = nullptr;     // 15 px regular
    ImFont* bodyBold = nullptr;  // 15 px semibold
    ImFont* small = nullptr;    // 13 px regular
    ImFont* smallBold = nullptr;  // 13 px semibold
    ImFont* title = nullptr;    // 22 px semibold
};

// Builds the font atlas from the two Inter faces (OTF bytes, kept alive by the caller) rasterised
// at pixelRatio so text stays sharp on high-DPI screens; ImGui keeps working in CSS pixels.
Fonts loadFonts(std::span<const std::uint8_t> regular, std::span<const std::uint8_t> semibold, float pixelRatio);

// Measures text as ImGui::CalcTextSize does, in the one of fonts with the style's size and weight:
// the core's map scene measures its labels and the attribution with it (as a TextMeasure). Needs
// the current ImGui context (its FontGlobalScale).
struct FontMeasure {
    Fonts fonts;
    ScreenSize operator()(std::string_view text, TextStyle style, double wrapWidthPx) const;
};

// The widget's ImGui style: no borders or title bars, soft rounding, the palette's colours.
void applyStyle();

// Makes palette the current one (colour:: and ImGui's style colours).
void usePalette(const Palette& palette);

// Draws a rounded "chip" (a small label with a background) at the cursor and advances it on the
// same line; wraps to the next line when it would not fit.
void chip(const std::string& text, ImU32 background, ImU32 foreground, bool outlined = false);

// What paragraph() remembers from one frame to the next: each text's size for its font and width.
// Wrapping long text is the costliest part of a frame, so a paragraph scrolled out of sight only
// takes up the space it took last time. Owned by the caller (ui::UiMemory).
struct ParagraphSizes {
    struct Measured {
        float width;  // the column's width it was measured at
        ImVec2 size;
    };
    // By a hash of text and font, sorted by it: a sorted vector, whose code is smaller in the
    // download than a hash table's (docs/ARCHITECTURE.md, "Measured choices").
    std::vector<std::pair<std::size_t, Measured>> measured;
};

// Wrapped text in a font and colour, to the right edge of the current column.
void paragraph(ParagraphSizes& sizes, const std::string& text, ImFont* font, ImU32 textColour = colour::text);

// A flat text button; returns true when clicked. Its minimum height is heightPx.
bool flatButton(const char* label, float heightPx, bool primary = false);

}  // namespace vk::ui
