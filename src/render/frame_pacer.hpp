// Frame pacing for a GPU that falls behind: a frame is not begun while the GPU is still working
// on the last one. Knows GLES3 only.
#pragma once

namespace vk {

// Keeps one fence after the last frame's commands and tells, without waiting, whether the GPU
// has passed it. Under software GL (SwiftShader) a frame's GPU work takes longer than the frame
// callback, on the same cores; a frame begun before the last one is done finds the GPU process
// behind, and its WebGL calls wait for it (the page's thread stalls for milliseconds in a call
// that costs microseconds). Holding the frame back for an animation frame or two costs no
// picture: the GPU could not have shown it sooner. With a real GPU the fence has passed long
// before the next frame, and nothing is ever held back.
class FramePacer {
public:
    FramePacer() = default;
    FramePacer(const FramePacer&) = delete;
    FramePacer& operator=(const FramePacer&) = delete;
    ~FramePacer();

    // Whether the frame about to begin should wait for the next animation frame: the GPU has not
    // passed the last frame's fence, and the frames held back in a row are fewer than maxHeld
    // (a fence that never passes, or a GPU that never catches up, delays the picture by at most
    // that many animation frames, never stops it).
    bool holdBack();

    // Places the fence after the frame just drawn.
    void frameDrawn();

    // Drops the fence without deleting it (the context that owned it is gone).
    void forgetContext();

    static constexpr int maxHeld = 3;

private:
    void release();

    void* fence_ = nullptr;  // a GLsync
    int held_ = 0;
};

}  // namespace vk
