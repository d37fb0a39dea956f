// What ImGui draws over the WebGL map: markers, labels, the tooltip, legend and filter, zoom
// buttons, attribution and hints.
#include "ui/map_overlay.hpp"

#include <algorithm>
#include <cmath>
#include <tuple>

#include "core/strings.hpp"
#include "imgui_internal.h"

namespace vk::ui {

namespace {

ImU32 withAlpha(ImU32 c, float alpha) {
    const auto a = static_cast<unsigned>(static_cast<float>((c >> IM_COL32_A_SHIFT) & 0xff) * alpha);
    return (c & ~IM_COL32_A_MASK) | (a << IM_COL32_A_SHIFT);
}

// The class's shape: a circle for the small class, a square for the large one, so class is never
// told by colour alone.
void drawMarkerShape(ImDrawList* draw, ImVec2 at, NomineeClass c, float size, ImU32 fill, ImU32 edge, float edgeWidth) {
    if (c == NomineeClass::Small) {
        draw->AddCircleFilled(at, size + edgeWidth, edge);  // segments from the radius (ImGui's tessellation)
        draw->AddCircleFilled(at, size, fill);
    } else {
        const float h = size;
        draw->AddRectFilled({at.x - h - edgeWidth, at.y - h - edgeWidth}, {at.x + h + edgeWidth, at.y + h + edgeWidth}, edge, 2);
        draw->AddRectFilled({at.x - h, at.y - h}, {at.x + h, at.y + h}, fill, 1.5f);
    }
}

ImVec2 toImGui(const WidgetLayout& layout, ScreenPoint p) {
    return {static_cast<float>(layout.map.x + p.x), static_cast<float>(layout.map.y + p.y)};
}

ImU32 fillColour(MarkerFill fill, const Colours& colour) {
    switch (fill) {
        case MarkerFill::Left: return colour.left;
        case MarkerFill::Right: return colour.right;
        case MarkerFill::Plain: break;
    }
    return colour.marker;
}

}  // namespace

void drawMarkerLegendShape(ImDrawList* draw, ImVec2 at, NomineeClass c, const Colours& colour) {
    drawMarkerShape(draw, at, c, static_cast<float>(markerSizePx) - 1, colour.marker, colour.markerEdge, 1.5f);
}

void drawMarkers(const FrameInput& in) {
    const Colours& colour = in.colours;
    const MapScene& scene = *in.scene;
    ImDrawList* draw = ImGui::GetBackgroundDrawList();
    const ImVec2 clipMin = toImGui(in.layout, {0, 0});
    const ImVec2 clipMax = {clipMin.x + static_cast<float>(in.layout.map.width),
                            clipMin.y + static_cast<float>(in.layout.map.height)};
    draw->PushClipRect(clipMin, clipMax, false);
    ImGui::PushFont(in.fonts.smallBold);  // labelTextStyle, as the scene measured the names

    for (const std::size_t i : scene.drawOrder) {
        const SceneMarker& m = scene.markers[i];
        const ImVec2 at = toImGui(in.layout, m.centre);
        const float alpha = static_cast<float>(m.alpha);
        const ImU32 fill = fillColour(m.fill, colour);
        const float size = static_cast<float>(m.sizePx);

        if (m.themeHighlighted) draw->AddCircleFilled(at, size + 9, withAlpha(colour.highlight, 0.55f), 32);
        if (m.focused) draw->AddCircle(at, size + 7, colour.focus, 32, 3);
        // A class winner (once the data names one) wears a ring in the marker's own colour.
        if (m.winner) draw->AddCircle(at, size + 5, withAlpha(fill, alpha), 32, 2);
        drawMarkerShape(draw, at, m.nomineeClass, size, withAlpha(fill, alpha), withAlpha(colour.markerEdge, alpha), 2);

        const LabelPlacement& label = m.label;
        if (label.hidden) continue;
        const ImVec2 boxMin = toImGui(in.layout, {label.box.x, label.box.y});
        const ImVec2 boxMax = {boxMin.x + static_cast<float>(label.box.width), boxMin.y + static_cast<float>(label.box.height)};
        if (label.needsLeader) {
            const ImVec2 target{std::clamp(at.x, boxMin.x, boxMax.x), std::clamp(at.y, boxMin.y, boxMax.y)};
            draw->AddLine(at, target, withAlpha(colour.muted, alpha), 1);
        }
        const ImU32 labelBackground = m.emphasised ? colour.panel : withAlpha(colour.panel, static_cast<float>(labelBackgroundAlpha) * alpha);
        draw->AddRectFilled(boxMin, boxMax, labelBackground, 4);
        if (m.emphasised) draw->AddRect(boxMin, boxMax, m.focused ? colour.focus : colour.marker, 4, 0, m.focused ? 2.0f : 1.0f);
        const ImU32 textColour = m.fill == MarkerFill::Plain ? colour.text : fill;
        draw->AddText({boxMin.x + static_cast<float>(labelPaddingXPx), boxMin.y + static_cast<float>(labelPaddingYPx)},
                      withAlpha(textColour, alpha), m.name.c_str());
    }
    ImGui::PopFont();
    draw->PopClipRect();
}

void drawTooltip(const FrameInput& in, FrameOutput& out) {
    const Colours& colour = in.colours;
    const std::string& id = !in.state->hover.empty() ? in.state->hover : in.focused;
    if (id.empty()) return;
    const Nominee* n = in.data->nominee(id);
    const SceneMarker* marker = in.scene->marker(id);
    if (!n || !marker) return;
    const Lang lang = in.state->lang;
    const ScreenPoint anchor = marker->centre;

    const float width = std::min(300.0f, static_cast<float>(in.layout.map.width) - 24);
    // Prefer below-right of the marker; flip to stay inside the map.
    ImVec2 pos = toImGui(in.layout, {anchor.x + 16, anchor.y + 16});
    const float mapRight = static_cast<float>(in.layout.map.x + in.layout.map.width);
    const float mapBottom = static_cast<float>(in.layout.map.y + in.layout.map.height);
    if (pos.x + width > mapRight - 8) pos.x = std::max(static_cast<float>(in.layout.map.x) + 8, pos.x - width - 32);
    // Above the marker when it would not fit below, as tall as ImGui measured it (an auto-sized
    // window knows its size from the frame before). Decided before Begin: a window moved after
    // Begin keeps its old clip rectangle, which clipped the text away.
    float& height = in.memory->tooltipHeightPx;
    if (pos.y + height > mapBottom - 8) pos.y = std::max(static_cast<float>(in.layout.map.y) + 8, pos.y - height - 32);
    // ImGui sizes an auto-fitting window by what it drew the frame before: when the text changes,
    // the first frame draws it in the old size and the second places it by the old height. Both
    // are drawn unseen, and ask for the next frame: the visitor sees only the settled tooltip.
    // Unseen is an alpha at which every colour rounds to 0: at an alpha of 0 ImGui would skip the
    // window's items, and measure nothing.
    constexpr float unseenAlpha = 1e-3f;
    UiMemory::TooltipKey& shown = in.memory->tooltipKey;
    if (shown.nominee != id || shown.lang != lang || shown.width != width) {
        shown = {id, lang, width};
        in.memory->tooltipUnseenFrames = 2;
    }
    const bool unseen = in.memory->tooltipUnseenFrames > 0;
    if (unseen) {
        --in.memory->tooltipUnseenFrames;
        out.settling = true;
        ImGui::PushStyleVar(ImGuiStyleVar_Alpha, unseenAlpha);
    }
    ImGui::SetNextWindowPos(pos, ImGuiCond_Always, {0, 0});
    ImGui::SetNextWindowSize({width, 0});
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, {14, 12});
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 8);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 1);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, {6, 4});
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoInputs | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav | ImGuiWindowFlags_AlwaysAutoResize;
    if (ImGui::Begin("##tooltip", nullptr, flags)) {
        out.settling = out.settling || ImGui::GetWindowSize().y != height;  // placed by a height not yet measured
        height = ImGui::GetWindowSize().y;
        ImGui::PushFont(in.fonts.bodyBold);
        ImGui::TextUnformatted(n->name.c_str());
        ImGui::PopFont();
        paragraph(in.memory->paragraphs, in.data->award.className(n->nomineeClass, lang) + " · " + n->county, in.fonts.small, colour.muted);
        paragraph(in.memory->paragraphs, trf(Str::populationAt, lang, {formatInteger(n->population.value, lang), formatDate(n->population.date, lang)}),
                  in.fonts.small, colour.muted);
        ImGui::Spacing();
        paragraph(in.memory->paragraphs, n->summary.in(lang), in.fonts.small, colour.text);
    }
    ImGui::End();
    ImGui::PopStyleVar(unseen ? 5 : 4);
}

