// Fuzzes the page's command surface: the same dispatcher the widget runs (command_dispatch.cpp),
// here over a host of core parts (the shipped data, a Camera) instead of App. Each input line is
// one command as the page would send it to Module.vkCommand. After each, the state must be what
// the widget promises (at most two distinct, known ids; a hash that reads back as the state) and
// the camera's view finite.
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "common/read_file.hpp"
#include "core/camera.hpp"
#include "core/url_state.hpp"
#include "platform/web/command_dispatch.hpp"

namespace {

class CoreHost final : public vk::web::CommandHost {
public:
    CoreHost() {
        content_ = vk::loadNominees(vk::tools::readWholeFile(VK_SOURCE_DIR "/data/nominees.json"));
        if (!content_.usable) std::abort();
        camera_.setViewport({800, 600});
        vk::MapBox norway;
        for (const vk::Nominee& n : content_.data.nominees) norway.include(vk::project(n.centre.position));
        fitView_ = camera_.viewFitting(norway, 40);
        camera_.setView(fitView_);
    }

    void reset() {
        state_ = {};
        focused_.clear();
        camera_.setView(fitView_);
    }
    const vk::Camera& camera() const { return camera_; }

    const vk::NomineeData& data() const override { return content_.data; }
    const vk::WidgetState& state() const override { return state_; }
    void commit(vk::WidgetState next) override { state_ = std::move(next); }
    void reveal(const std::string&) override {}
    nlohmann::ordered_json load() override { return {{"ok", true}, {"usable", true}, {"map", true}}; }
    nlohmann::ordered_json stateJson() override { return {{"selected", state_.selected}, {"lang", vk::langCode(state_.lang)}}; }
    nlohmann::ordered_json viewJson() override {
        const vk::LonLat centre = vk::unproject(camera_.view().centre);
        return {{"lon", centre.lon}, {"lat", centre.lat}, {"metresPerPixel", camera_.view().metresPerPixel}};
    }
    nlohmann::ordered_json targets() override { return nlohmann::ordered_json::object(); }
    nlohmann::ordered_json stats() override { return {{"frames", 0}}; }
    void resetStats() override {}
    nlohmann::ordered_json loadDetail() override { return {{"ok", true}}; }
    vk::ScreenPoint project(vk::LonLat position) override { return camera_.mapToScreen(vk::project(position)); }
    void focus(const std::string& id, vk::ScreenRect) override { focused_ = id; }
    void zoom(double factor) override { camera_.zoomAbout({400, 300}, factor); }
    void pan(double dx, double dy) override { camera_.panBy(dx, dy); }
    void resetView() override { camera_.setView(fitView_); }
    void linkCopied() override {}

private:
    vk::LoadResult content_;
    vk::Camera camera_;
    vk::CameraView fitView_;
    vk::WidgetState state_;
    std::string focused_;
};

void check(const CoreHost& host) {
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
    const vk::CameraView& view = host.camera().view();
    if (!std::isfinite(view.centre.x) || !std::isfinite(view.centre.y) || !std::isfinite(view.metresPerPixel) ||
        view.metresPerPixel <= 0)
        std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static CoreHost host;
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
