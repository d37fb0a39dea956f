// ImGui's half of the canvas's picture: a copy of the draw lists a frame drew, to tell whether the
// next frame would draw exactly the same (then the platform makes no GL call at all, and the
// browser keeps showing the last picture). The map's half is the platform's App::Frames::Picture.
// Knows ImGui only; never GL, core's state or Emscripten.
#pragma once

#include <cstddef>
#include <vector>

#include "imgui.h"

namespace vk::ui {

class DrawnLists {
public:
    // Keeps what drawData draws: every list's vertices, indices and commands, and the display.
    void record(const ImDrawData& drawData);
    // Whether drawData would draw what was recorded: the same display, the same lists (each of
    // the same length, so that every index still names the same vertex) with the same vertices,
    // indices and commands. False before a record and after forget().
    bool same(const ImDrawData& drawData) const;
    // The next frame is never the same: a texture was made again (its new name may be the old
    // one's), or the context that showed the picture was lost.
    void forget();
    // What record() kept: every list's vertices and indices, one list after another (the
    // renderer uploads them at once, so the frame copies them only here).
    const ImDrawVert* vertices() const { return vertices_.data(); }
    const ImDrawIdx* indices() const { return indices_.data(); }

private:
    struct List {
        std::size_t vertices = 0, indices = 0, commands = 0;  // how many of each it has
    };
    std::vector<ImDrawVert> vertices_;
    std::vector<ImDrawIdx> indices_;
    std::vector<ImDrawCmd> commands_;
    std::vector<List> lists_;
    ImVec2 displayPos_, displaySize_, framebufferScale_;
    bool recorded_ = false;
};

}  // namespace vk::ui
