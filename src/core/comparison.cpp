#include "core/comparison.hpp"

#include <algorithm>
#include <cctype>

#include "base/sorting.hpp"
#include "core/strings.hpp"

namespace vk {

std::vector<const Initiative*> initiativesFor(const Nominee& nominee, const std::string& criterionId) {
    std::vector<const Initiative*> out;
    for (const auto& initiative : nominee.initiatives)
        if (initiative.criterion == criterionId) out.push_back(&initiative);
    return out;
}

std::vector<std::string> themesOf(const NomineeData& data, const Nominee& nominee) {
    std::vector<std::string> out;
    for (const auto& theme : data.themes)
        if (nominee.hasTheme(theme.id)) out.push_back(theme.id);
    return out;
}

Comparison compareNominees(const NomineeData& data, const Nominee& left, const Nominee& right) {
    Comparison c;
    c.left = &left;
    c.right = &right;
    for (const auto& criterion : data.criteria)
        c.rows.push_back({&criterion, initiativesFor(left, criterion.id), initiativesFor(right, criterion.id)});
    for (const auto& theme : data.themes) {
        const bool inLeft = left.hasTheme(theme.id), inRight = right.hasTheme(theme.id);
        if (inLeft && inRight) c.shared.push_back(theme.id);
        else if (inLeft) c.onlyLeft.push_back(theme.id);
        else if (inRight) c.onlyRight.push_back(theme.id);
    }
    return c;
}

namespace {

// Theme names read as a list inside a sentence: lower-case first letter (bokmål and English
// alike), unless the name starts with an acronym.
std::string inSentence(const std::string& name) {
    if (name.size() >= 2 && std::isupper(static_cast<unsigned char>(name[0])) &&
        std::isupper(static_cast<unsigned char>(name[1])))
        return name;
    std::string out = name;
    if (!out.empty() && static_cast<unsigned char>(out[0]) < 0x80)
        out[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[0])));
    return out;
}

}  // namespace

std::vector<std::string> sharedThemesByInterest(const NomineeData& data, const Comparison& comparison) {
    // Why rarity first: in the shipped data every pair of nominees shares five to eight themes,
    // and two themes (entrepreneurs, place attractiveness) are shared by all six, so naming those
    // tells the visitor nothing about this pair. A theme only these two (or few others) work on is
    // what sets them apart together. Among equally rare themes, the one both give more
    // initiatives to weighs more in what they do.
    struct Ranked {
        std::string id;
        std::size_t nomineesWithIt = 0;
        std::size_t initiativesOfPair = 0;
        std::size_t order = 0;
    };
    auto initiativesWith = [](const Nominee& nominee, const std::string& themeId) {
        return static_cast<std::size_t>(std::count_if(
            nominee.initiatives.begin(), nominee.initiatives.end(), [&](const Initiative& initiative) {
                return std::find(initiative.themes.begin(), initiative.themes.end(), themeId) != initiative.themes.end();
            }));
    };
    std::vector<Ranked> ranked;
    for (std::size_t i = 0; i < comparison.shared.size(); ++i) {
        const std::string& id = comparison.shared[i];
        Ranked r{id, 0, 0, i};
        for (const auto& nominee : data.nominees)
            if (nominee.hasTheme(id)) ++r.nomineesWithIt;
        if (comparison.left) r.initiativesOfPair += initiativesWith(*comparison.left, id);
        if (comparison.right) r.initiativesOfPair += initiativesWith(*comparison.right, id);
        ranked.push_back(r);
    }
    stableSort(ranked, [](const Ranked& a, const Ranked& b) {
        if (a.nomineesWithIt != b.nomineesWithIt) return a.nomineesWithIt < b.nomineesWithIt;
        if (a.initiativesOfPair != b.initiativesOfPair) return a.initiativesOfPair > b.initiativesOfPair;
        return a.order < b.order;
    });
    std::vector<std::string> out;
    for (const auto& r : ranked) out.push_back(r.id);
    return out;
}

std::string sharedThemesSentence(const NomineeData& data, const Comparison& comparison, Lang lang) {
    if (comparison.shared.empty())
        return trf(Str::nothingShared, lang, {comparison.left->name, comparison.right->name});
    std::vector<std::string> names;
    for (const auto& id : sharedThemesByInterest(data, comparison))
        if (const Theme* theme = data.theme(id)) names.push_back(inSentence(theme->name.in(lang)));
    // "and 1 more theme" would take as much room as naming it: count only two or more.
    if (names.size() <= namedSharedThemes + 1) return trf(Str::bothWorkOn, lang, {joinList(names, lang)});
    const std::string rest = std::to_string(names.size() - namedSharedThemes);
    names.resize(namedSharedThemes);
    return trf(Str::bothWorkOnMore, lang, {joinList(names, lang), rest});
}

ThemeMatrix buildThemeMatrix(const NomineeData& data) {
    ThemeMatrix m;
    for (const auto& nominee : data.nominees) m.nominees.push_back(&nominee);
    for (const auto& theme : data.themes) {
        m.themes.push_back(&theme);
        std::vector<const Initiative*> row;
        for (const auto& nominee : data.nominees) {
            const Initiative* found = nullptr;
            for (const auto& initiative : nominee.initiatives) {
                if (std::find(initiative.themes.begin(), initiative.themes.end(), theme.id) != initiative.themes.end()) {
                    found = &initiative;
                    break;
                }
            }
            row.push_back(found);
        }
        m.cells.push_back(std::move(row));
    }
    return m;
}

std::string statusSentence(const NomineeData& data, const std::vector<std::string>& selected, Lang lang) {
    std::vector<std::string> names;
    for (const auto& id : selected)
        if (const Nominee* n = data.nominee(id)) names.push_back(n->name);
    if (names.empty()) return tr(Str::statusNone, lang);
    if (names.size() == 1) return trf(Str::statusOne, lang, {names[0]});
    return trf(Str::statusTwo, lang, {names[0], names[1]});
}

std::string classLine(const NomineeData& data, const Nominee& nominee, Lang lang) {
    const std::string name = data.award.className(nominee.nomineeClass, lang);
    return data.award.isWinner(nominee.id) ? tr(Str::winner, lang) + " · " + name : name;
}

}  // namespace vk
