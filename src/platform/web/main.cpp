// The web widget: main sets up the WebGL2 context and ImGui, registers input and one frame
// function with the browser, and hands control back. The frame draws only when something
// changed (input, a flight, a resize) and idles otherwise.
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <GLES3/gl3.h>

#include <algorithm>
#include <cmath>

#include "backends/imgui_impl_html5.h"
#include "core/comparison.hpp"
#include "base/json_io.hpp"
#include "core/strings.hpp"
#include "core/url_state.hpp"
#include "imgui.h"
#include "platform/web/app.hpp"
#include "platform/web/bridge.hpp"
#include "render/canvas_program.hpp"

namespace vk::web {

namespace {

constexpr int settleFrames = 3;

void notify(const char* type, const Json& payload) {
    vk_js_notify(type, dumpJson(payload).c_str());
}

// Follows the canvas's CSS size and the device pixel ratio (the platform backend sizes the
// backing store); the model lays out map and panel. Returns true on a change.
bool syncCanvasSize(App& a) {
    const bool changed = ImGui_ImplHtml5_SyncCanvasSize();
    const ImGui_ImplHtml5_Canvas c = ImGui_ImplHtml5_GetCanvas();
    a.page.pixelRatio = c.pixelRatio;
    return a.model.resize({c.cssWidth, c.cssHeight}) || changed;
}

void ensureFonts(App& a) {
    if (a.imgui.fontsPixelRatio == a.page.pixelRatio) return;
    a.imgui.fonts = ui::loadFonts(a.assets.fontRegular, a.assets.fontSemibold, static_cast<float>(a.page.pixelRatio));
    a.imgui.fontsPixelRatio = a.page.pixelRatio;
    a.gpu.imguiRenderer.uploadFonts();
    a.frames.shownLists.forget();  // the new texture may have the old one's name
}

void applyFrameOutput(App& a, const ui::FrameOutput& out) {
    a.imgui.targets = out.targets;
    a.imgui.panelContentHeight = out.panelContentHeight;
    switch (out.map) {
        case ui::MapCommand::ZoomIn: a.model.zoomAboutCentre(2); break;
        case ui::MapCommand::ZoomOut: a.model.zoomAboutCentre(0.5); break;
        case ui::MapCommand::Reset: a.model.resetView(); break;
        case ui::MapCommand::None: break;
    }
    if (out.map != ui::MapCommand::None) a.requestFrames();
    if (out.settling) a.requestFrames(1);  // ImGui measured something this frame that places it in the next
    if (out.copyLink) {
        notify("copyLink", {{"hash", formatUrlState(a.model.state())}});
        a.input.linkCopiedUntilMs = nowMs() + linkCopiedMs;
        a.requestFrames();
    }
    if (out.state) commitState(a, *out.state);
    if (!out.flyTo.empty()) flyToNominee(a, out.flyTo);

    const double wanted = std::round(wantedHeight(a.model.canvas().width, a.imgui.panelContentHeight));
    if (std::abs(wanted - a.page.lastWantedHeight) >= 1) {
        a.page.lastWantedHeight = wanted;
        notify("height", {{"height", wanted}});
    }
}

// The theme's palette with the host's accent, made current when either changes.
void syncPalette(App& a) {
    const WidgetState& state = a.model.state();
    const ColourScheme theme = state.scheme();
    const std::string key = std::string(schemeId(theme)) + (state.accent ? hexColour(*state.accent) : "");
    if (key == a.look.paletteKey) return;
    a.look.paletteKey = key;
    a.look.palette = paletteFor(theme, state.accent);
    a.look.colours = ui::coloursOf(a.look.palette);
    ui::usePalette(a.look.palette);
}

MapColours mapColours(const Palette& p) {
    const auto rgba = [](Rgb c) { return Rgba{c.r / 255.0f, c.g / 255.0f, c.b / 255.0f}; };
    return {rgba(p.sea), rgba(p.neighbours), rgba(p.norway), rgba(p.borders), rgba(p.coast)};
}

// ImGui's half of a frame, from input to ImGui::Render(); draws nothing on the canvas.
ui::FrameOutput layOutFrame(App& a, double timeMs) {
    syncPalette(a);
    if (ImGui_ImplHtml5_NewFrame(timeMs)) a.requestFrames();  // pointer events left for the next frame
    ImGui::NewFrame();

    // The map scene in core; the UI draws it, and input hit-tests it (nomineeAt).
    if (a.model.content().usable) {
        const MapSceneView view{a.model.layout(), a.input.gestures.touchMode(), a.model.focused()};
        a.model.setScene(buildMapScene(a.model.data(), a.model.state(), a.model.camera(), view, ui::FontMeasure{a.imgui.fonts}, &a.model.scene()));
    }
    ui::FrameInput input;
    input.memory = &a.imgui.memory;
    input.data = a.model.content().usable ? &a.model.data() : nullptr;
    input.themeMatrix = &a.model.themeMatrix();
    input.state = &a.model.state();
    input.scene = &a.model.scene();
    input.layout = a.model.layout();
    input.fonts = a.imgui.fonts;
    input.colours = a.look.colours;
    input.focused = a.model.focused();
    input.touch = a.input.gestures.touchMode();
    input.timeMs = timeMs;
    input.linkCopied = timeMs < a.input.linkCopiedUntilMs;
    input.notice = timeMs < a.input.noticeUntilMs ? a.input.notice : "";
    input.problems = a.model.visitorProblems();
    ui::FrameOutput out = ui::drawFrame(input);
    ImGui::Render();
    return out;
}

// Lays out the frame and draws it on the canvas, unless the picture would be the one the canvas
// already shows (the second frame of a change often is): then no GL call is made, and the browser
// keeps showing the last picture. Returns whether it drew.
bool drawFrameContents(App& a, double timeMs) {
    const bool contentReady = a.model.mapLoaded() && a.model.content().usable;
    // ImGui sizes an auto-fitting window in one frame and shows it in the next. The first frame
    // with content runs those passes unseen, so that it is already settled: the visitor's first
    // picture is the finished one, and ready follows at once instead of frames later.
    if (contentReady && a.frames.withContent == 0) {
        for (int pass = 1; pass < settleFrames; ++pass) applyFrameOutput(a, layOutFrame(a, timeMs));
        a.frames.withContent = settleFrames - 1;
    }
    const ui::FrameOutput out = layOutFrame(a, timeMs);

    App::Frames::Picture picture;
    picture.framebuffer = canvasToDevice(a.model.canvas(), a.page.pixelRatio);
    picture.background = a.look.palette.panel;
    if (a.model.mapLoaded()) {
        picture.map = canvasToDevice(a.model.layout().map, a.model.canvas(), a.page.pixelRatio);
        picture.view = a.model.camera().view();
        picture.colours = mapColours(a.look.palette);
        picture.samples = mapSamples(a.page.pixelRatio);
        picture.geometry = a.gpu.map.geometryVersion();
    }
    const ImDrawData& lists = *ImGui::GetDrawData();
    const bool draw = picture != a.frames.shown || !a.frames.shownLists.same(lists);
    if (draw) {
        const DeviceRect& framebuffer = picture.framebuffer;
        glViewport(0, 0, framebuffer.width, framebuffer.height);
        // The panel's colour is also the panel's background: its window draws none (ui::drawPanel).
        glClearColor(picture.background.r / 255.0f, picture.background.g / 255.0f, picture.background.b / 255.0f, 1);
        glClear(GL_COLOR_BUFFER_BIT);
        if (a.model.mapLoaded()) {
            const DeviceRect& m = picture.map;
            a.gpu.map.drawKept(a.model.camera(), m.x, m.y, m.width, m.height, picture.colours, picture.samples);
            glViewport(0, 0, framebuffer.width, framebuffer.height);
        }
        a.frames.shownLists.record(lists);
        a.gpu.imguiRenderer.render(&lists, a.frames.shownLists.vertices(), a.frames.shownLists.indices());
        a.frames.shown = picture;
    }
    applyFrameOutput(a, out);
    return draw;
}

// The canvas's one program (render/canvas_program.hpp), compiled and handed to ImGui's renderer:
// at the start, and again for a restored context. Linked while the assets load; nothing waits for
// it here (checkProgram asks after ready).
void makeProgram(App& a) {
    a.gpu.program = vk::canvas::compileProgram();
    a.gpu.imguiRenderer.init(a.gpu.program);
}

// Whether the canvas's program linked. The first frame's first use of it waits for the GPU
// process to say so (the browser asks); this asks for the reason in the frame after ready (after a
// restored context, in its first frame), never before the first frame.
// A program that did not link draws nothing, so the page shows the text version instead.
// A context lost at any moment (its event may not have arrived yet) is asked again once restored.
void checkProgram(App& a) {
    if (contextGone(a)) return;
    a.gpu.programChecked = true;
    const std::string problem = vk::canvas::linkProblem(a.gpu.program);
    if (!problem.empty()) notify("error", {{"message", "map: " + problem}, {"fatal", true}});
}

EM_BOOL frame(double timeMs, void* userData) {
    App& a = *static_cast<App*>(userData);
    if (a.gpu.contextLost) return EM_TRUE;
    if (a.frames.readySent && !a.gpu.programChecked) checkProgram(a);
    if (syncCanvasSize(a)) a.requestFrames();
    if (a.input.pendingCursor) {  // after the measuring above (App::Input::pendingCursor)
        vk_js_set_cursor(a.input.pendingCursor);
        a.input.pendingCursor = nullptr;
    }
    if (a.model.advance(timeMs)) a.requestFrames();  // a flight, or a reveal waiting for the controls
    if (a.input.noticeUntilMs > 0 && timeMs >= a.input.noticeUntilMs) {
        a.input.noticeUntilMs = 0;
        a.requestFrames();
    }
    if (a.input.linkCopiedUntilMs > 0 && timeMs >= a.input.linkCopiedUntilMs) {
        a.input.linkCopiedUntilMs = 0;
        a.requestFrames();
    }
    if (a.frames.toDraw <= 0) return EM_TRUE;  // idle: nothing changed
    // Nothing to draw before the page has handed over the fonts (and with them the content): the
    // first frame is then the one that shows the map, and ImGui's own font is never needed.
    if (a.assets.fontRegular.empty() || a.assets.fontSemibold.empty()) return EM_TRUE;
    // Once ready, a frame waits while the GPU is still drawing the last one (render/frame_pacer.hpp).
    // The start-up frames never wait, so ready comes no later for it.
    if (a.frames.readySent && a.gpu.pacer.holdBack()) return EM_TRUE;
    --a.frames.toDraw;

    const double start = emscripten_get_now();
    ensureFonts(a);
    if (drawFrameContents(a, timeMs)) a.gpu.pacer.frameDrawn();
    const double frameMs = emscripten_get_now() - start;
    a.frames.stats.add(frameMs);
    if (a.frames.startup.firstFrameMs == 0) a.frames.startup.firstFrameMs = frameMs;  // fonts rasterised, map drawn

    // Ready once the map, the markers and ImGui's auto-sized windows have settled (ImGui measures
    // such a window in one frame and shows it in the next).
    if (!a.frames.readySent && a.model.mapLoaded() && a.model.content().usable && ++a.frames.withContent >= settleFrames) {
        a.frames.readySent = true;
        notify("ready", {{"firstFrameMs", a.frames.startup.firstFrameMs}});
    }
    return EM_TRUE;
}

EM_BOOL onContextLost(int, const void*, void* userData) {
    App& a = *static_cast<App*>(userData);
    a.gpu.contextLost = true;
    a.gpu.program = 0;  // gone with the context
    a.gpu.map.forgetContext();
    a.gpu.pacer.forgetContext();
    a.frames.shown.reset();
    a.frames.shownLists.forget();
    notify("error", {{"message", "WebGL context lost"}});
    return EM_TRUE;
}

EM_BOOL onContextRestored(int, const void*, void* userData) {
    App& a = *static_cast<App*>(userData);
    emscripten_webgl_make_context_current(a.gpu.glContext);
    a.gpu.imguiRenderer.forgetContext();
    makeProgram(a);
    a.imgui.fontsPixelRatio = 0;  // rebuild the font texture
    a.gpu.programChecked = false;  // the new program is asked about in the first frame after ready
    if (a.model.mapLoaded()) {
        std::string error;
        a.gpu.map.upload(a.assets.geo, a.gpu.program, error);
    }
    a.gpu.contextLost = false;
    a.requestFrames();
    return EM_TRUE;
}

}  // namespace

double nowMs() { return emscripten_get_now(); }

bool contextGone(const App& a) { return a.gpu.contextLost || emscripten_is_webgl_context_lost(a.gpu.glContext); }

void commitState(App& a, WidgetState next) {
    a.model.setState(std::move(next));
    a.requestFrames();
    const WidgetState& state = a.model.state();
    const NomineeData& data = a.model.data();
    // What state() returns, and what the page derives from it: the hash and the sentences.
    Json payload = stateJson(a);
    payload["hash"] = formatUrlState(state);
    payload["status"] = statusSentence(data, state.selected, state.lang);
    if (state.selected.size() == 2) {
        const Nominee* l = data.nominee(state.selected[0]);
        const Nominee* r = data.nominee(state.selected[1]);
        if (l && r) payload["shared"] = sharedThemesSentence(data, compareNominees(data, *l, *r), state.lang);
    }
    notify("state", payload);
}

void zoomMapAbout(App& a, CanvasPoint about, double factor) {
    a.model.zoomAbout(about, factor);
    a.requestFrames();
}

void flyToNominee(App& a, const std::string& id) {
    a.model.flyToNominee(id, nowMs());
    a.requestFrames();
}

void revealIfSelected(App& a, const std::string& id) {
    a.model.revealIfSelected(id, nowMs());
    a.requestFrames();
}

std::string_view nomineeAt(const App& a, CanvasPoint at, bool touch) { return a.model.nomineeAt(at, touch); }

}  // namespace vk::web

