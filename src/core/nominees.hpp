// The nominee model: the award, the jury's criteria, the themes and the nominees with their
// initiatives, loaded from data/nominees.json and validated. Texts are bilingual (nb, en).
// std only: never include GL, ImGui or Emscripten here.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/problem.hpp"  // DataProblem
#include "core/geo.hpp"

namespace vk {

enum class Lang { Nb, En };

// "nb" / "en"; nullopt for anything else.
std::optional<Lang> parseLang(std::string_view code);
const char* langCode(Lang lang);

// A text a visitor reads, in both languages.
struct Text {
    std::string nb;
    std::string en;

    const std::string& in(Lang lang) const { return lang == Lang::Nb ? nb : en; }
};

enum class NomineeClass { Small, Large };  // under / over the population threshold

// "small" / "large"; nullopt for anything else.
std::optional<NomineeClass> parseNomineeClass(std::string_view id);
const char* nomineeClassId(NomineeClass c);

struct Source {
    Text title;
    std::string publisher;
    std::string date;  // YYYY-MM-DD
};

struct ClassInfo {
    NomineeClass id = NomineeClass::Small;
    Text name;
};

struct Award {
    Text name;
    std::vector<std::string> organisers;
    int year = 0;
    Source source;
    int populationThreshold = 15000;
    std::vector<ClassInfo> classes;
    std::optional<std::string> winnerSmall, winnerLarge;  // nominee ids, once announced

    // The class's name in lang ("Under 15 000 innbyggere", with a no-break space); its id ("small") when the data has none.
    std::string className(NomineeClass c, Lang lang) const;
    // True when the data names this nominee the winner of its class (the 2025 data names none).
    bool isWinner(std::string_view nomineeId) const;
};

struct Criterion {
    std::string id;
    Text name;
    Text description;
};

struct Theme {
    std::string id;
    Text name;
};

struct Population {
    long value = 0;
    std::string date;  // YYYY-MM-DD
    std::string source;
};

struct Centre {
    std::string name;
    LonLat position;
};

struct Region {
    std::string name;
    std::vector<std::string> members;
    Text note;
};

struct Initiative {
    std::string id;
    std::string criterion;            // a Criterion id
    std::vector<std::string> themes;  // Theme ids, at least one
    Text title;
    Text text;
    std::vector<std::string> partners;
};

struct Nominee {
    std::string id;
    std::string name;
    NomineeClass nomineeClass = NomineeClass::Small;
    std::string county;
    std::string municipalityNumber;
    Centre centre;
    Population population;
    double areaKm2 = 0;
    Text summary;
    std::optional<Region> region;
    std::vector<Initiative> initiatives;

    bool hasTheme(std::string_view themeId) const;
};

struct NomineeData {
    Award award;
    std::vector<Criterion> criteria;
    std::vector<Theme> themes;
    std::vector<Nominee> nominees;

    // nullptr when no such id.
    const Nominee* nominee(std::string_view id) const;
    const Criterion* criterion(std::string_view id) const;
    const Theme* theme(std::string_view id) const;
    // Index into nominees, or -1.
    int nomineeIndex(std::string_view id) const;
};

// What loading keeps when the file has problems:
// - A nominee, criterion or theme with any problem at or below its path is left out; the others
//   are kept. A nominee that uses a criterion or theme left out that way is left out too, so
//   every id in `data` resolves (nominee(), criterion(), theme() never fail for them).
// - A problem in `award` is reported, and that field keeps its default (empty text, threshold
//   15000, no winner); the map and the nominees can still be shown without it.
// - The file is unusable (usable == false, data empty) only when nothing sensible can be shown:
//   it is not JSON, not an object, its schemaVersion is not 1, or no nominee is left.
struct LoadResult {
    NomineeData data;                  // everything that is valid; nominees with a problem are left out
    std::vector<DataProblem> problems;  // all problems, in file order; empty when the file is valid
    bool usable = false;               // false when nothing can be shown (see above)
};

// Parses and validates the text of a nominee file against docs/DATA.md (UTF-8; a byte-order mark
// and CRLF line endings are accepted). Reports every problem, not only the first; a syntax error
// is one problem at path "" with its line and column. Never throws.
LoadResult loadNominees(std::string_view jsonText);

}  // namespace vk
