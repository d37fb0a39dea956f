// sRGB colours as data, and the WCAG 2.1 arithmetic on them: relative luminance, contrast ratio,
// alpha compositing, and lightness changes in HSL. std only: never include GL, ImGui or
// Emscripten here.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace vk {

// An opaque sRGB colour, 8 bits per channel.
struct Rgb {
    std::uint8_t r = 0, g = 0, b = 0;
    friend bool operator==(const Rgb&, const Rgb&) = default;
};

// The value of one hex digit (0-9, a-f, A-F), or -1.
int hexDigitValue(char c);

// "1f5fa8" or "#1f5fa8" (six hex digits, either case) -> the colour; nullopt for anything else.
std::optional<Rgb> parseHexColour(std::string_view text);

// "#1f5fa8" (lower case).
std::string hexColour(Rgb colour);

// WCAG 2.1 relative luminance, 0 (black) to 1 (white).
double relativeLuminance(Rgb colour);

// WCAG 2.1 contrast ratio, 1 (same luminance) to 21 (black on white); symmetric.
double contrastRatio(Rgb a, Rgb b);

// from + (to - from) * t per channel, t in [0, 1] (clamped): t = 0 gives from. Painting `to` at
// opacity t over `from` gives the same colour.
Rgb mix(Rgb from, Rgb to, double t);

// Hue in degrees [0, 360), saturation and lightness in [0, 1].
struct Hsl {
    double hue = 0, saturation = 0, lightness = 0;
};
Hsl toHsl(Rgb colour);
Rgb fromHsl(Hsl colour);  // out-of-range values are clamped (hue wraps)

}  // namespace vk
