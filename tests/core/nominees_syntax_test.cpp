// Text that is not quite JSON: a byte-order mark and CRLF are accepted; a syntax error is one
// problem at path "" that says where (line and column, counted from 1, the column in characters)
// and what, in words that help someone who edited the file by hand.
#include "core/nominees.hpp"

#include <gtest/gtest.h>

#include "common/read_file.hpp"

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

const std::string& fixtureText() {
    static const std::string text = vk::tools::readWholeFile(VK_TEST_FIXTURES "/nominees/valid.json");
    return text;
}

std::vector<std::string> problems(const vk::LoadResult& result) {
    std::vector<std::string> lines;
    for (const vk::DataProblem& problem : result.problems) lines.push_back(problem.toString());
    return lines;
}

std::string replaceAll(std::string text, const std::string& from, const std::string& to) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

// The fixture split into lines, so that a case can edit one line and know its number.
struct Lines {
    Lines() {
        std::istringstream in(fixtureText());
        for (std::string line; std::getline(in, line);) all.push_back(line);
    }
    // Index of the first line containing `marker`.
    std::size_t find(const std::string& marker) const {
        for (std::size_t i = 0; i < all.size(); ++i)
            if (all[i].find(marker) != std::string::npos) return i;
        ADD_FAILURE() << "no line with " << marker << " in the fixture";
        return 0;
    }
    std::string join(std::size_t count) const {
        std::string text;
        for (std::size_t i = 0; i < count && i < all.size(); ++i) text += all[i] + "\n";
        return text;
    }
    std::string join() const { return join(all.size()); }
    std::vector<std::string> all;
};

std::string at(std::size_t lineIndex, std::size_t column) {
    return "(file): not valid JSON at line " + std::to_string(lineIndex + 1) + ", column " + std::to_string(column) +
           ": ";
}

void expectUnusable(const vk::LoadResult& result) {
    EXPECT_FALSE(result.usable);
    EXPECT_TRUE(result.data.nominees.empty());
}

TEST(NomineeSyntax, ByteOrderMarkIsAccepted) {
    const vk::LoadResult result = vk::loadNominees("\xEF\xBB\xBF" + fixtureText());
    EXPECT_EQ(problems(result), std::vector<std::string>{});
    EXPECT_EQ(result.data.nominees.size(), 6u);
}

TEST(NomineeSyntax, CrlfIsAccepted) {
    const std::string crlf = replaceAll(fixtureText(), "\n", "\r\n");
    ASSERT_NE(crlf.find("\r\n"), std::string::npos);
    const vk::LoadResult result = vk::loadNominees(crlf);
    EXPECT_EQ(problems(result), std::vector<std::string>{});
    EXPECT_EQ(result.data.nominees.size(), 6u);
    EXPECT_EQ(result.data.nominees[0].summary.nb.find('\r'), std::string::npos);
}

TEST(NomineeSyntax, ByteOrderMarkAndCrlfDoNotShiftPositions) {
    const std::string expected =
        "(file): not valid JSON at line 2, column 9: trailing comma before '}' (JSON allows no comma after the last "
        "item)";
    EXPECT_EQ(problems(vk::loadNominees("{\n  \"a\": 1,\n}\n")), std::vector<std::string>{expected});
    EXPECT_EQ(problems(vk::loadNominees("{\r\n  \"a\": 1,\r\n}\r\n")), std::vector<std::string>{expected});
    EXPECT_EQ(problems(vk::loadNominees("\xEF\xBB\xBF{\r\n  \"a\": 1,\r\n}\r\n")), std::vector<std::string>{expected});
}

TEST(NomineeSyntax, ColumnCountsCharactersNotBytes) {
    EXPECT_EQ(problems(vk::loadNominees("{\"å\": \"ø\" \"b\": 1}")),
              std::vector<std::string>{
                  "(file): not valid JSON at line 1, column 11: expected ',' or '}', got a string (is a comma "
                  "missing before it?)"});
}

TEST(NomineeSyntax, TrailingCommaInAnObjectPointsAtTheComma) {
    Lines lines;
    const std::size_t line = lines.find("\"date\": \"2025-03-17\"");  // the last member of award.source
    lines.all[line] += ",";
    const vk::LoadResult result = vk::loadNominees(lines.join());
    EXPECT_EQ(problems(result),
              std::vector<std::string>{at(line, lines.all[line].size()) +
                                       "trailing comma before '}' (JSON allows no comma after the last item)"});
    expectUnusable(result);
}

