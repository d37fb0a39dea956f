// The canvas's one shader program (GLSL ES 3.00): ImGui's draw lists, the map's layers and the
// copy of the kept map picture all draw with it. Knows GLES3 only.
//
// Why one: a program's first use makes the browser ask the GPU process whether it linked, and the
// page waits for the answer. At start-up under software GL the GPU process is busy with the
// compositor's frames, and each such question waits behind one; with one program
// the first frame asks once instead of three times.
//
// No uniforms either: the projection and the sampling come as constant vertex attributes
// (glVertexAttrib4f with their arrays off), at locations fixed in the shader, because a uniform's
// location can only be asked once the program has linked, and asking waits as well.
#pragma once

#include <string>

namespace vk::canvas {

// The vertex attributes' locations. Position, uv and colour come from a buffer or as constants;
// projection and sampling are always constants, set by useProgram.
constexpr unsigned positionAttribute = 0, uvAttribute = 1, colourAttribute = 2, projectionAttribute = 3,
                   samplingAttribute = 4;

// How a fragment uses the texture on unit 0 (sampled at uv) with its colour:
//  - coverage: the texture's red channel is coverage, the colour's alpha is multiplied by it
//    (ImGui's one-byte font atlas; a white texel gives the colour itself, as the map's layers do);
//  - picture: the texture's colour, times the colour (the kept map picture, with white).
enum class Sampling { coverage, picture };

// Compiles and links the program without waiting for it: no status is asked here (see above),
// so the CPU goes on with other work meanwhile. Ask linkProblem() once, when the first frame is
// out. Returns 0 when there is no context.
unsigned compileProgram();

// Empty when the program linked; otherwise which stage failed, with the driver's log.
std::string linkProblem(unsigned program);

// Makes program current, mapping positions to clip space as position * scale + offset per axis.
void useProgram(unsigned program, float scaleX, float scaleY, float offsetX, float offsetY, Sampling sampling);

}  // namespace vk::canvas
