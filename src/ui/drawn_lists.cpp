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

// Whether two commands draw the same: every field (compared one by one, as padding may differ).
bool sameCommand(const ImDrawCmd& a, const ImDrawCmd& b) {
    return std::memcmp(&a.ClipRect, &b.ClipRect, sizeof a.ClipRect) == 0 && a.TextureId == b.TextureId &&
           a.VtxOffset == b.VtxOffset && a.IdxOffset == b.IdxOffset && a.ElemCount == b.ElemCount &&
           a.UserCallback == b.UserCallback && a.UserCallbackData == b.UserCallbackData;
}

}  // namespace

void DrawnLists::record(const ImDrawData& drawData) {
    vertices_.clear();
    indices_.clear();
    commands_.clear();
    lists_.clear();
    for (int n = 0; n < drawData.CmdListsCount; ++n) {
        const ImDrawList& list = *drawData.CmdLists[n];
        vertices_.insert(vertices_.end(), list.VtxBuffer.begin(), list.VtxBuffer.end());
        indices_.insert(indices_.end(), list.IdxBuffer.begin(), list.IdxBuffer.end());
        commands_.insert(commands_.end(), list.CmdBuffer.begin(), list.CmdBuffer.end());
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
            if (!sameCommand(commands_[firstCommand + c], list.CmdBuffer[static_cast<int>(c)])) return false;
        firstVertex += drawn.vertices;
        firstIndex += drawn.indices;
        firstCommand += drawn.commands;
    }
    return true;
}

void DrawnLists::forget() { recorded_ = false; }

}  // namespace vk::ui
