#include "core/decimal.hpp"

#include <cstdint>

namespace vk {
namespace {

// 10^0 ... 10^22: every one is exactly a double (5^22 < 2^53).
constexpr double exactPowersOfTen[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                       1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                       1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
constexpr int maxExactPower = 22;
constexpr std::uint64_t maxExactMantissa = std::uint64_t{1} << 53;
constexpr int maxMantissaDigits = 19;  // 10^19 - 1 < 2^64

}  // namespace

DecimalRead readDecimal(std::string_view text) {
    std::size_t at = 0;
    const bool negative = at < text.size() && text[at] == '-';
    if (at < text.size() && (text[at] == '-' || text[at] == '+')) ++at;

    std::uint64_t mantissa = 0;
    int digits = 0;          // significant digits kept in mantissa
    bool dropped = false;    // a non-zero digit did not fit in mantissa
    long long exponent = 0;  // power of ten to apply to mantissa
    std::size_t mantissaDigits = 0;
    const auto take = [&](char c, bool fraction) {
        ++mantissaDigits;
        if (digits == 0 && c == '0') {
            if (fraction) --exponent;  // leading zeros after the point only scale
            return;
        }
        if (digits < maxMantissaDigits) {
            mantissa = mantissa * 10 + static_cast<std::uint64_t>(c - '0');
            ++digits;
            if (fraction) --exponent;
        } else {
            dropped = dropped || c != '0';
            if (!fraction) ++exponent;
        }
    };
    while (at < text.size() && isDigit(text[at])) take(text[at++], false);
    if (at < text.size() && text[at] == '.') {
        std::size_t after = at + 1;
        while (after < text.size() && isDigit(text[after])) take(text[after++], true);
        if (mantissaDigits > 0) at = after;
    }
    if (mantissaDigits == 0) return {};

    if (at < text.size() && (text[at] == 'e' || text[at] == 'E')) {
        std::size_t after = at + 1;
        const bool negativeExponent = after < text.size() && text[after] == '-';
        if (after < text.size() && (text[after] == '-' || text[after] == '+')) ++after;
        if (after < text.size() && isDigit(text[after])) {
            long long written = 0;
            for (; after < text.size() && isDigit(text[after]); ++after) {
                if (written < 100'000) written = written * 10 + (text[after] - '0');  // past any double
            }
            exponent += negativeExponent ? -written : written;
            at = after;
        }
    }

    DecimalRead read;
    read.length = at;
    if (mantissa == 0 && !dropped) {
        read.value = negative ? -0.0 : 0.0;
        read.exact = true;
    } else if (!dropped && mantissa <= maxExactMantissa && exponent >= -maxExactPower && exponent <= maxExactPower) {
        const double m = static_cast<double>(mantissa);
        const double magnitude = exponent >= 0 ? m * exactPowersOfTen[exponent] : m / exactPowersOfTen[-exponent];
        read.value = negative ? -magnitude : magnitude;
        read.exact = true;
    }
    return read;
}

}  // namespace vk