TEST(NomineeSyntax, TrailingCommaInAnArrayPointsAtTheComma) {
    Lines lines;
    const std::size_t line = lines.find("\"KS\"");  // the last organiser
    lines.all[line] += "  ";
    lines.all[line] += ",";
    EXPECT_EQ(problems(vk::loadNominees(lines.join())),
              std::vector<std::string>{at(line, lines.all[line].size()) +
                                       "trailing comma before ']' (JSON allows no comma after the last item)"});
}

TEST(NomineeSyntax, StrayComma) {
    Lines lines;
    const std::size_t line = lines.find("\"year\": 2025,");
    lines.all[line] += ",";
    EXPECT_EQ(problems(vk::loadNominees(lines.join())),
              std::vector<std::string>{at(line, lines.all[line].size()) + "stray comma (there is nothing before it)"});
}

TEST(NomineeSyntax, MissingCommaPointsAtWhatFollows) {
    Lines lines;
    const std::size_t line = lines.find("\"year\": 2025,");
    lines.all[line].pop_back();
    const std::size_t next = line + 1;
    const std::size_t column = lines.all[next].find('"') + 1;
    EXPECT_EQ(problems(vk::loadNominees(lines.join())),
              std::vector<std::string>{at(next, column) +
                                       "expected ',' or '}', got a string (is a comma missing before it?)"});
}

TEST(NomineeSyntax, TruncatedFileSaysItEndsTooEarly) {
    Lines lines;
    const std::size_t line = lines.find("\"populationThreshold\"");
    const std::string text = lines.join(line + 1);  // ends with "15000,\n"
    const vk::LoadResult result = vk::loadNominees(text);
    EXPECT_EQ(problems(result),
              std::vector<std::string>{at(line + 1, 1) + "the text ends too early: expected a key in double quotes"});
    expectUnusable(result);
}

TEST(NomineeSyntax, TruncatedInsideAStringPointsAtItsStart) {
    Lines lines;
    const std::size_t line = lines.find("\"Årets vertskapskommune for næringslivet\"");
    const std::string text = lines.join(line) + lines.all[line].substr(0, lines.all[line].size() - 5);
    const std::size_t column = lines.all[line].find("\"Årets") + 1;
    EXPECT_EQ(problems(vk::loadNominees(text)),
              std::vector<std::string>{at(line, column) + "a string has no closing quote (the text ends inside it)"});
}

TEST(NomineeSyntax, UnquotedTextAndComments) {
    EXPECT_EQ(problems(vk::loadNominees("{\n  \"lat\": north\n}")),
              std::vector<std::string>{
                  "(file): not valid JSON at line 2, column 10: invalid value north (text needs double quotes; "
                  "the literals are true, false and null)"});
    EXPECT_EQ(problems(vk::loadNominees("{\n  // nominees\n}")),
              std::vector<std::string>{"(file): not valid JSON at line 2, column 3: comments are not allowed in JSON"});
    EXPECT_EQ(
        problems(vk::loadNominees("{\n  \"name\": 'Tinn'\n}")),
        std::vector<std::string>{"(file): not valid JSON at line 2, column 11: invalid value 'Tinn' (text needs double "
                                 "quotes; the literals are true, false and null)"});
}

TEST(NomineeSyntax, OtherMistakes) {
    EXPECT_EQ(problems(vk::loadNominees("{\"a\" 1}")),
              std::vector<std::string>{"(file): not valid JSON at line 1, column 6: expected ':', got a number"});
    EXPECT_EQ(problems(vk::loadNominees("{} {}")),
              std::vector<std::string>{
                  "(file): not valid JSON at line 1, column 4: unexpected text after the end of the JSON value"});
    EXPECT_EQ(problems(vk::loadNominees("{\"a\": \"two\nlines\"}")),
              std::vector<std::string>{
                  "(file): not valid JSON at line 1, column 11: invalid string: control character U+000A "
                  "(LF) must be escaped to \\u000A or \\n"});
    EXPECT_EQ(
        problems(vk::loadNominees("{\"a\": \"\xFF\"}")),
        std::vector<std::string>{"(file): not valid JSON at line 1, column 8: invalid string: ill-formed UTF-8 byte"});
}

TEST(NomineeSyntax, EmptyText) {
    const vk::LoadResult result = vk::loadNominees("\xEF\xBB\xBF\r\n");
    EXPECT_EQ(problems(result), std::vector<std::string>{"(file): not valid JSON: the text is empty"});
    expectUnusable(result);
}

}  // namespace
