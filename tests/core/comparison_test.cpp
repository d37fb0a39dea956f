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
              "By our own grouping into themes, Alfa and Gamma share no theme.");
}

// Eight themes and four nominees, for the shared-themes sentence.
vk::NomineeData makeWideData() {
    vk::NomineeData d;
    d.criteria = {{"active", {"Aktiv", "Active"}, {}}};
    d.themes = {{"funds", {"Næringsfond", "Business funds"}},
                {"ict", {"IKT-klynge", "ICT cluster"}},
                {"tourism", {"Reiseliv", "Tourism"}},
                {"energy", {"Energi", "Energy"}},
                {"skills", {"Kompetanse", "Skills"}},
                {"forums", {"Møteplasser", "Meeting places"}},
                {"planning", {"Planer", "Plans"}},
                {"procurement", {"Offentlige anskaffelser", "Public procurement"}}};
    auto nominee = [](const char* id, const char* name, std::vector<std::vector<std::string>> initiatives) {
        vk::Nominee n;
        n.id = id;
        n.name = name;
        int i = 0;
        for (auto& themes : initiatives) n.initiatives.push_back({id + std::to_string(++i), "active", themes, {}, {}, {}});
        return n;
    };
    // Nominees with each theme: funds 4, ict 4, planning 4, forums 3, skills 3, energy 2,
    // tourism 2, procurement 2.
    d.nominees = {nominee("a", "Alfa", {{"funds", "ict", "tourism", "energy"}, {"skills", "forums", "planning", "procurement"}, {"energy"}}),
                  nominee("b", "Beta", {{"funds", "ict", "tourism", "energy", "skills", "forums", "planning", "procurement"}}),
                  nominee("c", "Gamma", {{"funds", "ict", "skills", "forums", "planning"}}),
                  nominee("d", "Delta", {{"funds", "ict", "planning"}})};
    return d;
}

// Alfa and Beta with only the first `count` themes of the data each (for 0 to 8 shared themes).
vk::Comparison firstThemesShared(vk::NomineeData& d, std::size_t count) {
    std::vector<std::string> themes;
    for (std::size_t i = 0; i < count; ++i) themes.push_back(d.themes[i].id);
    d.nominees[0].initiatives = {{"a1", "active", themes, {}, {}, {}}, {"a2", "active", {"energy"}, {}, {}, {}}};
    d.nominees[1].initiatives = {{"b1", "active", themes, {}, {}, {}}};
    if (count == 0) d.nominees[1].initiatives = {{"b1", "active", {"skills"}, {}, {}, {}}};
    return vk::compareNominees(d, d.nominees[0], d.nominees[1]);
}

TEST(SharedThemesByInterest, RarestFirstThenMoreInitiativesThenDataOrder) {
    const auto d = makeWideData();
    const auto c = vk::compareNominees(d, d.nominees[0], d.nominees[1]);
    ASSERT_EQ(c.shared.size(), 8u);
    // Two nominees have energy, tourism and procurement; Alfa gives energy two initiatives, so it
    // comes first. Then forums and skills (three nominees, data order), then the themes of four.
    EXPECT_EQ(vk::sharedThemesByInterest(d, c),
              Ids({"energy", "tourism", "procurement", "skills", "forums", "funds", "ict", "planning"}));
}

TEST(SharedThemesSentence, NoSharedThemeInBothLanguages) {
    auto d = makeWideData();
    const auto c = firstThemesShared(d, 0);
    ASSERT_TRUE(c.shared.empty());
    EXPECT_EQ(vk::sharedThemesSentence(d, c, vk::Lang::Nb), "Etter vår inndeling i tema har Alfa og Beta ikke noe tema felles.");
    EXPECT_EQ(vk::sharedThemesSentence(d, c, vk::Lang::En), "By our own grouping into themes, Alfa and Beta share no theme.");
}

TEST(SharedThemesSentence, OneSharedTheme) {
    auto d = makeWideData();
    const auto c = firstThemesShared(d, 1);
    EXPECT_EQ(vk::sharedThemesSentence(d, c, vk::Lang::Nb), "Begge jobber med næringsfond.");
    EXPECT_EQ(vk::sharedThemesSentence(d, c, vk::Lang::En), "Both work on business funds.");
}

TEST(SharedThemesSentence, TwoSharedThemes) {
    auto d = makeWideData();
    const auto c = firstThemesShared(d, 2);
    EXPECT_EQ(vk::sharedThemesSentence(d, c, vk::Lang::Nb), "Begge jobber med næringsfond og IKT-klynge.");
    EXPECT_EQ(vk::sharedThemesSentence(d, c, vk::Lang::En), "Both work on business funds and ICT cluster.");
}

TEST(SharedThemesSentence, ThreeSharedThemesAllNamedMostTellingFirst) {
    auto d = makeWideData();
    const auto c = firstThemesShared(d, 3);  // funds, ict, tourism: tourism is the rarest
    EXPECT_EQ(vk::sharedThemesSentence(d, c, vk::Lang::Nb), "Begge jobber med reiseliv, næringsfond og IKT-klynge.");
    EXPECT_EQ(vk::sharedThemesSentence(d, c, vk::Lang::En), "Both work on tourism, business funds and ICT cluster.");
}

TEST(SharedThemesSentence, FourSharedThemesAreAllNamedRatherThanOneCounted) {
    auto d = makeWideData();
    const auto c = firstThemesShared(d, 4);  // + energy, which Alfa has twice
    EXPECT_EQ(vk::sharedThemesSentence(d, c, vk::Lang::Nb), "Begge jobber med energi, reiseliv, næringsfond og IKT-klynge.");
    EXPECT_EQ(vk::sharedThemesSentence(d, c, vk::Lang::En), "Both work on energy, tourism, business funds and ICT cluster.");
}

TEST(SharedThemesSentence, ManySharedThemesNameTheMostTellingThreeAndCountTheRest) {
    auto d = makeWideData();
    const auto all = vk::compareNominees(d, d.nominees[0], d.nominees[1]);
    ASSERT_EQ(all.shared.size(), 8u);
    EXPECT_EQ(vk::sharedThemesSentence(d, all, vk::Lang::Nb),
              "Begge jobber med energi, reiseliv og offentlige anskaffelser, og med 5 andre tema.");
    EXPECT_EQ(vk::sharedThemesSentence(d, all, vk::Lang::En),
              "Both work on energy, tourism and public procurement, and on 5 other themes.");
    // The comparison itself keeps every shared theme, for the chips.
    EXPECT_EQ(all.shared.size(), 8u);

    const auto five = firstThemesShared(d, 5);  // funds, ict, tourism, energy, skills
    EXPECT_EQ(vk::sharedThemesSentence(d, five, vk::Lang::En), "Both work on energy, tourism and skills, and on 2 other themes.");
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
