#include "core/colour.hpp"

#include <algorithm>
#include <cmath>

namespace vk {

namespace {

double linearChannel(std::uint8_t value) {
    const double c = value / 255.0;
    // x^2.4 as e^(2.4 ln x): exp and log are in the wasm anyway (the camera's zoom), pow would add
    // its own code (docs/ARCHITECTURE.md, "Measured choices"); the two differ in the last bits only,
    // far below what a contrast ratio needs.
    return c <= 0.04045 ? c / 12.92 : std::exp(2.4 * std::log((c + 0.055) / 1.055));
}

std::uint8_t toByte(double unit) { return static_cast<std::uint8_t>(std::lround(std::clamp(unit, 0.0, 1.0) * 255)); }

}  // namespace

int hexDigitValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::optional<Rgb> parseHexColour(std::string_view text) {
    if (!text.empty() && text.front() == '#') text.remove_prefix(1);
    if (text.size() != 6) return std::nullopt;
    int v[6];
    for (std::size_t i = 0; i < 6; ++i) {
        v[i] = hexDigitValue(text[i]);
        if (v[i] < 0) return std::nullopt;
    }
    return Rgb{static_cast<std::uint8_t>(v[0] * 16 + v[1]), static_cast<std::uint8_t>(v[2] * 16 + v[3]),
               static_cast<std::uint8_t>(v[4] * 16 + v[5])};
}

std::string hexColour(Rgb colour) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out = "#";
    for (const std::uint8_t c : {colour.r, colour.g, colour.b}) {
        out += digits[c >> 4];
        out += digits[c & 15];
    }
    return out;
}

double relativeLuminance(Rgb colour) {
    return 0.2126 * linearChannel(colour.r) + 0.7152 * linearChannel(colour.g) + 0.0722 * linearChannel(colour.b);
}

double contrastRatio(Rgb a, Rgb b) {
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Rgb mix(Rgb from, Rgb to, double t) {
    t = std::clamp(t, 0.0, 1.0);
    const auto channel = [t](std::uint8_t a, std::uint8_t b) {
        return static_cast<std::uint8_t>(std::lround(a + (b - a) * t));
    };
    return {channel(from.r, to.r), channel(from.g, to.g), channel(from.b, to.b)};
}

Hsl toHsl(Rgb colour) {
    const double r = colour.r / 255.0, g = colour.g / 255.0, b = colour.b / 255.0;
    const double high = std::max({r, g, b}), low = std::min({r, g, b});
    Hsl out;
    out.lightness = (high + low) / 2;
    const double chroma = high - low;
    if (chroma <= 0) return out;
    out.saturation = chroma / (1 - std::abs(2 * out.lightness - 1));
    double hue = 0;
    if (high == r) hue = std::fmod((g - b) / chroma, 6.0);
    else if (high == g) hue = (b - r) / chroma + 2;
    else hue = (r - g) / chroma + 4;
    out.hue = std::fmod(hue * 60 + 360, 360.0);
    return out;
}

Rgb fromHsl(Hsl colour) {
    const double s = std::clamp(colour.saturation, 0.0, 1.0), l = std::clamp(colour.lightness, 0.0, 1.0);
    const double h = std::fmod(std::fmod(colour.hue, 360.0) + 360, 360.0) / 60;
    const double chroma = (1 - std::abs(2 * l - 1)) * s;
    const double x = chroma * (1 - std::abs(std::fmod(h, 2.0) - 1));
    double r = 0, g = 0, b = 0;
    if (h < 1) r = chroma, g = x;
    else if (h < 2) r = x, g = chroma;
    else if (h < 3) g = chroma, b = x;
    else if (h < 4) g = x, b = chroma;
    else if (h < 5) r = x, b = chroma;
    else r = chroma, b = x;
    const double m = l - chroma / 2;
    return {toByte(r + m), toByte(g + m), toByte(b + m)};
}

}  // namespace vk
