// The map scene: where each nominee's marker is, how it is drawn, where its label goes, where the
// map's controls sit and what a pointer hits, from the state, the camera and the layout. The ui
// draws exactly this scene (ui/map_overlay.cpp) and input hit-tests the same one, so what a
// visitor sees is what a click finds. Text is measured by an injected function (the ui passes its
// fonts; tests a fake). std only: never include GL, ImGui or Emscripten here.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/camera.hpp"
#include "core/hit_test.hpp"
#include "core/labels.hpp"
#include "core/layout.hpp"
#include "core/nominees.hpp"
#include "core/widget_state.hpp"

namespace vk {

// A face of the widget's typeface; the ui maps each to a font it has built.
struct TextStyle {
    double sizePx = 13;
    bool semibold = false;
    friend bool operator==(const TextStyle&, const TextStyle&) = default;
};

inline constexpr TextStyle labelTextStyle{13, true};         // the names on the map
inline constexpr TextStyle attributionTextStyle{13, false};  // map data and source, bottom left

// Measures text for the scene: the size in CSS px of text set in style, wrapped at wrapWidthPx
// (0: one line), never negative. Refers to a callable with that signature (the ui's fonts, or a
// test's fake) without owning or copying it, like C++26's std::function_ref: the callable must
// outlive the call it is passed to. Smaller in the wasm than a std::function.
class TextMeasure {
public:
    template <class Measure>
    TextMeasure(const Measure& measure)  // NOLINT(google-explicit-constructor): passed as a function is
        : callable_(&measure), call_([](const void* callable, std::string_view text, TextStyle style, double wrapWidthPx) {
              return ScreenSize((*static_cast<const Measure*>(callable))(text, style, wrapWidthPx));
          }) {}

    ScreenSize operator()(std::string_view text, TextStyle style, double wrapWidthPx) const {
        return call_(callable_, text, style, wrapWidthPx);
    }

private:
    const void* callable_;
    ScreenSize (*call_)(const void*, std::string_view, TextStyle, double);
};

// The attribution line under the map ("Kartdata: Natural Earth · Kilde: ..."), worded in lang.
std::string attributionText(const NomineeData& data, Lang lang);

enum class MarkerFill { Plain, Left, Right };  // Left/Right: the first/second selected nominee

struct SceneMarker {
    std::string id;
    std::string name;            // the label's text
    NomineeClass nomineeClass = NomineeClass::Small;  // circle (small) or square (large)
    ScreenPoint centre;          // map px, origin at the map's top-left corner
    double sizePx = 7;           // the circle's radius or the square's half side, edge not included
    MarkerFill fill = MarkerFill::Plain;
    bool emphasised = false;     // under the pointer or keyboard focus: drawn on top, label outlined
    bool focused = false;        // keyboard focus (from the text version): a focus ring
    bool enabled = true;         // passes the class filter; a dimmed marker can still be picked
    bool themeHighlighted = false;  // has the theme picked in the theme matrix: a halo
    bool winner = false;         // the data names it its class's winner: a ring
    double alpha = 1;            // 1, or dimmedAlpha when dimmed and neither emphasised nor selected
    LabelPlacement label;        // map px; hidden when no spot is clear of the controls
};

struct MapScene {
    ScreenSize viewport;               // the map's size, CSS px
    MapControlBoxes controls;          // legend, zoom buttons, attribution: map px
    std::vector<SceneMarker> markers;  // in the data's order
    std::vector<std::size_t> drawOrder;  // indices into markers, back to front
    std::vector<HitTarget> hitTargets;   // each marker with its label (none when hidden), in the markers' order
    std::vector<LabelRequest> labelRequests;  // what the label placement was for (to reuse it)

    // The marker of a nominee, or nullptr.
    const SceneMarker* marker(std::string_view id) const;
    // The nominee under a point in map px, or "": a marker within radiusPx of its centre (the
    // nearest wins), else a label grown by slopPx on each side (core/hit_test.hpp). A view of the
    // id in this scene (the gesture machine's actions carry it until they are applied).
    std::string_view nomineeAt(ScreenPoint point, double radiusPx, double slopPx) const;

    // A scene with the map's controls only, nothing drawn yet: enough for the model's fly-to
    // rules to keep clear of the controls (tests, and the start before the first frame).
    static MapScene withControls(const MapControlBoxes& controls) {
        MapScene scene;
        scene.controls = controls;
        return scene;
    }
};

// What the scene is built from besides the state and the camera.
struct MapSceneView {
    WidgetLayout layout;   // the map's part of the canvas (the camera's viewport is its size)
    bool touch = false;    // the last pointer was a finger: bigger controls
    std::string focused;   // nominee id with keyboard focus (from the text version), or ""
};

inline constexpr double markerSizePx = 7;            // radius or half side
inline constexpr double emphasisGrowthPx = 2;        // added when hovered, focused or selected
inline constexpr double dimmedAlpha = 0.35;          // filtered out, or without the highlighted theme
inline constexpr double labelMarkerRadiusPx = 9;     // labels keep this far from any marker's centre
inline constexpr double labelPaddingXPx = 5, labelPaddingYPx = 3;  // text inside its label box
inline constexpr double labelGapPx = 2;              // between two labels

// Builds the scene. When previous was built with the same label requests, controls and viewport,
// its label placement (a search) is reused, so a hover or a panel click moves no label and costs
// no search. data may hold no nominees (an empty scene, controls still placed).
MapScene buildMapScene(const NomineeData& data, const WidgetState& state, const Camera& camera, const MapSceneView& view,
                       const TextMeasure& measure, const MapScene* previous = nullptr);

}  // namespace vk
