#include "core/pixels.hpp"

#include <cmath>

namespace vk {

namespace {

int devicePixels(double cssPx, double pixelRatio) { return static_cast<int>(std::lround(cssPx * pixelRatio)); }

}  // namespace

DeviceRect canvasToDevice(CanvasSize canvas, double pixelRatio) {
    return {0, 0, devicePixels(canvas.width, pixelRatio), devicePixels(canvas.height, pixelRatio)};
}

DeviceRect canvasToDevice(const CanvasRect& rect, CanvasSize canvas, double pixelRatio) {
    const int framebufferHeight = devicePixels(canvas.height, pixelRatio);
    const int left = devicePixels(rect.x, pixelRatio), right = devicePixels(rect.x + rect.width, pixelRatio);
    const int top = devicePixels(rect.y, pixelRatio), bottom = devicePixels(rect.y + rect.height, pixelRatio);
    return {left, framebufferHeight - bottom, right - left, bottom - top};
}

CanvasRect deviceToCanvas(const DeviceRect& rect, CanvasSize canvas, double pixelRatio) {
    const double framebufferHeight = devicePixels(canvas.height, pixelRatio);
    const double top = framebufferHeight - rect.y - rect.height;
    return {rect.x / pixelRatio, top / pixelRatio, rect.width / pixelRatio, rect.height / pixelRatio};
}

}  // namespace vk
