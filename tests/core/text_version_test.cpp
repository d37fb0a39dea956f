// The text version (src/core/text_version.hpp) on the fixture files: what the page renders for
// keyboards, screen readers, print and browsers without WebGL, worded and formatted by core.
#include "core/text_version.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

#include "common/read_file.hpp"
#include "core/comparison.hpp"
#include "core/strings.hpp"

namespace {

using vk::Lang;
using vk::TextBlock;
using Kind = vk::TextBlock::Kind;

vk::LoadResult loadFixture(const std::string& name) {
    return vk::loadNominees(vk::tools::readWholeFile(VK_TEST_FIXTURES "/nominees/" + name));
}

const vk::NomineeData& valid() {
    static const vk::LoadResult result = loadFixture("valid.json");
    return result.data;
}

const vk::NomineeData& anotherYear() {
    static const vk::LoadResult result = loadFixture("another-year.json");
    return result.data;
}

vk::WidgetState stateWith(Lang lang, std::vector<std::string> selected = {}) {
    vk::WidgetState s;
    s.lang = lang;
    s.selected = std::move(selected);
    return s;
}

const vk::TextVersionMode besideTheMap{};

vk::TextVersionMode asThePage(vk::MapProblem problem = vk::MapProblem::Unavailable, std::string detail = "") {
    vk::TextVersionMode mode;
    mode.mapShown = false;
    mode.problem = problem;
    mode.detail = std::move(detail);
    return mode;
}

// Every block of the document (depth first) that passes test.
std::vector<const TextBlock*> findAll(const std::vector<TextBlock>& blocks, const std::function<bool(const TextBlock&)>& test) {
    std::vector<const TextBlock*> out;
    for (const TextBlock& b : blocks) {
        if (test(b)) out.push_back(&b);
        for (const TextBlock* inner : findAll(b.content, test)) out.push_back(inner);
    }
    return out;
}

const TextBlock* byId(const std::vector<TextBlock>& blocks, const std::string& id) {
    const auto found = findAll(blocks, [&](const TextBlock& b) { return b.id == id; });
    return found.empty() ? nullptr : found.front();
}

const TextBlock* byStyle(const std::vector<TextBlock>& blocks, const std::string& style) {
    const auto found = findAll(blocks, [&](const TextBlock& b) { return b.style == style; });
    return found.empty() ? nullptr : found.front();
}

// All text of a block and what it holds, as a reader hears it.
std::string plainText(const TextBlock& b) {
    std::string out = b.text;
    for (const TextBlock& inner : b.content) out += plainText(inner);
    return out;
}

std::string plainText(const std::vector<TextBlock>& blocks) {
    std::string out;
    for (const TextBlock& b : blocks) out += plainText(b) + "\n";
    return out;
}

std::vector<std::string> buttonTexts(const std::vector<TextBlock>& blocks) {
    std::vector<std::string> out;
    for (const TextBlock* b : findAll(blocks, [](const TextBlock& b) { return b.kind == Kind::Button; })) out.push_back(b->text);
    return out;
}

const TextBlock* buttonFor(const std::vector<TextBlock>& blocks, const std::string& nominee) {
    const auto found = findAll(blocks, [&](const TextBlock& b) { return b.kind == Kind::Button && b.nominee == nominee; });
    return found.empty() ? nullptr : found.front();
}

TEST(TextVersion, OpensWithTheAwardAndItsSourceWithTheDateWordedPerLanguage) {
    const auto nb = vk::buildTextVersion(&valid(), stateWith(Lang::Nb), besideTheMap);
    ASSERT_GE(nb.blocks.size(), 2u);
    EXPECT_EQ(nb.blocks[0].kind, Kind::Heading);
    EXPECT_EQ(nb.blocks[0].level, 1);
    EXPECT_EQ(nb.blocks[0].text, "Årets vertskapskommune for næringslivet 2025");
    EXPECT_EQ(nb.blocks[1].style, "vk-note");
    EXPECT_EQ(nb.blocks[1].text,
              "Tekstene er våre egne sammendrag av artikkelen «Nominerte til årets vertskommune for næringslivet», KS, 17.3.2025. "
              "Innbyggertall og areal: Statistisk sentralbyrå (SSB).");
    const auto en = vk::buildTextVersion(&valid(), stateWith(Lang::En), besideTheMap);
    EXPECT_EQ(en.blocks[0].text, "Host Municipality of the Year for Business 2025");
    EXPECT_NE(en.blocks[1].text.find(", KS, 17 March 2025."), std::string::npos) << en.blocks[1].text;
}

TEST(TextVersion, WordsThePageItselfInTheStatesLanguage) {
    const auto nb = vk::buildTextVersion(&valid(), stateWith(Lang::Nb), besideTheMap);
    EXPECT_EQ(nb.lang, Lang::Nb);
    EXPECT_EQ(nb.title, vk::tr(vk::Str::pageTitle, Lang::Nb));
    EXPECT_EQ(nb.label, "Tekstversjon");
    EXPECT_EQ(nb.status, "Ingen kommune er valgt.");
    const auto en = vk::buildTextVersion(&valid(), stateWith(Lang::En, {"tinn"}), besideTheMap);
    EXPECT_EQ(en.mapLabel, "Map of Norway with the nominated municipalities");
    EXPECT_EQ(en.keysHelp, vk::tr(vk::Str::keysHelp, Lang::En));
    EXPECT_EQ(en.label, "Text version");
    EXPECT_EQ(en.status, "Tinn is selected.");
    EXPECT_TRUE(en.message.empty());
}

TEST(TextVersion, ListsEveryNomineeAsAButtonWithItsClassThatFollowsTheClickRule) {
    const auto doc = vk::buildTextVersion(&valid(), stateWith(Lang::Nb, {"tinn"}), besideTheMap);
    const TextBlock* list = byStyle(doc.blocks, "vk-nominees");
    ASSERT_NE(list, nullptr);
    ASSERT_EQ(list->content.size(), 6u);
    const TextBlock* asker = buttonFor(doc.blocks, "asker");
    ASSERT_NE(asker, nullptr);
    EXPECT_EQ(asker->text, "Asker – Over 15\u00a0000 innbyggere");
    EXPECT_EQ(asker->action, vk::Json({{"op", "click"}, {"id", "asker"}}));
    EXPECT_EQ(asker->pressed, false);
    EXPECT_EQ(buttonFor(doc.blocks, "tinn")->pressed, true);
    const auto en = vk::buildTextVersion(&valid(), stateWith(Lang::En), besideTheMap);
    EXPECT_EQ(buttonFor(en.blocks, "sigdal")->text, "Sigdal – Under 15,000 inhabitants");
}

TEST(TextVersion, OffersTheMapsControlsWithTheirCommandsAndPressedFilter) {
    vk::WidgetState state = stateWith(Lang::En);
    state.filter = vk::ClassFilter::Small;
    const auto doc = vk::buildTextVersion(&valid(), state, besideTheMap);
    const TextBlock* controls = byStyle(doc.blocks, "vk-controls");
    ASSERT_NE(controls, nullptr);
    const std::vector<std::string> expected = {"Norsk", "Zoom in", "Zoom out", "Show all of Norway", "Copy link", "Swap sides", "Close",
                                               "Show: All", "Show: Under 15,000 inhabitants", "Show: Over 15,000 inhabitants"};
    EXPECT_EQ(buttonTexts(controls->content), expected);
    EXPECT_EQ(controls->content[0].action, vk::Json({{"op", "setLang"}, {"lang", "nb"}}));
    EXPECT_EQ(controls->content[1].action, vk::Json({{"op", "zoom"}, {"factor", 2}}));
    EXPECT_EQ(controls->content[4].action, vk::Json({{"op", "copyLink"}}));
    EXPECT_TRUE(controls->content[5].hidden) << "swap shows only while two are compared";
    EXPECT_EQ(controls->content[7].pressed, false);
    EXPECT_EQ(controls->content[8].pressed, true);
    EXPECT_EQ(controls->content[8].action, vk::Json({{"op", "setFilter"}, {"filter", "small"}}));
}

TEST(TextVersion, TellsWhoWorksOnWhatAndLightsAThemeUp) {
    vk::WidgetState state = stateWith(Lang::Nb);
    state.highlightedTheme = valid().themes[0].id;
    const auto doc = vk::buildTextVersion(&valid(), state, besideTheMap);
    const TextBlock* themes = byStyle(doc.blocks, "vk-themes-list");
    ASSERT_NE(themes, nullptr);
    ASSERT_EQ(themes->content.size(), valid().themes.size());
    const TextBlock& first = themes->content[0];
    ASSERT_EQ(first.content.size(), 2u);
    EXPECT_EQ(first.content[0].text, valid().themes[0].name.nb);
    EXPECT_EQ(first.content[0].pressed, true);
    EXPECT_EQ(first.content[0].action, vk::Json({{"op", "theme"}, {"id", valid().themes[0].id}}));
    // The names after the theme are exactly the nominees that have it (core's theme matrix).
    std::string expected;
    for (const vk::Nominee& n : valid().nominees)
        if (n.hasTheme(valid().themes[0].id)) expected += (expected.empty() ? ": " : ", ") + n.name;
    EXPECT_EQ(first.content[1].kind, Kind::Text);
    EXPECT_EQ(first.content[1].text, expected);
    EXPECT_EQ(themes->content[1].content[0].pressed, false);
}

TEST(TextVersion, ASelectedNomineeIsToldAsTheCanvasTellsIt) {
    const auto doc = vk::buildTextVersion(&valid(), stateWith(Lang::Nb, {"asker"}), besideTheMap);
    EXPECT_NE(plainText(doc.blocks).find("Valgte kommuner"), std::string::npos);
    const TextBlock* article = byId(doc.blocks, "vk-nominee-asker");
    ASSERT_NE(article, nullptr);
    EXPECT_EQ(article->kind, Kind::Article);
    EXPECT_EQ(byId(doc.blocks, "vk-nominee-tinn"), nullptr) << "only the selected nominee in detail";
    ASSERT_GE(article->content.size(), 4u);
    EXPECT_EQ(article->content[0].text, "Asker");
    EXPECT_EQ(article->content[0].level, 3);
    // Class, county and municipality number; population, area and administrative centre.
    EXPECT_EQ(article->content[1].text, "Over 15\u00a0000 innbyggere · Akershus · Kommunenummer 3203");
    EXPECT_EQ(plainText(article->content[2]), "Innbyggere: 98\u00a0815 (1.1.2024)Areal: 376,62 km²Administrasjonssenter: Asker");
    const auto en = vk::buildTextVersion(&valid(), stateWith(Lang::En, {"asker"}), besideTheMap);
    const TextBlock* english = byId(en.blocks, "vk-nominee-asker");
    EXPECT_EQ(english->content[1].text, "Over 15,000 inhabitants · Akershus · Municipality no. 3203");
    EXPECT_EQ(plainText(english->content[2]), "Population: 98,815 (1 January 2024)Area: 376.62 km²Administrative centre: Asker");
}

TEST(TextVersion, EveryCriterionComesWithItsDescriptionAndTheInitiativesUnderIt) {
    const auto doc = vk::buildTextVersion(&valid(), stateWith(Lang::Nb, {"tinn"}), besideTheMap);
    const TextBlock* article = byId(doc.blocks, "vk-nominee-tinn");
    ASSERT_NE(article, nullptr);
    const auto headings = findAll(article->content, [](const TextBlock& b) { return b.kind == Kind::Heading && b.level == 4; });
    ASSERT_EQ(headings.size(), valid().criteria.size());
    const vk::Nominee& tinn = *valid().nominee("tinn");
    for (std::size_t i = 0; i < valid().criteria.size(); ++i) {
        const vk::Criterion& criterion = valid().criteria[i];
        EXPECT_EQ(headings[i]->text, criterion.name.nb);
        const TextBlock* description = headings[i] + 1;  // the next block in the article
        EXPECT_EQ(description->text, criterion.description.nb);
        EXPECT_EQ(description->style, "vk-note");
    }
    const std::string text = plainText(*article);
    for (const vk::Initiative& i : tinn.initiatives) {
        EXPECT_NE(text.find(i.title.nb + ". " + i.text.nb), std::string::npos) << i.id;
        if (!i.partners.empty()) {
            EXPECT_NE(text.find(vk::trf(vk::Str::partners, Lang::Nb, {vk::joinList(i.partners, Lang::Nb)})), std::string::npos) << i.id;
        }
    }
}

TEST(TextVersion, AComparisonSaysWhatTheTwoShareAndMarksSharedThemes) {
    const auto doc = vk::buildTextVersion(&valid(), stateWith(Lang::En, {"asker", "tinn"}), besideTheMap);
    const vk::Comparison comparison = vk::compareNominees(valid(), *valid().nominee("asker"), *valid().nominee("tinn"));
    ASSERT_FALSE(comparison.shared.empty());
    const TextBlock* shared = byStyle(doc.blocks, "vk-shared");
    ASSERT_NE(shared, nullptr);
    EXPECT_EQ(shared->text, vk::sharedThemesSentence(valid(), comparison, Lang::En));
    ASSERT_NE(byId(doc.blocks, "vk-nominee-asker"), nullptr);
    ASSERT_NE(byId(doc.blocks, "vk-nominee-tinn"), nullptr);
    const std::string sharedName = valid().theme(comparison.shared[0])->name.en + " (shared)";
    EXPECT_NE(plainText(*byId(doc.blocks, "vk-nominee-tinn")).find(sharedName), std::string::npos) << sharedName;
    EXPECT_FALSE(byStyle(doc.blocks, "vk-controls")->content[5].hidden) << "swap";
    EXPECT_EQ(doc.status, "Comparing Asker and Tinn.");
    // One nominee alone marks nothing as shared.
    const auto one = vk::buildTextVersion(&valid(), stateWith(Lang::En, {"tinn"}), besideTheMap);
    EXPECT_EQ(plainText(one.blocks).find("(shared)"), std::string::npos);
    EXPECT_EQ(byStyle(one.blocks, "vk-shared"), nullptr);
}

TEST(TextVersion, AWinnerTheDataNamesIsSaidToBeOne) {
    const auto doc = vk::buildTextVersion(&anotherYear(), stateWith(Lang::Nb, {"fjellby"}), besideTheMap);
    EXPECT_EQ(buttonFor(doc.blocks, "fjellby")->text, "Fjellby – Vinner · Under 15\u00a0000 innbyggere");
    EXPECT_EQ(buttonFor(doc.blocks, "nordvik")->text, "Nordvik – Vinner · Over 15\u00a0000 innbyggere");
    for (const char* id : {"elvestad", "strandli", "dalheim"})
        EXPECT_EQ(buttonFor(doc.blocks, id)->text.find("Vinner"), std::string::npos) << id;
    EXPECT_EQ(byId(doc.blocks, "vk-nominee-fjellby")->content[1].text.rfind("Vinner · ", 0), 0u);
    const auto en = vk::buildTextVersion(&anotherYear(), stateWith(Lang::En), besideTheMap);
    EXPECT_EQ(buttonFor(en.blocks, "nordvik")->text, "Nordvik – Winner · Over 15,000 inhabitants");
    // The shipped-like fixture names no winner.
    EXPECT_EQ(plainText(vk::buildTextVersion(&valid(), stateWith(Lang::Nb), asThePage()).blocks).find("Vinner"), std::string::npos);
}

TEST(TextVersion, ABadDateInTheDataIsWordedByCoreNeverAsUndefined) {
    // A month 13 in the award's source date: the loader reports it and keeps no date, and the
    // source line leaves the date out instead of showing an empty one.
    std::string text = vk::tools::readWholeFile(VK_TEST_FIXTURES "/nominees/valid.json");
    const std::string good = "\"2025-03-17\"";
    ASSERT_NE(text.find(good), std::string::npos);
    text.replace(text.find(good), good.size(), "\"2024-13-01\"");
    const vk::LoadResult loaded = vk::loadNominees(text);
    ASSERT_TRUE(loaded.usable);
    ASSERT_FALSE(loaded.problems.empty());
    EXPECT_EQ(loaded.problems.front().path, "/award/source/date");
    for (const Lang lang : {Lang::Nb, Lang::En}) {
        const auto doc = vk::buildTextVersion(&loaded.data, stateWith(lang), besideTheMap);
        const std::string& source = doc.blocks[1].text;
        EXPECT_EQ(source.find("undefined"), std::string::npos) << source;
        EXPECT_NE(source.find(lang == Lang::Nb ? "», KS. Innbyggertall" : "(in Norwegian), KS. Population"), std::string::npos) << source;
    }
    // A date that reaches core unchecked is shown as written, in either language.
    vk::NomineeData data = valid();
    data.nominees[0].population.date = "2024-13-01";
    for (const Lang lang : {Lang::Nb, Lang::En}) {
        const auto doc = vk::buildTextVersion(&data, stateWith(lang, {data.nominees[0].id}), besideTheMap);
        const std::string all = plainText(doc.blocks);
        EXPECT_EQ(all.find("undefined"), std::string::npos);
        EXPECT_NE(all.find(lang == Lang::Nb ? "98\u00a0815 (2024-13-01)" : "98,815 (2024-13-01)"), std::string::npos) << all;
    }
}

TEST(TextVersion, AsThePageEveryNomineeIsToldWithANoteWhyAndNoMapControls) {
    const auto doc = vk::buildTextVersion(&valid(), stateWith(Lang::Nb), asThePage());
    for (const vk::Nominee& n : valid().nominees) {
        const TextBlock* article = byId(doc.blocks, "vk-nominee-" + n.id);
        ASSERT_NE(article, nullptr) << n.id;
        EXPECT_EQ(article->content[0].text, n.name);
        const TextBlock* button = buttonFor(doc.blocks, n.id);
        EXPECT_EQ(button->action, vk::Json({{"op", "scrollTo"}, {"id", "vk-nominee-" + n.id}}));
        EXPECT_FALSE(button->pressed.has_value()) << "a plain button: it goes to the text";
    }
    ASSERT_GE(doc.blocks.size(), 3u);
    EXPECT_EQ(doc.blocks[2].role, "note");
    EXPECT_EQ(doc.blocks[2].text, vk::tr(vk::Str::mapUnavailable, Lang::Nb));
    EXPECT_EQ(buttonTexts(byStyle(doc.blocks, "vk-controls")->content), std::vector<std::string>{"English"});
    EXPECT_TRUE(findAll(byStyle(doc.blocks, "vk-themes-list")->content, [](const TextBlock& b) { return b.kind == Kind::Button; }).empty());
    EXPECT_EQ(plainText(doc.blocks).find("Valgte kommuner"), std::string::npos);
    EXPECT_TRUE(doc.status.empty());
}

TEST(TextVersion, ANoteNamesTheFileThatFailed) {
    const auto map = vk::buildTextVersion(&valid(), stateWith(Lang::En), asThePage(vk::MapProblem::MapFile, "geo/norway.vkgeo: HTTP 404"));
    EXPECT_EQ(map.blocks[2].text, "The map geometry could not be loaded: geo/norway.vkgeo: HTTP 404");
    EXPECT_EQ(vk::parseMapProblem("map"), vk::MapProblem::MapFile);
    EXPECT_EQ(vk::parseMapProblem("data"), vk::MapProblem::DataFile);
    EXPECT_EQ(vk::parseMapProblem("webgl"), vk::MapProblem::Unavailable);
}

TEST(TextVersion, WithoutDataOnlyThePagesMessageSaysWhyAndNothingElseIsShown) {
    const auto missing = vk::buildTextVersion(nullptr, stateWith(Lang::En), asThePage(vk::MapProblem::DataFile, "data/nominees.json: HTTP 404"));
    EXPECT_TRUE(missing.blocks.empty());
    EXPECT_EQ(missing.message, "Problem in the data file: data/nominees.json: HTTP 404");
    EXPECT_EQ(missing.label, "Text version");
    const auto noWebGl = vk::buildTextVersion(nullptr, stateWith(Lang::Nb), asThePage());
    EXPECT_EQ(noWebGl.message, vk::tr(vk::Str::mapUnavailable, Lang::Nb));
    // Beside a running map a data problem is the map's own message (the load command's).
    EXPECT_TRUE(vk::buildTextVersion(nullptr, stateWith(Lang::Nb), besideTheMap).message.empty());
}

TEST(TextVersion, AsJsonForThePage) {
    const auto json = vk::textVersionJson(vk::buildTextVersion(&valid(), stateWith(Lang::En, {"asker", "tinn"}), besideTheMap));
    EXPECT_EQ(json["lang"], "en");
    EXPECT_EQ(json["label"], "Text version");
    EXPECT_EQ(json["status"], "Comparing Asker and Tinn.");
    const auto& blocks = json["blocks"];
    EXPECT_EQ(blocks[0], vk::Json({{"kind", "heading"}, {"text", "Host Municipality of the Year for Business 2025"}, {"level", 1}}));
    EXPECT_EQ(blocks[1]["kind"], "paragraph");
    EXPECT_EQ(blocks[1]["class"], "vk-note");
    const auto& controls = blocks[2];
    EXPECT_EQ(controls["kind"], "group");
    EXPECT_FALSE(controls.contains("text")) << "a container has content, not text";
    EXPECT_EQ(controls["content"][0], vk::Json({{"kind", "button"}, {"text", "Norsk"}, {"action", {{"op", "setLang"}, {"lang", "nb"}}}}));
    EXPECT_FALSE(controls["content"][5].contains("hidden")) << "swap, shown while comparing";
    const auto& asker = blocks[4]["content"][0]["content"][0];
    EXPECT_EQ(asker["kind"], "button");
    EXPECT_EQ(asker["pressed"], true);
    EXPECT_EQ(asker["nominee"], "asker");
    const std::string dumped = json.dump();
    EXPECT_NE(dumped.find("\"id\":\"vk-nominee-tinn\""), std::string::npos);
    EXPECT_NE(dumped.find("\"kind\":\"article\""), std::string::npos);
    EXPECT_NE(dumped.find("\"kind\":\"strong\""), std::string::npos);
}

TEST(TextVersion, SharesItsLinesWithTheCanvas) {
    const vk::Nominee& tinn = *valid().nominee("tinn");
    const auto figures = vk::keyFigures(tinn, Lang::Nb);
    ASSERT_EQ(figures.size(), 3u);
    EXPECT_EQ(figures[0].value, "5\u00a0533 (1.1.2024)");
    EXPECT_EQ(figures[1].value, "2\u00a0045,13 km²");
    EXPECT_EQ(figures[2].value, "Rjukan");
    vk::Award award = valid().award;
    award.source.publisher.clear();
    EXPECT_NE(vk::sourceLine(award, Lang::Nb).find("», NHO og KS, 17.3.2025."), std::string::npos) << vk::sourceLine(award, Lang::Nb);
}

}  // namespace
