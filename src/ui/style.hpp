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

// A palette (core/palette.hpp) as ImU32 (ABGR), for drawing: made once per theme and accent
// (coloursOf) and handed to every frame in FrameInput. Figures and the AA check live in core.
struct Colours {
    ImU32 text = 0, muted = 0, panel = 0, panelAlt = 0, rule = 0, chip = 0;
    ImU32 left = 0, leftTint = 0, leftHover = 0, right = 0, rightTint = 0, shared = 0, sharedTint = 0,
          openedTint = 0, comparisonTint = 0;
    ImU32 marker = 0, markerEdge = 0, focus = 0, highlight = 0;
};
Colours coloursOf(const Palette& palette);

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

// Makes palette ImGui's style colours (ImGui keeps its style in its context, for the one widget on
// the page); the frame's own drawing takes coloursOf(palette) through FrameInput.
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
void paragraph(ParagraphSizes& sizes, const std::string& text, ImFont* font, ImU32 textColour);

// A flat text button; returns true when clicked. Its minimum height is heightPx.
bool flatButton(const char* label, float heightPx, const Colours& colour, bool primary = false);

}  // namespace vk::ui
