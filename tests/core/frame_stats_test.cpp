#include "core/frame_stats.hpp"

#include <gtest/gtest.h>

namespace vk {
namespace {

TEST(FrameStats, EmptyReportsZero) {
    const FrameStats stats;
    EXPECT_EQ(stats.frames(), 0);
    EXPECT_EQ(stats.averageMs(), 0);
    EXPECT_EQ(stats.maxMs(), 0);
    EXPECT_EQ(stats.medianMs(), 0);
}

TEST(FrameStats, CountsAveragesAndKeepsTheLongest) {
    FrameStats stats;
    for (double ms : {1.0, 9.0, 2.0}) stats.add(ms);
    EXPECT_EQ(stats.frames(), 3);
    EXPECT_DOUBLE_EQ(stats.totalMs(), 12.0);
    EXPECT_DOUBLE_EQ(stats.averageMs(), 4.0);
    EXPECT_DOUBLE_EQ(stats.maxMs(), 9.0);
    EXPECT_DOUBLE_EQ(stats.medianMs(), 2.0);  // one slow frame does not move the median
}

TEST(FrameStats, MedianIsOfTheLastWindowOnly) {
    FrameStats stats;
    for (std::size_t i = 0; i < FrameStats::window; ++i) stats.add(50.0);  // a slow start ...
    for (std::size_t i = 0; i < FrameStats::window; ++i) stats.add(0.5);   // ... pushed out of the ring
    EXPECT_DOUBLE_EQ(stats.medianMs(), 0.5);
    EXPECT_DOUBLE_EQ(stats.maxMs(), 50.0);  // the longest frame stays, over every frame
    EXPECT_EQ(stats.frames(), static_cast<long>(2 * FrameStats::window));
}

}  // namespace
}  // namespace vk
