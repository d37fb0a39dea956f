// Each limit of src/core/limits.hpp at its value: just under passes, just over gives the exact
// message at its JSON path (or byte offset), and what is valid is kept.
#include "core/limits.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "common/read_file.hpp"
#include "core/geo_asset.hpp"
#include "base/closest_match.hpp"
#include "base/json_io.hpp"
#include "core/nominees.hpp"

namespace {

using vk::Json;
namespace limits = vk::limits;

// A valid nominee file (the fixture, a copy of a year's shipped file), so that the limits do not
// depend on this year's content (tests/CMakeLists.txt: content tests carry their own label).
const std::string& validText() {
    static const std::string text = vk::tools::readWholeFile(VK_TEST_FIXTURES "/nominees/valid.json");
    return text;
}

Json valid() { return vk::parseJson(validText()).document.value(); }

std::vector<std::string> lines(const vk::LoadResult& result) {
    std::vector<std::string> out;
    for (const vk::DataProblem& p : result.problems) out.push_back(p.toString());
    return out;
}

std::string nested(std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); }

std::string zeros(std::size_t count) {
    std::string path;
    for (std::size_t i = 0; i < count; ++i) path += "/0";
    return path;
}

TEST(DataFileLimit, AtTheLimitIsRead) {
    std::string text = validText();
    text.resize(limits::maxDataFileBytes, ' ');  // JSON allows trailing spaces
    const vk::LoadResult result = vk::loadNominees(text);
    EXPECT_TRUE(result.usable);
    EXPECT_TRUE(result.problems.empty()) << lines(result).front();
}

TEST(DataFileLimit, OneByteOverIsRefusedWhole) {
    std::string text = validText();
    text.resize(limits::maxDataFileBytes + 1, ' ');
    const vk::LoadResult result = vk::loadNominees(text);
    EXPECT_FALSE(result.usable);
    EXPECT_EQ(lines(result), std::vector<std::string>{"(file): the file is 1048577 bytes; the limit is 1048576 bytes (1 MiB)"});
}

TEST(NestingLimit, AtTheLimitIsParsed) {
    const vk::ParsedJson parsed = vk::parseJson(nested(limits::maxNestingDepth));
    EXPECT_TRUE(parsed.document.has_value());
    EXPECT_TRUE(parsed.problems.empty());
}

TEST(NestingLimit, OneLevelDeeperIsRefusedAtThePathOfTheValueTooDeep) {
    const vk::ParsedJson parsed = vk::parseJson(nested(limits::maxNestingDepth + 1));
    EXPECT_FALSE(parsed.document.has_value());
    ASSERT_EQ(parsed.problems.size(), 1u);
    EXPECT_EQ(parsed.problems[0].toString(),
              zeros(32) + ": nesting deeper than 32 levels of objects and arrays (the format needs 6)");
}

TEST(StringLimit, AtTheLimitIsKept) {
    Json doc = valid();
    doc["nominees"][0]["summary"]["en"] = std::string(limits::maxStringBytes, 'x');
    const vk::LoadResult result = vk::loadNominees(doc.dump());
    EXPECT_TRUE(result.problems.empty()) << lines(result).front();
    EXPECT_EQ(result.data.nominees[0].summary.en.size(), limits::maxStringBytes);
}

TEST(StringLimit, OneByteOverLeavesItsNomineeOut) {
    Json doc = valid();
    doc["nominees"][0]["summary"]["en"] = std::string(limits::maxStringBytes + 1, 'x');
    const vk::LoadResult result = vk::loadNominees(doc.dump());
    EXPECT_EQ(lines(result), std::vector<std::string>{
                                 "/nominees/0/summary/en: expected a string of at most 4096 bytes, got 4097 bytes"});
    EXPECT_TRUE(result.usable);
    EXPECT_EQ(result.data.nominees.size(), doc["nominees"].size() - 1);
    EXPECT_EQ(result.data.nominee(doc["nominees"][0]["id"].get<std::string>()), nullptr);
}

TEST(StringLimit, IsCutWithoutSplittingACharacter) {
    // 4095 bytes and then "å" (2 bytes): cutting at 4096 would leave half a character.
    const vk::ParsedJson parsed = vk::parseJson("[\"" + std::string(limits::maxStringBytes - 1, 'x') + "\xC3\xA5\"]");
    ASSERT_TRUE(parsed.document.has_value());
    EXPECT_EQ((*parsed.document)[0].get<std::string>(), std::string(limits::maxStringBytes - 1, 'x'));
    ASSERT_EQ(parsed.problems.size(), 1u);
    EXPECT_EQ(parsed.problems[0].toString(), "/0: expected a string of at most 4096 bytes, got 4097 bytes");
}

