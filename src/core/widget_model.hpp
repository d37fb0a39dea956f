// The widget as one object: its content (nominee data, the map's extent, what went wrong), its
// state (WidgetState and the nominee focused from the text version), and its view (layout, camera,
// flight), with the view rules as methods: a resize keeps a visitor's view, a fly-to keeps room
// for labels and clear of the controls, a pointer or finger picks a marker within its hit radius,
// a link in replace mode is the whole state. The platform owns one and drives it; it knows no
// browser. Std only: never include GL, ImGui or Emscripten here.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/camera.hpp"
#include "core/comparison.hpp"  // ThemeMatrix
#include "core/hit_test.hpp"
#include "core/layout.hpp"
#include "core/map_scene.hpp"
#include "core/nominees.hpp"
#include "core/pixels.hpp"
#include "core/url_state.hpp"
#include "core/widget_state.hpp"

namespace vk {

// The view rules' numbers, each with its default and meaning.
struct ViewRules {
    double flightMs = 650;                // a fly-to takes this long (none with reduced motion)
    double mouseHitRadiusPx = 12;         // a mouse picks a marker within this of its centre
    double touchHitRadiusPx = 22;         // a finger does within this (a 44 px target)
    double mouseLabelSlopPx = 2;          // a mouse picks a label this far outside its box
    double touchLabelSlopPx = 8;          // a finger does this far outside
    double revealMarginPx = 12;           // a revealed nominee keeps this far from the map's edges
    double revealMarkerRadiusPx = 11;     // a selected marker's half size with its edge
    ScreenSize unmeasuredLabelPx{96, 19};  // a label's room before a frame has measured the labels
    double attributionStripPx = 24;       // the start view keeps Norway clear of the attribution
};

class WidgetModel {
public:
    explicit WidgetModel(ViewRules rules = {}) : rules_(rules) {}
    const ViewRules& rules() const { return rules_; }

    // Content --------------------------------------------------------------------------------
    void setContent(LoadResult content) { content_ = Content(std::move(content)); }
    const LoadResult& content() const { return content_.loaded; }
    const NomineeData& data() const { return content_.loaded.data; }
    // Who does what (the panel's matrix), made once for the content instead of every frame.
    const ThemeMatrix& themeMatrix() const { return content_.themeMatrix; }
    // The map's geometry is loaded: fits the start view to Norway (norwayBounds, map metres) and
    // sets the camera's limits from it.
    void setMap(const MapBox& norwayBounds);
    bool mapLoaded() const { return mapLoaded_; }
    // The map could not be loaded, and why (in English, for the console and the visitor's message).
    void setMapProblem(std::string message) { mapProblem_ = std::move(message); }
    // Every problem for the console: the data's as "JSON pointer: message", then "map: why".
    std::vector<std::string> problemDetails() const;
    // What the visitor is told, worded in the state's language: nothing when all is well.
    std::vector<std::string> visitorProblems() const;

    // State ----------------------------------------------------------------------------------
    const WidgetState& state() const { return state_; }
    void setState(WidgetState next) { state_ = std::move(next); }
    // The state a link gives (parseUrlState): in replace mode the link is the whole state
    // (the visitor edited the hash), so what it leaves out goes back to the default, except the
    // hover and the reader's colour scheme, which no link carries; otherwise it adds to the state.
    WidgetState stateAfterLink(const UrlState& link, bool replace) const;
    // Keyboard focus in the text version: a nominee id (unknown ids count as none) and where the
    // focused text covers the canvas (kept clear by reveals; empty when it covers nothing).
    // Brings a focused nominee into view.
    void setFocus(const std::string& id, CanvasRect cover, double nowMs);
    const std::string& focused() const { return focused_; }

