#include "ui/frame.hpp"

#include "ui/map_overlay.hpp"
#include "ui/panel.hpp"

namespace vk::ui {

FrameOutput drawFrame(const FrameInput& input) {
    FrameOutput out;
    if (!input.data || !input.state || !input.camera) return out;
    out.markers = drawMarkers(input);
    drawMapControls(input, out);
    drawPanel(input, out);
    drawTooltip(input, out.markers);
    return out;
}

}  // namespace vk::ui
