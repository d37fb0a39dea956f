// "Did you mean": which mistyped words get a suggestion, and which do not.
#include "base/closest_match.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

namespace {

TEST(ClosestMatch, SuggestsOnlyLikelyTypos) {
    const std::vector<std::string> keys{"name", "region", "summary", "initiatives"};
    EXPECT_EQ(vk::closestMatch("regoin", keys), "region");
    EXPECT_EQ(vk::closestMatch("Summary", keys), "summary");
    EXPECT_EQ(vk::closestMatch("initiative", keys), "initiatives");
    EXPECT_EQ(vk::closestMatch("website", keys), std::nullopt);
    EXPECT_EQ(vk::closestMatch("nm", {"nb", "en"}), std::nullopt);  // too short to guess
}

}  // namespace
