// Small facts about text that every layer's readers share: ASCII digits, calendar dates, and a
// number written for whoever edits a file. std and nlohmann-json only.
#pragma once

#include <string>
#include <string_view>

namespace vk {

constexpr bool isDigit(char c) { return c >= '0' && c <= '9'; }  // ASCII only, whatever the locale

// True for a real calendar day written as YYYY-MM-DD: "2024-02-29" but not "2025-02-29" or "2025-3-17".
bool isIsoDate(std::string_view text);

// The value of text[from, from + count), all ASCII digits (count at most 9).
int digitsValue(std::string_view text, std::size_t from, std::size_t count);

// A number in a message for whoever edits the data, in no language: the shortest decimal that
// reads back as the same double (nlohmann-json's), never in exponent form: 57, 0.5, 59.8331.
std::string formatNumber(double value);

}  // namespace vk