TEST(KeyLimit, AtTheLimitIsAnUnknownKeyOnly) {
    const std::string key(limits::maxKeyBytes, 'k');
    const vk::ParsedJson parsed = vk::parseJson(R"({"a": {")" + key + R"(": 1}})");
    EXPECT_TRUE(parsed.problems.empty());
}

TEST(KeyLimit, OneByteOverIsReportedAtItsObject) {
    const std::string key(limits::maxKeyBytes + 1, 'k');
    const vk::ParsedJson parsed = vk::parseJson(R"({"a": {")" + key + R"(": 1}})");
    ASSERT_EQ(parsed.problems.size(), 1u);
    EXPECT_EQ(parsed.problems[0].toString(), "/a: expected a key of at most 64 bytes, got one of 65 bytes");
}

// An object {"k0": 0, "k1": 1, ...} of `count` members, inside an array inside an object.
std::string withMembers(std::size_t count) {
    std::string text = R"({"a": [1, {)";
    for (std::size_t i = 0; i < count; ++i) text += (i > 0 ? ", \"k" : "\"k") + std::to_string(i) + "\": 0";
    return text + "}]}";
}

TEST(MemberLimit, AtTheLimitIsParsed) {
    const vk::ParsedJson parsed = vk::parseJson(withMembers(limits::maxObjectMembers));
    ASSERT_TRUE(parsed.document.has_value());
    EXPECT_TRUE(parsed.problems.empty());
    EXPECT_EQ((*parsed.document)["a"][1].size(), limits::maxObjectMembers);
}

TEST(MemberLimit, OneOverIsRefusedWholeAtTheObject) {
    const vk::ParsedJson parsed = vk::parseJson(withMembers(limits::maxObjectMembers + 1));
    EXPECT_FALSE(parsed.document.has_value());
    ASSERT_EQ(parsed.problems.size(), 1u);
    EXPECT_EQ(parsed.problems[0].toString(), "/a/1: an object with more than 256 members (the format needs 11)");
}

TEST(MemberLimit, RepeatedKeysAreCountedOnce) {
    std::string text = "{";
    for (std::size_t i = 0; i < limits::maxObjectMembers + 1; ++i) text += i > 0 ? ", \"k\": 0" : "\"k\": 0";
    const vk::ParsedJson parsed = vk::parseJson(text + "}");
    ASSERT_TRUE(parsed.document.has_value());
    EXPECT_EQ(parsed.document->size(), 1u);
    EXPECT_EQ(parsed.problems.size(), limits::maxObjectMembers);  // each repeat: duplicate key "k"
}

// The valid file with its first nominee repeated under new ids until there are `count`.
Json withNominees(std::size_t count) {
    Json doc = valid();
    const Json first = doc["nominees"][0];
    for (std::size_t i = doc["nominees"].size(); i < count; ++i) {
        Json copy = first;
        copy["id"] = "copy-" + std::to_string(i);
        doc["nominees"].push_back(copy);
    }
    return doc;
}

TEST(NomineeLimit, AtTheLimitAllAreKept) {
    const vk::LoadResult result = vk::loadNominees(withNominees(limits::maxNominees).dump());
    EXPECT_TRUE(result.problems.empty()) << lines(result).front();
    EXPECT_EQ(result.data.nominees.size(), limits::maxNominees);
}

TEST(NomineeLimit, OneOverIsReportedAndTheFirstFiftyAreKept) {
    const vk::LoadResult result = vk::loadNominees(withNominees(limits::maxNominees + 1).dump());
    EXPECT_EQ(lines(result), std::vector<std::string>{"/nominees: expected 1 to 50 nominees, got 51"});
    EXPECT_TRUE(result.usable);
    EXPECT_EQ(result.data.nominees.size(), limits::maxNominees);
}

TEST(ListLimit, PartnersOverTheLimitLeaveTheirNomineeOut) {
    Json doc = valid();
    doc["nominees"][0]["initiatives"][0]["partners"] = Json(std::vector<std::string>(limits::maxListItems, "x"));
    EXPECT_TRUE(vk::loadNominees(doc.dump()).problems.empty());
    doc["nominees"][0]["initiatives"][0]["partners"].push_back("x");
    const vk::LoadResult result = vk::loadNominees(doc.dump());
    EXPECT_EQ(lines(result), std::vector<std::string>{"/nominees/0/initiatives/0/partners: expected 0 to 50 partners, got 51"});
    EXPECT_EQ(result.data.nominees.size(), doc["nominees"].size() - 1);
}

// The valid file with its first key repeated `count` times before it: one problem each (an
// object has at most limits::maxObjectMembers different keys, but may repeat one), nothing left out.
std::string withRepeatedKey(std::size_t count) {
    std::string text = validText();
    const std::size_t brace = text.find('{');
    std::string repeats;
    for (std::size_t i = 0; i < count; ++i) repeats += R"("schemaVersion": 1, )";
    return text.insert(brace + 1, repeats);
}

