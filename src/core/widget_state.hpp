// The widget's state as one plain struct, and the actions a visitor (or the host page) can take as
// functions from state to state. The UI draws this state; the URL hash, the JS API and the DOM
// text mirror read and write it. std only: never include GL, ImGui or Emscripten here.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/nominees.hpp"
#include "core/palette.hpp"

namespace vk {

enum class ClassFilter { All, Small, Large };

// "all" / "small" / "large"; nullopt for anything else.
std::optional<ClassFilter> parseClassFilter(std::string_view id);
const char* classFilterId(ClassFilter filter);
// True when a nominee of class c is shown at full strength under filter.
bool passesFilter(ClassFilter filter, NomineeClass c);

struct WidgetState {
    std::vector<std::string> selected;  // nominee ids, at most two, left first
    std::string hover;                  // nominee id under the pointer or focus, "" for none
    Lang lang = Lang::Nb;
    ClassFilter filter = ClassFilter::All;
    std::string highlightedTheme;  // theme id picked in the theme matrix, "" for none
    std::string openedInitiative;  // initiative id to bring into view in the detail panel, "" for none
    // Look: the reader's prefers-color-scheme unless theme= (URL or embed snippet) forces one, and
    // the host's brand colour from accent= (as given; palette.hpp keeps it at AA contrast).
    ColourScheme systemScheme = ColourScheme::Light;
    std::optional<ColourScheme> forcedScheme;
    std::optional<Rgb> accent;

    ColourScheme scheme() const { return forcedScheme.value_or(systemScheme); }
    bool isSelected(std::string_view id) const;
    bool comparing() const { return selected.size() == 2; }
    friend bool operator==(const WidgetState&, const WidgetState&) = default;
};

// The visitor's click on a nominee: not selected and nothing selected -> select it; one selected
// -> compare the two (the new one on the right); two selected -> it replaces the right-hand one;
// already selected -> remove it.
WidgetState clickNominee(WidgetState state, std::string_view id);

// Exactly this nominee selected (the API's select(id)).
WidgetState selectNominee(WidgetState state, std::string_view id);

// Compare a (left) and b (right); a == b selects just one.
WidgetState compareNominees(WidgetState state, std::string_view left, std::string_view right);

WidgetState removeNominee(WidgetState state, std::string_view id);
WidgetState clearSelection(WidgetState state);
// Escape: no selection and no highlighted theme (language and filter stay).
WidgetState clearAll(WidgetState state);
// Left and right change places; no change with fewer than two.
WidgetState swapComparison(WidgetState state);

WidgetState setHover(WidgetState state, std::string_view id);
WidgetState setLang(WidgetState state, Lang lang);
WidgetState setFilter(WidgetState state, ClassFilter filter);
// The reader's colour scheme changed (prefers-color-scheme); shows only when no theme is forced.
WidgetState setSystemScheme(WidgetState state, ColourScheme scheme);

// Picks a theme to highlight on the map; picking the highlighted one again turns it off.
WidgetState toggleTheme(WidgetState state, std::string_view themeId);

// From the theme matrix: show this nominee (alone) with this initiative brought into view.
WidgetState openInitiative(WidgetState state, std::string_view nomineeId, std::string_view initiativeId);

}  // namespace vk
