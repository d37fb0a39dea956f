// This year's content (CTest label "content": editors run these, and they change with the data):
// the shipped data/nominees.json is valid and holds what the article and DESIGN.md promise.
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

}  // namespace
