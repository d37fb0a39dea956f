#include "core/nominees.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <utility>

#include "base/closest_match.hpp"
#include "base/json_reader.hpp"
#include "base/sorting.hpp"
#include "core/limits.hpp"

namespace vk {

std::optional<Lang> parseLang(std::string_view code) {
    if (code == "nb") return Lang::Nb;
    if (code == "en") return Lang::En;
    return std::nullopt;
}

const char* langCode(Lang lang) { return lang == Lang::Nb ? "nb" : "en"; }

std::optional<NomineeClass> parseNomineeClass(std::string_view id) {
    if (id == "small") return NomineeClass::Small;
    if (id == "large") return NomineeClass::Large;
    return std::nullopt;
}

const char* nomineeClassId(NomineeClass c) { return c == NomineeClass::Small ? "small" : "large"; }

bool Nominee::hasTheme(std::string_view themeId) const {
    return std::any_of(initiatives.begin(), initiatives.end(), [&](const Initiative& initiative) {
        return std::find(initiative.themes.begin(), initiative.themes.end(), themeId) != initiative.themes.end();
    });
}

namespace {

template <typename T>
const T* findById(const std::vector<T>& items, std::string_view id) {
    const auto found = std::find_if(items.begin(), items.end(), [&](const T& item) { return item.id == id; });
    return found == items.end() ? nullptr : &*found;
}

}  // namespace

const Nominee* NomineeData::nominee(std::string_view id) const { return findById(nominees, id); }

std::string Award::className(NomineeClass c, Lang lang) const {
    for (const auto& info : classes)
        if (info.id == c) return info.name.in(lang);
    return nomineeClassId(c);
}

bool Award::isWinner(std::string_view nomineeId) const {
    return (winnerSmall && *winnerSmall == nomineeId) || (winnerLarge && *winnerLarge == nomineeId);
}
const Criterion* NomineeData::criterion(std::string_view id) const { return findById(criteria, id); }
const Theme* NomineeData::theme(std::string_view id) const { return findById(themes, id); }

int NomineeData::nomineeIndex(std::string_view id) const {
    const Nominee* found = nominee(id);
    return found ? static_cast<int>(found - nominees.data()) : -1;
}

// ---- Loading: each reader below is the schema of one part of docs/DATA.md ----

namespace {

// Mainland Norway with a margin (Lindesnes 57.98°N, Nordkapp 71.17°N; Utsira 4.9°E, Grense
// Jakobselv 31.1°E).
constexpr double minLatitude = 57, maxLatitude = 72;
constexpr double minLongitude = 4, maxLongitude = 32;
constexpr ElementCount criterionCount{3, 3};
constexpr ElementCount themeCount{8, 14};
constexpr std::int64_t maxPopulation = 10'000'000;
constexpr double minAreaKm2 = 1, maxAreaKm2 = 100'000;

// Ids in file order, and sorted for lookups: checking n uses against m definitions is
// O((n + m) log m).
struct DefinedIds {
    std::vector<std::string> ids;
    std::vector<std::string> sorted;

