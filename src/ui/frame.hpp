// One frame of the widget's ImGui interface: markers, labels, tooltip, legend, filter and zoom
// buttons over the map, and the panel (overview, detail or comparison). It draws the state it is
// given and returns what the visitor asked for; it never changes state itself. Knows core and
// ImGui; never GL or Emscripten.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/comparison.hpp"  // ThemeMatrix
#include "core/layout.hpp"
#include "core/map_scene.hpp"
#include "core/nominees.hpp"
#include "core/widget_state.hpp"
#include "ui/style.hpp"

namespace vk::ui {

// What the UI keeps from one frame to the next: one-shot marks, owned by the platform's state
// struct so that the UI itself holds no hidden state.
struct UiMemory {
    std::string scrolledTo;  // "nominee/initiative" already scrolled into view
    float tooltipHeightPx = 0;  // the tooltip's height at the last frame, to place the next one
    struct TooltipKey {  // what the tooltip shows, to see a change
        std::string nominee;
        Lang lang = Lang::Nb;
        float width = 0;
    } tooltipKey;
    int tooltipUnseenFrames = 0;  // frames left that draw the tooltip unseen while ImGui measures it
    ParagraphSizes paragraphs;
};

struct FrameInput {
    UiMemory* memory = nullptr;  // required
    const NomineeData* data = nullptr;  // nullptr until loaded
    const ThemeMatrix* themeMatrix = nullptr;  // buildThemeMatrix(*data): required with data
    const WidgetState* state = nullptr;
    const MapScene* scene = nullptr;   // markers, labels and controls (core/map_scene.hpp), drawn as they are
    WidgetLayout layout;
    Fonts fonts;
    Colours colours;                     // the theme's palette for drawing (coloursOf)
    std::string focused;                 // nominee id with keyboard focus (from the text mirror), or ""
    bool touch = false;                  // the last pointer was a finger: bigger targets
    double timeMs = 0;
    bool linkCopied = false;             // show a short confirmation by the copy button
    std::string notice;                  // a hint over the map (how to zoom when embedded), or ""
    std::vector<std::string> problems;   // data or map problems to show, already worded
};

enum class MapCommand { None, ZoomIn, ZoomOut, Reset };

// Where a control was drawn this frame, by name ("card:tinn", "cell:tourism:asker", "zoomIn"),
// in canvas CSS px: the page's tests click the real canvas there.
struct NamedTarget {
    std::string name;
    CanvasRect rect;
};

struct FrameOutput {
    std::optional<WidgetState> state;  // the visitor's action, as the next state
    MapCommand map = MapCommand::None;
    bool copyLink = false;
    std::string flyTo;                  // a nominee id to bring into view, or ""
    MapControlBoxes controls;          // where the map's controls were drawn (the scene's), in map px
    float panelContentHeight = 0;      // CSS px the panel's content needs
    std::vector<NamedTarget> targets;
    // The next frame will differ from this one with no new input: a window was placed by a size
    // ImGui had not measured yet (the tooltip by its height). Draw it.
    bool settling = false;
};

// Records the last ImGui item's rectangle under name.
void noteTarget(FrameOutput& output, std::string name);

// Draws one frame between ImGui::NewFrame() and ImGui::Render().
FrameOutput drawFrame(const FrameInput& input);

// True when (x, y), in CSS px, lies on a panel, control or tooltip that takes input, as drawn at the
// last frame. Input uses it at event time, so a quick move-and-click lands where the pointer is.
bool isOverInterface(float x, float y);

// True when the panel, as drawn at the last frame, can scroll by a wheel step of dy (positive:
// down, towards its end).
bool canPanelScroll(float dy);

}  // namespace vk::ui
