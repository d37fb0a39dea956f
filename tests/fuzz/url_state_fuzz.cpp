// Fuzzes the link a visitor opens: any bytes as query and hash (split at the first NUL byte),
// applied to the state and written back. The state must stay what the widget promises: at most
// two distinct, known ids, and a hash that reads back as the same state.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "core/url_state.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::vector<std::string> known = {"asker", "drammen", "kongsvinger", "sigdal", "sykkylven", "tinn"};
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const std::size_t nul = text.find('\0');
    const std::string_view query = text.substr(0, nul);
    const std::string_view hash = nul == std::string_view::npos ? std::string_view() : text.substr(nul + 1);

    const vk::UrlParse parsed = vk::parseUrlState(query, hash, known);
    const vk::WidgetState state = vk::applyUrlState({}, parsed.state);
    if (state.selected.size() > 2) std::abort();
    if (state.selected.size() == 2 && state.selected[0] == state.selected[1]) std::abort();
    for (const std::string& id : state.selected)
        if (std::find(known.begin(), known.end(), id) == known.end()) std::abort();

    const std::string written = vk::formatUrlState(state);
    const vk::UrlParse again = vk::parseUrlState(written, known);
    if (!again.warnings.empty() || !(vk::applyUrlState({}, again.state) == state)) std::abort();
    return 0;
}
