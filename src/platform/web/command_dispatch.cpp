#include "platform/web/command_dispatch.hpp"

#include <algorithm>

#include "base/json_io.hpp"
#include "core/strings.hpp"
#include "core/text_version.hpp"

namespace vk::web {

namespace {

using Reply = Json;

// A command's arguments, read without throwing (exceptions are off in the wasm build): a missing
// argument or one of the wrong type reads as the default.
class Args {
public:
    explicit Args(const Json& command) : command_(command) {}

    double number(const char* key, double fallback) const {
        const Json* value = member(command_, key);
        return value && value->is_number() ? value->get<double>() : fallback;
    }
    std::string text(const char* key) const {
        const Json* value = member(command_, key);
        const std::string* s = value ? stringOf(*value) : nullptr;
        return s ? *s : "";
    }
    bool flag(const char* key) const { return flagOr(key, false); }
    bool flagOr(const char* key, bool fallback) const {
        const Json* value = member(command_, key);
        return value && value->is_boolean() ? value->get<bool>() : fallback;
    }
    // A canvas rectangle {x, y, width, height}; an empty one when key is no object, 0 for what is missing.
    CanvasRect rect(const char* key) const {
        const Json* value = member(command_, key);
        if (!value || !value->is_object()) return {};
        const Args r(*value);
        return {r.number("x", 0), r.number("y", 0), std::max(r.number("width", 0), 0.0), std::max(r.number("height", 0), 0.0)};
    }

private:
    const Json& command_;
};

Reply ok() { return {{"ok", true}}; }
Reply refused(std::string warning) { return {{"ok", false}, {"warning", std::move(warning)}}; }
Reply unknownId(const std::string& id) { return refused("unknown nominee \"" + id + "\""); }

// The operations, one each, in the order of the table below. ---------------------------------

Reply load(const Args&, CommandHost& host) { return host.load(); }
Reply loadDetail(const Args&, CommandHost& host) { return host.loadDetail(); }

Reply nominees(const Args&, CommandHost& host) {
    Reply list = Reply::array();
    for (const auto& n : host.data().nominees)
        list.push_back({{"id", n.id}, {"name", n.name}, {"class", nomineeClassId(n.nomineeClass)},
                        {"lat", n.centre.position.lat}, {"lon", n.centre.position.lon}});
    return list;
}

Reply targets(const Args&, CommandHost& host) { return host.targets(); }
Reply state(const Args&, CommandHost& host) { return host.stateJson(); }
Reply stats(const Args&, CommandHost& host) { return host.stats(); }

Reply resetStats(const Args&, CommandHost& host) {
    host.resetStats();
    return ok();
}

Reply project(const Args& args, CommandHost& host) {
    const CanvasPoint p = host.project({args.number("lon", 0), args.number("lat", 0)});
    return {{"x", p.x}, {"y", p.y}};
}

// select and click: a known id, then the rule, then the selection into view.
Reply pickNominee(const Args& args, CommandHost& host, WidgetState (*rule)(WidgetState, std::string_view)) {
    const std::string id = args.text("id");
    if (!host.data().nominee(id)) return unknownId(id);
    host.commit(rule(host.state(), id));
    host.reveal(id);
    return ok();
}
Reply select(const Args& args, CommandHost& host) { return pickNominee(args, host, selectNominee); }
Reply click(const Args& args, CommandHost& host) { return pickNominee(args, host, clickNominee); }

Reply compare(const Args& args, CommandHost& host) {
    const std::string left = args.text("a"), right = args.text("b");
    if (!host.data().nominee(left)) return unknownId(left);
    if (!host.data().nominee(right)) return unknownId(right);
    host.commit(compareNominees(host.state(), left, right));
    host.reveal(left);
    return ok();
}

Reply clear(const Args&, CommandHost& host) {
    host.commit(clearSelection(host.state()));
    return ok();
}

Reply swap(const Args&, CommandHost& host) {
    host.commit(swapComparison(host.state()));
    return ok();
}

Reply setLanguage(const Args& args, CommandHost& host) {
    const auto lang = parseLang(args.text("lang"));
    if (!lang) return refused("lang must be \"nb\" or \"en\"");
    host.commit(setLang(host.state(), *lang));
    return ok();
}

Reply setClassFilter(const Args& args, CommandHost& host) {
    const auto filter = parseClassFilter(args.text("filter"));
    if (!filter) return refused("filter must be \"all\", \"small\" or \"large\"");
    host.commit(setFilter(host.state(), *filter));
    return ok();
}

// The reader's prefers-color-scheme changed (web/widget.js follows it).
Reply systemScheme(const Args& args, CommandHost& host) {
    host.commit(setSystemScheme(host.state(), args.flag("dark") ? ColourScheme::Dark : ColourScheme::Light));
    return ok();
}

Reply theme(const Args& args, CommandHost& host) {
    host.commit(toggleTheme(host.state(), args.text("id")));
    return ok();
}

// Keyboard focus in the text version: show it on the map as well.
Reply focus(const Args& args, CommandHost& host) {
    const std::string id = host.data().nominee(args.text("id")) ? args.text("id") : "";
    host.focus(id, id.empty() ? CanvasRect{} : args.rect("cover"));
    return ok();
}

Reply zoom(const Args& args, CommandHost& host) {
    host.zoom(args.number("factor", 2));
    return {{"ok", true}, {"view", host.viewJson()}};
}

Reply resetView(const Args&, CommandHost& host) {
    host.resetView();
    return ok();
}

// A link (query and hash); replace: the visitor edited the hash, so the link is the whole state.
Reply applyUrl(const Args& args, CommandHost& host) {
    std::vector<std::string> known;
    for (const auto& n : host.data().nominees) known.push_back(n.id);
    const UrlParse parsed = parseUrlState(args.text("query"), args.text("hash"), known);
    const WidgetState next = host.stateAfterLink(parsed.state, args.flag("replace"));
    if (!(next == host.state())) host.commit(next);
    if (!parsed.state.selected.empty()) host.reveal(parsed.state.selected.back());
    return {{"ok", true}, {"warnings", parsed.warnings}};
}

Reply linkCopied(const Args&, CommandHost& host) {
    host.linkCopied();
    return ok();
}

// textVersion {mapShown, problem, detail}: the text version of what the widget shows now
// (core/text_version.hpp). mapShown false: the page shows it instead of the map, and problem
// ("data", "map", or anything else for "unavailable") with detail says why.
Reply textVersion(const Args& args, CommandHost& host) {
    TextVersionMode mode;
    mode.mapShown = args.flagOr("mapShown", true);
    mode.problem = parseMapProblem(args.text("problem"));
    mode.detail = args.text("detail");
    const NomineeData& data = host.data();
    return textVersionJson(buildTextVersion(data.nominees.empty() ? nullptr : &data, host.state(), mode));
}

// The table: op name -> operation. A new op is one function above and one line here.
struct Operation {
    std::string_view name;
    Reply (*run)(const Args&, CommandHost&);
};

constexpr Operation operations[] = {
    {"load", load},
    {"loadDetail", loadDetail},
    {"nominees", nominees},
    {"targets", targets},
    {"state", state},
    {"stats", stats},
    {"resetStats", resetStats},
    {"project", project},
    {"select", select},
    {"click", click},
    {"compare", compare},
    {"clear", clear},
    {"swap", swap},
    {"setLang", setLanguage},
    {"setFilter", setClassFilter},
    {"systemScheme", systemScheme},
    {"theme", theme},
    {"focus", focus},
    {"zoom", zoom},
    {"resetView", resetView},
    {"applyUrl", applyUrl},
    {"linkCopied", linkCopied},
    {"textVersion", textVersion},
};

}  // namespace

Json runCommand(const Json& command, CommandHost& host) {
    const Args args(command);
    const std::string op = args.text("op");
    for (const Operation& operation : operations)
        if (operation.name == op) return operation.run(args, host);
    return refused("unknown command \"" + op + "\"");
}

std::string runCommandText(std::string_view json, CommandHost& host) {
    // The one JSON parser (base/json_io.hpp). Its problems (a repeated key, a string over the
    // data file's limit) do not stop a command; a text that is not JSON does.
    const ParsedJson command = parseJson(json);
    Json out;
    if (!command.document || !command.document->is_object())
        out = refused("command is not a JSON object");
    else
        out = runCommand(*command.document, host);
    // A link may carry any bytes: dumpJson writes U+FFFD for each that is not UTF-8, and never throws.
    return dumpJson(out);
}

std::vector<std::string_view> commandNames() {
    std::vector<std::string_view> names;
    for (const Operation& operation : operations) names.push_back(operation.name);
    return names;
}

}  // namespace vk::web
