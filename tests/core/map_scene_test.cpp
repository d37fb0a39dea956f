#include "core/map_scene.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "common/read_file.hpp"

namespace {

using vk::ScreenPoint;
using vk::ScreenRect;
using vk::ScreenSize;

const vk::NomineeData& fixture() {
    static const vk::LoadResult result = vk::loadNominees(vk::tools::readWholeFile(VK_TEST_FIXTURES "/nominees/valid.json"));
    return result.data;
}

// A fake typeface: every character (byte) 7 px wide (8 in semibold), lines as tall as the size;
// wrapping breaks at the width, in whole characters.
struct FakeMeasure {
    ScreenSize operator()(std::string_view text, vk::TextStyle style, double wrapWidthPx) const {
        const double advance = style.semibold ? 8 : 7;
        const double width = static_cast<double>(text.size()) * advance;
        if (wrapWidthPx <= 0 || width <= wrapWidthPx) return {width, style.sizePx};
        const double perLine = std::max(1.0, std::floor(wrapWidthPx / advance));
        const double lines = std::ceil(static_cast<double>(text.size()) / perLine);
        return {perLine * advance, lines * style.sizePx};
    }
};

// A map of 600 x 640 px that shows mainland Norway, as the widget's wide layout at 1000 px.
struct SceneTest : testing::Test {
    vk::Camera camera;
    vk::MapSceneView view;
    vk::WidgetState state;
    FakeMeasure fake;
    const FakeMeasure& measure = fake;

