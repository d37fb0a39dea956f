#include "base/json_reader.hpp"

#include <algorithm>
#include <cmath>
#include <functional>  // std::hash

#include "base/closest_match.hpp"
#include "base/sorting.hpp"
#include "base/text.hpp"  // formatNumber, isDigit, isIsoDate

namespace vk {

namespace {


bool isId(std::string_view s) {
    if (s.empty() || s.front() == '-' || s.back() == '-' || s.find("--") != std::string_view::npos) return false;
    return std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'a' && c <= 'z') || isDigit(c) || c == '-'; });
}

// Every path that has a problem at it or below it: each problem's path and all its parents (the
// text before a pointer's last "/"; a "/" in a key is escaped as "~1").
// Sorted, each once.
std::vector<std::string> problemPathsAndParents(const std::vector<DataProblem>& problems) {
    std::vector<std::string> paths;
    for (const DataProblem& problem : problems) {
        std::string path = problem.path;
        for (;;) {
            paths.push_back(path);
            const std::size_t slash = path.rfind('/');
            if (slash == std::string::npos) break;
            path.resize(slash);
        }
    }
    sortUnique(paths);
    return paths;
}

bool containsSorted(const std::vector<std::string>& sorted, const std::string& s) {
    return std::binary_search(sorted.begin(), sorted.end(), s);
}

// Numbers, in document order (a walk from the top, parents before children), the values whose
// path is in `wanted`; `wanted` holds the parents of each of its paths, so the walk enters only
// those, and its recursion is no deeper than the document (at most limits::maxNestingDepth).
void rankPaths(const Json& value, const JsonPointer& pointer, const std::vector<std::string>& wanted,
               std::vector<std::string>& ranked) {
    ranked.push_back(pointer.to_string());
    const auto visit = [&](const Json& child, const JsonPointer& childPointer) {
        if (containsSorted(wanted, childPointer.to_string())) rankPaths(child, childPointer, wanted, ranked);
    };
    if (value.is_object()) {
        for (const auto& [key, child] : value.items()) visit(child, pointer / key);
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i) visit(value[i], pointer / i);
    }
}

}  // namespace

ProblemPaths::ProblemPaths(const std::vector<DataProblem>& problems) : paths_(problemPathsAndParents(problems)) {}

bool ProblemPaths::within(const std::string& path) const { return containsSorted(paths_, path); }

void sortInDocumentOrder(std::vector<DataProblem>& problems, const Json& document) {
    std::vector<std::string> walk;  // the paths in document order
    rankPaths(document, JsonPointer(), problemPathsAndParents(problems), walk);
    std::vector<std::pair<std::string, std::size_t>> ranks;  // path -> its place in the walk, sorted by path
    ranks.reserve(walk.size());
    for (std::size_t i = 0; i < walk.size(); ++i) ranks.emplace_back(std::move(walk[i]), i);
    sortUnique(ranks);
    const auto rankOf = [&](std::string path) {
        for (;;) {
            const auto found = std::lower_bound(ranks.begin(), ranks.end(), std::pair(path, std::size_t{0}));
            if (found != ranks.end() && found->first == path) return found->second;
            const std::size_t slash = path.rfind('/');
            if (slash == std::string::npos) return std::size_t{0};
            path.resize(slash);
        }
    };
    std::vector<std::pair<std::size_t, DataProblem>> ranked;
    ranked.reserve(problems.size());
    for (DataProblem& problem : problems) ranked.emplace_back(rankOf(problem.path), std::move(problem));
    stableSort(ranked, [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t i = 0; i < problems.size(); ++i) problems[i] = std::move(ranked[i].second);
}

// ---- JsonField ----

JsonField::JsonField(const Json& document, std::vector<DataProblem>& problems)
    : value_(&document), state_(State::Present), problems_(&problems) {}

JsonField::JsonField(const Json* value, State state, JsonPointer pointer, std::vector<DataProblem>* problems)
    : value_(value), state_(state), pointer_(std::move(pointer)), problems_(problems) {}

JsonField JsonField::operator[](std::string_view key) const {
    JsonPointer pointer = pointer_ / std::string(key);
    if (!value_ || !value_->is_object()) return {nullptr, State::Unavailable, std::move(pointer), problems_};
    const Json* found = member(*value_, key);
    if (!found) return {nullptr, State::Missing, std::move(pointer), problems_};
    return {found, State::Present, std::move(pointer), problems_};
}

JsonField JsonField::operator[](std::size_t index) const {
    JsonPointer pointer = pointer_ / index;
    if (!value_ || !value_->is_array() || index >= value_->size())
        return {nullptr, State::Unavailable, std::move(pointer), problems_};
    return {&(*value_)[index], State::Present, std::move(pointer), problems_};
}

void JsonField::report(std::string message) const {
    if (state_ == State::Present) addProblem(*problems_, {path(), std::move(message)});
}

bool JsonField::require() const {
    // A missing member's pointer has its key as the last token (the root is never missing).
    if (state_ == State::Missing)
        addProblem(*problems_,
                   {pointer_.parent_pointer().to_string(), "missing required key " + quotedJson(pointer_.back())});
    return state_ == State::Present;
}

void JsonField::reportExpected(std::string_view what) const {
    report("expected " + std::string(what) + ", got " + describeJson(*value_));
}

bool JsonField::object(std::initializer_list<std::string_view> knownKeys, std::string_view expected) const {
    if (!require()) return false;
    if (!value_->is_object()) {
        reportExpected(expected);
        return false;
    }
    const std::vector<std::string> known(knownKeys.begin(), knownKeys.end());
    for (const auto& item : value_->items()) {
        const std::string& key = item.key();
        if (std::find(known.begin(), known.end(), key) != known.end()) continue;
        std::string message = "unknown key " + quotedJson(key);
        if (auto match = closestMatch(key, known)) message += " (did you mean " + quotedJson(*match) + "?)";
        report(std::move(message));
    }
    return true;
}

std::vector<JsonField> JsonField::array(ElementCount count, std::string_view noun) const {
    if (!require()) return {};
    if (!value_->is_array()) {
        reportExpected("an array");
        return {};
    }
    const std::size_t size = value_->size();
    if (size < count.min || size > count.max) {
        const std::string got = ", got " + std::to_string(size);
        const std::string nounPart = " " + std::string(noun);
        if (count.min == count.max)
            report("expected exactly " + std::to_string(count.min) + nounPart + got);
        else if (size == 0 && count.min == 1)
            report("expected a non-empty array, got []");
        else if (count.max != ElementCount::unlimited())
            report("expected " + std::to_string(count.min) + " to " + std::to_string(count.max) + nounPart + got);
        else if (count.min == 1)
            report("expected a non-empty array, got []");
        else
            report("expected at least " + std::to_string(count.min) + nounPart + got);
    }
    std::vector<JsonField> elements;
    elements.reserve(size);
    for (std::size_t i = 0; i < size; ++i) elements.push_back((*this)[i]);
    return elements;
}

std::optional<std::string> JsonField::string() const {
    if (!require()) return std::nullopt;
    if (!value_->is_string()) {
        reportExpected("a string");
        return std::nullopt;
    }
    const std::string& s = value_->get_ref<const std::string&>();
    if (std::all_of(s.begin(), s.end(), isJsonSpace)) {
        reportExpected("a non-empty string");
        return std::nullopt;
    }
    return s;
}

std::optional<double> JsonField::number(double min, double max) const {
    if (!require()) return std::nullopt;
    if (value_->is_number()) {
        const double n = value_->get<double>();
        if (n >= min && n <= max) return n;
    }
    if (std::isinf(max))
        reportExpected("a number of at least " + formatNumber(min));
    else
        reportExpected("a number between " + formatNumber(min) + " and " + formatNumber(max));
    return std::nullopt;
}

std::optional<std::int64_t> JsonField::integer(std::int64_t min, std::int64_t max) const {
    if (!require()) return std::nullopt;
    const bool fitsInt64 =
        value_->is_number_integer() &&
        (!value_->is_number_unsigned() ||
         value_->get<std::uint64_t>() <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()));
    if (fitsInt64) {
        const auto n = value_->get<std::int64_t>();
        if (n >= min && n <= max) return n;
    }
    if (min == max)
        reportExpected(std::to_string(min));
    else if (max == std::numeric_limits<std::int64_t>::max())
        reportExpected("an integer of at least " + std::to_string(min));
    else
        reportExpected("an integer between " + std::to_string(min) + " and " + std::to_string(max));
    return std::nullopt;
}

