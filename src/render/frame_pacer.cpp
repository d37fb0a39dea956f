#include "render/frame_pacer.hpp"

#include <GLES3/gl3.h>

namespace vk {

FramePacer::~FramePacer() { release(); }

bool FramePacer::holdBack() {
    if (!fence_) return false;
    // In a browser this asks no question of the GPU process: WebGL answers from what it last
    // heard, which changes only between tasks (so between animation frames).
    GLint status = GL_SIGNALED;
    glGetSynciv(static_cast<GLsync>(fence_), GL_SYNC_STATUS, 1, nullptr, &status);
    if (status != GL_SIGNALED && held_ < maxHeld) {
        ++held_;
        return true;
    }
    release();
    return false;
}

void FramePacer::frameDrawn() {
    release();
    fence_ = glFenceSync(GL_SYNC_GPU_COMMANDS_COMPLETE, 0);
}

void FramePacer::forgetContext() {
    fence_ = nullptr;
    held_ = 0;
}

void FramePacer::release() {
    if (fence_) glDeleteSync(static_cast<GLsync>(fence_));
    fence_ = nullptr;
    held_ = 0;
}

}  // namespace vk