    explicit DefinedIds(std::vector<std::string> list) : ids(std::move(list)), sorted(ids) { sortUnique(sorted); }
    bool contains(const std::string& id) const { return std::binary_search(sorted.begin(), sorted.end(), id); }
};

// What initiatives refer to, read before the nominees. An id counts as defined even when its
// entry has another problem, so that one broken theme does not make every use of it a problem.
struct Definitions {
    std::optional<DefinedIds> criterionIds;  // nullopt when `criteria` is unreadable
    std::optional<DefinedIds> themeIds;      // nullopt when `themes` is unreadable
    std::optional<std::int64_t> populationThreshold;       // nullopt when it has a problem
};

// A nominee as first read, valid or not: what the winners may refer to.
struct NomineeSeen {
    std::string id;
    std::optional<NomineeClass> nomineeClass;
};

// An entry read from a list, with the JSON Pointer that decides whether it is kept.
template <typename T>
struct Read {
    std::string path;
    T value;
};

Text readText(const JsonField& field) {
    field.object({"nb", "en"}, R"(an object with "nb" and "en")");
    return {field["nb"].string().value_or(""), field["en"].string().value_or("")};
}

std::vector<std::string> readStrings(const JsonField& field, ElementCount count, std::string_view noun) {
    std::vector<std::string> strings;
    for (const JsonField& element : field.array(count, noun)) {
        if (element.overwhelmed()) break;
        strings.push_back(element.string().value_or(""));
    }
    return strings;
}

// Reports an id that nothing defines: `undefined theme "tourisme" (did you mean "tourism"?)`.
// True when defined (or when the definitions could not be read, which is reported elsewhere).
bool checkDefined(const JsonField& field, const std::string& id, const std::optional<DefinedIds>& defined,
                  std::string_view noun) {
    if (!defined || defined->contains(id)) return true;
    const std::vector<std::string>& ids = defined->ids;
    std::string message = "undefined " + std::string(noun) + " " + quotedJson(id);
    if (const auto match = closestMatch(id, ids)) {
        message += " (did you mean " + quotedJson(*match) + "?)";
    } else if (!ids.empty() && ids.size() <= 5) {
        message += " (defined: ";
        for (std::size_t i = 0; i < ids.size(); ++i) message += (i > 0 ? ", " : "") + quotedJson(ids[i]);
        message += ")";
    }
    field.report(std::move(message));
    return false;
}

std::vector<ClassInfo> readClasses(const JsonField& field) {
    std::vector<ClassInfo> classes;
    UniqueIds ids;
    for (const JsonField& entry : field.array({2, 2}, "classes")) {
        if (entry.overwhelmed()) break;
        entry.object({"id", "name"});
        const auto id = entry["id"].oneOf({"small", "large"});
        Text name = readText(entry["name"]);
        if (id && ids.add(*id, entry["id"])) classes.push_back({*parseNomineeClass(*id), std::move(name)});
    }
    return classes;
}

Award readAward(const JsonField& field, Definitions& definitions) {
    field.object({"name", "organisers", "year", "source", "populationThreshold", "classes", "winners"});
    Award award;
    award.name = readText(field["name"]);
    award.organisers = readStrings(field["organisers"], {1, limits::maxListItems}, "organisers");
    award.year = static_cast<int>(field["year"].integer(2000, 2100).value_or(0));

    const JsonField source = field["source"];
    source.object({"title", "publisher", "date"});
    award.source = {readText(source["title"]), source["publisher"].string().value_or(""),
                    source["date"].date().value_or("")};

    definitions.populationThreshold = field["populationThreshold"].integer(1, maxPopulation);
    if (definitions.populationThreshold) award.populationThreshold = static_cast<int>(*definitions.populationThreshold);
    award.classes = readClasses(field["classes"]);
    return award;  // winners are read after the nominees
}

// `{ "small": null | nominee id, "large": ... }`; a winner must be a nominee of that class.
void readWinners(const JsonField& field, const std::vector<NomineeSeen>& seen, const NomineeData& data, Award& award) {
    field.object({"small", "large"});
    for (const NomineeClass awardClass : {NomineeClass::Small, NomineeClass::Large}) {
        const JsonField winner = field[nomineeClassId(awardClass)];
        if (winner.isNull()) continue;
        const auto id = winner.id();
        if (!id) continue;
        const auto nominee = std::find_if(seen.begin(), seen.end(), [&](const NomineeSeen& n) { return n.id == *id; });
        if (nominee == seen.end()) {
            std::vector<std::string> ids;
            for (const NomineeSeen& n : seen) ids.push_back(n.id);
            checkDefined(winner, *id, DefinedIds(std::move(ids)), "nominee");
        } else if (nominee->nomineeClass && *nominee->nomineeClass != awardClass) {
            winner.report("expected a nominee in class " + quotedJson(nomineeClassId(awardClass)) + ", got " +
                          quotedJson(*id) + " (class " + quotedJson(nomineeClassId(*nominee->nomineeClass)) + ")");
        } else if (data.nominee(*id)) {
            (awardClass == NomineeClass::Small ? award.winnerSmall : award.winnerLarge) = *id;
        }
    }
}

std::vector<Read<Criterion>> readCriteria(const JsonField& field, Definitions& definitions) {
    std::vector<Read<Criterion>> criteria;
    UniqueIds ids;
    for (const JsonField& entry : field.array(criterionCount, "criteria")) {
        if (entry.overwhelmed()) break;
        entry.object({"id", "name", "description"});
        Criterion criterion{entry["id"].id().value_or(""), readText(entry["name"]), readText(entry["description"])};
        if (!criterion.id.empty()) ids.add(criterion.id, entry["id"]);
        criteria.push_back({entry.path(), std::move(criterion)});
    }
    if (field.value() && field.value()->is_array()) definitions.criterionIds.emplace(ids.ids());
    return criteria;
}

std::vector<Read<Theme>> readThemes(const JsonField& field, Definitions& definitions) {
    std::vector<Read<Theme>> themes;
    UniqueIds ids;
    for (const JsonField& entry : field.array(themeCount, "themes")) {
        if (entry.overwhelmed()) break;
        entry.object({"id", "name"});
        Theme theme{entry["id"].id().value_or(""), readText(entry["name"])};
        if (!theme.id.empty()) ids.add(theme.id, entry["id"]);
        themes.push_back({entry.path(), std::move(theme)});
    }
    if (field.value() && field.value()->is_array()) definitions.themeIds.emplace(ids.ids());
    return themes;
}

Initiative readInitiative(const JsonField& field, const Definitions& definitions) {
    field.object({"id", "criterion", "themes", "title", "text", "partners"});
    Initiative initiative;
    initiative.id = field["id"].id().value_or("");
    if (const auto criterion = field["criterion"].id()) {
        checkDefined(field["criterion"], *criterion, definitions.criterionIds, "criterion");
        initiative.criterion = *criterion;
    }
    UniqueIds themes("theme");
    for (const JsonField& element : field["themes"].array({1}, "themes")) {
        if (element.overwhelmed()) break;
        const auto theme = element.id();
        if (theme && checkDefined(element, *theme, definitions.themeIds, "theme") && themes.add(*theme, element))
            initiative.themes.push_back(*theme);
    }
    initiative.title = readText(field["title"]);
    initiative.text = readText(field["text"]);
    initiative.partners = readStrings(field["partners"], {0, limits::maxListItems}, "partners");
    return initiative;
}

Region readRegion(const JsonField& field) {
    field.object({"name", "members", "note"});
    return {field["name"].string().value_or(""), readStrings(field["members"], {1, limits::maxListItems}, "members"),
            readText(field["note"])};
}

Nominee readNominee(const JsonField& field, const Definitions& definitions, NomineeSeen& seen) {
    field.object({"id", "name", "class", "county", "municipalityNumber", "centre", "population", "areaKm2", "summary",
                  "region", "initiatives"});
    Nominee nominee;
    nominee.id = field["id"].id().value_or("");
    nominee.name = field["name"].string().value_or("");
    const JsonField classField = field["class"];
    const auto classId = classField.oneOf({"small", "large"});
    if (classId) nominee.nomineeClass = *parseNomineeClass(*classId);
    nominee.county = field["county"].string().value_or("");
    nominee.municipalityNumber = field["municipalityNumber"].digits(4).value_or("");

    const JsonField centre = field["centre"];
    centre.object({"name", "lat", "lon"});
    nominee.centre.name = centre["name"].string().value_or("");
    nominee.centre.position.lat = centre["lat"].number(minLatitude, maxLatitude).value_or(0);
    nominee.centre.position.lon = centre["lon"].number(minLongitude, maxLongitude).value_or(0);

    const JsonField population = field["population"];
    population.object({"value", "date", "source"});
    const auto inhabitants = population["value"].integer(1, maxPopulation);
    nominee.population = {static_cast<long>(inhabitants.value_or(0)), population["date"].date().value_or(""),
                          population["source"].string().value_or("")};

    // The class follows from the population: at or over the threshold is "large".
    if (classId && inhabitants && definitions.populationThreshold) {
        const NomineeClass expected =
            *inhabitants >= *definitions.populationThreshold ? NomineeClass::Large : NomineeClass::Small;
        if (expected != nominee.nomineeClass)
            classField.report("expected " + quotedJson(nomineeClassId(expected)) + " for a population of " +
                              std::to_string(*inhabitants) + " (threshold " +
                              std::to_string(*definitions.populationThreshold) + "), got " + quotedJson(*classId));
    }

    nominee.areaKm2 = field["areaKm2"].number(minAreaKm2, maxAreaKm2).value_or(0);
    nominee.summary = readText(field["summary"]);
    if (field["region"].present()) nominee.region = readRegion(field["region"]);

    UniqueIds initiativeIds;
    for (const JsonField& entry : field["initiatives"].array({1, limits::maxListItems}, "initiatives")) {
        if (entry.overwhelmed()) break;
        Initiative initiative = readInitiative(entry, definitions);
        if (!initiative.id.empty()) initiativeIds.add(initiative.id, entry["id"]);
        nominee.initiatives.push_back(std::move(initiative));
    }

    seen = {nominee.id, classId ? std::optional(nominee.nomineeClass) : std::nullopt};
    return nominee;
}

std::vector<Read<Nominee>> readNominees(const JsonField& field, const Definitions& definitions,
                                        std::vector<NomineeSeen>& seen) {
    std::vector<Read<Nominee>> nominees;
    UniqueIds ids;
    for (const JsonField& entry : field.array({1, limits::maxNominees}, "nominees")) {
        if (entry.overwhelmed()) break;
        NomineeSeen nomineeSeen;
        Nominee nominee = readNominee(entry, definitions, nomineeSeen);
        if (!nominee.id.empty()) ids.add(nominee.id, entry["id"]);
        seen.push_back(std::move(nomineeSeen));
        nominees.push_back({entry.path(), std::move(nominee)});
    }
    return nominees;
}

// One date for every population (docs/DATA.md), so that a comparison never sets figures of two
// dates side by side. The date most nominees carry (on a tie, the earliest in the file) is the
// file's; each other one is reported at the list, not at its nominee, so that every nominee is
// still shown while ./validate refuses the file. A missing or malformed date was reported where
// it was read and is not counted.
void checkPopulationDates(const JsonField& field, const std::vector<Read<Nominee>>& nominees) {
    struct Seen {
        std::size_t count = 0;
        std::size_t first = 0;  // index of the first nominee with this date
    };
    std::map<std::string, Seen> dates;
    std::size_t dated = 0;
    for (std::size_t i = 0; i < nominees.size(); ++i) {
        const std::string& date = nominees[i].value.population.date;
        if (date.empty()) continue;
        ++dates.try_emplace(date, Seen{0, i}).first->second.count;
        ++dated;
    }
    if (dates.size() < 2) return;
    const auto common = std::max_element(dates.begin(), dates.end(), [](const auto& a, const auto& b) {
        return a.second.count < b.second.count || (a.second.count == b.second.count && a.second.first > b.second.first);
    });
    for (const Read<Nominee>& nominee : nominees) {
        const std::string& date = nominee.value.population.date;
        if (date.empty() || date == common->first) continue;
        field.report("expected every population to carry one date, " + quotedJson(common->first) + " (as " +
                     std::to_string(common->second.count) + " of " + std::to_string(dated) + " do), got " +
                     quotedJson(date) + " at " + nominee.path + "/population/date");
    }
}

// The entries with no problem at or below their path, at most maxCount of them (a longer list
// has been reported at its own path).
template <typename T>
std::vector<T> withoutProblems(std::vector<Read<T>> entries, const ProblemPaths& problems, std::size_t maxCount) {
    std::vector<T> kept;
    for (Read<T>& entry : entries)
        if (kept.size() < maxCount && !problems.within(entry.path)) kept.push_back(std::move(entry.value));
    return kept;
}

template <typename T>
DefinedIds idsOf(const std::vector<T>& items) {
    std::vector<std::string> ids;
    for (const T& item : items) ids.push_back(item.id);
    return DefinedIds(std::move(ids));
}

// True when every criterion and theme the nominee refers to was kept.
bool referencesResolve(const Nominee& nominee, const DefinedIds& criteria, const DefinedIds& themes) {
    return std::all_of(nominee.initiatives.begin(), nominee.initiatives.end(), [&](const Initiative& initiative) {
        return criteria.contains(initiative.criterion) &&
               std::all_of(initiative.themes.begin(), initiative.themes.end(),
                           [&](const std::string& theme) { return themes.contains(theme); });
    });
}

}  // namespace

LoadResult loadNominees(std::string_view jsonText) {
    LoadResult result;
    if (jsonText.size() > limits::maxDataFileBytes) {
        result.problems.push_back({"", "the file is " + std::to_string(jsonText.size()) + " bytes; the limit is " +
                                           std::to_string(limits::maxDataFileBytes) + " bytes (1 MiB)"});
        return result;
    }
    ParsedJson parsed = parseJson(jsonText);
    result.problems = std::move(parsed.problems);
    if (!parsed.document) return result;

    std::vector<DataProblem>& problems = result.problems;
    NomineeData& data = result.data;
    const JsonField root(*parsed.document, problems);
    const bool isObject = root.object({"schemaVersion", "award", "criteria", "themes", "nominees"});
    const bool knownVersion = root["schemaVersion"].integer(1, 1).has_value();

    // In the order of docs/DATA.md, so that problems at the same path come in that order.
    Definitions definitions;
    data.award = readAward(root["award"], definitions);
    auto criteria = readCriteria(root["criteria"], definitions);
    auto themes = readThemes(root["themes"], definitions);
    std::vector<NomineeSeen> seen;
    auto nominees = readNominees(root["nominees"], definitions, seen);
    checkPopulationDates(root["nominees"], nominees);

    const ProblemPaths problemPaths(problems);
    data.criteria = withoutProblems(std::move(criteria), problemPaths, criterionCount.max);
    data.themes = withoutProblems(std::move(themes), problemPaths, themeCount.max);
    data.nominees = withoutProblems(std::move(nominees), problemPaths, limits::maxNominees);
    // A nominee that uses a criterion or theme left out for its own problem goes too, so that
    // every id in data resolves.
    const auto criterionIds = idsOf(data.criteria), themeIds = idsOf(data.themes);
    std::erase_if(data.nominees,
                  [&](const Nominee& nominee) { return !referencesResolve(nominee, criterionIds, themeIds); });
    readWinners(root["award"]["winners"], seen, data, data.award);

    const bool tooMany = tooManyProblems(problems);
    sortInDocumentOrder(problems, *parsed.document);
    if (tooMany) {
        problems.resize(limits::maxProblems);
        problems.push_back({"", "more than " + std::to_string(limits::maxProblems) + " problems; only the first " +
                                    std::to_string(limits::maxProblems) + " are listed"});
    }
    result.usable = isObject && knownVersion && !data.nominees.empty() && !tooMany;
    if (!result.usable) data = {};
    return result;
}

}  // namespace vk
