// The typed reader: each reader's exact message and JSON Pointer, missing and unavailable values,
// and problems in document order.
#include "base/json_reader.hpp"

#include <gtest/gtest.h>

#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace {

using vk::DataProblem;
using vk::Json;
using vk::JsonField;

std::vector<std::string> lines(const std::vector<DataProblem>& problems) {
    std::vector<std::string> result;
    for (const DataProblem& problem : problems) result.push_back(problem.toString());
    return result;
}

// A parsed document and the problems its readers report.
struct Document {
    explicit Document(const char* text) : json(vk::parseJson(text).document.value()), root(json, problems) {}
    Json json;
    std::vector<DataProblem> problems;
    JsonField root;
};

TEST(JsonField, PathsAreJsonPointersWithKeysEscaped) {
    Document doc(R"({"a/b": {"c~d": [1, "x"]}})");
    const JsonField element = doc.root["a/b"]["c~d"][1u];
    EXPECT_EQ(doc.root.path(), "");
    EXPECT_EQ(element.path(), "/a~1b/c~0d/1");
    EXPECT_EQ(element.value(), &doc.json["a/b"]["c~d"][1]);  // the value at that place
    EXPECT_EQ(element.integer(0), std::nullopt);
    EXPECT_EQ(doc.root["a/b"]["e~f"].string(), std::nullopt);
    EXPECT_EQ(lines(doc.problems), (std::vector<std::string>{
                                       R"(/a~1b/c~0d/1: expected an integer of at least 0, got "x")",
                                       R"(/a~1b: missing required key "e~f")",
                                   }));
}

TEST(JsonField, MissingKeyIsReportedAtItsObject) {
    Document doc(R"({"centre": {"lat": 60}})");
    EXPECT_EQ(doc.root["centre"]["name"].string(), std::nullopt);
    EXPECT_EQ(lines(doc.problems), std::vector<std::string>{R"(/centre: missing required key "name")"});
}

TEST(JsonField, ChildrenOfAWrongTypeAreNotReportedAgain) {
    Document doc(R"({"centre": "Rjukan"})");
    const JsonField centre = doc.root["centre"];
    centre.object({"name", "lat", "lon"});
    EXPECT_EQ(centre["lat"].number(57, 72), std::nullopt);
    EXPECT_EQ(doc.root["nowhere"]["lat"].number(57, 72), std::nullopt);
    EXPECT_EQ(lines(doc.problems), std::vector<std::string>{R"(/centre: expected an object, got "Rjukan")"});
}

TEST(JsonField, ObjectReportsUnknownKeysWithASuggestion) {
    Document doc(R"({"name": "Tinn", "regoin": {}, "website": "x"})");
    EXPECT_TRUE(doc.root.object({"name", "region"}));
    EXPECT_EQ(lines(doc.problems), (std::vector<std::string>{
                                       R"((file): unknown key "regoin" (did you mean "region"?))",
                                       R"((file): unknown key "website")",
                                   }));
}

TEST(JsonField, ObjectNamesWhatWasExpected) {
    Document doc(R"({"summary": "Sigdal"})");
    EXPECT_FALSE(doc.root["summary"].object({"nb", "en"}, R"(an object with "nb" and "en")"));
    EXPECT_EQ(lines(doc.problems),
              std::vector<std::string>{R"(/summary: expected an object with "nb" and "en", got "Sigdal")"});
}

TEST(JsonField, StringMustBeANonEmptyString) {
    Document doc(R"({"a": "Tinn", "b": 42, "c": "", "d": "  "})");
    EXPECT_EQ(doc.root["a"].string(), "Tinn");
    EXPECT_EQ(doc.root["b"].string(), std::nullopt);
    EXPECT_EQ(doc.root["c"].string(), std::nullopt);
    EXPECT_EQ(doc.root["d"].string(), std::nullopt);
    EXPECT_EQ(lines(doc.problems), (std::vector<std::string>{
                                       "/b: expected a string, got 42",
                                       R"(/c: expected a non-empty string, got "")",
                                       R"(/d: expected a non-empty string, got "  ")",
                                   }));
}

TEST(JsonField, NumberWithinInclusiveBounds) {
    Document doc(R"({"low": 57, "high": 72, "north": "north", "far": 80.5, "area": 0})");
    EXPECT_EQ(doc.root["low"].number(57, 72), 57);
    EXPECT_EQ(doc.root["high"].number(57, 72), 72);
    EXPECT_EQ(doc.root["north"].number(57, 72), std::nullopt);
    EXPECT_EQ(doc.root["far"].number(57, 72), std::nullopt);
    EXPECT_EQ(doc.root["area"].number(0.5, std::numeric_limits<double>::infinity()), std::nullopt);
    EXPECT_EQ(lines(doc.problems), (std::vector<std::string>{
                                       R"(/north: expected a number between 57 and 72, got "north")",
                                       "/far: expected a number between 57 and 72, got 80.5",
                                       "/area: expected a number of at least 0.5, got 0",
                                   }));
}

