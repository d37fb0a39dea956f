// Where the map and the panel go on the canvas, and how tall the widget wants to be, for any
// width from a phone (320 px) to a wide screen (1920 px). CSS pixels; std only.
#pragma once

#include "core/labels.hpp"

namespace vk {

struct WidgetLayout {
    bool narrow = false;  // phone: map on top, panel below; otherwise map left, panel right
    ScreenRect map;       // the map's part of the canvas
    ScreenRect panel;     // the panel's part
};

// Below this width the panel goes under the map.
inline constexpr double narrowBelowPx = 720;

WidgetLayout computeLayout(ScreenSize canvas);

// The height the widget asks its host for, given its width and the height the panel's content
// needs (0 when unknown): wide layouts ask for a fixed, comfortable height; narrow ones for a map
// about as tall as it is wide plus the panel's content, within bounds, so the host page scrolls
// rather than the widget.
double wantedHeight(double widthPx, double panelContentPx);

}  // namespace vk
