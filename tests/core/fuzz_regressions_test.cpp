// What fuzzing (and the outside fuzzing of issue 10) found, one test per finding, each reading its
// input from tests/fuzz/regressions/<harness>/, where ./fuzz also replays it before fuzzing.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "common/read_file.hpp"
#include "core/geo_asset.hpp"
#include "base/json_io.hpp"
#include "core/nominees.hpp"
#include "core/strings.hpp"

namespace {

std::string regression(const std::string& name) {
    return vk::tools::readWholeFile(VK_SOURCE_DIR "/tests/fuzz/regressions/" + name);
}

std::string path(std::size_t depth, const char* step) {
    std::string p;
    for (std::size_t i = 0; i < depth; ++i) p += step;
    return p;
}

// Thousands of nested arrays overflowed the stack when the loader described the root value in
// its error message (and ./validate crashed): now the parse stops at the nesting limit.
TEST(FuzzRegression, DeepNestingInTheLoadersErrorPath) {
    const vk::LoadResult result = vk::loadNominees(regression("nominees/deep_nesting.json"));
    EXPECT_FALSE(result.usable);
    ASSERT_EQ(result.problems.size(), 1u);
    EXPECT_EQ(result.problems[0].toString(),
              path(32, "/0") + ": nesting deeper than 32 levels of objects and arrays (the format needs 6)");
}

TEST(FuzzRegression, DeepNestingOfObjects) {
    const vk::ParsedJson parsed = vk::parseJson(regression("json_check/deep_nesting_in_an_object.json"));
    EXPECT_FALSE(parsed.document.has_value());
    ASSERT_EQ(parsed.problems.size(), 1u);
    EXPECT_EQ(parsed.problems[0].path, path(32, "/a"));
}

// Ten thousand empty nominees: each missing key was checked against every problem so far
// (quadratic). Now the problems are capped and each entry is checked by one binary search.
TEST(FuzzRegression, ThousandsOfSmallEntries) {
    const vk::LoadResult result = vk::loadNominees(regression("nominees/thousands_of_small_entries.json"));
    EXPECT_FALSE(result.usable);
    ASSERT_EQ(result.problems.size(), 1001u);
    EXPECT_EQ(result.problems.front().toString(), R"((file): missing required key "award")");
    EXPECT_EQ(result.problems.back().toString(), "(file): more than 1000 problems; only the first 1000 are listed");
}

// 1,500 themes and 1,500 undefined ids: each id was compared with every theme for a "did you mean"
// suggestion (quadratic, seconds). Lists this long are a problem already; no suggestion is sought.
TEST(FuzzRegression, ThousandsOfUndefinedIdsWithSuggestions) {
    const vk::LoadResult result = vk::loadNominees(regression("nominees/thousands_of_undefined_ids.json"));
    EXPECT_FALSE(result.usable);
    ASSERT_EQ(result.problems.size(), 1001u);
    std::size_t undefined = 0;
    for (const vk::DataProblem& p : result.problems)
        if (p.message.starts_with("undefined theme")) {
            ++undefined;
            EXPECT_EQ(p.message.find("did you mean"), std::string::npos) << p.toString();
        }
    EXPECT_GT(undefined, 900u);
}

// A vertex step near 2^63 overflowed the decoder's running sum (undefined behaviour; it wrapped
// in wasm and drew garbage). Each step is now checked before it is added. The input is format 2,
// which is now refused first; the same steps in format 3 (the grid added to the header, the
// layer kind taken out) still reach the check.
TEST(FuzzRegression, SignedOverflowInTheGeometryDecoder) {
    const std::string bytes = regression("geo_asset/vertex_step_overflow.vkgeo");
    vk::GeoAsset asset;
    std::string error;
    EXPECT_FALSE(vk::decodeGeoAsset(std::vector<std::uint8_t>(bytes.begin(), bytes.end()), asset, error));
    EXPECT_EQ(error, "geometry format 2 is not supported (expected 3)");
    const std::string format3 = regression("geo_asset/vertex_step_overflow_format3.vkgeo");
    EXPECT_FALSE(vk::decodeGeoAsset(std::vector<std::uint8_t>(format3.begin(), format3.end()), asset, error));
    EXPECT_EQ(error, "a vertex lies outside the map's plane (more than 100000 km out) at byte 117");
}

// A number where the strings table expects text once threw from nlohmann-json's value() (an
// abort at start-up with exceptions off). It now reads as the key itself.
TEST(FuzzRegression, NonStringValueInTheStringsTable) {
    const vk::StringsTable table = vk::parseStringsTable(regression("strings/non_string_value.json"));
    ASSERT_EQ(table.nb.size(), vk::allStrings().size());
    const auto mapLabel = static_cast<std::size_t>(vk::Str::mapLabel);
    const auto zoomIn = static_cast<std::size_t>(vk::Str::zoomIn);
    EXPECT_EQ(table.nb[mapLabel], "mapLabel");
    EXPECT_EQ(table.en[mapLabel], "mapLabel");
    EXPECT_EQ(table.nb[zoomIn], "zoomIn");
}

}  // namespace
