// One stable sort for every layer. Each std::stable_sort of another type or comparison is its own
// copy of the algorithm in the wasm (docs/ARCHITECTURE.md, "Bytes", says how large); this merge
// sort works on indices and is shared by every caller, which adds only the comparison and the
// final moves. The lists sorted here are short (labels, themes, problems).
// std only.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace vk {

// The order that sorts n items stably: the k-th index is the k-th item once sorted by
// before(context, i, j), a strict weak order on the items' indices. O(n log n) comparisons.
std::vector<std::size_t> stableOrder(std::size_t n, bool (*before)(const void* context, std::size_t i, std::size_t j),
                                     const void* context);

// Sorts items stably by less(a, b), as std::stable_sort does.
template <typename T, typename Less>
void stableSort(std::vector<T>& items, const Less& less) {
    struct Context {
        const std::vector<T>* items;
        const Less* less;
    } context{&items, &less};
    const std::vector<std::size_t> order = stableOrder(
        items.size(),
        [](const void* c, std::size_t i, std::size_t j) {
            const auto& ctx = *static_cast<const Context*>(c);
            return (*ctx.less)((*ctx.items)[i], (*ctx.items)[j]);
        },
        &context);
    std::vector<T> sorted;
    sorted.reserve(items.size());
    for (const std::size_t i : order) sorted.push_back(std::move(items[i]));
    items = std::move(sorted);
}

// Sorts items by operator< and drops repeats.
template <typename T>
void sortUnique(std::vector<T>& items) {
    stableSort(items, [](const T& a, const T& b) { return a < b; });
    std::vector<T> unique;
    for (T& item : items)
        if (unique.empty() || unique.back() < item) unique.push_back(std::move(item));
    items = std::move(unique);
}

}  // namespace vk
