// The page's calls into the widget: Module.vkCommand({op, ...}) -> JSON reply. window.NomineeMap
// (web/widget.js) is built on these; the dispatcher is command_dispatch.cpp (pure, fuzzed
// natively), and this file is its host over App: the camera, the frames, the assets.
#include <emscripten/emmalloc.h>
#include <emscripten/emscripten.h>

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

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

void loadContent() {
    App& a = app();
    const Lang lang = a.state.lang;
    static bool loaded = false;  // the assets are taken once; a language change only re-words problems
    if (!loaded) {
        loaded = true;
        a.fontRegular = takeAsset("fontRegular");
        a.fontSemibold = takeAsset("fontSemibold");
        a.fontsPixelRatio = 0;
        double mark = nowMs();
        auto lap = [&mark](double& phaseMs) {
            const double now = nowMs();
            phaseMs = now - mark;
            mark = now;
        };
        const auto dataBytes = takeAsset("data");
        a.content = loadNominees(std::string_view(reinterpret_cast<const char*>(dataBytes.data()), dataBytes.size()));
        lap(a.startup.dataParseMs);
        std::string error;
        if (a.glContext > 0) {  // without WebGL 2 there is no map to load: the page shows the text version
            const auto geoBytes = takeAsset("geo");
            if (geoBytes.empty()) {
                error = "the file geo/norway.vkgeo could not be fetched";
            } else if (decodeGeoAsset(geoBytes, a.geo, error)) {
                lap(a.startup.geoDecodeMs);
                if (a.map.upload(a.geo, error)) {
                    a.geoLoaded = true;
                    error.clear();
                }
                lap(a.startup.geoUploadMs);
            }
        }
        a.problemDetails.clear();
        for (const auto& p : a.content.problems) a.problemDetails.push_back(p.toString());
        if (!error.empty()) a.problemDetails.push_back("map: " + error);
        a.canvas = {0, 0};  // re-layout and fit now that the map's bounds are known
        a.requestFrames(4);
    }
    a.problems.clear();
    if (!a.content.usable) {
        const std::string first = a.content.problems.empty() ? "?" : a.content.problems.front().toString();
        a.problems.push_back(trf(Str::dataProblem, lang, {first}));
    } else if (!a.content.problems.empty()) {
        a.problems.push_back(trf(Str::dataProblems, lang,
                                 {std::to_string(a.content.problems.size()), a.content.problems.front().toString()}));
    }
    for (const auto& d : a.problemDetails)
        if (d.rfind("map: ", 0) == 0) a.problems.push_back(trf(Str::geoProblem, lang, {d.substr(5)}));
    a.requestFrames();
}

// The full-detail map, fetched by the page after ready (the start map is coarse): replaces the
// start map when it decodes and uploads; otherwise the start map stays and the reply says why.
bool loadDetailedMap(std::string& error) {
    App& a = app();
    const auto bytes = takeAsset("geo");
    GeoAsset detail;
    if (bytes.empty()) error = "no bytes";
    else if (decodeGeoAsset(bytes, detail, error) && a.map.upload(detail, error)) {
        a.geo = std::move(detail);
        a.requestFrames();
        return true;
    }
    if (a.geoLoaded) a.map.upload(a.geo, error);  // a failed upload dropped the start map's buffers
    return false;
}

namespace {

nlohmann::ordered_json viewJson() {
    App& a = app();
    const LonLat centre = unproject(a.camera.view().centre);
    return {{"lon", centre.lon},
            {"lat", centre.lat},
            {"zoom", zoomLevel(a.camera.view().metresPerPixel, a.fitView.metresPerPixel)},
            {"metresPerPixel", a.camera.view().metresPerPixel},
            {"mapRect", {{"x", a.layout.map.x}, {"y", a.layout.map.y}, {"width", a.layout.map.width}, {"height", a.layout.map.height}}},
            {"narrow", a.layout.narrow}};
}

// The look as state() reports it: the theme, whether a link or the embed snippet forced it, and
// the accent as asked for and as used (with a note when it had to change for AA contrast).
nlohmann::ordered_json appearanceJson() {
    const WidgetState& s = app().state;
    nlohmann::ordered_json out = {{"theme", schemeId(s.scheme())}, {"forced", s.forcedScheme.has_value()}, {"accent", nullptr},
                          {"accentUsed", nullptr}, {"accentTint", nullptr}, {"note", ""}};
    if (!s.accent) return out;
    static std::string cachedKey;
    static AccentedPalette cached;
    const std::string key = std::string(schemeId(s.scheme())) + hexColour(*s.accent);
    if (key != cachedKey) {
        cached = applyAccent(s.scheme(), *s.accent);
        cachedKey = key;
    }
    out["accent"] = hexColour(cached.requested);
    out["accentUsed"] = hexColour(cached.used);
    out["accentTint"] = hexColour(cached.palette.leftTint);
    out["note"] = accentNote(s.scheme(), cached);
    return out;
}

}  // namespace

