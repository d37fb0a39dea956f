// ImGui's half of the canvas's picture (src/ui/drawn_lists.hpp): a frame that would draw the same
// lists leaves the canvas alone, so "the same" must never hold for a frame that looks different.
#include "ui/drawn_lists.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <initializer_list>
#include <vector>

#include "headless_ui.hpp"

namespace {

using vk::uitest::HeadlessUi;

const ImDrawData& lastFrame() { return *ImGui::GetDrawData(); }

TEST(DrawnLists, AFrameWithNothingChangedIsTheSame) {
    HeadlessUi ui;
    ui.state.selected = {"asker", "tinn"};
    ui.settle();
    vk::ui::DrawnLists drawn;
    EXPECT_FALSE(drawn.same(lastFrame())) << "nothing is recorded yet";
    drawn.record(lastFrame());
    EXPECT_TRUE(drawn.same(lastFrame()));
    ui.frame();
    EXPECT_TRUE(drawn.same(lastFrame()));
    drawn.forget();
    EXPECT_FALSE(drawn.same(lastFrame()));
}

TEST(DrawnLists, AHoverIsNotTheSame) {
    HeadlessUi ui;
    ui.settle();
    vk::ui::DrawnLists drawn;
    drawn.record(lastFrame());
    ui.state.hover = "tinn";
    ui.frame();
    EXPECT_FALSE(drawn.same(lastFrame()));
    drawn.record(lastFrame());
    ui.state.hover = "";
    ui.frame();
    EXPECT_FALSE(drawn.same(lastFrame()));
}

TEST(DrawnLists, AnotherDisplayIsNotTheSame) {
    HeadlessUi ui;
    ui.settle();
    vk::ui::DrawnLists drawn;
    drawn.record(lastFrame());
    ImDrawData moved = lastFrame();  // the same lists, drawn elsewhere or at another scale
    moved.DisplayPos.x += 1;
    EXPECT_FALSE(drawn.same(moved));
    ImDrawData larger = lastFrame();
    larger.DisplaySize.y += 1;
    EXPECT_FALSE(drawn.same(larger));
    ImDrawData sharper = lastFrame();
    sharper.FramebufferScale = {2, 2};
    EXPECT_FALSE(drawn.same(sharper));
}

// Hand-made lists, for what a widget's frame rarely does: one triangle per list, a command each.
struct Lists {
    std::vector<ImDrawList*> lists;
    ImDrawData data;
    explicit Lists(std::initializer_list<int> verticesPerList) {
        float x = 0;
        for (const int count : verticesPerList) {
            auto* list = IM_NEW(ImDrawList)(nullptr);
            for (int v = 0; v < count; ++v, x += 10) list->VtxBuffer.push_back({{x, 0}, {0, 0}, IM_COL32_WHITE});
            for (int k = 0; k < 3; ++k) list->IdxBuffer.push_back(0);
            ImDrawCmd command;
            command.ClipRect = {0, 0, 100, 100};
            command.ElemCount = 3;
            list->CmdBuffer.push_back(command);
            lists.push_back(list);
            data.TotalVtxCount += count;
            data.TotalIdxCount += 3;
        }
        data.Valid = true;
        data.CmdLists = lists.data();
        data.CmdListsCount = static_cast<int>(lists.size());
        data.DisplaySize = {100, 100};
        data.FramebufferScale = {1, 1};
    }
    ~Lists() {
        for (ImDrawList* list : lists) IM_DELETE(list);
    }
    Lists(const Lists&) = delete;
    Lists& operator=(const Lists&) = delete;
};

TEST(DrawnLists, TheSameBytesSplitIntoOtherListsAreNotTheSame) {
    // Both hold vertices at x = 0, 10, 20 and the same indices and commands, but each list's index
    // 0 names another vertex: (0 | 10, 20) against (0, 10 | 20).
    Lists before({1, 2}), after({2, 1});
    vk::ui::DrawnLists drawn;
    drawn.record(before.data);
    EXPECT_TRUE(drawn.same(before.data));
    EXPECT_FALSE(drawn.same(after.data));
}

TEST(DrawnLists, AnotherClipRectangleOrTextureIsNotTheSame) {
    Lists before({3}), clipped({3}), textured({3});
    clipped.lists[0]->CmdBuffer[0].ClipRect.z = 50;
    textured.lists[0]->CmdBuffer[0].TextureId = reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(7));
    vk::ui::DrawnLists drawn;
    drawn.record(before.data);
    EXPECT_FALSE(drawn.same(clipped.data));
    EXPECT_FALSE(drawn.same(textured.data));
}

TEST(DrawnLists, AnotherColourOrOneListMoreIsNotTheSame) {
    Lists before({3}), recoloured({3}), more({3, 3});
    recoloured.lists[0]->VtxBuffer[1].col = IM_COL32(255, 0, 0, 255);
    vk::ui::DrawnLists drawn;
    drawn.record(before.data);
    EXPECT_FALSE(drawn.same(recoloured.data));
    EXPECT_FALSE(drawn.same(more.data));
}

}  // namespace
