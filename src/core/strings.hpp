// The widget's UI strings in Norwegian bokmål and English: one table, src/core/strings.json,
// compiled in. Also number, date and list formatting per language. std only: never include GL,
// ImGui or Emscripten here.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "base/text.hpp"  // isIsoDate, formatNumber
#include "core/nominees.hpp"

namespace vk {

// One entry per key of strings.json (a unit test checks that the two agree).
#define VK_STRING_KEYS(X) \
    X(mapLabel) \
    X(pageTitle) \
    X(keysHelp) \
    X(textVersion) \
    X(legendTitle) \
    X(zoomIn) \
    X(zoomOut) \
    X(resetView) \
    X(attribution) \
    X(hintStart) \
    X(hintCompare) \
    X(hintReplace) \
    X(swap) \
    X(clear) \
    X(remove) \
    X(county) \
    X(population) \
    X(populationAt) \
    X(area) \
    X(areaValue) \
    X(municipalityNumber) \
    X(centre) \
    X(partners) \
    X(themes) \
    X(sharedTheme) \
    X(onlyOne) \
    X(bothWorkOn) \
    X(bothWorkOnMore) \
    X(nothingShared) \
    X(listAnd) \
    X(noInitiative) \
    X(nominees) \
    X(whoDoesWhat) \
    X(whoDoesWhatHint) \
    X(filterAll) \
    X(filterLabel) \
    X(switchLanguage) \
    X(copyLink) \
    X(linkCopied) \
    X(statusNone) \
    X(statusOne) \
    X(statusTwo) \
    X(wheelHint) \
    X(touchHint) \
    X(mapUnavailable) \
    X(dataProblem) \
    X(dataProblems) \
    X(geoProblem) \
    X(source) \
    X(selectedNominees) \
    X(criteriaHeading) \
    X(winner)

enum class Str {
#define VK_STRING_ENUM(key) key,
    VK_STRING_KEYS(VK_STRING_ENUM)
#undef VK_STRING_ENUM
};

// The key as written in strings.json, e.g. "zoomIn".
std::string_view stringKey(Str id);
// All keys, in table order.
const std::vector<Str>& allStrings();

// The string in lang; never empty for a key in the table.
const std::string& tr(Str id, Lang lang);

// The string with {0}, {1}, ... replaced by args in order; a placeholder without an argument is
// left as it is.
std::string trf(Str id, Lang lang, std::initializer_list<std::string_view> args);

// "a", "a og b", "a, b og c" (nb) / "a, b and c" (en).
std::string joinList(const std::vector<std::string>& items, Lang lang);

// 96088 -> "96 088" (nb, no-break space) / "96,088" (en).
std::string formatInteger(long value, Lang lang);

// 337.8 -> "337,8" (nb) / "337.8" (en), with at most two decimals and thousands grouped.
std::string formatDecimal(double value, Lang lang);

// "2024-01-01" -> "1.1.2024" (nb) / "1 January 2024" (en); other input is returned unchanged.
std::string formatDate(std::string_view isoDate, Lang lang);

// A strings table read from JSON text shaped like strings.json: per key of VK_STRING_KEYS (in
// that order), its nb and en text. A key that is missing, not an object, or whose text is not a
// string reads as the key itself. Never throws, whatever the text.
struct StringsTable {
    std::vector<std::string> nb, en;
};
StringsTable parseStringsTable(std::string_view json);

// The raw table (strings.json), for the tests that check it against the keys.
std::string_view stringsTableJson();

}  // namespace vk
