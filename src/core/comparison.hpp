// Comparing two nominees: their initiatives aligned by the jury's three criteria, the themes they
// share and those only one has, and a sentence that says what they share. Also the theme matrix
// of the overview. std only: never include GL, ImGui or Emscripten here.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/nominees.hpp"

namespace vk {

// One row of the comparison: a criterion, with each side's initiatives under it.
struct ComparisonRow {
    const Criterion* criterion = nullptr;
    std::vector<const Initiative*> left;
    std::vector<const Initiative*> right;
};

struct Comparison {
    const Nominee* left = nullptr;
    const Nominee* right = nullptr;
    std::vector<ComparisonRow> rows;     // one per criterion, in the data's order
    std::vector<std::string> shared;     // theme ids both have, in the data's theme order
    std::vector<std::string> onlyLeft;   // theme ids only the left has
    std::vector<std::string> onlyRight;  // theme ids only the right has
};

Comparison compareNominees(const NomineeData& data, const Nominee& left, const Nominee& right);

// Initiatives of one nominee under one criterion, in file order.
std::vector<const Initiative*> initiativesFor(const Nominee& nominee, const std::string& criterionId);

// The theme ids a nominee's initiatives have, in the data's theme order.
std::vector<std::string> themesOf(const NomineeData& data, const Nominee& nominee);

// The shared theme ids, most telling first: the themes fewest nominees of the whole data have
// (what every nominee has says nothing about these two), then those the two give more
// initiatives to, then the data's theme order.
std::vector<std::string> sharedThemesByInterest(const NomineeData& data, const Comparison& comparison);

// At most this many shared themes are named in the sentence; the rest are counted.
constexpr std::size_t namedSharedThemes = 3;

// A sentence built from the data: "Begge jobber med næringsfond og gründere." With more than
// namedSharedThemes + 1 shared themes, it names the namedSharedThemes most telling ones and counts
// the rest ("Both work on tourism, public procurement and clusters, and 4 more themes."); the
// chips on the initiatives still show every shared theme. When nothing is shared, a sentence
// saying so with both names.
std::string sharedThemesSentence(const NomineeData& data, const Comparison& comparison, Lang lang);

// The overview's theme matrix: cell [theme][nominee] is the first initiative of that nominee
// with that theme, or nullptr.
struct ThemeMatrix {
    std::vector<const Theme*> themes;
    std::vector<const Nominee*> nominees;
    std::vector<std::vector<const Initiative*>> cells;
};
ThemeMatrix buildThemeMatrix(const NomineeData& data);

// The nominee's class as a visitor reads it, led by "Vinner" / "Winner" when the data names it
// the winner of its class: "Vinner · Under 15 000 innbyggere".
std::string classLine(const NomineeData& data, const Nominee& nominee, Lang lang);

// The one-sentence status for screen readers: nothing / one / two selected (names from data).
std::string statusSentence(const NomineeData& data, const std::vector<std::string>& selected, Lang lang);

}  // namespace vk
