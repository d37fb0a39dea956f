#include "core/map_scene.hpp"

#include <algorithm>
#include <cmath>

#include "core/strings.hpp"

namespace vk {

namespace {

// Back to front: dimmed (0), normal, selected, then hovered or focused on top (topProminence).
constexpr int topProminence = 3;
int prominence(const SceneMarker& m, const WidgetState& state) {
    if (m.emphasised) return topProminence;
    if (state.isSelected(m.id)) return 2;
    return m.enabled ? 1 : 0;
}

MarkerFill fillOf(const WidgetState& state, const std::string& id) {
    if (state.selected.size() == 2 && state.selected[1] == id) return MarkerFill::Right;
    if (!state.selected.empty() && state.selected[0] == id) return MarkerFill::Left;
    return MarkerFill::Plain;
}

// The controls' boxes for this layout, with the attribution measured as it wraps.
MapControlBoxes controlBoxes(const NomineeData& data, const WidgetState& state, const MapSceneView& view,
                             const TextMeasure& measure) {
    const ScreenSize text = measure(attributionText(data, state.lang), attributionTextStyle, attributionWrapWidthPx(view.layout));
    return mapControlBoxes(view.layout, controlHeightPx(view.layout, view.touch), {std::ceil(text.width), std::ceil(text.height)});
}

}  // namespace

std::string attributionText(const NomineeData& data, Lang lang) {
    const Source& source = data.award.source;  // credited by its publisher, as the source line does; the organisers if none
    return trf(Str::attribution, lang, {source.publisher.empty() ? joinList(data.award.organisers, lang) : source.publisher, formatDate(source.date, lang)});
}

const SceneMarker* MapScene::marker(std::string_view id) const {
    for (const SceneMarker& m : markers)
        if (m.id == id) return &m;
    return nullptr;
}

std::string_view MapScene::nomineeAt(ScreenPoint point, double radiusPx, double slopPx) const {
    const int hit = hitTest(hitTargets, point, radiusPx, slopPx);
    return hit >= 0 && static_cast<std::size_t>(hit) < markers.size() ? std::string_view(markers[static_cast<std::size_t>(hit)].id) : "";
}

MapScene buildMapScene(const NomineeData& data, const WidgetState& state, const Camera& camera, const MapSceneView& view,
                       const TextMeasure& measure, const MapScene* previous) {
    MapScene scene;
    scene.viewport = camera.viewport();
    scene.controls = controlBoxes(data, state, view, measure);

    for (const Nominee& n : data.nominees) {
        SceneMarker m;
        m.id = n.id;
        m.name = n.name;
        m.nomineeClass = n.nomineeClass;
        m.centre = camera.mapToScreen(project(n.centre.position));
        m.fill = fillOf(state, n.id);
        m.focused = !view.focused.empty() && n.id == view.focused;
        m.emphasised = n.id == state.hover || m.focused;
        m.enabled = passesFilter(state.filter, n.nomineeClass);
        m.themeHighlighted = !state.highlightedTheme.empty() && n.hasTheme(state.highlightedTheme);
        m.winner = data.award.isWinner(n.id);
        const bool selected = state.isSelected(n.id);
        m.sizePx = markerSizePx + (m.emphasised || selected ? emphasisGrowthPx : 0);
        const bool dimmed = !m.enabled || (!state.highlightedTheme.empty() && !m.themeHighlighted);
        m.alpha = dimmed && !m.emphasised && !selected ? dimmedAlpha : 1;

        const ScreenSize text = measure(n.name, labelTextStyle, 0);
        scene.labelRequests.push_back(
            {m.centre, labelMarkerRadiusPx, text.width + 2 * labelPaddingXPx, text.height + 2 * labelPaddingYPx});
        scene.markers.push_back(std::move(m));
    }

    // Labels keep clear of the map's controls. The placement is a search, so it is reused while
    // nothing it depends on changes.
    const std::vector<ScreenRect> obstacles = scene.controls.list();
    const bool reuse = previous && previous->labelRequests == scene.labelRequests && previous->viewport == scene.viewport &&
                       previous->controls.list() == obstacles && previous->markers.size() == scene.markers.size();
    if (reuse) {
        for (std::size_t i = 0; i < scene.markers.size(); ++i) scene.markers[i].label = previous->markers[i].label;
    } else {
        const std::vector<LabelPlacement> labels = placeLabels(scene.labelRequests, scene.viewport, labelGapPx, obstacles);
        for (std::size_t i = 0; i < scene.markers.size(); ++i) scene.markers[i].label = labels[i];
    }

    // Back to front by prominence; in the data's order within one level.
    for (int level = 0; level <= topProminence; ++level)
        for (std::size_t i = 0; i < scene.markers.size(); ++i)
            if (prominence(scene.markers[i], state) == level) scene.drawOrder.push_back(i);

    for (const SceneMarker& m : scene.markers) {
        // A hidden label is no target: it is not drawn.
        const ScreenRect label = m.label.hidden ? ScreenRect{m.centre.x, m.centre.y, 0, 0} : m.label.box;
        scene.hitTargets.push_back({m.centre, label, m.enabled});
    }
    return scene;
}

}  // namespace vk