void drawClassFilter(const FrameInput& in, FrameOutput& out, float widthPx, float heightPx) {
    const Colours& colour = in.colours;
    const Lang lang = in.state->lang;
    ImGui::PushFont(in.fonts.small);
    const ClassFilter filters[] = {ClassFilter::All, ClassFilter::Small, ClassFilter::Large};
    for (const ClassFilter f : filters) {
        const std::string label = f == ClassFilter::All ? tr(Str::filterAll, lang)
                                  : in.data->award.className(f == ClassFilter::Small ? NomineeClass::Small : NomineeClass::Large, lang);
        const bool active = in.state->filter == f;
        ImGui::PushID(static_cast<int>(f));
        ImGui::PushStyleColor(ImGuiCol_Button, active ? colour.leftTint : colour.panel);
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, colour.leftTint);
        ImGui::PushStyleColor(ImGuiCol_Text, active ? colour.left : colour.text);
        const float indent = f == ClassFilter::All ? 0.0f : 22.0f;
        const ImVec2 start = ImGui::GetCursorScreenPos();
        ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, {8 + indent, (heightPx - ImGui::GetFontSize()) / 2});
        ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, {0, 0.5f});
        if (ImGui::Button(label.c_str(), {widthPx, heightPx})) out.state = setFilter(*in.state, f);
        noteTarget(out, std::string("filter:") + classFilterId(f));
        ImGui::PopStyleVar(2);
        if (f != ClassFilter::All) {
            drawMarkerLegendShape(ImGui::GetWindowDrawList(), {start.x + 16, start.y + heightPx / 2},
                                  f == ClassFilter::Small ? NomineeClass::Small : NomineeClass::Large, colour);
        }
        ImGui::PopStyleColor(3);
        ImGui::PopID();
    }
    ImGui::PopFont();
}

