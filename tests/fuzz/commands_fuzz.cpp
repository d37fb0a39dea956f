// Fuzzes the page's command surface: the same dispatcher the widget runs (command_dispatch.cpp),
// here over the widget's own core model (a WidgetModel with the shipped data) instead of the App.
// Each input line is one command as the page would send it to Module.vkCommand. After each, the
// state must be what the widget promises (at most two distinct, known ids; a hash that reads back
// as the state) and the camera's view finite.
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/url_state.hpp"
#include "platform/web/command_dispatch.hpp"
#include "support/model_command_host.hpp"

namespace {

void check(const vk::testing::ModelCommandHost& host) {
    const vk::WidgetState& state = host.state();
    if (state.selected.size() > 2) std::abort();
    if (state.selected.size() == 2 && state.selected[0] == state.selected[1]) std::abort();
    std::vector<std::string> known;
    for (const vk::Nominee& n : host.data().nominees) known.push_back(n.id);
    for (const std::string& id : state.selected)
        if (!host.data().nominee(id)) std::abort();
    const vk::UrlParse again = vk::parseUrlState(vk::formatUrlState(state), known);
    vk::WidgetState expected = state;
    expected.hover.clear();
    expected.highlightedTheme.clear();
    expected.openedInitiative.clear();
    vk::WidgetState read = vk::applyUrlState({}, again.state);
    if (!again.warnings.empty() || !(read.selected == expected.selected) || read.lang != expected.lang ||
        read.filter != expected.filter)
        std::abort();
    const vk::CameraView& view = host.model().camera().view();
    if (!std::isfinite(view.centre.x) || !std::isfinite(view.centre.y) || !std::isfinite(view.metresPerPixel) ||
        view.metresPerPixel <= 0)
        std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static vk::testing::ModelCommandHost host(VK_SOURCE_DIR "/data/nominees.json");
    host.reset();
    std::string_view rest(reinterpret_cast<const char*>(data), size);
    for (int line = 0; line < 64 && !rest.empty(); ++line) {
        const std::size_t end = std::min(rest.find('\n'), rest.size());
        const std::string reply = vk::web::runCommandText(rest.substr(0, end), host);
        if (reply.empty() || (reply.front() != '{' && reply.front() != '[')) std::abort();
        check(host);
        rest.remove_prefix(std::min(end + 1, rest.size()));
    }
    return 0;
}
