// The widget's state in a URL: `#select=tinn`, `#compare=asker,tinn`, `lang=nb|en`,
// `filter=all|small|large`, `theme=light|dark`, `accent=RRGGBB`, in the hash or the query. Parsing never fails: what it cannot use it
// skips with a warning. std only: never include GL, ImGui or Emscripten here.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/widget_state.hpp"

namespace vk {

struct UrlState {
    std::vector<std::string> selected;  // from select= or compare=, known ids only, at most two
    std::optional<Lang> lang;
    std::optional<ClassFilter> filter;
    std::optional<ColourScheme> theme;  // forces a theme over the reader's prefers-color-scheme
    std::optional<Rgb> accent;   // the host's brand colour
};

struct UrlParse {
    UrlState state;
    std::vector<std::string> warnings;  // one sentence per ignored part, e.g. `unknown nominee "oslo" in compare=`
};

// Reads "key=value&key=value" (a leading '#' or '?' is skipped; values may be percent-encoded).
// Ids not in knownIds, malformed values and unknown keys are ignored with a warning. When both
// select= and compare= appear, compare= wins.
UrlParse parseUrlState(std::string_view text, const std::vector<std::string>& knownIds);

// Reads the query first and then the hash, so the hash wins where both set the same thing.
UrlParse parseUrlState(std::string_view query, std::string_view hash, const std::vector<std::string>& knownIds);

// The state as a hash without '#': "select=tinn", "compare=asker,tinn&lang=en"; defaults (no
// selection, nb, all, no forced theme, no accent) are left out, so the start state gives "".
std::string formatUrlState(const WidgetState& state);

// Applies what a URL says to a state (selection replaced only when the URL names one).
WidgetState applyUrlState(WidgetState state, const UrlState& url);

}  // namespace vk
