#include "backends/imgui_impl_html5.h"

#include <emscripten/html5.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "imgui.h"

static_assert(IMGUI_VERSION_NUM == 18600, "written for Dear ImGui 1.86: check ImGuiIO's mouse fields before another version");

namespace {

// A pointer event for ImGui, applied one button change per frame.
struct PointerEvent {
    float x = 0, y = 0;
    int button = -1;  // ImGui's numbering; -1: move only
    bool down = false;
};

// The backend's data, kept in io.BackendPlatformUserData as ImGui's own backends keep theirs.
struct Platform {
    std::string canvasSelector;
    ImGui_ImplHtml5_Canvas canvas;
    double lastFrameMs = -1;
    std::vector<PointerEvent> events;  // in order; a few a frame (a vector: a deque's code is larger)
    float wheel = 0;
};

Platform* backendData() {
    return ImGui::GetCurrentContext() ? static_cast<Platform*>(ImGui::GetIO().BackendPlatformUserData) : nullptr;
}

// DOM buttons are 0 left, 1 middle, 2 right, 3 back, 4 forward; ImGui's are 0 left, 1 right,
// 2 middle. The side buttons, and any other, are the browser's (back, forward): -1, never ImGui's.
int imguiButton(int domButton) {
    switch (domButton) {
        case 0: return 0;
        case 1: return 2;
        case 2: return 1;
        default: return -1;
    }
}

}  // namespace

bool ImGui_ImplHtml5_Init(const char* canvasSelector) {
    ImGuiIO& io = ImGui::GetIO();
    IM_ASSERT(io.BackendPlatformUserData == nullptr && "platform backend already initialised");
    Platform& platform = *IM_NEW(Platform)();
    platform.canvasSelector = canvasSelector;
    io.BackendPlatformUserData = &platform;
    io.BackendPlatformName = "vertskapskart_html5";
    return true;
}

void ImGui_ImplHtml5_Shutdown() {
    Platform* platform = backendData();
    if (!platform) return;
    ImGuiIO& io = ImGui::GetIO();
    io.BackendPlatformName = nullptr;
    io.BackendPlatformUserData = nullptr;
    IM_DELETE(platform);
}

bool ImGui_ImplHtml5_SyncCanvasSize() {
    Platform* platform = backendData();
    if (!platform) return false;
    double cssWidth = 0, cssHeight = 0;
    emscripten_get_element_css_size(platform->canvasSelector.c_str(), &cssWidth, &cssHeight);
    const double ratio = std::max(emscripten_get_device_pixel_ratio(), 1.0);
    cssWidth = std::max(cssWidth, 1.0);  // a hidden frame measures 0: treat it as 1 px, once
    cssHeight = std::max(cssHeight, 1.0);
    ImGui_ImplHtml5_Canvas& c = platform->canvas;
    if (cssWidth == c.cssWidth && cssHeight == c.cssHeight && ratio == c.pixelRatio) return false;
    c = {cssWidth, cssHeight, ratio};
    const int width = static_cast<int>(std::lround(cssWidth * ratio)), height = static_cast<int>(std::lround(cssHeight * ratio));
    // Setting a canvas's size, even to the one it has, makes a WebGL drawing buffer anew and waits
    // for the GPU: the page sizes the canvas before it makes the context (web/widget.js).
    int elementWidth = 0, elementHeight = 0;
    emscripten_get_canvas_element_size(platform->canvasSelector.c_str(), &elementWidth, &elementHeight);
    if (elementWidth != width || elementHeight != height)
        emscripten_set_canvas_element_size(platform->canvasSelector.c_str(), width, height);
    return true;
}

ImGui_ImplHtml5_Canvas ImGui_ImplHtml5_GetCanvas() {
    const Platform* platform = backendData();
    return platform ? platform->canvas : ImGui_ImplHtml5_Canvas{};
}

bool ImGui_ImplHtml5_NewFrame(double timeMs) {
    Platform* platform = backendData();
    IM_ASSERT(platform && "call ImGui_ImplHtml5_Init() first");
    if (!platform) return false;
    ImGuiIO& io = ImGui::GetIO();
    const ImGui_ImplHtml5_Canvas& c = platform->canvas;
    io.DisplaySize = {static_cast<float>(c.cssWidth), static_cast<float>(c.cssHeight)};
    // As imgui_impl_glfw does: the backing store's size over the CSS size, per axis. The backing
    // store is rounded to whole pixels (ImGui_ImplHtml5_SyncCanvasSize), so on a canvas 737.6 CSS px
    // wide the scale is not quite the pixel ratio, and the renderer's framebuffer is the backing
    // store to the pixel.
    io.DisplayFramebufferScale = {static_cast<float>(std::lround(c.cssWidth * c.pixelRatio) / c.cssWidth),
                                  static_cast<float>(std::lround(c.cssHeight * c.pixelRatio) / c.cssHeight)};
    if (platform->lastFrameMs < 0) platform->lastFrameMs = timeMs;
    io.DeltaTime = static_cast<float>(std::max((timeMs - platform->lastFrameMs) / 1000.0, 1e-4));
    platform->lastFrameMs = timeMs;

    // Moves apply at once. A button change waits for the next frame when this frame already had
    // one, or moved the pointer: ImGui must see the pointer over a button before the press, or a
    // quick move-and-click would miss it.
    bool buttonChanged = false, moved = false;
    auto& events = platform->events;
    std::size_t used = 0;
    for (; used < events.size(); ++used) {
        const PointerEvent e = events[used];
        if (e.button >= 0 && (buttonChanged || moved)) break;
        moved = moved || e.x != io.MousePos.x || e.y != io.MousePos.y;
        io.MousePos = {e.x, e.y};
        if (e.button >= 0) {
            io.MouseDown[e.button] = e.down;
            buttonChanged = true;
        }
    }
    events.erase(events.begin(), events.begin() + static_cast<std::ptrdiff_t>(used));
    io.MouseWheel = platform->wheel;
    platform->wheel = 0;
    return !events.empty();
}

void ImGui_ImplHtml5_AddMousePos(double x, double y) {
    if (Platform* platform = backendData()) platform->events.push_back({static_cast<float>(x), static_cast<float>(y)});
}

void ImGui_ImplHtml5_AddQuietMousePos(double x, double y) {
    Platform* platform = backendData();
    if (!platform) return;
    auto& events = platform->events;
    const PointerEvent move{static_cast<float>(x), static_cast<float>(y)};
    if (!events.empty() && events.back().button < 0) events.back() = move;
    else events.push_back(move);
}

void ImGui_ImplHtml5_AddMouseButton(double x, double y, int domButton, bool down) {
    Platform* platform = backendData();
    const int button = imguiButton(domButton);
    if (platform && button >= 0) platform->events.push_back({static_cast<float>(x), static_cast<float>(y), button, down});
}

void ImGui_ImplHtml5_AddMouseLeave() { ImGui_ImplHtml5_AddMousePos(-1e6, -1e6); }

void ImGui_ImplHtml5_AddWheel(double units) {
    if (Platform* platform = backendData()) platform->wheel += static_cast<float>(units);
}
