// JSON text on nlohmann-json (base/json_io.hpp): parsing without exceptions, repeated keys, the
// syntax messages (tests/core/nominees_syntax_test.cpp has them in a whole data file), and values
// written as JSON for replies and messages. The messages are built from nlohmann's own wording and
// the token it hands to parse_error(): an upgrade of nlohmann-json must fail here first (CMake
// checks its version at configure time).
#include "base/json_io.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
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
    EXPECT_EQ(syntaxError("[1e999]"), "(file): not valid JSON at line 1, column 2: the number 1e999 is too large");
    EXPECT_EQ(syntaxError("[1.]"),
              "(file): not valid JSON at line 1, column 2: invalid number 1. (numbers are written like 12, -3.5 or 6.1e3)");
    EXPECT_EQ(syntaxError("[-]"),
              "(file): not valid JSON at line 1, column 2: invalid number - (numbers are written like 12, -3.5 or 6.1e3)");
    EXPECT_EQ(syntaxError("[01]"),
              "(file): not valid JSON at line 1, column 3: expected ',' or ']', got a number (is a comma missing before it?)");
    EXPECT_EQ(syntaxError("{a: 1}"),
              "(file): not valid JSON at line 1, column 2: invalid value a (text needs double quotes; the literals are "
              "true, false and null)");
}

TEST(SyntaxError, TextThatEndsTooEarly) {
    EXPECT_EQ(syntaxError("{\"a\": [1,\n"),
              "(file): not valid JSON at line 2, column 1: the text ends too early: expected a value");
    EXPECT_EQ(syntaxError("[\n  \"a b"),
              "(file): not valid JSON at line 2, column 3: a string has no closing quote (the text ends inside it)");
}

TEST(SyntaxError, StringsThatAreNotJson) {
    EXPECT_EQ(syntaxError("[\"a\tb\"]"),
              "(file): not valid JSON at line 1, column 4: invalid string: control character U+0009 (HT) must be "
              "escaped to \\u0009 or \\t");
    EXPECT_EQ(syntaxError("[\"a\x01\"]"),
              "(file): not valid JSON at line 1, column 4: invalid string: control character U+0001 must be escaped to "
              "\\u0001");
    EXPECT_EQ(syntaxError(R"(["a\x"])"),
              "(file): not valid JSON at line 1, column 4: invalid string: a backslash must be followed by one of \" \\ "
              "/ b f n r t u");
    EXPECT_EQ(syntaxError(R"(["\u12G4"])"),
              "(file): not valid JSON at line 1, column 3: invalid string: \\u must be followed by four hexadecimal digits");
    EXPECT_EQ(syntaxError(R"(["\uD83D x"])"),
              "(file): not valid JSON at line 1, column 3: invalid string: surrogate U+D800..U+DBFF must be followed by "
              "U+DC00..U+DFFF");
    EXPECT_EQ(syntaxError(R"(["\uDE00"])"),
              "(file): not valid JSON at line 1, column 3: invalid string: surrogate U+DC00..U+DFFF must follow "
              "U+D800..U+DBFF");
    // Overlong forms, surrogates written in UTF-8, a lone continuation byte, a sequence cut short.
    for (const char* bad : {"\xC0\xAF", "\xED\xA0\x80", "\x80", "\xE6\x97", "\xF4\x90\x80\x80"})
        EXPECT_EQ(syntaxError(std::string("[\"æ") + bad + "\"]"),
                  "(file): not valid JSON at line 1, column 4: invalid string: ill-formed UTF-8 byte")
            << bad;
}

TEST(ParseJson, UndoesEscapes) {
    const vk::ParsedJson parsed = vk::parseJson(R"(["\"\\\/\b\f\n\r\t", "\u00e6\u4e2d\uD83D\uDE00", "æ中😀"])");
    ASSERT_TRUE(parsed.document);
    EXPECT_EQ((*parsed.document)[0].get<std::string>(), "\"\\/\b\f\n\r\t");
    EXPECT_EQ((*parsed.document)[1].get<std::string>(), "æ中😀");
    EXPECT_EQ((*parsed.document)[2].get<std::string>(), "æ中😀");
}

