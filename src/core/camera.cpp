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
    return t < 0.5 ? 4 * t * t * t : 1 - std::pow(-2 * t + 2, 3) / 2;
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

std::optional<CameraView> viewToReveal(const Camera& camera, MapPoint target, const std::vector<MapPoint>& others,
                                       double marginPx, double crowdedPx, double zoomInFactor) {
    const ScreenPoint p = camera.mapToScreen(target);
    const ScreenSize size = camera.viewport();
    const bool visible = p.x >= marginPx && p.y >= marginPx && p.x <= size.width - marginPx && p.y <= size.height - marginPx;
    bool crowded = false;
    for (const MapPoint& other : others) {
        const ScreenPoint q = camera.mapToScreen(other);
        crowded = crowded || std::hypot(q.x - p.x, q.y - p.y) < crowdedPx;
    }
    if (visible && !crowded) return std::nullopt;
    const auto& limits = camera.limits();
    const double scale = camera.view().metresPerPixel / (crowded ? zoomInFactor : 1.0);
    CameraView to{target, std::clamp(scale, limits.minMetresPerPixel, limits.maxMetresPerPixel)};
    if (!limits.reach.empty()) {
        to.centre.x = std::clamp(to.centre.x, limits.reach.minX, limits.reach.maxX);
        to.centre.y = std::clamp(to.centre.y, limits.reach.minY, limits.reach.maxY);
    }
    return to;
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
