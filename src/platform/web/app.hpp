// The web widget's one App (sokol style): the core model plus everything main, the frame, input and
// the page bridge share. Only src/platform/web sees it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/frame_stats.hpp"
#include "core/geo_asset.hpp"
#include "core/gestures.hpp"
#include "base/json_io.hpp"
#include "core/palette.hpp"
#include "core/pixels.hpp"
#include "core/widget_model.hpp"
#include "render/frame_pacer.hpp"
#include "render/imgui_renderer.hpp"
#include "render/map_renderer.hpp"
#include "ui/drawn_lists.hpp"
#include "ui/frame.hpp"

namespace vk::web {

// The page's canvas, for html5.h's callbacks and the GL context.
inline constexpr const char* canvasSelector = "#nominee-map-canvas";

// The running widget: its model (core: content, state, camera and the view rules) and what only
// the page has: GPU resources, ImGui's fonts, input in progress, frame control. main() creates the
// one App and hands it to every html5.h callback, the frame and the page's commands as their user
// data (sokol's init/frame/event style); there is no global.
struct App {
    WidgetModel model;

    // What the page handed over, kept: the map's geometry (uploaded again after a lost context)
    // and the fonts' bytes (ImGui reads them when it rasterises them at a new pixel ratio).
    struct Assets {
        GeoAsset geo;
        std::vector<std::uint8_t> fontRegular, fontSemibold;
        bool taken = false;  // the page hands the assets over once
    } assets;

    // The look: the theme's colours with the accent, as drawn.
    struct Look {
        Palette palette;
        ui::Colours colours;    // the same for ImGui's drawing (ui::coloursOf), handed to each frame
        std::string paletteKey;  // theme and accent that palette is for
        struct {
            std::string key;  // theme and accent the palette below is for
            AccentedPalette palette;
        } accent;  // state().appearance's accent, kept while theme and accent stay
    } look;

    // Facts about the page.
    struct Page {
        bool embedded = false;
        double pixelRatio = 1;
        double lastWantedHeight = 0;
    } page;

    // The GPU's side: the WebGL 2 context and what lives in it.
    struct Gpu {
        int glContext = 0;
        bool contextLost = false;
        unsigned program = 0;  // the canvas's one shader program, for ImGui and the map (render/canvas_program.hpp)
        MapRenderer map;
        ImGuiRenderer imguiRenderer;
        FramePacer pacer;  // after ready, a frame waits while the GPU is still on the last one
        bool programChecked = false;  // the program's link status, asked once after ready (checkProgram)
    } gpu;

    // Dear ImGui's side: fonts, what the UI remembers between frames, where it drew its controls.
    struct Imgui {
        ui::Fonts fonts;
        double fontsPixelRatio = 0;
        ui::UiMemory memory;
        std::vector<ui::NamedTarget> targets;
        float panelContentHeight = 0;
    } imgui;

    // Input in progress and what it shows for a while.
    struct Input {
        Gestures gestures;  // the interaction rules and what a gesture in progress remembers (input.cpp)
        std::string notice;
        double noticeUntilMs = 0;
        double linkCopiedUntilMs = 0;
        // The canvas cursor an input event asked for, written by the next frame callback once it has
        // measured the canvas: written at once, the change would make that measurement restyle the
        // page inside the frame.
        const char* pendingCursor = nullptr;
    } input;

    // Frame control: draw only when something changed or an animation runs.
    struct Frames {
        int toDraw = 2;
        // What the canvas shows besides ImGui's lists, as the last frame drew it (none before a
        // frame, and after the context was lost): a frame that would draw the same leaves the canvas
        // alone.
        struct Picture {
            DeviceRect framebuffer, map;
            Rgb background;
            CameraView view;
            MapColours colours;
            int samples = 0;
            unsigned geometry = 0;
            friend bool operator==(const Picture&, const Picture&) = default;
        };
        std::optional<Picture> shown;
        ui::DrawnLists shownLists;  // and ImGui's lists as it drew them (ui/drawn_lists.hpp)
        bool readySent = false;
        int withContent = 0;
        FrameStats stats;
        struct {
            double dataParseMs = 0, geoDecodeMs = 0, geoUploadMs = 0, firstFrameMs = 0;  // for the start-up report
        } startup;
    } frames;

    std::string commandReply;  // the last command's reply, read by the page before the next command

    void requestFrames(int n = 2) { frames.toDraw = std::max(frames.toDraw, n); }
};

inline constexpr double linkCopiedMs = 2500;  // how long "link copied" shows by the copy button

// Clocks: every time in the platform is performance.now() in ms (emscripten_get_now(), and the
// frame's rAF timestamp, which counts from the same origin).
double nowMs();

// The WebGL context is lost, or is being lost: its event may not have arrived yet (the page makes
// the context before the wasm listens, and the browser delivers the event later).
bool contextGone(const App& a);

// The state as window.NomineeMap.state() gives it (commands.cpp).
Json stateJson(App& a);

// Applies a new state: keeps it, tells the page (hash, mirror, events), redraws.
void commitState(App& a, WidgetState next);

// The model's camera moves and reveals, with the frames they need.
void zoomMapAbout(App& a, CanvasPoint about, double factor);
void flyToNominee(App& a, const std::string& id);  // brings it into view (at the next frame)
// Brings the selection into view when id is (still) selected: both nominees of a comparison, else id.
void revealIfSelected(App& a, const std::string& id);

// Which nominee is under a canvas point (CSS px), or "": a view of its id in the model's map
// scene (valid until the next frame builds the next scene).
std::string_view nomineeAt(const App& a, CanvasPoint at, bool touch);

void registerInput(App& a);
void loadContent(App& a);  // takes the shell's assets and loads them (once)

}  // namespace vk::web
