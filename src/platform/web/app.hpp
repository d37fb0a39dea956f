// The web widget's one state struct (sokol style): everything main, the frame, input and the page
// bridge share. Only src/platform/web sees it.
#pragma once

#include <deque>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/camera.hpp"
#include "core/geo_asset.hpp"
#include "core/gestures.hpp"
#include "core/layout.hpp"
#include "core/nominees.hpp"
#include "core/widget_state.hpp"
#include "render/map_renderer.hpp"
#include "ui/frame.hpp"

namespace vk::web {

// A pointer event for ImGui, applied one button change per frame so that a press and release
// within one frame still make a click.
struct ImGuiPointerEvent {
    float x = 0, y = 0;
    int button = -1;  // -1: move only
    bool down = false;
};

struct FrameStats {
    long frames = 0;
    double totalMs = 0;
    double maxMs = 0;
    std::vector<double> recentMs;  // ring of the last samples, for the median
    std::size_t next = 0;

    void add(double ms);
    double medianMs() const;
};

struct App {
    // Content
    LoadResult content;
    GeoAsset geo;
    bool geoLoaded = false;
    std::vector<std::uint8_t> fontRegular, fontSemibold;
    std::vector<std::string> problems;  // worded for the visitor, in the current language
    std::vector<std::string> problemDetails;  // JSON paths and messages, for the console

    // State
    WidgetState state;
    std::string focused;  // nominee focused from the text mirror
    ScreenRect focusedCover;  // where the focused mirror covers the canvas (canvas px), kept clear by reveals
    Camera camera;
    CameraView fitView;
    std::optional<CameraFlight> flight;
    bool viewPlaced = false;  // the start view has been set once
    std::vector<std::string> revealPending;  // nominees to bring into view once the controls are drawn
    MapControlBoxes controls;                // where the last frame drew the map's controls (map px)
    bool controlsDrawn = false;              // ... for the current layout
    Palette palette;                         // the theme's colours with the accent, as drawn
    std::string paletteKey;                  // theme and accent that palette is for

    // Page facts
    bool embedded = false;
    bool reducedMotion = false;
    double pixelRatio = 1;
    ScreenSize canvas{1, 1};
    WidgetLayout layout;
    double lastWantedHeight = 0;

    // Rendering
    int glContext = 0;
    bool contextLost = false;
    MapRenderer map;
    ui::Fonts fonts;
    double fontsPixelRatio = 0;
    ui::UiMemory uiMemory;
    MapScene scene;  // markers, labels and controls as the last frame drew them; hit tests use it
    std::vector<ui::NamedTarget> targets;
    float panelContentHeight = 0;

    // Input
    std::deque<ImGuiPointerEvent> imguiEvents;
    float imguiWheel = 0;
    Gestures gestures;  // the interaction rules and what a gesture in progress remembers (input.cpp)
    std::string notice;
    double noticeUntilMs = 0;
    double linkCopiedUntilMs = 0;

    // Frame control: draw only when something changed or an animation runs.
    int framesToDraw = 2;
    bool readySent = false;
    int framesWithContent = 0;
    FrameStats stats;
    struct {
        double dataParseMs = 0, geoDecodeMs = 0, geoUploadMs = 0, firstFrameMs = 0;  // for the start-up report
    } startup;

    void requestFrames(int n = 2) { framesToDraw = std::max(framesToDraw, n); }
};

App& app();

// JSON is nlohmann::ordered_json throughout the wasm, as in core's parser (json_syntax.hpp): one
// instantiation of nlohmann's parser and serializer instead of two (smaller download).
// The state as window.NomineeMap.state() gives it (commands.cpp).
nlohmann::ordered_json stateJson();

// Applies a new state: keeps it, tells the page (hash, mirror, events), redraws.
void commitState(WidgetState next);

// Camera helpers shared by input, commands and the UI's buttons.
void fitStartView();
void zoomMapAbout(double xCss, double yCss, double factor);  // canvas CSS px
void flyToNominee(const std::string& id);  // brings it into view (at the next frame)
// Brings the selection into view when id is (still) selected: both nominees of a comparison, else id.
void revealIfSelected(const std::string& id);

// Which nominee is under a canvas point (CSS px), or "": a view of its id in the last frame's
// marker layout (valid until the next frame).
std::string_view nomineeAt(double xCss, double yCss, bool touch);

// True when the canvas point lies in the map's part of the canvas.
bool insideMap(double xCss, double yCss);

void registerInput();
void loadContent();  // pulls the shell's assets and loads them
double nowMs();

}  // namespace vk::web
