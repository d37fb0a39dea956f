// The page's calls into the widget: Module.vkCommand({op, ...}) -> JSON reply. window.NomineeMap
// (web/widget.js) is built on these; the dispatcher is command_dispatch.cpp (pure, fuzzed
// natively), and this file is its host over App: the camera, the frames, the assets.
#include <emscripten/emmalloc.h>
#include <emscripten/emscripten.h>

#include <cmath>

#include "base/json_io.hpp"
#include "core/strings.hpp"
#include "platform/web/app.hpp"
#include "platform/web/bridge.hpp"
#include "platform/web/command_dispatch.hpp"

namespace vk::web {

std::vector<std::uint8_t> takeAsset(const char* name) {
    const int size = vk_js_asset_size(name);
    if (size < 0) return {};
    std::vector<std::uint8_t> bytes(static_cast<std::size_t>(size));
    if (size > 0) vk_js_asset_copy(name, bytes.data());
    return bytes;
}

void loadContent(App& a) {
    if (a.assets.taken) return;  // the page hands the assets over once
    a.assets.taken = true;
    a.assets.fontRegular = takeAsset("fontRegular");
    a.assets.fontSemibold = takeAsset("fontSemibold");
    a.imgui.fontsPixelRatio = 0;
    double mark = nowMs();
    auto lap = [&mark](double& phaseMs) {
        const double now = nowMs();
        phaseMs = now - mark;
        mark = now;
    };
    const auto dataBytes = takeAsset("data");
    a.model.setContent(loadNominees(std::string_view(reinterpret_cast<const char*>(dataBytes.data()), dataBytes.size())));
    lap(a.frames.startup.dataParseMs);
    std::string error;
    if (a.gpu.glContext > 0) {  // without WebGL 2 there is no map to load: the page shows the text version
        const auto geoBytes = takeAsset("geo");
        if (geoBytes.empty()) {
            error = "the file geo/norway.vkgeo could not be fetched";
        } else if (decodeGeoAsset(geoBytes, a.assets.geo, error)) {
            lap(a.frames.startup.geoDecodeMs);
            // A context lost this early (its event may not have arrived yet) is no problem of the
            // map: the restore uploads it (onContextRestored), and no frame is drawn before.
            if (contextGone(a) || a.gpu.map.upload(a.assets.geo, a.gpu.program, error)) {
                a.model.setMap(a.assets.geo.norwayBounds);
                error.clear();
            }
            lap(a.frames.startup.geoUploadMs);
        }
    }
    if (!error.empty()) a.model.setMapProblem(error);
    a.requestFrames(4);
}

// The full-detail map, fetched by the page after ready (the start map is coarse): replaces the
// start map when it decodes and uploads; otherwise the start map stays and the reply says why.
bool loadDetailedMap(App& a, std::string& error) {
    const auto bytes = takeAsset("geo");
    GeoAsset detail;
    if (bytes.empty()) {
        error = "no bytes";
        return false;
    }
    if (!decodeGeoAsset(bytes, detail, error)) return false;  // the start map is drawn as before
    // While the context is lost the detail is kept for the restore to upload (onContextRestored).
    if (!contextGone(a) && !a.gpu.map.upload(detail, a.gpu.program, error)) return false;
    a.assets.geo = std::move(detail);
    a.requestFrames();
    return true;
}

namespace {

Json viewJson(const App& a) {
    const CameraView& view = a.model.camera().view();
    const LonLat centre = unproject(view.centre);
    const WidgetLayout& layout = a.model.layout();
    return {{"lon", centre.lon},
            {"lat", centre.lat},
            {"zoom", zoomLevel(view.metresPerPixel, a.model.fitView().metresPerPixel)},
            {"metresPerPixel", view.metresPerPixel},
            {"mapRect", {{"x", layout.map.x}, {"y", layout.map.y}, {"width", layout.map.width}, {"height", layout.map.height}}},
            {"narrow", layout.narrow}};
}

// The look as state() reports it: the theme, whether a link or the embed snippet forced it, and
// the accent as asked for and as used (with a note when it had to change for AA contrast).
Json appearanceJson(App& a) {
    const WidgetState& s = a.model.state();
    Json out = {{"theme", schemeId(s.scheme())}, {"forced", s.forcedScheme.has_value()}, {"accent", nullptr},
                          {"accentUsed", nullptr}, {"accentTint", nullptr}, {"note", ""}};
    if (!s.accent) return out;
    const std::string key = std::string(schemeId(s.scheme())) + hexColour(*s.accent);
    if (key != a.look.accent.key) {
        a.look.accent.palette = applyAccent(s.scheme(), *s.accent);
        a.look.accent.key = key;
    }
    const AccentedPalette& cached = a.look.accent.palette;
    out["accent"] = hexColour(cached.requested);
    out["accentUsed"] = hexColour(cached.used);
    out["accentTint"] = hexColour(cached.palette.leftTint);
    out["note"] = accentNote(s.scheme(), cached);
    return out;
}

}  // namespace

Json stateJson(App& a) {
    const WidgetState& s = a.model.state();
    const auto idOrNull = [](const std::string& id) { return id.empty() ? Json(nullptr) : Json(id); };
    return {{"selected", s.selected},
            {"hover", idOrNull(s.hover)},
            {"lang", langCode(s.lang)},
            {"filter", classFilterId(s.filter)},
            {"theme", idOrNull(s.highlightedTheme)},
            {"initiative", idOrNull(s.openedInitiative)},
            {"view", viewJson(a)},
            {"appearance", appearanceJson(a)}};
}

namespace {

// The commands' view of the running widget (command_dispatch.hpp), over one App.
class AppCommands final : public CommandHost {
public:
    explicit AppCommands(App& app) : a_(app) {}