std::optional<std::string> JsonField::date() const {
    return stringWhere([](const std::string& s) { return isIsoDate(s); }, "a date as YYYY-MM-DD");
}

std::optional<std::string> JsonField::digits(std::size_t count) const {
    return stringWhere([&](const std::string& s) { return s.size() == count && std::all_of(s.begin(), s.end(), isDigit); },
                       "a string of " + std::to_string(count) + " digits");
}

std::optional<std::string> JsonField::oneOf(std::initializer_list<std::string_view> choices) const {
    if (!require()) return std::nullopt;
    if (const std::string* s = stringOf(*value_); s && std::find(choices.begin(), choices.end(), *s) != choices.end())
        return *s;
    std::string expected;
    std::size_t i = 0;
    for (std::string_view choice : choices) {
        if (i > 0) expected += i + 1 == choices.size() ? (choices.size() == 2 ? " or " : ", or ") : ", ";
        expected += quotedJson(choice);
        ++i;
    }
    reportExpected(choices.size() > 2 ? "one of " + expected : expected);
    return std::nullopt;
}

std::optional<std::string> JsonField::id() const {
    return stringWhere([](const std::string& s) { return isId(s); },
                       "an id of a-z, 0-9 and single hyphens, such as \"green-transition\"");
}

// ---- UniqueIds ----

std::size_t UniqueIds::find(std::string_view id) const {
    if (slots_.empty()) return ids_.size();
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t at = std::hash<std::string_view>{}(id) & mask; slots_[at] != 0; at = (at + 1) & mask)
        if (ids_[slots_[at] - 1] == id) return slots_[at] - 1;
    return ids_.size();
}

bool UniqueIds::add(const std::string& id, const JsonField& field) {
    const std::size_t found = find(id);
    if (found != ids_.size()) {
        field.report("duplicate " + noun_ + " " + quotedJson(id) + " (first at " + firstPaths_[found] + ")");
        return false;
    }
    ids_.push_back(id);
    firstPaths_.push_back(field.path());
    if (slots_.size() < 2 * ids_.size()) {  // kept at most half full, so that probes stay short
        slots_.assign(std::max<std::size_t>(16, 2 * slots_.size()), 0);  // a power of two
        for (std::size_t i = 0; i < ids_.size(); ++i) place(i);
    } else {
        place(ids_.size() - 1);
    }
    return true;
}

void UniqueIds::place(std::size_t index) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t at = std::hash<std::string_view>{}(ids_[index]) & mask;
    while (slots_[at] != 0) at = (at + 1) & mask;
    slots_[at] = static_cast<std::uint32_t>(index + 1);
}

bool UniqueIds::contains(std::string_view id) const { return find(id) != ids_.size(); }

}  // namespace vk
