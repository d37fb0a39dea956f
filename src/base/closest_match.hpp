// "Did you mean": the word a mistyped one most likely meant, for messages about unknown keys and
// undefined ids ("regoin" -> "region").
// std only.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vk {

// The candidate a mistyped word most likely meant ("regoin" -> "region"), ignoring case; nullopt
// when none is within a small edit distance (none at all for words under three characters), and
// when there are more than limits::maxSuggestionCandidates candidates. O(candidates x word length).
std::optional<std::string> closestMatch(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace vk
