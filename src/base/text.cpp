#include "base/text.hpp"

#include <array>
#include <cmath>
#include <cstdlib>

#include "base/json_io.hpp"

namespace vk {

int digitsValue(std::string_view text, std::size_t from, std::size_t count) {
    int value = 0;
    for (std::size_t i = from; i < from + count; ++i) value = value * 10 + (text[i] - '0');
    return value;
}

bool isIsoDate(std::string_view text) {
    if (text.size() != 10) return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i == 4 || i == 7 ? text[i] != '-' : !isDigit(text[i])) return false;
    }
    const int year = digitsValue(text, 0, 4), month = digitsValue(text, 5, 2), day = digitsValue(text, 8, 2);
    if (month < 1 || month > 12 || day < 1) return false;
    static constexpr std::array<int, 12> daysIn = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= daysIn[static_cast<std::size_t>(month - 1)] + (month == 2 && leap ? 1 : 0);
}

std::string formatNumber(double value) {
    if (!std::isfinite(value)) return value > 0 ? "inf" : value < 0 ? "-inf" : "nan";
    // nlohmann writes the shortest digits that read back ("57.0", "1e-07", "1.5e+20"); here they
    // are written out in plain decimals.
    const std::string shortest = dumpJson(Json(std::fabs(value)));
    const std::size_t e = shortest.find('e');
    const std::string mantissa = shortest.substr(0, e);
    const int exponent = e == std::string::npos ? 0 : std::atoi(shortest.c_str() + e + 1);
    const std::size_t point = mantissa.find('.');
    std::string digits = mantissa.substr(0, point) + (point == std::string::npos ? "" : mantissa.substr(point + 1));
    int pointAt = static_cast<int>(point == std::string::npos ? mantissa.size() : point) + exponent;
    // Leading zeros ("0.5" -> "05") move the point; trailing zeros after it are not written.
    while (digits.size() > 1 && digits.front() == '0') {
        digits.erase(0, 1);
        --pointAt;
    }
    while (digits.size() > 1 && digits.back() == '0' && static_cast<int>(digits.size()) > pointAt) digits.pop_back();
    std::string out = value < 0 ? "-" : "";
    const int length = static_cast<int>(digits.size());
    if (digits == "0") {
        out = "0";
    } else if (pointAt <= 0) {
        out += "0." + std::string(static_cast<std::size_t>(-pointAt), '0') + digits;
    } else if (pointAt >= length) {
        out += digits + std::string(static_cast<std::size_t>(pointAt - length), '0');
    } else {
        out += digits.substr(0, static_cast<std::size_t>(pointAt)) + "." + digits.substr(static_cast<std::size_t>(pointAt));
    }
    return out;
}

}  // namespace vk
