// The web widget: main sets up the WebGL2 context and ImGui, registers input and one frame
// function with the browser, and hands control back. The frame draws only when something
// changed (input, a flight, a resize) and idles otherwise.
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <GLES3/gl3.h>

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "core/comparison.hpp"
#include "core/strings.hpp"
#include "core/url_state.hpp"
#include "imgui.h"
#include "platform/web/app.hpp"
#include "platform/web/bridge.hpp"
#include "platform/web/imgui_impl_webgl2.hpp"

namespace vk::web {

namespace {

constexpr const char* canvasSelector = "#nominee-map-canvas";
constexpr int settleFrames = 3;
constexpr double attributionStripPx = 24;  // the start view keeps Norway clear of the attribution

// Multisampling of the map layer (the rest is ImGui, which smooths its own edges). On a 1x
// screen 4x multisampling is what keeps the coast from stair-stepping; on a 2x screen the backing
// store already has four pixels per CSS pixel, and 4x more would cost the GPU for an edge
// nobody can see (docs: "Frames and multisampling" in README).
int mapSamples(double pixelRatio) { return pixelRatio < 1.5 ? 4 : 0; }

void notify(const char* type, const nlohmann::ordered_json& payload) {
    vk_js_notify(type, payload.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace).c_str());
}

// Sizes the canvas's backing store to its CSS size times the device pixel ratio, so the map and
// text are sharp on high-DPI screens, and lays out map and panel. Returns true on a change.
bool syncCanvasSize() {
    App& a = app();
    double cssWidth = 0, cssHeight = 0;
    emscripten_get_element_css_size(canvasSelector, &cssWidth, &cssHeight);
    const double ratio = std::max(emscripten_get_device_pixel_ratio(), 1.0);
    cssWidth = std::max(cssWidth, 1.0);  // a hidden frame measures 0: treat it as 1 px, once
    cssHeight = std::max(cssHeight, 1.0);
    if (cssWidth == a.canvas.width && cssHeight == a.canvas.height && ratio == a.pixelRatio) return false;
    a.canvas = {cssWidth, cssHeight};
    a.pixelRatio = ratio;
    emscripten_set_canvas_element_size(canvasSelector, static_cast<int>(std::lround(a.canvas.width * ratio)),
                                       static_cast<int>(std::lround(a.canvas.height * ratio)));
    a.layout = computeLayout(a.canvas);
    a.controlsDrawn = false;
    a.camera.setViewport({a.layout.map.width, a.layout.map.height});
    fitStartView();
    return true;
}

void ensureFonts() {
    App& a = app();
    if (a.fontsPixelRatio == a.pixelRatio) return;
    a.fonts = ui::loadFonts(a.fontRegular, a.fontSemibold, static_cast<float>(a.pixelRatio));
    a.fontsPixelRatio = a.pixelRatio;
    ImGuiWebGL2_CreateFontsTexture();
}

void feedImGuiInput(double timeMs) {
    App& a = app();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = {static_cast<float>(a.canvas.width), static_cast<float>(a.canvas.height)};
    io.DisplayFramebufferScale = {static_cast<float>(a.pixelRatio), static_cast<float>(a.pixelRatio)};
    static double lastMs = timeMs;
    io.DeltaTime = static_cast<float>(std::max((timeMs - lastMs) / 1000.0, 1e-4));
    lastMs = timeMs;
    // Moves apply at once. A button change waits for the next frame when this frame already had
    // one, or moved the pointer: ImGui must see the pointer over a button before the press, or a
    // quick move-and-click would miss it.
    bool buttonChanged = false, moved = false;
    while (!a.imguiEvents.empty()) {
        const ImGuiPointerEvent e = a.imguiEvents.front();
        if (e.button >= 0 && (buttonChanged || moved)) break;
        moved = moved || e.x != io.MousePos.x || e.y != io.MousePos.y;
        io.MousePos = {e.x, e.y};
        if (e.button >= 0) {
            io.MouseDown[e.button] = e.down;
            buttonChanged = true;
        }
        a.imguiEvents.pop_front();
    }
    io.MouseWheel = a.imguiWheel;
    a.imguiWheel = 0;
    if (!a.imguiEvents.empty()) a.requestFrames();
}

void applyFrameOutput(const ui::FrameOutput& out) {
    App& a = app();
    a.targets = out.targets;
    a.controls = out.controls;
    a.controlsDrawn = true;
    a.panelContentHeight = out.panelContentHeight;
    switch (out.map) {
        case ui::MapCommand::ZoomIn: zoomMapAbout(a.layout.map.width / 2, a.layout.map.height / 2, 2); break;
        case ui::MapCommand::ZoomOut: zoomMapAbout(a.layout.map.width / 2, a.layout.map.height / 2, 0.5); break;
        case ui::MapCommand::Reset:
            a.flight.reset();
            a.camera.setView(a.fitView);
            a.requestFrames();
            break;
        case ui::MapCommand::None: break;
    }
    if (out.copyLink) {
        notify("copyLink", {{"hash", formatUrlState(a.state)}});
        a.linkCopiedUntilMs = nowMs() + 2500;
        a.requestFrames();
    }
    if (out.state) commitState(*out.state);
    if (!out.flyTo.empty()) flyToNominee(out.flyTo);

    const double wanted = std::round(wantedHeight(a.canvas.width, a.panelContentHeight));
    if (std::abs(wanted - a.lastWantedHeight) >= 1) {
        a.lastWantedHeight = wanted;
        notify("height", {{"height", wanted}});
    }
}

// The theme's palette with the host's accent, made current when either changes.
void syncPalette() {
    App& a = app();
    const ColourScheme theme = a.state.scheme();
    const std::string key = std::string(schemeId(theme)) + (a.state.accent ? hexColour(*a.state.accent) : "");
    if (key == a.paletteKey) return;
    a.paletteKey = key;
    a.palette = paletteFor(theme, a.state.accent);
    ui::usePalette(a.palette);
}

MapColours mapColours(const Palette& p) {
    const auto rgba = [](Rgb c) { return Rgba{c.r / 255.0f, c.g / 255.0f, c.b / 255.0f}; };
    return {rgba(p.sea), rgba(p.neighbours), rgba(p.norway), rgba(p.borders), rgba(p.coast)};
}

// ImGui's half of a frame, from input to ImGui::Render(); draws nothing on the canvas.
ui::FrameOutput layOutFrame(double timeMs) {
    App& a = app();
    syncPalette();
    feedImGuiInput(timeMs);
    ImGui::NewFrame();

    // The map scene in core; the UI draws it, and input hit-tests it (nomineeAt).
    if (a.content.usable) a.scene = buildMapScene(a.content.data, a.state, a.camera, {a.layout, a.gestures.touchMode(), a.focused},
                                                  ui::FontMeasure{a.fonts}, &a.scene);
    ui::FrameInput input;
    input.memory = &a.uiMemory;
    input.data = a.content.usable ? &a.content.data : nullptr;
    input.state = &a.state;
    input.scene = &a.scene;
    input.layout = a.layout;
    input.fonts = a.fonts;
    input.focused = a.focused;
    input.touch = a.gestures.touchMode();
    input.timeMs = timeMs;
    input.linkCopied = timeMs < a.linkCopiedUntilMs;
    input.notice = timeMs < a.noticeUntilMs ? a.notice : "";
    input.problems = a.problems;
    ui::FrameOutput out = ui::drawFrame(input);
    ImGui::Render();
    return out;
}

void drawFrameContents(double timeMs) {
    App& a = app();
    const bool contentReady = a.geoLoaded && a.content.usable;
    // ImGui sizes an auto-fitting window in one frame and shows it in the next. The first frame
    // with content runs those passes unseen, so that it is already settled: the visitor's first
    // picture is the finished one, and ready follows at once instead of frames later.
    if (contentReady && a.framesWithContent == 0) {
        for (int pass = 1; pass < settleFrames; ++pass) applyFrameOutput(layOutFrame(timeMs));
        a.framesWithContent = settleFrames - 1;
    }
    const ui::FrameOutput out = layOutFrame(timeMs);

    const int framebufferWidth = static_cast<int>(std::lround(a.canvas.width * a.pixelRatio));
    const int framebufferHeight = static_cast<int>(std::lround(a.canvas.height * a.pixelRatio));
    glViewport(0, 0, framebufferWidth, framebufferHeight);
    glClearColor(a.palette.panel.r / 255.0f, a.palette.panel.g / 255.0f, a.palette.panel.b / 255.0f, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    if (a.geoLoaded) {
        const auto& m = a.layout.map;
        const int x = static_cast<int>(std::lround(m.x * a.pixelRatio));
        const int width = static_cast<int>(std::lround(m.width * a.pixelRatio));
        const int height = static_cast<int>(std::lround(m.height * a.pixelRatio));
        const int y = framebufferHeight - static_cast<int>(std::lround(m.y * a.pixelRatio)) - height;
        a.map.drawKept(a.camera, x, y, width, height, mapColours(a.palette), mapSamples(a.pixelRatio));
        glViewport(0, 0, framebufferWidth, framebufferHeight);
    }
    ImGuiWebGL2_RenderDrawData(ImGui::GetDrawData());
    applyFrameOutput(out);
}

// Flies to a view that shows every nominee in ids with room for its label, clear of the map's
// controls (core: viewToReveal).
void flyToReveal(const std::vector<std::string>& ids) {
    App& a = app();
    std::vector<MapPoint> targets, others;
    for (const auto& n : a.content.data.nominees) {
        const bool wanted = std::find(ids.begin(), ids.end(), n.id) != ids.end();
        (wanted ? targets : others).push_back(project(n.centre.position));
    }
    RevealRoom room;
    room.obstacles = a.controls.list();
    if (!a.focused.empty() && a.focusedCover.width > 0) {
        const ScreenRect& c = a.focusedCover;
        room.obstacles.push_back({c.x - a.layout.map.x, c.y - a.layout.map.y, c.width, c.height});
    }
    room.marginPx = 12;
    room.markerRadiusPx = 11;
    room.labelPx = {96, 19};  // until a frame has measured the labels
    double widest = 0, tallest = 0;
    for (const auto& m : a.scene.markers)
        if (!m.label.hidden) widest = std::max(widest, m.label.box.width), tallest = std::max(tallest, m.label.box.height);
    if (widest > 0) room.labelPx = {widest, tallest};
    const auto to = viewToReveal(a.camera, targets, others, room);
    if (!to) return;
    if (a.reducedMotion) a.camera.setView(*to);
    else a.flight = CameraFlight{a.camera.view(), *to, nowMs(), 650};
}

EM_BOOL frame(double timeMs, void*) {
    App& a = app();
    if (a.contextLost) return EM_TRUE;
    if (syncCanvasSize()) a.requestFrames();
    if (!a.revealPending.empty()) {
        // Wait for a frame that drew the controls where this layout has them.
        if (a.controlsDrawn) {
            flyToReveal(a.revealPending);
            a.revealPending.clear();
        }
        a.requestFrames();
    }
    if (a.flight) {
        a.camera.setView(a.flight->viewAt(timeMs));
        if (a.flight->finishedAt(timeMs)) a.flight.reset();
        a.requestFrames();
    }
    if (a.noticeUntilMs > 0 && timeMs >= a.noticeUntilMs) {
        a.noticeUntilMs = 0;
        a.requestFrames();
    }
    if (a.linkCopiedUntilMs > 0 && timeMs >= a.linkCopiedUntilMs) {
        a.linkCopiedUntilMs = 0;
        a.requestFrames();
    }
    if (a.framesToDraw <= 0) return EM_TRUE;  // idle: nothing changed
    // Nothing to draw before the page has handed over the fonts (and with them the content): the
    // first frame is then the one that shows the map, and ImGui's own font is never needed.
    if (a.fontRegular.empty() || a.fontSemibold.empty()) return EM_TRUE;
    --a.framesToDraw;

    const double start = emscripten_get_now();
    ensureFonts();
    drawFrameContents(timeMs);
    const double frameMs = emscripten_get_now() - start;
    a.stats.add(frameMs);
    if (a.startup.firstFrameMs == 0) a.startup.firstFrameMs = frameMs;  // fonts rasterised, map drawn

    // Ready once the map, the markers and ImGui's auto-sized windows have settled (ImGui measures
    // such a window in one frame and shows it in the next).
    if (!a.readySent && a.geoLoaded && a.content.usable && ++a.framesWithContent >= settleFrames) {
        a.readySent = true;
        notify("ready", {{"firstFrameMs", a.startup.firstFrameMs}});
    }
    return EM_TRUE;
}

EM_BOOL onContextLost(int, const void*, void*) {
    App& a = app();
    a.contextLost = true;
    a.map.forgetContext();
    notify("error", {{"message", "WebGL context lost"}});
    return EM_TRUE;
}

EM_BOOL onContextRestored(int, const void*, void*) {
    App& a = app();
    emscripten_webgl_make_context_current(a.glContext);
    ImGuiWebGL2_Shutdown();
    ImGuiWebGL2_Init();
    a.fontsPixelRatio = 0;  // rebuild the font texture
    if (a.geoLoaded) {
        std::string error;
        a.map.upload(a.geo, error);
    }
    a.contextLost = false;
    a.requestFrames();
    return EM_TRUE;
}

}  // namespace

App& app() {
    static App instance;
    return instance;
}

double nowMs() { return emscripten_get_now(); }

void FrameStats::add(double ms) {
    ++frames;
    totalMs += ms;
    maxMs = std::max(maxMs, ms);
    constexpr std::size_t window = 240;
    if (recentMs.size() < window) recentMs.push_back(ms);
    else recentMs[next] = ms;
    next = (next + 1) % window;
}

double FrameStats::medianMs() const {
    if (recentMs.empty()) return 0;
    std::vector<double> sorted = recentMs;
    std::nth_element(sorted.begin(), sorted.begin() + static_cast<long>(sorted.size() / 2), sorted.end());
    return sorted[sorted.size() / 2];
}

void commitState(WidgetState next) {
    App& a = app();
    const bool langChanged = next.lang != a.state.lang;
    a.state = std::move(next);
    if (langChanged) loadContent();  // re-word problems in the new language
    a.requestFrames();
    const NomineeData& data = a.content.data;
    // What state() returns, and what the page derives from it: the hash and the sentences.
    nlohmann::ordered_json payload = stateJson();
    payload["hash"] = formatUrlState(a.state);
    payload["status"] = statusSentence(data, a.state.selected, a.state.lang);
    if (a.state.selected.size() == 2) {
        const Nominee* l = data.nominee(a.state.selected[0]);
        const Nominee* r = data.nominee(a.state.selected[1]);
        if (l && r) payload["shared"] = sharedThemesSentence(data, compareNominees(data, *l, *r), a.state.lang);
    }
    notify("state", payload);
}

void fitStartView() {
    App& a = app();
    if (!a.geoLoaded) return;
    // A visitor who has moved the map keeps their view (within the new limits) when the widget is
    // resized, as it is on phones whenever the panel's height changes; an untouched map refits.
    const CameraView before = a.camera.view();
    const bool untouched = !a.flight && std::abs(before.metresPerPixel - a.fitView.metresPerPixel) < 1e-6 &&
                           std::abs(before.centre.x - a.fitView.centre.x) < 1e-3 &&
                           std::abs(before.centre.y - a.fitView.centre.y) < 1e-3;
    const double padding = std::clamp(std::min(a.layout.map.width, a.layout.map.height) * 0.05, 8.0, 40.0);
    a.fitView = a.camera.viewFitting(a.geo.norwayBounds, padding, attributionStripPx);
    a.camera.setLimits(mapLimits(a.geo.norwayBounds, a.fitView));
    a.camera.setView(untouched || !a.viewPlaced ? a.fitView : before);
    a.viewPlaced = true;
}

void zoomMapAbout(double xCss, double yCss, double factor) {
    App& a = app();
    a.flight.reset();
    a.camera.zoomAbout({xCss - a.layout.map.x, yCss - a.layout.map.y}, factor);
    a.requestFrames();
}

namespace {

// Now, when a frame has drawn the controls where this layout has them; else at the first frame
// that has (a link's selection arrives before the map is laid out).
void reveal(std::vector<std::string> ids) {
    App& a = app();
    if (a.controlsDrawn) flyToReveal(ids);
    else a.revealPending = std::move(ids);
    a.requestFrames();
}

}  // namespace

void flyToNominee(const std::string& id) {
    if (app().content.data.nominee(id)) reveal({id});
}

void revealIfSelected(const std::string& id) {
    App& a = app();
    if (!a.state.isSelected(id)) return;
    reveal(a.state.comparing() ? a.state.selected : std::vector<std::string>{id});
}

bool insideMap(double xCss, double yCss) { return app().layout.map.contains({xCss, yCss}); }

std::string_view nomineeAt(double xCss, double yCss, bool touch) {
    App& a = app();
    if (!insideMap(xCss, yCss)) return "";
    return a.scene.nomineeAt({xCss - a.layout.map.x, yCss - a.layout.map.y}, touch ? 22 : 12, touch ? 8 : 2);
}

}  // namespace vk::web

