// The nominee model on a fixture (tests/fixtures/nominees/valid.json): lookups and the small enum
// helpers. What this year's data/nominees.json holds is tested in tests/content/.
#include "core/nominees.hpp"

#include <gtest/gtest.h>

#include "common/read_file.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

const vk::LoadResult& fixture() {
    static const vk::LoadResult result = vk::loadNominees(vk::tools::readWholeFile(VK_TEST_FIXTURES "/nominees/valid.json"));
    return result;
}

TEST(Award, ClassNameInEachLanguageAndIdWithoutData) {
    const auto& award = fixture().data.award;
    // A no-break space keeps "15 000" on one line (as formatInteger does for numbers).
    EXPECT_EQ(award.className(vk::NomineeClass::Small, vk::Lang::Nb), "Under 15\u00a0000 innbyggere");
    EXPECT_EQ(award.className(vk::NomineeClass::Large, vk::Lang::Nb), "Over 15\u00a0000 innbyggere");
    EXPECT_EQ(award.className(vk::NomineeClass::Large, vk::Lang::En), "Over 15,000 inhabitants");
    EXPECT_EQ(vk::Award{}.className(vk::NomineeClass::Large, vk::Lang::Nb), "large");
}

TEST(NomineeData, LooksUpById) {
    const vk::NomineeData& data = fixture().data;
    ASSERT_NE(data.nominee("tinn"), nullptr);
    EXPECT_EQ(data.nominee("tinn")->name, "Tinn");
    EXPECT_EQ(data.nominee("Tinn"), nullptr);
    EXPECT_EQ(data.nominee(""), nullptr);
    EXPECT_EQ(data.nominee("oslo"), nullptr);
    ASSERT_NE(data.criterion("active"), nullptr);
    EXPECT_EQ(data.criterion("active")->id, "active");
    EXPECT_EQ(data.criterion("passive"), nullptr);
    const std::string firstTheme = data.themes.front().id;
    EXPECT_EQ(data.theme(firstTheme), &data.themes.front());
    EXPECT_EQ(data.theme("no-such-theme"), nullptr);
}

TEST(NomineeData, IndexFollowsDisplayOrder) {
    const vk::NomineeData& data = fixture().data;
    for (std::size_t i = 0; i < data.nominees.size(); ++i)
        EXPECT_EQ(data.nomineeIndex(data.nominees[i].id), static_cast<int>(i));
    EXPECT_EQ(data.nomineeIndex("oslo"), -1);
}

TEST(Nominee, HasThemeWhenAnyInitiativeHasIt) {
    vk::Nominee nominee;
    nominee.initiatives = {{"a", "active", {"energy"}, {}, {}, {}},
                           {"b", "adaptable", {"tourism", "innovation"}, {}, {}, {}}};
    EXPECT_TRUE(nominee.hasTheme("energy"));
    EXPECT_TRUE(nominee.hasTheme("innovation"));
    EXPECT_FALSE(nominee.hasTheme("planning"));
    EXPECT_FALSE(vk::Nominee{}.hasTheme("energy"));
}

TEST(Lang, ParsesOnlyTheTwoCodes) {
    EXPECT_EQ(vk::parseLang("nb"), vk::Lang::Nb);
    EXPECT_EQ(vk::parseLang("en"), vk::Lang::En);
    EXPECT_EQ(vk::parseLang("NB"), std::nullopt);
    EXPECT_EQ(vk::parseLang("nn"), std::nullopt);
    EXPECT_EQ(vk::parseLang(""), std::nullopt);
    EXPECT_STREQ(vk::langCode(vk::Lang::Nb), "nb");
    EXPECT_STREQ(vk::langCode(vk::Lang::En), "en");
}

TEST(Text, PicksTheLanguage) {
    const vk::Text text{"Reiseliv", "Tourism"};
    EXPECT_EQ(text.in(vk::Lang::Nb), "Reiseliv");
    EXPECT_EQ(text.in(vk::Lang::En), "Tourism");
}

TEST(NomineeClass, ParsesOnlyTheTwoIds) {
    EXPECT_EQ(vk::parseNomineeClass("small"), vk::NomineeClass::Small);
    EXPECT_EQ(vk::parseNomineeClass("large"), vk::NomineeClass::Large);
    EXPECT_EQ(vk::parseNomineeClass("Large"), std::nullopt);
    EXPECT_EQ(vk::parseNomineeClass("medium"), std::nullopt);
    EXPECT_STREQ(vk::nomineeClassId(vk::NomineeClass::Small), "small");
    EXPECT_STREQ(vk::nomineeClassId(vk::NomineeClass::Large), "large");
}

TEST(DataProblem, NamesTheWholeFileWhenThePathIsEmpty) {
    EXPECT_EQ((vk::DataProblem{"", "not valid JSON: the text is empty"}).toString(),
              "(file): not valid JSON: the text is empty");
    EXPECT_EQ((vk::DataProblem{"/nominees/5/centre/lat", "x"}).toString(), "/nominees/5/centre/lat: x");
}

}  // namespace
