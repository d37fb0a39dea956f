#include "core/url_state.hpp"

#include <gtest/gtest.h>

namespace {

const std::vector<std::string> ids = {"asker", "drammen", "kongsvinger", "sigdal", "sykkylven", "tinn"};
using Ids = std::vector<std::string>;

TEST(ParseUrlState, SelectOne) {
    const auto r = vk::parseUrlState("#select=tinn", ids);
    EXPECT_EQ(r.state.selected, Ids({"tinn"}));
    EXPECT_TRUE(r.warnings.empty());
}

TEST(ParseUrlState, CompareTwoInOrder) {
    const auto r = vk::parseUrlState("compare=tinn,asker&lang=en&filter=small", ids);
    EXPECT_EQ(r.state.selected, Ids({"tinn", "asker"}));
    EXPECT_EQ(r.state.lang, vk::Lang::En);
    EXPECT_EQ(r.state.filter, vk::ClassFilter::Small);
}

TEST(ParseUrlState, PercentEncodedCommaAndCapitals) {
    EXPECT_EQ(vk::parseUrlState("?compare=Asker%2CTinn", ids).state.selected, Ids({"asker", "tinn"}));
}

TEST(ParseUrlState, UnknownIdIsIgnoredWithAWarning) {
    const auto r = vk::parseUrlState("#compare=oslo,tinn", ids);
    EXPECT_EQ(r.state.selected, Ids({"tinn"}));
    ASSERT_EQ(r.warnings.size(), 1u);
    EXPECT_EQ(r.warnings[0], "unknown nominee \"oslo\" in compare=");
}

TEST(ParseUrlState, MalformedValuesAreIgnoredWithWarnings) {
    const auto r = vk::parseUrlState("lang=de&filter=medium&zoom=3&select=", ids);
    EXPECT_EQ(r.state.lang, std::nullopt);
    EXPECT_EQ(r.state.filter, std::nullopt);
    EXPECT_TRUE(r.state.selected.empty());
    EXPECT_EQ(r.warnings, Ids({"lang= must be nb or en, got \"de\"", "filter= must be all, small or large, got \"medium\"",
                               "unknown setting \"zoom\""}));
}

TEST(ParseUrlState, BytesThatAreNotTextAreShownAsQuestionMarks) {
    const auto r = vk::parseUrlState("#select=%FF%C3&%E0=1", ids);
    EXPECT_TRUE(r.state.selected.empty());
    EXPECT_EQ(r.warnings, Ids({"unknown nominee \"??\" in select=", "unknown setting \"?\""}));
}

TEST(ParseUrlState, TooManyIdsKeepsTheFirst) {
    const auto r = vk::parseUrlState("compare=asker,tinn,sigdal", ids);
    EXPECT_EQ(r.state.selected, Ids({"asker", "tinn"}));
    EXPECT_EQ(r.warnings, Ids({"compare= takes at most 2 nominees; the rest are ignored"}));
    EXPECT_EQ(vk::parseUrlState("select=asker,tinn", ids).state.selected, Ids({"asker"}));
}

TEST(ParseUrlState, DuplicateIdCountsOnce) {
    EXPECT_EQ(vk::parseUrlState("compare=tinn,tinn", ids).state.selected, Ids({"tinn"}));
}

TEST(ParseUrlState, CompareWinsOverSelect) {
    EXPECT_EQ(vk::parseUrlState("compare=asker,tinn&select=sigdal", ids).state.selected, Ids({"asker", "tinn"}));
    EXPECT_EQ(vk::parseUrlState("select=sigdal&compare=asker,tinn", ids).state.selected, Ids({"asker", "tinn"}));
}

TEST(ParseUrlState, EmptyAndGarbage) {
    EXPECT_TRUE(vk::parseUrlState("", ids).state.selected.empty());
    EXPECT_TRUE(vk::parseUrlState("#", ids).warnings.empty());
    const auto r = vk::parseUrlState("&&=&%zz", ids);
    EXPECT_TRUE(r.state.selected.empty());
}

TEST(ParseUrlState, HashWinsOverQuery) {
    const auto r = vk::parseUrlState("?lang=en&select=asker", "#select=tinn", ids);
    EXPECT_EQ(r.state.selected, Ids({"tinn"}));
    EXPECT_EQ(r.state.lang, vk::Lang::En);
}

TEST(FormatUrlState, LeavesDefaultsOut) {
    EXPECT_EQ(vk::formatUrlState({}), "");
    vk::WidgetState s;
    s.selected = {"tinn"};
    EXPECT_EQ(vk::formatUrlState(s), "select=tinn");
    s.selected = {"asker", "tinn"};
    s.lang = vk::Lang::En;
    s.filter = vk::ClassFilter::Large;
    EXPECT_EQ(vk::formatUrlState(s), "compare=asker,tinn&lang=en&filter=large");
}

TEST(UrlState, RoundTrip) {
    vk::WidgetState s;
    s.selected = {"sykkylven", "drammen"};
    s.lang = vk::Lang::En;
    const auto parsed = vk::parseUrlState(vk::formatUrlState(s), ids);
    EXPECT_EQ(vk::applyUrlState({}, parsed.state), s);
}

TEST(ApplyUrlState, KeepsSelectionWhenTheUrlNamesNone) {
    vk::WidgetState s;
    s.selected = {"tinn"};
    vk::UrlState url;
    url.lang = vk::Lang::En;
    const auto applied = vk::applyUrlState(s, url);
    EXPECT_EQ(applied.selected, Ids({"tinn"}));
    EXPECT_EQ(applied.lang, vk::Lang::En);
}

// Issue 11: theme=light|dark and accent=RRGGBB, validated, in the hash or the query.
TEST(ParseUrlState, ThemeAndAccent) {
    const auto r = vk::parseUrlState("#theme=dark&accent=1F5FA8", ids);
    EXPECT_TRUE(r.warnings.empty());
    EXPECT_EQ(r.state.theme, vk::ColourScheme::Dark);
    EXPECT_EQ(r.state.accent, (vk::Rgb{0x1f, 0x5f, 0xa8}));
    EXPECT_EQ(vk::parseUrlState("accent=%231f5fa8", ids).state.accent, (vk::Rgb{0x1f, 0x5f, 0xa8}));  // '#' percent-encoded
}

TEST(ParseUrlState, BadThemeAndAccentAreIgnoredWithAWarning) {
    const auto r = vk::parseUrlState("theme=sepia&accent=red", ids);
    EXPECT_FALSE(r.state.theme.has_value());
    EXPECT_FALSE(r.state.accent.has_value());
    ASSERT_EQ(r.warnings.size(), 2u);
    EXPECT_EQ(r.warnings[0], "theme= must be light or dark, got \"sepia\"");
    EXPECT_EQ(r.warnings[1], "accent= must be a hex colour RRGGBB, got \"red\"");
}

TEST(ParseUrlState, ThemeFromTheQueryUnlessTheHashSaysOtherwise) {
    EXPECT_EQ(vk::parseUrlState("?theme=dark", "#select=tinn", ids).state.theme, vk::ColourScheme::Dark);
    EXPECT_EQ(vk::parseUrlState("?theme=dark", "#theme=light", ids).state.theme, vk::ColourScheme::Light);
    EXPECT_EQ(vk::parseUrlState("?accent=000000", "", ids).state.accent, (vk::Rgb{0, 0, 0}));
}

TEST(UrlState, ForcedThemeAndAccentRoundTrip) {
    vk::WidgetState s;
    s.selected = {"tinn"};
    s.forcedScheme = vk::ColourScheme::Dark;
    s.accent = vk::Rgb{0xe3, 0x00, 0x1b};
    EXPECT_EQ(vk::formatUrlState(s), "select=tinn&theme=dark&accent=e3001b");
    EXPECT_EQ(vk::applyUrlState({}, vk::parseUrlState(vk::formatUrlState(s), ids).state), s);
    // The reader's own scheme is not the link's business.
    vk::WidgetState system;
    system.systemScheme = vk::ColourScheme::Dark;
    EXPECT_EQ(vk::formatUrlState(system), "");
}

}  // namespace
