#include "ui/panel.hpp"

#include <algorithm>
#include <cfloat>

#include "core/comparison.hpp"
#include "core/strings.hpp"
#include "core/text_version.hpp"
#include "ui/map_overlay.hpp"

namespace vk::ui {

namespace {

// What every section of the panel needs.
struct PanelContext {
    const FrameInput& in;
    FrameOutput& out;
    Lang lang;
    float controlHeight;  // 44 px on touch and phones, 32 px with a mouse

    const NomineeData& data() const { return *in.data; }
    const WidgetState& state() const { return *in.state; }
    ParagraphSizes& paragraphs() const { return in.memory->paragraphs; }
    void act(WidgetState next) { out.state = std::move(next); }
};

void sectionHeading(const std::string& text, const Fonts& fonts, const Colours& colour) {
    ImGui::Spacing();
    ImGui::PushFont(fonts.smallBold);
    ImGui::PushStyleColor(ImGuiCol_Text, colour.muted);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddLine({p.x, p.y - 3}, {p.x + ImGui::GetContentRegionAvail().x, p.y - 3}, colour.rule, 1);
    ImGui::Spacing();
}

// Header: the award's name, then the language switch and the copy-link button on the right.
void drawHeader(PanelContext& c) {
    const Colours& colour = c.in.colours;
    const auto& award = c.data().award;
    const std::string title = award.name.in(c.lang) + " " + std::to_string(award.year);
    ImGui::PushFont(c.in.fonts.smallBold);
    ImGui::PushStyleColor(ImGuiCol_Text, colour.muted);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(title.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();

    ImGui::PushFont(c.in.fonts.small);
    const std::string language = tr(Str::switchLanguage, c.lang);
    const std::string copy = c.in.linkCopied ? tr(Str::linkCopied, c.lang) : tr(Str::copyLink, c.lang);
    const float padding = 10;
    const float languageWidth = ImGui::CalcTextSize(language.c_str()).x + 2 * padding;
    const float copyWidth = ImGui::CalcTextSize(copy.c_str()).x + 2 * padding;
    const float right = ImGui::GetWindowContentRegionMax().x;
    const float wanted = languageWidth + copyWidth + 6;
    if (ImGui::GetCursorPosX() + ImGui::CalcTextSize(title.c_str()).x + wanted + 16 < right) ImGui::SameLine(right - wanted);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, {padding, (c.controlHeight - ImGui::GetFontSize()) / 2});
    if (ImGui::Button((language + "##lang").c_str()))
        c.act(setLang(c.state(), c.lang == Lang::Nb ? Lang::En : Lang::Nb));
    noteTarget(c.out, "lang");
    ImGui::SameLine(0, 6);
    if (ImGui::Button((copy + "##copy").c_str())) c.out.copyLink = true;
    noteTarget(c.out, "copyLink");
    ImGui::PopStyleVar();
    ImGui::PopFont();
    ImGui::Spacing();
}

void drawThemeChips(PanelContext& c, const Initiative& initiative, const Comparison* comparison, bool leftSide) {
    const Colours& colour = c.in.colours;
    ImGui::PushFont(c.in.fonts.small);
    for (const auto& themeId : initiative.themes) {
        const Theme* theme = c.data().theme(themeId);
        if (!theme) continue;
        const std::string& name = theme->name.in(c.lang);
        const bool highlighted = themeId == c.state().highlightedTheme;
        if (comparison) {
            const bool isShared = std::find(comparison->shared.begin(), comparison->shared.end(), themeId) != comparison->shared.end();
            if (isShared) chip(name, colour.sharedTint, colour.shared);
            else chip(name, colour.panel, colour.muted, true);
            (void)leftSide;
        } else {
            chip(name, highlighted ? colour.highlight : colour.chip, colour.text);
        }
    }
    ImGui::NewLine();
    ImGui::PopFont();
}

void drawInitiative(PanelContext& c, const Initiative& initiative, const Comparison* comparison, bool leftSide) {
    const Colours& colour = c.in.colours;
    ImGui::PushID(initiative.id.c_str());
    const bool opened = initiative.id == c.state().openedInitiative;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->ChannelsSplit(2);
    draw->ChannelsSetCurrent(1);
    const ImVec2 start = ImGui::GetCursorScreenPos();
    ImGui::BeginGroup();
    paragraph(c.paragraphs(), initiative.title.in(c.lang), c.in.fonts.bodyBold, colour.text);
    paragraph(c.paragraphs(), initiative.text.in(c.lang), c.in.fonts.body, colour.text);
    drawThemeChips(c, initiative, comparison, leftSide);
    if (!initiative.partners.empty()) {
        std::vector<std::string> partners(initiative.partners.begin(), initiative.partners.end());
        paragraph(c.paragraphs(), trf(Str::partners, c.lang, {joinList(partners, c.lang)}), c.in.fonts.small, colour.muted);
    }
    ImGui::EndGroup();
    if (opened) {
        // Brought here from the theme matrix: mark it, and scroll to it once.
        draw->ChannelsSetCurrent(0);
        const ImVec2 end = ImGui::GetItemRectMax();
        draw->AddRectFilled({start.x - 8, start.y - 6}, {start.x + ImGui::GetContentRegionAvail().x + 4, end.y + 6},
                            colour.openedTint, 6);
        std::string& scrolledTo = c.in.memory->scrolledTo;
        const std::string key = c.state().selected.empty() ? "" : c.state().selected[0] + "/" + initiative.id;
        if (scrolledTo != key) {
            ImGui::SetScrollHereY(0.15f);
            scrolledTo = key;
        }
    }
    draw->ChannelsMerge();
    ImGui::Dummy({0, 6});
    ImGui::PopID();
}

void drawKeyFigures(PanelContext& c, const Nominee& n) {
    const Colours& colour = c.in.colours;
    const std::vector<KeyFigure> figures = keyFigures(n, c.lang);  // the text version tells the same
    // Plain columns rather than ImGui tables: a row of equal columns is all the panel needs, and
    // the table code is a tenth of the widget's download.
    // Side by side where they fit; one per line on a phone, so no word breaks inside a label.
    const bool sideBySide = ImGui::GetContentRegionAvail().x >= 420;
    if (sideBySide) ImGui::Columns(3, "figures", false);
    for (std::size_t i = 0; i < figures.size(); ++i) {
        if (i > 0 && sideBySide) ImGui::NextColumn();
        if (sideBySide) {
            paragraph(c.paragraphs(), figures[i].label, c.in.fonts.small, colour.muted);
            paragraph(c.paragraphs(), figures[i].value, c.in.fonts.bodyBold, colour.text);
        } else {
            paragraph(c.paragraphs(), figures[i].label + ": " + figures[i].value, c.in.fonts.body, colour.text);
        }
    }
    if (sideBySide) ImGui::Columns(1);
}

void drawDetail(PanelContext& c, const Nominee& n) {
    const Colours& colour = c.in.colours;
    const Lang lang = c.lang;
    // Name, with a close button on the right.
    ImGui::PushFont(c.in.fonts.title);
    ImGui::PushStyleColor(ImGuiCol_Text, colour.left);
    ImGui::TextUnformatted(n.name.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - c.controlHeight);
    ImGui::PushFont(c.in.fonts.bodyBold);
    if (ImGui::Button("\xc3\x97##close", {c.controlHeight, c.controlHeight})) c.act(clearSelection(c.state()));  // ×
    noteTarget(c.out, "close");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::clear, lang).c_str());
    ImGui::PopFont();

