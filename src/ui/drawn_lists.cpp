#include "ui/drawn_lists.hpp"

#include <cstring>

namespace vk::ui {

namespace {

bool equal(ImVec2 a, ImVec2 b) { return a.x == b.x && a.y == b.y; }

// Whether count elements at a equal those at b, byte for byte. (An empty ImVector's data may be
// null, which memcmp must not be given even for 0 bytes.)
template <typename T>
bool sameBytes(const T* a, const T* b, std::size_t count) {
    return count == 0 || std::memcmp(a, b, count * sizeof(T)) == 0;
}

}  // namespace

bool DrawnLists::Command::operator==(const ImDrawCmd& c) const {
    return std::memcmp(&clipRect, &c.ClipRect, sizeof clipRect) == 0 && texture == c.TextureId &&
           elemCount == c.ElemCount && idxOffset == c.IdxOffset && vtxOffset == c.VtxOffset &&
           callback == c.UserCallback;
}

void DrawnLists::record(const ImDrawData& drawData) {
    vertices_.clear();
    indices_.clear();
    commands_.clear();
    lists_.clear();
    for (int n = 0; n < drawData.CmdListsCount; ++n) {
        const ImDrawList& list = *drawData.CmdLists[n];
        vertices_.insert(vertices_.end(), list.VtxBuffer.begin(), list.VtxBuffer.end());
        indices_.insert(indices_.end(), list.IdxBuffer.begin(), list.IdxBuffer.end());
        for (const ImDrawCmd& c : list.CmdBuffer)
            commands_.push_back({c.ClipRect, c.TextureId, c.ElemCount, c.IdxOffset, c.VtxOffset, c.UserCallback});
        lists_.push_back({static_cast<std::size_t>(list.VtxBuffer.Size), static_cast<std::size_t>(list.IdxBuffer.Size),
                          static_cast<std::size_t>(list.CmdBuffer.Size)});
    }
    displayPos_ = drawData.DisplayPos;
    displaySize_ = drawData.DisplaySize;
    framebufferScale_ = drawData.FramebufferScale;
    recorded_ = true;
}

bool DrawnLists::same(const ImDrawData& drawData) const {
    if (!recorded_ || !equal(drawData.DisplayPos, displayPos_) || !equal(drawData.DisplaySize, displaySize_) ||
        !equal(drawData.FramebufferScale, framebufferScale_) ||
        static_cast<std::size_t>(drawData.CmdListsCount) != lists_.size())
        return false;
    std::size_t firstVertex = 0, firstIndex = 0, firstCommand = 0;
    for (int n = 0; n < drawData.CmdListsCount; ++n) {
        const ImDrawList& list = *drawData.CmdLists[n];
        const List& drawn = lists_[static_cast<std::size_t>(n)];
        if (static_cast<std::size_t>(list.VtxBuffer.Size) != drawn.vertices ||
            static_cast<std::size_t>(list.IdxBuffer.Size) != drawn.indices ||
            static_cast<std::size_t>(list.CmdBuffer.Size) != drawn.commands ||
            !sameBytes(list.VtxBuffer.Data, vertices_.data() + firstVertex, drawn.vertices) ||
            !sameBytes(list.IdxBuffer.Data, indices_.data() + firstIndex, drawn.indices))
            return false;
        for (std::size_t c = 0; c < drawn.commands; ++c)
            if (!(commands_[firstCommand + c] == list.CmdBuffer[static_cast<int>(c)])) return false;
        firstVertex += drawn.vertices;
        firstIndex += drawn.indices;
        firstCommand += drawn.commands;
    }
    return true;
}

void DrawnLists::forget() { recorded_ = false; }

}  // namespace vk::ui
