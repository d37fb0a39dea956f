// Which nominee is under the pointer: markers first (nearest wins), then labels. Map-view CSS
// pixels; never include GL, ImGui or Emscripten here.
#pragma once

#include <vector>

#include "core/pixels.hpp"

namespace vk {

struct HitTarget {
    ScreenPoint marker;   // marker centre
    ScreenRect label;     // the label's box (width 0 when it has none)
    bool enabled = true;  // false: dimmed by a filter, still hit (a visitor may pick it anyway)
};

// Index of the target hit at point, or -1. A marker is hit within radiusPx of its centre (pass a
// larger radius for touch, e.g. 22 px for a 44 px target); the nearest marker wins. Otherwise a
// label containing the point (grown by slopPx on each side) is hit.
int hitTest(const std::vector<HitTarget>& targets, ScreenPoint point, double radiusPx, double slopPx = 0);

}  // namespace vk