    paragraph(c.paragraphs(), nomineeFactsLine(c.data(), n, lang), c.in.fonts.small, colour.muted);
    ImGui::Spacing();
    drawKeyFigures(c, n);
    ImGui::Spacing();
    paragraph(c.paragraphs(), n.summary.in(lang), c.in.fonts.body, colour.text);
    if (n.region) paragraph(c.paragraphs(), n.region->note.in(lang), c.in.fonts.small, colour.muted);
    ImGui::Spacing();
    paragraph(c.paragraphs(), tr(Str::hintCompare, lang), c.in.fonts.small, colour.left);

    for (const auto& criterion : c.data().criteria) {
        const auto initiatives = initiativesFor(n, criterion.id);
        sectionHeading(criterion.name.in(lang), c.in.fonts, colour);
        paragraph(c.paragraphs(), criterion.description.in(lang), c.in.fonts.small, colour.muted);
        ImGui::Spacing();
        if (initiatives.empty()) paragraph(c.paragraphs(), tr(Str::noInitiative, lang), c.in.fonts.small, colour.muted);
        for (const Initiative* i : initiatives) drawInitiative(c, *i, nullptr, true);
    }
}

void drawComparisonHeader(PanelContext& c, const Comparison& cmp) {
    const Colours& colour = c.in.colours;
    const Lang lang = c.lang;
    ImGui::PushFont(c.in.fonts.small);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, {10, (c.controlHeight - ImGui::GetFontSize()) / 2});
    if (ImGui::Button((tr(Str::swap, lang) + "##swap").c_str())) c.act(swapComparison(c.state()));
    noteTarget(c.out, "swap");
    ImGui::SameLine(0, 6);
    if (ImGui::Button((tr(Str::clear, lang) + "##clear").c_str())) c.act(clearSelection(c.state()));
    noteTarget(c.out, "clear");
    ImGui::PopStyleVar();
    ImGui::PopFont();
    paragraph(c.paragraphs(), tr(Str::hintReplace, lang), c.in.fonts.small, colour.muted);
    ImGui::Spacing();

    {
        ImGui::Columns(2, "names", false);
        const Nominee* sides[] = {cmp.left, cmp.right};
        for (int side = 0; side < 2; ++side) {
            if (side > 0) ImGui::NextColumn();
            const Nominee& n = *sides[side];
            const ImU32 accent = side == 0 ? colour.left : colour.right;
            const ImVec2 p = ImGui::GetCursorScreenPos();
            ImGui::GetWindowDrawList()->AddRectFilled(p, {p.x + ImGui::GetContentRegionAvail().x, p.y + 4}, accent, 2);
            ImGui::Dummy({0, 6});
            // The remove button sits at the column's right edge (screen coordinates: SameLine's
            // offsets count from the column's start inside a table).
            const float removeX = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x - (c.controlHeight - 4);
            ImGui::PushFont(c.in.fonts.title);
            ImGui::PushStyleColor(ImGuiCol_Text, accent);
            ImGui::TextUnformatted(n.name.c_str());
            ImGui::PopStyleColor();
            ImGui::PopFont();
            ImGui::SameLine();
            ImGui::SetCursorScreenPos({removeX, ImGui::GetCursorScreenPos().y});
            ImGui::PushID(side);
            ImGui::PushFont(c.in.fonts.bodyBold);
            if (ImGui::Button("\xc3\x97", {c.controlHeight - 4, c.controlHeight - 4})) c.act(removeNominee(c.state(), n.id));
            noteTarget(c.out, "remove:" + n.id);
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", trf(Str::remove, lang, {n.name}).c_str());
            ImGui::PopFont();
            ImGui::PopID();
            paragraph(c.paragraphs(), classLine(c.data(), n, lang) + " · " + n.county, c.in.fonts.small, colour.muted);
            paragraph(c.paragraphs(), trf(Str::populationAt, lang, {formatInteger(n.population.value, lang), formatDate(n.population.date, lang)}),
                      c.in.fonts.small, colour.muted);
            ImGui::Spacing();
            paragraph(c.paragraphs(), n.summary.in(lang), c.in.fonts.small, colour.text);
        }
        ImGui::Columns(1);
    }
}

