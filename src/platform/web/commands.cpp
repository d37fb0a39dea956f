// The page's calls into the widget: Module.vkCommand({op, ...}) -> JSON reply. window.NomineeMap
// (web/widget.js) is built on these; each op maps to a core action or a read of the state.
#include <emscripten/emscripten.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "core/strings.hpp"
#include "core/url_state.hpp"
#include "platform/web/app.hpp"
#include "platform/web/bridge.hpp"

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
        const auto geoBytes = takeAsset("geo");
        std::string error;
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

}  // namespace

nlohmann::ordered_json stateJson() {
    App& a = app();
    return {{"selected", a.state.selected},
            {"hover", a.state.hover.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(a.state.hover)},
            {"lang", langCode(a.state.lang)},
            {"filter", classFilterId(a.state.filter)},
            {"theme", a.state.highlightedTheme.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(a.state.highlightedTheme)},
            {"initiative", a.state.openedInitiative.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(a.state.openedInitiative)},
            {"view", viewJson()}};
}

namespace {

nlohmann::ordered_json nomineesJson() {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const auto& n : app().content.data.nominees)
        list.push_back({{"id", n.id}, {"name", n.name}, {"class", nomineeClassId(n.nomineeClass)},
                        {"lat", n.centre.position.lat}, {"lon", n.centre.position.lon}});
    return list;
}

std::vector<std::string> knownIds() {
    std::vector<std::string> ids;
    for (const auto& n : app().content.data.nominees) ids.push_back(n.id);
    return ids;
}

nlohmann::ordered_json unknownId(const std::string& id) { return {{"ok", false}, {"warning", "unknown nominee \"" + id + "\""}}; }

