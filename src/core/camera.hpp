// The map camera: which part of the map (in map metres) the canvas shows, and the conversions
// between map metres and map-view CSS pixels (core/pixels.hpp). Pan, zoom about a point, fit a box, limits, and an
// eased flight between two views. Pure math: never include GL, ImGui or Emscripten here.
#pragma once

#include <optional>
#include <vector>

#include "core/geo.hpp"
#include "core/pixels.hpp"

namespace vk {

// What the camera looks at: the map point at the centre of the map view (the canvas less the
// panel, core/layout.hpp) and the scale.
struct CameraView {
    MapPoint centre;
    double metresPerPixel = 1000;
    friend bool operator==(const CameraView&, const CameraView&) = default;
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
    // The map view's size; keeps the centre and scale. Sizes below 1 px are taken as 1 px.
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

// What must stay clear when the camera brings nominees into view, in the camera's screen px.
struct RevealRoom {
    std::vector<ScreenRect> obstacles;  // the map's own controls: no marker may end up under one
    double marginPx = 40;               // targets keep this far from the viewport's edges
    ScreenSize labelPx;                 // a label's size: room is kept beside each target for it
    double markerRadiusPx = 9;
    double crowdedPx = 24;       // a target closer than this to another marker counts as crowded
    double zoomInFactor = 4;     // how much closer a crowded target is shown
};

// The part of the viewport where a target is comfortably in view: the viewport less marginPx on
// every side, less each obstacle cut from the side where that costs the least area.
ScreenRect clearArea(ScreenSize viewport, const RevealRoom& room);

// The view to fly to so that every target is in view and can be picked, with room for its label
// and clear of the obstacles: nullopt when the current view already does that (each target
// inside clearArea shrunk by its label's room, none within crowdedPx of another marker on
// screen). Otherwise the targets' box is centred in that area, at the current scale or farther
// out if they do not fit (never closer, unless a target is crowded: then up to zoomInFactor
// closer, as far as they all fit); then moved a little, or out, so that no other marker lies
// under an obstacle. Clamped to the camera's limits. targets must not be empty (nullopt if so).
std::optional<CameraView> viewToReveal(const Camera& camera, const std::vector<MapPoint>& targets,
                                       const std::vector<MapPoint>& others, const RevealRoom& room);

// One target, no obstacles and no label room: the rule above with marginPx, crowdedPx and
// zoomInFactor as given.
std::optional<CameraView> viewToReveal(const Camera& camera, MapPoint target, const std::vector<MapPoint>& others,
                                       double marginPx = 40, double crowdedPx = 24, double zoomInFactor = 4);

// How far the widget lets a visitor go, given the view that fits mainland Norway: zoom out to
// 1.25 times that scale, in to 1/32 of it (but never closer than 60 m per pixel, past what the
// 1:10m map data can show), and keep the centre within Norway's box grown by a quarter of its
// size on every side. tools/geoprep cuts the map data to what these limits can show.
CameraLimits mapLimits(const MapBox& norwayBounds, const CameraView& fitView);

}  // namespace vk
