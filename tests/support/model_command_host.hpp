// The page's commands over the widget's core model, for tests and fuzzing: a CommandHost
// (src/platform/web/command_dispatch.hpp) that keeps a WidgetModel instead of the browser's App.
// Reveals jump (reduced motion: no clock here); frames, assets and stats are stubs.
#pragma once

#include <cstdlib>
#include <string>
#include <utility>

#include "common/read_file.hpp"
#include "core/widget_model.hpp"
#include "platform/web/command_dispatch.hpp"

namespace vk::testing {

class ModelCommandHost final : public web::CommandHost {
public:
    // dataFile: a nominee file that must be usable. The map is the nominees' box on an 800x600 canvas.
    explicit ModelCommandHost(const std::string& dataFile) {
        LoadResult content = loadNominees(tools::readWholeFile(dataFile));
        if (!content.usable) std::abort();
        MapBox bounds;
        for (const Nominee& n : content.data.nominees) bounds.include(vk::project(n.centre.position));
        model_.setContent(std::move(content));
        model_.setReducedMotion(true);
        model_.resize({800, 600});
        model_.setMap(bounds);
        model_.setScene(vk::MapScene::withControls(mapControlBoxes(model_.layout(), 32, {300, 16})));
    }

    // Back to the start: no selection or focus, the start view.
    void reset() {
        model_.setState({});
        model_.setFocus("", {}, 0);
        model_.resetView();
    }
    const WidgetModel& model() const { return model_; }
    int linksCopied() const { return linksCopied_; }

    const NomineeData& data() const override { return model_.data(); }
    const WidgetState& state() const override { return model_.state(); }
    WidgetState stateAfterLink(const UrlState& link, bool replace) const override { return model_.stateAfterLink(link, replace); }
    void commit(WidgetState next) override { model_.setState(std::move(next)); }
    void reveal(const std::string& id) override { model_.revealIfSelected(id, 0); }
    Json load() override { return {{"ok", true}, {"usable", true}, {"map", true}}; }
    Json loadDetail() override { return {{"ok", true}}; }
    Json stateJson() override {
        return {{"selected", model_.state().selected}, {"lang", langCode(model_.state().lang)}};
    }
    Json viewJson() override {
        const LonLat centre = unproject(model_.camera().view().centre);
        return {{"lon", centre.lon}, {"lat", centre.lat}, {"metresPerPixel", model_.camera().view().metresPerPixel}};
    }
    Json targets() override { return Json::object(); }
    Json stats() override { return {{"frames", 0}}; }
    void resetStats() override {}
    CanvasPoint project(LonLat position) override { return model_.project(position); }
    void focus(const std::string& id, CanvasRect cover) override { model_.setFocus(id, cover, 0); }
    void zoom(double factor) override { model_.zoomAboutCentre(factor); }
    void resetView() override { model_.resetView(); }
    void linkCopied() override { ++linksCopied_; }

private:
    WidgetModel model_;
    int linksCopied_ = 0;
};

}  // namespace vk::testing
