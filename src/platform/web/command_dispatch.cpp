#include "platform/web/command_dispatch.hpp"

#include <algorithm>

#include "core/json_syntax.hpp"
#include "core/strings.hpp"
#include "core/text_version.hpp"
#include "core/url_state.hpp"

namespace vk::web {

namespace {

nlohmann::ordered_json nomineesJson(const NomineeData& data) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const auto& n : data.nominees)
        list.push_back({{"id", n.id}, {"name", n.name}, {"class", nomineeClassId(n.nomineeClass)},
                        {"lat", n.centre.position.lat}, {"lon", n.centre.position.lon}});
    return list;
}

std::vector<std::string> knownIds(const NomineeData& data) {
    std::vector<std::string> ids;
    for (const auto& n : data.nominees) ids.push_back(n.id);
    return ids;
}

nlohmann::ordered_json unknownId(const std::string& id) { return {{"ok", false}, {"warning", "unknown nominee \"" + id + "\""}}; }

// textVersion {mapShown, problem, detail}: the text version of what the widget shows now
// (core/text_version.hpp). mapShown false: the page shows it instead of the map, and problem
// ("data", "map", or anything else for "unavailable") with detail says why.
nlohmann::ordered_json textVersion(const nlohmann::ordered_json& command, CommandHost& host) {
    const auto text = [&](const char* key) {
        return command.contains(key) && command[key].is_string() ? command[key].get<std::string>() : std::string();
    };
    TextVersionMode mode;
    mode.mapShown = !(command.contains("mapShown") && command["mapShown"].is_boolean() && !command["mapShown"].get<bool>());
    mode.problem = parseMapProblem(text("problem"));
    mode.detail = text("detail");
    const NomineeData& data = host.data();
    return textVersionJson(buildTextVersion(data.nominees.empty() ? nullptr : &data, host.state(), mode));
}

}  // namespace

nlohmann::ordered_json runCommand(const nlohmann::ordered_json& command, CommandHost& host) {
    const std::string op = command.contains("op") && command["op"].is_string() ? command["op"].get<std::string>() : "";
    const NomineeData& data = host.data();
    // Reads never throw (exceptions are off in the wasm build): a wrong type reads as the default.
    auto number = [&](const char* key, double fallback) {
        return command.contains(key) && command[key].is_number() ? command[key].get<double>() : fallback;
    };
    auto text = [&](const char* key) {
        return command.contains(key) && command[key].is_string() ? command[key].get<std::string>() : std::string();
    };
    auto id = [&](const char* key) { return text(key); };

    if (op == "load") return host.load();
    if (op == "loadDetail") return host.loadDetail();
    if (op == "nominees") return nomineesJson(data);
    if (op == "targets") return host.targets();
    if (op == "state") return host.stateJson();
    if (op == "stats") return host.stats();
    if (op == "resetStats") {
        host.resetStats();
        return {{"ok", true}};
    }
    if (op == "project") {
        const ScreenPoint p = host.project({number("lon", 0), number("lat", 0)});
        return {{"x", p.x}, {"y", p.y}};
    }
    if (op == "select" || op == "click") {
        const std::string nominee = id("id");
        if (!data.nominee(nominee)) return unknownId(nominee);
        host.commit(op == "select" ? selectNominee(host.state(), nominee) : clickNominee(host.state(), nominee));
        host.reveal(nominee);
        return {{"ok", true}};
    }
    if (op == "compare") {
        const std::string left = id("a"), right = id("b");
        if (!data.nominee(left)) return unknownId(left);
        if (!data.nominee(right)) return unknownId(right);
        host.commit(compareNominees(host.state(), left, right));
        host.reveal(left);
        return {{"ok", true}};
    }
    if (op == "clear") {
        host.commit(clearSelection(host.state()));
        return {{"ok", true}};
    }
    if (op == "swap") {
        host.commit(swapComparison(host.state()));
        return {{"ok", true}};
    }
    if (op == "setLang") {
        const auto lang = parseLang(id("lang"));
        if (!lang) return {{"ok", false}, {"warning", "lang must be \"nb\" or \"en\""}};
        host.commit(setLang(host.state(), *lang));
        return {{"ok", true}};
    }
    if (op == "setFilter") {
        const auto filter = parseClassFilter(id("filter"));
        if (!filter) return {{"ok", false}, {"warning", "filter must be \"all\", \"small\" or \"large\""}};
        host.commit(setFilter(host.state(), *filter));
        return {{"ok", true}};
    }
    if (op == "systemScheme") {
        // The reader's prefers-color-scheme changed (web/widget.js follows it).
        const bool dark = command.contains("dark") && command["dark"].is_boolean() && command["dark"].get<bool>();
        host.commit(setSystemScheme(host.state(), dark ? ColourScheme::Dark : ColourScheme::Light));
        return {{"ok", true}};
    }
    if (op == "theme") {
        host.commit(toggleTheme(host.state(), id("id")));
        return {{"ok", true}};
    }
    if (op == "focus") {
        // Keyboard focus in the text mirror: show it on the map as well.
        const std::string focused = data.nominee(id("id")) ? id("id") : "";
        ScreenRect cover;
        if (!focused.empty() && command.contains("cover") && command["cover"].is_object()) {
            const auto& c = command["cover"];
            const auto field = [&](const char* key) { return c.contains(key) && c[key].is_number() ? c[key].get<double>() : 0.0; };
            cover = {field("x"), field("y"), std::max(field("width"), 0.0), std::max(field("height"), 0.0)};
        }
        host.focus(focused, cover);
        return {{"ok", true}};
    }
    if (op == "zoom") {
        host.zoom(number("factor", 2));
        return {{"ok", true}, {"view", host.viewJson()}};
    }
    if (op == "pan") {
        host.pan(number("dx", 0), number("dy", 0));
        return {{"ok", true}, {"view", host.viewJson()}};
    }
    if (op == "resetView") {
        host.resetView();
        return {{"ok", true}};
    }
    if (op == "applyUrl") {
        const auto parsed = parseUrlState(text("query"), text("hash"), knownIds(data));
        // replace: the link is the whole state (the visitor edited the hash), so what it leaves
        // out goes back to the default; otherwise it adds to the current state.
        const WidgetState& current = host.state();
        WidgetState base = current;
        if (command.contains("replace") && command["replace"].is_boolean() && command["replace"].get<bool>()) {
            base = WidgetState{};
            base.hover = current.hover;
            base.systemScheme = current.systemScheme;
        }
        WidgetState next = applyUrlState(base, parsed.state);
        if (!(next == current)) host.commit(next);
        if (!parsed.state.selected.empty()) host.reveal(parsed.state.selected.back());
        return {{"ok", true}, {"warnings", parsed.warnings}};
    }
    if (op == "textVersion") return textVersion(command, host);
    if (op == "linkCopied") {
        host.linkCopied();
        return {{"ok", true}};
    }
    return {{"ok", false}, {"warning", "unknown command \"" + op + "\""}};
}

std::string runCommandText(std::string_view json, CommandHost& host) {
    // Core's JSON parser, the one in the wasm. Its problems (a repeated key, a string over the
    // data file's limit) do not stop a command; a text that is not JSON does.
    const ParsedJson command = parseJson(json);
    nlohmann::ordered_json out;
    if (!command.document || !command.document->is_object())
        out = {{"ok", false}, {"warning", "command is not a JSON object"}};
    else
        out = runCommand(*command.document, host);
    // Replace, don't throw, on invalid UTF-8 (a link may carry any bytes; exceptions abort here).
    return out.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace vk::web
