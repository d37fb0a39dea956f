#include "core/layout.hpp"

#include <algorithm>

namespace vk {

namespace {

double narrowMapHeight(double width, double canvasHeight) {
    return std::clamp(width * 1.0, 260.0, std::max(260.0, std::min(520.0, canvasHeight * 0.62)));
}

}  // namespace

WidgetLayout computeLayout(ScreenSize canvas) {
    WidgetLayout l;
    l.narrow = canvas.width < narrowBelowPx;
    if (l.narrow) {
        const double mapHeight = std::min(narrowMapHeight(canvas.width, canvas.height), canvas.height);
        l.map = {0, 0, canvas.width, mapHeight};
        l.panel = {0, mapHeight, canvas.width, std::max(canvas.height - mapHeight, 0.0)};
    } else {
        const double panelWidth = std::clamp(canvas.width * 0.42, 360.0, 600.0);
        l.map = {0, 0, canvas.width - panelWidth, canvas.height};
        l.panel = {canvas.width - panelWidth, 0, panelWidth, canvas.height};
    }
    return l;
}

double wantedHeight(double widthPx, double panelContentPx) {
    if (widthPx >= narrowBelowPx) return std::clamp(widthPx * 0.6, 560.0, 760.0);
    const double mapHeight = std::clamp(widthPx, 260.0, 520.0);
    return mapHeight + std::clamp(panelContentPx, 320.0, 900.0);
}

}  // namespace vk
