// What ImGui draws over the WebGL map: nominee markers with their labels, the tooltip, the legend
// with the class filter, zoom buttons, attribution and hints. Knows core and ImGui only.
#pragma once

#include "ui/frame.hpp"

namespace vk::ui {

// Draws every marker and label of the input's scene (core/map_scene.hpp), where the scene has them.
void drawMarkers(const FrameInput& input);

// The tooltip of the hovered (or keyboard-focused) nominee, beside its marker.
void drawTooltip(const FrameInput& input, FrameOutput& output);

// Legend with class filter, zoom buttons, attribution (at the scene's control boxes), hints.
void drawMapControls(const FrameInput& input, FrameOutput& output);

// The class filter, which is also the legend of the marker shapes: three buttons, one per row.
void drawClassFilter(const FrameInput& input, FrameOutput& output, float widthPx, float heightPx);

// The class's marker shape at a small size, for legends.
void drawMarkerLegendShape(ImDrawList* draw, ImVec2 at, NomineeClass nomineeClass, const Colours& colour);

}  // namespace vk::ui
