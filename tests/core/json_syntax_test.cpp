// JSON text: core's reader and parser, repeated keys, the syntax messages (tests/core/
// nominees_syntax_test.cpp has them in a whole data file), values written as JSON (core/json_value.hpp)
// and for messages.
#include "core/json_syntax.hpp"

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
    EXPECT_EQ((*parsed.document)[0].string(), "\"\\/\b\f\n\r\t");
    EXPECT_EQ((*parsed.document)[1].string(), "æ中😀");
    EXPECT_EQ((*parsed.document)[2].string(), "æ中😀");
}

// Counts what readJson finds and accepts all of it.
struct Counter final : vk::JsonEvents {
    int values = 0, containers = 0;
    bool null() override { return ++values; }
    bool boolean(bool) override { return ++values; }
    bool integer(std::int64_t) override { return ++values; }
    bool unsignedInteger(std::uint64_t) override { return ++values; }
    bool floating(double) override { return ++values; }
    bool string(std::string&) override { return ++values; }
    bool startObject() override { return ++containers; }
    bool key(std::string&) override { return true; }
    bool endObject() override { return true; }
    bool startArray() override { return ++containers; }
    bool endArray() override { return true; }
};

TEST(ReadJson, NestsWithoutRecursion) {
    // readJson keeps no C++ stack per level: a million levels are read in a loop (parseJson then
    // refuses them at its limit, tests/core/limits_test.cpp).
    Counter counter;
    const std::string deep = std::string(1'000'000, '[') + "7" + std::string(1'000'000, ']');
    EXPECT_EQ(vk::readJson(deep, counter), std::nullopt);
    EXPECT_EQ(counter.containers, 1'000'000);
    EXPECT_EQ(counter.values, 1);
    EXPECT_EQ(vk::readJson(std::string(1'000'000, '['), counter),
              "not valid JSON at line 1, column 1000001: the text ends too early: expected a value");
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

// ---- Json (core/json_value.hpp) ----

TEST(Json, WritesDoublesAsTheShortestDecimalThatReadsBack) {
    EXPECT_EQ(Json(0.1).dump(), "0.1");
    EXPECT_EQ(Json(0.1 + 0.2).dump(), "0.30000000000000004");
    EXPECT_EQ(Json(57.0).dump(), "57.0");
    EXPECT_EQ(Json(-59.8331).dump(), "-59.8331");
    EXPECT_EQ(Json(1e-7).dump(), "1e-07");
    EXPECT_EQ(Json(0.00001).dump(), "0.00001");
    EXPECT_EQ(Json(0.000001).dump(), "1e-06");
    EXPECT_EQ(Json(0.0001).dump(), "0.0001");
    EXPECT_EQ(Json(1.5e20).dump(), "1.5e+20");
    EXPECT_EQ(Json(123456789012345.0).dump(), "123456789012345.0");
    EXPECT_EQ(Json(5e-324).dump(), "5e-324");
    EXPECT_EQ(Json(1.7976931348623157e308).dump(), "1.7976931348623157e+308");
    EXPECT_EQ(Json(std::nan("")).dump(), "null");
    EXPECT_EQ(Json(-0.0).dump(), "-0.0");
}

TEST(Json, ShortestDecimalReadsBackForManyDoubles) {
    // Every double of a spread of magnitudes and digit patterns reads back from its text exactly.
    std::uint64_t bits = 0x9E3779B97F4A7C15u;
    for (int i = 0; i < 20000; ++i) {
        bits ^= bits << 13, bits ^= bits >> 7, bits ^= bits << 17;
        double value;
        std::memcpy(&value, &bits, sizeof value);
        if (!std::isfinite(value)) continue;
        const std::string text = Json(value).dump();
        EXPECT_EQ(std::strtod(text.c_str(), nullptr), value) << text;
        if (::testing::Test::HasFailure()) break;
    }
}

TEST(Json, WritesStringsEscapedAndBadUtf8Replaced) {
    EXPECT_EQ(Json("a\"b\\c\n\t\x01æ").dump(), R"("a\"b\\c\n\t\u0001æ")");
    EXPECT_EQ(Json("x\xFFy").dump(), "\"x\xEF\xBF\xBDy\"");
    EXPECT_EQ(vk::quotedJson("north"), "\"north\"");
}

TEST(Json, BuildsObjectsFromPairsAndArraysFromAnythingElse) {
    const Json object{{"ok", true}, {"view", Json{{"zoom", 2}}}};
    EXPECT_TRUE(object.is_object());
    EXPECT_EQ(object.dump(), R"({"ok":true,"view":{"zoom":2}})");
    EXPECT_EQ((Json{1, "two", nullptr}).dump(), R"([1,"two",null])");
    EXPECT_EQ(Json(std::vector<std::string>{"a", "b"}).dump(), R"(["a","b"])");
    EXPECT_EQ(Json::array().dump(), "[]");
    EXPECT_EQ(Json::object().dump(), "{}");
    Json built;
    built["b"] = 1;
    built["a"] = 2;
    built["b"] = 3;  // the same member, in its place
    EXPECT_EQ(built.dump(), R"({"b":3,"a":2})");
    EXPECT_EQ(built.erase("b"), 1u);
    EXPECT_EQ(built.erase("b"), 0u);
    EXPECT_EQ(built.dump(2), "{\n  \"a\": 2\n}");
    EXPECT_EQ((Json{{"a", Json{1, 2}}, {"b", Json::array()}}).dump(2), "{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": []\n}");
}

TEST(Json, NumbersCompareByValueAcrossTheirKinds) {
    EXPECT_EQ(Json(1), Json(1u));
    EXPECT_EQ(Json(1), Json(1.0));
    EXPECT_NE(Json(-1), Json(std::uint64_t{18446744073709551615u}));
    EXPECT_NE(Json(1), Json("1"));
    EXPECT_EQ((Json{{"a", 1}}), (Json{{"a", 1.0}}));
    EXPECT_NE((Json{{"a", 1}, {"b", 2}}), (Json{{"b", 2}, {"a", 1}}));  // members in order
}

TEST(JsonPointer, EscapesKeysAndFindsItsParent) {
    const vk::JsonPointer p = vk::JsonPointer() / "a/b" / 3 / "m~n";
    EXPECT_EQ(p.toString(), "/a~1b/3/m~0n");
    EXPECT_EQ(p.back(), "m~n");
    EXPECT_EQ(p.parent().toString(), "/a~1b/3");
    EXPECT_EQ(p.parent().parent().back(), "a/b");
    EXPECT_EQ(vk::JsonPointer().toString(), "");
    EXPECT_EQ(vk::JsonPointer().parent().toString(), "");
}

}  // namespace
