// Next year's nominees need no code change: a data file with other ids, another count and both
// winners named (tests/fixtures/nominees/another-year.json, made up) loads and drives the model,
// the link state and the comparison exactly as this year's does.
#include "core/comparison.hpp"
#include "core/nominees.hpp"
#include "core/url_state.hpp"
#include "core/widget_state.hpp"

#include <gtest/gtest.h>

#include "common/read_file.hpp"

#include <string>
#include <vector>

namespace {

const vk::LoadResult& anotherYear() {
    static const vk::LoadResult result =
        vk::loadNominees(vk::tools::readWholeFile(VK_TEST_FIXTURES "/nominees/another-year.json"));
    return result;
}

std::vector<std::string> ids(const vk::NomineeData& data) {
    std::vector<std::string> out;
    for (const vk::Nominee& nominee : data.nominees) out.push_back(nominee.id);
    return out;
}

TEST(AnotherYear, LoadsWithItsOwnIdsCountAndWinners) {
    const vk::LoadResult& result = anotherYear();
    EXPECT_TRUE(result.usable);
    EXPECT_TRUE(result.problems.empty()) << result.problems.front().toString();
    EXPECT_EQ(ids(result.data), (std::vector<std::string>{"nordvik", "elvestad", "fjellby", "strandli", "dalheim"}));
    EXPECT_EQ(result.data.award.winnerSmall, "fjellby");
    EXPECT_EQ(result.data.award.winnerLarge, "nordvik");
}

TEST(AnotherYear, LinksNameItsNomineesAndRefuseThisYearsIds) {
    const auto known = ids(anotherYear().data);
    const vk::UrlParse parsed = vk::parseUrlState("compare=fjellby,nordvik", known);
    EXPECT_EQ(parsed.state.selected, (std::vector<std::string>{"fjellby", "nordvik"}));
    const vk::UrlParse old = vk::parseUrlState("select=tinn", known);
    EXPECT_TRUE(old.state.selected.empty());
    EXPECT_EQ(old.warnings.size(), 1u);
}

TEST(AnotherYear, ComparesAndBuildsTheThemeMatrixOverEveryNominee) {
    const vk::NomineeData& data = anotherYear().data;
    const vk::Comparison comparison = vk::compareNominees(data, *data.nominee("fjellby"), *data.nominee("nordvik"));
    EXPECT_EQ(comparison.rows.size(), data.criteria.size());
    EXPECT_EQ(vk::buildThemeMatrix(data).nominees.size(), 5u);
    const vk::WidgetState state = vk::clickNominee(vk::clickNominee(vk::WidgetState{}, "dalheim"), "strandli");
    EXPECT_EQ(state.selected, (std::vector<std::string>{"dalheim", "strandli"}));
    EXPECT_NE(vk::statusSentence(data, state.selected, vk::Lang::En).find("Strandli"), std::string::npos);
}

TEST(AnotherYear, AWinnerIsNamedAsSuch) {
    const vk::NomineeData& data = anotherYear().data;
    EXPECT_EQ(vk::classLine(data, *data.nominee("fjellby"), vk::Lang::Nb), "Vinner · Under 15\u00a0000 innbyggere");
    EXPECT_EQ(vk::classLine(data, *data.nominee("nordvik"), vk::Lang::En), "Winner · Over 15,000 inhabitants");
    EXPECT_EQ(vk::classLine(data, *data.nominee("dalheim"), vk::Lang::En), "Under 15,000 inhabitants");
    EXPECT_FALSE(data.award.isWinner("dalheim"));
}

}  // namespace
