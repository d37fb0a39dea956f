#include "core/camera.hpp"

#include <algorithm>
#include <cmath>

namespace vk {

void Camera::setViewport(ScreenSize size) {
    viewportSize_ = {std::max(size.width, 1.0), std::max(size.height, 1.0)};
}

void Camera::setLimits(const CameraLimits& limits) {
    cameraLimits_ = limits;
    currentView_ = clamped(currentView_);
}

void Camera::setView(const CameraView& view) { currentView_ = clamped(view); }

CameraView Camera::viewFitting(const MapBox& box, double paddingPx, double bottomReservePx) const {
    const double usableWidth = std::max(viewportSize_.width - 2 * paddingPx, 1.0);
    const double usableHeight = std::max(viewportSize_.height - 2 * paddingPx - bottomReservePx, 1.0);
    const double scale = std::max(std::max(box.width() / usableWidth, box.height() / usableHeight), 1e-9);
    // Centre the box in the canvas above the reserved strip: the view's centre sits half the strip
    // lower than the box's.
    const MapPoint centre = box.centre();
    return {{centre.x, centre.y - bottomReservePx / 2 * scale}, scale};
}

ScreenPoint Camera::mapToScreen(MapPoint point) const {
    const double s = currentView_.metresPerPixel;
    return {viewportSize_.width / 2 + (point.x - currentView_.centre.x) / s,
            viewportSize_.height / 2 - (point.y - currentView_.centre.y) / s};
}

MapPoint Camera::screenToMap(ScreenPoint point) const {
    const double s = currentView_.metresPerPixel;
    return {currentView_.centre.x + (point.x - viewportSize_.width / 2) * s,
            currentView_.centre.y - (point.y - viewportSize_.height / 2) * s};
}

void Camera::zoomAbout(ScreenPoint anchor, double factor) {
    if (!(factor > 0)) return;
    const MapPoint fixed = screenToMap(anchor);
    CameraView next = currentView_;
    next.metresPerPixel = std::clamp(currentView_.metresPerPixel / factor, cameraLimits_.minMetresPerPixel,
                                     cameraLimits_.maxMetresPerPixel);
    // Choose the centre so that `fixed` lands on `anchor` again.
    next.centre = {fixed.x - (anchor.x - viewportSize_.width / 2) * next.metresPerPixel,
                   fixed.y + (anchor.y - viewportSize_.height / 2) * next.metresPerPixel};
    currentView_ = clamped(next);
}

void Camera::panBy(double dxPx, double dyPx) {
    CameraView next = currentView_;
    next.centre.x -= dxPx * currentView_.metresPerPixel;
    next.centre.y += dyPx * currentView_.metresPerPixel;
    currentView_ = clamped(next);
}

CameraView Camera::clamped(CameraView view) const {
    view.metresPerPixel =
        std::clamp(view.metresPerPixel, cameraLimits_.minMetresPerPixel, cameraLimits_.maxMetresPerPixel);
    if (!cameraLimits_.reach.empty()) {
        view.centre.x = std::clamp(view.centre.x, cameraLimits_.reach.minX, cameraLimits_.reach.maxX);
        view.centre.y = std::clamp(view.centre.y, cameraLimits_.reach.minY, cameraLimits_.reach.maxY);
    }
    return view;
}

double zoomLevel(double metresPerPixel, double referenceMetresPerPixel) {
    return std::log2(referenceMetresPerPixel / metresPerPixel);
}

double easeInOut(double t) {
    t = std::clamp(t, 0.0, 1.0);
    const double u = 2 - 2 * t;
    return t < 0.5 ? 4 * t * t * t : 1 - u * u * u / 2;
}

CameraView interpolateView(const CameraView& a, const CameraView& b, double t) {
    t = std::clamp(t, 0.0, 1.0);
    const double logA = std::log(a.metresPerPixel), logB = std::log(b.metresPerPixel);
    const double scale = std::exp(logA + (logB - logA) * t);
    // Move the centre in proportion to the progress of the zoom, so that a zoom-out-and-in does
    // not drift sideways; for a pure pan (equal scales) fall back to linear progress.
    double u = t;
    if (std::abs(logB - logA) > 1e-9) u = (1 / scale - 1 / a.metresPerPixel) / (1 / b.metresPerPixel - 1 / a.metresPerPixel);
    return {{a.centre.x + (b.centre.x - a.centre.x) * u, a.centre.y + (b.centre.y - a.centre.y) * u}, scale};
}

CameraView CameraFlight::viewAt(double timeMs) const {
    if (durationMs <= 0 || finishedAt(timeMs)) return to;
    return interpolateView(from, to, easeInOut((timeMs - startMs) / durationMs));
}

}  // namespace vk