void drawComparison(PanelContext& c, const Nominee& left, const Nominee& right) {
    const Colours& colour = c.in.colours;
    const Lang lang = c.lang;
    const Comparison cmp = compareNominees(c.data(), left, right);
    drawComparisonHeader(c, cmp);

    // What they share, in a sentence, with the chip legend.
    ImGui::Spacing();
    const ImVec2 boxStart = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->ChannelsSplit(2);
    draw->ChannelsSetCurrent(1);
    ImGui::Indent(10);
    ImGui::Dummy({0, 2});
    paragraph(c.paragraphs(), sharedThemesSentence(c.data(), cmp, lang), c.in.fonts.bodyBold, colour.shared);
    ImGui::PushFont(c.in.fonts.small);
    chip(tr(Str::sharedTheme, lang), colour.sharedTint, colour.shared);
    chip(trf(Str::onlyOne, lang, {lang == Lang::Nb ? "én" : "one"}), colour.panel, colour.muted, true);
    ImGui::NewLine();
    ImGui::PopFont();
    ImGui::Unindent(10);
    draw->ChannelsSetCurrent(0);
    draw->AddRectFilled({boxStart.x, boxStart.y}, {boxStart.x + ImGui::GetContentRegionAvail().x, ImGui::GetCursorScreenPos().y},
                        colour.comparisonTint, 8);
    draw->ChannelsMerge();
    ImGui::Spacing();

    for (const auto& row : cmp.rows) {
        sectionHeading(row.criterion->name.in(lang), c.in.fonts, colour);
        // Both sides of a criterion start on one line, so the eye moves across, not up and down.
        ImGui::Columns(2, row.criterion->id.c_str(), false);
        const std::vector<const Initiative*>* sides[] = {&row.left, &row.right};
        for (int side = 0; side < 2; ++side) {
            if (side > 0) ImGui::NextColumn();
            ImGui::PushID(side);
            if (sides[side]->empty()) paragraph(c.paragraphs(), tr(Str::noInitiative, lang), c.in.fonts.small, colour.muted);
            for (const Initiative* i : *sides[side]) drawInitiative(c, *i, &cmp, side == 0);
            ImGui::PopID();
        }
        ImGui::Columns(1);
    }
}

