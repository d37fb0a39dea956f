// Label placement for the nominee markers: each label gets a spot near its marker so that no two
// labels overlap and no label covers another marker. Pure geometry in map-view CSS pixels: never
// include GL, ImGui or Emscripten here.
#pragma once

#include <vector>

#include "core/pixels.hpp"

namespace vk {

struct LabelRequest {
    ScreenPoint anchor;     // the marker's centre
    double markerRadiusPx;  // the marker's radius
    double widthPx;         // the label's text box
    double heightPx;
    friend bool operator==(const LabelRequest&, const LabelRequest&) = default;
};

struct LabelPlacement {
    ScreenRect box;
    bool needsLeader = false;  // far from its marker: draw a thin line from marker to label
    bool hidden = false;       // no spot clear of the obstacles: not drawn (the tooltip still names it)
};

// Places every label (same order as requests). Tries spots around each marker, nearest first
// (right, left, above, below, the diagonals), then farther out with a leader line, and searches
// for a combination in which no labels overlap (with gapPx between them) and no label covers a
// marker. Labels stay inside `bounds` where they can. Always returns one placement per request,
// never two overlapping labels among those shown.
// obstacles (the map's own controls) are kept clear like markers are; a label with no spot clear
// of them is hidden rather than drawn under a control.
std::vector<LabelPlacement> placeLabels(const std::vector<LabelRequest>& requests, ScreenSize bounds,
                                        double gapPx = 2, const std::vector<ScreenRect>& obstacles = {});

}  // namespace vk
