#include "render/gl_program.hpp"

#include <GLES3/gl3.h>

namespace vk {

namespace {

unsigned attachShader(unsigned program, unsigned type, const char* source) {
    const unsigned shader = glCreateShader(type);
    glShaderSource(shader, 1, &source, nullptr);
    glCompileShader(shader);
    glAttachShader(program, shader);
    return shader;
}

std::string shaderLog(unsigned shader) {
    char log[512] = {};
    glGetShaderInfoLog(shader, sizeof log, nullptr, log);
    return log;
}

}  // namespace

unsigned compileProgram(const char* vertexSource, const char* fragmentSource) {
    const unsigned program = glCreateProgram();
    const unsigned vs = attachShader(program, GL_VERTEX_SHADER, vertexSource);
    const unsigned fs = attachShader(program, GL_FRAGMENT_SHADER, fragmentSource);
    glLinkProgram(program);
    // Deleting attached shaders only marks them: they live until the program goes, so that
    // linkProblem() can still read their logs.
    glDeleteShader(vs);
    glDeleteShader(fs);
    return program;
}

std::string linkProblem(unsigned program) {
    if (!program) return "no shader program (the WebGL context is gone)";
    GLint linked = 0;
    glGetProgramiv(program, GL_LINK_STATUS, &linked);
    if (linked) return "";
    GLuint shaders[2] = {};
    GLsizei count = 0;
    glGetAttachedShaders(program, 2, &count, shaders);
    for (GLsizei i = 0; i < count; ++i) {
        GLint compiled = 0, type = 0;
        glGetShaderiv(shaders[i], GL_COMPILE_STATUS, &compiled);
        glGetShaderiv(shaders[i], GL_SHADER_TYPE, &type);
        if (!compiled)
            return std::string(type == GL_VERTEX_SHADER ? "vertex" : "fragment") + " shader did not compile: " + shaderLog(shaders[i]);
    }
    char log[512] = {};
    glGetProgramInfoLog(program, sizeof log, nullptr, log);
    return std::string("shader program did not link: ") + log;
}

}  // namespace vk
