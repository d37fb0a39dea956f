// Dear ImGui platform backend for a canvas driven by Emscripten's html5.h, in the shape of ImGui's
// own platform backends (Init, Shutdown, NewFrame, and event hooks the app's callbacks call, as
// imgui_impl_glfw's are when it does not install its own). Written for Dear ImGui 1.86.
// Implements: display size and framebuffer scale from the canvas's CSS size and the device pixel
// ratio (and sizes the canvas's backing store to match), delta time from the frame's timestamp,
// mouse position, buttons and wheel. Does not implement: keyboard and text input (the widget's
// canvas takes only map keys; its text lives in the page), gamepads, cursors, clipboard,
// multi-viewports. It installs no html5.h callbacks itself: html5.h keeps one callback per event
// and target, and the app decides which events are ImGui's (panels) and which the map's.
// Includes ImGui and Emscripten; never core or platform.
#pragma once

// The canvas as last measured, in CSS pixels (at least 1 each way) and its device pixel ratio
// (at least 1).
struct ImGui_ImplHtml5_Canvas {
    double cssWidth = 1;
    double cssHeight = 1;
    double pixelRatio = 1;
};

bool ImGui_ImplHtml5_Init(const char* canvasSelector);  // the canvas stays for the backend's lifetime
void ImGui_ImplHtml5_Shutdown();
// Before ImGui::NewFrame(): display size and scale, delta time since the last frame (timeMs is
// the frame's performance.now() timestamp), and the queued pointer events. A button change waits
// for the next frame when this one already had a change or a move, so a press and release within
// one frame still make a click: returns true when events are left for the next frame.
bool ImGui_ImplHtml5_NewFrame(double timeMs);

// Measures the canvas; when its CSS size or the device pixel ratio changed, sizes the backing
// store to CSS size x ratio (sharp text and map on high-DPI screens). True on a change.
bool ImGui_ImplHtml5_SyncCanvasSize();
ImGui_ImplHtml5_Canvas ImGui_ImplHtml5_GetCanvas();

// Event hooks, in canvas CSS pixels. domButton: the DOM's numbering (0 left, 1 middle, 2 right).
void ImGui_ImplHtml5_AddMousePos(double x, double y);
// A move ImGui need not see at once (over bare map, where it draws nothing): replaces a queued
// move instead of adding one, and asks for no frame.
void ImGui_ImplHtml5_AddQuietMousePos(double x, double y);
void ImGui_ImplHtml5_AddMouseButton(double x, double y, int domButton, bool down);
void ImGui_ImplHtml5_AddMouseLeave();  // the pointer left the canvas (or a finger lifted)
// A vertical wheel or finger scroll in ImGui's wheel units (io.MouseWheel: positive scrolls the
// content down, towards its start). The caller converts from the DOM's pixels.
void ImGui_ImplHtml5_AddWheel(double units);
