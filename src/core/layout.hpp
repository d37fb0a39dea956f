// Where the map and the panel go on the canvas, and how tall the widget wants to be, for any
// width from a phone (320 px) to a wide screen (1920 px). CSS pixels; std only.
#pragma once

#include <vector>

#include "core/pixels.hpp"

namespace vk {

struct WidgetLayout {
    bool narrow = false;  // phone: map on top, panel below; otherwise map left, panel right
    CanvasRect map;       // the map's part of the canvas (the camera looks at map.size())
    CanvasRect panel;     // the panel's part
};

// Below this width the panel goes under the map.
inline constexpr double narrowBelowPx = 720;

WidgetLayout computeLayout(CanvasSize canvas);

// The height the widget asks its host for, given its width and the height the panel's content
// needs (0 when unknown): wide layouts ask for a fixed, comfortable height; narrow ones for a map
// about as tall as it is wide plus the panel's content, within bounds, so the host page scrolls
// rather than the widget.
double wantedHeight(double widthPx, double panelContentPx);

// The height of the map's buttons: a finger's size on phones and after a touch, else smaller.
double controlHeightPx(const WidgetLayout& layout, bool touch);

// Where the map's own controls sit, in the map's CSS px (origin at the map's top-left corner):
// ui/map_overlay.cpp draws them exactly there, and the camera keeps markers and labels clear of
// them. A control that is not on the map (the legend on phones) has an empty rectangle.
struct MapControlBoxes {
    ScreenRect legend;       // the class filter with the marker shapes, top left (not on phones)
    ScreenRect zoom;         // zoom in, zoom out, reset: bottom right
    ScreenRect attribution;  // map data and source, bottom left

    std::vector<ScreenRect> list() const;  // the non-empty ones
};

// The widest the attribution's text may be before it wraps, in CSS px.
double attributionWrapWidthPx(const WidgetLayout& layout);

// The controls' boxes for a layout, given the control height and the size of the attribution's
// text as wrapped at attributionWrapWidthPx (the UI measures it in its font).
MapControlBoxes mapControlBoxes(const WidgetLayout& layout, double controlHeightPx, ScreenSize attributionText);

}  // namespace vk