    const NomineeData& data() const override { return a_.model.data(); }
    const WidgetState& state() const override { return a_.model.state(); }
    WidgetState stateAfterLink(const UrlState& link, bool replace) const override { return a_.model.stateAfterLink(link, replace); }
    void commit(WidgetState next) override { commitState(a_, std::move(next)); }
    void reveal(const std::string& id) override { revealIfSelected(a_, id); }
    Json load() override {
        loadContent(a_);
        const std::vector<std::string> problems = a_.model.visitorProblems();
        return {{"ok", a_.model.content().usable && a_.model.mapLoaded()}, {"usable", a_.model.content().usable},
                {"map", a_.model.mapLoaded()},
                {"timings", {{"dataParseMs", a_.frames.startup.dataParseMs}, {"geoDecodeMs", a_.frames.startup.geoDecodeMs},
                             {"geoUploadMs", a_.frames.startup.geoUploadMs}}},
                {"problems", a_.model.problemDetails()}, {"message", problems.empty() ? std::string() : problems.front()}};
    }
    Json loadDetail() override {
        std::string error;
        const bool ok = a_.model.mapLoaded() && loadDetailedMap(a_, error);
        return ok ? Json{{"ok", true}} : Json{{"ok", false}, {"warning", "detailed map: " + error}};
    }
    Json stateJson() override { return web::stateJson(a_); }
    Json viewJson() override { return web::viewJson(a_); }
    Json targets() override {
        Json out = Json::object();
        for (const auto& t : a_.imgui.targets)
            out[t.name] = {{"x", t.rect.x}, {"y", t.rect.y}, {"width", t.rect.width}, {"height", t.rect.height}};
        return out;
    }
    Json stats() override {
        return {{"frames", a_.frames.stats.frames()},
                {"frameMsAvg", a_.frames.stats.averageMs()},
                {"frameMsMax", a_.frames.stats.maxMs()},
                {"frameMsMedian", a_.frames.stats.medianMs()},
                // Frames asked for and not drawn yet (none while the context is lost: nothing can be
                // drawn then); NomineeMap.drawn() waits for none.
                {"framesPending", a_.gpu.contextLost ? 0 : a_.frames.toDraw},
                {"heapBytes", static_cast<double>(EM_ASM_INT({ return HEAPU8.length; }))},
                // What malloc has handed out and not taken back: a leak shows here long before
                // the memory (heapBytes, which only grows in steps) has to grow.
                {"heapUsedBytes", static_cast<double>(emmalloc_dynamic_heap_size() - emmalloc_free_dynamic_memory())}};
    }
    void resetStats() override { a_.frames.stats = FrameStats{}; }
    CanvasPoint project(LonLat position) override { return a_.model.project(position); }
    void focus(const std::string& id, CanvasRect cover) override {
        a_.model.setFocus(id, cover, nowMs());
        a_.requestFrames();
    }
    void zoom(double factor) override {
        a_.model.zoomAboutCentre(factor);
        a_.requestFrames();
    }
    void resetView() override {
        a_.model.resetView();
        a_.requestFrames();
    }
    void linkCopied() override {
        a_.input.linkCopiedUntilMs = nowMs() + linkCopiedMs;
        a_.requestFrames();
    }

private:
    App& a_;
};

}  // namespace

}  // namespace vk::web

// app: the App main() handed to vk_js_install (bridge.js passes it back with every command). The
// reply stays valid until the next command.
extern "C" EMSCRIPTEN_KEEPALIVE const char* vk_command(void* app, const char* json) {
    vk::web::App& a = *static_cast<vk::web::App*>(app);
    vk::web::AppCommands host(a);
    a.commandReply = vk::web::runCommandText(json, host);
    return a.commandReply.c_str();
}
