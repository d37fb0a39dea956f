// The widget's own renderer of Dear ImGui's draw lists, on WebGL2 (OpenGL ES 3.0 through
// Emscripten), with the canvas's one shader program (render/canvas_program.hpp), which the caller
// makes, owns and checks. It is the render layer's, not an ImGui backend: it takes the vertices
// and indices of every list at once, as ui::DrawnLists keeps them for the next frame's comparison,
// so that a drawn frame copies the lists once; and it shares the map's program, so that the first
// frame waits for one program, not two (docs/ARCHITECTURE.md, "Why our own ImGui renderer").
// Written for Dear ImGui 1.86 (checked by a static_assert). Implements: font texture, textured
// triangles with scissor clipping, 16-bit indices, ImDrawCallback_ResetRenderState. Does not:
// save and restore the caller's GL state (the widget sets up its own each frame, and on the web
// every glGet* is a slow call into JavaScript), multi-viewports, other user callbacks.
// Includes Dear ImGui's draw data (imgui.h) and GLES3; never ui or platform.
#pragma once

#include "imgui.h"

namespace vk {

class ImGuiRenderer {
public:
    // Makes its buffers; needs a current WebGL2 context and vk::canvas::compileProgram()'s program.
    void init(unsigned program);
    // Forgets every GL object (after a lost context they are gone) and the atlas's texture id.
    void forgetContext();
    // Uploads the font atlas (again, after the fonts changed, e.g. a new device pixel ratio).
    void uploadFonts();
    // Draws drawData's lists. vertices and indices: every list's, one list after another in
    // drawData's order (as ui::DrawnLists keeps them), uploaded at once. Uploads the font atlas first
    // when it has no texture yet.
    void render(const ImDrawData* drawData, const ImDrawVert* vertices, const ImDrawIdx* indices);

private:
    unsigned program_ = 0;  // the canvas's program, not this renderer's to delete
    unsigned vertexArray_ = 0, vertexBuffer_ = 0, indexBuffer_ = 0, fontTexture_ = 0;
};

}  // namespace vk