namespace vk {

ScreenRect clearArea(ScreenSize viewport, const RevealRoom& room) {
    double left = room.marginPx, top = room.marginPx;
    double right = viewport.width - room.marginPx, bottom = viewport.height - room.marginPx;
    for (const ScreenRect& o : room.obstacles) {
        const ScreenRect area{left, top, right - left, bottom - top};
        if (!area.overlaps(o)) continue;
        // Cut the obstacle away from one side: whichever keeps the most area.
        const double keepLeftCut = (right - std::max(left, o.x + o.width)) * (bottom - top);
        const double keepRightCut = (std::min(right, o.x) - left) * (bottom - top);
        const double keepTopCut = (bottom - std::max(top, o.y + o.height)) * (right - left);
        const double keepBottomCut = (std::min(bottom, o.y) - top) * (right - left);
        const double best = std::max({keepLeftCut, keepRightCut, keepTopCut, keepBottomCut});
        if (best == keepLeftCut) left = std::max(left, o.x + o.width);
        else if (best == keepRightCut) right = std::min(right, o.x);
        else if (best == keepTopCut) top = std::max(top, o.y + o.height);
        else bottom = std::min(bottom, o.y);
    }
    return {left, top, std::max(right - left, 0.0), std::max(bottom - top, 0.0)};
}

namespace {

// The clear area less the room each target keeps for its label: half a label's width beside it
// and a label's height above and below, so that a label centred above or below fits.
ScreenRect targetArea(ScreenSize viewport, const RevealRoom& room) {
    const ScreenRect clear = clearArea(viewport, room);
    double roomX = room.labelPx.width / 2, roomY = room.labelPx.height > 0 ? room.labelPx.height + room.markerRadiusPx + 4 : 0;
    // Where that leaves nothing (a tiny map), keep what room there is.
    roomX = std::min(roomX, clear.width / 2 * 0.8);
    roomY = std::min(roomY, clear.height / 2 * 0.8);
    return {clear.x + roomX, clear.y + roomY, clear.width - 2 * roomX, clear.height - 2 * roomY};
}

bool anyCrowded(const Camera& camera, const std::vector<MapPoint>& targets, const std::vector<MapPoint>& others,
                double crowdedPx) {
    for (std::size_t i = 0; i < targets.size(); ++i) {
        const ScreenPoint p = camera.mapToScreen(targets[i]);
        const auto near = [&](MapPoint q) {
            const ScreenPoint s = camera.mapToScreen(q);
            return std::hypot(s.x - p.x, s.y - p.y) < crowdedPx;
        };
        for (const MapPoint& o : others)
            if (near(o)) return true;
        for (std::size_t j = i + 1; j < targets.size(); ++j)
            if (near(targets[j])) return true;
    }
    return false;
}

bool allInside(const Camera& camera, const std::vector<MapPoint>& targets, const ScreenRect& area) {
    for (const MapPoint& t : targets)
        if (!area.contains(camera.mapToScreen(t))) return false;
    return true;
}

// True when a marker of `points` that is on the map lies (with its radius) under an obstacle.
bool anyUnderObstacle(const Camera& camera, const std::vector<MapPoint>& points, const RevealRoom& room) {
    const double r = room.markerRadiusPx;
    for (const MapPoint& m : points) {
        const ScreenPoint p = camera.mapToScreen(m);
        const ScreenRect marker{p.x - r, p.y - r, 2 * r, 2 * r};
        for (const ScreenRect& o : room.obstacles)
            if (marker.overlaps(o)) return true;
    }
    return false;
}

}  // namespace

std::optional<CameraView> viewToReveal(const Camera& camera, const std::vector<MapPoint>& targets,
                                       const std::vector<MapPoint>& others, const RevealRoom& room) {
    if (targets.empty()) return std::nullopt;
    const ScreenSize size = camera.viewport();
    const ScreenRect area = targetArea(size, room);
    const bool crowded = anyCrowded(camera, targets, others, room.crowdedPx);
    if (!crowded && allInside(camera, targets, area)) return std::nullopt;

    MapBox box{targets[0].x, targets[0].y, targets[0].x, targets[0].y};
    for (const MapPoint& t : targets) box.include(t);
    const double fitScale = std::max(box.width() / std::max(area.width, 1.0), box.height() / std::max(area.height, 1.0));
    const double current = camera.view().metresPerPixel;
    const auto& limits = camera.limits();
    // Centre the box in the area (which need not be centred in the viewport).
    const auto viewAt = [&](double scale, double shiftX, double shiftY) {
        scale = std::clamp(scale, limits.minMetresPerPixel, limits.maxMetresPerPixel);
        const double areaX = area.x + area.width / 2 + shiftX, areaY = area.y + area.height / 2 + shiftY;
        CameraView v{{box.centre().x - (areaX - size.width / 2) * scale, box.centre().y + (areaY - size.height / 2) * scale}, scale};
        if (!limits.reach.empty()) {
            v.centre.x = std::clamp(v.centre.x, limits.reach.minX, limits.reach.maxX);
            v.centre.y = std::clamp(v.centre.y, limits.reach.minY, limits.reach.maxY);
        }
        return v;
    };
    const double scale = std::max(fitScale, crowded ? current / room.zoomInFactor : current);
    const CameraView first = viewAt(scale, 0, 0);
    if (room.obstacles.empty()) return first;

    // Keep the other markers out from under the controls: try small moves, nearest first, then a
    // little farther out; the first view that keeps every target in its area wins. A crowded pair
    // already in view is not worth zooming out for: then the view stays.
    Camera probe = camera;
    const auto acceptable = [&](const CameraView& v) {
        probe.setView(v);
        return allInside(probe, targets, area) && !anyUnderObstacle(probe, others, room);
    };
    if (acceptable(first)) return first;
    const bool fineAsItIs = acceptable(camera.view());
    constexpr double stepPx = 16;
    for (const double zoomOut : {1.0, 1.25, 1.6, 2.0}) {
        for (int ring = 0; ring <= 6; ++ring) {
            for (int dx = -ring; dx <= ring; ++dx) {
                for (int dy = -ring; dy <= ring; ++dy) {
                    if (std::max(std::abs(dx), std::abs(dy)) != ring) continue;
                    const CameraView v = viewAt(scale * zoomOut, dx * stepPx, dy * stepPx);
                    if (fineAsItIs && v.metresPerPixel > current) return std::nullopt;
                    if (acceptable(v)) return v;
                }
            }
        }
    }
    return first;
}

std::optional<CameraView> viewToReveal(const Camera& camera, MapPoint target, const std::vector<MapPoint>& others,
                                       double marginPx, double crowdedPx, double zoomInFactor) {
    RevealRoom room;
    room.marginPx = marginPx;
    room.crowdedPx = crowdedPx;
    room.zoomInFactor = zoomInFactor;
    room.markerRadiusPx = 0;
    return viewToReveal(camera, std::vector<MapPoint>{target}, others, room);
}

CameraLimits mapLimits(const MapBox& norwayBounds, const CameraView& fitView) {
    CameraLimits limits;
    // Every metre the camera can reach is geometry the page must load (assets/geo/README.md):
    // a little room around Norway for context, not a map of Europe.
    limits.maxMetresPerPixel = fitView.metresPerPixel * 1.25;
    limits.minMetresPerPixel = std::min(std::max(fitView.metresPerPixel / 32, 60.0), fitView.metresPerPixel);
    limits.reach = norwayBounds;
    const double growX = norwayBounds.width() / 4, growY = norwayBounds.height() / 4;
    limits.reach.minX -= growX;
    limits.reach.maxX += growX;
    limits.reach.minY -= growY;
    limits.reach.maxY += growY;
    return limits;
}

}  // namespace vk
