// The panel (src/ui/panel.hpp), read back from the frame's draw lists: the overview's cards, one
// nominee's details, two compared, in either language.
#include "ui/panel.hpp"

#include <gtest/gtest.h>

#include "core/strings.hpp"
#include "headless_ui.hpp"
#include "ui/style.hpp"

namespace {

using vk::Lang;
using vk::Str;
using vk::uitest::HeadlessUi;

constexpr const char* panel = "##panel";

TEST(Panel, TheDetailShowsAreaCentreAndMunicipalityNumber) {
    HeadlessUi ui;
    ui.state.selected = {"sigdal"};
    ui.settle();
    const vk::Nominee& n = *ui.data.nominee("sigdal");
    EXPECT_TRUE(ui.shows(panel, n.name));
    EXPECT_TRUE(ui.shows(panel, vk::tr(Str::area, Lang::Nb)));
    EXPECT_TRUE(ui.shows(panel, vk::trf(Str::areaValue, Lang::Nb, {vk::formatDecimal(n.areaKm2, Lang::Nb)})));
    EXPECT_TRUE(ui.shows(panel, vk::tr(Str::centre, Lang::Nb)));
    EXPECT_TRUE(ui.shows(panel, n.centre.name));  // Prestfoss: not the municipality's name
    EXPECT_TRUE(ui.shows(panel, vk::tr(Str::municipalityNumber, Lang::Nb) + " " + n.municipalityNumber));
    // The title is the nominee's name in the selection's colour.
    bool titleInLeftColour = false;
    for (const auto& run : ui.find(panel, n.name)) titleInLeftColour = titleInLeftColour || run.colour == ui.colours().left;
    EXPECT_TRUE(titleInLeftColour);
    ASSERT_NE(ui.target("close"), nullptr);
}

TEST(Panel, TheComparisonShowsBothNamesWithTheirRemoveButtons) {
    HeadlessUi ui;
    ui.state.selected = {"asker", "tinn"};
    ui.settle();
    const ImU32 sideColours[] = {ui.colours().left, ui.colours().right};
    const char* names[] = {"Asker", "Tinn"};
    const char* ids[] = {"asker", "tinn"};
    double nameX[2] = {};
    for (int side = 0; side < 2; ++side) {
        std::optional<vk::ScreenRect> title;
        for (const auto& run : ui.find(panel, names[side]))
            if (run.colour == sideColours[side]) title = run.box;
        ASSERT_TRUE(title) << names[side] << " is not drawn in its side's colour";
        nameX[side] = title->x;
        const auto* remove = ui.target(std::string("remove:") + ids[side]);
        ASSERT_NE(remove, nullptr) << ids[side];
        // The remove button sits on the name's line, right of it, inside the panel.
        EXPECT_GT(remove->rect.x, title->x + title->width) << ids[side];
        EXPECT_LT(std::abs(HeadlessUi::centreOf(remove->rect).y - HeadlessUi::centreOf(*title).y), remove->rect.height / 2)
            << ids[side];
        EXPECT_TRUE(ui.window(panel).contains(HeadlessUi::centreOf(remove->rect))) << ids[side];
        EXPECT_EQ(ui.verticesNear(panel, HeadlessUi::centreOf(remove->rect), 4, ui.colours().text).empty(), false)
            << "the × of " << ids[side];
    }
    EXPECT_LT(nameX[0], nameX[1]);  // left first
    EXPECT_FALSE(ui.target("remove:asker")->rect.overlaps(ui.target("remove:tinn")->rect));
    EXPECT_EQ(ui.find(panel, "\xc3\x97").size(), 2u);  // two × glyphs
}

TEST(Panel, RemovingOneOfTheComparisonKeepsTheOther) {
    HeadlessUi ui;
    ui.state.selected = {"asker", "tinn"};
    ui.settle();
    const vk::ui::FrameOutput out = ui.click(HeadlessUi::centreOf(ui.target("remove:asker")->rect));
    ASSERT_TRUE(out.state);
    EXPECT_EQ(out.state->selected, std::vector<std::string>{"tinn"});
}

TEST(Panel, ACardSelectsItsNomineeAndBringsItIntoView) {
    HeadlessUi ui;
    ui.settle();
    const auto* card = ui.target("card:sykkylven");
    ASSERT_NE(card, nullptr);
    const vk::ui::FrameOutput out = ui.click(HeadlessUi::centreOf(card->rect));
    ASSERT_TRUE(out.state);
    EXPECT_EQ(out.state->selected, std::vector<std::string>{"sykkylven"});
    EXPECT_EQ(out.flyTo, "sykkylven");
}

TEST(Panel, EnglishAndNorwegianTexts) {
    HeadlessUi ui;
    ui.settle();
    EXPECT_TRUE(ui.shows(panel, vk::tr(Str::hintStart, Lang::Nb)));
    EXPECT_FALSE(ui.shows(panel, vk::tr(Str::hintStart, Lang::En)));
    EXPECT_TRUE(ui.shows(panel, vk::tr(Str::switchLanguage, Lang::Nb)));  // "English"
    EXPECT_TRUE(ui.shows(panel, ui.data.award.name.nb));

    const vk::ui::FrameOutput out = ui.click(HeadlessUi::centreOf(ui.target("lang")->rect));
    ASSERT_TRUE(out.state);
    EXPECT_EQ(out.state->lang, Lang::En);
    ui.state = *out.state;
    ui.settle();
    EXPECT_TRUE(ui.shows(panel, vk::tr(Str::hintStart, Lang::En)));
    EXPECT_FALSE(ui.shows(panel, vk::tr(Str::hintStart, Lang::Nb)));
    EXPECT_TRUE(ui.shows(panel, vk::tr(Str::switchLanguage, Lang::En)));  // "Norsk"
    EXPECT_TRUE(ui.shows(panel, ui.data.award.name.en));
    EXPECT_TRUE(ui.shows("##legend", ui.data.award.className(vk::NomineeClass::Large, Lang::En)));
    EXPECT_FALSE(ui.shows("##legend", ui.data.award.className(vk::NomineeClass::Large, Lang::Nb)));
}

TEST(Panel, AWinnersCardSaysSo) {
    HeadlessUi ui;
    ui.settle();
    EXPECT_FALSE(ui.shows(panel, vk::tr(Str::winner, Lang::Nb)));
    ui.data.award.winnerLarge = "drammen";
    ui.settle();
    EXPECT_TRUE(ui.shows(panel, vk::tr(Str::winner, Lang::Nb) + " · " + ui.data.nominee("drammen")->county));
}

TEST(Panel, OnAPhoneTheFilterMovesFromTheMapIntoThePanel) {
    HeadlessUi wide;
    wide.settle();
    EXPECT_GT(wide.window("##legend").width, 0);
    EXPECT_FALSE(wide.shows(panel, vk::tr(Str::filterAll, Lang::Nb)));

    HeadlessUi phone({390, 1200});
    ASSERT_TRUE(phone.layout.narrow);
    phone.settle();
    EXPECT_EQ(phone.window("##legend").width, 0);
    EXPECT_TRUE(phone.shows(panel, vk::tr(Str::filterLabel, Lang::Nb)));
    const auto* small = phone.target("filter:small");
    ASSERT_NE(small, nullptr);
    EXPECT_TRUE(phone.window(panel).contains(HeadlessUi::centreOf(small->rect)));
    EXPECT_GE(small->rect.height, 44);  // a finger's size on phones
}

}  // namespace