int main() {
    using namespace vk::web;
    App& a = app();
    a.embedded = vk_js_is_embedded() != 0;
    a.reducedMotion = vk_js_prefers_reduced_motion() != 0;
    a.state.systemScheme = vk_js_prefers_dark() != 0 ? vk::ColourScheme::Dark : vk::ColourScheme::Light;

    EmscriptenWebGLContextAttributes attributes;
    emscripten_webgl_init_context_attributes(&attributes);
    attributes.majorVersion = 2;
    attributes.minorVersion = 0;
    attributes.alpha = EM_FALSE;
    attributes.antialias = EM_FALSE;  // the map layer multisamples its own kept picture (MapRenderer::drawKept)
    attributes.depth = EM_FALSE;
    attributes.stencil = EM_FALSE;
    attributes.preserveDrawingBuffer = EM_FALSE;  // a copy per frame costs the (software) GPU; screenshots use the compositor
    a.glContext = emscripten_webgl_create_context(canvasSelector, &attributes);
    vk_js_install();
    if (a.glContext <= 0) {
        // No WebGL 2: no map, no ImGui, no frames; but the commands answer (they need no GL), so
        // the page shows the text version that core builds (textVersion), as beside the map.
        notify("started", {{"map", false}});
        return 0;
    }
    emscripten_webgl_make_context_current(a.glContext);
    emscripten_set_webglcontextlost_callback(canvasSelector, nullptr, EM_FALSE, onContextLost);
    emscripten_set_webglcontextrestored_callback(canvasSelector, nullptr, EM_FALSE, onContextRestored);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // no files on the web
    io.LogFilename = nullptr;
    io.BackendPlatformName = "vertskapskart_html5";
    io.ConfigWindowsMoveFromTitleBarOnly = true;
    vk::ui::applyStyle();
    ImGuiWebGL2_Init();

    registerInput();
    syncCanvasSize();
    emscripten_request_animation_frame_loop(frame, nullptr);
    notify("started", {{"map", true}});
    return 0;
}
