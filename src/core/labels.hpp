// Label placement for the nominee markers: each label gets a spot near its marker so that no two
// labels overlap and no label covers another marker. Pure geometry in screen CSS pixels: never
// include GL, ImGui or Emscripten here.
#pragma once

#include <vector>

#include "core/camera.hpp"

namespace vk {

// Axis-aligned rectangle in screen CSS pixels.
struct ScreenRect {
    double x = 0, y = 0, width = 0, height = 0;  // top-left corner and size

    bool contains(ScreenPoint p) const { return p.x >= x && p.x <= x + width && p.y >= y && p.y <= y + height; }
    // True when the two rectangles share more than a touching edge, with `gap` pixels required
    // between them.
    bool overlaps(const ScreenRect& other, double gap = 0) const;
    friend bool operator==(const ScreenRect&, const ScreenRect&) = default;
};

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
};

// Places every label (same order as requests). Tries spots around each marker, nearest first
// (right, left, above, below, the diagonals), then farther out with a leader line, and searches
// for a combination in which no labels overlap (with gapPx between them) and no label covers a
// marker. Labels stay inside `bounds` where they can. Always returns one placement per request,
// never two overlapping labels.
// obstacles (the map's own controls) are kept clear like markers are.
std::vector<LabelPlacement> placeLabels(const std::vector<LabelRequest>& requests, ScreenSize bounds,
                                        double gapPx = 2, const std::vector<ScreenRect>& obstacles = {});

}  // namespace vk
