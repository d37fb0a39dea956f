#include "render/gl_program.hpp"

#include <GLES3/gl3.h>

namespace vk {

namespace {

unsigned compileShader(unsigned type, const char* source, std::string& error) {
    const unsigned shader = glCreateShader(type);
    glShaderSource(shader, 1, &source, nullptr);
    glCompileShader(shader);
    GLint ok = 0;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (!ok) {
        char log[512] = {};
        glGetShaderInfoLog(shader, sizeof log, nullptr, log);
        error = std::string(type == GL_VERTEX_SHADER ? "vertex" : "fragment") + " shader did not compile: " + log;
        glDeleteShader(shader);
        return 0;
    }
    return shader;
}

}  // namespace

unsigned compileProgram(const char* vertexSource, const char* fragmentSource, std::string& error) {
    const unsigned vs = compileShader(GL_VERTEX_SHADER, vertexSource, error);
    if (!vs) return 0;
    const unsigned fs = compileShader(GL_FRAGMENT_SHADER, fragmentSource, error);
    if (!fs) {
        glDeleteShader(vs);
        return 0;
    }
    const unsigned program = glCreateProgram();
    glAttachShader(program, vs);
    glAttachShader(program, fs);
    glLinkProgram(program);
    glDeleteShader(vs);
    glDeleteShader(fs);
    GLint linked = 0;
    glGetProgramiv(program, GL_LINK_STATUS, &linked);
    if (!linked) {
        error = "shader program did not link";
        glDeleteProgram(program);
        return 0;
    }
    return program;
}

}  // namespace vk
