// Compiling and linking a GLSL ES 3.00 program, for the map layer and the ImGui renderer alike.
// Knows GLES3 only.
#pragma once

#include <string>

namespace vk {

// Compiles and links a program without waiting for it: no status is asked here. In a browser
// each such question waits for the GPU process to finish all that came before it (at start-up,
// making the context: 100-250 ms under software GL), which the CPU can spend on other work
// meanwhile. Ask linkProblem() once, when the program is first needed.
unsigned compileProgram(const char* vertexSource, const char* fragmentSource);

// Deletes the program and its shaders.
void deleteProgram(unsigned program);

// Empty when the program linked; otherwise which stage failed, with the driver's log.
std::string linkProblem(unsigned program);

}  // namespace vk
