#include "core/hit_test.hpp"

#include <gtest/gtest.h>

namespace {

const std::vector<vk::HitTarget> targets = {
    {{100, 100}, {110, 92, 50, 16}},
    {{106, 100}, {60, 110, 50, 16}},
    {{300, 300}, {}},
};

TEST(HitTest, NearestMarkerWins) {
    EXPECT_EQ(vk::hitTest(targets, {101, 100}, 8), 0);
    EXPECT_EQ(vk::hitTest(targets, {105, 101}, 8), 1);
}

TEST(HitTest, MarkerRadiusIsInclusive) {
    EXPECT_EQ(vk::hitTest(targets, {308, 300}, 8), 2);
    EXPECT_EQ(vk::hitTest(targets, {308.01, 300}, 8), -1);
}

TEST(HitTest, LabelIsHitWhenNoMarkerIs) {
    EXPECT_EQ(vk::hitTest(targets, {150, 100}, 8), 0);
    EXPECT_EQ(vk::hitTest(targets, {70, 120}, 8), 1);
}

TEST(HitTest, SlopGrowsLabels) {
    EXPECT_EQ(vk::hitTest(targets, {163, 100}, 8), -1);
    EXPECT_EQ(vk::hitTest(targets, {163, 100}, 8, 4), 0);
}

TEST(HitTest, TouchRadiusReachesFurther) {
    EXPECT_EQ(vk::hitTest(targets, {320, 300}, 8), -1);
    EXPECT_EQ(vk::hitTest(targets, {320, 300}, 22), 2);
}

TEST(HitTest, NothingHereOrNothingAtAll) {
    EXPECT_EQ(vk::hitTest(targets, {500, 10}, 22), -1);
    EXPECT_EQ(vk::hitTest({}, {0, 0}, 22), -1);
}

}  // namespace