void drawNomineeCards(PanelContext& c) {
    const Colours& colour = c.in.colours;
    const Lang lang = c.lang;
    sectionHeading(tr(Str::nominees, lang), c.in.fonts, colour);
    for (const NomineeClass cls : {NomineeClass::Small, NomineeClass::Large}) {
        const ImVec2 legendAt = ImGui::GetCursorScreenPos();
        ImGui::Indent(20);
        paragraph(c.paragraphs(), c.data().award.className(cls, lang), c.in.fonts.smallBold, colour.muted);
        ImGui::Unindent(20);
        drawMarkerLegendShape(ImGui::GetWindowDrawList(), {legendAt.x + 7, legendAt.y + 8}, cls, colour);
        const float width = ImGui::GetContentRegionAvail().x;
        const int columns = width > 420 ? 3 : (width > 300 ? 2 : 1);
        const float gap = 8;
        const float cardWidth = (width - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
        int column = 0;
        for (const auto& n : c.data().nominees) {
            if (n.nomineeClass != cls) continue;
            if (column > 0) ImGui::SameLine(0, gap);
            ImGui::PushID(n.id.c_str());
            const ImVec2 at = ImGui::GetCursorScreenPos();
            const float height = 58;
            const bool clicked = ImGui::InvisibleButton("card", {cardWidth, height});
            noteTarget(c.out, "card:" + n.id);
            const bool hovered = ImGui::IsItemHovered() || n.id == c.state().hover || n.id == c.in.focused;
            ImDrawList* draw = ImGui::GetWindowDrawList();
            draw->AddRectFilled(at, {at.x + cardWidth, at.y + height}, hovered ? colour.leftTint : colour.panelAlt, 8);
            if (n.id == c.in.focused) draw->AddRect(at, {at.x + cardWidth, at.y + height}, colour.focus, 8, 0, 2);
            ImGui::PushFont(c.in.fonts.bodyBold);
            draw->AddText({at.x + 12, at.y + 10}, colour.text, n.name.c_str());
            ImGui::PopFont();
            ImGui::PushFont(c.in.fonts.small);
            const std::string line = (c.data().award.isWinner(n.id) ? tr(Str::winner, lang) + " · " : std::string()) + n.county +
                                     " · " + formatInteger(n.population.value, lang);
            draw->PushClipRect(at, {at.x + cardWidth - 6, at.y + height}, true);
            draw->AddText({at.x + 12, at.y + 32}, colour.muted, line.c_str());
            draw->PopClipRect();
            ImGui::PopFont();
            if (clicked) {
                c.act(selectNominee(c.state(), n.id));
                c.out.flyTo = n.id;
            }
            ImGui::PopID();
            column = (column + 1) % columns;
        }
        ImGui::Dummy({0, 4});
    }
}

void drawThemeMatrix(PanelContext& c) {
    const Colours& colour = c.in.colours;
    const Lang lang = c.lang;
    const ThemeMatrix& m = *c.in.themeMatrix;
    sectionHeading(tr(Str::whoDoesWhat, lang), c.in.fonts, colour);
    paragraph(c.paragraphs(), tr(Str::whoDoesWhatHint, lang), c.in.fonts.small, colour.muted);
    ImGui::Spacing();

    const float width = ImGui::GetContentRegionAvail().x;
    const float themeColumn = std::clamp(width * 0.36f, 110.0f, 190.0f);
    const float cell = std::max((width - themeColumn) / static_cast<float>(std::max<std::size_t>(m.nominees.size(), 1)), 24.0f);
    const float rowHeight = std::max(c.controlHeight, 36.0f);  // room for a name on two lines
    ImDrawList* draw = ImGui::GetWindowDrawList();

    // Column heads: names staggered on two lines so long names fit narrow columns.
    ImGui::PushFont(c.in.fonts.small);
    const ImVec2 headAt = ImGui::GetCursorScreenPos();
    const float lineHeight = ImGui::GetFontSize() + 3;
    for (std::size_t j = 0; j < m.nominees.size(); ++j) {
        const char* name = m.nominees[j]->name.c_str();
        const float textWidth = ImGui::CalcTextSize(name).x;
        const float centre = headAt.x + themeColumn + cell * (static_cast<float>(j) + 0.5f);
        const float y = headAt.y + (j % 2 == 0 ? 0 : lineHeight);
        draw->AddText({centre - textWidth / 2, y}, colour.text, name);
        draw->AddLine({centre, y + lineHeight - 1}, {centre, headAt.y + 2 * lineHeight + 2}, colour.rule, 1);
    }
    ImGui::Dummy({width, 2 * lineHeight + 4});

    for (std::size_t t = 0; t < m.themes.size(); ++t) {
        const Theme& theme = *m.themes[t];
        ImGui::PushID(theme.id.c_str());
        const ImVec2 rowAt = ImGui::GetCursorScreenPos();
        const bool highlighted = theme.id == c.state().highlightedTheme;
        if (highlighted) draw->AddRectFilled(rowAt, {rowAt.x + width, rowAt.y + rowHeight}, colour.openedTint, 4);
        else if (t % 2 == 1) draw->AddRectFilled(rowAt, {rowAt.x + width, rowAt.y + rowHeight}, colour.panelAlt, 4);

        if (ImGui::InvisibleButton("theme", {themeColumn, rowHeight})) c.act(toggleTheme(c.state(), theme.id));
        noteTarget(c.out, "theme:" + theme.id);
        const bool themeHovered = ImGui::IsItemHovered();
        // Long theme names (English ones especially) wrap onto a second line within the row.
        const char* name = theme.name.in(lang).c_str();
        const float wrapWidth = themeColumn - 12;
        const ImVec2 nameSize = ImGui::GetFont()->CalcTextSizeA(ImGui::GetFontSize(), FLT_MAX, wrapWidth, name);
        draw->PushClipRect(rowAt, {rowAt.x + themeColumn - 4, rowAt.y + rowHeight}, true);
        draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), {rowAt.x + 6, rowAt.y + (rowHeight - nameSize.y) / 2},
                      themeHovered || highlighted ? colour.left : colour.text, name, nullptr, wrapWidth);
        draw->PopClipRect();

        for (std::size_t j = 0; j < m.nominees.size(); ++j) {
            const Initiative* initiative = m.cells[t][j];
            ImGui::SameLine(0, 0);
            ImGui::PushID(static_cast<int>(j));
            const ImVec2 at = ImGui::GetCursorScreenPos();
            const bool clicked = ImGui::InvisibleButton("cell", {cell, rowHeight});
            if (initiative) noteTarget(c.out, "cell:" + theme.id + ":" + m.nominees[j]->id);
            const ImVec2 centre{at.x + cell / 2, at.y + rowHeight / 2};
            if (initiative) {
                const bool hovered = ImGui::IsItemHovered();
                if (m.nominees[j]->nomineeClass == NomineeClass::Small)
                    draw->AddCircleFilled(centre, hovered ? 8.0f : 6.0f, hovered ? colour.left : colour.marker);
                else
                    draw->AddRectFilled({centre.x - (hovered ? 7.f : 5.5f), centre.y - (hovered ? 7.f : 5.5f)},
                                        {centre.x + (hovered ? 7.f : 5.5f), centre.y + (hovered ? 7.f : 5.5f)},
                                        hovered ? colour.left : colour.marker, 1.5f);
                if (hovered) ImGui::SetTooltip("%s: %s", m.nominees[j]->name.c_str(), initiative->title.in(lang).c_str());
                if (clicked) {
                    c.act(openInitiative(c.state(), m.nominees[j]->id, initiative->id));
                    c.out.flyTo = m.nominees[j]->id;
                }
            } else {
                draw->AddCircleFilled(centre, 2, colour.rule, 6);
            }
            ImGui::PopID();
        }
        ImGui::PopID();
    }
    ImGui::PopFont();
}

