// The map camera: which part of the map (in map metres) the canvas shows, and the conversions
// between map metres and screen CSS pixels. Pan, zoom about a point, fit a box, limits, and an
// eased flight between two views. Pure math: never include GL, ImGui or Emscripten here.
#pragma once

#include <optional>
#include <vector>

#include "core/geo.hpp"

namespace vk {

// Canvas size in CSS pixels.
struct ScreenSize {
    double width = 0;
    double height = 0;
    friend bool operator==(const ScreenSize&, const ScreenSize&) = default;
};

// What the camera looks at: the map point at the canvas centre and the scale.
struct CameraView {
    MapPoint centre;
    double metresPerPixel = 1000;
};

// Where the camera may go. reach: the centre stays inside this box; the scale stays between
// minMetresPerPixel (closest zoom) and maxMetresPerPixel (farthest).
struct CameraLimits {
    MapBox reach;
    double minMetresPerPixel = 1;
    double maxMetresPerPixel = 1e6;
};

class Camera {
public:
    // The canvas size; keeps the centre and scale. Sizes below 1 px are taken as 1 px.
    void setViewport(ScreenSize size);
    ScreenSize viewport() const { return viewportSize_; }

    void setLimits(const CameraLimits& limits);
    const CameraLimits& limits() const { return cameraLimits_; }

    const CameraView& view() const { return currentView_; }
    // Sets the view, clamped to the limits.
    void setView(const CameraView& view);

    // The view that shows all of box inside the canvas with paddingPx to spare on every side and
    // bottomReservePx more along the bottom edge (for an attribution line); not clamped, so that
    // callers can derive limits from it.
    CameraView viewFitting(const MapBox& box, double paddingPx, double bottomReservePx = 0) const;

    ScreenPoint mapToScreen(MapPoint point) const;
    MapPoint screenToMap(ScreenPoint point) const;

    // Zooms by factor about anchor: factor > 1 zooms in. The map point under anchor stays under
    // it unless a limit stops the zoom or the pan.
    void zoomAbout(ScreenPoint anchor, double factor);

    // Moves the map with the pointer: positive dx moves the content right, positive dy down.
    void panBy(double dxPx, double dyPx);

private:
    CameraView clamped(CameraView view) const;

    ScreenSize viewportSize_{1, 1};
    CameraLimits cameraLimits_;
    CameraView currentView_;
};

// Zoom level relative to a reference scale: 0 at the reference, +1 per halving of metres per
// pixel (so +1 is twice as close).
double zoomLevel(double metresPerPixel, double referenceMetresPerPixel);

// Ease-in-out (cubic) for t in [0, 1]; t outside is clamped.
double easeInOut(double t);

// The view a fraction t in [0, 1] along a flight from a to b: the scale moves evenly in log
// space, the centre with it, so the flight neither lurches nor overshoots.
CameraView interpolateView(const CameraView& a, const CameraView& b, double t);

// A flight from one view to another over durationMs milliseconds, eased at both ends.
struct CameraFlight {
    CameraView from;
    CameraView to;
    double startMs = 0;
    double durationMs = 0;

    // The view at timeMs; `to` once the flight is over (or when durationMs <= 0).
    CameraView viewAt(double timeMs) const;
    bool finishedAt(double timeMs) const { return timeMs >= startMs + durationMs; }
};

}  // namespace vk

namespace vk {

// The view to fly to so that target is in view and can be picked: nullopt when it already is
// (at least marginPx inside the viewport, and no point of others within crowdedPx of it on
// screen). Off-screen: centred at the same scale; crowded: centred and zoomInFactor closer. The
// result is clamped to the camera's limits.
std::optional<CameraView> viewToReveal(const Camera& camera, MapPoint target, const std::vector<MapPoint>& others,
                                       double marginPx = 40, double crowdedPx = 24, double zoomInFactor = 4);

// How far the widget lets a visitor go, given the view that fits mainland Norway: zoom out to
// 1.25 times that scale, in to 1/32 of it (but never closer than 60 m per pixel, past what the
// 1:10m map data can show), and keep the centre within Norway's box grown by a quarter of its
// size on every side. tools/geoprep cuts the map data to what these limits can show.
CameraLimits mapLimits(const MapBox& norwayBounds, const CameraView& fitView);

}  // namespace vk