    // View -----------------------------------------------------------------------------------
    // Lays out map and panel for the canvas. A view the visitor has moved stays (centre and scale,
    // within the new limits), as it must on phones, where the panel's height changes the canvas;
    // an untouched view refits. True when the size changed.
    bool resize(CanvasSize canvas);
    CanvasSize canvas() const { return canvas_; }
    const WidgetLayout& layout() const { return layout_; }
    const Camera& camera() const { return camera_; }
    const CameraView& fitView() const { return fitView_; }
    void setReducedMotion(bool reduced) { reducedMotion_ = reduced; }
    bool flying() const { return flight_.has_value(); }

    // Each of these stops a flight. dx, dy: CSS px, positive moves the content right and down.
    void panBy(double dxPx, double dyPx);
    // factor > 1 zooms in; the map point under anchor stays under it (within the limits).
    void zoomAbout(CanvasPoint anchor, double factor);
    void zoomAboutCentre(double factor);  // about the map's centre (buttons, keys, the API)
    void resetView();                      // back to the start view
    void stopFlight() { flight_.reset(); }

    // Fly-to ---------------------------------------------------------------------------------
    // Brings the nominees into view (viewToReveal with revealRoom()): at once when a frame has
    // drawn the controls where this layout has them, else at the first advance() after one has.
    void reveal(std::vector<std::string> ids, double nowMs);
    void flyToNominee(const std::string& id, double nowMs);  // a known id, else nothing
    // After a visitor's pick of id: when it is (still) selected, brings the selection into view,
    // both nominees of a comparison.
    void revealIfSelected(const std::string& id, double nowMs);
    bool revealPending() const { return !revealPending_.empty(); }
    // What a reveal keeps clear: the drawn controls and the focused text version (map-view px),
    // the margin, and room for a label as big as the largest drawn one.
    RevealRoom revealRoom() const;
    // The frame at timeMs: starts a pending reveal once the controls are drawn, moves a flight.
    // True when the frame must be drawn (the view moved, or a reveal waits for a drawn frame).
    bool advance(double timeMs);

    // The map scene (core/map_scene.hpp: markers, labels, controls and hit targets in map-view px)
    // for the current state, camera and layout: the UI draws it, hit tests and reveals use it.
    void setScene(MapScene scene);
    const MapScene& scene() const { return scene_; }
    bool controlsDrawn() const { return controlsDrawn_; }

    // Hit testing and projection (canvas px) --------------------------------------------------
    bool insideMap(CanvasPoint p) const { return layout_.map.contains(p); }
    // The nominee whose marker (within the mouse's or the finger's radius) or label is under p,
    // in the scene; "" for none or off the map. A view of the id in the scene (valid until the
    // next setScene).
    std::string_view nomineeAt(CanvasPoint p, bool touch) const;
    CanvasPoint project(LonLat position) const;

private:
    void fitStartView();
    void flyToReveal(const std::vector<std::string>& ids, double nowMs);

    ViewRules rules_;
    // The content with its theme matrix, which points into it: a copy makes its own matrix (a
    // move keeps the data's elements where they are, and with them the matrix's pointers).
    struct Content {
        LoadResult loaded;
        ThemeMatrix themeMatrix;
        Content() = default;
        explicit Content(LoadResult result) : loaded(std::move(result)), themeMatrix(buildThemeMatrix(loaded.data)) {}
        Content(const Content& other) : Content(LoadResult(other.loaded)) {}
        Content& operator=(const Content& other) { return *this = Content(other); }
        Content(Content&&) = default;
        Content& operator=(Content&&) = default;
    };
    Content content_;
    bool mapLoaded_ = false;
    MapBox norwayBounds_;
    std::string mapProblem_;

    WidgetState state_;
    std::string focused_;
    CanvasRect focusedCover_;

    CanvasSize canvas_;
    WidgetLayout layout_;
    Camera camera_;
    CameraView fitView_;
    std::optional<CameraFlight> flight_;
    bool viewPlaced_ = false;  // the start view has been set once
    bool reducedMotion_ = false;
    std::vector<std::string> revealPending_;

    MapScene scene_;
    bool controlsDrawn_ = false;  // scene_.controls are for the current layout
};

}  // namespace vk
