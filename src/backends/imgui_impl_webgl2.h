// Dear ImGui renderer backend for WebGL2 (OpenGL ES 3.0 through Emscripten), in the shape of
// ImGui's own backends (Init, Shutdown, NewFrame, RenderDrawData). Written for Dear ImGui 1.86
// (checked by a static_assert). Implements: font texture, textured triangles with scissor
// clipping, 16-bit indices, ImDrawCallback_ResetRenderState. Does not implement: saving and
// restoring the caller's GL state (the widget sets up its own state each frame, and on the web
// every glGet* is a slow call into JavaScript), multi-viewports, other user callbacks.
// Why not Dear ImGui's imgui_impl_opengl3: in 1.86 it queries ~25 GL states per frame and orphans
// its buffers once per draw list, which cost 50-200 ms a frame under SwiftShader.
// Draws with the canvas's one shader program (render/canvas_program.hpp), which the caller makes,
// owns and checks. Includes ImGui and GLES3 (and the render layer's canvas program); never core
// or platform.
#pragma once

#include "imgui.h"

bool ImGui_ImplWebGL2_Init(unsigned program);  // needs a current WebGL2 context and vk::canvas::compileProgram()'s program
void ImGui_ImplWebGL2_Shutdown();        // forgets the GL objects (after a lost context they are gone)
void ImGui_ImplWebGL2_NewFrame();        // creates the font texture when the atlas has none
// vertices and indices: every list's, one list after another in drawData's order (as
// ui::DrawnLists keeps them), uploaded at once; drawData's lists say which are whose.
void ImGui_ImplWebGL2_RenderDrawData(const ImDrawData* drawData, const ImDrawVert* vertices, const ImDrawIdx* indices);

// Uploads the font atlas again; call after the fonts changed (e.g. a new device pixel ratio).
void ImGui_ImplWebGL2_CreateFontsTexture();
