#include "core/strings.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

#include "base/json_io.hpp"
#include "base/text.hpp"

namespace vk {

namespace {

constexpr std::string_view tableJson =
#include "strings_json.inc"
    ;

constexpr std::array keys = {
#define VK_STRING_NAME(key) std::string_view(#key),
    VK_STRING_KEYS(VK_STRING_NAME)
#undef VK_STRING_NAME
};

// Parsed once. The table ships with the code, so a key missing here is a build mistake that the
// unit tests catch; at run time it shows as the key itself rather than a crash.
const StringsTable& table() {
    static const StringsTable parsed = parseStringsTable(tableJson);
    return parsed;
}

std::string groupThousands(long value, std::string_view separator) {
    const bool negative = value < 0;
    std::string digits = std::to_string(negative ? -value : value);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += separator;
        out += digits[i];
    }
    return negative ? "-" + out : out;
}

constexpr std::string_view noBreakSpace = "\u00a0";

}  // namespace

StringsTable parseStringsTable(std::string_view json) {
    StringsTable t;
    // A text that is not JSON gives null.
    const Json document = parseJson(json).document.value_or(nullptr);
    // Only a string is text; anything else leaves the key.
    const auto text = [&](const std::string& key, const char* lang) {
        const Json* entry = member(document, key);
        const Json* value = entry ? member(*entry, lang) : nullptr;
        const std::string* string = value ? stringOf(*value) : nullptr;
        return string ? *string : key;
    };
    for (auto key : keys) {
        const std::string k(key);
        t.nb.push_back(text(k, "nb"));
        t.en.push_back(text(k, "en"));
    }
    return t;
}

std::string_view stringKey(Str id) { return keys[static_cast<std::size_t>(id)]; }

const std::vector<Str>& allStrings() {
    static const std::vector<Str> all = [] {
        std::vector<Str> v;
        for (std::size_t i = 0; i < keys.size(); ++i) v.push_back(static_cast<Str>(i));
        return v;
    }();
    return all;
}

const std::string& tr(Str id, Lang lang) {
    const auto& t = table();
    const auto i = static_cast<std::size_t>(id);
    return lang == Lang::Nb ? t.nb[i] : t.en[i];
}

std::string trf(Str id, Lang lang, std::initializer_list<std::string_view> args) {
    const std::string& pattern = tr(id, lang);
    std::string out;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' && pattern[i + 1] >= '0' &&
            pattern[i + 1] <= '9') {
            const auto n = static_cast<std::size_t>(pattern[i + 1] - '0');
            if (n < args.size()) {
                out += *(args.begin() + n);
                i += 2;
                continue;
            }
        }
        out += pattern[i];
    }
    return out;
}

std::string joinList(const std::vector<std::string>& items, Lang lang) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += (i + 1 == items.size()) ? " " + tr(Str::listAnd, lang) + " " : ", ";
        out += items[i];
    }
    return out;
}

std::string formatInteger(long value, Lang lang) {
    return groupThousands(value, lang == Lang::Nb ? noBreakSpace : std::string_view(","));
}

std::string formatDecimal(double value, Lang lang) {
    const long hundredths = std::lround(value * 100);
    const long whole = std::labs(hundredths / 100);
    const long fraction = std::labs(hundredths % 100);
    std::string out = (hundredths < 0 ? "-" : "") + formatInteger(whole, lang);
    if (fraction != 0) {
        char buffer[4];
        std::snprintf(buffer, sizeof buffer, "%02ld", fraction);
        std::string decimals(buffer);
        if (decimals.back() == '0') decimals.pop_back();
        out += (lang == Lang::Nb ? "," : ".") + decimals;
    }
    return out;
}

std::string formatDate(std::string_view isoDate, Lang lang) {
    static constexpr std::array<const char*, 12> months = {"January", "February", "March",     "April",
                                                           "May",     "June",     "July",      "August",
                                                           "September", "October", "November", "December"};
    const std::string text(isoDate);
    if (!isIsoDate(text)) return text;
    const int year = digitsValue(text, 0, 4), month = digitsValue(text, 5, 2), day = digitsValue(text, 8, 2);
    if (lang == Lang::Nb) return std::to_string(day) + "." + std::to_string(month) + "." + std::to_string(year);
    return std::to_string(day) + " " + months[static_cast<std::size_t>(month - 1)] + " " + std::to_string(year);
}

std::string_view stringsTableJson() { return tableJson; }

}  // namespace vk
