// Mouse, wheel, touch and keyboard from Emscripten's html5.h, bound to the widget's own canvas
// (never the whole window). This file only converts html5.h events into core's InputEvent, asks
// the gesture machine (core/gestures.hpp: the interaction rules, unit-tested) what they mean, and
// applies the actions it returns to the model (camera and state) and to ImGui's platform backend
// (backends/imgui_impl_html5.h). Every callback gets the one App as its user data.
#include <emscripten/html5.h>

#include "backends/imgui_impl_html5.h"
#include "core/gestures.hpp"
#include "core/strings.hpp"
#include "platform/web/app.hpp"
#include "platform/web/bridge.hpp"
#include "ui/frame.hpp"

namespace vk::web {

namespace {

// The widget as the gesture machine sees it when an event arrives: the page facts, and what the
// last frame drew where.
class CanvasContext final : public GestureContext {
public:
    explicit CanvasContext(const App& a) : app_(a) {
        embedded = a.page.embedded;
        // The gesture machine works in canvas px throughout, as the layout does.
        canvas = a.model.canvas();
        map = a.model.layout().map;
        const WidgetState& state = a.model.state();
        somethingToClear = !state.selected.empty() || !state.highlightedTheme.empty();
    }
    bool overInterface(CanvasPoint at) const override {
        return ui::isOverInterface(static_cast<float>(at.x), static_cast<float>(at.y));
    }
    bool panelCanScroll(double dyPx) const override { return ui::canPanelScroll(static_cast<float>(dyPx)); }
    // A view of the id in the model's map scene, which no action replaces.
    std::string_view nomineeAt(CanvasPoint at, bool touch) const override { return web::nomineeAt(app_, at, touch); }

private:
    const App& app_;
};

// What ImGui sees goes through its platform backend; a pointer event for it asks for a frame.
// button: the DOM's numbering (the backend maps it to ImGui's), -1 for a move.
void pushImGuiPointer(App& a, CanvasPoint at, int button, bool down) {
    if (button < 0) ImGui_ImplHtml5_AddMousePos(at.x, at.y);
    else ImGui_ImplHtml5_AddMouseButton(at.x, at.y, button, down);
    a.requestFrames();
}

// A move over bare map changes nothing ImGui draws (hovering a marker goes through the state,
// which redraws): ImGui learns the position with the next frame, and no frame is drawn for it.
void movePointerQuietly(CanvasPoint at) { ImGui_ImplHtml5_AddQuietMousePos(at.x, at.y); }

void setHover(App& a, std::string_view id) {
    if (a.model.state().hover == id) return;
    commitState(a, vk::setHover(a.model.state(), id));
    a.input.pendingCursor = id.empty() ? "" : "pointer";
}

void showHint(App& a, Hint hint) {
    a.input.notice = tr(hint == Hint::CtrlWheelToZoom ? Str::wheelHint : Str::touchHint, a.model.state().lang);
    a.input.noticeUntilMs = nowMs() + a.input.gestures.bindings().hintMs;
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

void apply(App& a, const InputAction& action) {
    switch (action.kind) {
        case ActionKind::PanBy:
            a.model.panBy(action.dx, action.dy);
            a.requestFrames();
            break;
        case ActionKind::ZoomAt: zoomMapAbout(a, action.at, action.factor); break;
        case ActionKind::StopFlight: a.model.stopFlight(); break;
        case ActionKind::ResetView:
            a.model.resetView();
            a.requestFrames();
            break;
        case ActionKind::ClickNominee: {
            const std::string id(action.nominee);  // the scene the view points into may change
            commitState(a, clickNominee(a.model.state(), id));
            revealIfSelected(a, id);
            break;
        }
        case ActionKind::Hover: setHover(a, action.nominee); break;
        case ActionKind::ClearSelection: commitState(a, clearAll(a.model.state())); break;
        case ActionKind::ShowHint: showHint(a, action.hint); break;
        case ActionKind::SetCursor: a.input.pendingCursor = cursorName(action.cursor); break;
        case ActionKind::FocusCanvas: vk_js_focus_canvas(); break;
        case ActionKind::UiPointer: pushImGuiPointer(a, action.at, action.button, action.down); break;
        case ActionKind::UiPointerQuiet: movePointerQuietly(action.at); break;
        // The machine counts ImGui wheel units already (InputBindings::panelPxPerWheelUnit).
        case ActionKind::UiWheel: ImGui_ImplHtml5_AddWheel(action.wheel); break;
    }
}

EM_BOOL dispatch(void* userData, InputEvent event) {
    App& a = *static_cast<App*>(userData);
    event.timeMs = nowMs();
    const GestureResult result = a.input.gestures.handle(event, CanvasContext{a});
    for (const InputAction& action : result) apply(a, action);
    return result.consumed ? EM_TRUE : EM_FALSE;
}

Modifiers modifiersOf(EM_BOOL ctrl, EM_BOOL meta, EM_BOOL alt, EM_BOOL shift) {
    return {ctrl != 0, meta != 0, alt != 0, shift != 0};
}

// at: the event's position on the canvas (CSS px).
InputEvent mouseEvent(InputKind kind, const EmscriptenMouseEvent* e, CanvasPoint at) {
    InputEvent event;
    event.kind = kind;
    event.at = at;
    event.button = e->button;
    event.modifiers = modifiersOf(e->ctrlKey, e->metaKey, e->altKey, e->shiftKey);
    return event;
}

// For a mouse event registered on the canvas.
CanvasPoint targetPoint(const EmscriptenMouseEvent* e) {
    return {static_cast<double>(e->targetX), static_cast<double>(e->targetY)};
}

// For a mouse event registered on the window (a drag that leaves the canvas still moves and ends).
CanvasPoint canvasPoint(const EmscriptenMouseEvent* e) {
    double origin[2] = {0, 0};
    vk_js_canvas_origin(origin);
    return {e->clientX - origin[0], e->clientY - origin[1]};
}

EM_BOOL onMouseDown(int, const EmscriptenMouseEvent* e, void* userData) {
    return dispatch(userData, mouseEvent(InputKind::MouseDown, e, targetPoint(e)));
}
EM_BOOL onMouseUp(int, const EmscriptenMouseEvent* e, void* userData) {
    return dispatch(userData, mouseEvent(InputKind::MouseUp, e, canvasPoint(e)));
}
EM_BOOL onMouseMove(int, const EmscriptenMouseEvent* e, void* userData) {
    return dispatch(userData, mouseEvent(InputKind::MouseMove, e, canvasPoint(e)));
}
EM_BOOL onMouseLeave(int, const EmscriptenMouseEvent* e, void* userData) {
    return dispatch(userData, mouseEvent(InputKind::MouseLeave, e, targetPoint(e)));
}
EM_BOOL onDoubleClick(int, const EmscriptenMouseEvent* e, void* userData) {
    return dispatch(userData, mouseEvent(InputKind::DoubleClick, e, targetPoint(e)));
}

EM_BOOL onWheel(int, const EmscriptenWheelEvent* e, void* userData) {
    InputEvent event = mouseEvent(InputKind::Wheel, &e->mouse, targetPoint(&e->mouse));
    event.wheelDelta = e->deltaY;
    event.wheelUnit = e->deltaMode == DOM_DELTA_LINE   ? WheelUnit::Line
                      : e->deltaMode == DOM_DELTA_PAGE ? WheelUnit::Page
                                                       : WheelUnit::Pixel;
    return dispatch(userData, std::move(event));
}

EM_BOOL onTouch(int eventType, const EmscriptenTouchEvent* e, void* userData) {
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
    return dispatch(userData, std::move(event));
}

EM_BOOL onKeyDown(int, const EmscriptenKeyboardEvent* e, void* userData) {
    InputEvent event;
    event.kind = InputKind::KeyDown;
    event.key = e->key;
    event.modifiers = modifiersOf(e->ctrlKey, e->metaKey, e->altKey, e->shiftKey);
    return dispatch(userData, std::move(event));
}

EM_BOOL onResize(int, const EmscriptenUiEvent*, void* userData) {
    static_cast<App*>(userData)->requestFrames();
    return EM_FALSE;
}

}  // namespace

void registerInput(App& a) {
    emscripten_set_mousedown_callback(canvasSelector, &a, EM_FALSE, onMouseDown);
    emscripten_set_mousemove_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, &a, EM_FALSE, onMouseMove);
    emscripten_set_mouseup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, &a, EM_FALSE, onMouseUp);
    emscripten_set_mouseleave_callback(canvasSelector, &a, EM_FALSE, onMouseLeave);
    emscripten_set_dblclick_callback(canvasSelector, &a, EM_FALSE, onDoubleClick);
    emscripten_set_wheel_callback(canvasSelector, &a, EM_FALSE, onWheel);
    emscripten_set_touchstart_callback(canvasSelector, &a, EM_FALSE, onTouch);
    emscripten_set_touchmove_callback(canvasSelector, &a, EM_FALSE, onTouch);
    emscripten_set_touchend_callback(canvasSelector, &a, EM_FALSE, onTouch);
    emscripten_set_touchcancel_callback(canvasSelector, &a, EM_FALSE, onTouch);
    emscripten_set_keydown_callback(canvasSelector, &a, EM_FALSE, onKeyDown);
    emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, &a, EM_FALSE, onResize);
}

}  // namespace vk::web
