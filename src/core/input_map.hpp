// The widget's input bindings as data (in the manner of ImPlot's ImPlotInputMap): which button
// drags the map, which modifiers make the wheel zoom, which keys pan, zoom, reset and close, and
// the thresholds that tell a tap from a drag. Each field carries its default and meaning; the
// gesture machine (gestures.hpp) reads them. std only: never include GL, ImGui or Emscripten here.
#pragma once

#include <string_view>

namespace vk {

// Modifier keys held during an event.
struct Modifiers {
    bool ctrl = false, meta = false, alt = false, shift = false;  // meta: ⌘ on a Mac

    // True when any key held here is also one of `keys`.
    bool anyOf(const Modifiers& keys) const {
        return (ctrl && keys.ctrl) || (meta && keys.meta) || (alt && keys.alt) || (shift && keys.shift);
    }
};

// A key, by DOM KeyboardEvent.key, with an optional second key that does the same ("+" and "="
// share a key on most layouts).
struct KeyBinding {
    std::string_view key{}, alternative{};

    bool matches(std::string_view pressed) const {
        return !pressed.empty() && (pressed == key || pressed == alternative);
    }
};

struct InputMap {
    // Mouse and touch
    int panButton = 0;               // DOM button that drags the map: 0 main (left), 1 middle, 2 right
    double dragThresholdPx = 4;      // a press that moves further (CSS px) drags instead of clicking
    double tapSlopPx = 10;           // a finger that moves further from where it landed does not tap
    double tapMaxMs = 600;           // a finger held longer does not tap
    double mouseAfterTouchMs = 800;  // mouse events this soon after a touch are the browser's copy of it: ignored
    double doubleClickZoom = 2;      // scale factor of a double-click on the map (> 1 zooms in)

    // Wheel
    Modifiers wheelZoomModifiers{.ctrl = true, .meta = true};  // embedded, the wheel zooms only with one of
                                                               // these held (browsers send a trackpad pinch as Ctrl + wheel)
    double wheelZoomPerPx = 1.0 / 300;  // zoom doubles per 300 px of wheel delta (positive delta zooms out)
    double wheelPxPerLine = 16;         // a wheel delta in lines (DOM_DELTA_LINE), in px; a page is the canvas's height
    double panelPxPerWheelUnit = 75;    // ImGui scrolls a panel 5 lines (75 px) per wheel unit

    // Keys (on the focused canvas)
    Modifiers keyModifiersForPage{.ctrl = true, .meta = true, .alt = true};  // a key with one of these held is the browser's
    KeyBinding panLeft{"ArrowLeft"}, panRight{"ArrowRight"}, panUp{"ArrowUp"}, panDown{"ArrowDown"};
    double keyPanPx = 80;  // how far an arrow key moves the view (CSS px)
    KeyBinding zoomIn{"+", "="}, zoomOut{"-", "_"};
    double keyZoom = 2;  // scale factor of one zoom key, about the map's centre
    KeyBinding resetView{"0"};
    KeyBinding close{"Escape"};  // clears the selection and a highlighted theme

    // Hints
    double hintMs = 1800;  // how long "use Ctrl + scroll" or "use two fingers" stays on the map
};

}  // namespace vk