int main() {
    using namespace vk::web;
    // The one App, for the page's lifetime (never freed: the page ends with it).
    App& a = *new App;
    a.page.embedded = vk_js_is_embedded() != 0;
    a.model.setReducedMotion(vk_js_prefers_reduced_motion() != 0);
    vk::WidgetState start;
    start.systemScheme = vk_js_prefers_dark() != 0 ? vk::ColourScheme::Dark : vk::ColourScheme::Light;
    a.model.setState(start);

    // web/widget.js has made the context already, with these same attributes (the browser hands
    // it over here); keep the two lists alike.
    EmscriptenWebGLContextAttributes attributes;
    emscripten_webgl_init_context_attributes(&attributes);
    attributes.majorVersion = 2;
    attributes.minorVersion = 0;
    attributes.alpha = EM_FALSE;
    attributes.antialias = EM_FALSE;  // the map layer multisamples its own kept picture (MapRenderer::drawKept)
    attributes.depth = EM_FALSE;
    attributes.stencil = EM_FALSE;
    attributes.preserveDrawingBuffer = EM_FALSE;  // a copy per frame costs the (software) GPU; screenshots use the compositor
    a.gpu.glContext = emscripten_webgl_create_context(canvasSelector, &attributes);
    vk_js_install(&a);
    if (a.gpu.glContext <= 0) {
        // No WebGL 2: no map, no ImGui, no frames; but the commands answer (they need no GL), so
        // the page shows the text version that core builds (textVersion), as beside the map.
        notify("started", {{"map", false}});
        return 0;
    }
    emscripten_webgl_make_context_current(a.gpu.glContext);
    emscripten_set_webglcontextlost_callback(canvasSelector, &a, EM_FALSE, onContextLost);
    emscripten_set_webglcontextrestored_callback(canvasSelector, &a, EM_FALSE, onContextRestored);
    // Lost before this listened (the page makes the context early, web/widget.js): nothing is drawn
    // until the browser restores it, and onContextRestored then makes everything anew.
    a.gpu.contextLost = emscripten_is_webgl_context_lost(a.gpu.glContext);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // no files on the web
    io.LogFilename = nullptr;
    io.ConfigWindowsMoveFromTitleBarOnly = true;
    vk::ui::applyStyle();
    ImGui_ImplHtml5_Init(canvasSelector);
    makeProgram(a);

    registerInput(a);
    syncCanvasSize(a);
    emscripten_request_animation_frame_loop(frame, &a);
    notify("started", {{"map", true}});
    return 0;
}
