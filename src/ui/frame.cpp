#include "ui/frame.hpp"

#include "imgui_internal.h"
#include "ui/map_overlay.hpp"
#include "ui/panel.hpp"

namespace vk::ui {

namespace {

// Each marker on the map as `marker:<id>` and each drawn label as `label:<id>`, in canvas px, so
// that tests can check that none lies under a control.
void noteMarkersAndLabels(const FrameInput& input, FrameOutput& out) {
    constexpr double markerExtentPx = markerSizePx + emphasisGrowthPx + 2;  // a selected marker's half size with its edge
    const CanvasRect& map = input.layout.map;
    for (const SceneMarker& m : input.scene->markers) {
        if (ScreenRect{0, 0, map.width, map.height}.contains(m.centre)) {
            const ScreenRect marker{m.centre.x - markerExtentPx, m.centre.y - markerExtentPx, 2 * markerExtentPx, 2 * markerExtentPx};
            out.targets.push_back({"marker:" + m.id, mapViewToCanvas(marker, map)});
        }
        if (!m.label.hidden) out.targets.push_back({"label:" + m.id, mapViewToCanvas(m.label.box, map)});
    }
}

}  // namespace

FrameOutput drawFrame(const FrameInput& input) {
    FrameOutput out;
    if (!input.data || !input.state || !input.scene || !input.memory) return out;
    drawMarkers(input);
    noteMarkersAndLabels(input, out);
    drawMapControls(input, out);
    drawPanel(input, out);
    drawTooltip(input, out);
    return out;
}

void noteTarget(FrameOutput& output, std::string name) {
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    output.targets.push_back({std::move(name), {min.x, min.y, max.x - min.x, max.y - min.y}});
}

bool canPanelScroll(float dy) {
    const ImGuiWindow* panel = ImGui::GetCurrentContext() ? ImGui::FindWindowByName("##panel") : nullptr;
    if (!panel || panel->ScrollMax.y <= 0) return false;
    return dy > 0 ? panel->Scroll.y < panel->ScrollMax.y - 0.5f : panel->Scroll.y > 0.5f;
}

bool isOverInterface(float x, float y) {
    const ImGuiContext* context = ImGui::GetCurrentContext();
    if (!context) return false;
    // Called between frames: Active is what the last frame drew.
    for (const ImGuiWindow* window : context->Windows) {
        if (!window->Active || window->Hidden || (window->Flags & ImGuiWindowFlags_NoMouseInputs)) continue;
        if (window->Rect().Contains(ImVec2(x, y))) return true;
    }
    return false;
}

}  // namespace vk::ui
