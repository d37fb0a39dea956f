#include "core/text_version.hpp"

#include <algorithm>

#include "core/comparison.hpp"
#include "core/strings.hpp"

namespace vk {

namespace {

using Kind = TextBlock::Kind;

TextBlock leaf(Kind kind, std::string text, std::string style = "") {
    TextBlock b;
    b.kind = kind;
    b.text = std::move(text);
    b.style = std::move(style);
    return b;
}

TextBlock heading(int level, std::string text, std::string style = "") {
    TextBlock b = leaf(Kind::Heading, std::move(text), std::move(style));
    b.level = level;
    return b;
}

TextBlock paragraph(std::string text, std::string style = "") { return leaf(Kind::Paragraph, std::move(text), std::move(style)); }

TextBlock container(Kind kind, std::string style) {
    TextBlock b;
    b.kind = kind;
    b.style = std::move(style);
    return b;
}

// A list item holding one block (moved in: a TextBlock is never copied, which keeps the wasm small).
TextBlock item(TextBlock inner) {
    TextBlock b = container(Kind::Item, "");
    b.content.push_back(std::move(inner));
    return b;
}

TextBlock button(std::string text, Json action, std::optional<bool> pressed = std::nullopt) {
    TextBlock b = leaf(Kind::Button, std::move(text));
    b.action = std::move(action);
    b.pressed = pressed;
    return b;
}

// A button's action: the command {op} or {op, key: value}. One function builds them all (each
// JSON initializer list would be its own code in the wasm).
Json command(const char* op, const char* key = nullptr, Json value = nullptr) {
    Json out = Json::object();
    out["op"] = op;
    if (key) out[key] = std::move(value);
    return out;
}

std::string articleId(const Nominee& nominee) { return "vk-nominee-" + nominee.id; }

// The map's controls, as buttons: language always; the rest only beside a running map.
TextBlock controls(const NomineeData& data, const WidgetState& state, bool mapShown) {
    const Lang lang = state.lang;
    TextBlock group = container(Kind::Group, "vk-controls");
    group.content.push_back(button(tr(Str::switchLanguage, lang), command("setLang", "lang", langCode(lang == Lang::Nb ? Lang::En : Lang::Nb))));
    if (!mapShown) return group;
    group.content.push_back(button(tr(Str::zoomIn, lang), command("zoom", "factor", 2)));
    group.content.push_back(button(tr(Str::zoomOut, lang), command("zoom", "factor", 0.5)));
    group.content.push_back(button(tr(Str::resetView, lang), command("resetView")));
    group.content.push_back(button(tr(Str::copyLink, lang), command("copyLink")));
    TextBlock swap = button(tr(Str::swap, lang), command("swap"));
    swap.hidden = !state.comparing();
    group.content.push_back(std::move(swap));
    group.content.push_back(button(tr(Str::clear, lang), command("clear")));
    // The class filter, as on the map: one pressed button of three.
    const auto filterButton = [&](ClassFilter filter, const std::string& name) {
        group.content.push_back(button(tr(Str::filterLabel, lang) + ": " + name, command("setFilter", "filter", classFilterId(filter)),
                                       state.filter == filter));
    };
    filterButton(ClassFilter::All, tr(Str::filterAll, lang));
    filterButton(ClassFilter::Small, data.award.className(NomineeClass::Small, lang));
    filterButton(ClassFilter::Large, data.award.className(NomineeClass::Large, lang));
    return group;
}

// The nominees as buttons: beside the map a press follows the click rule; as the page it goes to
// the nominee's text.
TextBlock nomineeList(const NomineeData& data, const WidgetState& state, bool mapShown) {
    TextBlock list = container(Kind::List, "vk-nominees");
    for (const Nominee& n : data.nominees) {
        TextBlock b = mapShown ? button(n.name + " – " + classLine(data, n, state.lang), command("click", "id", n.id), state.isSelected(n.id))
                               : button(n.name + " – " + classLine(data, n, state.lang), command("scrollTo", "id", articleId(n)));
        b.nominee = n.id;
        list.content.push_back(item(std::move(b)));
    }
    return list;
}

// Who works on what (the theme matrix as text); beside the map a theme's button lights it up there.
TextBlock themeList(const NomineeData& data, const WidgetState& state, bool mapShown) {
    const ThemeMatrix matrix = buildThemeMatrix(data);
    TextBlock list = container(Kind::List, "vk-themes-list");
    for (std::size_t t = 0; t < matrix.themes.size(); ++t) {
        const Theme& theme = *matrix.themes[t];
        std::vector<std::string> who;
        for (std::size_t j = 0; j < matrix.nominees.size(); ++j)
            if (matrix.cells[t][j]) who.push_back(matrix.nominees[j]->name);
        const std::string& name = theme.name.in(state.lang);
        TextBlock entry = item(mapShown ? button(name, command("theme", "id", theme.id), theme.id == state.highlightedTheme)
                                        : leaf(Kind::Strong, name));
        std::string names;
        for (const auto& w : who) names += (names.empty() ? "" : ", ") + w;
        entry.content.push_back(leaf(Kind::Text, ": " + names));
        list.content.push_back(std::move(entry));
    }
    return list;
}

// One initiative: its title and text, then its themes (in a comparison, those both share are
// marked, as the canvas's chips are) and partners.
void addInitiative(TextBlock& article, const NomineeData& data, const Initiative& initiative, const Comparison* comparison, Lang lang) {
    TextBlock p = container(Kind::Paragraph, "");
    p.content.push_back(leaf(Kind::Strong, initiative.title.in(lang) + ". "));
    p.content.push_back(leaf(Kind::Text, initiative.text.in(lang)));
    article.content.push_back(std::move(p));
    std::string themes;
    for (const auto& id : initiative.themes) {
        const Theme* theme = data.theme(id);
        if (!theme) continue;
        std::string name = theme->name.in(lang);
        if (comparison && std::find(comparison->shared.begin(), comparison->shared.end(), id) != comparison->shared.end())
            name += " (" + tr(Str::sharedTheme, lang) + ")";
        themes += (themes.empty() ? "" : ", ") + name;
    }
    std::string line = tr(Str::themes, lang) + ": " + themes;
    if (!initiative.partners.empty()) line += " · " + trf(Str::partners, lang, {joinList(initiative.partners, lang)});
    article.content.push_back(paragraph(line, "vk-themes"));
}

// A nominee in detail, as the canvas's detail panel tells it.
TextBlock nomineeArticle(const NomineeData& data, const Nominee& n, const Comparison* comparison, Lang lang) {
    TextBlock article = container(Kind::Article, "");
    article.id = articleId(n);
    article.content.push_back(heading(3, n.name));
    article.content.push_back(paragraph(nomineeFactsLine(data, n, lang), "vk-note"));
    TextBlock figures = container(Kind::List, "vk-figures");
    for (const KeyFigure& f : keyFigures(n, lang)) figures.content.push_back(item(leaf(Kind::Text, f.label + ": " + f.value)));
    article.content.push_back(std::move(figures));
    article.content.push_back(paragraph(n.summary.in(lang)));
    if (n.region) article.content.push_back(paragraph(n.region->note.in(lang), "vk-note"));
    for (const Criterion& criterion : data.criteria) {
        article.content.push_back(heading(4, criterion.name.in(lang)));
        if (!criterion.description.in(lang).empty()) article.content.push_back(paragraph(criterion.description.in(lang), "vk-note"));
        const auto initiatives = initiativesFor(n, criterion.id);
        if (initiatives.empty()) article.content.push_back(paragraph(tr(Str::noInitiative, lang), "vk-note"));
        for (const Initiative* i : initiatives) addInitiative(article, data, *i, comparison, lang);
    }
    return article;
}

// The nominees told in detail: the selected ones beside the map (with what two share), every one
// as the page.
TextBlock details(const NomineeData& data, const WidgetState& state, bool mapShown) {
    const Lang lang = state.lang;
    TextBlock group = container(Kind::Group, "vk-details");
    std::vector<const Nominee*> shown;
    if (mapShown) {
        for (const auto& id : state.selected)
            if (const Nominee* n = data.nominee(id)) shown.push_back(n);
    } else {
        for (const Nominee& n : data.nominees) shown.push_back(&n);
    }
    if (shown.empty()) return group;
    std::optional<Comparison> comparison;
    if (mapShown) {
        group.content.push_back(heading(2, tr(Str::selectedNominees, lang)));
        if (shown.size() == 2) {
            comparison = compareNominees(data, *shown[0], *shown[1]);
            group.content.push_back(paragraph(sharedThemesSentence(data, *comparison, lang), "vk-shared"));
        }
    }
    TextBlock columns = container(Kind::Group, "vk-columns");
    for (const Nominee* n : shown) columns.content.push_back(nomineeArticle(data, *n, comparison ? &*comparison : nullptr, lang));
    group.content.push_back(std::move(columns));
    return group;
}

std::string problemNote(const TextVersionMode& mode, Lang lang) {
    switch (mode.problem) {
        case MapProblem::DataFile: return trf(Str::dataProblem, lang, {mode.detail});
        case MapProblem::MapFile: return trf(Str::geoProblem, lang, {mode.detail});
        case MapProblem::Unavailable: break;
    }
    return tr(Str::mapUnavailable, lang);
}

// The kinds' names in the page's JSON, in the order of TextBlock::Kind.
constexpr const char* kindNames[] = {"heading", "paragraph", "list", "item", "button", "group", "article", "strong", "text"};

Json blockJson(const TextBlock& b) {
    Json out = Json::object();
    out["kind"] = kindNames[static_cast<std::size_t>(b.kind)];
    if (!b.text.empty() || b.content.empty()) out["text"] = b.text;
    if (b.kind == Kind::Heading) out["level"] = b.level;
    if (!b.style.empty()) out["class"] = b.style;
    if (!b.id.empty()) out["id"] = b.id;
    if (!b.role.empty()) out["role"] = b.role;
    if (!b.content.empty()) {
        Json content = Json::array();
        for (const TextBlock& c : b.content) content.push_back(blockJson(c));
        out["content"] = std::move(content);
    }
    if (b.kind == Kind::Button) {
        out["action"] = b.action;
        if (b.pressed) out["pressed"] = *b.pressed;
        if (!b.nominee.empty()) out["nominee"] = b.nominee;
        if (b.hidden) out["hidden"] = true;
    }
    return out;
}

}  // namespace

MapProblem parseMapProblem(std::string_view id) {
    if (id == "data") return MapProblem::DataFile;
    if (id == "map") return MapProblem::MapFile;
    return MapProblem::Unavailable;
}

std::string sourceLine(const Award& award, Lang lang) {
    // The article is cited by its publisher (KS); the organisers when the data names none.
    std::string by = award.source.publisher.empty() ? joinList(award.organisers, lang) : award.source.publisher;
    const std::string date = formatDate(award.source.date, lang);
    if (!date.empty()) by += (by.empty() ? "" : ", ") + date;
    return trf(Str::source, lang, {award.source.title.in(lang), by});
}

std::vector<KeyFigure> keyFigures(const Nominee& nominee, Lang lang) {
    std::string population = formatInteger(nominee.population.value, lang);
    const std::string date = formatDate(nominee.population.date, lang);
    if (!date.empty()) population += " (" + date + ")";
    return {{tr(Str::population, lang), population},
            {tr(Str::area, lang), trf(Str::areaValue, lang, {formatDecimal(nominee.areaKm2, lang)})},
            {tr(Str::centre, lang), nominee.centre.name}};
}

std::string nomineeFactsLine(const NomineeData& data, const Nominee& nominee, Lang lang) {
    return classLine(data, nominee, lang) + " · " + nominee.county + " · " + tr(Str::municipalityNumber, lang) + " " +
           nominee.municipalityNumber;
}

TextDocument buildTextVersion(const NomineeData* data, const WidgetState& state, const TextVersionMode& mode) {
    const Lang lang = state.lang;
    TextDocument doc;
    doc.lang = lang;
    doc.title = tr(Str::pageTitle, lang);
    doc.mapLabel = tr(Str::mapLabel, lang);
    doc.keysHelp = tr(Str::keysHelp, lang);
    doc.label = tr(Str::textVersion, lang);
    if (!data) {
        // Nothing to read: the page's message says why, once (no empty headings).
        if (!mode.mapShown) doc.message = problemNote(mode, lang);
        return doc;
    }
    if (mode.mapShown) doc.status = statusSentence(*data, state.selected, lang);
    doc.blocks.push_back(heading(1, data->award.name.in(lang) + " " + std::to_string(data->award.year)));
    doc.blocks.push_back(paragraph(sourceLine(data->award, lang), "vk-note"));
    if (!mode.mapShown) {
        TextBlock note = paragraph(problemNote(mode, lang), "vk-note");
        note.role = "note";
        doc.blocks.push_back(std::move(note));
    }
    doc.blocks.push_back(controls(*data, state, mode.mapShown));
    doc.blocks.push_back(heading(2, tr(Str::nominees, lang), "vk-list-heading"));
    doc.blocks.push_back(nomineeList(*data, state, mode.mapShown));
    doc.blocks.push_back(heading(2, tr(Str::whoDoesWhat, lang), "vk-list-heading"));
    doc.blocks.push_back(themeList(*data, state, mode.mapShown));
    doc.blocks.push_back(details(*data, state, mode.mapShown));
    return doc;
}

Json textVersionJson(const TextDocument& document) {
    Json blocks = Json::array();
    for (const TextBlock& b : document.blocks) blocks.push_back(blockJson(b));
    Json out = Json::object();
    out["lang"] = langCode(document.lang);
    out["title"] = document.title;
    out["mapLabel"] = document.mapLabel;
    out["keysHelp"] = document.keysHelp;
    out["label"] = document.label;
    out["status"] = document.status;
    out["message"] = document.message;
    out["blocks"] = std::move(blocks);
    return out;
}

}  // namespace vk
