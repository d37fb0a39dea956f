// The typed reader over a parsed document: each reader checks one value against the format and
// reports what is wrong at its JSON Pointer (RFC 6901), so that a loader reads like a description
// of its format and collects every problem rather than the first.
// std and nlohmann-json only: nothing of the widget's domain (that is core/).
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/json_io.hpp"

namespace vk {

// Which paths have a problem at them or below them ("/nominees/5" covers "/nominees/5/centre/lat"
// but not "/nominees/50"). Built once from the problems, each query then costs one binary search,
// so checking n entries against m problems is O((n + m x depth) log m) rather than O(n x m).
class ProblemPaths {
public:
    explicit ProblemPaths(const std::vector<DataProblem>& problems);
    // True when some problem is at `path` or below it.
    bool within(const std::string& path) const;

private:
    std::vector<std::string> paths_;  // every problem's path and all its parents, sorted
};

// Stable-sorts problems into document order: by where their path (or, when that path does not
// exist, its nearest existing parent) comes in a walk of the document from the top.
void sortInDocumentOrder(std::vector<DataProblem>& problems, const Json& document);

// How many elements an array must have; max = unlimited() for no upper bound.
struct ElementCount {
    static constexpr std::size_t unlimited() { return std::numeric_limits<std::size_t>::max(); }
    std::size_t min = 0;
    std::size_t max = unlimited();
};

// A place in a document: a value with its JSON Pointer, or a key missing from its object. Each
// reader checks the value, reports what is wrong at this path and returns nullopt (or false), so
// a loader can carry on and collect every problem. A missing key is reported at its object's
// path: `missing required key "name"`. It points into the document and the list, and holds its
// pointer (one token per level, at most limits::maxNestingDepth).
class JsonField {
public:
    // The whole document, at path "". Problems are appended to `problems`, which must outlive it.
    JsonField(const Json& document, std::vector<DataProblem>& problems);

    const JsonPointer& pointer() const { return pointer_; }
    // The pointer as text, as problems carry it: "/nominees/5/centre".
    std::string path() const { return pointer_.to_string(); }
    // The value, or nullptr when the key is missing or its parent is not an object / array.
    const Json* value() const { return value_; }
    bool present() const { return value_ != nullptr; }
    bool isNull() const { return value_ != nullptr && value_->is_null(); }

    // A member or element. When this value is missing or of the wrong type (reported by its own
    // reader), the child is silently unavailable, so one mistake gives one problem.
    JsonField operator[](std::string_view key) const;
    JsonField operator[](std::size_t index) const;

    // True once the list holds more than limits::maxProblems: the file will be refused, so a
    // loader stops reading (each loop over entries checks), which bounds its work on any file.
    bool overwhelmed() const { return tooManyProblems(*problems_); }

    // Reports a problem at this path; for a missing key, nothing (it is reported when read).
    void report(std::string message) const;

    // An object whose keys are all in knownKeys; each other key is reported at this path as
    // `unknown key "regoin" (did you mean "region"?)`. `expected` names it in the type error:
    // `expected an object with "nb" and "en", got "Sigdal"`. True when it is an object.
    bool object(std::initializer_list<std::string_view> knownKeys, std::string_view expected = "an object") const;

    // The elements of an array (empty when it is not one). A wrong count is reported as `expected
    // exactly 3 criteria, got 2`, `expected 8 to 14 themes, got 15` or `expected a non-empty
    // array, got []`; the elements are returned anyway, so that each is still checked.
    std::vector<JsonField> array(ElementCount count = {}, std::string_view noun = "elements") const;

    // A string with at least one non-space character: `expected a non-empty string, got ""`.
    std::optional<std::string> string() const;
    // A number within [min, max]: `expected a number between 57 and 72, got "north"`.
    std::optional<double> number(double min, double max) const;
    // An integer (no fraction, no exponent) within [min, max]: `expected an integer between 2000
    // and 2100, got 25`; `expected 1, got 2` when min == max; `of at least 1` when max is the
    // largest int64.
    std::optional<std::int64_t> integer(std::int64_t min,
                                        std::int64_t max = std::numeric_limits<std::int64_t>::max()) const;
    // A calendar date as "YYYY-MM-DD": `expected a date as YYYY-MM-DD, got "17.03.2025"`.
    std::optional<std::string> date() const;
    // A string of exactly `count` ASCII digits: `expected a string of 4 digits, got 301`.
    std::optional<std::string> digits(std::size_t count) const;
    // One of the given strings: `expected "small" or "large", got "medium"`.
    std::optional<std::string> oneOf(std::initializer_list<std::string_view> choices) const;
    // An id: lower-case words of a-z and 0-9 joined by single hyphens, such as "green-transition".
    std::optional<std::string> id() const;

private:
    enum class State {
        Present,      // value_ points at the value
        Missing,      // the parent object has no such key
        Unavailable,  // the parent is missing or of the wrong type: already reported
    };

    JsonField(const Json* value, State state, JsonPointer pointer, std::vector<DataProblem>* problems);

    // True when present; reports a missing key at the parent path.
    bool require() const;
    // Reports `expected <what>, got <value>`.
    void reportExpected(std::string_view what) const;
    // The string, when the value is one and ok(it); else reports `expected <expected>, got ...`.
    template <typename Ok>
    std::optional<std::string> stringWhere(const Ok& ok, std::string_view expected) const {
        if (!require()) return std::nullopt;
        if (const std::string* s = stringOf(*value_); s && ok(*s)) return *s;
        reportExpected(expected);
        return std::nullopt;
    }

    const Json* value_ = nullptr;
    State state_ = State::Present;
    JsonPointer pointer_;  // a missing member's key is its last token
    std::vector<DataProblem>* problems_ = nullptr;
};

// The ids seen in one list, in order, so that a repeat is reported where it occurs:
// `duplicate id "tinn" (first at /nominees/2/id)`.
class UniqueIds {
public:
    explicit UniqueIds(std::string noun = "id") : noun_(std::move(noun)) {}

    // Remembers id and returns true; when it was seen before, reports it at field and returns false.
    bool add(const std::string& id, const JsonField& field);
    bool contains(std::string_view id) const;
    // In the order first seen.
    const std::vector<std::string>& ids() const { return ids_; }

private:
    // Where id is in ids_, or ids_.size(): a hash index, so that a long list is checked in linear
    // time (a file of 1 MB can hold some 20,000 ids in one list).
    std::size_t find(std::string_view id) const;
    void place(std::size_t index);  // enters ids_[index] in the index

    std::string noun_;
    std::vector<std::string> ids_;
    std::vector<std::string> firstPaths_;  // where each of ids_ was first seen
    std::vector<std::uint32_t> slots_;     // open addressing: 0 empty, else an index into ids_ + 1
};

}  // namespace vk
