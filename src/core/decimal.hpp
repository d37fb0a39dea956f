#pragma once
// Reading a decimal number without the C library's scanner. musl's strtod works in 128-bit long
// double, which the wasm emulates in software: with sscanf, that scanner was 20 KB of the widget's
// code (issue 8). Almost every number the widget reads (coordinates, populations, areas, years)
// has at most 15 significant digits and a small exponent; for those one IEEE multiplication or
// division of two exact doubles gives the correctly rounded value (Clinger's fast path). The rest
// the caller hands to a reader that is always exact (in the wasm: JavaScript's Number).
#include <cstddef>
#include <string_view>

namespace vk {

constexpr bool isDigit(char c) { return c >= '0' && c <= '9'; }  // ASCII only, whatever the locale

struct DecimalRead {
    std::size_t length = 0;  // characters that form the number (0: none, as for "abc" or "-")
    double value = 0;        // the value, when `exact`
    bool exact = false;      // value is the correctly rounded double of those characters
};

// Reads the longest prefix of `text` of the form [+-]digits[.digits][(e|E)[+-]digits], as strtod
// does (it also reads ".5" and "5."); no leading blanks, no hexadecimal, no inf or nan.
DecimalRead readDecimal(std::string_view text);

}  // namespace vk
