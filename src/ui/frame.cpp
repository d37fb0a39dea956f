#include "ui/frame.hpp"

#include "imgui_internal.h"
#include "ui/map_overlay.hpp"
#include "ui/panel.hpp"

namespace vk::ui {

FrameOutput drawFrame(const FrameInput& input) {
    FrameOutput out;
    if (!input.data || !input.state || !input.camera || !input.memory) return out;
    out.markers = drawMarkers(input);
    drawMapControls(input, out);
    drawPanel(input, out);
    drawTooltip(input, out.markers);
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
