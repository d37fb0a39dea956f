#include "render/canvas_program.hpp"

#include <GLES3/gl3.h>

namespace vk::canvas {

namespace {

// The locations below are the Attribute constants of the header.
constexpr const char* vertexSource = R"(#version 300 es
layout(location = 0) in vec2 position;
layout(location = 1) in vec2 uv;
layout(location = 2) in vec4 colour;
layout(location = 3) in vec4 projection;  // xy: scale, zw: offset, to clip space
layout(location = 4) in vec4 sampling;    // x: 1 for a picture, 0 for coverage (canvas::Sampling)
out vec2 fragUv;
out vec4 fragColour;
flat out float picture;
void main() {
    fragUv = uv;
    fragColour = colour;
    picture = sampling.x;
    gl_Position = vec4(position * projection.xy + projection.zw, 0.0, 1.0);
}
)";

constexpr const char* fragmentSource = R"(#version 300 es
precision mediump float;
uniform sampler2D image;  // texture unit 0, a sampler's value from the start: never set
// highp: the copy of the kept picture must hit each pixel's own texel, and mediump (16-bit floats
// on many phones) would miss neighbours in a picture over about 1024 px.
in highp vec2 fragUv;
in vec4 fragColour;
flat in float picture;
out vec4 outColour;
void main() {
    vec4 texel = texture(image, fragUv);
    outColour = fragColour * mix(vec4(1.0, 1.0, 1.0, texel.r), texel, picture);
}
)";

void attachShader(unsigned program, unsigned type, const char* source) {
    const unsigned shader = glCreateShader(type);
    glShaderSource(shader, 1, &source, nullptr);
    glCompileShader(shader);
    glAttachShader(program, shader);
}

// The (at most two) shaders attached to program.
struct Shaders {
    GLuint names[2] = {};
    GLsizei count = 0;
};
Shaders attachedShaders(unsigned program) {
    Shaders s;
    glGetAttachedShaders(program, 2, &s.count, s.names);
    return s;
}

std::string shaderLog(unsigned shader) {
    char log[512] = {};
    glGetShaderInfoLog(shader, sizeof log, nullptr, log);
    return log;
}

}  // namespace

unsigned compileProgram() {
    const unsigned program = glCreateProgram();
    if (!program) return 0;
    attachShader(program, GL_VERTEX_SHADER, vertexSource);
    attachShader(program, GL_FRAGMENT_SHADER, fragmentSource);
    glLinkProgram(program);
    // The shaders stay attached, so that linkProblem() can still read their logs. (Deleting them
    // now would only mark them in GL, but Emscripten's glue would forget their handles, and
    // glGetAttachedShaders could no longer name them.) The program lives as long as the context.
    return program;
}

std::string linkProblem(unsigned program) {
    // A lost context answers every query with nothing: glIsProgram says so first, before
    // glGetAttachedShaders, whose glue cannot take WebGL's null.
    if (!program || !glIsProgram(program)) return "no shader program (the WebGL context is gone)";
    GLint linked = 0;
    glGetProgramiv(program, GL_LINK_STATUS, &linked);
    if (linked) return "";
    const Shaders shaders = attachedShaders(program);
    for (GLsizei i = 0; i < shaders.count; ++i) {
        GLint compiled = 0, type = 0;
        glGetShaderiv(shaders.names[i], GL_COMPILE_STATUS, &compiled);
        glGetShaderiv(shaders.names[i], GL_SHADER_TYPE, &type);
        if (!compiled)
            return std::string(type == GL_VERTEX_SHADER ? "vertex" : "fragment") + " shader did not compile: " + shaderLog(shaders.names[i]);
    }
    char log[512] = {};
    glGetProgramInfoLog(program, sizeof log, nullptr, log);
    return std::string("shader program did not link: ") + log;
}

void useProgram(unsigned program, float scaleX, float scaleY, float offsetX, float offsetY, Sampling sampling) {
    glUseProgram(program);
    glVertexAttrib4f(projectionAttribute, scaleX, scaleY, offsetX, offsetY);
    glVertexAttrib4f(samplingAttribute, sampling == Sampling::picture ? 1.0f : 0.0f, 0, 0, 0);
}

}  // namespace vk::canvas
