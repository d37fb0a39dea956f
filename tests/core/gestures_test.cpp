// The interaction rules of DESIGN's Interaction section, one group of tests per rule, on a fake
// canvas: 800 x 500 with the map on the left 500 px, a panel on the right, and two markers.
#include "core/gestures.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <ostream>
#include <string>
#include <vector>

namespace vk {

// How a failed expectation shows an action.
void PrintTo(const InputAction& a, std::ostream* out) {
    *out << "{kind " << static_cast<int>(a.kind) << ", at (" << a.at.x << ", " << a.at.y << "), by (" << a.dx << ", " << a.dy
         << "), factor " << a.factor << ", wheel " << a.wheel << ", nominee \"" << a.nominee << "\", hint "
         << static_cast<int>(a.hint) << ", cursor " << static_cast<int>(a.cursor) << ", button " << a.button
         << (a.down ? " down" : "") << "}";
}

}  // namespace vk

namespace {

using vk::ActionKind;
using vk::Cursor;
using vk::GestureResult;
using vk::Hint;
using vk::InputAction;
using vk::InputEvent;
using vk::InputKind;
using vk::CanvasPoint;
using vk::TouchPoint;

struct Marker {
    std::string id;
    CanvasPoint at;
};

class FakeCanvas : public vk::GestureContext {
public:
    std::vector<Marker> markers{{"oslo", {100, 100}}, {"bodo", {300, 200}}};
    vk::CanvasRect panel{500, 0, 300, 500};
    vk::CanvasRect zoomButtons{440, 420, 50, 70};  // a control drawn over the map
    bool panelScrollsDown = true, panelScrollsUp = true;

    FakeCanvas() {
        canvas = {800, 500};
        map = {0, 0, 500, 500};
    }
    bool overInterface(CanvasPoint at) const override { return panel.contains(at) || zoomButtons.contains(at); }
    bool panelCanScroll(double dyPx) const override { return dyPx > 0 ? panelScrollsDown : panelScrollsUp; }
    std::string_view nomineeAt(CanvasPoint at, bool touch) const override {
        for (const Marker& m : markers)
            if (std::hypot(at.x - m.at.x, at.y - m.at.y) <= (touch ? 22 : 12)) return m.id;
        return "";
    }
};

// Events, each at its own time so that nothing is mistaken for the browser's copy of a touch.
class Events {
public:
    double timeMs = 10'000;

    InputEvent mouse(InputKind kind, CanvasPoint at, int button = 0) {
        InputEvent e = next(kind);
        e.at = at;
        e.button = button;
        return e;
    }
    InputEvent wheel(CanvasPoint at, double delta, vk::Modifiers held = {}, vk::WheelUnit unit = vk::WheelUnit::Pixel) {
        InputEvent e = next(InputKind::Wheel);
        e.at = at;
        e.wheelDelta = delta;
        e.modifiers = held;
        e.wheelUnit = unit;
        return e;
    }
    InputEvent touch(InputKind kind, std::vector<TouchPoint> fingers) {
        InputEvent e = next(kind);
        e.touches = std::move(fingers);
        return e;
    }
    InputEvent key(std::string_view key, vk::Modifiers held = {}) {
        InputEvent e = next(InputKind::KeyDown);
        e.key = key;
        e.modifiers = held;
        return e;
    }

private:
    InputEvent next(InputKind kind) {
        InputEvent e;
        e.kind = kind;
        e.timeMs = timeMs += 16;
        return e;
    }
};

TouchPoint finger(long id, CanvasPoint at, bool lifted = false) { return {id, at, lifted}; }

std::vector<ActionKind> kindsOf(const GestureResult& r) {
    std::vector<ActionKind> kinds;
    for (const InputAction& a : r) kinds.push_back(a.kind);
    return kinds;
}

const InputAction* find(const GestureResult& r, ActionKind kind) {
    for (const InputAction& a : r)
        if (a.kind == kind) return &a;
    return nullptr;
}

bool has(const GestureResult& r, ActionKind kind) { return find(r, kind) != nullptr; }

constexpr vk::Modifiers ctrl{.ctrl = true};
constexpr vk::Modifiers meta{.meta = true};
constexpr vk::Modifiers alt{.alt = true};
constexpr vk::Modifiers shift{.shift = true};

class GesturesTest : public ::testing::Test {
protected:
    vk::Gestures gestures;
    FakeCanvas canvas;
    Events events;

