#include "core/widget_model.hpp"

#include <algorithm>
#include <cmath>

#include "core/strings.hpp"

namespace vk {

void WidgetModel::setMap(const MapBox& norwayBounds) {
    norwayBounds_ = norwayBounds;
    mapLoaded_ = true;
    mapProblem_.clear();
    fitStartView();
}

std::vector<std::string> WidgetModel::problemDetails() const {
    std::vector<std::string> out;
    for (const DataProblem& p : content_.loaded.problems) out.push_back(p.toString());
    if (!mapProblem_.empty()) out.push_back("map: " + mapProblem_);
    return out;
}

std::vector<std::string> WidgetModel::visitorProblems() const {
    const Lang lang = state_.lang;
    std::vector<std::string> out;
    if (!content_.loaded.usable) {
        const std::string first = content_.loaded.problems.empty() ? "?" : content_.loaded.problems.front().toString();
        out.push_back(trf(Str::dataProblem, lang, {first}));
    } else if (!content_.loaded.problems.empty()) {
        out.push_back(trf(Str::dataProblems, lang, {std::to_string(content_.loaded.problems.size()), content_.loaded.problems.front().toString()}));
    }
    if (!mapProblem_.empty()) out.push_back(trf(Str::geoProblem, lang, {mapProblem_}));
    return out;
}

WidgetState WidgetModel::stateAfterLink(const UrlState& link, bool replace) const {
    WidgetState base = state_;
    if (replace) {
        base = WidgetState{};
        base.hover = state_.hover;
        base.systemScheme = state_.systemScheme;
    }
    return applyUrlState(base, link);
}

void WidgetModel::setFocus(const std::string& id, CanvasRect cover, double nowMs) {
    focused_ = data().nominee(id) ? id : "";
    focusedCover_ = focused_.empty() ? CanvasRect{} : cover;
    if (!focused_.empty()) flyToNominee(focused_, nowMs);
}

bool WidgetModel::resize(CanvasSize canvas) {
    canvas.width = std::max(canvas.width, 1.0);
    canvas.height = std::max(canvas.height, 1.0);
    if (canvas == canvas_) return false;
    canvas_ = canvas;
    layout_ = computeLayout(canvas_);
    controlsDrawn_ = false;  // the controls move with the layout
    camera_.setViewport(layout_.map.size());
    fitStartView();
    return true;
}

void WidgetModel::fitStartView() {
    if (!mapLoaded_) return;
    const CameraView before = camera_.view();
    const bool untouched = !flight_ && std::abs(before.metresPerPixel - fitView_.metresPerPixel) < 1e-6 &&
                           std::abs(before.centre.x - fitView_.centre.x) < 1e-3 &&
                           std::abs(before.centre.y - fitView_.centre.y) < 1e-3;
    const double paddingPx = std::clamp(std::min(layout_.map.width, layout_.map.height) * 0.05, 8.0, 40.0);
    fitView_ = camera_.viewFitting(norwayBounds_, paddingPx, rules_.attributionStripPx);
    camera_.setLimits(mapLimits(norwayBounds_, fitView_));
    camera_.setView(untouched || !viewPlaced_ ? fitView_ : before);
    viewPlaced_ = true;
}

void WidgetModel::panBy(double dxPx, double dyPx) {
    flight_.reset();
    camera_.panBy(dxPx, dyPx);
}

void WidgetModel::zoomAbout(CanvasPoint anchor, double factor) {
    flight_.reset();
    camera_.zoomAbout(canvasToMapView(anchor, layout_.map), factor);
}

void WidgetModel::zoomAboutCentre(double factor) { zoomAbout(layout_.map.centre(), factor); }

void WidgetModel::resetView() {
    flight_.reset();
    camera_.setView(fitView_);
}

void WidgetModel::reveal(std::vector<std::string> ids, double nowMs) {
    if (controlsDrawn_) flyToReveal(ids, nowMs);
    else revealPending_ = std::move(ids);
}

void WidgetModel::flyToNominee(const std::string& id, double nowMs) {
    if (data().nominee(id)) reveal({id}, nowMs);
}

void WidgetModel::revealIfSelected(const std::string& id, double nowMs) {
    if (!state_.isSelected(id)) return;
    reveal(state_.comparing() ? state_.selected : std::vector<std::string>{id}, nowMs);
}

RevealRoom WidgetModel::revealRoom() const {
    RevealRoom room;
    room.obstacles = scene_.controls.list();
    const bool covers = focusedCover_.width > 0 && focusedCover_.height > 0;
    if (!focused_.empty() && covers) room.obstacles.push_back(canvasToMapView(focusedCover_, layout_.map));
    room.marginPx = rules_.revealMarginPx;
    room.markerRadiusPx = rules_.revealMarkerRadiusPx;
    room.labelPx = rules_.unmeasuredLabelPx;
    double widest = 0, tallest = 0;
    for (const HitTarget& t : scene_.hitTargets) {
        widest = std::max(widest, t.label.width);
        tallest = std::max(tallest, t.label.height);
    }
    if (widest > 0) room.labelPx = {widest, tallest};
    return room;
}

void WidgetModel::flyToReveal(const std::vector<std::string>& ids, double nowMs) {
    std::vector<MapPoint> targets, others;
    for (const Nominee& n : data().nominees) {
        const bool wanted = std::find(ids.begin(), ids.end(), n.id) != ids.end();
        (wanted ? targets : others).push_back(vk::project(n.centre.position));
    }
    const auto to = viewToReveal(camera_, targets, others, revealRoom());
    if (!to) return;
    if (reducedMotion_) {
        flight_.reset();
        camera_.setView(*to);
    } else {
        flight_ = CameraFlight{camera_.view(), *to, nowMs, rules_.flightMs};
    }
}

bool WidgetModel::advance(double timeMs) {
    bool draw = false;
    if (!revealPending_.empty()) {
        // Wait for a frame that drew the controls where this layout has them.
        if (controlsDrawn_) {
            flyToReveal(revealPending_, timeMs);
            revealPending_.clear();
        }
        draw = true;
    }
    if (flight_) {
        camera_.setView(flight_->viewAt(timeMs));
        if (flight_->finishedAt(timeMs)) flight_.reset();
        draw = true;
    }
    return draw;
}

void WidgetModel::setScene(MapScene scene) {
    scene_ = std::move(scene);
    controlsDrawn_ = true;
}

std::string_view WidgetModel::nomineeAt(CanvasPoint p, bool touch) const {
    if (!insideMap(p)) return "";
    return scene_.nomineeAt(canvasToMapView(p, layout_.map), touch ? rules_.touchHitRadiusPx : rules_.mouseHitRadiusPx,
                            touch ? rules_.touchLabelSlopPx : rules_.mouseLabelSlopPx);
}

CanvasPoint WidgetModel::project(LonLat position) const {
    return mapViewToCanvas(camera_.mapToScreen(vk::project(position)), layout_.map);
}

}  // namespace vk
