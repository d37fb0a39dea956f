#include "core/strings.hpp"

#include <array>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

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
    const auto document = nlohmann::ordered_json::parse(json, nullptr, false);  // ordered_json: the one instantiation in the wasm
    // Only a string is text: json.value() would throw (abort, with exceptions off) on any other type.
    const auto text = [&](const std::string& key, const char* lang) {
        if (!document.is_object()) return key;
        const auto entry = document.find(key);
        if (entry == document.end() || !entry->is_object()) return key;
        const auto value = entry->find(lang);
        return value != entry->end() && value->is_string() ? value->get<std::string>() : key;
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
    // YYYY-MM-DD, digits only (read by hand: sscanf would pull a scanner into the wasm).
    auto digits = [&](std::size_t from, std::size_t count) {
        int value = 0;
        for (std::size_t i = from; i < from + count; ++i) {
            if (text[i] < '0' || text[i] > '9') return -1;
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return text;
    const int year = digits(0, 4), month = digits(5, 2), day = digits(8, 2);
    static constexpr std::array<int, 12> daysIn = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysIn[static_cast<std::size_t>(month - 1)]) return text;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (month == 2 && day == 29 && !leap) return text;
    if (lang == Lang::Nb) return std::to_string(day) + "." + std::to_string(month) + "." + std::to_string(year);
    return std::to_string(day) + " " + months[static_cast<std::size_t>(month - 1)] + " " + std::to_string(year);
}

std::string_view stringsTableJson() { return tableJson; }

}  // namespace vk
