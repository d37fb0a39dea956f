#include "core/json_check.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <unordered_map>
#include <unordered_set>

#include "core/limits.hpp"

namespace vk {

namespace {

constexpr std::string_view byteOrderMark = "\xEF\xBB\xBF";

bool isJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool isContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isStructural(char c) { return std::string_view("{}[],:").find(c) != std::string_view::npos; }
bool endsWord(char c) { return isJsonSpace(c) || isStructural(c) || c == '"'; }

// The longest prefix of s of at most maxBytes bytes that does not cut a UTF-8 character.
std::size_t utf8Prefix(std::string_view s, std::size_t maxBytes) {
    if (s.size() <= maxBytes) return s.size();
    std::size_t cut = maxBytes;
    while (cut > 0 && isContinuationByte(s[cut])) --cut;
    return cut;
}

std::size_t characterCount(std::string_view s) {
    return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return !isContinuationByte(c); }));
}

// ---- Syntax errors: nlohmann's message, rewritten for someone editing the file by hand ----

// Line and column (from 1, the column in characters) of the byte at index.
std::string lineAndColumn(std::string_view text, std::size_t index) {
    index = std::min(index, text.size());
    std::size_t line = 1, lineStart = 0;
    for (std::size_t i = 0; i < index; ++i) {
        if (text[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    const std::size_t column = characterCount(text.substr(lineStart, index - lineStart)) + 1;
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

// The opening quote of the string whose closing quote (or last character read) is at `last`.
std::size_t openingQuote(std::string_view text, std::size_t last) {
    for (std::size_t i = last; i-- > 0;) {
        if (text[i] != '"') continue;
        std::size_t backslashes = 0;
        while (backslashes < i && text[i - 1 - backslashes] == '\\') ++backslashes;
        if (backslashes % 2 == 0) return i;
    }
    return last;
}

// The first character of the token whose last character is at `last`.
std::size_t tokenStart(std::string_view text, std::size_t last) {
    if (last >= text.size()) return text.size();
    if (isStructural(text[last])) return last;
    if (text[last] == '"') return openingQuote(text, last);
    std::size_t start = last;
    while (start > 0 && !endsWord(text[start - 1])) --start;
    return start;
}

// Index of the last non-space character before `index`, or npos.
std::size_t previousNonSpace(std::string_view text, std::size_t index) {
    while (index > 0) {
        --index;
        if (!isJsonSpace(text[index])) return index;
    }
    return std::string_view::npos;
}

// "string literal" -> "a string", "'}'" -> "'}'": nlohmann's token names as a reader says them.
std::string tokenName(std::string_view token) {
    if (token == "string literal") return "a string";
    if (token == "number literal") return "a number";
    if (token == "true literal") return "true";
    if (token == "false literal") return "false";
    if (token == "null literal") return "null";
    return std::string(token);
}

bool startsValue(std::string_view token) { return token.ends_with(" literal") || token == "'{'" || token == "'['"; }

// What nlohmann expected, said in terms of the file: in an object the parser wants ',' or '}'
// but names only '}'.
std::string expectationName(std::string_view expected, std::string_view context) {
    if (expected == "string literal") return "a key in double quotes";
    if (expected == "'[', '{', or a literal") return "a value";
    if (context == "object" && expected == "'}'") return "',' or '}'";
    if (context == "array" && expected == "']'") return "',' or ']'";
    return std::string(expected);
}

// Splits "syntax error while parsing CONTEXT - DETAIL" out of nlohmann's what().
void splitNlohmannMessage(std::string_view what, std::string& context, std::string& detail) {
    constexpr std::string_view marker = "syntax error while parsing ";
    const std::size_t at = what.find(marker);
    if (at != std::string_view::npos) {
        const std::string_view rest = what.substr(at + marker.size());
        const std::size_t dash = rest.find(" - ");
        if (dash != std::string_view::npos) {
            context = rest.substr(0, dash);
            detail = rest.substr(dash + 3);
            return;
        }
    }
    // Other errors: "[json.exception.out_of_range.406] number overflow parsing '1e999'".
    if (what.starts_with("[json.exception.")) what.remove_prefix(std::min(what.size(), what.find("] ") + 2));
    detail = what;
}

// Drops "; last read: '…'" (a raw excerpt that may hold control characters).
std::string withoutLastRead(std::string detail) {
    const std::size_t at = detail.find("; last read: ");
    if (at == std::string::npos) return detail;
    const std::size_t expected = detail.find("; expected ", at + 1);
    detail.erase(at, expected == std::string::npos ? std::string::npos : expected - at);
    return detail;
}

DataProblem syntaxProblem(std::string_view text, std::size_t bytesRead, std::string_view what) {
    std::string context, detail;
    splitNlohmannMessage(what, context, detail);
    // nlohmann counts the characters it read; the last one is where it gave up.
    const std::size_t last = bytesRead == 0 ? 0 : std::min(bytesRead - 1, text.size());

    std::size_t where = last;
    std::string message;
    constexpr std::string_view unexpected = "unexpected ";
    const std::size_t expectedAt = detail.find("; expected ");
    const std::string expected = expectedAt == std::string::npos ? "" : detail.substr(expectedAt + 11);

    if (detail.find("missing closing quote") != std::string::npos) {
        where = openingQuote(text, std::min(last + 1, text.size()));
        message = "a string has no closing quote (the text ends inside it)";
    } else if (detail.starts_with("unexpected end of input") || last >= text.size()) {
        where = text.size();
        message = "the text ends too early";
        if (!expected.empty()) message += ": expected " + expectationName(expected, context);
    } else if (expected == "end of input") {
        where = tokenStart(text, last);
        message = "unexpected text after the end of the JSON value";
    } else if (detail.starts_with("invalid literal")) {
        where = tokenStart(text, last);
        std::size_t end = where;
        while (end < text.size() && end - where < 20 && !endsWord(text[end])) ++end;
        const std::string_view word = text.substr(where, end - where);
        if (word.starts_with("/"))
            message = "comments are not allowed in JSON";
        else
            message = "invalid value " + std::string(word) +
                      " (text needs double quotes; the literals are true, false and null)";
    } else if (detail.starts_with(unexpected)) {
        const std::string token = detail.substr(
            unexpected.size(), (expectedAt == std::string::npos ? detail.size() : expectedAt) - unexpected.size());
        where = tokenStart(text, last);
        const std::size_t before = previousNonSpace(text, where);
        const bool afterComma = before != std::string_view::npos && text[before] == ',';
        if ((token == "'}'" || token == "']'") && afterComma) {
            where = before;
            message = "trailing comma before " + token + " (JSON allows no comma after the last item)";
        } else if (token == "','") {
            message = "stray comma (there is nothing before it)";
        } else {
            message = "expected " + expectationName(expected, context) + ", got " + tokenName(token);
            if ((context == "object" || context == "array") && startsValue(token))
                message += " (is a comma missing before it?)";
        }
    } else {
        message = withoutLastRead(detail);
    }
    return {"", "not valid JSON at " + lineAndColumn(text, where) + ": " + message};
}

// ---- Parsing: a SAX handler that builds the document, so that nothing is ever thrown ----

// nlohmann's own DOM parser throws on a syntax error, which under Emscripten (exceptions off)
// aborts the widget. This one records the error instead, and also notices repeated keys, which
// nlohmann would silently merge. It keeps the limits of core/limits.hpp: nesting deeper than
// maxNestingDepth stops the parse (so no later walk of the document can recurse deeper), and a
// string or key longer than its limit is reported and cut. Each value costs O(1) amortised:
// paths are built only for a problem, and keys are found by hash, not by nlohmann's ordered_map
// (a linear search per key, quadratic in an object's size).
class DocumentBuilder {
public:
    DocumentBuilder(std::string_view text, std::vector<DataProblem>& problems) : text_(text), problems_(problems) {}

    Json& document() { return document_; }
    std::optional<DataProblem>& syntaxError() { return syntaxError_; }

    bool null() { return place(Json(nullptr)); }
    bool boolean(bool value) { return place(Json(value)); }
    bool number_integer(Json::number_integer_t value) { return place(Json(value)); }
    bool number_unsigned(Json::number_unsigned_t value) { return place(Json(value)); }
    bool number_float(Json::number_float_t value, const std::string&) { return place(Json(value)); }
    bool string(std::string& value) {
        if (value.size() > limits::maxStringBytes) {
            addProblem(problems_, {nextPath(), "expected a string of at most " + std::to_string(limits::maxStringBytes) +
                                                   " bytes, got " + std::to_string(value.size()) + " bytes"});
            value.resize(utf8Prefix(value, limits::maxStringBytes));
        }
        return place(Json(std::move(value)));
    }
    bool binary(Json::binary_t& value) { return place(Json::binary(value)); }  // not in JSON text

    bool start_object(std::size_t) { return open(Json::object()); }
    bool start_array(std::size_t) { return open(Json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(std::string& key) {
        Frame& frame = open_.back();
        if (key.size() > limits::maxKeyBytes) {
            addProblem(problems_, {currentPath(), "expected a key of at most " + std::to_string(limits::maxKeyBytes) +
                                                      " bytes, got one of " + std::to_string(key.size()) + " bytes"});
            key.resize(utf8Prefix(key, limits::maxKeyBytes));
        }
        // The cap is checked first: a path is as long as the nesting, and a file may repeat keys
        // by the thousand.
        if (frame.keys.contains(key) && !tooManyProblems(problems_))
            addProblem(problems_, {currentPath(), "duplicate key " + quotedJson(key)});
        frame.key = std::move(key);
        return true;
    }

    bool parse_error(std::size_t position, const std::string&, const Json::exception& error) {
        syntaxError_ = syntaxProblem(text_, position, error.what());
        return false;
    }

private:
    struct Frame {
        Json* value;
        std::string key;                                      // the key whose value comes next (objects)
        std::unordered_map<std::string, std::size_t> keys;  // key -> its member's index (objects)
    };
    using Members = std::vector<std::pair<const std::string, Json>>;  // what ordered_map is built on

    // The JSON Pointer of the innermost open container: each one is the last value added to the
    // one around it, so the path follows from the open frames alone.
    std::string currentPath() const {
        std::string path;
        for (std::size_t i = 1; i < open_.size(); ++i) {
            const Frame& parent = open_[i - 1];
            path = parent.value->is_array() ? childPointer(path, parent.value->size() - 1)
                                            : childPointer(path, parent.key);
        }
        return path;
    }

    // Where the next value goes, as a JSON Pointer.
    std::string nextPath() const {
        if (open_.empty()) return "";
        const Frame& frame = open_.back();
        return frame.value->is_array() ? childPointer(currentPath(), frame.value->size())
                                       : childPointer(currentPath(), frame.key);
    }

    Json* insert(Json value) {
        if (open_.empty()) {
            document_ = std::move(value);
            return &document_;
        }
        Frame& frame = open_.back();
        if (frame.value->is_array()) {
            frame.value->push_back(std::move(value));
            return &frame.value->back();
        }
        auto& members = static_cast<Members&>(frame.value->get_ref<Json::object_t&>());
        if (const auto found = frame.keys.find(frame.key); found != frame.keys.end()) {
            Json& slot = members[found->second].second;  // a repeated key: the later value wins
            slot = std::move(value);
            return &slot;
        }
        frame.keys.emplace(frame.key, members.size());
        members.emplace_back(frame.key, std::move(value));
        return &members.back().second;
    }

    bool place(Json value) {
        insert(std::move(value));
        return true;
    }

    bool open(Json container) {
        if (open_.size() >= limits::maxNestingDepth) {
            syntaxError_ = DataProblem{nextPath(), "nesting deeper than " + std::to_string(limits::maxNestingDepth) +
                                                       " levels of objects and arrays (the format needs 6)"};
            return false;
        }
        // Pointers stay valid: only the innermost open container grows.
        open_.push_back({insert(std::move(container)), {}, {}});
        return true;
    }

    bool close() {
        open_.pop_back();
        return true;
    }

    std::string_view text_;
    std::vector<DataProblem>& problems_;
    Json document_;
    std::vector<Frame> open_;
    std::optional<DataProblem> syntaxError_;
};

// ---- Messages ----

bool isValidDate(std::string_view s) {
    if (s.size() != 10) return false;
    for (std::size_t i = 0; i < s.size(); ++i)
        if (i == 4 || i == 7 ? s[i] != '-' : !isDigit(s[i])) return false;
    const auto number = [&](std::size_t from, std::size_t count) {
        int value = 0;
        for (std::size_t i = from; i < from + count; ++i) value = value * 10 + (s[i] - '0');
        return value;
    };
    const int year = number(0, 4), month = number(5, 2), day = number(8, 2);
    if (month < 1 || month > 12 || day < 1) return false;
    constexpr int daysInMonth[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= daysInMonth[month - 1] + (month == 2 && leap ? 1 : 0);
}

bool isId(std::string_view s) {
    if (s.empty() || s.front() == '-' || s.back() == '-' || s.find("--") != std::string_view::npos) return false;
    return std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'a' && c <= 'z') || isDigit(c) || c == '-'; });
}

// The edit distance of a and b (ignoring case) when it is at most `bound`, else bound + 1. Only the
// band of cells within `bound` of the diagonal can stay within it, so this costs
// O(length x bound) rather than O(length^2), whatever the words.
std::size_t boundedEditDistance(std::string_view a, std::string_view b, std::size_t bound) {
    const std::size_t over = bound + 1;
    if ((a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > bound) return over;
    std::vector<std::size_t> row(b.size() + 1, over);
    for (std::size_t j = 0; j <= std::min(b.size(), bound); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        const std::size_t from = i > bound ? i - bound : 1, to = std::min(b.size(), i + bound);
        std::size_t diagonal = row[from - 1];
        row[from - 1] = from == 1 && i <= bound ? i : over;
        std::size_t best = row[from - 1];
        for (std::size_t j = from; j <= to; ++j) {
            const std::size_t above = row[j];
            const bool same = std::tolower(static_cast<unsigned char>(a[i - 1])) ==
                              std::tolower(static_cast<unsigned char>(b[j - 1]));
            row[j] = std::min({above + 1, row[j - 1] + 1, diagonal + (same ? 0 : 1), over});
            diagonal = above;
            best = std::min(best, row[j]);
        }
        if (to < b.size()) row[to + 1] = over;
        if (best > bound) return over;
    }
    return std::min(row[b.size()], over);
}

// Every path that has a problem at it or below it: each problem's path and all its parents.
std::unordered_set<std::string> problemPathsAndParents(const std::vector<DataProblem>& problems) {
    std::unordered_set<std::string> paths;
    for (const DataProblem& problem : problems) {
        std::string path = problem.path;
        // Stop at the first parent already there: its own parents are there too.
        while (paths.insert(path).second) {
            const std::size_t slash = path.rfind('/');
            if (slash == std::string::npos) break;
            path.resize(slash);
        }
    }
    return paths;
}

// Numbers, in document order (a walk from the top, parents before children), the values whose
// path is in `wanted`; `wanted` holds the parents of each of its paths, so the walk enters only
// those, and its recursion is no deeper than the document (at most limits::maxNestingDepth).
void rankPaths(const Json& value, const std::string& path, const std::unordered_set<std::string>& wanted,
               std::unordered_map<std::string, std::size_t>& ranks) {
    ranks.emplace(path, ranks.size());
    const auto visit = [&](const Json& child, std::string childPath) {
        if (wanted.contains(childPath)) rankPaths(child, childPath, wanted, ranks);
    };
    if (value.is_object()) {
        for (const auto& [key, child] : value.items()) visit(child, childPointer(path, key));
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i) visit(value[i], childPointer(path, i));
    }
}

}  // namespace

ParsedJson parseJson(std::string_view text) {
    if (text.starts_with(byteOrderMark)) text.remove_prefix(byteOrderMark.size());
    ParsedJson result;
    if (std::all_of(text.begin(), text.end(), isJsonSpace)) {
        result.problems.push_back({"", "not valid JSON: the text is empty"});
        return result;
    }
    DocumentBuilder builder(text, result.problems);
    const bool ok = Json::sax_parse(text.begin(), text.end(), &builder, Json::input_format_t::json, true, false);
    if (!ok || builder.syntaxError()) {
        result.problems = {builder.syntaxError().value_or(DataProblem{"", "not valid JSON"})};
        return result;
    }
    result.document = std::move(builder.document());
    return result;
}

std::string describeJson(const Json& value, std::size_t maxChars) {
    std::string json = value.dump(-1, ' ', false, Json::error_handler_t::replace);
    if (characterCount(json) <= maxChars) return json;
    if (maxChars == 0) return "…";
    // Keep maxChars - 1 characters, cutting before a lead byte so that UTF-8 stays whole.
    std::size_t cut = 0, kept = 0;
    for (; cut < json.size(); ++cut) {
        if (isContinuationByte(json[cut])) continue;
        if (kept == maxChars - 1) break;
        ++kept;
    }
    json.resize(cut);
    return json + "…";
}

std::string quotedJson(std::string_view text) {
    return Json(std::string(text)).dump(-1, ' ', false, Json::error_handler_t::replace);
}

ProblemPaths::ProblemPaths(const std::vector<DataProblem>& problems) : paths_(problemPathsAndParents(problems)) {}

bool ProblemPaths::within(const std::string& path) const { return paths_.contains(path); }

void addProblem(std::vector<DataProblem>& problems, DataProblem problem) {
    if (problems.size() <= limits::maxProblems) problems.push_back(std::move(problem));
}

bool tooManyProblems(const std::vector<DataProblem>& problems) { return problems.size() > limits::maxProblems; }

std::string formatNumber(double value) {
    if (!std::isfinite(value)) return value > 0 ? "inf" : value < 0 ? "-inf" : "nan";
    // The fewest decimals that read back as the same double (std::to_chars for double is missing
    // from Emscripten's libc++).
    char buffer[400];
    for (int decimals = 0; decimals <= 17; ++decimals) {
        std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
        if (std::strtod(buffer, nullptr) == value) break;
    }
    return buffer;
}

std::string childPointer(std::string_view parentPath, std::string_view key) {
    std::string path(parentPath);
    path += '/';
    for (char c : key) {
        if (c == '~')
            path += "~0";
        else if (c == '/')
            path += "~1";
        else
            path += c;
    }
    return path;
}

std::string childPointer(std::string_view parentPath, std::size_t index) {
    return std::string(parentPath) + '/' + std::to_string(index);
}

std::optional<std::string> closestMatch(std::string_view word, const std::vector<std::string>& candidates) {
    if (candidates.size() > limits::maxSuggestionCandidates) return std::nullopt;
    const std::size_t allowed = word.size() < 3 ? 0 : word.size() < 6 ? 1 : 2;
    std::optional<std::string> best;
    std::size_t bestDistance = allowed + 1;
    for (const std::string& candidate : candidates) {
        const std::size_t distance = boundedEditDistance(word, candidate, allowed);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = candidate;
        }
    }
    return best;
}

void sortInDocumentOrder(std::vector<DataProblem>& problems, const Json& document) {
    std::unordered_map<std::string, std::size_t> ranks;
    rankPaths(document, "", problemPathsAndParents(problems), ranks);
    const auto rankOf = [&](std::string path) {
        for (;;) {
            if (const auto found = ranks.find(path); found != ranks.end()) return found->second;
            const std::size_t slash = path.rfind('/');
            if (slash == std::string::npos) return std::size_t{0};
            path.resize(slash);
        }
    };
    std::vector<std::pair<std::size_t, DataProblem>> ranked;
    ranked.reserve(problems.size());
    for (DataProblem& problem : problems) ranked.emplace_back(rankOf(problem.path), std::move(problem));
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t i = 0; i < problems.size(); ++i) problems[i] = std::move(ranked[i].second);
}

// ---- JsonField ----

JsonField::JsonField(const Json& document, std::vector<DataProblem>& problems)
    : value_(&document), state_(State::Present), problems_(&problems) {}

JsonField::JsonField(const Json* value, State state, std::string path, std::string key,
                     std::vector<DataProblem>* problems)
    : value_(value), state_(state), path_(std::move(path)), key_(std::move(key)), problems_(problems) {}

JsonField JsonField::operator[](std::string_view key) const {
    std::string path = childPointer(path_, key);
    if (!value_ || !value_->is_object())
        return {nullptr, State::Unavailable, std::move(path), std::string(key), problems_};
    const auto found = value_->find(key);
    if (found == value_->end()) return {nullptr, State::Missing, std::move(path), std::string(key), problems_};
    return {&*found, State::Present, std::move(path), std::string(key), problems_};
}

JsonField JsonField::operator[](std::size_t index) const {
    std::string path = childPointer(path_, index);
    if (!value_ || !value_->is_array() || index >= value_->size())
        return {nullptr, State::Unavailable, std::move(path), {}, problems_};
    return {&(*value_)[index], State::Present, std::move(path), {}, problems_};
}

void JsonField::report(std::string message) const {
    if (state_ == State::Present) addProblem(*problems_, {path_, std::move(message)});
}

bool JsonField::require() const {
    if (state_ == State::Missing)
        addProblem(*problems_, {path_.substr(0, path_.rfind('/')), "missing required key " + quotedJson(key_)});
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
    for (const auto& [key, member] : value_->items()) {
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
    if (!require()) return std::nullopt;
    if (value_->is_string() && isValidDate(value_->get_ref<const std::string&>())) return value_->get<std::string>();
    reportExpected("a date as YYYY-MM-DD");
    return std::nullopt;
}

std::optional<std::string> JsonField::digits(std::size_t count) const {
    if (!require()) return std::nullopt;
    if (value_->is_string()) {
        const std::string& s = value_->get_ref<const std::string&>();
        if (s.size() == count && std::all_of(s.begin(), s.end(), isDigit)) return s;
    }
    reportExpected("a string of " + std::to_string(count) + " digits");
    return std::nullopt;
}

std::optional<std::string> JsonField::oneOf(std::initializer_list<std::string_view> choices) const {
    if (!require()) return std::nullopt;
    if (value_->is_string()) {
        const std::string& s = value_->get_ref<const std::string&>();
        if (std::find(choices.begin(), choices.end(), s) != choices.end()) return s;
    }
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
    if (!require()) return std::nullopt;
    if (value_->is_string() && isId(value_->get_ref<const std::string&>())) return value_->get<std::string>();
    reportExpected("an id of a-z, 0-9 and single hyphens, such as \"green-transition\"");
    return std::nullopt;
}

// ---- UniqueIds ----

bool UniqueIds::add(const std::string& id, const JsonField& field) {
    const auto [found, added] = firstPaths_.emplace(id, field.path());
    if (!added) {
        field.report("duplicate " + noun_ + " " + quotedJson(id) + " (first at " + found->second + ")");
        return false;
    }
    ids_.push_back(id);
    return true;
}

bool UniqueIds::contains(std::string_view id) const { return firstPaths_.contains(std::string(id)); }

}  // namespace vk
