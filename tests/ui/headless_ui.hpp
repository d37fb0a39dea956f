// Runs the widget's ImGui frames headlessly (STYLE: "an ImGui context with DisplaySize set and
// fonts built runs frames without any backend") and reads back what a frame drew: the text runs
// and the vertices of each draw list, in canvas CSS px. No window, no GL.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/camera.hpp"
#include "core/layout.hpp"
#include "core/map_scene.hpp"
#include "core/nominees.hpp"
#include "core/widget_state.hpp"
#include "imgui.h"
#include "ui/frame.hpp"

namespace vk::uitest {

// The nominees of tests/fixtures/nominees/valid.json, loaded once.
const NomineeData& fixtureNominees();

// A run of glyphs as drawn: its characters (spaces, which draw no glyph, left out), their colour
// and the box the glyphs cover.
struct DrawnText {
    std::string text;  // UTF-8, no spaces
    ImU32 colour = 0;
    ScreenRect box;
};

// Text without its spaces (plain and no-break), as DrawnText holds it.
std::string withoutSpaces(std::string_view text);

// One widget on a canvas: the fixture's nominees, a state, a camera that fits mainland Norway in
// the map, and an ImGui context of its own (fonts from Debian's Inter, shared by all tests).
class HeadlessUi {
public:
    explicit HeadlessUi(CanvasSize canvas = {1000, 640});
    ~HeadlessUi();
    HeadlessUi(const HeadlessUi&) = delete;
    HeadlessUi& operator=(const HeadlessUi&) = delete;

    NomineeData data = fixtureNominees();
    WidgetState state;
    Camera camera;
    WidgetLayout layout;
    ui::UiMemory memory;
    std::string focused;
    bool touch = false;
    MapScene scene;  // built before each frame, as the platform builds it (core/map_scene.hpp)

    // One frame: the scene from the state and camera, then NewFrame, ui::drawFrame, Render. The pointer stays where the last call left it.
    ui::FrameOutput frame();
    // The colours the frame draws with: the state's theme and accent, as the platform makes them.
    ui::Colours colours() const;
    // Three frames, as the widget's first frame with content does (ImGui sizes an auto-fitting
    // window in one frame and shows it in the next); returns the last one's output.
    ui::FrameOutput settle();
    // A left click at a canvas point: a frame with the pointer there, one with the button down,
    // one with it up (when ImGui's buttons fire). Returns the last frame's output.
    ui::FrameOutput click(ScreenPoint at);
    void movePointer(ScreenPoint at);

    // What the last frame drew. list: a draw list's owner ("##panel", "##legend", "##Background"
    // for the markers and labels), or "" for all of them.
    std::vector<DrawnText> texts(std::string_view list = "") const;
    // True when list drew text (spaces ignored), within one run or across consecutive runs.
    bool shows(std::string_view list, std::string_view text) const;
    // The runs whose text (spaces ignored) is exactly text.
    std::vector<DrawnText> find(std::string_view list, std::string_view text) const;
    // The vertices of list with colour (alpha included) within radiusPx of a point.
    std::vector<ImDrawVert> verticesNear(std::string_view list, ScreenPoint at, double radiusPx, ImU32 colour) const;
    // The bounding box of those vertices (empty when there are none).
    ScreenRect extentNear(std::string_view list, ScreenPoint at, double radiusPx, ImU32 colour) const;
    // Where the last frame put a window, or an empty rectangle when it drew none of that name.
    ScreenRect window(std::string_view name) const;
    // The last frame's draw lists, background first.
    std::vector<const ImDrawList*> drawLists() const;

    // Where a nominee's administrative centre is on the canvas, from the camera (not the UI).
    ScreenPoint markerCentre(std::string_view id) const;
    // The target the last frame noted under name, or nullptr.
    const ui::NamedTarget* target(std::string_view name) const;
    static ScreenPoint centreOf(const ScreenRect& r) { return {r.x + r.width / 2, r.y + r.height / 2}; }
    // The harness's points are canvas px; the UI's named targets are CanvasRects.
    static ScreenPoint centreOf(const CanvasRect& r) { return {r.x + r.width / 2, r.y + r.height / 2}; }

private:
    ImGuiContext* context_ = nullptr;
    ui::FrameOutput last_;
    double timeMs_ = 0;
};

}  // namespace vk::uitest
