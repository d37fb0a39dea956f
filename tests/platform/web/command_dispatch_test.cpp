// The page's commands (src/platform/web/command_dispatch.cpp): the table of ops, how arguments
// are read, and the replies, over the widget's core model with the fixture data.
#include "platform/web/command_dispatch.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "support/model_command_host.hpp"

namespace {

using vk::Json;

class Commands : public ::testing::Test {
protected:
    Json run(const Json& command) { return vk::web::runCommand(command, host_); }
    const vk::WidgetModel& model() const { return host_.model(); }
    vk::testing::ModelCommandHost host_{VK_TEST_FIXTURES "/nominees/valid.json"};
};

TEST_F(Commands, TheTableHasEveryOpThePageUses) {
    const auto names = vk::web::commandNames();
    for (const char* op : {"load", "loadDetail", "nominees", "targets", "state", "stats", "resetStats", "project",
                           "select", "click", "compare", "clear", "swap", "setLang", "setFilter", "systemScheme", "theme",
                           "focus", "zoom", "pan", "resetView", "applyUrl", "linkCopied", "textVersion"})
        EXPECT_NE(std::find(names.begin(), names.end(), op), names.end()) << op;
    for (std::size_t i = 0; i < names.size(); ++i)
        EXPECT_EQ(std::count(names.begin(), names.end(), names[i]), 1) << names[i] << " is in the table twice";
}

TEST_F(Commands, EveryOpAnswersEvenWithoutArguments) {
    for (const std::string_view op : vk::web::commandNames()) {
        const Json reply = run({{"op", std::string(op)}});
        EXPECT_FALSE(reply.is_null()) << op;
        if (reply.is_object() && reply.contains("warning")) {
            EXPECT_EQ(reply["warning"].get<std::string>().rfind("unknown command", 0), std::string::npos) << op;
        }
    }
}

TEST_F(Commands, AnUnknownOpIsRefusedByName) {
    EXPECT_EQ(run({{"op", "fly"}}), (Json{{"ok", false}, {"warning", "unknown command \"fly\""}}));
    EXPECT_EQ(run({{"op", 3}}), (Json{{"ok", false}, {"warning", "unknown command \"\""}}));
    EXPECT_EQ(vk::web::runCommandText("[1, 2]", host_), R"({"ok":false,"warning":"command is not a JSON object"})");
}

TEST_F(Commands, SelectAndClickFollowTheVisitorsRules) {
    EXPECT_EQ(run({{"op", "select"}, {"id", "nowhere"}}), (Json{{"ok", false}, {"warning", "unknown nominee \"nowhere\""}}));
    EXPECT_TRUE(model().state().selected.empty());
    EXPECT_EQ(run({{"op", "click"}, {"id", "asker"}}), (Json{{"ok", true}}));
    EXPECT_EQ(run({{"op", "click"}, {"id", "tinn"}}), (Json{{"ok", true}}));
    EXPECT_EQ(model().state().selected, (std::vector<std::string>{"asker", "tinn"}));
    EXPECT_EQ(run({{"op", "select"}, {"id", "drammen"}}), (Json{{"ok", true}}));
    EXPECT_EQ(model().state().selected, (std::vector<std::string>{"drammen"}));
}

TEST_F(Commands, BadValuesAreRefusedWithWhatIsAllowed) {
    EXPECT_EQ(run({{"op", "setLang"}, {"lang", "de"}}), (Json{{"ok", false}, {"warning", "lang must be \"nb\" or \"en\""}}));
    EXPECT_EQ(run({{"op", "setFilter"}, {"filter", 1}}),
              (Json{{"ok", false}, {"warning", "filter must be \"all\", \"small\" or \"large\""}}));
    EXPECT_EQ(model().state().lang, vk::Lang::Nb);
}

TEST_F(Commands, AnArgumentOfTheWrongTypeReadsAsItsDefault) {
    const double before = model().camera().view().metresPerPixel;
    EXPECT_EQ(run({{"op", "zoom"}, {"factor", "lots"}})["ok"], true);  // the default factor: 2
    EXPECT_NEAR(model().camera().view().metresPerPixel, before / 2, before * 1e-9);
}

TEST_F(Commands, ALinkInReplaceModeIsTheWholeState) {
    run({{"op", "setFilter"}, {"filter", "small"}});
    EXPECT_EQ(run({{"op", "applyUrl"}, {"hash", "#select=drammen"}}), (Json{{"ok", true}, {"warnings", Json::array()}}));
    EXPECT_EQ(model().state().filter, vk::ClassFilter::Small);  // added to the state
    run({{"op", "applyUrl"}, {"hash", "#select=tinn"}, {"replace", true}});
    EXPECT_EQ(model().state().filter, vk::ClassFilter::All);  // the link is all there is
    EXPECT_EQ(model().state().selected, (std::vector<std::string>{"tinn"}));
    const Json reply = run({{"op", "applyUrl"}, {"hash", "#select=nowhere"}});
    EXPECT_EQ(reply["warnings"].size(), 1u);
}

TEST_F(Commands, FocusKeepsTheCoveredPartOfTheCanvasClear) {
    const std::size_t obstacles = model().revealRoom().obstacles.size();
    run({{"op", "focus"}, {"id", "tinn"}, {"cover", {{"x", 10}, {"y", 20}, {"width", 300}, {"height", -5}}}});
    EXPECT_EQ(model().focused(), "tinn");
    // A negative height reads as 0: nothing covered, nothing more to keep clear.
    EXPECT_EQ(model().revealRoom().obstacles.size(), obstacles);
    run({{"op", "focus"}, {"id", "tinn"}, {"cover", {{"x", 10}, {"y", 20}, {"width", 300}, {"height", 40}}}});
    ASSERT_EQ(model().revealRoom().obstacles.size(), obstacles + 1);
    EXPECT_EQ(model().revealRoom().obstacles.back(), vk::canvasToMapView(vk::CanvasRect{10, 20, 300, 40}, model().layout().map));
    run({{"op", "focus"}, {"id", "nowhere"}});
    EXPECT_EQ(model().focused(), "");
}

TEST_F(Commands, ProjectAnswersInCanvasPixels) {
    const vk::LonLat tinn = model().data().nominee("tinn")->centre.position;
    const vk::CanvasPoint p = model().project(tinn);
    EXPECT_EQ(run({{"op", "project"}, {"lon", tinn.lon}, {"lat", tinn.lat}}), (Json{{"x", p.x}, {"y", p.y}}));
}

TEST_F(Commands, LinkCopiedReachesTheHost) {
    EXPECT_EQ(run({{"op", "linkCopied"}}), (Json{{"ok", true}}));
    EXPECT_EQ(host_.linksCopied(), 1);
}

}  // namespace
