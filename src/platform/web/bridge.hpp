// The bridge between the widget (C++) and the page shell (web/widget.js): notifications out,
// JSON commands in. The JS half is bridge.js; the shell's half is documented in docs/ARCHITECTURE.md.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

extern "C" {
void vk_js_notify(const char* type, const char* json);
int vk_js_asset_size(const char* name);
void vk_js_asset_copy(const char* name, void* destination);
int vk_js_is_embedded();
int vk_js_prefers_reduced_motion();
int vk_js_prefers_dark();
void vk_js_set_cursor(const char* cursor);
void vk_js_canvas_origin(double* xy);
void vk_js_focus_canvas();
void vk_js_install(void* app);  // Module.vkCommand, which passes app back to vk_command
}

namespace vk::web {

// The bytes of an asset the shell fetched; empty when it has none by that name.
std::vector<std::uint8_t> takeAsset(const char* name);

}  // namespace vk::web