nlohmann::ordered_json run(const nlohmann::ordered_json& command) {
    App& a = app();
    const std::string op = command.contains("op") && command["op"].is_string() ? command["op"].get<std::string>() : "";
    const NomineeData& data = a.content.data;
    // Reads never throw (exceptions are off in the wasm build): a wrong type reads as the default.
    auto number = [&](const char* key, double fallback) {
        return command.contains(key) && command[key].is_number() ? command[key].get<double>() : fallback;
    };
    auto text = [&](const char* key) {
        return command.contains(key) && command[key].is_string() ? command[key].get<std::string>() : std::string();
    };
    auto id = [&](const char* key) { return text(key); };

    if (op == "load") {
        loadContent();
        return {{"ok", a.content.usable && a.geoLoaded}, {"usable", a.content.usable}, {"map", a.geoLoaded},
                {"timings", {{"dataParseMs", a.startup.dataParseMs}, {"geoDecodeMs", a.startup.geoDecodeMs},
                             {"geoUploadMs", a.startup.geoUploadMs}}},
                {"problems", a.problemDetails}, {"message", a.problems.empty() ? std::string() : a.problems.front()}};
    }
    if (op == "loadDetail") {
        std::string error;
        const bool ok = a.geoLoaded && loadDetailedMap(error);
        return ok ? nlohmann::ordered_json{{"ok", true}} : nlohmann::ordered_json{{"ok", false}, {"warning", "detailed map: " + error}};
    }
    if (op == "nominees") return nomineesJson();
    if (op == "strings") return nlohmann::ordered_json::parse(stringsTableJson(), nullptr, false);
    if (op == "targets") {
        nlohmann::ordered_json out = nlohmann::ordered_json::object();
        for (const auto& t : a.targets)
            out[t.name] = {{"x", t.rect.x}, {"y", t.rect.y}, {"width", t.rect.width}, {"height", t.rect.height}};
        return out;
    }
    if (op == "state") return stateJson();
    if (op == "stats") {
        return {{"frames", a.stats.frames},
                {"frameMsAvg", a.stats.frames ? a.stats.totalMs / static_cast<double>(a.stats.frames) : 0.0},
                {"frameMsMax", a.stats.maxMs},
                {"frameMsMedian", a.stats.medianMs()},
                {"heapBytes", static_cast<double>(EM_ASM_INT({ return HEAPU8.length; }))}};
    }
    if (op == "resetStats") {
        a.stats = FrameStats{};
        return {{"ok", true}};
    }
    if (op == "project") {
        const double lon = number("lon", 0), lat = number("lat", 0);
        const ScreenPoint p = a.camera.mapToScreen(project({lon, lat}));
        return {{"x", p.x + a.layout.map.x}, {"y", p.y + a.layout.map.y}};
    }
    if (op == "select" || op == "click") {
        const std::string nominee = id("id");
        if (!data.nominee(nominee)) return unknownId(nominee);
        commitState(op == "select" ? selectNominee(a.state, nominee) : clickNominee(a.state, nominee));
        revealIfSelected(nominee);
        return {{"ok", true}};
    }
    if (op == "compare") {
        const std::string left = id("a"), right = id("b");
        if (!data.nominee(left)) return unknownId(left);
        if (!data.nominee(right)) return unknownId(right);
        commitState(compareNominees(a.state, left, right));
        return {{"ok", true}};
    }
    if (op == "clear") {
        commitState(clearSelection(a.state));
        return {{"ok", true}};
    }
    if (op == "swap") {
        commitState(swapComparison(a.state));
        return {{"ok", true}};
    }
    if (op == "setLang") {
        const auto lang = parseLang(id("lang"));
        if (!lang) return {{"ok", false}, {"warning", "lang must be \"nb\" or \"en\""}};
        commitState(setLang(a.state, *lang));
        return {{"ok", true}};
    }
    if (op == "setFilter") {
        const auto filter = parseClassFilter(id("filter"));
        if (!filter) return {{"ok", false}, {"warning", "filter must be \"all\", \"small\" or \"large\""}};
        commitState(setFilter(a.state, *filter));
        return {{"ok", true}};
    }
    if (op == "theme") {
        commitState(toggleTheme(a.state, id("id")));
        return {{"ok", true}};
    }
    if (op == "focus") {
        // Keyboard focus in the text mirror: show it on the map as well.
        a.focused = data.nominee(id("id")) ? id("id") : "";
        if (!a.focused.empty()) flyToNominee(a.focused);
        a.requestFrames();
        return {{"ok", true}};
    }
    if (op == "zoom") {
        const double factor = number("factor", 2);
        zoomMapAbout(a.layout.map.x + a.layout.map.width / 2, a.layout.map.y + a.layout.map.height / 2, factor);
        return {{"ok", true}, {"view", viewJson()}};
    }
    if (op == "pan") {
        a.flight.reset();
        a.camera.panBy(number("dx", 0), number("dy", 0));
        a.requestFrames();
        return {{"ok", true}, {"view", viewJson()}};
    }
    if (op == "resetView") {
        a.flight.reset();
        a.camera.setView(a.fitView);
        a.requestFrames();
        return {{"ok", true}};
    }
    if (op == "applyUrl") {
        const auto parsed = parseUrlState(text("query"), text("hash"), knownIds());
        // replace: the link is the whole state (the visitor edited the hash), so what it leaves
        // out goes back to the default; otherwise it adds to the current state.
        WidgetState base = a.state;
        if (command.contains("replace") && command["replace"].is_boolean() && command["replace"].get<bool>()) {
            base = WidgetState{};
            base.hover = a.state.hover;
        }
        WidgetState next = applyUrlState(base, parsed.state);
        if (!(next == a.state)) commitState(next);
        if (!parsed.state.selected.empty()) revealIfSelected(parsed.state.selected.back());
        return {{"ok", true}, {"warnings", parsed.warnings}};
    }
    if (op == "linkCopied") {
        a.linkCopiedUntilMs = nowMs() + 2500;
        a.requestFrames();
        return {{"ok", true}};
    }
    return {{"ok", false}, {"warning", "unknown command \"" + op + "\""}};
}

}  // namespace

}  // namespace vk::web

extern "C" EMSCRIPTEN_KEEPALIVE const char* vk_command(const char* json) {
    static std::string reply;
    const auto command = nlohmann::ordered_json::parse(json, nullptr, false);
    nlohmann::ordered_json out;
    if (command.is_discarded() || !command.is_object()) out = {{"ok", false}, {"warning", "command is not a JSON object"}};
    else out = vk::web::run(command);
    // Replace, don't throw, on invalid UTF-8 (a link may carry any bytes; exceptions abort here).
    reply = out.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    return reply.c_str();
}
