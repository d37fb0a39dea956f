// The page's commands (Module.vkCommand({op, ...}) -> JSON reply) as pure code: reading a command's
// arguments, checking ids, and the core actions. What needs the running widget (camera, frames,
// assets) goes through CommandHost. No Emscripten here, so that the same dispatcher is compiled
// natively and fuzzed (tests/fuzz/commands_fuzz.cpp); commands.cpp implements the host over App.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/camera.hpp"
#include "core/geo.hpp"
#include "base/json_io.hpp"
#include "core/nominees.hpp"
#include "core/pixels.hpp"
#include "core/url_state.hpp"
#include "core/widget_state.hpp"

namespace vk::web {

// The running widget, as the commands see it.
class CommandHost {
public:
    virtual ~CommandHost() = default;

    virtual const NomineeData& data() const = 0;
    virtual const WidgetState& state() const = 0;
    virtual WidgetState stateAfterLink(const UrlState& link, bool replace) const = 0;  // WidgetModel::stateAfterLink
    virtual void commit(WidgetState next) = 0;        // keeps it, tells the page, redraws
    virtual void reveal(const std::string& id) = 0;   // flies to a nominee if it is (still) selected
    virtual Json load() = 0;                // loads the assets; the "load" reply
    virtual Json loadDetail() = 0;          // the full map after ready; {ok} or {ok: false, warning}
    virtual Json stateJson() = 0;           // as NomineeMap.state() gives it
    virtual Json viewJson() = 0;            // the camera: lon, lat, zoom, map rectangle
    virtual Json targets() = 0;             // name -> {x, y, width, height}, CSS px
    virtual Json stats() = 0;               // frame counts and times, heap size
    virtual void resetStats() = 0;
    virtual CanvasPoint project(LonLat position) = 0;  // CSS px from the canvas's top-left corner
    // A nominee id, or "" for none; cover is where the focused text version covers the canvas
    // (empty when it covers nothing), which reveals keep clear.
    virtual void focus(const std::string& id, CanvasRect cover) = 0;
    virtual void zoom(double factor) = 0;             // about the map's centre; > 1 zooms in
    virtual void resetView() = 0;
    virtual void linkCopied() = 0;
};

// Runs one command, a JSON object {op, ...}: looks op up in the table of operations
// (command_dispatch.cpp, one small function each). An argument of the wrong type reads as its default;
// an unknown op or nominee id gives {ok: false, warning}. Never throws.
Json runCommand(const Json& command, CommandHost& host);

// The same for command text, as the page sends it: text that is not a JSON object gives
// {ok: false, warning}; the reply is JSON text with invalid UTF-8 replaced. Never throws.
std::string runCommandText(std::string_view json, CommandHost& host);

// Every op the table knows, in table order (the page's API and docs/ARCHITECTURE.md list them).
std::vector<std::string_view> commandNames();

}  // namespace vk::web