nlohmann::ordered_json stateJson() {
    App& a = app();
    return {{"selected", a.state.selected},
            {"hover", a.state.hover.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(a.state.hover)},
            {"lang", langCode(a.state.lang)},
            {"filter", classFilterId(a.state.filter)},
            {"theme", a.state.highlightedTheme.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(a.state.highlightedTheme)},
            {"initiative", a.state.openedInitiative.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(a.state.openedInitiative)},
            {"view", viewJson()},
            {"appearance", appearanceJson()}};
}

namespace {

// The commands' view of the running widget (command_dispatch.hpp), over App.
class AppCommands final : public CommandHost {
public:
    const NomineeData& data() const override { return app().content.data; }
    const WidgetState& state() const override { return app().state; }
    void commit(WidgetState next) override { commitState(std::move(next)); }
    void reveal(const std::string& id) override { revealIfSelected(id); }
    nlohmann::ordered_json load() override {
        App& a = app();
        loadContent();
        return {{"ok", a.content.usable && a.geoLoaded}, {"usable", a.content.usable}, {"map", a.geoLoaded},
                {"timings", {{"dataParseMs", a.startup.dataParseMs}, {"geoDecodeMs", a.startup.geoDecodeMs},
                             {"geoUploadMs", a.startup.geoUploadMs}}},
                {"problems", a.problemDetails}, {"message", a.problems.empty() ? std::string() : a.problems.front()}};
    }
    nlohmann::ordered_json loadDetail() override {
        std::string error;
        const bool ok = app().geoLoaded && loadDetailedMap(error);
        return ok ? nlohmann::ordered_json{{"ok", true}} : nlohmann::ordered_json{{"ok", false}, {"warning", "detailed map: " + error}};
    }
    nlohmann::ordered_json stateJson() override { return web::stateJson(); }
    nlohmann::ordered_json viewJson() override { return web::viewJson(); }
    nlohmann::ordered_json targets() override {
        nlohmann::ordered_json out = nlohmann::ordered_json::object();
        for (const auto& t : app().targets)
            out[t.name] = {{"x", t.rect.x}, {"y", t.rect.y}, {"width", t.rect.width}, {"height", t.rect.height}};
        return out;
    }
    nlohmann::ordered_json stats() override {
        const App& a = app();
        return {{"frames", a.stats.frames},
                {"frameMsAvg", a.stats.frames ? a.stats.totalMs / static_cast<double>(a.stats.frames) : 0.0},
                {"frameMsMax", a.stats.maxMs},
                {"frameMsMedian", a.stats.medianMs()},
                {"heapBytes", static_cast<double>(EM_ASM_INT({ return HEAPU8.length; }))},
                // What malloc has handed out and not taken back: a leak shows here long before
                // the memory (heapBytes, which only grows in steps) has to grow.
                {"heapUsedBytes", static_cast<double>(emmalloc_dynamic_heap_size() - emmalloc_free_dynamic_memory())}};
    }
    void resetStats() override { app().stats = FrameStats{}; }
    ScreenPoint project(LonLat position) override {
        const App& a = app();
        const ScreenPoint p = a.camera.mapToScreen(vk::project(position));
        return {p.x + a.layout.map.x, p.y + a.layout.map.y};
    }
    void focus(const std::string& id, ScreenRect cover) override {
        App& a = app();
        a.focused = id;
        a.focusedCover = id.empty() ? ScreenRect{} : cover;
        if (!a.focused.empty()) flyToNominee(a.focused);
        a.requestFrames();
    }
    void zoom(double factor) override {
        const App& a = app();
        zoomMapAbout(a.layout.map.x + a.layout.map.width / 2, a.layout.map.y + a.layout.map.height / 2, factor);
    }
    void pan(double dx, double dy) override {
        App& a = app();
        a.flight.reset();
        a.camera.panBy(dx, dy);
        a.requestFrames();
    }
    void resetView() override {
        App& a = app();
        a.flight.reset();
        a.camera.setView(a.fitView);
        a.requestFrames();
    }
    void linkCopied() override {
        App& a = app();
        a.linkCopiedUntilMs = nowMs() + 2500;
        a.requestFrames();
    }
};

}  // namespace

}  // namespace vk::web

extern "C" EMSCRIPTEN_KEEPALIVE const char* vk_command(const char* json) {
    static std::string reply;
    static vk::web::AppCommands host;
    reply = vk::web::runCommandText(json, host);
    return reply.c_str();
}
