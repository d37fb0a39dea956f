#include "core/strings.hpp"

#include <gtest/gtest.h>

#include "base/json_io.hpp"
#include <cctype>
#include <regex>
#include <set>

namespace {

std::set<std::string> placeholders(const std::string& text) {
    std::set<std::string> found;
    const std::regex pattern(R"(\{[0-9]\})");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), pattern); it != std::sregex_iterator(); ++it)
        found.insert(it->str());
    return found;
}

TEST(Strings, EveryKeyHasBothLanguagesWithTheSamePlaceholders) {
    for (const vk::Str id : vk::allStrings()) {
        const auto& nb = vk::tr(id, vk::Lang::Nb);
        const auto& en = vk::tr(id, vk::Lang::En);
        const std::string key(vk::stringKey(id));
        EXPECT_FALSE(nb.empty()) << key;
        EXPECT_FALSE(en.empty()) << key;
        EXPECT_NE(nb, key) << key << " is missing from strings.json";
        EXPECT_EQ(placeholders(nb), placeholders(en)) << key;
    }
}

TEST(Strings, TableHasNoKeyTheCodeDoesNotKnow) {
    const vk::Json table = vk::parseJson(vk::stringsTableJson()).document.value();
    std::set<std::string> known;
    for (const vk::Str id : vk::allStrings()) known.insert(std::string(vk::stringKey(id)));
    for (const auto& [key, value] : table.items()) {
        if (key.starts_with("_")) continue;
        EXPECT_TRUE(known.count(key)) << key << " is in strings.json but not in VK_STRING_KEYS";
        EXPECT_EQ(value.size(), 2u) << key << " should have exactly nb and en";
    }
}

// The panel's hints are read by people who tap, click or use the keyboard: they say "pick", not
// "click" (the hints for one device, such as wheelHint and touchHint, are shown only on it).
TEST(Strings, NoStringAsksTheReaderToClick) {
    const auto lower = [](std::string text) {
        for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return text;
    };
    for (const vk::Str id : vk::allStrings())
        for (const vk::Lang lang : {vk::Lang::Nb, vk::Lang::En}) {
            const std::string text = lower(vk::tr(id, lang));
            EXPECT_EQ(text.find("click"), std::string::npos) << vk::stringKey(id) << ": " << text;
            EXPECT_EQ(text.find("klikk"), std::string::npos) << vk::stringKey(id) << ": " << text;
        }
}

TEST(Trf, FillsPlaceholdersInOrder) {
    EXPECT_EQ(vk::trf(vk::Str::statusTwo, vk::Lang::Nb, {"Asker", "Tinn"}), "Asker og Tinn sammenlignes.");
    EXPECT_EQ(vk::trf(vk::Str::statusTwo, vk::Lang::En, {"Asker", "Tinn"}), "Comparing Asker and Tinn.");
}

TEST(Trf, MissingArgumentLeavesPlaceholder) {
    EXPECT_EQ(vk::trf(vk::Str::statusTwo, vk::Lang::En, {"Asker"}), "Comparing Asker and {1}.");
}

TEST(JoinList, UsesTheLanguagesConjunction) {
    EXPECT_EQ(vk::joinList({}, vk::Lang::Nb), "");
    EXPECT_EQ(vk::joinList({"a"}, vk::Lang::Nb), "a");
    EXPECT_EQ(vk::joinList({"a", "b"}, vk::Lang::Nb), "a og b");
    EXPECT_EQ(vk::joinList({"a", "b", "c"}, vk::Lang::En), "a, b and c");
}

TEST(FormatInteger, GroupsThousandsPerLanguage) {
    EXPECT_EQ(vk::formatInteger(96088, vk::Lang::Nb), "96\u00a0088");
    EXPECT_EQ(vk::formatInteger(104487, vk::Lang::En), "104,487");
    EXPECT_EQ(vk::formatInteger(999, vk::Lang::En), "999");
    EXPECT_EQ(vk::formatInteger(1000000, vk::Lang::En), "1,000,000");
    EXPECT_EQ(vk::formatInteger(-1500, vk::Lang::En), "-1,500");
}

TEST(FormatDecimal, CommaInBokmalPointInEnglish) {
    EXPECT_EQ(vk::formatDecimal(337.8, vk::Lang::Nb), "337,8");
    EXPECT_EQ(vk::formatDecimal(2045.13, vk::Lang::En), "2,045.13");
    EXPECT_EQ(vk::formatDecimal(317.6, vk::Lang::En), "317.6");
    EXPECT_EQ(vk::formatDecimal(842.0, vk::Lang::En), "842");
    EXPECT_EQ(vk::formatDecimal(-0.5, vk::Lang::Nb), "-0,5");
    EXPECT_EQ(vk::formatDecimal(-1234.25, vk::Lang::En), "-1,234.25");
}

TEST(FormatDate, PerLanguage) {
    EXPECT_EQ(vk::formatDate("2025-03-17", vk::Lang::Nb), "17.3.2025");
    EXPECT_EQ(vk::formatDate("2024-01-01", vk::Lang::En), "1 January 2024");
    EXPECT_EQ(vk::formatDate("2024-13-01", vk::Lang::En), "2024-13-01");
    EXPECT_EQ(vk::formatDate("soon", vk::Lang::Nb), "soon");
    EXPECT_EQ(vk::formatDate("2025-02-31", vk::Lang::Nb), "2025-02-31");
    EXPECT_EQ(vk::formatDate("2025-02-29", vk::Lang::Nb), "2025-02-29");
    EXPECT_EQ(vk::formatDate("2024-02-29", vk::Lang::Nb), "29.2.2024");
}

TEST(IsIsoDate, OnlyRealCalendarDaysAsYyyyMmDd) {
    EXPECT_TRUE(vk::isIsoDate("2025-03-17"));
    EXPECT_TRUE(vk::isIsoDate("2024-02-29"));  // a leap year
    EXPECT_TRUE(vk::isIsoDate("2000-02-29"));  // divisible by 400
    EXPECT_FALSE(vk::isIsoDate("1900-02-29"));  // divisible by 100
    EXPECT_FALSE(vk::isIsoDate("2025-02-29"));
    EXPECT_FALSE(vk::isIsoDate("2025-04-31"));
    EXPECT_FALSE(vk::isIsoDate("2025-13-01"));
    EXPECT_FALSE(vk::isIsoDate("2025-00-10"));
    EXPECT_FALSE(vk::isIsoDate("2025-3-17"));
    EXPECT_FALSE(vk::isIsoDate("2025/03/17"));
    EXPECT_FALSE(vk::isIsoDate("17.03.2025"));
}

TEST(FormatNumber, UsesTheShortestDecimalWithoutExponent) {
    EXPECT_EQ(vk::formatNumber(57), "57");
    EXPECT_EQ(vk::formatNumber(0.5), "0.5");
    EXPECT_EQ(vk::formatNumber(59.8331), "59.8331");
    EXPECT_EQ(vk::formatNumber(100000), "100000");
    EXPECT_EQ(vk::formatNumber(-4), "-4");
    EXPECT_EQ(vk::formatNumber(-0.25), "-0.25");
    EXPECT_EQ(vk::formatNumber(0.1 + 0.2), "0.30000000000000004");
    EXPECT_EQ(vk::formatNumber(1e-7), "0.0000001");
    EXPECT_EQ(vk::formatNumber(-1.5e-10), "-0.00000000015");
    EXPECT_EQ(vk::formatNumber(1.5e20), "150000000000000000000");
    EXPECT_EQ(vk::formatNumber(123456.789), "123456.789");
}

}  // namespace