void drawOverview(PanelContext& c) {
    const Colours& colour = c.in.colours;
    paragraph(c.paragraphs(), tr(Str::hintStart, c.lang), c.in.fonts.body, colour.text);
    if (c.in.layout.narrow) {
        // On phones the class filter (and legend) lives here rather than over the small map.
        sectionHeading(tr(Str::filterLabel, c.lang), c.in.fonts, colour);
        ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, {6, 4});
        drawClassFilter(c.in, c.out, ImGui::GetContentRegionAvail().x, c.controlHeight);
        ImGui::PopStyleVar();
    }
    drawNomineeCards(c);
    drawThemeMatrix(c);
    ImGui::Spacing();
    paragraph(c.paragraphs(), sourceLine(c.data().award, c.lang), c.in.fonts.small, colour.muted);
}

}  // namespace

void drawPanel(const FrameInput& in, FrameOutput& out) {
    const Colours& colour = in.colours;
    const auto& rect = in.layout.panel;
    if (rect.width < 1 || rect.height < 1) return;
    ImGui::SetNextWindowPos({static_cast<float>(rect.x), static_cast<float>(rect.y)});
    ImGui::SetNextWindowSize({static_cast<float>(rect.width), static_cast<float>(rect.height)});
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoNav |
                                   // Each frame starts cleared to the panel's colour (drawFrameContents), so
                                   // the window leaves its background out: under software GL, filling
                                   // the panel again cost a sixth of a hover frame's drawing.
                                   ImGuiWindowFlags_NoBackground;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, {in.layout.narrow ? 16.0f : 24.0f, 18});
    if (ImGui::Begin("##panel", nullptr, flags)) {
        // A rule between map and panel.
        ImDrawList* draw = ImGui::GetWindowDrawList();
        const ImVec2 p = ImGui::GetWindowPos();
        if (in.layout.narrow) draw->AddLine(p, {p.x + static_cast<float>(rect.width), p.y}, colour.rule, 1);
        else draw->AddLine(p, {p.x, p.y + static_cast<float>(rect.height)}, colour.rule, 1);

        PanelContext c{in, out, in.state->lang, in.touch || in.layout.narrow ? 44.0f : 32.0f};
        drawHeader(c);
        const auto& selected = in.state->selected;
        const Nominee* first = selected.size() >= 1 ? in.data->nominee(selected[0]) : nullptr;
        const Nominee* second = selected.size() >= 2 ? in.data->nominee(selected[1]) : nullptr;
        if (first && second) drawComparison(c, *first, *second);
        else if (first) drawDetail(c, *first);
        else drawOverview(c);
        ImGui::Dummy({0, 8});
        out.panelContentHeight = ImGui::GetCursorPosY() + ImGui::GetStyle().WindowPadding.y;
    }
    ImGui::End();
    ImGui::PopStyleVar();
}

}  // namespace vk::ui
