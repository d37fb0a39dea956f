// Mouse, wheel, touch and keyboard from Emscripten's html5.h, bound to the widget's own canvas
// (never the whole window), turned into camera moves, core actions and ImGui input.
// Cooperative gestures: embedded in a frame, a plain wheel scrolls the host page and one finger
// scrolls it too; Ctrl/⌘ + wheel and two fingers move the map. Standalone, the map takes both.
#include <emscripten/html5.h>

#include <algorithm>
#include <cmath>

#include "backends/imgui_impl_html5.h"
#include "core/strings.hpp"
#include "platform/web/app.hpp"
#include "platform/web/bridge.hpp"
#include "ui/frame.hpp"

namespace vk::web {

namespace {

constexpr const char* canvasSelector = "#nominee-map-canvas";
constexpr double dragThresholdPx = 4;
constexpr double tapThresholdPx = 10;
constexpr double tapMaxMs = 600;
constexpr double wheelZoomPerPixel = 1.0 / 300;  // zoom doubles every 300 px of wheel delta
constexpr double noticeMs = 1800;

// A window-level mouse event's position on the canvas (CSS px).
CanvasPoint onCanvas(const EmscriptenMouseEvent* e) {
    double origin[2] = {0, 0};
    vk_js_canvas_origin(origin);
    return {e->clientX - origin[0], e->clientY - origin[1]};
}

// What ImGui sees goes through its platform backend (backends/imgui_impl_html5.h); a pointer
// event for it asks for a frame. button: the DOM's numbering, -1 for a move.
void pushImGuiPointer(App& a, double x, double y, int button = -1, bool down = false) {
    if (button < 0) ImGui_ImplHtml5_AddMousePos(x, y);
    else ImGui_ImplHtml5_AddMouseButton(x, y, button, down);
    a.requestFrames();
}

// A move over bare map changes nothing ImGui draws (hovering a marker goes through the state,
// which redraws): ImGui learns the position with the next frame, and no frame is drawn for it.
void movePointerQuietly(double x, double y) { ImGui_ImplHtml5_AddQuietMousePos(x, y); }

void setHover(App& a, const std::string& id) {
    if (a.model.state().hover == id) return;
    commitState(a, vk::setHover(a.model.state(), id));
    vk_js_set_cursor(id.empty() ? "" : "pointer");
}

// A click or tap on the map: the visitor's selection rule, or nothing on bare map.
void clickMap(App& a, double x, double y, bool touch) {
    const std::string id = nomineeAt(a, x, y, touch);
    if (id.empty()) return;
    commitState(a, clickNominee(a.model.state(), id));
    revealIfSelected(a, id);
}

void showNotice(App& a, Str which) {
    a.notice = tr(which, a.model.state().lang);
    a.noticeUntilMs = nowMs() + noticeMs;
    a.requestFrames();
}

bool overUi(const App& a, double x, double y) {
    return ui::isOverInterface(static_cast<float>(x), static_cast<float>(y)) || !insideMap(a, x, y);
}

// After a touch the browser may send mouse events for the same tap (when the touch was left to the
// page, as one finger is when embedded); those must not click a second time.
constexpr double mouseAfterTouchMs = 800;
bool mouseFromTouch(const App& a) { return nowMs() - a.lastTouchMs < mouseAfterTouchMs; }

EM_BOOL onMouseDown(int, const EmscriptenMouseEvent* e, void* userData) {
    App& a = *static_cast<App*>(userData);
    if (mouseFromTouch(a)) return EM_FALSE;
    a.touchMode = false;
    const double x = e->targetX, y = e->targetY;
    if (overUi(a, x, y)) {
        pushImGuiPointer(a, x, y, e->button, true);
        return EM_FALSE;
    }
    if (e->button != 0) return EM_FALSE;
    a.mouseDownOnMap = true;
    a.dragging = false;
    a.downX = a.lastX = x;
    a.downY = a.lastY = y;
    vk_js_focus_canvas();  // cancelling the press (below) would keep keyboard focus from the map
    return EM_TRUE;        // no text selection while dragging the map
}

// Registered on the window so that a drag that leaves the canvas still ends.
EM_BOOL onMouseUp(int, const EmscriptenMouseEvent* e, void* userData) {
    App& a = *static_cast<App*>(userData);
    if (mouseFromTouch(a) && !a.mouseDownOnMap) return EM_FALSE;
    const auto [x, y] = onCanvas(e);
    if (a.mouseDownOnMap) {
        a.mouseDownOnMap = false;
        if (!a.dragging) clickMap(a, x, y, false);
        a.dragging = false;
        vk_js_set_cursor(nomineeAt(a, x, y, false).empty() ? "" : "pointer");
        return EM_FALSE;
    }
    pushImGuiPointer(a, x, y, e->button, false);
    return EM_FALSE;
}

EM_BOOL onMouseMove(int, const EmscriptenMouseEvent* e, void* userData) {
    App& a = *static_cast<App*>(userData);
    if (mouseFromTouch(a)) return EM_FALSE;
    const auto [x, y] = onCanvas(e);
    if (a.mouseDownOnMap) {
        if (!a.dragging && std::hypot(x - a.downX, y - a.downY) > dragThresholdPx) {
            a.dragging = true;
            vk_js_set_cursor("grabbing");
        }
        if (a.dragging) {
            a.model.panBy(x - a.lastX, y - a.lastY);
            a.requestFrames();
        }
        a.lastX = x;
        a.lastY = y;
        return EM_FALSE;
    }
    const bool insideCanvas = x >= 0 && y >= 0 && x < a.model.canvas().width && y < a.model.canvas().height;
    const bool overInterface = insideCanvas && overUi(a, x, y);
    if (overInterface || a.pointerOverInterface) pushImGuiPointer(a, x, y);  // ImGui highlights what it is over
    else movePointerQuietly(x, y);
    a.pointerOverInterface = overInterface;
    setHover(a, insideCanvas && !overInterface ? nomineeAt(a, x, y, false) : "");
    return EM_FALSE;
}

EM_BOOL onMouseLeave(int, const EmscriptenMouseEvent*, void* userData) {
    App& a = *static_cast<App*>(userData);
    pushImGuiPointer(a, -1e6, -1e6);
    setHover(a, "");
    return EM_FALSE;
}

EM_BOOL onDoubleClick(int, const EmscriptenMouseEvent* e, void* userData) {
    App& a = *static_cast<App*>(userData);
    if (mouseFromTouch(a)) return EM_FALSE;
    const double x = e->targetX, y = e->targetY;
    if (overUi(a, x, y)) return EM_FALSE;
    zoomMapAbout(a, x, y, 2);
    return EM_TRUE;
}

EM_BOOL onWheel(int, const EmscriptenWheelEvent* e, void* userData) {
    App& a = *static_cast<App*>(userData);
    const double x = e->mouse.targetX, y = e->mouse.targetY;
    double dy = e->deltaY;
    if (e->deltaMode == DOM_DELTA_LINE) dy *= 16;
    else if (e->deltaMode == DOM_DELTA_PAGE) dy *= a.model.canvas().height;
    if (overUi(a, x, y)) {
        // The panel scrolls itself; at its end the wheel is the page's, so an embedded widget
        // never traps the host's scrolling.
        if (!ui::canPanelScroll(static_cast<float>(dy))) return EM_FALSE;
        ImGui_ImplHtml5_AddWheelPx(dy);
        pushImGuiPointer(a, x, y);
        return EM_TRUE;
    }
    const bool zoomGesture = e->mouse.ctrlKey || e->mouse.metaKey;
    if (a.embedded && !zoomGesture) {
        showNotice(a, Str::wheelHint);
        return EM_FALSE;  // let the host page scroll
    }
    zoomMapAbout(a, x, y, std::exp2(-dy * wheelZoomPerPixel));
    return EM_TRUE;
}

// Touch -------------------------------------------------------------------------------------

std::vector<Touch> currentTouches(const EmscriptenTouchEvent* e) {
    std::vector<Touch> list;
    for (int i = 0; i < e->numTouches; ++i) {
        const auto& t = e->touches[i];
        list.push_back({t.identifier, static_cast<double>(t.targetX), static_cast<double>(t.targetY)});
    }
    return list;
}

struct Pair {
    double cx, cy, distance;
};
Pair pairOf(const std::vector<Touch>& t) {
    return {(t[0].x + t[1].x) / 2, (t[0].y + t[1].y) / 2, std::hypot(t[0].x - t[1].x, t[0].y - t[1].y)};
}

EM_BOOL onTouchStart(int, const EmscriptenTouchEvent* e, void* userData) {
    App& a = *static_cast<App*>(userData);
    a.touchMode = true;
    a.lastTouchMs = nowMs();
    const auto touches = currentTouches(e);
    if (touches.empty()) return EM_FALSE;
    if (touches.size() == 1) {
        a.touchMoved = false;
        a.touchStartMs = nowMs();
        // A panel with nothing to scroll (the host sized the frame to fit it) leaves the finger to the page.
        a.touchOnPanel = (overUi(a, touches[0].x, touches[0].y) || !insideMap(a, touches[0].x, touches[0].y)) &&
                         (!a.embedded || ui::canPanelScroll(1) || ui::canPanelScroll(-1));
        a.downX = touches[0].x;
        a.downY = touches[0].y;
        pushImGuiPointer(a, touches[0].x, touches[0].y);  // so ImGui knows what the finger is over
    } else {
        a.touchMoved = true;  // two fingers: never a tap
    }
    a.touches = touches;
    // One finger on the map of an embedded widget is the page's (it scrolls); everything else is ours.
    const bool pageScroll = touches.size() == 1 && a.embedded && !a.touchOnPanel;
    return pageScroll ? EM_FALSE : EM_TRUE;
}

EM_BOOL onTouchMove(int, const EmscriptenTouchEvent* e, void* userData) {
    App& a = *static_cast<App*>(userData);
    const auto touches = currentTouches(e);
    if (touches.empty() || a.touches.empty()) return EM_FALSE;
    if (touches.size() == 1 && a.touches.size() == 1) {
        const double dx = touches[0].x - a.touches[0].x, dy = touches[0].y - a.touches[0].y;
        if (std::hypot(touches[0].x - a.downX, touches[0].y - a.downY) > tapThresholdPx) a.touchMoved = true;
        a.touches = touches;
        if (a.touchOnPanel) {
            ImGui_ImplHtml5_AddWheelPx(-dy);  // the panel follows the finger
            pushImGuiPointer(a, touches[0].x, touches[0].y);
            return EM_TRUE;
        }
        if (a.embedded) {
            if (a.touchMoved && std::abs(dx) > std::abs(dy)) showNotice(a, Str::touchHint);
            return EM_FALSE;  // the page scrolls
        }
        a.model.panBy(dx, dy);
        a.requestFrames();
        return EM_TRUE;
    }
    if (touches.size() >= 2 && a.touches.size() >= 2) {
        const Pair before = pairOf(a.touches), after = pairOf(touches);
        a.model.panBy(after.cx - before.cx, after.cy - before.cy);
        if (before.distance > 1) zoomMapAbout(a, after.cx, after.cy, after.distance / before.distance);
        a.requestFrames();
    }
    a.touches = touches;
    return EM_TRUE;
}

EM_BOOL onTouchEnd(int eventType, const EmscriptenTouchEvent* e, void* userData) {
    App& a = *static_cast<App*>(userData);
    a.lastTouchMs = nowMs();
    if (eventType == EMSCRIPTEN_EVENT_TOUCHCANCEL) a.touchMoved = true;  // the browser took it: no tap
    // Touches still down after this event.
    std::vector<Touch> remaining;
    for (int i = 0; i < e->numTouches; ++i)
        if (!e->touches[i].isChanged) remaining.push_back({e->touches[i].identifier, static_cast<double>(e->touches[i].targetX),
                                                           static_cast<double>(e->touches[i].targetY)});
    const bool wasSingle = a.touches.size() == 1;
    const bool tap = remaining.empty() && wasSingle && !a.touchMoved && nowMs() - a.touchStartMs < tapMaxMs;
    if (tap) {
        const double x = a.touches[0].x, y = a.touches[0].y;
        if (a.touchOnPanel) {
            pushImGuiPointer(a, x, y, 0, true);
            pushImGuiPointer(a, x, y, 0, false);
        } else {
            clickMap(a, x, y, true);
        }
    }
    a.touches = remaining;
    if (remaining.empty()) {
        // No hover on touch screens: the finger is gone, so is the tooltip.
        pushImGuiPointer(a, -1e6, -1e6);
        setHover(a, "");
    }
    // A tap is ours: cancelling its end also stops the browser's emulated mouse click.
    return tap || a.touchOnPanel || !a.embedded ? EM_TRUE : EM_FALSE;
}

// Keyboard ----------------------------------------------------------------------------------

EM_BOOL onKeyDown(int, const EmscriptenKeyboardEvent* e, void* userData) {
    App& a = *static_cast<App*>(userData);
    if (e->ctrlKey || e->metaKey || e->altKey) return EM_FALSE;
    const std::string key = e->key;
    const double step = 80;
    if (key == "ArrowLeft") a.model.panBy(step, 0);
    else if (key == "ArrowRight") a.model.panBy(-step, 0);
    else if (key == "ArrowUp") a.model.panBy(0, step);
    else if (key == "ArrowDown") a.model.panBy(0, -step);
    else if (key == "+" || key == "=") a.model.zoomAboutCentre(2);
    else if (key == "-" || key == "_") a.model.zoomAboutCentre(0.5);
    else if (key == "0") a.model.resetView();
    else if (key == "Escape") {
        if (a.model.state().selected.empty() && a.model.state().highlightedTheme.empty()) return EM_FALSE;
        commitState(a, clearAll(a.model.state()));
        a.model.stopFlight();
    } else {
        return EM_FALSE;  // Tab and everything else belong to the page
    }
    a.requestFrames();
    return EM_TRUE;
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
    emscripten_set_touchstart_callback(canvasSelector, &a, EM_FALSE, onTouchStart);
    emscripten_set_touchmove_callback(canvasSelector, &a, EM_FALSE, onTouchMove);
    emscripten_set_touchend_callback(canvasSelector, &a, EM_FALSE, onTouchEnd);
    emscripten_set_touchcancel_callback(canvasSelector, &a, EM_FALSE, onTouchEnd);
    emscripten_set_keydown_callback(canvasSelector, &a, EM_FALSE, onKeyDown);
    emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, &a, EM_FALSE, onResize);
}

}  // namespace vk::web
