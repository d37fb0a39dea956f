// Compiling and linking a GLSL ES 3.00 program, for the map layer and the ImGui renderer alike.
// Knows GLES3 only.
#pragma once

#include <string>

namespace vk {

// The linked program, or 0 with `error` saying which stage failed and the driver's log.
unsigned compileProgram(const char* vertexSource, const char* fragmentSource, std::string& error);

}  // namespace vk
