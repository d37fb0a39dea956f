#include "core/json_syntax.hpp"

#include <algorithm>
#include <unordered_set>
#include <utility>

#include "core/limits.hpp"

namespace vk {

namespace {

constexpr std::string_view byteOrderMark = "\xEF\xBB\xBF";

bool isJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool isContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }
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
// Written for the wording of nlohmann-json 3.11.2 (tests/core/json_syntax_test.cpp pins it).

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

// Where the text that nlohmann hands to parse_error() as the last token starts. It ends at byte
// `end`; it is what the lexer read since it last began a string or a number (only those reset
// it), so for a string or a number it is exactly that token. It comes as read, except that each
// control character is written "<U+XXXX>" (8 characters for 1 byte).
std::size_t lastTokenStart(std::string_view text, std::size_t end, std::string_view lastToken) {
    std::size_t start = std::min(end, text.size()), left = lastToken.size();
    while (start > 0 && left > 0) {
        const std::size_t width = static_cast<unsigned char>(text[start - 1]) <= 0x1F ? 8 : 1;
        if (width > left) break;
        left -= width;
        --start;
    }
    return start;
}

// Where the token nlohmann gave up on starts, from its name in the message: a string or a number
// starts where the last token does; true, false and null end at the last byte read, as does a
// one-character token; a word that is no literal ("north", "'Tinn'", "//") starts after the last
// space or structural character before it, within the last token.
std::size_t failedTokenStart(std::string_view text, std::size_t bytesRead, std::string_view lastToken,
                             std::string_view tokenName) {
    const std::size_t end = std::min(bytesRead, text.size()), last = end == 0 ? 0 : end - 1;
    const std::size_t from = lastTokenStart(text, bytesRead, lastToken);
    if (tokenName == "string literal" || tokenName == "number literal") return from;
    if (tokenName == "true literal" || tokenName == "null literal") return std::max(from, end - std::min(end, std::size_t{4}));
    if (tokenName == "false literal") return std::max(from, end - std::min(end, std::size_t{5}));
    if (tokenName.size() == 3 && tokenName.front() == '\'') return last;  // '{', ',', ...
    std::size_t start = last;
    while (start > from && !endsWord(text[start - 1])) --start;
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

// ---- Parsing: nlohmann's DOM parser, plus repeated keys, the limits and the error capture ----

// Forwards every SAX event to nlohmann's own json_sax_dom_parser (the handler Json::parse uses),
// and adds what it lacks: a key repeated in one object is reported (nlohmann keeps the later value
// silently), the limits of core/limits.hpp are kept, and a syntax error becomes a DataProblem
// instead of an exception (which, with exceptions off in the wasm, would abort the widget). The
// limit on members also bounds the DOM parser's key lookup, a linear search in ordered_json's
// object (quadratic in an object's size without it). Paths are built only for a problem.
class DocumentBuilder {
public:
    DocumentBuilder(Json& document, std::string_view text, std::vector<DataProblem>& problems)
        : dom_(document, /*allow_exceptions=*/false), text_(text), problems_(problems) {}

    const std::optional<DataProblem>& refusal() const { return refusal_; }

    bool null() { return placed(dom_.null()); }
    bool boolean(bool value) { return placed(dom_.boolean(value)); }
    bool number_integer(Json::number_integer_t value) { return placed(dom_.number_integer(value)); }
    bool number_unsigned(Json::number_unsigned_t value) { return placed(dom_.number_unsigned(value)); }
    bool number_float(Json::number_float_t value, const std::string& text) {
        return placed(dom_.number_float(value, text));
    }
    bool string(std::string& value) {
        if (value.size() > limits::maxStringBytes) {
            addProblem(problems_, {nextPath(), "expected a string of at most " + std::to_string(limits::maxStringBytes) +
                                                   " bytes, got " + std::to_string(value.size()) + " bytes"});
            value.resize(utf8Prefix(value, limits::maxStringBytes));
        }
        return placed(dom_.string(value));
    }
    bool binary(Json::binary_t& value) { return placed(dom_.binary(value)); }  // not in JSON text

    bool start_object(std::size_t size) { return enter(Frame::Object) && dom_.start_object(size); }
    bool start_array(std::size_t size) { return enter(Frame::Array) && dom_.start_array(size); }
    bool end_object() { return leave() && dom_.end_object(); }
    bool end_array() { return leave() && dom_.end_array(); }

    bool key(std::string& key) {
        Frame& frame = open_.back();
        if (key.size() > limits::maxKeyBytes) {
            addProblem(problems_, {currentPath(), "expected a key of at most " + std::to_string(limits::maxKeyBytes) +
                                                      " bytes, got one of " + std::to_string(key.size()) + " bytes"});
            key.resize(utf8Prefix(key, limits::maxKeyBytes));
        }
        // The cap is checked first: a path is as long as the nesting, and a file may repeat keys
        // by the thousand.
        if (!frame.keys.insert(key).second) {
            if (!tooManyProblems(problems_)) addProblem(problems_, {currentPath(), "duplicate key " + quotedJson(key)});
        } else if (frame.keys.size() > limits::maxObjectMembers) {
            refusal_ = DataProblem{currentPath(), "an object with more than " + std::to_string(limits::maxObjectMembers) +
                                                      " members (the format needs 11)"};
            return false;
        }
        frame.key = key;
        return dom_.key(key);
    }

    // The DOM parser would only throw or note the error; the sentence is made here instead.
    bool parse_error(std::size_t position, const std::string& lastToken, const Json::exception& error) {
        refusal_ = DataProblem{"", syntaxErrorMessage(text_, position, lastToken, error)};
        return false;
    }

private:
    struct Frame {
        enum Kind { Object, Array } kind;
        std::size_t index = 0;                 // the next element's index (arrays)
        std::string key;                       // the key whose value comes next (objects)
        std::unordered_set<std::string> keys;  // the keys seen so far (objects)
    };

    // The JSON Pointer of the innermost open container.
    JsonPointer currentPointer() const {
        JsonPointer pointer;
        for (std::size_t i = 0; i + 1 < open_.size(); ++i)
            pointer = open_[i].kind == Frame::Array ? pointer / open_[i].index : pointer / open_[i].key;
        return pointer;
    }
    std::string currentPath() const { return currentPointer().to_string(); }

    // Where the next value goes.
    std::string nextPath() const {
        if (open_.empty()) return "";
        const Frame& frame = open_.back();
        const JsonPointer parent = currentPointer();
        return (frame.kind == Frame::Array ? parent / frame.index : parent / frame.key).to_string();
    }

    // A value is complete: in an array, the next one has the next index.
    bool placed(bool ok) {
        if (!open_.empty() && open_.back().kind == Frame::Array) ++open_.back().index;
        return ok;
    }

    bool enter(Frame::Kind kind) {
        if (open_.size() >= limits::maxNestingDepth) {
            refusal_ = DataProblem{nextPath(), "nesting deeper than " + std::to_string(limits::maxNestingDepth) +
                                                   " levels of objects and arrays (the format needs 6)"};
            return false;
        }
        open_.push_back({kind, 0, {}, {}});
        return true;
    }

    bool leave() {
        open_.pop_back();
        return placed(true);
    }

    nlohmann::detail::json_sax_dom_parser<Json> dom_;
    std::string_view text_;
    std::vector<DataProblem>& problems_;
    std::vector<Frame> open_;
    std::optional<DataProblem> refusal_;  // a syntax error or a limit that refuses the whole text
};

}  // namespace

std::string syntaxErrorMessage(std::string_view text, std::size_t position, std::string_view lastToken,
                               const nlohmann::detail::exception& error) {
    std::string context, detail;
    splitNlohmannMessage(error.what(), context, detail);
    // nlohmann counts the bytes it read (the end of the input counts as one); the last one is
    // where it gave up.
    const std::size_t last = position == 0 ? 0 : std::min(position - 1, text.size());

    std::size_t where = last;
    std::string message;
    constexpr std::string_view unexpected = "unexpected ";
    const std::size_t expectedAt = detail.find("; expected ");
    const std::string expected = expectedAt == std::string::npos ? "" : detail.substr(expectedAt + 11);
    // The token it gave up on, as nlohmann names it: "'}'", "string literal"; empty for a lexer
    // error (the text is no token at all: "invalid literal", "invalid string: ...").
    const std::string token =
        detail.starts_with(unexpected)
            ? detail.substr(unexpected.size(),
                            (expectedAt == std::string::npos ? detail.size() : expectedAt) - unexpected.size())
            : "";
    const std::size_t start = failedTokenStart(text, position, lastToken, token);

    if (detail.find("missing closing quote") != std::string::npos) {
        where = lastTokenStart(text, position, lastToken);  // the opening quote
        message = "a string has no closing quote (the text ends inside it)";
    } else if (detail.starts_with("unexpected end of input") || last >= text.size()) {
        where = text.size();
        message = "the text ends too early";
        if (!expected.empty()) message += ": expected " + expectationName(expected, context);
    } else if (expected == "end of input") {
        where = start;
        message = "unexpected text after the end of the JSON value";
    } else if (detail.starts_with("invalid literal")) {
        where = start;
        std::size_t end = where;
        while (end < text.size() && end - where < 20 && !endsWord(text[end])) ++end;
        const std::string_view word = text.substr(where, end - where);
        if (word.starts_with("/"))
            message = "comments are not allowed in JSON";
        else
            message = "invalid value " + std::string(word) +
                      " (text needs double quotes; the literals are true, false and null)";
    } else if (!token.empty()) {
        where = start;
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
    return "not valid JSON at " + lineAndColumn(text, where) + ": " + message;
}

void addProblem(std::vector<DataProblem>& problems, DataProblem problem) {
    if (problems.size() <= limits::maxProblems) problems.push_back(std::move(problem));
}

bool tooManyProblems(const std::vector<DataProblem>& problems) { return problems.size() > limits::maxProblems; }

ParsedJson parseJson(std::string_view text) {
    if (text.starts_with(byteOrderMark)) text.remove_prefix(byteOrderMark.size());
    ParsedJson result;
    if (std::all_of(text.begin(), text.end(), isJsonSpace)) {
        result.problems.push_back({"", "not valid JSON: the text is empty"});
        return result;
    }
    Json document;
    DocumentBuilder builder(document, text, result.problems);
    const bool ok = Json::sax_parse(text.begin(), text.end(), &builder, Json::input_format_t::json, true, false);
    if (!ok || builder.refusal()) {
        result.problems = {builder.refusal().value_or(DataProblem{"", "not valid JSON"})};
        return result;
    }
    result.document = std::move(document);
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

}  // namespace vk