TEST(JsonField, IntegerRejectsFractionsAndRanges) {
    Document doc(R"({"version": 2, "year": 2025.0, "count": -3, "big": 18446744073709551615, "ok": 15000})");
    EXPECT_EQ(doc.root["version"].integer(1, 1), std::nullopt);
    EXPECT_EQ(doc.root["year"].integer(2000, 2100), std::nullopt);
    EXPECT_EQ(doc.root["count"].integer(1), std::nullopt);
    EXPECT_EQ(doc.root["big"].integer(1), std::nullopt);
    EXPECT_EQ(doc.root["ok"].integer(1), 15000);
    EXPECT_EQ(lines(doc.problems), (std::vector<std::string>{
                                       "/version: expected 1, got 2",
                                       "/year: expected an integer between 2000 and 2100, got 2025.0",
                                       "/count: expected an integer of at least 1, got -3",
                                       "/big: expected an integer of at least 1, got 18446744073709551615",
                                   }));
}

TEST(JsonField, DateIsARealCalendarDay) {
    Document doc(R"(["2025-03-17", "2024-02-29", "17.03.2025", "2025-02-29", "2025-13-01", "2025-3-17", 20250317])");
    std::vector<std::optional<std::string>> dates;
    for (std::size_t i = 0; i < 7; ++i) dates.push_back(doc.root[i].date());
    EXPECT_EQ(dates[0], "2025-03-17");
    EXPECT_EQ(dates[1], "2024-02-29");  // a leap year
    EXPECT_EQ(lines(doc.problems), (std::vector<std::string>{
                                       R"(/2: expected a date as YYYY-MM-DD, got "17.03.2025")",
                                       R"(/3: expected a date as YYYY-MM-DD, got "2025-02-29")",
                                       R"(/4: expected a date as YYYY-MM-DD, got "2025-13-01")",
                                       R"(/5: expected a date as YYYY-MM-DD, got "2025-3-17")",
                                       "/6: expected a date as YYYY-MM-DD, got 20250317",
                                   }));
}

TEST(JsonField, DigitsOfAnExactCount) {
    Document doc(R"(["3203", "301", 3203, "32O3"])");
    EXPECT_EQ(doc.root[0u].digits(4), "3203");
    for (std::size_t i = 1; i < 4; ++i) EXPECT_EQ(doc.root[i].digits(4), std::nullopt);
    EXPECT_EQ(lines(doc.problems), (std::vector<std::string>{
                                       R"(/1: expected a string of 4 digits, got "301")",
                                       "/2: expected a string of 4 digits, got 3203",
                                       R"(/3: expected a string of 4 digits, got "32O3")",
                                   }));
}

TEST(JsonField, OneOfListsTheChoices) {
    Document doc(R"(["large", "medium", "x"])");
    EXPECT_EQ(doc.root[0u].oneOf({"small", "large"}), "large");
    EXPECT_EQ(doc.root[1u].oneOf({"small", "large"}), std::nullopt);
    EXPECT_EQ(doc.root[2u].oneOf({"nb", "en", "nn"}), std::nullopt);
    EXPECT_EQ(lines(doc.problems), (std::vector<std::string>{
                                       R"(/1: expected "small" or "large", got "medium")",
                                       R"(/2: expected one of "nb", "en", or "nn", got "x")",
                                   }));
}

TEST(JsonField, IdIsLowerCaseWordsJoinedByHyphens) {
    Document doc(R"(["green-transition", "7sterke", "Tinn", "a--b", "-a", "søndre", ""])");
    EXPECT_EQ(doc.root[0u].id(), "green-transition");
    EXPECT_EQ(doc.root[1u].id(), "7sterke");
    for (std::size_t i = 2; i < 7; ++i) EXPECT_EQ(doc.root[i].id(), std::nullopt) << i;
    ASSERT_EQ(doc.problems.size(), 5u);
    EXPECT_EQ(doc.problems[0].toString(),
              R"(/2: expected an id of a-z, 0-9 and single hyphens, such as "green-transition", got "Tinn")");
}

