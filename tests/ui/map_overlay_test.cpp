// What ImGui draws over the map (src/ui/map_overlay.hpp), read back from the frame's draw lists:
// marker styles, labels clear of each other and of the map's controls, the tooltip, the class
// filter, a winner's ring.
#include "ui/map_overlay.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "core/strings.hpp"
#include "headless_ui.hpp"
#include "ui/style.hpp"

namespace {

using vk::CanvasRect;
using vk::ScreenPoint;
using vk::ScreenRect;
using vk::uitest::HeadlessUi;

constexpr const char* map = "##Background";  // markers and labels are drawn behind every window

ImU32 withAlpha(ImU32 c, float alpha) {
    const auto a = static_cast<unsigned>(static_cast<float>((c >> IM_COL32_A_SHIFT) & 0xff) * alpha);
    return (c & ~IM_COL32_A_MASK) | (a << IM_COL32_A_SHIFT);
}

ScreenRect grown(const ScreenRect& r, double by) { return {r.x - by, r.y - by, r.width + 2 * by, r.height + 2 * by}; }
CanvasRect grown(const CanvasRect& r, double by) { return {r.x - by, r.y - by, r.width + 2 * by, r.height + 2 * by}; }

// The width of a marker's fill in a colour: its opaque vertices around the centre (ImGui's
// anti-aliased fringe is transparent, so a circle of radius r is 2r - 1 wide). Labels start 13 px
// from the centre, so 11.5 px takes in a grown square's sides and nothing of a label.
double fillWidth(const HeadlessUi& ui, const char* id, ImU32 colour) {
    return ui.extentNear(map, ui.markerCentre(id), 11.5, colour).width;
}

// How many vertices of colour lie in a ring between inner and outer px from a nominee's centre,
// off its label.
std::size_t verticesInRing(const HeadlessUi& ui, const char* id, double inner, double outer, ImU32 colour) {
    const ScreenPoint c = ui.markerCentre(id);
    const auto* label = ui.target(std::string("label:") + id);
    std::size_t count = 0;
    for (const ImDrawVert& v : ui.verticesNear(map, c, outer, colour))
        if (std::hypot(v.pos.x - c.x, v.pos.y - c.y) >= inner && !(label && grown(label->rect, 3).contains({v.pos.x, v.pos.y})))
            ++count;
    return count;
}

// The drawn name of a nominee on the map, or nullopt when its label is hidden.
std::optional<ScreenRect> labelOf(const HeadlessUi& ui, const std::string& name) {
    const auto runs = ui.find(map, name);
    if (runs.empty()) return std::nullopt;
    EXPECT_EQ(runs.size(), 1u) << name << " drawn more than once";
    return runs.front().box;
}

TEST(MapOverlay, ASelectedMarkerIsLargerAndInTheLeftColourAndSoIsItsLabel) {
    HeadlessUi ui;
    ui.settle();
    EXPECT_NEAR(fillWidth(ui, "tinn", ui.colours().marker), 13, 0.5);  // radius 7
    EXPECT_EQ(fillWidth(ui, "tinn", ui.colours().left), 0);
    EXPECT_EQ(ui.find(map, "Tinn").at(0).colour, ui.colours().text);

    ui.state.selected = {"tinn"};
    ui.settle();
    EXPECT_NEAR(fillWidth(ui, "tinn", ui.colours().left), 17, 0.5);  // radius 9
    EXPECT_EQ(fillWidth(ui, "tinn", ui.colours().marker), 0);
    EXPECT_EQ(ui.find(map, "Tinn").at(0).colour, ui.colours().left);
}

TEST(MapOverlay, TheSecondOfAComparisonIsInTheRightColour) {
    HeadlessUi ui;
    ui.state.selected = {"sykkylven", "tinn"};
    ui.settle();
    EXPECT_GT(fillWidth(ui, "sykkylven", ui.colours().left), 0);
    EXPECT_NEAR(fillWidth(ui, "tinn", ui.colours().right), 17, 0.5);
    EXPECT_EQ(fillWidth(ui, "tinn", ui.colours().left), 0);
    EXPECT_EQ(ui.find(map, "Tinn").at(0).colour, ui.colours().right);
}

// Labels never overlap one another, and none lies under the legend, the zoom buttons or the
// attribution: at the start view, closer in on the crowded trio, and with a marker moved under
// the legend.
TEST(MapOverlay, LabelsStayClearOfEachOtherAndOfTheControls) {
    HeadlessUi ui;
    const vk::CameraView start = ui.camera.view();
    const auto trio = vk::project({10.1, 59.9});
    const ScreenRect legendBox{12, 12, 214, 128};  // where the legend sits on a mouse-driven map
    // Sykkylven's centre in the middle of the legend.
    const ScreenPoint legendMiddle{legendBox.x + legendBox.width / 2, legendBox.y + legendBox.height / 2};
    const vk::CameraView views[] = {
        start,
        {trio, start.metresPerPixel / 4},
        {trio, start.metresPerPixel / 12},
    };
    std::size_t labelsSeen = 0;
    for (int v = 0; v < 4; ++v) {
        if (v < 3) ui.camera.setView(views[v]);
        else {
            ui.camera.setView({start.centre, start.metresPerPixel / 2});
            const ScreenPoint now = ui.camera.mapToScreen(vk::project(ui.data.nominee("sykkylven")->centre.position));
            ui.camera.panBy(legendMiddle.x - now.x, legendMiddle.y - now.y);
        }
        ui.settle();
        const ScreenRect controls[] = {ui.window("##legend"), ui.window("##zoom"), ui.window("##attribution")};
        for (const ScreenRect& c : controls) ASSERT_GT(c.width, 0) << "view " << v;
        std::vector<std::pair<std::string, ScreenRect>> labels;
        for (const vk::Nominee& n : ui.data.nominees)
            if (const auto box = labelOf(ui, n.name)) labels.emplace_back(n.name, *box);
        for (std::size_t i = 0; i < labels.size(); ++i) {
            for (const ScreenRect& c : controls)
                EXPECT_FALSE(labels[i].second.overlaps(c)) << "view " << v << ": " << labels[i].first << " under a control";
            for (std::size_t j = i + 1; j < labels.size(); ++j)
                EXPECT_FALSE(labels[i].second.overlaps(labels[j].second))
                    << "view " << v << ": " << labels[i].first << " and " << labels[j].first;
        }
        labelsSeen += labels.size();
    }
    EXPECT_GE(labelsSeen, 12u);  // most labels were drawn: the test looked at something
}

TEST(MapOverlay, HoverShowsTheTooltipAndOutlinesTheLabel) {
    HeadlessUi ui;
    ui.settle();
    const ScreenRect label = labelOf(ui, "Kongsvinger").value();
    const auto outline = [&] {
        std::size_t count = 0;
        for (const ImDrawVert& v : ui.verticesNear(map, HeadlessUi::centreOf(label), label.width, ui.colours().marker))
            if (grown(label, 2).contains({v.pos.x, v.pos.y}) && !grown(label, -2).contains({v.pos.x, v.pos.y})) ++count;
        return count;
    };
    EXPECT_EQ(ui.window("##tooltip").width, 0);
    EXPECT_EQ(outline(), 0u);

    ui.state.hover = "kongsvinger";
    ui.settle();
    EXPECT_GT(ui.window("##tooltip").width, 0);
    EXPECT_TRUE(ui.shows("##tooltip", "Kongsvinger"));
    const vk::Nominee& n = *ui.data.nominee("kongsvinger");
    EXPECT_TRUE(ui.shows("##tooltip", vk::trf(vk::Str::populationAt, vk::Lang::Nb,
                                              {vk::formatInteger(n.population.value, vk::Lang::Nb),
                                               vk::formatDate(n.population.date, vk::Lang::Nb)})));
    EXPECT_GT(outline(), 0u);
    // The hovered marker grows like a selected one: a square of half side 9.
    EXPECT_NEAR(fillWidth(ui, "kongsvinger", ui.colours().marker), 17, 0.5);
}

// The tooltip is placed by its height, which ImGui knows only once it has drawn it: the frame says
// so (settling), and the platform draws until it does not. A fresh widget's first hover ends with
// the whole tooltip inside the map, above a marker near the map's foot, in a few frames.
TEST(MapOverlay, AFreshTooltipSettlesInsideTheMap) {
    for (const char* id : {"asker", "drammen", "tinn", "kongsvinger", "sigdal", "sykkylven"}) {
        HeadlessUi ui({800, 600});
        ui.settle();
        ui.state.hover = id;
        ui.frame();  // a change of state draws two frames (the platform's App::requestFrames)
        int frames = 2;
        for (vk::ui::FrameOutput out = ui.frame(); out.settling && frames < 10; out = ui.frame()) ++frames;
        EXPECT_LE(frames, 3) << id;
        const ScreenRect tip = ui.window("##tooltip");
        const vk::CanvasRect mapRect = ui.layout.map;
        ASSERT_GT(tip.height, 0) << id;
        EXPECT_GE(tip.y, mapRect.y) << id;
        EXPECT_LE(tip.y + tip.height, mapRect.y + mapRect.height) << id;
        EXPECT_GE(tip.x, mapRect.x) << id;
        EXPECT_LE(tip.x + tip.width, mapRect.x + mapRect.width) << id;
        EXPECT_FALSE(ui.frame().settling) << id;  // and stays where it is
    }
}

// Whether the draw list of owner draws anything that can be seen (a vertex with some alpha).
bool drawsVisibly(const HeadlessUi& ui, std::string_view owner) {
    for (const ImDrawList* list : ui.drawLists()) {
        if (!list->_OwnerName || owner != list->_OwnerName) continue;
        for (const ImDrawVert& v : list->VtxBuffer)
            if (((v.col >> IM_COL32_A_SHIFT) & 0xFF) != 0) return true;
    }
    return false;
}

TEST(MapOverlay, ATooltipIsOnlySeenWhereAndAsLargeAsItStays) {
    // From one nominee's tooltip straight to another's: ImGui measures the new text in the frame
    // that draws it, so the frames before the tooltip settles must not show it.
    const std::pair<const char*, const char*> moves[] = {
        {"sykkylven", "asker"}, {"asker", "tinn"}, {"tinn", "kongsvinger"}, {"kongsvinger", "drammen"}, {"drammen", "sigdal"}, {"sigdal", "sykkylven"}};
    for (const auto& [from, to] : moves) {
        HeadlessUi ui({800, 600});
        ui.state.hover = from;
        ui.settle();
        for (int i = 0; i < 10 && ui.frame().settling; ++i) {}
        ui.state.hover = to;
        std::vector<std::pair<ScreenRect, bool>> seen;
        vk::ui::FrameOutput out = ui.frame();
        seen.push_back({ui.window("##tooltip"), drawsVisibly(ui, "##tooltip")});
        for (int frames = 1; (frames < 2 || out.settling) && frames < 10; ++frames) {  // two frames a change, and the settling ones
            out = ui.frame();
            seen.push_back({ui.window("##tooltip"), drawsVisibly(ui, "##tooltip")});
        }
        EXPECT_FALSE(ui.frame().settling) << to;
        const ScreenRect end = ui.window("##tooltip");
        ASSERT_GT(end.height, 0) << to;
        EXPECT_TRUE(drawsVisibly(ui, "##tooltip")) << to;
        for (std::size_t i = 0; i < seen.size(); ++i) {
            if (!seen[i].second) continue;
            const ScreenRect& r = seen[i].first;
            EXPECT_TRUE(r.x == end.x && r.y == end.y && r.width == end.width && r.height == end.height)
                << from << " -> " << to << ", frame " << i + 1 << ": shown at " << r.x << "," << r.y << " " << r.width << "x" << r.height
                << ", settles at " << end.x << "," << end.y << " " << end.width << "x" << end.height;
        }
    }
}

TEST(MapOverlay, KeyboardFocusDrawsAFocusRingAndTheTooltip) {
    HeadlessUi ui;
    ui.settle();
    EXPECT_EQ(verticesInRing(ui, "sykkylven", 12, 20, ui.colours().focus), 0u);
    ui.focused = "sykkylven";
    ui.settle();
    EXPECT_GT(verticesInRing(ui, "sykkylven", 12, 20, ui.colours().focus), 24u);  // radius 16, 3 px wide
    EXPECT_TRUE(ui.shows("##tooltip", "Sykkylven"));
}

TEST(MapOverlay, AWinnerWearsARingInItsMarkersColour) {
    HeadlessUi ui;
    ui.settle();
    EXPECT_EQ(verticesInRing(ui, "sykkylven", 9.5, 14.5, ui.colours().marker), 0u);
    ui.data.award.winnerSmall = "sykkylven";
    ui.settle();
    EXPECT_GT(verticesInRing(ui, "sykkylven", 9.5, 14.5, ui.colours().marker), 24u);  // radius 12, 2 px wide
    EXPECT_EQ(verticesInRing(ui, "kongsvinger", 9.5, 14.5, ui.colours().marker), 0u);  // not a winner
}

TEST(MapOverlay, TheClassFilterDimsTheOtherClass) {
    HeadlessUi ui;
    ui.state.filter = vk::ClassFilter::Small;
    ui.settle();
    const ImU32 dimmed = withAlpha(ui.colours().marker, 0.35f);
    // The markers far enough from the others to be told apart at this view.
    for (const char* large : {"kongsvinger"}) {
        EXPECT_EQ(fillWidth(ui, large, ui.colours().marker), 0) << large;
        EXPECT_GT(fillWidth(ui, large, dimmed), 0) << large;
    }
    for (const char* small : {"sykkylven", "tinn"}) {
        EXPECT_GT(fillWidth(ui, small, ui.colours().marker), 0) << small;
        EXPECT_EQ(fillWidth(ui, small, dimmed), 0) << small;
    }
    const auto labels = ui.find(map, "Kongsvinger");
    ASSERT_EQ(labels.size(), 1u);
    EXPECT_EQ(labels[0].colour, withAlpha(ui.colours().text, 0.35f));
}

TEST(MapOverlay, TheFilterButtonsAreTheLegendAndSetTheFilter) {
    HeadlessUi ui;
    ui.settle();
    const vk::NomineeData& data = ui.data;
    EXPECT_TRUE(ui.shows("##legend", vk::tr(vk::Str::filterAll, vk::Lang::Nb)));
    EXPECT_TRUE(ui.shows("##legend", data.award.className(vk::NomineeClass::Small, vk::Lang::Nb)));
    EXPECT_TRUE(ui.shows("##legend", data.award.className(vk::NomineeClass::Large, vk::Lang::Nb)));
    const auto* large = ui.target("filter:large");
    ASSERT_NE(large, nullptr);
    EXPECT_TRUE(ui.window("##legend").contains(HeadlessUi::centreOf(large->rect)));
    const vk::ui::FrameOutput out = ui.click(HeadlessUi::centreOf(large->rect));
    ASSERT_TRUE(out.state);
    EXPECT_EQ(out.state->filter, vk::ClassFilter::Large);
}

TEST(MapOverlay, TheZoomButtonsAskForTheirCommand) {
    HeadlessUi ui;
    ui.settle();
    for (const auto& [name, command] : {std::pair{"zoomIn", vk::ui::MapCommand::ZoomIn},
                                        std::pair{"zoomOut", vk::ui::MapCommand::ZoomOut},
                                        std::pair{"reset", vk::ui::MapCommand::Reset}}) {
        const auto* button = ui.target(name);
        ASSERT_NE(button, nullptr) << name;
        EXPECT_EQ(ui.click(HeadlessUi::centreOf(button->rect)).map, command) << name;
    }
}

}  // namespace
