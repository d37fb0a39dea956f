// The nominee model: the shipped data/nominees.json is valid and holds what the widget promises
// (docs/DATA.md, the public ids in DESIGN.md); lookups and the small enum helpers.
#include "core/nominees.hpp"

#include <gtest/gtest.h>

#include "common/read_file.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

const vk::LoadResult& shipped() {
    static const vk::LoadResult result = vk::loadNominees(vk::tools::readWholeFile(VK_SOURCE_DIR "/data/nominees.json"));
    return result;
}

std::vector<std::string> problemLines(const vk::LoadResult& result) {
    std::vector<std::string> lines;
    for (const vk::DataProblem& problem : result.problems) lines.push_back(problem.toString());
    return lines;
}

TEST(ShippedNominees, AreValid) {
    EXPECT_EQ(problemLines(shipped()), std::vector<std::string>{});
    EXPECT_TRUE(shipped().usable);
}

TEST(ShippedNominees, AreTheSixPublicIds) {
    std::vector<std::string> ids;
    for (const vk::Nominee& nominee : shipped().data.nominees) ids.push_back(nominee.id);
    std::sort(ids.begin(), ids.end());
    EXPECT_EQ(ids, (std::vector<std::string>{"asker", "drammen", "kongsvinger", "sigdal", "sykkylven", "tinn"}));
}

TEST(ShippedNominees, ClassesFollowTheArticle) {
    const vk::NomineeData& data = shipped().data;
    for (const char* id : {"asker", "drammen", "kongsvinger"}) {
        ASSERT_NE(data.nominee(id), nullptr) << id;
        EXPECT_EQ(data.nominee(id)->nomineeClass, vk::NomineeClass::Large) << id;
    }
    for (const char* id : {"sigdal", "sykkylven", "tinn"}) {
        ASSERT_NE(data.nominee(id), nullptr) << id;
        EXPECT_EQ(data.nominee(id)->nomineeClass, vk::NomineeClass::Small) << id;
    }
}

TEST(Award, ClassNameInEachLanguageAndIdWithoutData) {
    const auto& award = shipped().data.award;
    // A no-break space keeps "15 000" on one line (as formatInteger does for numbers).
    EXPECT_EQ(award.className(vk::NomineeClass::Small, vk::Lang::Nb), "Under 15\u00a0000 innbyggere");
    EXPECT_EQ(award.className(vk::NomineeClass::Large, vk::Lang::Nb), "Over 15\u00a0000 innbyggere");
    EXPECT_EQ(award.className(vk::NomineeClass::Large, vk::Lang::En), "Over 15,000 inhabitants");
    EXPECT_EQ(vk::Award{}.className(vk::NomineeClass::Large, vk::Lang::Nb), "large");
}

TEST(ShippedNominees, AwardAndCriteria) {
    const vk::NomineeData& data = shipped().data;
    EXPECT_EQ(data.award.year, 2025);
    EXPECT_EQ(data.award.populationThreshold, 15000);
    EXPECT_EQ(data.award.organisers, (std::vector<std::string>{"NHO", "KS"}));
    EXPECT_EQ(data.award.source.date, "2025-03-17");
    EXPECT_EQ(data.award.classes.size(), 2u);
    EXPECT_FALSE(data.award.winnerSmall);
    EXPECT_FALSE(data.award.winnerLarge);
    ASSERT_EQ(data.criteria.size(), 3u);
    EXPECT_EQ(data.criteria[0].id, "collaboration");
    EXPECT_EQ(data.criteria[1].id, "active");
    EXPECT_EQ(data.criteria[2].id, "adaptable");
    EXPECT_GE(data.themes.size(), 8u);
    EXPECT_LE(data.themes.size(), 14u);
}

TEST(ShippedNominees, EveryThemeIsUsedAndEveryNomineeCoversEveryCriterion) {
    const vk::NomineeData& data = shipped().data;
    for (const vk::Theme& theme : data.themes) {
        const bool used = std::any_of(data.nominees.begin(), data.nominees.end(),
                                      [&](const vk::Nominee& nominee) { return nominee.hasTheme(theme.id); });
        EXPECT_TRUE(used) << theme.id;
    }
    for (const vk::Nominee& nominee : data.nominees) {
        for (const vk::Criterion& criterion : data.criteria) {
            const bool covered =
                std::any_of(nominee.initiatives.begin(), nominee.initiatives.end(),
                            [&](const vk::Initiative& initiative) { return initiative.criterion == criterion.id; });
            EXPECT_TRUE(covered) << nominee.id << " has no initiative for " << criterion.id;
        }
    }
}

TEST(NomineeData, LooksUpById) {
    const vk::NomineeData& data = shipped().data;
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
    const vk::NomineeData& data = shipped().data;
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