TEST(ParseJson, RefusesDeepNestingWithoutRecursion) {
    // nlohmann's SAX parser keeps its own stack, and the builder refuses the 33rd level: a million
    // levels cost neither the C++ stack nor a document a million deep.
    EXPECT_EQ(syntaxError(std::string(1'000'000, '[') + "7" + std::string(1'000'000, ']')),
              "/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0: nesting deeper than 32 levels of "
              "objects and arrays (the format needs 6)");
    EXPECT_EQ(syntaxError(std::string(20, '[')),
              "(file): not valid JSON at line 1, column 21: the text ends too early: expected a value");
}

TEST(SyntaxError, TokenWithAControlCharacterStartsWhereItIsInTheText) {
    EXPECT_EQ(syntaxError("[\n  n\x1F]"),
              "(file): not valid JSON at line 2, column 3: invalid value n\x1F (text needs double quotes; the "
              "literals are true, false and null)");
}

TEST(ParseJson, BuildsTheDocumentWithoutExceptions) {
    const vk::ParsedJson parsed = vk::parseJson("\xEF\xBB\xBF[1, -2, 18446744073709551615, 0.5, \"x\", true, null, {}, []]");
    ASSERT_TRUE(parsed.document);
    EXPECT_TRUE(parsed.problems.empty());
    EXPECT_EQ(parsed.document->dump(), R"([1,-2,18446744073709551615,0.5,"x",true,null,{},[]])");
    const Json& d = *parsed.document;
    EXPECT_TRUE(d[0].is_number_unsigned());
    EXPECT_TRUE(d[1].is_number_integer() && !d[1].is_number_unsigned());
    EXPECT_EQ(d[2].get<std::uint64_t>(), 18446744073709551615u);
    EXPECT_FALSE(d[3].is_number_integer());
    // Beyond 64 bits an integer is read as a double, as JavaScript reads it.
    const vk::ParsedJson big = vk::parseJson("[18446744073709551616, -9223372036854775808, -9223372036854775809]");
    ASSERT_TRUE(big.document);
    EXPECT_FALSE((*big.document)[0].is_number_integer());
    EXPECT_EQ((*big.document)[0].get<double>(), 18446744073709551616.0);
    EXPECT_EQ((*big.document)[1].get<std::int64_t>(), INT64_MIN);
    EXPECT_FALSE((*big.document)[2].is_number_integer());
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
    EXPECT_EQ(vk::describeJson(Json{{"nb", "x"}, {"en", Json{1, 2}}}), R"({"nb":"x","en":[1,2]})");
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

// ---- Writing, and reading members without throwing ----

TEST(DumpJson, WritesWhatJavaScriptReadsAndNeverThrows) {
    EXPECT_EQ(vk::dumpJson(Json(0.1 + 0.2)), "0.30000000000000004");
    EXPECT_EQ(vk::dumpJson(Json(57.0)), "57.0");
    EXPECT_EQ(vk::dumpJson(Json(std::nan(""))), "null");
    EXPECT_EQ(vk::dumpJson(Json("a\"b\\c\n\t\x01æ")), R"("a\"b\\c\n\t\u0001æ")");
    // A byte that is not UTF-8 (a link may carry any) is written as U+FFFD: nlohmann's own dump()
    // would throw, which the wasm turns into an abort.
    EXPECT_EQ(vk::dumpJson(Json("x\xFFy")), "\"x\xEF\xBF\xBDy\"");
    EXPECT_EQ(vk::quotedJson("north"), "\"north\"");
    Json built;
    built["b"] = 1;
    built["a"] = 2;
    built["b"] = 3;  // the same member, in its place: objects keep their order
    EXPECT_EQ(vk::dumpJson(built), R"({"b":3,"a":2})");
    EXPECT_EQ(vk::dumpJson(Json{{"a", Json{1, 2}}}, 2), "{\n  \"a\": [\n    1,\n    2\n  ]\n}");
}

TEST(Member, FindsAMemberOfAnObjectAndNothingElse) {
    const Json object{{"name", "Tinn"}, {"n", 1}};
    ASSERT_NE(vk::member(object, "name"), nullptr);
    EXPECT_EQ(*vk::member(object, "name"), "Tinn");
    EXPECT_EQ(vk::member(object, "missing"), nullptr);
    EXPECT_EQ(vk::member(Json{1, 2}, "name"), nullptr);
    EXPECT_EQ(vk::member(Json("name"), "name"), nullptr);
    ASSERT_NE(vk::stringOf(*vk::member(object, "name")), nullptr);
    EXPECT_EQ(*vk::stringOf(*vk::member(object, "name")), "Tinn");
    EXPECT_EQ(vk::stringOf(*vk::member(object, "n")), nullptr);
}

}  // namespace
