#include "core/frame_stats.hpp"

#include <algorithm>

namespace vk {

void FrameStats::add(double ms) {
    ++frames_;
    totalMs_ += ms;
    maxMs_ = std::max(maxMs_, ms);
    if (recentMs_.size() < window) recentMs_.push_back(ms);
    else recentMs_[next_] = ms;
    next_ = (next_ + 1) % window;
}

double FrameStats::medianMs() const {
    if (recentMs_.empty()) return 0;
    std::vector<double> sorted = recentMs_;
    const auto middle = sorted.begin() + static_cast<std::ptrdiff_t>(sorted.size() / 2);
    std::nth_element(sorted.begin(), middle, sorted.end());
    return *middle;
}

}  // namespace vk