    GestureResult handle(const InputEvent& e) { return gestures.handle(e, canvas); }
};

// Click or drag: a press that moves past the drag threshold pans; one that does not clicks. -----

TEST_F(GesturesTest, PressOnTheMapIsTakenAndFocusesTheCanvas) {
    const GestureResult down = handle(events.mouse(InputKind::MouseDown, {100, 100}));
    EXPECT_TRUE(down.consumed);  // no text selection while dragging
    EXPECT_EQ(down.list(), std::vector<InputAction>{InputAction::only(ActionKind::FocusCanvas)});
}

TEST_F(GesturesTest, ClickOnAMarkerClicksItsNominee) {
    handle(events.mouse(InputKind::MouseDown, {102, 101}));
    const GestureResult up = handle(events.mouse(InputKind::MouseUp, {102, 101}));
    EXPECT_EQ(up.list(), (std::vector{InputAction::clickNominee("oslo"), InputAction::setCursor(Cursor::Pointer)}));
    EXPECT_FALSE(up.consumed);
}

TEST_F(GesturesTest, ClickOnBareMapClicksNothing) {
    handle(events.mouse(InputKind::MouseDown, {200, 400}));
    const GestureResult up = handle(events.mouse(InputKind::MouseUp, {200, 400}));
    EXPECT_EQ(up.list(), std::vector<InputAction>{InputAction::setCursor(Cursor::Default)});
}

TEST_F(GesturesTest, MovingWithinTheDragThresholdStillClicks) {
    handle(events.mouse(InputKind::MouseDown, {100, 100}));
    const GestureResult move = handle(events.mouse(InputKind::MouseMove, {104, 100}));  // exactly 4 px
    EXPECT_TRUE(move.list().empty());
    EXPECT_TRUE(has(handle(events.mouse(InputKind::MouseUp, {104, 100})), ActionKind::ClickNominee));
}

TEST_F(GesturesTest, MovingPastTheDragThresholdPansAndDoesNotClick) {
    handle(events.mouse(InputKind::MouseDown, {100, 100}));
    const GestureResult start = handle(events.mouse(InputKind::MouseMove, {103, 104}));  // 5 px
    EXPECT_EQ(start.list(), (std::vector{InputAction::only(ActionKind::StopFlight), InputAction::setCursor(Cursor::Grabbing),
                                          InputAction::panBy(3, 4)}));
    EXPECT_FALSE(start.consumed);
    const GestureResult up = handle(events.mouse(InputKind::MouseUp, {103, 104}));
    EXPECT_FALSE(has(up, ActionKind::ClickNominee));
    EXPECT_EQ(find(up, ActionKind::SetCursor)->cursor, Cursor::Pointer);  // still over oslo's marker
}

TEST_F(GesturesTest, DragPansByEachMoveAndFollowsThePointerOffTheCanvas) {
    handle(events.mouse(InputKind::MouseDown, {200, 200}));
    handle(events.mouse(InputKind::MouseMove, {210, 200}));
    EXPECT_EQ(handle(events.mouse(InputKind::MouseMove, {215, 190})).list(), std::vector{InputAction::panBy(5, -10)});
    EXPECT_EQ(handle(events.mouse(InputKind::MouseMove, {-40, 600})).list(), std::vector{InputAction::panBy(-255, 410)});
    handle(events.mouse(InputKind::MouseUp, {-40, 600}));
    // Released: moving no longer pans.
    EXPECT_FALSE(has(handle(events.mouse(InputKind::MouseMove, {250, 250})), ActionKind::PanBy));
}

TEST_F(GesturesTest, OnlyThePanButtonDragsTheMap) {
    const GestureResult down = handle(events.mouse(InputKind::MouseDown, {200, 200}, 2));
    EXPECT_FALSE(down.consumed);  // the context menu is the browser's
    EXPECT_TRUE(down.list().empty());
    EXPECT_FALSE(has(handle(events.mouse(InputKind::MouseMove, {260, 260})), ActionKind::PanBy));
}

TEST_F(GesturesTest, PanButtonIsABinding) {
    vk::InputMap middle;
    middle.panButton = 1;
    vk::Gestures custom(middle);
    EXPECT_TRUE(custom.handle(events.mouse(InputKind::MouseDown, {200, 200}, 1), canvas).consumed);
    EXPECT_TRUE(has(custom.handle(events.mouse(InputKind::MouseMove, {260, 260}), canvas), ActionKind::PanBy));
    EXPECT_FALSE(custom.handle(events.mouse(InputKind::MouseDown, {200, 200}, 0), canvas).consumed);
}

// The panel and the map's controls get the mouse. ------------------------------------------

TEST_F(GesturesTest, PressOnThePanelOrAControlGoesToTheUi) {
    const GestureResult panel = handle(events.mouse(InputKind::MouseDown, {600, 50}));
    EXPECT_EQ(panel.list(), std::vector{InputAction::uiPointer({600, 50}, 0, true)});
    EXPECT_FALSE(panel.consumed);
    EXPECT_EQ(handle(events.mouse(InputKind::MouseUp, {600, 50})).list(), std::vector{InputAction::uiPointer({600, 50}, 0, false)});
    const GestureResult button = handle(events.mouse(InputKind::MouseDown, {450, 430}, 2));
    EXPECT_EQ(button.list(), std::vector{InputAction::uiPointer({450, 430}, 2, true)});
}

TEST_F(GesturesTest, MoveOverBareMapHoversQuietly) {
    EXPECT_EQ(handle(events.mouse(InputKind::MouseMove, {200, 400})).list(),
              (std::vector{InputAction::uiPointerQuiet({200, 400}), InputAction::hover("")}));
    EXPECT_EQ(handle(events.mouse(InputKind::MouseMove, {305, 205})).list(),
              (std::vector{InputAction::uiPointerQuiet({305, 205}), InputAction::hover("bodo")}));
}

TEST_F(GesturesTest, MoveOverTheInterfaceReachesTheUiAndLeavingItOnceMore) {
    EXPECT_EQ(handle(events.mouse(InputKind::MouseMove, {600, 50})).list(),
              (std::vector{InputAction::uiPointer({600, 50}), InputAction::hover("")}));
    // The first move back over the map still reaches the UI, so that it un-highlights what it drew.
    EXPECT_EQ(handle(events.mouse(InputKind::MouseMove, {100, 100})).list(),
              (std::vector{InputAction::uiPointer({100, 100}), InputAction::hover("oslo")}));
    EXPECT_EQ(handle(events.mouse(InputKind::MouseMove, {101, 100})).list()[0], InputAction::uiPointerQuiet({101, 100}));
}

TEST_F(GesturesTest, MoveOutsideTheCanvasHoversNothing) {
    canvas.markers.push_back({"edge", {0, 0}});
    EXPECT_EQ(find(handle(events.mouse(InputKind::MouseMove, {-1, 0})), ActionKind::Hover)->nominee, "");
    EXPECT_EQ(find(handle(events.mouse(InputKind::MouseMove, {0, 0})), ActionKind::Hover)->nominee, "edge");
}

TEST_F(GesturesTest, LeavingTheCanvasClearsHoverAndTheUiPointer) {
    const GestureResult leave = handle(events.mouse(InputKind::MouseLeave, {}));
    EXPECT_EQ(leave.list(), (std::vector{InputAction::uiPointer(vk::pointerGone), InputAction::hover("")}));
    EXPECT_FALSE(leave.consumed);
}

// Double-click zooms in. --------------------------------------------------------------------

TEST_F(GesturesTest, DoubleClickOnTheMapZoomsInAtThePointer) {
    const GestureResult r = handle(events.mouse(InputKind::DoubleClick, {120, 80}));
    EXPECT_EQ(r.list(), std::vector{InputAction::zoomAt({120, 80}, 2)});
    EXPECT_TRUE(r.consumed);
}

TEST_F(GesturesTest, DoubleClickOnTheInterfaceIsTheUis) {
    EXPECT_TRUE(handle(events.mouse(InputKind::DoubleClick, {600, 80})).list().empty());
    EXPECT_TRUE(handle(events.mouse(InputKind::DoubleClick, {450, 430})).list().empty());
}

// Wheel: standalone a plain wheel zooms; embedded it scrolls the page with a hint, Ctrl/⌘ zooms. --

TEST_F(GesturesTest, StandalonePlainWheelZoomsAtThePointer) {
    const GestureResult out = handle(events.wheel({200, 150}, 300));
    EXPECT_EQ(out.list(), std::vector{InputAction::zoomAt({200, 150}, 0.5)});  // down: zoom out
    EXPECT_TRUE(out.consumed);
    EXPECT_DOUBLE_EQ(handle(events.wheel({200, 150}, -150)).list()[0].factor, std::sqrt(2.0));
}

TEST_F(GesturesTest, EmbeddedPlainWheelShowsTheHintAndLeavesTheWheelToThePage) {
    canvas.embedded = true;
    for (const vk::Modifiers held : {vk::Modifiers{}, shift, alt}) {
        const GestureResult r = handle(events.wheel({200, 150}, 100, held));
        EXPECT_EQ(r.list(), std::vector{InputAction::showHint(Hint::CtrlWheelToZoom)});
        EXPECT_FALSE(r.consumed);
    }
}

TEST_F(GesturesTest, EmbeddedCtrlOrCommandWheelZooms) {
    canvas.embedded = true;
    for (const vk::Modifiers held : {ctrl, meta}) {
        const GestureResult r = handle(events.wheel({200, 150}, -300, held));
        EXPECT_EQ(r.list(), std::vector{InputAction::zoomAt({200, 150}, 2)});
        EXPECT_TRUE(r.consumed);
    }
}

TEST_F(GesturesTest, WheelLinesAndPagesBecomePixels) {
    EXPECT_DOUBLE_EQ(handle(events.wheel({200, 150}, 3, {}, vk::WheelUnit::Line)).list()[0].factor, std::exp2(-48.0 / 300));
    EXPECT_DOUBLE_EQ(handle(events.wheel({200, 150}, 1, {}, vk::WheelUnit::Page)).list()[0].factor, std::exp2(-500.0 / 300));
}

TEST_F(GesturesTest, WheelOverThePanelScrollsItUntilItsEnd) {
    for (const bool embedded : {false, true}) {
        canvas.embedded = embedded;
        canvas.panelScrollsDown = true;
        const GestureResult r = handle(events.wheel({600, 50}, 150));
        EXPECT_EQ(r.list(), (std::vector{InputAction::uiWheel(-2), InputAction::uiPointer({600, 50})}));
        EXPECT_TRUE(r.consumed);
        canvas.panelScrollsDown = false;  // at its end the wheel is the page's: never trap the host's scrolling
        const GestureResult end = handle(events.wheel({600, 50}, 150));
        EXPECT_TRUE(end.list().empty());
        EXPECT_FALSE(end.consumed);
    }
}

// Touch: standalone one finger pans; embedded one finger scrolls the page (with a hint). -------

TEST_F(GesturesTest, StandaloneOneFingerPans) {
    const GestureResult start = handle(events.touch(InputKind::TouchStart, {finger(1, {200, 200})}));
    EXPECT_TRUE(start.consumed);
    EXPECT_EQ(start.list(), std::vector{InputAction::uiPointer({200, 200})});
    const GestureResult move = handle(events.touch(InputKind::TouchMove, {finger(1, {230, 190})}));
    EXPECT_EQ(move.list(), std::vector{InputAction::panBy(30, -10)});
    EXPECT_TRUE(move.consumed);
    EXPECT_EQ(handle(events.touch(InputKind::TouchMove, {finger(1, {231, 195})})).list(), std::vector{InputAction::panBy(1, 5)});
}

TEST_F(GesturesTest, EmbeddedOneFingerIsThePages) {
    canvas.embedded = true;
    EXPECT_FALSE(handle(events.touch(InputKind::TouchStart, {finger(1, {200, 200})})).consumed);
    const GestureResult down = handle(events.touch(InputKind::TouchMove, {finger(1, {203, 240})}));  // scrolling
    EXPECT_TRUE(down.list().empty());
    EXPECT_FALSE(down.consumed);
    const GestureResult end = handle(events.touch(InputKind::TouchEnd, {finger(1, {203, 240}, true)}));
    EXPECT_FALSE(end.consumed);
    EXPECT_FALSE(has(end, ActionKind::ClickNominee));
}

TEST_F(GesturesTest, EmbeddedSidewaysSwipeShowsTheTwoFingerHint) {
    canvas.embedded = true;
    handle(events.touch(InputKind::TouchStart, {finger(1, {200, 200})}));
    EXPECT_TRUE(handle(events.touch(InputKind::TouchMove, {finger(1, {208, 200})})).list().empty());  // within the tap slop
    const GestureResult swipe = handle(events.touch(InputKind::TouchMove, {finger(1, {240, 205})}));
    EXPECT_EQ(swipe.list(), std::vector{InputAction::showHint(Hint::TwoFingersToMove)});
    EXPECT_FALSE(swipe.consumed);  // the page still has the finger
}

// Tap: a short, still finger taps, with a finger's reach. -----------------------------------

TEST_F(GesturesTest, TapOnAMarkerClicksItsNomineeWithAFingersReach) {
    for (const bool embedded : {false, true}) {
        canvas.embedded = embedded;
        handle(events.touch(InputKind::TouchStart, {finger(1, {118, 100})}));  // 18 px: beyond a mouse's reach
        const GestureResult end = handle(events.touch(InputKind::TouchEnd, {finger(1, {118, 100}, true)}));
        EXPECT_EQ(end.list(), (std::vector{InputAction::clickNominee("oslo"), InputAction::uiPointer(vk::pointerGone),
                                            InputAction::hover("")}));
        EXPECT_TRUE(end.consumed);  // also stops the browser's emulated click
    }
}

TEST_F(GesturesTest, FingerWithinTheTapSlopStillTaps) {
    handle(events.touch(InputKind::TouchStart, {finger(1, {100, 100})}));
    handle(events.touch(InputKind::TouchMove, {finger(1, {106, 108})}));  // 10 px
    EXPECT_TRUE(has(handle(events.touch(InputKind::TouchEnd, {finger(1, {106, 108}, true)})), ActionKind::ClickNominee));
}

TEST_F(GesturesTest, FingerThatMovedDoesNotTap) {
    handle(events.touch(InputKind::TouchStart, {finger(1, {100, 100})}));
    handle(events.touch(InputKind::TouchMove, {finger(1, {111, 100})}));
    handle(events.touch(InputKind::TouchMove, {finger(1, {100, 100})}));  // and came back
    EXPECT_FALSE(has(handle(events.touch(InputKind::TouchEnd, {finger(1, {100, 100}, true)})), ActionKind::ClickNominee));
}

TEST_F(GesturesTest, FingerHeldTooLongDoesNotTap) {
    handle(events.touch(InputKind::TouchStart, {finger(1, {100, 100})}));
    events.timeMs += 600;
    EXPECT_FALSE(has(handle(events.touch(InputKind::TouchEnd, {finger(1, {100, 100}, true)})), ActionKind::ClickNominee));
    handle(events.touch(InputKind::TouchStart, {finger(1, {100, 100})}));
    events.timeMs += 560;  // with the 16 ms step: 576 ms
    EXPECT_TRUE(has(handle(events.touch(InputKind::TouchEnd, {finger(1, {100, 100}, true)})), ActionKind::ClickNominee));
}

TEST_F(GesturesTest, CancelledTouchDoesNotTap) {
    handle(events.touch(InputKind::TouchStart, {finger(1, {100, 100})}));
    const GestureResult cancel = handle(events.touch(InputKind::TouchCancel, {finger(1, {100, 100}, true)}));
    EXPECT_FALSE(has(cancel, ActionKind::ClickNominee));
    EXPECT_TRUE(has(cancel, ActionKind::Hover));  // the finger is gone, so is the tooltip
}

TEST_F(GesturesTest, TapOnBareMapClicksNothing) {
    handle(events.touch(InputKind::TouchStart, {finger(1, {200, 400})}));
    const GestureResult end = handle(events.touch(InputKind::TouchEnd, {finger(1, {200, 400}, true)}));
    EXPECT_TRUE(end.consumed);
    EXPECT_FALSE(has(end, ActionKind::ClickNominee));
}

// Two fingers: pan by their midpoint, pinch about it. Ours even when embedded. -------------

TEST_F(GesturesTest, TwoFingersStopAFlightAndAreTaken) {
    canvas.embedded = true;
    handle(events.touch(InputKind::TouchStart, {finger(1, {100, 200})}));
    const GestureResult second = handle(events.touch(InputKind::TouchStart, {finger(1, {100, 200}), finger(2, {200, 200})}));
    EXPECT_EQ(second.list(), std::vector{InputAction::only(ActionKind::StopFlight)});
    EXPECT_TRUE(second.consumed);
}

TEST_F(GesturesTest, TwoFingersPanByTheirMidpoint) {
    canvas.embedded = true;
    handle(events.touch(InputKind::TouchStart, {finger(1, {100, 200}), finger(2, {200, 200})}));
    const GestureResult move = handle(events.touch(InputKind::TouchMove, {finger(1, {110, 230}), finger(2, {210, 230})}));
    EXPECT_EQ(move.list(), (std::vector{InputAction::only(ActionKind::StopFlight), InputAction::panBy(10, 30),
                                         InputAction::zoomAt({160, 230}, 1)}));
    EXPECT_TRUE(move.consumed);
}

TEST_F(GesturesTest, PinchZoomsAboutTheMidpointBySpread) {
    handle(events.touch(InputKind::TouchStart, {finger(1, {100, 200}), finger(2, {200, 200})}));
    const GestureResult apart = handle(events.touch(InputKind::TouchMove, {finger(1, {50, 200}), finger(2, {250, 200})}));
    EXPECT_EQ(*find(apart, ActionKind::ZoomAt), InputAction::zoomAt({150, 200}, 2));
    EXPECT_EQ(find(apart, ActionKind::PanBy)->dx, 0);
    const GestureResult together = handle(events.touch(InputKind::TouchMove, {finger(1, {100, 200}), finger(2, {200, 200})}));
    EXPECT_EQ(*find(together, ActionKind::ZoomAt), InputAction::zoomAt({150, 200}, 0.5));
}

TEST_F(GesturesTest, FingersOnOnePointDoNotZoom) {
    handle(events.touch(InputKind::TouchStart, {finger(1, {100, 200}), finger(2, {100.5, 200})}));
    const GestureResult move = handle(events.touch(InputKind::TouchMove, {finger(1, {90, 200}), finger(2, {110, 200})}));
    EXPECT_FALSE(has(move, ActionKind::ZoomAt));  // 20 / 0.5 would jump
    EXPECT_TRUE(has(move, ActionKind::PanBy));
}

TEST_F(GesturesTest, LiftingFromTwoFingersIsNoTapAndKeepsTheTooltipUntilTheLast) {
    handle(events.touch(InputKind::TouchStart, {finger(1, {100, 100})}));
    handle(events.touch(InputKind::TouchStart, {finger(1, {100, 100}), finger(2, {150, 100})}));
    const GestureResult first = handle(events.touch(InputKind::TouchEnd, {finger(1, {100, 100}), finger(2, {150, 100}, true)}));
    EXPECT_TRUE(first.list().empty());
    const GestureResult last = handle(events.touch(InputKind::TouchEnd, {finger(1, {100, 100}, true)}));
    EXPECT_EQ(kindsOf(last), (std::vector{ActionKind::UiPointer, ActionKind::Hover}));
}

// A finger on the panel scrolls and taps the UI. ---------------------------------------------

TEST_F(GesturesTest, FingerOnThePanelScrollsAndTapsIt) {
    canvas.embedded = true;
    EXPECT_TRUE(handle(events.touch(InputKind::TouchStart, {finger(1, {600, 300})})).consumed);
    const GestureResult scroll = handle(events.touch(InputKind::TouchMove, {finger(1, {600, 225})}));
    EXPECT_EQ(scroll.list(), (std::vector{InputAction::uiWheel(-1), InputAction::uiPointer({600, 225})}));  // follows the finger
    EXPECT_TRUE(scroll.consumed);
    handle(events.touch(InputKind::TouchStart, {finger(2, {650, 100})}));
    const GestureResult tap = handle(events.touch(InputKind::TouchEnd, {finger(2, {650, 100}, true)}));
    EXPECT_EQ(tap.list(), (std::vector{InputAction::uiPointer({650, 100}, 0, true), InputAction::uiPointer({650, 100}, 0, false),
                                        InputAction::uiPointer(vk::pointerGone), InputAction::hover("")}));
    EXPECT_TRUE(tap.consumed);
}

TEST_F(GesturesTest, EmbeddedPanelWithNothingToScrollLeavesTheFingerToThePage) {
    canvas.embedded = true;
    canvas.panelScrollsDown = canvas.panelScrollsUp = false;  // the host sized the frame to fit it
    EXPECT_FALSE(handle(events.touch(InputKind::TouchStart, {finger(1, {600, 300})})).consumed);
    EXPECT_FALSE(handle(events.touch(InputKind::TouchMove, {finger(1, {600, 200})})).consumed);
    canvas.embedded = false;
    EXPECT_TRUE(handle(events.touch(InputKind::TouchStart, {finger(1, {600, 300})})).consumed);
}

// The browser's mouse events after a touch are ignored; touch mode lasts until a real press. ---

TEST_F(GesturesTest, MouseEventsJustAfterATouchAreIgnored) {
    handle(events.touch(InputKind::TouchStart, {finger(1, {100, 100})}));
    handle(events.touch(InputKind::TouchEnd, {finger(1, {100, 100}, true)}));
    const GestureResult down = handle(events.mouse(InputKind::MouseDown, {100, 100}));
    EXPECT_TRUE(down.list().empty());
    EXPECT_FALSE(down.consumed);
    EXPECT_TRUE(handle(events.mouse(InputKind::MouseUp, {100, 100})).list().empty());  // no second click
    EXPECT_TRUE(handle(events.mouse(InputKind::MouseMove, {100, 100})).list().empty());
    EXPECT_TRUE(handle(events.mouse(InputKind::DoubleClick, {100, 100})).list().empty());
    EXPECT_TRUE(gestures.touchMode());
    events.timeMs += 800;
    EXPECT_TRUE(handle(events.mouse(InputKind::MouseDown, {100, 100})).consumed);
    EXPECT_FALSE(gestures.touchMode());
}

TEST_F(GesturesTest, TouchModeStartsWithATouch) {
    EXPECT_FALSE(gestures.touchMode());
    handle(events.touch(InputKind::TouchStart, {finger(1, {600, 100})}));
    EXPECT_TRUE(gestures.touchMode());
}

// Keys: arrows pan, + and − zoom about the map's centre, 0 resets, Escape clears. ------------

TEST_F(GesturesTest, ArrowsPanTheViewThatWay) {
    const std::pair<std::string_view, InputAction> cases[] = {
        {"ArrowLeft", InputAction::panBy(80, 0)},
        {"ArrowRight", InputAction::panBy(-80, 0)},
        {"ArrowUp", InputAction::panBy(0, 80)},
        {"ArrowDown", InputAction::panBy(0, -80)},
    };
    for (const auto& [key, pan] : cases) {
        const GestureResult r = handle(events.key(key));
        EXPECT_EQ(r.list(), (std::vector{InputAction::only(ActionKind::StopFlight), pan})) << key;
        EXPECT_TRUE(r.consumed) << key;
    }
}

TEST_F(GesturesTest, PlusAndMinusZoomAboutTheMapsCentre) {
    canvas.map = {0, 100, 400, 300};  // a map below something
    for (const std::string_view key : {"+", "="})
        EXPECT_EQ(handle(events.key(key, shift)).list()[1], InputAction::zoomAt({200, 250}, 2)) << key;
    for (const std::string_view key : {"-", "_"})
        EXPECT_EQ(handle(events.key(key)).list()[1], InputAction::zoomAt({200, 250}, 0.5)) << key;
}

TEST_F(GesturesTest, ZeroResetsTheView) {
    const GestureResult r = handle(events.key("0"));
    EXPECT_EQ(kindsOf(r), (std::vector{ActionKind::StopFlight, ActionKind::ResetView}));
    EXPECT_TRUE(r.consumed);
}

TEST_F(GesturesTest, EscapeClearsWhenThereIsSomethingToClear) {
    canvas.somethingToClear = true;
    const GestureResult r = handle(events.key("Escape"));
    EXPECT_EQ(kindsOf(r), (std::vector{ActionKind::StopFlight, ActionKind::ClearSelection}));
    EXPECT_TRUE(r.consumed);
}

TEST_F(GesturesTest, EscapeWithNothingToClearIsThePages) {
    const GestureResult r = handle(events.key("Escape"));  // a host's dialog may close on it
    EXPECT_TRUE(r.list().empty());
    EXPECT_FALSE(r.consumed);
}

TEST_F(GesturesTest, OtherKeysAndBrowserShortcutsAreThePages) {
    for (const std::string_view key : {"Tab", "Enter", "a", "", "1"}) EXPECT_FALSE(handle(events.key(key)).consumed) << key;
    canvas.somethingToClear = true;
    for (const vk::Modifiers held : {ctrl, meta, alt}) {
        EXPECT_FALSE(handle(events.key("+", held)).consumed);  // browser zoom
        EXPECT_FALSE(handle(events.key("ArrowLeft", held)).consumed);
        EXPECT_FALSE(handle(events.key("Escape", held)).consumed);
    }
}

TEST_F(GesturesTest, KeysAreBindings) {
    vk::InputMap map;
    map.zoomIn = {"i"};
    map.keyPanPx = 20;
    vk::Gestures custom(map);
    EXPECT_EQ(custom.handle(events.key("i"), canvas).list()[1], InputAction::zoomAt({250, 250}, 2));
    EXPECT_FALSE(custom.handle(events.key("+"), canvas).consumed);
    EXPECT_EQ(custom.handle(events.key("ArrowDown"), canvas).list()[1], InputAction::panBy(0, -20));
}

// The bindings' small types. ------------------------------------------------------------------

TEST(InputMap, KeyBindingMatchesEitherKeyAndNeverNoKey) {
    const vk::KeyBinding plus{"+", "="}, zero{"0"};
    EXPECT_TRUE(plus.matches("+"));
    EXPECT_TRUE(plus.matches("="));
    EXPECT_FALSE(plus.matches("-"));
    EXPECT_TRUE(zero.matches("0"));
    EXPECT_FALSE(zero.matches(""));  // an empty alternative is no binding
}

TEST(InputMap, ModifiersAnyOf) {
    const vk::InputMap map;
    EXPECT_TRUE(ctrl.anyOf(map.wheelZoomModifiers));
    EXPECT_TRUE(meta.anyOf(map.wheelZoomModifiers));
    EXPECT_FALSE(shift.anyOf(map.wheelZoomModifiers));
    EXPECT_FALSE(vk::Modifiers{}.anyOf(map.wheelZoomModifiers));
    EXPECT_TRUE(alt.anyOf(map.keyModifiersForPage));
}

}  // namespace
