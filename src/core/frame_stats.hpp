#pragma once
// What the page's stats() reports about the widget's frames (issue 8's frame budgets): how many,
// their CPU time in all, the longest, and the median of the last `window` frames.
#include <cstddef>
#include <vector>

namespace vk {

class FrameStats {
public:
    static constexpr std::size_t window = 240;  // about four seconds of continuous frames

    void add(double ms);
    long frames() const { return frames_; }
    double totalMs() const { return totalMs_; }
    double maxMs() const { return maxMs_; }
    double averageMs() const { return frames_ > 0 ? totalMs_ / static_cast<double>(frames_) : 0; }
    double medianMs() const;  // of the last `window` frames; 0 before the first

private:
    long frames_ = 0;
    double totalMs_ = 0;
    double maxMs_ = 0;
    std::vector<double> recentMs_;  // a ring of the last `window` frames
    std::size_t next_ = 0;
};

}  // namespace vk
