// The interaction rules as a state machine: normalised mouse, wheel, touch and key events in,
// actions out (pan, zoom, click a nominee, hover, hints, what ImGui should see). It holds what a
// gesture remembers between events (the press, the fingers down, the last touch) and nothing else;
// the platform converts its own events into InputEvent and applies the actions. The bindings are
// data (input_map.hpp). std only: never include GL, ImGui or Emscripten here.
//
// The rules (DESIGN, Interaction): a press that moves past the drag threshold pans, one that does
// not clicks; a short still finger taps; two fingers pan and pinch about their midpoint; double-click
// zooms in. Standalone, a plain wheel zooms and one finger pans. Embedded in another page (the
// gestures are cooperative), a plain wheel scrolls the host page with a hint, Ctrl/⌘ + wheel zooms,
// and one finger scrolls the page (a sideways swipe shows a hint). Over the panel or the map's
// controls, events go to the UI; a panel that cannot scroll further leaves the wheel to the page.
// Keys: arrows pan, + and − zoom about the map's centre, 0 resets the view, Escape clears.
#pragma once

#include <array>
#include <cstdlib>  // std::abort
#include <cstddef>
#include <string_view>
#include <vector>

#include "core/camera.hpp"
#include "core/geo.hpp"
#include "core/input_map.hpp"

namespace vk {

enum class InputKind {
    MouseDown,    // at, button
    MouseMove,    // at (may lie outside the canvas: a drag that left it still moves the map)
    MouseUp,      // at, button (anywhere: a drag that left the canvas still ends)
    MouseLeave,   // the pointer left the canvas
    DoubleClick,  // at
    Wheel,        // at, modifiers, wheelDelta, wheelUnit
    TouchStart,   // touches
    TouchMove,    // touches
    TouchEnd,     // touches, the lifted ones marked `lifted`
    TouchCancel,  // as TouchEnd: the browser took the touch over
    KeyDown,      // key, modifiers
};

enum class WheelUnit { Pixel, Line, Page };  // DOM deltaMode

struct TouchPoint {
    long id = 0;         // the pointer id (DOM Touch.identifier)
    CanvasPoint at;      // canvas CSS px
    bool lifted = false;  // TouchEnd/TouchCancel: this finger left (DOM changedTouches)
};

struct InputEvent {
    InputKind kind = InputKind::MouseMove;
    double timeMs = 0;     // one clock for every event (the page's performance.now()), ms
    CanvasPoint at;        // mouse and wheel: canvas CSS px
    int button = 0;        // DOM numbering: 0 main (left), 1 middle, 2 right
    Modifiers modifiers;
    double wheelDelta = 0;  // DOM deltaY: positive scrolls down, that is zooms out
    WheelUnit wheelUnit = WheelUnit::Pixel;
    std::string_view key;  // DOM KeyboardEvent.key
    std::vector<TouchPoint> touches;  // every finger on the surface
};

enum class Hint { CtrlWheelToZoom, TwoFingersToMove };
enum class Cursor { Default, Pointer, Grabbing };

enum class ActionKind {
    PanBy,           // move the map by (dx, dy) CSS px: it follows the pointer
    ZoomAt,          // scale by factor (> 1 zooms in), keeping `at` (canvas CSS px) where it is
    StopFlight,      // the visitor takes the camera: a running fly-to ends
    ResetView,       // back to the start view
    ClickNominee,    // the click rule (widget_state.hpp: clickNominee) on `nominee`
    Hover,           // `nominee` is under the pointer ("" for none)
    ClearSelection,  // Escape: the selection and a highlighted theme go
    ShowHint,        // show `hint` for InputMap::hintMs
    SetCursor,       // the canvas's cursor becomes `cursor`
    FocusCanvas,     // give the canvas keyboard focus (a press on the map is cancelled, so the browser won't)
    UiPointer,       // the UI sees the pointer at `at`, and `button` (DOM numbering) going `down` or up; -1 only moves
    UiPointerQuiet,  // as UiPointer moving only, but the UI learns it with the next frame: no frame is drawn for it
    UiWheel,         // the UI scrolls by `wheel` units (positive: towards the top)
};

struct InputAction {
    ActionKind kind;
    CanvasPoint at{};         // ZoomAt, UiPointer, UiPointerQuiet
    double dx = 0, dy = 0;    // PanBy
    double factor = 1;        // ZoomAt
    double wheel = 0;         // UiWheel
    std::string_view nominee{};  // ClickNominee, Hover: an id from GestureContext::nomineeAt
    Hint hint = Hint::CtrlWheelToZoom;
    Cursor cursor = Cursor::Default;
    int button = -1;          // UiPointer
    bool down = false;        // UiPointer