TEST(JsonField, ArrayCountMessages) {
    Document doc(R"({"criteria": [1, 2], "themes": [], "initiatives": [], "nominees": {"a": 1}, "partners": []})");
    EXPECT_EQ(doc.root["criteria"].array({3, 3}, "criteria").size(), 2u);  // still returned, to be checked
    EXPECT_TRUE(doc.root["themes"].array({8, 14}, "themes").empty());
    EXPECT_TRUE(doc.root["initiatives"].array({1}, "initiatives").empty());
    EXPECT_TRUE(doc.root["nominees"].array({1}, "nominees").empty());
    EXPECT_TRUE(doc.root["partners"].array({}, "partners").empty());
    EXPECT_EQ(lines(doc.problems), (std::vector<std::string>{
                                       "/criteria: expected exactly 3 criteria, got 2",
                                       "/themes: expected 8 to 14 themes, got 0",
                                       "/initiatives: expected a non-empty array, got []",
                                       R"(/nominees: expected an array, got {"a":1})",
                                   }));
}

TEST(JsonField, ReportOnAMissingKeyIsSilent) {
    Document doc(R"({})");
    doc.root["absent"].report("never shown");
    EXPECT_TRUE(doc.problems.empty());
}

TEST(UniqueIds, ReportsARepeatWithWhereItWasFirst) {
    Document doc(R"([{"id": "tinn"}, {"id": "asker"}, {"id": "tinn"}])");
    vk::UniqueIds ids;
    EXPECT_TRUE(ids.add("tinn", doc.root[0u]["id"]));
    EXPECT_TRUE(ids.add("asker", doc.root[1u]["id"]));
    EXPECT_FALSE(ids.add("tinn", doc.root[2u]["id"]));
    EXPECT_TRUE(ids.contains("asker"));
    EXPECT_EQ(ids.ids(), (std::vector<std::string>{"tinn", "asker"}));
    EXPECT_EQ(lines(doc.problems), std::vector<std::string>{R"(/2/id: duplicate id "tinn" (first at /0/id))"});
}

// The ids are indexed (a list may be long): every repeat is found, before and after the index
// grows, and only repeats.
TEST(UniqueIds, FindsEveryRepeatInALongList) {
    Document doc(R"([{"id": "x"}])");
    vk::UniqueIds ids;
    for (int i = 0; i < 5000; ++i) ASSERT_TRUE(ids.add("id-" + std::to_string(i), doc.root[0u]["id"])) << i;
    for (int i = 0; i < 5000; i += 7) EXPECT_FALSE(ids.add("id-" + std::to_string(i), doc.root[0u]["id"])) << i;
    EXPECT_TRUE(ids.contains("id-4999"));
    EXPECT_FALSE(ids.contains("id-5000"));
    EXPECT_FALSE(ids.contains(""));
    EXPECT_EQ(ids.ids().size(), 5000u);
    EXPECT_EQ(ids.ids()[1234], "id-1234");
    EXPECT_EQ(doc.problems.size(), 715u);  // 0, 7, ..., 4998
    EXPECT_EQ(doc.problems.front().message, R"(duplicate id "id-0" (first at /0/id))");
}

TEST(SortInDocumentOrder, FindsEscapedKeys) {
    const Json document = vk::parseJson(R"({"z/1": {"~": 1}, "a": 2})").document.value();
    std::vector<DataProblem> problems{{"/a", "second"}, {"/z~11/~0", "first"}};
    vk::sortInDocumentOrder(problems, document);
    EXPECT_EQ(lines(problems), (std::vector<std::string>{"/z~11/~0: first", "/a: second"}));
}

TEST(SortInDocumentOrder, FollowsTheFileNotTheCheckingOrder) {
    const Json document = vk::parseJson(R"({"b": {"x": 1, "y": 2}, "a": [10, 20]})").document.value();
    std::vector<DataProblem> problems{
        {"/a/1", "fourth"},   {"/b/y", "third"}, {"/b", "second"},
        {"/b/x", "second b"}, {"", "first"},     {"/a/9/z", "under /a"},
    };
    vk::sortInDocumentOrder(problems, document);
    EXPECT_EQ(lines(problems), (std::vector<std::string>{
                                   "(file): first",
                                   "/b: second",
                                   "/b/x: second b",
                                   "/b/y: third",
                                   "/a/9/z: under /a",
                                   "/a/1: fourth",
                               }));
}

TEST(ProblemPaths, CoverThePathAndBelowOnly) {
    const vk::ProblemPaths problems(std::vector<DataProblem>{{"/nominees/5/centre/lat", "x"}, {"/award", "y"}});
    EXPECT_TRUE(problems.within("/nominees/5"));
    EXPECT_TRUE(problems.within("/nominees/5/centre/lat"));
    EXPECT_TRUE(problems.within("/award"));
    EXPECT_FALSE(problems.within("/nominees/50"));
    EXPECT_FALSE(problems.within("/nominees/4"));
    EXPECT_FALSE(problems.within("/award/name"));
}

}  // namespace
