#include "core/widget_state.hpp"

#include <gtest/gtest.h>

namespace {

using Ids = std::vector<std::string>;

vk::WidgetState with(Ids selected) {
    vk::WidgetState s;
    s.selected = std::move(selected);
    return s;
}

TEST(ClickNominee, FirstClickSelects) { EXPECT_EQ(vk::clickNominee({}, "tinn").selected, Ids({"tinn"})); }

TEST(ClickNominee, SecondClickComparesWithNewOneOnTheRight) {
    EXPECT_EQ(vk::clickNominee(with({"asker"}), "tinn").selected, Ids({"asker", "tinn"}));
}

TEST(ClickNominee, ThirdClickReplacesTheRightHandOne) {
    EXPECT_EQ(vk::clickNominee(with({"asker", "tinn"}), "sigdal").selected, Ids({"asker", "sigdal"}));
}

TEST(ClickNominee, ClickingASelectedOneRemovesIt) {
    EXPECT_EQ(vk::clickNominee(with({"asker", "tinn"}), "asker").selected, Ids({"tinn"}));
    EXPECT_EQ(vk::clickNominee(with({"asker", "tinn"}), "tinn").selected, Ids({"asker"}));
    EXPECT_TRUE(vk::clickNominee(with({"asker"}), "asker").selected.empty());
}

TEST(ClickNominee, ClosesAnOpenedInitiative) {
    auto s = vk::openInitiative({}, "tinn", "rnu");
    EXPECT_EQ(s.openedInitiative, "rnu");
    EXPECT_EQ(vk::clickNominee(s, "asker").openedInitiative, "");
}

TEST(SelectNominee, SelectsOnlyThatOne) {
    EXPECT_EQ(vk::selectNominee(with({"asker", "tinn"}), "drammen").selected, Ids({"drammen"}));
}

TEST(CompareNominees, SetsLeftAndRight) {
    EXPECT_EQ(vk::compareNominees({}, "tinn", "asker").selected, Ids({"tinn", "asker"}));
    EXPECT_EQ(vk::compareNominees({}, "tinn", "tinn").selected, Ids({"tinn"}));
}

TEST(SwapComparison, ExchangesSidesOnlyWhenComparing) {
    EXPECT_EQ(vk::swapComparison(with({"asker", "tinn"})).selected, Ids({"tinn", "asker"}));
    EXPECT_EQ(vk::swapComparison(with({"asker"})).selected, Ids({"asker"}));
}

TEST(ClearSelection, EmptiesSelectionButKeepsLanguageAndFilter) {
    auto s = with({"asker", "tinn"});
    s.lang = vk::Lang::En;
    s.filter = vk::ClassFilter::Small;
    const auto cleared = vk::clearSelection(s);
    EXPECT_TRUE(cleared.selected.empty());
    EXPECT_EQ(cleared.lang, vk::Lang::En);
    EXPECT_EQ(cleared.filter, vk::ClassFilter::Small);
}

TEST(ClearAll, AlsoTurnsOffTheHighlightedTheme) {
    auto s = vk::toggleTheme(with({"tinn"}), "tourism");
    s.lang = vk::Lang::En;
    const auto cleared = vk::clearAll(s);
    EXPECT_TRUE(cleared.selected.empty());
    EXPECT_EQ(cleared.highlightedTheme, "");
    EXPECT_EQ(cleared.lang, vk::Lang::En);
}

TEST(ToggleTheme, SecondPickTurnsItOff) {
    auto s = vk::toggleTheme({}, "tourism");
    EXPECT_EQ(s.highlightedTheme, "tourism");
    s = vk::toggleTheme(s, "procurement");
    EXPECT_EQ(s.highlightedTheme, "procurement");
    EXPECT_EQ(vk::toggleTheme(s, "procurement").highlightedTheme, "");
}

TEST(OpenInitiative, SelectsTheNomineeAloneAndRemembersTheInitiative) {
    const auto s = vk::openInitiative(with({"asker", "tinn"}), "sigdal", "testarena");
    EXPECT_EQ(s.selected, Ids({"sigdal"}));
    EXPECT_EQ(s.openedInitiative, "testarena");
}

TEST(ClassFilter, ParsesAndFilters) {
    EXPECT_EQ(vk::parseClassFilter("small"), vk::ClassFilter::Small);
    EXPECT_EQ(vk::parseClassFilter("large"), vk::ClassFilter::Large);
    EXPECT_EQ(vk::parseClassFilter("all"), vk::ClassFilter::All);
    EXPECT_EQ(vk::parseClassFilter("Small"), std::nullopt);
    EXPECT_STREQ(vk::classFilterId(vk::ClassFilter::Large), "large");
    EXPECT_TRUE(vk::passesFilter(vk::ClassFilter::All, vk::NomineeClass::Large));
    EXPECT_TRUE(vk::passesFilter(vk::ClassFilter::Small, vk::NomineeClass::Small));
    EXPECT_FALSE(vk::passesFilter(vk::ClassFilter::Small, vk::NomineeClass::Large));
    EXPECT_FALSE(vk::passesFilter(vk::ClassFilter::Large, vk::NomineeClass::Small));
}

TEST(WidgetState, HoverAndLanguage) {
    auto s = vk::setHover({}, "drammen");
    EXPECT_EQ(s.hover, "drammen");
    EXPECT_EQ(vk::setHover(s, "").hover, "");
    EXPECT_EQ(vk::setLang(s, vk::Lang::En).lang, vk::Lang::En);
    EXPECT_EQ(vk::setFilter(s, vk::ClassFilter::Large).filter, vk::ClassFilter::Large);
}

}  // namespace
