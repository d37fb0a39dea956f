#include "base/sorting.hpp"

#include <algorithm>
#include <numeric>

namespace vk {

std::vector<std::size_t> stableOrder(std::size_t n, bool (*before)(const void* context, std::size_t i, std::size_t j),
                                     const void* context) {
    std::vector<std::size_t> order(n), merged(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    // Bottom-up: merge runs of width 1, 2, 4, ...; on a tie the left run's item goes first.
    for (std::size_t width = 1; width < n; width *= 2) {
        for (std::size_t start = 0; start < n; start += 2 * width) {
            const std::size_t middle = std::min(start + width, n), end = std::min(start + 2 * width, n);
            std::size_t left = start, right = middle, out = start;
            while (left < middle && right < end)
                merged[out++] = before(context, order[right], order[left]) ? order[right++] : order[left++];
            while (left < middle) merged[out++] = order[left++];
            while (right < end) merged[out++] = order[right++];
        }
        order.swap(merged);
    }
    return order;
}

}  // namespace vk
