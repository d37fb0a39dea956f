#include "core/comparison.hpp"

#include <algorithm>
#include <cctype>

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

std::string sharedThemesSentence(const NomineeData& data, const Comparison& comparison, Lang lang) {
    if (comparison.shared.empty())
        return trf(Str::nothingShared, lang, {comparison.left->name, comparison.right->name});
    std::vector<std::string> names;
    for (const auto& id : comparison.shared)
        if (const Theme* theme = data.theme(id)) names.push_back(inSentence(theme->name.in(lang)));
    return trf(Str::bothWorkOn, lang, {joinList(names, lang)});
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

}  // namespace vk
