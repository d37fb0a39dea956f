// One frame of the widget's interface (src/ui/frame.hpp): what it returns and that it returns
// nothing when nothing happened; the palette it draws in (src/ui/style.hpp).
#include "ui/frame.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "core/palette.hpp"
#include "core/strings.hpp"
#include "headless_ui.hpp"
#include "ui/drawn_lists.hpp"
#include "ui/style.hpp"

namespace {

using vk::uitest::HeadlessUi;

ImU32 u32(vk::Rgb c) { return IM_COL32(c.r, c.g, c.b, 0xff); }

TEST(Frame, NothingHappenedMeansNoActionAndTheSamePicture) {
    HeadlessUi ui;
    ui.state.selected = {"asker", "tinn"};
    ui.settle();
    vk::ui::DrawnLists before;
    before.record(*ImGui::GetDrawData());
    const vk::ui::FrameOutput out = ui.frame();
    EXPECT_FALSE(out.state);
    EXPECT_EQ(out.map, vk::ui::MapCommand::None);
    EXPECT_FALSE(out.copyLink);
    EXPECT_EQ(out.flyTo, "");
    EXPECT_TRUE(before.same(*ImGui::GetDrawData()));

    ui.state.hover = "asker";  // a change draws a different picture
    ui.frame();
    EXPECT_FALSE(before.same(*ImGui::GetDrawData()));
}

TEST(Frame, NoContentDrawsNothing) {
    HeadlessUi ui;
    ui.settle();
    ASSERT_FALSE(ui.texts().empty());
    // drawFrame without data (before the page has handed it over) submits nothing.
    ImGui::NewFrame();
    vk::ui::FrameInput input;
    input.memory = &ui.memory;
    input.state = &ui.state;
    input.scene = &ui.scene;
    input.layout = ui.layout;
    const vk::ui::FrameOutput out = vk::ui::drawFrame(input);
    ImGui::Render();
    EXPECT_TRUE(out.targets.empty());
    EXPECT_TRUE(ui.texts().empty());
}

// A tap where a marker is drawn hits that nominee, and the tap selects it; so does a tap on its
// drawn name: hit testing and drawing use the same scene. At the start view and closer in, where
// Asker, Drammen and Sigdal come apart.
TEST(Frame, ATapOnADrawnMarkerOrNameSelectsItsNominee) {
    HeadlessUi ui;
    const vk::CameraView start = ui.camera.view();
    int tapped = 0;
    for (const vk::CameraView view : {start, vk::CameraView{vk::project({10.1, 59.9}), start.metresPerPixel / 6}}) {
        ui.camera.setView(view);
        ui.settle();
        for (const vk::Nominee& n : ui.data.nominees) {
            const vk::ScreenPoint centre = ui.markerCentre(n.id);
            if (!ui.layout.map.contains(vk::CanvasPoint{centre.x, centre.y})) continue;  // the harness's points are canvas px
            bool apart = true;  // no other marker near enough to mix with its drawn fill
            for (const vk::Nominee& other : ui.data.nominees) {
                const vk::ScreenPoint o = ui.markerCentre(other.id);
                if (other.id != n.id && std::hypot(o.x - centre.x, o.y - centre.y) < 26) apart = false;
            }
            if (!apart) continue;
            // The drawn marker: its fill's vertices around where the camera puts the centre.
            const vk::ScreenRect fill = ui.extentNear("##Background", centre, 11.5, ui.colours().marker);
            ASSERT_GT(fill.width, 0) << n.id;
            const vk::ScreenPoint drawn = HeadlessUi::centreOf(fill);
            const vk::ScreenPoint inMap{drawn.x - ui.layout.map.x + 3, drawn.y - ui.layout.map.y - 3};  // a finger's slip
            const std::string id{ui.scene.nomineeAt(inMap, 22, 8)};
            EXPECT_EQ(id, n.id);
            EXPECT_EQ(vk::clickNominee(ui.state, id).selected, std::vector<std::string>{n.id});
            const auto name = ui.find("##Background", n.name);
            ASSERT_EQ(name.size(), 1u) << n.id;
            const vk::ScreenPoint onName = HeadlessUi::centreOf(name[0].box);
            EXPECT_EQ(ui.scene.nomineeAt({onName.x - ui.layout.map.x, onName.y - ui.layout.map.y}, 12, 2), n.id);
            ++tapped;
        }
    }
    EXPECT_GE(tapped, 6);
    EXPECT_EQ(ui.scene.nomineeAt({-50, -50}, 22, 8), "");
}

TEST(Frame, EveryMarkerAndLabelIsNotedForThePagesTests) {
    HeadlessUi ui;
    ui.settle();
    for (const vk::Nominee& n : ui.data.nominees) {
        const auto* marker = ui.target("marker:" + n.id);
        ASSERT_NE(marker, nullptr) << n.id;
        const vk::ScreenPoint centre = ui.markerCentre(n.id);  // canvas px
        EXPECT_TRUE(marker->rect.contains(vk::CanvasPoint{centre.x, centre.y})) << n.id;
        const auto* label = ui.target("label:" + n.id);
        ASSERT_NE(label, nullptr) << n.id;
        const auto drawn = ui.find("##Background", n.name);
        ASSERT_EQ(drawn.size(), 1u) << n.id;
        const vk::ScreenRect& text = drawn[0].box;
        EXPECT_TRUE(label->rect.contains({text.x, text.y}) && label->rect.contains({text.x + text.width, text.y + text.height}))
            << n.id << ": the noted label is not where its name is drawn";
    }
}

TEST(Frame, TheDarkSchemeDrawsInTheDarkPalette) {
    HeadlessUi ui;
    const vk::Palette& light = vk::basePalette(vk::ColourScheme::Light);
    const vk::Palette& dark = vk::paletteFor(vk::ColourScheme::Dark, std::nullopt);
    ASSERT_NE(u32(light.panelAlt), u32(dark.panelAlt));
    ui.settle();
    const vk::ScreenRect panel = ui.window("##panel");
    // The panel draws no background of its own: each frame starts cleared to the panel's colour
    // (the platform's drawFrameContents), which under software GL saves filling it twice.
    const auto panelBackground = [&](ImU32 colour) {
        return ui.verticesNear("##panel", {panel.x + panel.width, panel.y + panel.height}, 2, colour).size();
    };
    // The nominee cards are filled in the scheme's panelAlt.
    const auto cardFill = [&](ImU32 colour) {
        const vk::ui::NamedTarget* card = ui.target("card:tinn");
        if (!card) return std::size_t{0};
        const vk::CanvasPoint centre = card->rect.centre();
        return ui.verticesNear("##panel", {centre.x, centre.y}, card->rect.width, colour).size();
    };
    EXPECT_EQ(panelBackground(u32(light.panel)), 0u);
    EXPECT_GT(cardFill(u32(light.panelAlt)), 0u);
    EXPECT_EQ(cardFill(u32(dark.panelAlt)), 0u);

    ui.state.forcedScheme = vk::ColourScheme::Dark;  // theme=dark
    vk::ui::usePalette(vk::paletteFor(ui.state.scheme(), ui.state.accent));  // as the platform's syncPalette does
    ui.settle();
    EXPECT_EQ(panelBackground(u32(dark.panel)), 0u);
    EXPECT_EQ(cardFill(u32(light.panelAlt)), 0u);
    EXPECT_GT(cardFill(u32(dark.panelAlt)), 0u);
    bool darkText = false;
    for (const auto& run : ui.texts("##panel")) darkText = darkText || run.colour == u32(dark.text);
    EXPECT_TRUE(darkText);
    for (const auto& run : ui.texts("##panel")) EXPECT_NE(run.colour, u32(light.text)) << run.text;
}

}  // namespace
