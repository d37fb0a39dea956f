#include "core/hit_test.hpp"

#include <cmath>

namespace vk {

int hitTest(const std::vector<HitTarget>& targets, ScreenPoint point, double radiusPx, double slopPx) {
    int best = -1;
    double bestDistance = radiusPx;
    for (std::size_t i = 0; i < targets.size(); ++i) {
        const double d = std::hypot(targets[i].marker.x - point.x, targets[i].marker.y - point.y);
        if (d <= bestDistance) {
            bestDistance = d;
            best = static_cast<int>(i);
        }
    }
    if (best >= 0) return best;
    for (std::size_t i = 0; i < targets.size(); ++i) {
        const ScreenRect& l = targets[i].label;
        if (l.width <= 0) continue;
        const ScreenRect grown{l.x - slopPx, l.y - slopPx, l.width + 2 * slopPx, l.height + 2 * slopPx};
        if (grown.contains(point)) return static_cast<int>(i);
    }
    return -1;
}

}  // namespace vk
