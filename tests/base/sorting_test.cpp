// The one stable sort (base/sorting.hpp) against the standard library's.
#include "base/sorting.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace {

TEST(StableSort, KeepsEqualItemsInTheirOrder) {
    std::vector<std::pair<int, char>> items{{2, 'a'}, {1, 'b'}, {2, 'c'}, {0, 'd'}, {1, 'e'}, {2, 'f'}};
    vk::stableSort(items, [](const auto& x, const auto& y) { return x.first < y.first; });
    EXPECT_EQ(items, (std::vector<std::pair<int, char>>{{0, 'd'}, {1, 'b'}, {1, 'e'}, {2, 'a'}, {2, 'c'}, {2, 'f'}}));
}

TEST(StableSort, AgreesWithStdStableSortOnEveryLength) {
    std::uint32_t seed = 12345;
    for (std::size_t n = 0; n < 70; ++n) {
        std::vector<std::pair<int, std::size_t>> items;
        for (std::size_t i = 0; i < n; ++i) {
            seed = seed * 1664525u + 1013904223u;
            items.emplace_back(static_cast<int>(seed >> 28), i);  // few keys: many ties
        }
        auto expected = items;
        const auto byKey = [](const auto& x, const auto& y) { return x.first < y.first; };
        std::stable_sort(expected.begin(), expected.end(), byKey);
        vk::stableSort(items, byKey);
        EXPECT_EQ(items, expected) << n << " items";
    }
}

TEST(StableSort, MovesItemsThatCannotBeCopied) {
    std::vector<std::unique_ptr<int>> items;
    for (int v : {3, 1, 2}) items.push_back(std::make_unique<int>(v));
    vk::stableSort(items, [](const auto& x, const auto& y) { return *x < *y; });
    EXPECT_EQ(*items[0], 1);
    EXPECT_EQ(*items[2], 3);
}

TEST(SortUnique, SortsAndDropsRepeats) {
    std::vector<std::string> items{"b", "a", "c", "a", "b"};
    vk::sortUnique(items);
    EXPECT_EQ(items, (std::vector<std::string>{"a", "b", "c"}));
}

}  // namespace
