#include "core/widget_model.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "common/read_file.hpp"
#include "core/strings.hpp"

namespace {

// Mainland Norway's box in map metres, as the map asset gives it (rounded): the tests need a map,
// not this year's geometry.
vk::MapBox norway() {
    vk::MapBox box;
    box.include(vk::project({4.6, 57.9}));
    box.include(vk::project({31.1, 71.2}));
    box.include(vk::project({4.6, 71.2}));
    box.include(vk::project({31.1, 57.9}));
    return box;
}

vk::LoadResult fixture() {
    static const vk::LoadResult result = vk::loadNominees(vk::tools::readWholeFile(VK_TEST_FIXTURES "/nominees/valid.json"));
    return result;
}

// A scene marker of a nominee (its place is in the scene's hit targets).
vk::SceneMarker markerOf(const std::string& id) {
    vk::SceneMarker m;
    m.id = id;
    return m;
}

// A model as the widget has it once the assets are in and a frame has drawn the controls.
vk::WidgetModel loadedModel(vk::CanvasSize canvas = {1280, 800}) {
    vk::WidgetModel model;
    model.setContent(fixture());
    model.resize(canvas);
    model.setMap(norway());
    model.setScene(vk::MapScene::withControls(vk::mapControlBoxes(model.layout(), 32, {300, 16})));
    return model;
}

bool sameView(const vk::CameraView& a, const vk::CameraView& b) {
    return std::abs(a.centre.x - b.centre.x) < 1e-6 && std::abs(a.centre.y - b.centre.y) < 1e-6 &&
           std::abs(a.metresPerPixel - b.metresPerPixel) < 1e-9;
}

vk::CanvasPoint at(const vk::WidgetModel& model, const std::string& id) {
    return model.project(model.data().nominee(id)->centre.position);
}

// Content -----------------------------------------------------------------------------------

// True when every pointer of the matrix points into data's own themes and nominees.
bool pointsInto(const vk::ThemeMatrix& m, const vk::NomineeData& data) {
    auto within = [](const auto* p, const auto& v) { return p >= v.data() && p < v.data() + v.size(); };
    return std::all_of(m.themes.begin(), m.themes.end(), [&](const vk::Theme* t) { return within(t, data.themes); }) &&
           std::all_of(m.nominees.begin(), m.nominees.end(), [&](const vk::Nominee* n) { return within(n, data.nominees); });
}

TEST(WidgetModel, TheThemeMatrixIsMadeWithTheContentAndFollowsItsModel) {
    vk::WidgetModel model = loadedModel();
    const vk::ThemeMatrix fresh = vk::buildThemeMatrix(model.data());
    ASSERT_FALSE(fresh.themes.empty());
    EXPECT_EQ(model.themeMatrix().themes, fresh.themes);
    EXPECT_EQ(model.themeMatrix().nominees, fresh.nominees);
    EXPECT_EQ(model.themeMatrix().cells, fresh.cells);

    const vk::WidgetModel copy = model;  // its own data, so its own matrix
    EXPECT_TRUE(pointsInto(copy.themeMatrix(), copy.data()));
    EXPECT_FALSE(pointsInto(copy.themeMatrix(), model.data()));
    EXPECT_EQ(copy.themeMatrix().themes.size(), fresh.themes.size());

    const vk::WidgetModel moved = std::move(model);
    EXPECT_TRUE(pointsInto(moved.themeMatrix(), moved.data()));

    vk::WidgetModel other = loadedModel();
    other.setContent(vk::LoadResult{});  // new content, new matrix
    EXPECT_TRUE(other.themeMatrix().themes.empty());
    EXPECT_TRUE(other.themeMatrix().nominees.empty());
}

// Resize ------------------------------------------------------------------------------------

TEST(WidgetModel, ResizeRefitsAnUntouchedView) {
    vk::WidgetModel model = loadedModel({1280, 800});
    EXPECT_TRUE(sameView(model.camera().view(), model.fitView()));
    const double wideScale = model.fitView().metresPerPixel;
    EXPECT_TRUE(model.resize({390, 844}));
    EXPECT_TRUE(sameView(model.camera().view(), model.fitView()));
    EXPECT_NE(model.fitView().metresPerPixel, wideScale);  // a phone's map is smaller: farther out
}

TEST(WidgetModel, ResizeKeepsAMovedViewsCentreAndScale) {
    vk::WidgetModel model = loadedModel({390, 844});
    model.zoomAboutCentre(2);
    model.panBy(30, -20);
    const vk::CameraView moved = model.camera().view();
    ASSERT_FALSE(sameView(moved, model.fitView()));
    EXPECT_TRUE(model.resize({390, 700}));  // the panel's height changed the canvas
    EXPECT_TRUE(sameView(model.camera().view(), moved));
    EXPECT_FALSE(model.resize({390, 700}));  // same size: nothing to do
}

TEST(WidgetModel, TheStartViewWaitsForTheMap) {
    vk::WidgetModel model;
    model.resize({1280, 800});
    const vk::CameraView before = model.camera().view();
    model.setContent(fixture());
    EXPECT_FALSE(model.mapLoaded());
    EXPECT_TRUE(sameView(model.camera().view(), before));
    model.setMap(norway());
    EXPECT_TRUE(model.mapLoaded());
    EXPECT_TRUE(sameView(model.camera().view(), model.fitView()));
    for (const vk::Nominee& n : model.data().nominees) EXPECT_TRUE(model.insideMap(at(model, n.id))) << n.id;
}

TEST(WidgetModel, AZeroSizedCanvasCountsAsOnePixel) {
    vk::WidgetModel model;
    model.resize({0, 0});
    EXPECT_EQ(model.canvas(), (vk::CanvasSize{1, 1}));
}

// Moving the view ---------------------------------------------------------------------------

TEST(WidgetModel, ZoomAboutACanvasPointKeepsThatPlaceUnderIt) {
    vk::WidgetModel model = loadedModel();
    const vk::CanvasPoint tinn = at(model, "tinn");
    model.zoomAbout(tinn, 2);
    EXPECT_NEAR(at(model, "tinn").x, tinn.x, 1e-6);
    EXPECT_NEAR(at(model, "tinn").y, tinn.y, 1e-6);
    EXPECT_NEAR(model.camera().view().metresPerPixel, model.fitView().metresPerPixel / 2, 1e-6);
}

TEST(WidgetModel, ResetViewStopsAFlightAndGoesBackToTheStart) {
    vk::WidgetModel model = loadedModel();
    model.zoomAboutCentre(4);
    model.reveal({"sykkylven"}, 0);
    model.advance(100);
    ASSERT_TRUE(model.flying());
    model.resetView();
    EXPECT_FALSE(model.flying());
    EXPECT_TRUE(sameView(model.camera().view(), model.fitView()));
}

TEST(WidgetModel, PanningStopsAFlight) {
    vk::WidgetModel model = loadedModel();
    model.zoomAboutCentre(4);
    model.reveal({"sykkylven"}, 0);
    ASSERT_TRUE(model.flying());
    model.panBy(5, 5);
    EXPECT_FALSE(model.flying());
}

// Fly-to ------------------------------------------------------------------------------------

TEST(WidgetModel, ARevealWaitsForAFrameThatDrewTheControls) {
    vk::WidgetModel model;
    model.setContent(fixture());
    model.resize({1280, 800});
    model.setMap(norway());
    model.zoomAboutCentre(8);
    const vk::CameraView before = model.camera().view();
    model.reveal({"sykkylven"}, 0);
    EXPECT_TRUE(model.revealPending());
    EXPECT_TRUE(model.advance(16));  // draw, so that the controls get drawn
    EXPECT_TRUE(sameView(model.camera().view(), before));
    model.setScene(vk::MapScene::withControls(vk::mapControlBoxes(model.layout(), 32, {300, 16})));
    EXPECT_TRUE(model.advance(32));
    EXPECT_FALSE(model.revealPending());
    EXPECT_TRUE(model.flying());
}

TEST(WidgetModel, AFlightTakesFlightMsAndEndsWithTheTargetInView) {
    vk::WidgetModel model = loadedModel();
    model.zoomAboutCentre(8);
    model.reveal({"sykkylven"}, 1000);
    ASSERT_TRUE(model.flying());
    EXPECT_TRUE(model.advance(1000 + model.rules().flightMs / 2));
    EXPECT_TRUE(model.flying());
    EXPECT_TRUE(model.advance(1000 + model.rules().flightMs));
    EXPECT_FALSE(model.flying());
    EXPECT_FALSE(model.advance(2000));  // idle: nothing to draw
    const vk::ScreenRect clear = vk::clearArea(model.camera().viewport(), model.revealRoom());
    EXPECT_TRUE(clear.contains(vk::canvasToMapView(at(model, "sykkylven"), model.layout().map)));
}

TEST(WidgetModel, WithReducedMotionARevealJumps) {
    vk::WidgetModel model = loadedModel();
    model.setReducedMotion(true);
    model.zoomAboutCentre(8);
    const vk::CameraView before = model.camera().view();
    model.reveal({"sykkylven"}, 0);
    EXPECT_FALSE(model.flying());
    EXPECT_FALSE(sameView(model.camera().view(), before));
}

TEST(WidgetModel, AComparisonRevealsBothNominees) {
    vk::WidgetModel model = loadedModel();
    model.setReducedMotion(true);
    model.zoomAbout(at(model, "asker"), 16);
    model.setState(vk::compareNominees(model.state(), "asker", "sykkylven"));
    model.revealIfSelected("sykkylven", 0);
    const vk::ScreenRect clear = vk::clearArea(model.camera().viewport(), model.revealRoom());
    for (const char* id : {"asker", "sykkylven"})
        EXPECT_TRUE(clear.contains(vk::canvasToMapView(at(model, id), model.layout().map))) << id;
}

TEST(WidgetModel, NothingIsRevealedForANomineeNoLongerSelected) {
    vk::WidgetModel model = loadedModel();
    model.zoomAboutCentre(8);
    model.revealIfSelected("sykkylven", 0);  // clicked again: removed
    EXPECT_FALSE(model.flying());
    model.flyToNominee("nowhere", 0);
    EXPECT_FALSE(model.flying());
}

TEST(WidgetModel, TheRevealRoomKeepsTheControlsAndTheFocusedTextClear) {
    vk::WidgetModel model = loadedModel();
    const std::size_t controls = model.revealRoom().obstacles.size();
    EXPECT_EQ(controls, model.scene().controls.list().size());
    EXPECT_EQ(model.revealRoom().marginPx, 12);
    model.setFocus("tinn", {100, 200, 300, 40}, 0);
    EXPECT_EQ(model.focused(), "tinn");
    ASSERT_EQ(model.revealRoom().obstacles.size(), controls + 1);
    EXPECT_EQ(model.revealRoom().obstacles.back(), vk::canvasToMapView(vk::CanvasRect{100, 200, 300, 40}, model.layout().map));
    model.setFocus("not-a-nominee", {100, 200, 300, 40}, 0);
    EXPECT_EQ(model.focused(), "");
    EXPECT_EQ(model.revealRoom().obstacles.size(), controls);
}

TEST(WidgetModel, TheRevealRoomFitsTheLargestDrawnLabel) {
    vk::WidgetModel model = loadedModel();
    EXPECT_EQ(model.revealRoom().labelPx, model.rules().unmeasuredLabelPx);
    vk::MapScene scene = model.scene();
    scene.markers = {markerOf("asker"), markerOf("tinn")};
    scene.hitTargets = {{{10, 10}, {20, 5, 50, 10}}, {{200, 200}, {210, 195, 120, 22}}};
    model.setScene(scene);
    EXPECT_EQ(model.revealRoom().labelPx, (vk::ScreenSize{120, 22}));
}

// Hit radii ---------------------------------------------------------------------------------

vk::WidgetModel withOneMarker(vk::ScreenPoint marker, vk::ScreenRect label) {
    vk::WidgetModel model = loadedModel();
    vk::MapScene scene = model.scene();
    scene.markers = {markerOf("tinn")};
    scene.hitTargets = {{marker, label}};
    model.setScene(scene);
    return model;
}

TEST(WidgetModel, AMousePicksAMarkerWithinTwelvePixels) {
    const vk::WidgetModel model = withOneMarker({200, 200}, {});
    EXPECT_EQ(model.nomineeAt({212, 200}, false), "tinn");
    EXPECT_EQ(model.nomineeAt({213, 200}, false), "");
}

TEST(WidgetModel, AFingerPicksAMarkerWithinTwentyTwoPixels) {
    const vk::WidgetModel model = withOneMarker({200, 200}, {});
    EXPECT_EQ(model.nomineeAt({200, 222}, true), "tinn");
    EXPECT_EQ(model.nomineeAt({200, 223}, true), "");
}

TEST(WidgetModel, ALabelIsPickedWithSomeSlopMoreForAFinger) {
    const vk::WidgetModel model = withOneMarker({100, 100}, {150, 90, 80, 20});
    EXPECT_EQ(model.nomineeAt({190, 100}, false), "tinn");
    EXPECT_EQ(model.nomineeAt({190, 111.5}, false), "tinn");  // within 2 px below the box
    EXPECT_EQ(model.nomineeAt({190, 113}, false), "");
    EXPECT_EQ(model.nomineeAt({190, 117.5}, true), "tinn");   // within 8 px
    EXPECT_EQ(model.nomineeAt({190, 119}, true), "");
}

TEST(WidgetModel, NothingIsPickedOutsideTheMap) {
    const vk::WidgetModel model = loadedModel();
    const vk::CanvasRect panel = model.layout().panel;
    vk::MapScene scene = model.scene();
    scene.markers = {markerOf("tinn")};
    scene.hitTargets = {{vk::canvasToMapView(panel.centre(), model.layout().map), {}}};  // a marker off the map's edge
    vk::WidgetModel withMarker = model;
    withMarker.setScene(scene);
    EXPECT_EQ(withMarker.nomineeAt(panel.centre(), false), "");
}

// Links -------------------------------------------------------------------------------------

vk::UrlState linkTo(const vk::WidgetModel& model, const std::string& hash) {
    std::vector<std::string> ids;
    for (const vk::Nominee& n : model.data().nominees) ids.push_back(n.id);
    return vk::parseUrlState("", hash, ids).state;
}

TEST(WidgetModel, ALinkInReplaceModeIsTheWholeStateButHoverAndScheme) {
    vk::WidgetModel model = loadedModel();
    vk::WidgetState s;
    s.selected = {"asker"};
    s.filter = vk::ClassFilter::Small;
    s.lang = vk::Lang::En;
    s.hover = "tinn";
    s.systemScheme = vk::ColourScheme::Dark;
    model.setState(s);
    const vk::WidgetState replaced = model.stateAfterLink(linkTo(model, "#select=drammen"), true);
    EXPECT_EQ(replaced.selected, (std::vector<std::string>{"drammen"}));
    EXPECT_EQ(replaced.filter, vk::ClassFilter::All);
    EXPECT_EQ(replaced.lang, vk::Lang::Nb);
    EXPECT_EQ(replaced.hover, "tinn");
    EXPECT_EQ(replaced.systemScheme, vk::ColourScheme::Dark);
}

TEST(WidgetModel, ALinkOtherwiseAddsToTheState) {
    vk::WidgetModel model = loadedModel();
    vk::WidgetState s;
    s.filter = vk::ClassFilter::Small;
    s.lang = vk::Lang::En;
    model.setState(s);
    const vk::WidgetState added = model.stateAfterLink(linkTo(model, "#select=drammen"), false);
    EXPECT_EQ(added.selected, (std::vector<std::string>{"drammen"}));
    EXPECT_EQ(added.filter, vk::ClassFilter::Small);
    EXPECT_EQ(added.lang, vk::Lang::En);
}

// Problems ----------------------------------------------------------------------------------

TEST(WidgetModel, AMapProblemIsToldOnceWithItsSource) {
    vk::WidgetModel model;
    model.setContent(fixture());
    EXPECT_TRUE(model.visitorProblems().empty());
    model.setMapProblem("the file geo/norway.vkgeo could not be fetched");
    EXPECT_EQ(model.problemDetails(), (std::vector<std::string>{"map: the file geo/norway.vkgeo could not be fetched"}));
    EXPECT_EQ(model.visitorProblems(),
              (std::vector<std::string>{vk::trf(vk::Str::geoProblem, vk::Lang::Nb, {"the file geo/norway.vkgeo could not be fetched"})}));
    model.setMap(norway());
    EXPECT_TRUE(model.problemDetails().empty());
}

TEST(WidgetModel, UnusableDataIsWordedInTheVisitorsLanguage) {
    vk::WidgetModel model;
    model.setContent(vk::loadNominees("{"));
    ASSERT_FALSE(model.content().usable);
    const std::string first = model.content().problems.front().toString();
    EXPECT_EQ(model.visitorProblems(), (std::vector<std::string>{vk::trf(vk::Str::dataProblem, vk::Lang::Nb, {first})}));
    model.setState(vk::setLang(model.state(), vk::Lang::En));
    EXPECT_EQ(model.visitorProblems(), (std::vector<std::string>{vk::trf(vk::Str::dataProblem, vk::Lang::En, {first})}));
    EXPECT_EQ(model.problemDetails(), (std::vector<std::string>{first}));
}

TEST(WidgetModel, ProjectGivesCanvasPixels) {
    const vk::WidgetModel model = loadedModel({390, 844});
    const vk::LonLat tinn = model.data().nominee("tinn")->centre.position;
    EXPECT_EQ(model.project(tinn), vk::mapViewToCanvas(model.camera().mapToScreen(vk::project(tinn)), model.layout().map));
}

}  // namespace
