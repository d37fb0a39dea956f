// Mouse, wheel, touch and keyboard from Emscripten's html5.h, bound to the widget's own canvas
// (never the whole window). This file only converts html5.h events into core's InputEvent, asks
// the gesture machine (core/gestures.hpp: the interaction rules, unit-tested) what they mean, and
// applies the actions it returns to the camera, the state and ImGui's input queue.
#include <emscripten/html5.h>

#include "core/gestures.hpp"
#include "core/strings.hpp"
#include "imgui.h"
#include "platform/web/app.hpp"
#include "platform/web/bridge.hpp"
#include "ui/frame.hpp"

namespace vk::web {

namespace {

constexpr const char* canvasSelector = "#nominee-map-canvas";

// The widget as the gesture machine sees it when an event arrives: the page facts, and what the
// last frame drew where.
class CanvasContext final : public GestureContext {
public:
    CanvasContext() {
        const App& a = app();
        embedded = a.embedded;
        canvas = a.canvas;
        map = a.layout.map;
        somethingToClear = !a.state.selected.empty() || !a.state.highlightedTheme.empty();
    }
    bool overInterface(ScreenPoint at) const override {
        return ui::isOverInterface(static_cast<float>(at.x), static_cast<float>(at.y));
    }
    bool panelCanScroll(double dyPx) const override { return ui::canPanelScroll(static_cast<float>(dyPx)); }
    // A view of the id in the last frame's marker layout, which no action replaces.
    std::string_view nomineeAt(ScreenPoint at, bool touch) const override { return web::nomineeAt(at.x, at.y, touch); }
};

// DOM buttons are 0 left, 1 middle, 2 right; ImGui's are 0 left, 1 right, 2 middle.
int imguiButton(int domButton) { return domButton == 1 ? 2 : domButton == 2 ? 1 : 0; }

void pushImGuiPointer(ScreenPoint at, int button, bool down) {
    app().imguiEvents.push_back({static_cast<float>(at.x), static_cast<float>(at.y), button, down});
    app().requestFrames();
}

// A move over bare map changes nothing ImGui draws (hovering a marker goes through the state,
// which redraws): ImGui learns the position with the next frame, and no frame is drawn for it.
void movePointerQuietly(ScreenPoint at) {
    auto& events = app().imguiEvents;
    const ImGuiPointerEvent move{static_cast<float>(at.x), static_cast<float>(at.y)};
    if (!events.empty() && events.back().button < 0) events.back() = move;
    else events.push_back(move);
}

void setHover(std::string_view id) {
    App& a = app();
    if (a.state.hover == id) return;
    commitState(vk::setHover(a.state, id));
    vk_js_set_cursor(id.empty() ? "" : "pointer");
}

void showHint(Hint hint) {
    App& a = app();
    a.notice = tr(hint == Hint::CtrlWheelToZoom ? Str::wheelHint : Str::touchHint, a.state.lang);
    a.noticeUntilMs = nowMs() + a.gestures.bindings().hintMs;
    a.requestFrames();
}

const char* cursorName(Cursor cursor) {
    switch (cursor) {
        case Cursor::Pointer: return "pointer";
        case Cursor::Grabbing: return "grabbing";
        case Cursor::Default: break;
    }
    return "";
}

void apply(const InputAction& action) {
    App& a = app();
    switch (action.kind) {
        case ActionKind::PanBy:
            a.camera.panBy(action.dx, action.dy);
            a.requestFrames();
            break;
        case ActionKind::ZoomAt: zoomMapAbout(action.at.x, action.at.y, action.factor); break;
        case ActionKind::StopFlight: a.flight.reset(); break;
        case ActionKind::ResetView:
            a.flight.reset();
            a.camera.setView(a.fitView);
            a.requestFrames();
            break;
        case ActionKind::ClickNominee:
            commitState(clickNominee(a.state, action.nominee));
            revealIfSelected(std::string(action.nominee));
            break;
        case ActionKind::Hover: setHover(action.nominee); break;
        case ActionKind::ClearSelection: commitState(clearAll(a.state)); break;
        case ActionKind::ShowHint: showHint(action.hint); break;
        case ActionKind::SetCursor: vk_js_set_cursor(cursorName(action.cursor)); break;
        case ActionKind::FocusCanvas: vk_js_focus_canvas(); break;
        case ActionKind::UiPointer:
            pushImGuiPointer(action.at, action.button < 0 ? -1 : imguiButton(action.button), action.down);
            break;
        case ActionKind::UiPointerQuiet: movePointerQuietly(action.at); break;
        case ActionKind::UiWheel: a.imguiWheel += static_cast<float>(action.wheel); break;
    }
}

EM_BOOL dispatch(InputEvent event) {
    event.timeMs = nowMs();
    const GestureResult result = app().gestures.handle(event, CanvasContext{});
    for (const InputAction& action : result) apply(action);
    return result.consumed ? EM_TRUE : EM_FALSE;
}

Modifiers modifiersOf(EM_BOOL ctrl, EM_BOOL meta, EM_BOOL alt, EM_BOOL shift) {
    return {ctrl != 0, meta != 0, alt != 0, shift != 0};
}

// at: the event's position on the canvas (CSS px).
InputEvent mouseEvent(InputKind kind, const EmscriptenMouseEvent* e, ScreenPoint at) {
    InputEvent event;
    event.kind = kind;
    event.at = at;
    event.button = e->button;
    event.modifiers = modifiersOf(e->ctrlKey, e->metaKey, e->altKey, e->shiftKey);
    return event;
}

// For a mouse event registered on the canvas.
ScreenPoint targetPoint(const EmscriptenMouseEvent* e) {
    return {static_cast<double>(e->targetX), static_cast<double>(e->targetY)};
}

// For a mouse event registered on the window (a drag that leaves the canvas still moves and ends).
ScreenPoint canvasPoint(const EmscriptenMouseEvent* e) {
    double origin[2] = {0, 0};
    vk_js_canvas_origin(origin);
    return {e->clientX - origin[0], e->clientY - origin[1]};
}

EM_BOOL onMouseDown(int, const EmscriptenMouseEvent* e, void*) {
    return dispatch(mouseEvent(InputKind::MouseDown, e, targetPoint(e)));
}
EM_BOOL onMouseUp(int, const EmscriptenMouseEvent* e, void*) {
    return dispatch(mouseEvent(InputKind::MouseUp, e, canvasPoint(e)));
}
EM_BOOL onMouseMove(int, const EmscriptenMouseEvent* e, void*) {
    return dispatch(mouseEvent(InputKind::MouseMove, e, canvasPoint(e)));
}
EM_BOOL onMouseLeave(int, const EmscriptenMouseEvent* e, void*) {
    return dispatch(mouseEvent(InputKind::MouseLeave, e, targetPoint(e)));
}
EM_BOOL onDoubleClick(int, const EmscriptenMouseEvent* e, void*) {
    return dispatch(mouseEvent(InputKind::DoubleClick, e, targetPoint(e)));
}

EM_BOOL onWheel(int, const EmscriptenWheelEvent* e, void*) {
    InputEvent event = mouseEvent(InputKind::Wheel, &e->mouse, targetPoint(&e->mouse));
    event.wheelDelta = e->deltaY;
    event.wheelUnit = e->deltaMode == DOM_DELTA_LINE   ? WheelUnit::Line
                      : e->deltaMode == DOM_DELTA_PAGE ? WheelUnit::Page
                                                       : WheelUnit::Pixel;
    return dispatch(std::move(event));
}

EM_BOOL onTouch(int eventType, const EmscriptenTouchEvent* e, void*) {
    InputEvent event;
    event.kind = eventType == EMSCRIPTEN_EVENT_TOUCHSTART  ? InputKind::TouchStart
                 : eventType == EMSCRIPTEN_EVENT_TOUCHMOVE ? InputKind::TouchMove
                 : eventType == EMSCRIPTEN_EVENT_TOUCHEND  ? InputKind::TouchEnd
                                                           : InputKind::TouchCancel;
    event.modifiers = modifiersOf(e->ctrlKey, e->metaKey, e->altKey, e->shiftKey);
    for (int i = 0; i < e->numTouches; ++i) {
        const EmscriptenTouchPoint& t = e->touches[i];
        event.touches.push_back({t.identifier, {static_cast<double>(t.targetX), static_cast<double>(t.targetY)}, t.isChanged != 0});
    }
    return dispatch(std::move(event));
}

EM_BOOL onKeyDown(int, const EmscriptenKeyboardEvent* e, void*) {
    InputEvent event;
    event.kind = InputKind::KeyDown;
    event.key = e->key;
    event.modifiers = modifiersOf(e->ctrlKey, e->metaKey, e->altKey, e->shiftKey);
    return dispatch(std::move(event));
}

EM_BOOL onResize(int, const EmscriptenUiEvent*, void*) {
    app().requestFrames();
    return EM_FALSE;
}

}  // namespace

void registerInput() {
    emscripten_set_mousedown_callback(canvasSelector, nullptr, EM_FALSE, onMouseDown);
    emscripten_set_mousemove_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, onMouseMove);
    emscripten_set_mouseup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, onMouseUp);
    emscripten_set_mouseleave_callback(canvasSelector, nullptr, EM_FALSE, onMouseLeave);
    emscripten_set_dblclick_callback(canvasSelector, nullptr, EM_FALSE, onDoubleClick);
    emscripten_set_wheel_callback(canvasSelector, nullptr, EM_FALSE, onWheel);
    emscripten_set_touchstart_callback(canvasSelector, nullptr, EM_FALSE, onTouch);
    emscripten_set_touchmove_callback(canvasSelector, nullptr, EM_FALSE, onTouch);
    emscripten_set_touchend_callback(canvasSelector, nullptr, EM_FALSE, onTouch);
    emscripten_set_touchcancel_callback(canvasSelector, nullptr, EM_FALSE, onTouch);
    emscripten_set_keydown_callback(canvasSelector, nullptr, EM_FALSE, onKeyDown);
    emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, onResize);
}

}  // namespace vk::web
