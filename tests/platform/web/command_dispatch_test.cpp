// The page's commands (src/platform/web/command_dispatch.cpp): the table of ops, how arguments
// are read, and the replies, over the widget's core model with the fixture data.
#include "platform/web/command_dispatch.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <regex>
#include <set>
#include <string>

#include "common/read_file.hpp"
#include "support/model_command_host.hpp"

namespace {

using vk::Json;

class Commands : public ::testing::Test {
protected:
    Json run(const Json& command) { return vk::web::runCommand(command, host_); }
    const vk::WidgetModel& model() const { return host_.model(); }
    vk::testing::ModelCommandHost host_{VK_TEST_FIXTURES "/nominees/valid.json"};
};

// Every op the page sends, read from the sources that send them: web/widget.js ({op: 'state'}) and
// the text version's buttons (core/text_version.cpp, command("zoom", ...)), less the two that the
// page acts on itself (copyLink, scrollTo).
std::set<std::string> opsThePageSends() {
    std::set<std::string> ops;
    const std::pair<const char*, std::regex> senders[] = {
        {"/web/widget.js", std::regex(R"re(op: '([A-Za-z]+)')re")},
        {"/src/core/text_version.cpp", std::regex(R"re(command\("([A-Za-z]+)")re")},
    };
    for (const auto& [file, pattern] : senders) {
        const std::string text = vk::tools::readWholeFile(std::string(VK_SOURCE_DIR) + file);
        EXPECT_FALSE(text.empty()) << file;
        for (auto it = std::sregex_iterator(text.begin(), text.end(), pattern); it != std::sregex_iterator(); ++it)
            ops.insert((*it)[1].str());
    }
    ops.erase("copyLink");
    ops.erase("scrollTo");
    return ops;
}

TEST_F(Commands, TheTableHasEveryOpThePageSendsAndNoOther) {
    const auto names = vk::web::commandNames();
    const std::set<std::string> table(names.begin(), names.end());
    EXPECT_EQ(table.size(), names.size()) << "an op is in the table twice";
    const std::set<std::string> sent = opsThePageSends();
    EXPECT_GE(sent.size(), 10u);  // the patterns still find the page's commands
    for (const std::string& op : sent) EXPECT_TRUE(table.count(op)) << op << ": the page sends it, the table lacks it";
    for (const std::string& op : table) EXPECT_TRUE(sent.count(op)) << op << ": in the table, but nothing sends it";
}

TEST_F(Commands, EveryOpAnswersEvenWithoutArguments) {
    // What each op answers without its arguments: an object (most say ok or refuse with a
    // warning), or for nominees the list; never the "unknown command" refusal.
    for (const std::string_view op : vk::web::commandNames()) {
        const Json reply = run({{"op", std::string(op)}});
        if (op == "nominees") {
            EXPECT_TRUE(reply.is_array()) << op;
            continue;
        }
        ASSERT_TRUE(reply.is_object()) << op << ": " << vk::dumpJson(reply);
        if (const Json* warning = vk::member(reply, "warning")) {
            EXPECT_EQ(warning->get<std::string>().rfind("unknown command", 0), std::string::npos) << op;
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