    static InputAction panBy(double dx, double dy);
    static InputAction zoomAt(CanvasPoint at, double factor);
    static InputAction only(ActionKind kind);  // StopFlight, ResetView, ClearSelection, FocusCanvas
    static InputAction clickNominee(std::string_view id);
    static InputAction hover(std::string_view id);
    static InputAction showHint(Hint hint);
    static InputAction setCursor(Cursor cursor);
    static InputAction uiPointer(CanvasPoint at, int button = -1, bool down = false);
    static InputAction uiPointerQuiet(CanvasPoint at);
    static InputAction uiWheel(double units);

    friend bool operator==(const InputAction&, const InputAction&) = default;
};

// Where the UI is told the pointer went when it left (a mouse left the canvas, a finger lifted).
inline constexpr CanvasPoint pointerGone{-1e6, -1e6};

struct GestureResult {
    static constexpr std::size_t maxActions = 4;  // the most one event needs: a tap on the panel
    std::array<InputAction, maxActions> actions{};  // the first `count`, in the order to apply them
    std::size_t count = 0;
    bool consumed = false;  // the widget took the event: the page must not act on it too (scroll,
                            // select text, send emulated mouse events after a tap)

    // No rule adds more than maxActions (gestures_test.cpp has the longest); one that did would
    // lose an action, so it stops here in every build.
    void add(const InputAction& action) {
        if (count == maxActions) std::abort();
        actions[count++] = action;
    }
    const InputAction* begin() const { return actions.data(); }
    const InputAction* end() const { return actions.data() + count; }
    std::vector<InputAction> list() const { return {begin(), end()}; }
};

// What the machine must know about the widget when an event arrives. Data for what the platform
// knows anyway; the three questions about what is drawn where are virtual, so that the platform
// answers them from the last frame and tests from a fake.
class GestureContext {
public:
    bool embedded = false;          // in a frame of another page: the gestures are cooperative
    CanvasSize canvas;              // CSS px
    CanvasRect map;                 // the map's part of the canvas
    bool somethingToClear = false;  // a selection or a highlighted theme (Escape clears them)

    virtual ~GestureContext() = default;
    // True when at (canvas px) lies on the panel or one of the map's controls.
    virtual bool overInterface(CanvasPoint at) const;
    // True when the panel can scroll by dyPx (positive: down, towards its end).
    virtual bool panelCanScroll(double dyPx) const;
    // The id of the nominee whose marker or label is at `at` (canvas px), with a finger's reach when
    // touch; "" for none. The id must stay valid until the event's actions are applied.
    virtual std::string_view nomineeAt(CanvasPoint at, bool touch) const;
};

class Gestures {
public:
    explicit Gestures(InputMap bindings = {}) : bindings_(bindings) {}

    // Applies the rules to one event; context describes the widget at that moment.
    GestureResult handle(const InputEvent& event, const GestureContext& context);

    // True after a touch and until the next real mouse press: the UI then sizes its controls for fingers.
    bool touchMode() const { return touchMode_; }
    const InputMap& bindings() const { return bindings_; }

private:
    void mouseDown(const InputEvent& e, const GestureContext& c, GestureResult& out);
    void mouseMove(const InputEvent& e, const GestureContext& c, GestureResult& out);
    void mouseUp(const InputEvent& e, const GestureContext& c, GestureResult& out);
    void doubleClick(const InputEvent& e, const GestureContext& c, GestureResult& out);
    void wheel(const InputEvent& e, const GestureContext& c, GestureResult& out);
    void touchStart(const InputEvent& e, const GestureContext& c, GestureResult& out);
    void touchMove(const InputEvent& e, const GestureContext& c, GestureResult& out);
    void touchEnd(const InputEvent& e, const GestureContext& c, GestureResult& out);
    void keyDown(const InputEvent& e, const GestureContext& c, GestureResult& out) const;
    bool mouseFromTouch(double timeMs) const;

    InputMap bindings_;
    // Mouse
    bool pressOnMap_ = false;  // the main button went down on bare map and is still down
    bool dragging_ = false;    // ... and has moved past the drag threshold
    CanvasPoint pressAt_, lastAt_;
    bool pointerOverInterface_ = false;  // the last mouse move was over the panel or the controls
    // Touch
    std::vector<TouchPoint> fingers_;  // down after the last touch event
    bool fingerMoved_ = false;         // the gesture can no longer be a tap
    bool fingerOnPanel_ = false;       // the gesture scrolls or taps the UI
    CanvasPoint fingerDownAt_;
    double fingerDownMs_ = 0;
    double lastTouchMs_ = -1e9;  // when a finger last touched or left the canvas
    bool touchMode_ = false;
};

}  // namespace vk
