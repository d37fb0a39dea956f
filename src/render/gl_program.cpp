#include "render/gl_program.hpp"

#include <GLES3/gl3.h>

namespace vk {

namespace {

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

unsigned compileProgram(const char* vertexSource, const char* fragmentSource) {
    const unsigned program = glCreateProgram();
    attachShader(program, GL_VERTEX_SHADER, vertexSource);
    attachShader(program, GL_FRAGMENT_SHADER, fragmentSource);
    glLinkProgram(program);
    // The shaders stay until the program goes (deleteProgram), so that linkProblem() can still
    // read their logs. (Deleting them now would only mark them in GL, but Emscripten's glue would
    // forget their handles, and glGetAttachedShaders could no longer name them.)
    return program;
}

void deleteProgram(unsigned program) {
    if (!program) return;
    const Shaders shaders = attachedShaders(program);
    glDeleteProgram(program);
    for (GLsizei i = 0; i < shaders.count; ++i) glDeleteShader(shaders.names[i]);
}

std::string linkProblem(unsigned program) {
    if (!program) return "no shader program (the WebGL context is gone)";
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

}  // namespace vk
