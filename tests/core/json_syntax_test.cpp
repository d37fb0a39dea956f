// JSON text: parsing with nlohmann's DOM parser and no exceptions, repeated keys, the friendly
// syntax messages (tests/core/nominees_syntax_test.cpp has them in a whole data file), and values
// written for messages. The messages are built from nlohmann's own wording: an upgrade of
// nlohmann-json must fail here first.
#include "core/json_syntax.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using vk::DataProblem;
using vk::Json;

std::vector<std::string> lines(const std::vector<DataProblem>& problems) {
    std::vector<std::string> result;
    for (const DataProblem& problem : problems) result.push_back(problem.toString());
    return result;
}

// The syntax messages reword nlohmann's own (the context and token names in what()), take the
// token it hands to parse_error(), and the document is built by json_sax_dom_parser, a detail
// type. All were written for Debian 12's nlohmann-json 3.11.2. After an upgrade, check that every
// message test here and in nominees_syntax_test.cpp still passes, then change this version.
TEST(NlohmannVersion, IsTheOneTheSyntaxMessagesWereWrittenFor) {
    const std::string version = std::to_string(NLOHMANN_JSON_VERSION_MAJOR) + "." +
                                std::to_string(NLOHMANN_JSON_VERSION_MINOR) + "." +
                                std::to_string(NLOHMANN_JSON_VERSION_PATCH);
    EXPECT_EQ(version, "3.11.2") << "nlohmann-json changed: check src/core/json_syntax.cpp against its wording";
}

// The one problem a text that is not JSON gives.
std::string syntaxError(const std::string& text) {
    const vk::ParsedJson parsed = vk::parseJson(text);
    EXPECT_FALSE(parsed.document);
    return parsed.problems.size() == 1 ? parsed.problems[0].toString() : "(not one problem)";
}

TEST(SyntaxError, SaysWhatWasExpectedAndWhere) {
    EXPECT_EQ(syntaxError("[1 2]"),
              "(file): not valid JSON at line 1, column 4: expected ',' or ']', got a number (is a comma missing "
              "before it?)");
    EXPECT_EQ(syntaxError("{\"a\": }"), "(file): not valid JSON at line 1, column 7: expected a value, got '}'");
    EXPECT_EQ(syntaxError("{\"a\": 1,\n \"b\" 2}"), "(file): not valid JSON at line 2, column 6: expected ':', got a number");
    EXPECT_EQ(syntaxError("{1: 2}"), "(file): not valid JSON at line 1, column 2: expected a key in double quotes, got a number");
    EXPECT_EQ(syntaxError("[1, 2,\n]"),
              "(file): not valid JSON at line 1, column 6: trailing comma before ']' (JSON allows no comma after the "
              "last item)");
    EXPECT_EQ(syntaxError("[,1]"), "(file): not valid JSON at line 1, column 2: stray comma (there is nothing before it)");
    EXPECT_EQ(syntaxError("[true] false"),
              "(file): not valid JSON at line 1, column 8: unexpected text after the end of the JSON value");
}

TEST(SyntaxError, ValuesThatAreNotJson) {
    EXPECT_EQ(syntaxError("[nul]"),
              "(file): not valid JSON at line 1, column 2: invalid value nul (text needs double quotes; the literals "
              "are true, false and null)");
    EXPECT_EQ(syntaxError("[1, /* two */ 2]"), "(file): not valid JSON at line 1, column 5: comments are not allowed in JSON");
    EXPECT_EQ(syntaxError("[1e999]"), "(file): not valid JSON at line 1, column 6: number overflow parsing '1e999'");
}

TEST(SyntaxError, TextThatEndsTooEarly) {
    EXPECT_EQ(syntaxError("{\"a\": [1,\n"),
              "(file): not valid JSON at line 2, column 1: the text ends too early: expected a value");
    EXPECT_EQ(syntaxError("[\n  \"a b"),
              "(file): not valid JSON at line 2, column 3: a string has no closing quote (the text ends inside it)");
}

