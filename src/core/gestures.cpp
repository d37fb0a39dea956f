#include "core/gestures.hpp"

#include <cmath>

namespace vk {

InputAction InputAction::panBy(double dx, double dy) { return {.kind = ActionKind::PanBy, .dx = dx, .dy = dy}; }
InputAction InputAction::zoomAt(CanvasPoint at, double factor) { return {.kind = ActionKind::ZoomAt, .at = at, .factor = factor}; }
InputAction InputAction::only(ActionKind kind) { return {.kind = kind}; }
InputAction InputAction::clickNominee(std::string_view id) { return {.kind = ActionKind::ClickNominee, .nominee = id}; }
InputAction InputAction::hover(std::string_view id) { return {.kind = ActionKind::Hover, .nominee = id}; }
InputAction InputAction::showHint(Hint hint) { return {.kind = ActionKind::ShowHint, .hint = hint}; }
InputAction InputAction::setCursor(Cursor cursor) { return {.kind = ActionKind::SetCursor, .cursor = cursor}; }
InputAction InputAction::uiPointer(CanvasPoint at, int button, bool down) {
    return {.kind = ActionKind::UiPointer, .at = at, .button = button, .down = down};
}
InputAction InputAction::uiPointerQuiet(CanvasPoint at) { return {.kind = ActionKind::UiPointerQuiet, .at = at}; }
InputAction InputAction::uiWheel(double units) { return {.kind = ActionKind::UiWheel, .wheel = units}; }

bool GestureContext::overInterface(CanvasPoint) const { return false; }
bool GestureContext::panelCanScroll(double) const { return false; }
std::string_view GestureContext::nomineeAt(CanvasPoint, bool) const { return ""; }

namespace {

double distance(CanvasPoint a, CanvasPoint b) { return std::hypot(a.x - b.x, a.y - b.y); }

// Off the map: on the panel, on one of the map's controls, or outside the map's part of the canvas.
bool offMap(const GestureContext& c, CanvasPoint at) { return c.overInterface(at) || !c.map.contains(at); }

// Two fingers as one gesture: their midpoint and how far apart they are.
struct Pinch {
    CanvasPoint centre;
    double spreadPx;
};
Pinch pinchOf(const std::vector<TouchPoint>& fingers) {
    const CanvasPoint a = fingers[0].at, b = fingers[1].at;
    return {{(a.x + b.x) / 2, (a.y + b.y) / 2}, distance(a, b)};
}

}  // namespace

GestureResult Gestures::handle(const InputEvent& e, const GestureContext& c) {
    GestureResult out;
    switch (e.kind) {
        case InputKind::MouseDown: mouseDown(e, c, out); break;
        case InputKind::MouseMove: mouseMove(e, c, out); break;
        case InputKind::MouseUp: mouseUp(e, c, out); break;
        case InputKind::MouseLeave:
            out.add(InputAction::uiPointer(pointerGone));
            out.add(InputAction::hover(""));
            break;
        case InputKind::DoubleClick: doubleClick(e, c, out); break;
        case InputKind::Wheel: wheel(e, c, out); break;
        case InputKind::TouchStart: touchStart(e, c, out); break;
        case InputKind::TouchMove: touchMove(e, c, out); break;
        case InputKind::TouchEnd:
        case InputKind::TouchCancel: touchEnd(e, c, out); break;
        case InputKind::KeyDown: keyDown(e, c, out); break;
    }
    return out;
}

// After a touch the browser may send mouse events for the same tap (when the touch was left to
// the page, as one finger is when embedded); those must not click a second time.
bool Gestures::mouseFromTouch(double timeMs) const { return timeMs - lastTouchMs_ < bindings_.mouseAfterTouchMs; }

// Mouse ---------------------------------------------------------------------------------------

void Gestures::mouseDown(const InputEvent& e, const GestureContext& c, GestureResult& out) {
    if (mouseFromTouch(e.timeMs)) return;
    touchMode_ = false;
    if (offMap(c, e.at)) return out.add(InputAction::uiPointer(e.at, e.button, true));
    if (e.button != bindings_.panButton) return;
    pressOnMap_ = true;
    dragging_ = false;
    pressAt_ = lastAt_ = e.at;
    // Taken, so that dragging selects no text; which also keeps the browser from focusing the canvas.
    out.consumed = true;
    out.add(InputAction::only(ActionKind::FocusCanvas));
}

void Gestures::mouseMove(const InputEvent& e, const GestureContext& c, GestureResult& out) {
    if (mouseFromTouch(e.timeMs)) return;
    if (pressOnMap_) {
        if (!dragging_ && distance(e.at, pressAt_) > bindings_.dragThresholdPx) {
            dragging_ = true;
            out.add(InputAction::only(ActionKind::StopFlight));
            out.add(InputAction::setCursor(Cursor::Grabbing));
        }
        if (dragging_) out.add(InputAction::panBy(e.at.x - lastAt_.x, e.at.y - lastAt_.y));
        lastAt_ = e.at;
        return;
    }
    const bool insideCanvas = e.at.x >= 0 && e.at.y >= 0 && e.at.x < c.canvas.width && e.at.y < c.canvas.height;
    const bool overInterface = insideCanvas && offMap(c, e.at);
    // The UI highlights what it is over (and un-highlights what the pointer left); a move over
    // bare map changes nothing it draws.
    out.add(overInterface || pointerOverInterface_ ? InputAction::uiPointer(e.at) : InputAction::uiPointerQuiet(e.at));
    pointerOverInterface_ = overInterface;
    out.add(InputAction::hover(insideCanvas && !overInterface ? c.nomineeAt(e.at, false) : ""));
}

void Gestures::mouseUp(const InputEvent& e, const GestureContext& c, GestureResult& out) {
    if (mouseFromTouch(e.timeMs) && !pressOnMap_) return;
    if (!pressOnMap_) return out.add(InputAction::uiPointer(e.at, e.button, false));
    pressOnMap_ = false;
    const std::string_view under = c.nomineeAt(e.at, false);
    const Cursor cursor = under.empty() ? Cursor::Default : Cursor::Pointer;
    if (!dragging_ && !under.empty()) out.add(InputAction::clickNominee(under));
    dragging_ = false;
    out.add(InputAction::setCursor(cursor));
}

void Gestures::doubleClick(const InputEvent& e, const GestureContext& c, GestureResult& out) {
    if (mouseFromTouch(e.timeMs) || offMap(c, e.at)) return;
    out.consumed = true;
    out.add(InputAction::zoomAt(e.at, bindings_.doubleClickZoom));
}

void Gestures::wheel(const InputEvent& e, const GestureContext& c, GestureResult& out) {
    double dy = e.wheelDelta;
    if (e.wheelUnit == WheelUnit::Line) dy *= bindings_.wheelPxPerLine;
    else if (e.wheelUnit == WheelUnit::Page) dy *= c.canvas.height;
    if (offMap(c, e.at)) {
        // The panel scrolls itself; at its end the wheel is the page's, so an embedded widget
        // never traps the host's scrolling.
        if (!c.panelCanScroll(dy)) return;
        out.consumed = true;
        out.add(InputAction::uiWheel(-dy / bindings_.panelPxPerWheelUnit));
        return out.add(InputAction::uiPointer(e.at));
    }
    if (c.embedded && !e.modifiers.anyOf(bindings_.wheelZoomModifiers))
        return out.add(InputAction::showHint(Hint::CtrlWheelToZoom));  // the host page scrolls
    out.consumed = true;
    out.add(InputAction::zoomAt(e.at, std::exp2(-dy * bindings_.wheelZoomPerPx)));
}

// Touch ---------------------------------------------------------------------------------------

void Gestures::touchStart(const InputEvent& e, const GestureContext& c, GestureResult& out) {
    touchMode_ = true;
    lastTouchMs_ = e.timeMs;
    const std::vector<TouchPoint>& fingers = e.touches;
    if (fingers.empty()) return;
    if (fingers.size() == 1) {
        const CanvasPoint at = fingers[0].at;
        fingerMoved_ = false;
        fingerDownMs_ = e.timeMs;
        // A panel with nothing to scroll (the host sized the frame to fit it) leaves the finger to the page.
        fingerOnPanel_ = offMap(c, at) && (!c.embedded || c.panelCanScroll(1) || c.panelCanScroll(-1));
        fingerDownAt_ = at;
        out.add(InputAction::uiPointer(at));  // so the UI knows what the finger is over
    } else {
        fingerMoved_ = true;  // two fingers: never a tap
        out.add(InputAction::only(ActionKind::StopFlight));
    }
    fingers_ = fingers;
    // One finger on the map of an embedded widget is the page's (it scrolls); everything else is ours.
    out.consumed = !(fingers.size() == 1 && c.embedded && !fingerOnPanel_);
}

void Gestures::touchMove(const InputEvent& e, const GestureContext& c, GestureResult& out) {
    const std::vector<TouchPoint>& fingers = e.touches;
    if (fingers.empty() || fingers_.empty()) return;
    out.consumed = true;
    if (fingers.size() == 1 && fingers_.size() == 1) {
        const CanvasPoint at = fingers[0].at;
        const double dx = at.x - fingers_[0].at.x, dy = at.y - fingers_[0].at.y;
        if (distance(at, fingerDownAt_) > bindings_.tapSlopPx) fingerMoved_ = true;
        fingers_ = fingers;
        if (fingerOnPanel_) {  // the panel follows the finger
            out.add(InputAction::uiWheel(dy / bindings_.panelPxPerWheelUnit));
            return out.add(InputAction::uiPointer(at));
        }
        if (c.embedded) {  // the page scrolls; a sideways swipe was probably meant for the map
            out.consumed = false;
            if (fingerMoved_ && std::abs(dx) > std::abs(dy)) out.add(InputAction::showHint(Hint::TwoFingersToMove));
            return;
        }
        return out.add(InputAction::panBy(dx, dy));
    }
    if (fingers.size() >= 2 && fingers_.size() >= 2) {
        const Pinch before = pinchOf(fingers_), after = pinchOf(fingers);
        out.add(InputAction::only(ActionKind::StopFlight));
        out.add(InputAction::panBy(after.centre.x - before.centre.x, after.centre.y - before.centre.y));
        if (before.spreadPx > 1) out.add(InputAction::zoomAt(after.centre, after.spreadPx / before.spreadPx));
    }
    fingers_ = fingers;
}

void Gestures::touchEnd(const InputEvent& e, const GestureContext& c, GestureResult& out) {
    lastTouchMs_ = e.timeMs;
    if (e.kind == InputKind::TouchCancel) fingerMoved_ = true;  // the browser took it: no tap
    std::vector<TouchPoint> remaining;
    for (const TouchPoint& finger : e.touches)
        if (!finger.lifted) remaining.push_back(finger);
    const bool tap = remaining.empty() && fingers_.size() == 1 && !fingerMoved_ &&
                     e.timeMs - fingerDownMs_ < bindings_.tapMaxMs;
    if (tap) {
        const CanvasPoint at = fingers_[0].at;
        if (fingerOnPanel_) {
            out.add(InputAction::uiPointer(at, 0, true));
            out.add(InputAction::uiPointer(at, 0, false));
        } else if (const std::string_view under = c.nomineeAt(at, true); !under.empty()) {
            out.add(InputAction::clickNominee(under));
        }
    }
    fingers_ = std::move(remaining);
    if (fingers_.empty()) {
        // No hover on touch screens: the finger is gone, so is the tooltip.
        out.add(InputAction::uiPointer(pointerGone));
        out.add(InputAction::hover(""));
    }
    // A tap is ours: taking its end also stops the browser's emulated mouse click.
    out.consumed = tap || fingerOnPanel_ || !c.embedded;
}

// Keys ----------------------------------------------------------------------------------------

void Gestures::keyDown(const InputEvent& e, const GestureContext& c, GestureResult& out) const {
    const InputMap& keys = bindings_;
    if (e.modifiers.anyOf(keys.keyModifiersForPage)) return;
    const CanvasPoint mapCentre{c.map.x + c.map.width / 2, c.map.y + c.map.height / 2};
    InputAction action = InputAction::only(ActionKind::StopFlight);
    if (keys.panLeft.matches(e.key)) action = InputAction::panBy(keys.keyPanPx, 0);
    else if (keys.panRight.matches(e.key)) action = InputAction::panBy(-keys.keyPanPx, 0);
    else if (keys.panUp.matches(e.key)) action = InputAction::panBy(0, keys.keyPanPx);
    else if (keys.panDown.matches(e.key)) action = InputAction::panBy(0, -keys.keyPanPx);
    else if (keys.zoomIn.matches(e.key)) action = InputAction::zoomAt(mapCentre, keys.keyZoom);
    else if (keys.zoomOut.matches(e.key)) action = InputAction::zoomAt(mapCentre, 1 / keys.keyZoom);
    else if (keys.resetView.matches(e.key)) action = InputAction::only(ActionKind::ResetView);
    else if (keys.close.matches(e.key) && c.somethingToClear) action = InputAction::only(ActionKind::ClearSelection);
    else return;  // Tab, and Escape with nothing to clear, belong to the page
    out.consumed = true;
    out.add(InputAction::only(ActionKind::StopFlight));
    out.add(action);
}

}  // namespace vk
