#include "core/widget_state.hpp"

#include <algorithm>

namespace vk {

std::optional<ClassFilter> parseClassFilter(std::string_view id) {
    if (id == "all") return ClassFilter::All;
    if (id == "small") return ClassFilter::Small;
    if (id == "large") return ClassFilter::Large;
    return std::nullopt;
}

const char* classFilterId(ClassFilter filter) {
    switch (filter) {
        case ClassFilter::Small: return "small";
        case ClassFilter::Large: return "large";
        case ClassFilter::All: break;
    }
    return "all";
}

bool passesFilter(ClassFilter filter, NomineeClass c) {
    return filter == ClassFilter::All || (filter == ClassFilter::Small) == (c == NomineeClass::Small);
}

bool WidgetState::isSelected(std::string_view id) const {
    return std::find(selected.begin(), selected.end(), id) != selected.end();
}

WidgetState clickNominee(WidgetState state, std::string_view id) {
    if (state.isSelected(id)) return removeNominee(std::move(state), id);
    state.openedInitiative.clear();
    if (state.selected.size() == 2) state.selected.pop_back();
    state.selected.emplace_back(id);
    return state;
}

WidgetState selectNominee(WidgetState state, std::string_view id) {
    state.selected = {std::string(id)};
    state.openedInitiative.clear();
    return state;
}

WidgetState compareNominees(WidgetState state, std::string_view left, std::string_view right) {
    if (left == right) return selectNominee(std::move(state), left);
    state.selected = {std::string(left), std::string(right)};
    state.openedInitiative.clear();
    return state;
}

WidgetState removeNominee(WidgetState state, std::string_view id) {
    std::erase(state.selected, id);
    state.openedInitiative.clear();
    return state;
}

WidgetState clearSelection(WidgetState state) {
    state.selected.clear();
    state.openedInitiative.clear();
    return state;
}

WidgetState clearAll(WidgetState state) {
    state = clearSelection(std::move(state));
    state.highlightedTheme.clear();
    return state;
}

WidgetState swapComparison(WidgetState state) {
    if (state.selected.size() == 2) std::swap(state.selected[0], state.selected[1]);
    return state;
}

WidgetState setHover(WidgetState state, std::string_view id) {
    state.hover = id;
    return state;
}

WidgetState setLang(WidgetState state, Lang lang) {
    state.lang = lang;
    return state;
}

WidgetState setFilter(WidgetState state, ClassFilter filter) {
    state.filter = filter;
    return state;
}

WidgetState setSystemScheme(WidgetState state, ColourScheme scheme) {
    state.systemScheme = scheme;
    return state;
}

WidgetState toggleTheme(WidgetState state, std::string_view themeId) {
    state.highlightedTheme = state.highlightedTheme == themeId ? std::string() : std::string(themeId);
    return state;
}

WidgetState openInitiative(WidgetState state, std::string_view nomineeId, std::string_view initiativeId) {
    state = selectNominee(std::move(state), nomineeId);
    state.openedInitiative = initiativeId;
    return state;
}

}  // namespace vk
