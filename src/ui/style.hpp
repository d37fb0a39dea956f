// The widget's look in Dear ImGui: a calm, light palette that sits on a news page, the Inter
// fonts, and small drawing helpers shared by the panels. Knows core and ImGui; never GL or
// Emscripten.
#pragma once

#include <cstdint>
#include <span>
#include <string>

#include "imgui.h"

namespace vk::ui {

// Colours as ImU32 (ABGR). Text colours reach WCAG AA (4.5:1) on white and on the panel.
namespace colour {
inline constexpr ImU32 text = IM_COL32(0x1d, 0x24, 0x30, 0xff);       // 15.6:1 on white
inline constexpr ImU32 muted = IM_COL32(0x53, 0x5d, 0x6b, 0xff);      // 6.6:1 on white
inline constexpr ImU32 panel = IM_COL32(0xff, 0xff, 0xff, 0xff);
inline constexpr ImU32 panelAlt = IM_COL32(0xf4, 0xf6, 0xf8, 0xff);
inline constexpr ImU32 rule = IM_COL32(0xd9, 0xde, 0xe4, 0xff);
inline constexpr ImU32 marker = IM_COL32(0x1d, 0x3b, 0x5c, 0xff);      // nominee marker
inline constexpr ImU32 markerEdge = IM_COL32(0xff, 0xff, 0xff, 0xff);
inline constexpr ImU32 left = IM_COL32(0x1f, 0x5f, 0xa8, 0xff);        // first selected (blue), 6.1:1
inline constexpr ImU32 right = IM_COL32(0xa8, 0x48, 0x14, 0xff);       // second selected (rust), 6.2:1
inline constexpr ImU32 leftTint = IM_COL32(0xe8, 0xf0, 0xfa, 0xff);
inline constexpr ImU32 rightTint = IM_COL32(0xfa, 0xee, 0xe6, 0xff);
inline constexpr ImU32 shared = IM_COL32(0x1b, 0x6b, 0x45, 0xff);      // shared theme text, 6.5:1 on its tint
inline constexpr ImU32 sharedTint = IM_COL32(0xdf, 0xf2, 0xe7, 0xff);
inline constexpr ImU32 chip = IM_COL32(0xee, 0xf1, 0xf4, 0xff);
inline constexpr ImU32 focus = IM_COL32(0xe0, 0x8a, 0x00, 0xff);      // keyboard focus ring
inline constexpr ImU32 highlight = IM_COL32(0xf2, 0xb1, 0x34, 0xff);  // theme picked in the matrix
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

// The widget's ImGui style: no borders or title bars, soft rounding, light colours.
void applyStyle();

// Draws a rounded "chip" (a small label with a background) at the cursor and advances it on the
// same line; wraps to the next line when it would not fit.
void chip(const std::string& text, ImU32 background, ImU32 foreground, bool outlined = false);

// Wrapped text in a font and colour, to the right edge of the current column.
void paragraph(const std::string& text, ImFont* font, ImU32 textColour = colour::text);

// A flat text button; returns true when clicked. Its minimum height is heightPx.
bool flatButton(const char* label, float heightPx, bool primary = false);

}  // namespace vk::ui
