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

#include "common/read_file.hpp"
#include "core/camera.hpp"
#include "core/url_state.hpp"
#include "core/widget_model.hpp"
#include "platform/web/command_dispatch.hpp"

namespace {

class CoreHost final : public vk::web::CommandHost {
public:
    CoreHost() {
        vk::LoadResult content = vk::loadNominees(vk::tools::readWholeFile(VK_SOURCE_DIR "/data/nominees.json"));
        if (!content.usable) std::abort();
        vk::MapBox norway;
        for (const vk::Nominee& n : content.data.nominees) norway.include(vk::project(n.centre.position));
        model_.setContent(std::move(content));
        model_.setReducedMotion(true);  // reveals jump: no clock here
        model_.resize({800, 600});
        model_.setMap(norway);
        model_.setDrawn({{}, {}, vk::mapControlBoxes(model_.layout(), 32, {300, 16})});
    }

    void reset() {
        model_.setState({});
        model_.setFocus("", {}, 0);
        model_.resetView();
    }
    const vk::Camera& camera() const { return model_.camera(); }

    const vk::NomineeData& data() const override { return model_.data(); }
    const vk::WidgetState& state() const override { return model_.state(); }
    vk::WidgetState stateAfterLink(const vk::UrlState& link, bool replace) const override { return model_.stateAfterLink(link, replace); }
    void commit(vk::WidgetState next) override { model_.setState(std::move(next)); }
    void reveal(const std::string& id) override { model_.revealIfSelected(id, 0); }
    nlohmann::ordered_json load() override { return {{"ok", true}, {"usable", true}, {"map", true}}; }
    nlohmann::ordered_json stateJson() override {
        return {{"selected", model_.state().selected}, {"lang", vk::langCode(model_.state().lang)}};
    }
    nlohmann::ordered_json viewJson() override {
        const vk::LonLat centre = vk::unproject(camera().view().centre);
        return {{"lon", centre.lon}, {"lat", centre.lat}, {"metresPerPixel", camera().view().metresPerPixel}};
    }
    nlohmann::ordered_json targets() override { return nlohmann::ordered_json::object(); }
    nlohmann::ordered_json stats() override { return {{"frames", 0}}; }
    void resetStats() override {}
    nlohmann::ordered_json loadDetail() override { return {{"ok", true}}; }
    vk::CanvasPoint project(vk::LonLat position) override { return model_.project(position); }
    void focus(const std::string& id, vk::CanvasRect cover) override { model_.setFocus(id, cover, 0); }
    void zoom(double factor) override { model_.zoomAboutCentre(factor); }
    void pan(double dx, double dy) override { model_.panBy(dx, dy); }
    void resetView() override { model_.resetView(); }
    void linkCopied() override {}

private:
    vk::WidgetModel model_;
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
