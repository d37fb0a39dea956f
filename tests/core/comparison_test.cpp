#include "core/comparison.hpp"

#include <gtest/gtest.h>

namespace {

// A small data set: three themes, two criteria, three nominees.
vk::NomineeData makeData() {
    vk::NomineeData d;
    d.criteria = {{"collaboration", {"Samarbeid", "Collaboration"}, {}}, {"active", {"Aktiv", "Active"}, {}}};
    d.themes = {{"funds", {"Næringsfond", "Business funds"}}, {"ict", {"IKT-klynge", "ICT cluster"}}, {"tourism", {"Reiseliv", "Tourism"}}};
    vk::Nominee a;
    a.id = "a";
    a.name = "Alfa";
    a.initiatives = {{"a1", "collaboration", {"funds"}, {}, {}, {}}, {"a2", "active", {"tourism", "funds"}, {}, {}, {}}};
    vk::Nominee b;
    b.id = "b";
    b.name = "Beta";
    b.initiatives = {{"b1", "active", {"funds", "ict"}, {}, {}, {}}};
    vk::Nominee c;
    c.id = "c";
    c.name = "Gamma";
    c.initiatives = {{"c1", "active", {"ict"}, {}, {}, {}}};
    d.nominees = {a, b, c};
    return d;
}

using Ids = std::vector<std::string>;

TEST(CompareNominees, SplitsThemesIntoSharedAndOnlyOneSide) {
    const auto d = makeData();
    const auto c = vk::compareNominees(d, d.nominees[0], d.nominees[1]);
    EXPECT_EQ(c.shared, Ids({"funds"}));
    EXPECT_EQ(c.onlyLeft, Ids({"tourism"}));
    EXPECT_EQ(c.onlyRight, Ids({"ict"}));
}

TEST(CompareNominees, AlignsInitiativesByCriterionInDataOrder) {
    const auto d = makeData();
    const auto c = vk::compareNominees(d, d.nominees[0], d.nominees[1]);
    ASSERT_EQ(c.rows.size(), 2u);
    EXPECT_EQ(c.rows[0].criterion->id, "collaboration");
    ASSERT_EQ(c.rows[0].left.size(), 1u);
    EXPECT_EQ(c.rows[0].left[0]->id, "a1");
    EXPECT_TRUE(c.rows[0].right.empty());
    EXPECT_EQ(c.rows[1].criterion->id, "active");
    EXPECT_EQ(c.rows[1].right[0]->id, "b1");
}

TEST(SharedThemesSentence, ListsSharedThemesInLowerCaseButKeepsAcronyms) {
    auto d = makeData();
    d.nominees[0].initiatives.push_back({"a3", "active", {"ict"}, {}, {}, {}});
    const auto c = vk::compareNominees(d, d.nominees[0], d.nominees[1]);
    EXPECT_EQ(vk::sharedThemesSentence(d, c, vk::Lang::Nb), "Begge jobber med næringsfond og IKT-klynge.");
    EXPECT_EQ(vk::sharedThemesSentence(d, c, vk::Lang::En), "Both work on business funds and ICT cluster.");
}

TEST(SharedThemesSentence, SaysSoWhenNothingIsShared) {
    const auto d = makeData();
    const auto c = vk::compareNominees(d, d.nominees[0], d.nominees[2]);
    EXPECT_TRUE(c.shared.empty());
    EXPECT_EQ(vk::sharedThemesSentence(d, c, vk::Lang::En),
              "The jury's descriptions show no theme that Alfa and Gamma share.");
}

TEST(ThemeMatrix, CellIsTheFirstInitiativeWithTheTheme) {
    const auto d = makeData();
    const auto m = vk::buildThemeMatrix(d);
    ASSERT_EQ(m.themes.size(), 3u);
    ASSERT_EQ(m.nominees.size(), 3u);
    EXPECT_EQ(m.cells[0][0]->id, "a1");  // funds: a1 comes before a2
    EXPECT_EQ(m.cells[0][1]->id, "b1");
    EXPECT_EQ(m.cells[0][2], nullptr);
    EXPECT_EQ(m.cells[2][0]->id, "a2");  // tourism
}

TEST(ThemesOf, FollowsTheDataThemeOrder) {
    const auto d = makeData();
    EXPECT_EQ(vk::themesOf(d, d.nominees[0]), Ids({"funds", "tourism"}));
}

TEST(StatusSentence, NoneOneTwoAndUnknownIds) {
    const auto d = makeData();
    EXPECT_EQ(vk::statusSentence(d, {}, vk::Lang::Nb), "Ingen kommune er valgt.");
    EXPECT_EQ(vk::statusSentence(d, {"b"}, vk::Lang::En), "Beta is selected.");
    EXPECT_EQ(vk::statusSentence(d, {"a", "c"}, vk::Lang::Nb), "Alfa og Gamma sammenlignes.");
    EXPECT_EQ(vk::statusSentence(d, {"x", "c"}, vk::Lang::En), "Gamma is selected.");
}

}  // namespace