void drawMapControls(const FrameInput& in, FrameOutput& out) {
    const Colours& colour = in.colours;
    const Lang lang = in.state->lang;
    const auto& map = in.layout.map;
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoFocusOnAppearing |
                                   ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoBringToFrontOnFocus;
    const float controlHeight = static_cast<float>(controlHeightPx(in.layout, in.touch));
    const MapControlBoxes& boxes = in.scene->controls;
    out.controls = boxes;
    // Each control's window exactly at its box (core/layout.cpp), so that labels and the camera
    // can keep clear of it.
    const auto placeWindow = [&](const ScreenRect& box) {
        ImGui::SetNextWindowPos({static_cast<float>(map.x + box.x), static_cast<float>(map.y + box.y)});
        ImGui::SetNextWindowSize({static_cast<float>(box.width), static_cast<float>(box.height)});
    };
    const auto noteWindow = [&](const char* name) {
        const ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
        out.targets.push_back({name, {pos.x, pos.y, size.x, size.y}});
    };

    // Legend and class filter, top left (on phones it sits in the panel instead: the map is small).
    if (!in.layout.narrow) {
        placeWindow(boxes.legend);
        ImGui::SetNextWindowBgAlpha(0.94f);
        ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, {12, 10});
        ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 8);
        ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, {6, 6});
        if (ImGui::Begin("##legend", nullptr, flags & ~ImGuiWindowFlags_AlwaysAutoResize)) {
            noteWindow("legend");
            drawClassFilter(in, out, 190, controlHeight);
        }
        ImGui::End();
        ImGui::PopStyleVar(3);
    }

    // Zoom buttons, bottom right.
    placeWindow(boxes.zoom);
    ImGui::SetNextWindowBgAlpha(0.94f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, {6, 6});
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 8);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, {4, 4});
    if (ImGui::Begin("##zoom", nullptr, flags & ~ImGuiWindowFlags_AlwaysAutoResize)) {
        noteWindow("zoom");
        ImGui::PushFont(in.fonts.bodyBold);
        const ImVec2 size{controlHeight, controlHeight};
        if (ImGui::Button("+##zoomIn", size)) out.map = MapCommand::ZoomIn;
        noteTarget(out, "zoomIn");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::zoomIn, lang).c_str());
        if (ImGui::Button("\xe2\x88\x92##zoomOut", size)) out.map = MapCommand::ZoomOut;  // U+2212 minus
        noteTarget(out, "zoomOut");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::zoomOut, lang).c_str());
        // Reset: a small outline of a frame, drawn, since Inter has no "home" glyph.
        const ImVec2 at = ImGui::GetCursorScreenPos();
        if (ImGui::Button("##reset", size)) out.map = MapCommand::Reset;
        noteTarget(out, "reset");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::resetView, lang).c_str());
        ImDrawList* draw = ImGui::GetWindowDrawList();
        const float m = controlHeight * 0.3f;
        const ImVec2 a{at.x + m, at.y + m}, b{at.x + controlHeight - m, at.y + controlHeight - m};
        const float k = (b.x - a.x) * 0.35f;
        for (const auto& [corner, dx, dy] : {std::tuple{a, 1.f, 1.f}, std::tuple{ImVec2{b.x, a.y}, -1.f, 1.f},
                                             std::tuple{b, -1.f, -1.f}, std::tuple{ImVec2{a.x, b.y}, 1.f, -1.f}}) {
            draw->AddLine(corner, {corner.x + dx * k, corner.y}, colour.text, 2);
            draw->AddLine(corner, {corner.x, corner.y + dy * k}, colour.text, 2);
        }
        ImGui::PopFont();
    }
    ImGui::End();
    ImGui::PopStyleVar(3);

    // Attribution, bottom left, across the map.
    const std::string attribution = attributionText(*in.data, lang);
    ImGui::PushFont(in.fonts.small);
    placeWindow(boxes.attribution);
    ImGui::SetNextWindowBgAlpha(static_cast<float>(attributionBackgroundAlpha));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, {8, 4});
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 4);
    if (ImGui::Begin("##attribution", nullptr, (flags & ~ImGuiWindowFlags_AlwaysAutoResize) | ImGuiWindowFlags_NoInputs)) {
        noteWindow("attribution");
        ImGui::PushStyleColor(ImGuiCol_Text, colour.muted);
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(attribution.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
    }
    ImGui::End();
    ImGui::PopStyleVar(2);
    ImGui::PopFont();

    // A hint or problem in the middle of the map.
    std::vector<std::string> messages = in.problems;
    if (!in.notice.empty()) messages.push_back(in.notice);
    if (!messages.empty()) {
        // Near the bottom: when a plain wheel scrolls the host page, the widget's top leaves the
        // screen first, so that is where the hint stays in view longest.
        ImGui::SetNextWindowPos({static_cast<float>(map.x + map.width / 2), static_cast<float>(map.y + map.height) - 64}, ImGuiCond_Always, {0.5f, 1});
        ImGui::SetNextWindowSize({std::min(420.0f, static_cast<float>(map.width) - 32), 0});
        ImGui::PushStyleColor(ImGuiCol_WindowBg, withAlpha(colour.text, 0.93f));
        ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 8);
        ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, {14, 10});
        if (ImGui::Begin("##notice", nullptr, flags | ImGuiWindowFlags_NoInputs)) {
            for (const auto& m : messages) paragraph(in.memory->paragraphs, m, in.fonts.small, colour.panel);
        }
        ImGui::End();
        ImGui::PopStyleVar(2);
        ImGui::PopStyleColor();
    }
}

}  // namespace vk::ui