TEST(SyntaxError, TokenWithAControlCharacterStartsWhereItIsInTheText) {
    // nlohmann hands the token over as "n<U+001F>": eight characters for the one byte.
    EXPECT_EQ(syntaxError("[\n  n\x1F]"),
              "(file): not valid JSON at line 2, column 3: invalid value n\x1F (text needs double quotes; the "
              "literals are true, false and null)");
}

TEST(ParseJson, BuildsTheDocumentWithoutExceptions) {
    const vk::ParsedJson parsed = vk::parseJson("\xEF\xBB\xBF[1, -2, 18446744073709551615, 0.5, \"x\", true, null, {}, []]");
    ASSERT_TRUE(parsed.document);
    EXPECT_TRUE(parsed.problems.empty());
    EXPECT_EQ(parsed.document->dump(), R"([1,-2,18446744073709551615,0.5,"x",true,null,{},[]])");
}

TEST(ParseJson, DuplicateKeyPathsAreJsonPointers) {
    const vk::ParsedJson parsed = vk::parseJson(R"({"a/b": {"x": 1, "x": 2}, "m~n": [0, {"k": 1, "k": 2}]})");
    ASSERT_TRUE(parsed.document);
    EXPECT_EQ(lines(parsed.problems), (std::vector<std::string>{
                                          R"(/a~1b: duplicate key "x")",
                                          R"(/m~0n/1: duplicate key "k")",
                                      }));
}

TEST(DescribeJson, ShowsCompactJsonWithStringsQuoted) {
    EXPECT_EQ(vk::describeJson(Json("north")), "\"north\"");
    EXPECT_EQ(vk::describeJson(Json(42)), "42");
    EXPECT_EQ(vk::describeJson(Json(59.5)), "59.5");
    EXPECT_EQ(vk::describeJson(Json(nullptr)), "null");
    EXPECT_EQ(vk::describeJson(Json::parse(R"({ "nb": "x", "en": [1, 2] })")), R"({"nb":"x","en":[1,2]})");
}

TEST(DescribeJson, CutsLongValuesOnACharacterBoundary) {
    EXPECT_EQ(vk::describeJson(Json("abcdefghij"), 8), "\"abcdef…");
    EXPECT_EQ(vk::describeJson(Json("ææææææææ"), 5), "\"æææ…");
    EXPECT_EQ(vk::describeJson(Json("abc"), 5), "\"abc\"");
    EXPECT_EQ(vk::describeJson(Json(std::string(100, 'x'))).size(), 39 + std::string("…").size());
}

TEST(ParseJson, KeepsKeysInFileOrder) {
    const vk::ParsedJson parsed = vk::parseJson(R"({"z": 1, "a": {"y": [true, null], "b": "x"}})");
    ASSERT_TRUE(parsed.document);
    EXPECT_TRUE(parsed.problems.empty());
    EXPECT_EQ(parsed.document->dump(), R"({"z":1,"a":{"y":[true,null],"b":"x"}})");
}

TEST(ParseJson, ReportsDuplicateKeysWithTheirObjectPath) {
    const vk::ParsedJson parsed = vk::parseJson(R"({"n": [{"id": "a"}, {"id": "b", "name": "x", "id": "c"}]})");
    ASSERT_TRUE(parsed.document);
    EXPECT_EQ(lines(parsed.problems), std::vector<std::string>{R"(/n/1: duplicate key "id")"});
    EXPECT_EQ((*parsed.document)["n"][1]["id"], "c");  // the later value
}

TEST(ParseJson, EmptyText) {
    const vk::ParsedJson parsed = vk::parseJson(" \r\n");
    EXPECT_FALSE(parsed.document);
    EXPECT_EQ(lines(parsed.problems), std::vector<std::string>{"(file): not valid JSON: the text is empty"});
}

}  // namespace
