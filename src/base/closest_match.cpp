#include "base/closest_match.hpp"

#include <algorithm>
#include <cctype>

#include "base/limits.hpp"

namespace vk {

namespace {

// The edit distance of a and b (ignoring case) when it is at most `bound`, else bound + 1. Only the
// band of cells within `bound` of the diagonal can stay within it, so this costs
// O(length x bound) rather than O(length^2), whatever the words.
std::size_t boundedEditDistance(std::string_view a, std::string_view b, std::size_t bound) {
    const std::size_t over = bound + 1;
    if ((a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > bound) return over;
    std::vector<std::size_t> row(b.size() + 1, over);
    for (std::size_t j = 0; j <= std::min(b.size(), bound); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        const std::size_t from = i > bound ? i - bound : 1, to = std::min(b.size(), i + bound);
        std::size_t diagonal = row[from - 1];
        row[from - 1] = from == 1 && i <= bound ? i : over;
        std::size_t best = row[from - 1];
        for (std::size_t j = from; j <= to; ++j) {
            const std::size_t above = row[j];
            const bool same = std::tolower(static_cast<unsigned char>(a[i - 1])) ==
                              std::tolower(static_cast<unsigned char>(b[j - 1]));
            row[j] = std::min({above + 1, row[j - 1] + 1, diagonal + (same ? 0 : 1), over});
            diagonal = above;
            best = std::min(best, row[j]);
        }
        if (to < b.size()) row[to + 1] = over;
        if (best > bound) return over;
    }
    return std::min(row[b.size()], over);
}

}  // namespace

std::optional<std::string> closestMatch(std::string_view word, const std::vector<std::string>& candidates) {
    if (candidates.size() > limits::maxSuggestionCandidates) return std::nullopt;
    const std::size_t allowed = word.size() < 3 ? 0 : word.size() < 6 ? 1 : 2;
    std::optional<std::string> best;
    std::size_t bestDistance = allowed + 1;
    for (const std::string& candidate : candidates) {
        const std::size_t distance = boundedEditDistance(word, candidate, allowed);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = candidate;
        }
    }
    return best;
}

}  // namespace vk
