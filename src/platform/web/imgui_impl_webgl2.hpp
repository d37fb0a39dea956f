// Dear ImGui renderer for WebGL2 (OpenGL ES 3.0 through Emscripten), with the backends' usual
// four calls. Implements: font texture, textured triangles with scissor clipping, 16-bit indices.
// Does not implement: saving and restoring the caller's GL state (the widget sets up its own state
// each frame, and on the web every glGet* is a slow call into JavaScript), multi-viewports, user
// callbacks. Why not Dear ImGui's imgui_impl_opengl3: in 1.86 it queries ~25 GL states per frame
// and orphans its buffers once per draw list, which cost 50-200 ms a frame under SwiftShader.
#pragma once

struct ImDrawData;

namespace vk::web {

bool ImGuiWebGL2_Init();                   // needs a current WebGL2 context
void ImGuiWebGL2_Shutdown();               // after a lost context: forget, don't delete
void ImGuiWebGL2_CreateFontsTexture();     // after the font atlas changed
void ImGuiWebGL2_RenderDrawData(const ImDrawData* drawData);

}  // namespace vk::web