TEST(ProblemLimit, AtTheLimitAllAreListedAndTheFileIsUsed) {
    const vk::LoadResult result = vk::loadNominees(withRepeatedKey(limits::maxProblems));
    EXPECT_EQ(result.problems.size(), limits::maxProblems);
    EXPECT_TRUE(result.usable);
}

TEST(ProblemLimit, OneMoreRefusesTheFileAndListsTheFirstThousand) {
    const vk::LoadResult result = vk::loadNominees(withRepeatedKey(limits::maxProblems + 1));
    ASSERT_EQ(result.problems.size(), limits::maxProblems + 1);
    EXPECT_EQ(result.problems.front().toString(), R"((file): duplicate key "schemaVersion")");
    EXPECT_EQ(result.problems[limits::maxProblems - 1].toString(), R"((file): duplicate key "schemaVersion")");
    EXPECT_EQ(result.problems.back().toString(), "(file): more than 1000 problems; only the first 1000 are listed");
    EXPECT_FALSE(result.usable);
    EXPECT_TRUE(result.data.nominees.empty());
}

std::vector<std::string> candidates(std::size_t count) {
    std::vector<std::string> ids{"tourism"};
    while (ids.size() < count) ids.push_back("theme-" + std::to_string(ids.size()));
    return ids;
}

TEST(SuggestionLimit, AtTheLimitSuggests) {
    EXPECT_EQ(vk::closestMatch("tourisn", candidates(limits::maxSuggestionCandidates)), "tourism");
}

TEST(SuggestionLimit, OneCandidateMoreSuggestsNothing) {
    EXPECT_EQ(vk::closestMatch("tourisn", candidates(limits::maxSuggestionCandidates + 1)), std::nullopt);
}

TEST(ClosestMatch, LongWordsCostTheirLengthNotItsSquare) {
    // Within the bound only near the diagonal: a word of a million letters against one of a
    // million and one is still a typo away.
    const std::string word(1'000'000, 'a');
    EXPECT_EQ(vk::closestMatch(word, {word + "b", "other"}), word + "b");
    EXPECT_EQ(vk::closestMatch(word, {std::string(999'997, 'a')}), std::nullopt);
}

// ---- The geometry file ----

using Bytes = std::vector<std::uint8_t>;

std::string decodeError(const Bytes& bytes) {
    vk::GeoAsset asset;
    std::string error;
    EXPECT_FALSE(vk::decodeGeoAsset(bytes, asset, error));
    return error;
}

// One layer "x" with a segment from (0, 0) to (x, 0) metres, x a multiple of the 50 m grid.
// (The plane is the same on every grid: a coarser one has fewer steps to its edge.)
Bytes segmentTo(double x) {
    vk::GeoAsset asset;
    asset.layers.push_back({"x", {{0, 0}, {x, 0}}, {}, {0, 1}});
    return vk::encodeGeoAsset(asset);
}

TEST(GeoGridLimit, AtTheLimitIsRead) {
    vk::GeoAsset asset;
    std::string error;
    EXPECT_TRUE(vk::decodeGeoAsset(segmentTo(static_cast<double>(limits::maxGeoPlaneMetres)), asset, error)) << error;
    EXPECT_EQ(asset.layers[0].vertices[1].x, 100'000'000.0);
}

TEST(GeoGridLimit, OneStepOverIsRefused) {
    EXPECT_EQ(decodeError(segmentTo(static_cast<double>(limits::maxGeoPlaneMetres) + vk::defaultGeoGridMetres)),
              "a vertex lies outside the map's plane (more than 100000 km out) at byte 113");
}

TEST(GeoHeader, BoxesMustBeFiniteAndOrdered) {
    vk::GeoAsset asset;
    asset.norwayBounds = {0, 0, 100, 100};
    asset.extent = {0, 0, 100, 100};
    vk::GeoAsset decoded;
    std::string error;
    EXPECT_TRUE(vk::decodeGeoAsset(vk::encodeGeoAsset(asset), decoded, error)) << error;
    asset.extent = {0, 0, -100, 100};
    EXPECT_EQ(decodeError(vk::encodeGeoAsset(asset)), "implausible extent at byte 71");
    asset.extent = {0, 0, std::nan(""), 100};
    EXPECT_EQ(decodeError(vk::encodeGeoAsset(asset)), "implausible extent at byte 71");
    asset.extent = {0, 0, 100, 100};
    asset.norwayBounds = {0, 0, 1e300, 1e300};
    EXPECT_EQ(decodeError(vk::encodeGeoAsset(asset)), "implausible Norway bounds at byte 39");
}

}  // namespace