    SceneTest() {
        view.layout = vk::computeLayout({1000, 640});
        camera.setViewport({view.layout.map.width, view.layout.map.height});
        vk::MapBox norway;
        norway.include(vk::project({4.6, 57.95}));
        norway.include(vk::project({31.1, 71.2}));
        norway.include(vk::project({4.6, 71.2}));
        norway.include(vk::project({31.1, 57.95}));
        camera.setView(camera.viewFitting(norway, 30, 24));
    }
    vk::MapScene build(const vk::MapScene* previous = nullptr) {
        return vk::buildMapScene(fixture(), state, camera, view, measure, previous);
    }
};

TEST_F(SceneTest, MarkersSitWhereTheCameraPutsEachCentreInDataOrder) {
    const vk::MapScene scene = build();
    ASSERT_EQ(scene.markers.size(), fixture().nominees.size());
    for (std::size_t i = 0; i < scene.markers.size(); ++i) {
        const vk::Nominee& n = fixture().nominees[i];
        const vk::SceneMarker& m = scene.markers[i];
        EXPECT_EQ(m.id, n.id);
        EXPECT_EQ(m.name, n.name);
        EXPECT_EQ(m.nomineeClass, n.nomineeClass);
        EXPECT_EQ(m.centre, camera.mapToScreen(vk::project(n.centre.position)));
        EXPECT_EQ(m.sizePx, vk::markerSizePx);
        EXPECT_EQ(m.fill, vk::MarkerFill::Plain);
        EXPECT_EQ(m.alpha, 1);
    }
    EXPECT_EQ(scene.marker("tinn"), &scene.markers[5]);
    EXPECT_EQ(scene.marker("oslo"), nullptr);
}

TEST_F(SceneTest, LabelBoxesAreTheMeasuredNamePlusPadding) {
    const vk::MapScene scene = build();
    for (const vk::SceneMarker& m : scene.markers) {
        ASSERT_FALSE(m.label.hidden) << m.id;
        EXPECT_EQ(m.label.box.width, 8.0 * static_cast<double>(m.name.size()) + 2 * vk::labelPaddingXPx) << m.id;
        EXPECT_EQ(m.label.box.height, 13 + 2 * vk::labelPaddingYPx) << m.id;
    }
}

TEST_F(SceneTest, LabelsOverlapNeitherEachOtherNorTheControls) {
    // Closer in on the crowded trio (Asker, Drammen, Sigdal) too.
    for (const double zoom : {1.0, 3.0, 8.0}) {
        camera.setView({vk::project({10.1, 59.9}), camera.view().metresPerPixel / zoom});
        const vk::MapScene scene = build();
        const auto controls = scene.controls.list();
        ASSERT_EQ(controls.size(), 3u);
        for (std::size_t i = 0; i < scene.markers.size(); ++i) {
            const auto& a = scene.markers[i].label;
            if (a.hidden) continue;
            for (const ScreenRect& c : controls) EXPECT_FALSE(a.box.overlaps(c)) << scene.markers[i].id << " at zoom " << zoom;
            for (std::size_t j = i + 1; j < scene.markers.size(); ++j) {
                if (scene.markers[j].label.hidden) continue;
                EXPECT_FALSE(a.box.overlaps(scene.markers[j].label.box, vk::labelGapPx))
                    << scene.markers[i].id << " and " << scene.markers[j].id << " at zoom " << zoom;
            }
        }
    }
}

TEST_F(SceneTest, AMarkerUnderAControlHasItsLabelMovedOutWithALeader) {
    vk::MapScene scene = build();
    EXPECT_FALSE(scene.marker("tinn")->label.needsLeader);
    const ScreenRect legend = scene.controls.legend;
    const ScreenPoint tinn = scene.marker("tinn")->centre;
    camera.panBy(legend.x + legend.width / 2 - tinn.x, legend.y + legend.height / 2 - tinn.y);
    scene = build();
    const vk::LabelPlacement& label = scene.marker("tinn")->label;
    ASSERT_FALSE(label.hidden);
    EXPECT_FALSE(label.box.overlaps(legend));
    EXPECT_TRUE(label.needsLeader);
}

TEST_F(SceneTest, AHiddenLabelIsNoHitTarget) {
    const vk::MapScene scene = build();
    const vk::SceneMarker& tinn = *scene.marker("tinn");
    const ScreenPoint onLabel{tinn.label.box.x + tinn.label.box.width - 2, tinn.label.box.y + 2};
    EXPECT_EQ(scene.nomineeAt(onLabel, 12, 2), "tinn");
    EXPECT_EQ(scene.hitTargets[5].label, tinn.label.box);
    // Names too large for a spot clear of the controls: Asker's label (the most crowded) is hidden.
    const auto huge = [this](std::string_view text, vk::TextStyle style, double wrapWidthPx) {
        return style == vk::labelTextStyle ? ScreenSize{2000, 2000} : fake(text, style, wrapWidthPx);
    };
    const vk::MapScene hidden = vk::buildMapScene(fixture(), state, camera, view, huge);
    const vk::SceneMarker& asker = hidden.markers[0];
    ASSERT_TRUE(asker.label.hidden);
    EXPECT_EQ(hidden.hitTargets[0].label.width, 0);
    EXPECT_EQ(hidden.nomineeAt({asker.label.box.x + 2, asker.label.box.y + asker.label.box.height - 2}, 12, 2), "");
    EXPECT_EQ(hidden.nomineeAt(asker.centre, 12, 2), "asker");  // the marker still is a target
}

TEST(Attribution, CreditsThePublisherTheSourceLineNames) {
    EXPECT_EQ(vk::attributionText(fixture(), vk::Lang::Nb), "Kartdata: Natural Earth · Kilde: KS, 17.3.2025");
    EXPECT_EQ(vk::attributionText(fixture(), vk::Lang::En), "Map data: Natural Earth · Source: KS, 17 March 2025");
    vk::NomineeData data = fixture();
    data.award.source.publisher = "Kommunesektorens organisasjon";  // from the data, not the strings
    EXPECT_EQ(vk::attributionText(data, vk::Lang::Nb), "Kartdata: Natural Earth · Kilde: Kommunesektorens organisasjon, 17.3.2025");
    data.award.source.publisher.clear();  // none named: the organisers, as the source line says
    EXPECT_EQ(vk::attributionText(data, vk::Lang::Nb), "Kartdata: Natural Earth · Kilde: NHO og KS, 17.3.2025");
    EXPECT_EQ(vk::attributionText(data, vk::Lang::En), "Map data: Natural Earth · Source: NHO and KS, 17 March 2025");
}

TEST_F(SceneTest, TheControlsAreTheLayoutsBoxesWithTheAttributionMeasuredAsItWraps) {
    const vk::MapScene scene = build();
    const std::string attribution = vk::attributionText(fixture(), vk::Lang::Nb);
    EXPECT_NE(attribution.find("Natural Earth"), std::string::npos);
    const ScreenSize text = fake(attribution, vk::attributionTextStyle, vk::attributionWrapWidthPx(view.layout));
    const vk::MapControlBoxes expected = vk::mapControlBoxes(view.layout, 32, text);
    EXPECT_EQ(scene.controls.legend, expected.legend);
    EXPECT_EQ(scene.controls.zoom, expected.zoom);
    EXPECT_EQ(scene.controls.attribution, expected.attribution);

    view.touch = true;  // a finger: bigger controls
    EXPECT_EQ(build().controls.zoom, vk::mapControlBoxes(view.layout, 44, text).zoom);
    view.layout = vk::computeLayout({400, 800});  // a phone: the legend lives in the panel
    camera.setViewport({view.layout.map.width, view.layout.map.height});
    EXPECT_EQ(build().controls.legend.width, 0);
}

TEST_F(SceneTest, SelectionHoverAndFocusStyleTheMarkers) {
    state.selected = {"asker", "tinn"};
    state.hover = "sigdal";
    view.focused = "sykkylven";
    const vk::MapScene scene = build();
    EXPECT_EQ(scene.marker("asker")->fill, vk::MarkerFill::Left);
    EXPECT_EQ(scene.marker("tinn")->fill, vk::MarkerFill::Right);
    EXPECT_EQ(scene.marker("drammen")->fill, vk::MarkerFill::Plain);
    for (const char* grown : {"asker", "tinn", "sigdal", "sykkylven"})
        EXPECT_EQ(scene.marker(grown)->sizePx, vk::markerSizePx + vk::emphasisGrowthPx) << grown;
    EXPECT_EQ(scene.marker("drammen")->sizePx, vk::markerSizePx);
    EXPECT_TRUE(scene.marker("sigdal")->emphasised);
    EXPECT_FALSE(scene.marker("sigdal")->focused);
    EXPECT_TRUE(scene.marker("sykkylven")->emphasised);
    EXPECT_TRUE(scene.marker("sykkylven")->focused);
    EXPECT_FALSE(scene.marker("asker")->emphasised);
}

TEST_F(SceneTest, DrawOrderPutsDimmedFirstThenPlainThenSelectedThenHovered) {
    state.filter = vk::ClassFilter::Small;  // dims asker, drammen, kongsvinger
    state.selected = {"drammen"};
    state.hover = "asker";
    const vk::MapScene scene = build();
    std::vector<std::string> order;
    for (const std::size_t i : scene.drawOrder) order.push_back(scene.markers[i].id);
    EXPECT_EQ(order, (std::vector<std::string>{"kongsvinger", "sigdal", "sykkylven", "tinn", "drammen", "asker"}));
}

TEST_F(SceneTest, TheFilterDimsTheOtherClassButNotTheSelectedOrHovered) {
    state.filter = vk::ClassFilter::Large;
    state.selected = {"tinn"};
    const vk::MapScene scene = build();
    EXPECT_FALSE(scene.marker("sigdal")->enabled);
    EXPECT_EQ(scene.marker("sigdal")->alpha, vk::dimmedAlpha);
    EXPECT_FALSE(scene.marker("tinn")->enabled);
    EXPECT_EQ(scene.marker("tinn")->alpha, 1);  // selected: shown at full strength
    EXPECT_TRUE(scene.marker("asker")->enabled);
    EXPECT_EQ(scene.marker("asker")->alpha, 1);
    // Dimmed markers can still be picked.
    EXPECT_EQ(scene.nomineeAt(scene.marker("sigdal")->centre, 12, 2), "sigdal");
}

TEST_F(SceneTest, AHighlightedThemeDimsTheNomineesWithoutIt) {
    const vk::NomineeData& data = fixture();
    const std::string theme = data.nominees[0].initiatives[0].themes[0];
    state.highlightedTheme = theme;
    const vk::MapScene scene = build();
    int with = 0, without = 0;
    for (const vk::SceneMarker& m : scene.markers) {
        const bool has = data.nominee(m.id)->hasTheme(theme);
        EXPECT_EQ(m.themeHighlighted, has) << m.id;
        EXPECT_EQ(m.alpha, has ? 1 : vk::dimmedAlpha) << m.id;
        (has ? with : without)++;
    }
    EXPECT_GT(with, 0);
    EXPECT_GT(without, 0);
}

TEST_F(SceneTest, AWinnerIsMarked) {
    vk::NomineeData data = fixture();
    data.award.winnerSmall = "sykkylven";
    const vk::MapScene scene = vk::buildMapScene(data, state, camera, view, measure);
    for (const vk::SceneMarker& m : scene.markers) EXPECT_EQ(m.winner, m.id == "sykkylven") << m.id;
}

TEST_F(SceneTest, HitTestingFindsMarkersFirstThenLabels) {
    const vk::MapScene scene = build();
    const vk::SceneMarker& kongsvinger = *scene.marker("kongsvinger");
    const ScreenPoint c = kongsvinger.centre;
    EXPECT_EQ(scene.nomineeAt({c.x + 11, c.y}, 12, 2), "kongsvinger");
    EXPECT_EQ(scene.nomineeAt({c.x + 11, c.y + 11}, 12, 0), "");  // 15.6 px away, off the label
    EXPECT_EQ(scene.nomineeAt({c.x + 11, c.y + 11}, 22, 8), "kongsvinger");  // a finger's radius
    const ScreenRect& label = kongsvinger.label.box;
    EXPECT_EQ(scene.nomineeAt({label.x + label.width - 1, label.y + label.height / 2}, 12, 2), "kongsvinger");
    EXPECT_EQ(scene.nomineeAt({label.x + label.width + 1.5, label.y + label.height / 2}, 12, 2), "kongsvinger");  // slop
    EXPECT_EQ(scene.nomineeAt({label.x + label.width + 3, label.y + label.height / 2}, 12, 2), "");
    EXPECT_EQ(scene.nomineeAt({-100, -100}, 22, 8), "");
}

TEST_F(SceneTest, APlacementIsReusedWhileNothingItDependsOnChanges) {
    const vk::MapScene first = build();
    // A hover or a selection changes no label request: the placement is kept, and is the same.
    state.hover = "tinn";
    state.selected = {"asker"};
    const vk::MapScene hovered = build(&first);
    for (std::size_t i = 0; i < first.markers.size(); ++i) EXPECT_EQ(hovered.markers[i].label.box, first.markers[i].label.box);
    EXPECT_EQ(hovered.labelRequests, first.labelRequests);

    // A previous scene whose placement was for other requests is not reused.
    vk::MapScene stale = first;
    for (vk::SceneMarker& m : stale.markers) m.label.box.x += 1000;
    EXPECT_EQ(build(&stale).markers[0].label.box.x, stale.markers[0].label.box.x);  // same requests: reused
    camera.panBy(5, 0);
    const vk::MapScene moved = build(&stale);
    EXPECT_NEAR(moved.markers[0].label.box.x, first.markers[0].label.box.x + 5, 1e-9);
}

TEST_F(SceneTest, NoNomineesMakeAnEmptySceneWithItsControls) {
    const vk::MapScene scene = vk::buildMapScene(vk::NomineeData{}, state, camera, view, measure);
    EXPECT_TRUE(scene.markers.empty());
    EXPECT_TRUE(scene.drawOrder.empty());
    EXPECT_EQ(scene.controls.list().size(), 3u);
    EXPECT_EQ(scene.nomineeAt({100, 100}, 22, 8), "");
}

}  // namespace
