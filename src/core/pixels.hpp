// Screen-space value types, one per space, with the conversions between them named after the
// spaces. Map-view pixels (Screen*) are the camera's: CSS px from the map's top-left corner.
// Canvas pixels (Canvas*) are the page's and ImGui's: CSS px from the canvas's top-left corner.
// Device pixels (Device*) are the canvas's backing store: CSS px times the device pixel ratio.
// They convert only through the functions below, never implicitly. Std only: never include GL,
// ImGui or Emscripten here.
#pragma once

namespace vk {

namespace pixels_detail {
template <class Rect, class Point>
bool contains(const Rect& r, Point p) {
    return p.x >= r.x && p.x <= r.x + r.width && p.y >= r.y && p.y <= r.y + r.height;
}
template <class Rect>
bool overlaps(const Rect& a, const Rect& b, double gap) {
    return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}
}  // namespace pixels_detail

// Map-view pixels ---------------------------------------------------------------------------

// Point in the map view, CSS px from the map's top-left corner, y down (Camera::mapToScreen).
struct ScreenPoint {
    double x = 0;
    double y = 0;
    friend bool operator==(const ScreenPoint&, const ScreenPoint&) = default;
};

// Size in CSS px (the map view's, a label's, a text's).
struct ScreenSize {
    double width = 0;
    double height = 0;
    friend bool operator==(const ScreenSize&, const ScreenSize&) = default;
};

// Axis-aligned rectangle in map-view CSS px.
struct ScreenRect {
    double x = 0, y = 0, width = 0, height = 0;  // top-left corner and size

    bool contains(ScreenPoint p) const { return pixels_detail::contains(*this, p); }
    // True when the two rectangles share more than a touching edge, with `gap` pixels required
    // between them.
    bool overlaps(const ScreenRect& other, double gap = 0) const { return pixels_detail::overlaps(*this, other, gap); }
    friend bool operator==(const ScreenRect&, const ScreenRect&) = default;
};

// Canvas pixels -----------------------------------------------------------------------------

// Point on the canvas, CSS px from its top-left corner, y down: pointer events, ImGui,
// NomineeMap.project() and targets().
struct CanvasPoint {
    double x = 0;
    double y = 0;
    friend bool operator==(const CanvasPoint&, const CanvasPoint&) = default;
};

// The canvas's size in CSS px.
struct CanvasSize {
    double width = 0;
    double height = 0;
    friend bool operator==(const CanvasSize&, const CanvasSize&) = default;
};

// Axis-aligned rectangle on the canvas, CSS px (the map's and the panel's parts, a control).
struct CanvasRect {
    double x = 0, y = 0, width = 0, height = 0;  // top-left corner and size

    bool contains(CanvasPoint p) const { return pixels_detail::contains(*this, p); }
    bool overlaps(const CanvasRect& other, double gap = 0) const { return pixels_detail::overlaps(*this, other, gap); }
    CanvasPoint origin() const { return {x, y}; }
    CanvasPoint centre() const { return {x + width / 2, y + height / 2}; }
    ScreenSize size() const { return {width, height}; }  // as the map view's size, when this is the map
    friend bool operator==(const CanvasRect&, const CanvasRect&) = default;
};

// Between canvas and map view: mapOnCanvas is where the map view lies on the canvas.
inline ScreenPoint canvasToMapView(CanvasPoint p, const CanvasRect& mapOnCanvas) {
    return {p.x - mapOnCanvas.x, p.y - mapOnCanvas.y};
}
inline CanvasPoint mapViewToCanvas(ScreenPoint p, const CanvasRect& mapOnCanvas) {
    return {p.x + mapOnCanvas.x, p.y + mapOnCanvas.y};
}
inline ScreenRect canvasToMapView(const CanvasRect& r, const CanvasRect& mapOnCanvas) {
    return {r.x - mapOnCanvas.x, r.y - mapOnCanvas.y, r.width, r.height};
}
inline CanvasRect mapViewToCanvas(const ScreenRect& r, const CanvasRect& mapOnCanvas) {
    return {r.x + mapOnCanvas.x, r.y + mapOnCanvas.y, r.width, r.height};
}

// Device pixels -----------------------------------------------------------------------------

// A rectangle of the backing store in whole device pixels, with GL's origin at the bottom left
// (glViewport, glScissor).
struct DeviceRect {
    int x = 0, y = 0, width = 0, height = 0;
    friend bool operator==(const DeviceRect&, const DeviceRect&) = default;
};

// The backing store's size for a canvas: CSS size times pixelRatio, rounded to whole pixels.
DeviceRect canvasToDevice(CanvasSize canvas, double pixelRatio);

// A part of the canvas in device pixels, bottom-left origin, for a backing store of the canvas's
// size (canvasToDevice): each edge rounded, so that neighbouring parts share their edge.
DeviceRect canvasToDevice(const CanvasRect& rect, CanvasSize canvas, double pixelRatio);

// Back to canvas CSS px (top-left origin): the inverse of the above, up to the rounding.
CanvasRect deviceToCanvas(const DeviceRect& rect, CanvasSize canvas, double pixelRatio);

// Samples per device pixel for the map's picture (the rest is ImGui, which smooths its own
// edges), 0 for none. Below a ratio of 1.5, 4x multisampling is what keeps the coast from
// stair-stepping; from 1.5 up the backing store already has at least 2.25 pixels per CSS pixel,
// and 4x more would cost the GPU for an edge nobody can see (docs/ARCHITECTURE.md, "Frames").
constexpr int mapSamples(double pixelRatio) { return pixelRatio < 1.5 ? 4 : 0; }

}  // namespace vk
