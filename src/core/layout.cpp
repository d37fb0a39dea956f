#include "core/layout.hpp"

#include <algorithm>

namespace vk {

namespace {

double narrowMapHeight(double width, double canvasHeight) {
    return std::clamp(width * 1.0, 260.0, std::max(260.0, std::min(520.0, canvasHeight * 0.62)));
}

}  // namespace

WidgetLayout computeLayout(CanvasSize canvas) {
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

namespace {

// The controls' spacing, shared with ui/map_overlay.cpp through the boxes.
constexpr double edgeGapPx = 12;            // legend and zoom buttons from the map's edges
constexpr double zoomAboveBottomPx = 34;    // the zoom buttons clear the attribution line
constexpr double legendButtonWidthPx = 190;
constexpr double legendPaddingX = 12, legendPaddingY = 10, legendSpacingPx = 6;
constexpr double zoomPaddingPx = 6, zoomSpacingPx = 4;
constexpr double attributionLeftPx = 8, attributionAboveBottomPx = 6;
constexpr double attributionPaddingX = 8, attributionPaddingY = 4;

}  // namespace

double controlHeightPx(const WidgetLayout& layout, bool touch) { return touch || layout.narrow ? 44 : 32; }

std::vector<ScreenRect> MapControlBoxes::list() const {
    std::vector<ScreenRect> out;
    for (const ScreenRect& r : {legend, zoom, attribution})
        if (r.width > 0 && r.height > 0) out.push_back(r);
    return out;
}

double attributionWrapWidthPx(const WidgetLayout& layout) {
    return std::max(layout.map.width - 3 * edgeGapPx - 2 * attributionPaddingX, 40.0);
}

MapControlBoxes mapControlBoxes(const WidgetLayout& layout, double controlHeight, ScreenSize attributionText) {
    MapControlBoxes boxes;
    const double width = layout.map.width, height = layout.map.height;
    if (!layout.narrow) {
        boxes.legend = {edgeGapPx, edgeGapPx, legendButtonWidthPx + 2 * legendPaddingX,
                        3 * controlHeight + 2 * legendSpacingPx + 2 * legendPaddingY};
    }
    const double textWidth = std::min(attributionText.width, attributionWrapWidthPx(layout));
    const double boxHeight = attributionText.height + 2 * attributionPaddingY;
    boxes.attribution = {attributionLeftPx, height - attributionAboveBottomPx - boxHeight, textWidth + 2 * attributionPaddingX,
                         boxHeight};
    const double zoomWidth = controlHeight + 2 * zoomPaddingPx;
    const double zoomHeight = 3 * controlHeight + 2 * zoomSpacingPx + 2 * zoomPaddingPx;
    const double zoomX = width - edgeGapPx - zoomWidth;
    double zoomBottom = height - zoomAboveBottomPx;
    // On a narrow map the attribution wraps under the zoom buttons: stand them on top of it.
    if (boxes.attribution.x + boxes.attribution.width > zoomX)
        zoomBottom = std::min(zoomBottom, boxes.attribution.y - zoomSpacingPx);
    boxes.zoom = {zoomX, zoomBottom - zoomHeight, zoomWidth, zoomHeight};
    return boxes;
}

}  // namespace vk
