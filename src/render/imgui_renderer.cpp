#include "render/imgui_renderer.hpp"

#include <GLES3/gl3.h>

#include <cmath>
#include <cstdint>
#include <string>

#include "imgui.h"
#include "render/canvas_program.hpp"

static_assert(IMGUI_VERSION_NUM == 18600, "written for Dear ImGui 1.86: check ImDrawData and the texture id before another version");

namespace vk {

namespace {

// Points the vertex attributes at the vertices starting at firstVertex in the shared buffer.
void pointAttributesAt(std::size_t firstVertex) {
    const auto base = static_cast<std::uintptr_t>(firstVertex * sizeof(ImDrawVert));
    const auto stride = static_cast<GLsizei>(sizeof(ImDrawVert));
    glVertexAttribPointer(vk::canvas::positionAttribute, 2, GL_FLOAT, GL_FALSE, stride,
                          reinterpret_cast<const void*>(base + offsetof(ImDrawVert, pos)));
    glVertexAttribPointer(vk::canvas::uvAttribute, 2, GL_FLOAT, GL_FALSE, stride,
                          reinterpret_cast<const void*>(base + offsetof(ImDrawVert, uv)));
    glVertexAttribPointer(vk::canvas::colourAttribute, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride,
                          reinterpret_cast<const void*>(base + offsetof(ImDrawVert, col)));
}

// The state ImGui's draw lists need, set afresh (never saved and restored: see the header).
void setUpRenderState(unsigned program, unsigned vertexArray, unsigned vertexBuffer, const ImDrawData* drawData,
                      int framebufferWidth, int framebufferHeight) {
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);
    glEnable(GL_SCISSOR_TEST);
    glViewport(0, 0, framebufferWidth, framebufferHeight);

    // ImGui's orthographic projection is a scale and an offset per axis; the atlas holds coverage.
    const float l = drawData->DisplayPos.x, r = drawData->DisplayPos.x + drawData->DisplaySize.x;
    const float t = drawData->DisplayPos.y, b = drawData->DisplayPos.y + drawData->DisplaySize.y;
    vk::canvas::useProgram(program, 2.0f / (r - l), 2.0f / (t - b), (r + l) / (l - r), (t + b) / (b - t),
                           vk::canvas::Sampling::coverage);
    glActiveTexture(GL_TEXTURE0);
    glBindVertexArray(vertexArray);
    glBindBuffer(GL_ARRAY_BUFFER, vertexBuffer);
}

}  // namespace

void ImGuiRenderer::init(unsigned program) {
    program_ = program;
    glGenVertexArrays(1, &vertexArray_);
    glGenBuffers(1, &vertexBuffer_);
    glGenBuffers(1, &indexBuffer_);
    glBindVertexArray(vertexArray_);
    glBindBuffer(GL_ARRAY_BUFFER, vertexBuffer_);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, indexBuffer_);
    for (GLuint i : {vk::canvas::positionAttribute, vk::canvas::uvAttribute, vk::canvas::colourAttribute})
        glEnableVertexAttribArray(i);
    glBindVertexArray(0);
}

void ImGuiRenderer::forgetContext() {
    *this = ImGuiRenderer{};
    if (ImGui::GetCurrentContext()) ImGui::GetIO().Fonts->SetTexID(nullptr);
}

void ImGuiRenderer::uploadFonts() {
    ImGuiIO& io = ImGui::GetIO();
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    io.Fonts->GetTexDataAsAlpha8(&pixels, &width, &height);  // a quarter of RGBA's bytes to convert and upload
    if (fontTexture_) glDeleteTextures(1, &fontTexture_);
    glGenTextures(1, &fontTexture_);
    glBindTexture(GL_TEXTURE_2D, fontTexture_);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
    io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(fontTexture_)));
    io.Fonts->ClearTexData();  // the atlas's pixels now live on the GPU
}

void ImGuiRenderer::render(const ImDrawData* drawData, const ImDrawVert* vertices, const ImDrawIdx* indices) {
    if (!drawData || !vertices || !indices) return;
    if (!fontTexture_) uploadFonts();
    const float scaleX = drawData->FramebufferScale.x, scaleY = drawData->FramebufferScale.y;
    // Rounded, not truncated: DisplaySize x FramebufferScale is the backing store's whole size up to
    // float rounding: the platform sets the scale to the backing store over the CSS size.
    const int framebufferWidth = static_cast<int>(std::lround(drawData->DisplaySize.x * scaleX));
    const int framebufferHeight = static_cast<int>(std::lround(drawData->DisplaySize.y * scaleY));
    if (framebufferWidth <= 0 || framebufferHeight <= 0 || drawData->TotalVtxCount == 0 || !program_) return;

    setUpRenderState(program_, vertexArray_, vertexBuffer_, drawData, framebufferWidth, framebufferHeight);
    const float l = drawData->DisplayPos.x, t = drawData->DisplayPos.y;
    // One upload for the whole frame.
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(drawData->TotalVtxCount) * static_cast<GLsizeiptr>(sizeof(ImDrawVert)),
                 vertices, GL_STREAM_DRAW);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(drawData->TotalIdxCount) * static_cast<GLsizeiptr>(sizeof(ImDrawIdx)),
                 indices, GL_STREAM_DRAW);

    std::size_t firstVertex = 0, firstIndex = 0;
    GLuint boundTexture = 0;
    for (int n = 0; n < drawData->CmdListsCount; ++n) {
        const ImDrawList* list = drawData->CmdLists[n];
        pointAttributesAt(firstVertex);
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            if (cmd.UserCallback) {
                // The one callback ImGui itself defines; others are not used by the widget.
                if (cmd.UserCallback == ImDrawCallback_ResetRenderState) {
                    setUpRenderState(program_, vertexArray_, vertexBuffer_, drawData, framebufferWidth, framebufferHeight);
                    pointAttributesAt(firstVertex);
                    boundTexture = 0;
                }
                continue;
            }
            const ImVec2 clipMin{(cmd.ClipRect.x - l) * scaleX, (cmd.ClipRect.y - t) * scaleY};
            const ImVec2 clipMax{(cmd.ClipRect.z - l) * scaleX, (cmd.ClipRect.w - t) * scaleY};
            if (clipMax.x <= clipMin.x || clipMax.y <= clipMin.y) continue;
            glScissor(static_cast<GLint>(clipMin.x), static_cast<GLint>(static_cast<float>(framebufferHeight) - clipMax.y),
                      static_cast<GLsizei>(clipMax.x - clipMin.x), static_cast<GLsizei>(clipMax.y - clipMin.y));
            const auto texture = static_cast<GLuint>(reinterpret_cast<std::uintptr_t>(cmd.GetTexID()));
            if (texture != boundTexture) {
                glBindTexture(GL_TEXTURE_2D, texture);
                boundTexture = texture;
            }
            const auto offset = static_cast<std::uintptr_t>((firstIndex + cmd.IdxOffset) * sizeof(ImDrawIdx));
            // VtxOffset is always 0 with 16-bit indices unless ImGuiBackendFlags_RendererHasVtxOffset is set.
            glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(cmd.ElemCount),
                           sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT, reinterpret_cast<const void*>(offset));
        }
        firstVertex += static_cast<std::size_t>(list->VtxBuffer.Size);
        firstIndex += static_cast<std::size_t>(list->IdxBuffer.Size);
    }
    glDisable(GL_SCISSOR_TEST);
    glBindVertexArray(0);
}

}  // namespace vk
