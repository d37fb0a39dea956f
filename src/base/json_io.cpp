#include "base/json_io.hpp"

#include <algorithm>
#include <utility>

#include "base/limits.hpp"

namespace vk {

namespace {

constexpr std::string_view byteOrderMark = "\xEF\xBB\xBF";

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

// The length of the UTF-8 character that starts at text[i] (1 to 4), or 0 when the bytes there
// are not one (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF).
std::size_t utf8CharacterLength(std::string_view text, std::size_t i) {
    const auto at = [&](std::size_t k) { return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0u; };
    const auto continuation = [&](std::size_t k, unsigned lo = 0x80, unsigned hi = 0xBF) {
        return at(k) >= lo && at(k) <= hi;
    };
    const unsigned c = at(0);
    if (i >= text.size()) return 0;
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF) return continuation(1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        const unsigned lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
        return continuation(1, lo, hi) && continuation(2) ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        const unsigned lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
        return continuation(1, lo, hi) && continuation(2) && continuation(3) ? 4 : 0;
    }
    return 0;
}

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// The code unit of the \uXXXX escape whose backslash is at i, or -1.
long escapedUnit(std::string_view text, std::size_t i) {
    if (i + 6 > text.size() || text[i] != '\\' || text[i + 1] != 'u') return -1;
    long unit = 0;
    for (std::size_t k = i + 2; k < i + 6; ++k) {
        if (hexValue(text[k]) < 0) return -1;
        unit = unit * 16 + hexValue(text[k]);
    }
    return unit;
}

// The nearest backslash at or before `from` (a \u escape's start), or `from`.
std::size_t backslashBefore(std::string_view text, std::size_t from) {
    for (std::size_t i = std::min(from, text.size() - 1) + 1; i-- > 0;)
        if (text[i] == '\\') return i;
    return from;
}

// "invalid string: control character U+0009 (HT) must be escaped to \u0009 or \t"
std::string controlCharacterMessage(unsigned char c) {
    static constexpr char hex[] = "0123456789ABCDEF";
    const std::string code = std::string("00") + hex[c >> 4] + hex[c & 0xF];
    std::string name, shortEscape;
    switch (c) {
        case '\b': name = "BS", shortEscape = "\\b"; break;
        case '\t': name = "HT", shortEscape = "\\t"; break;
        case '\n': name = "LF", shortEscape = "\\n"; break;
        case '\f': name = "FF", shortEscape = "\\f"; break;
        case '\r': name = "CR", shortEscape = "\\r"; break;
        default: break;
    }
    return "invalid string: control character U+" + code + (name.empty() ? "" : " (" + name + ")") +
           " must be escaped to \\u" + code + (shortEscape.empty() ? "" : " or " + shortEscape);
}

// A string that nlohmann's lexer refused ("invalid string: ..."), said with the place it names:
// the character, escape or byte that is wrong. `open` is the string's opening quote, `last` the
// last byte the lexer read.
std::pair<std::size_t, std::string> stringError(std::string_view text, std::size_t open, std::size_t last,
                                                std::string_view detail) {
    if (detail.find("control character") != std::string_view::npos && last < text.size())
        return {last, controlCharacterMessage(static_cast<unsigned char>(text[last]))};
    if (detail.find("forbidden character after backslash") != std::string_view::npos)
        return {last == 0 ? 0 : last - 1, "invalid string: a backslash must be followed by one of \" \\ / b f n r t u"};
    if (detail.find("must be followed by 4 hex digits") != std::string_view::npos)
        return {backslashBefore(text, last), "invalid string: \\u must be followed by four hexadecimal digits"};
    if (detail.find("must be followed by U+DC00") != std::string_view::npos) {
        // The high surrogate's escape: the nearest one before `last` that is one.
        std::size_t at = backslashBefore(text, last);
        const long unit = escapedUnit(text, at);
        if ((unit < 0xD800 || unit > 0xDBFF) && at > 0) at = backslashBefore(text, at - 1);
        return {at, "invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF"};
    }
    if (detail.find("must follow U+D800") != std::string_view::npos)
        return {backslashBefore(text, last), "invalid string: surrogate U+DC00..U+DFFF must follow U+D800..U+DBFF"};
    // Ill-formed UTF-8: the character that does not decode, found by reading the string from its
    // opening quote as the lexer did.
    std::size_t i = std::min(open + 1, text.size());
    while (i < last) {
        if (text[i] == '\\') {
            i += i + 1 < text.size() && text[i + 1] == 'u' ? 6 : 2;
            continue;
        }
        const std::size_t length = utf8CharacterLength(text, i);
        if (length == 0) break;
        i += length;
    }
    return {std::min(i, last), "invalid string: ill-formed UTF-8 byte"};
}

// ---- Parsing: nlohmann's DOM parser, plus repeated keys, the limits and the error capture ----

// The handler that nlohmann's SAX parser tells what it reads: it builds the document as
// nlohmann's own DOM parser would, and adds what that lacks. A key repeated in one object is
// reported (nlohmann keeps the later value silently), the limits of base/limits.hpp are kept, and
// a syntax error becomes a DataProblem instead of an exception (which, with exceptions off in the
// wasm, would abort the widget). The limit on members also bounds the search for a repeated key,
// a linear one in ordered_json's object. Paths are built only for a problem.
class DocumentBuilder {
public:
    DocumentBuilder(Json& document, std::string_view text, std::vector<DataProblem>& problems)
        : document_(document), text_(text), problems_(problems) {}

    const std::optional<DataProblem>& refusal() const { return refusal_; }

    bool null() { return place(nullptr); }
    bool boolean(bool value) { return place(value); }
    bool number_integer(Json::number_integer_t value) { return place(value); }
    bool number_unsigned(Json::number_unsigned_t value) { return place(value); }
    bool number_float(Json::number_float_t value, const std::string&) { return place(value); }
    bool string(std::string& value) {
        if (value.size() > limits::maxStringBytes) {
            addProblem(problems_, {nextPath(), "expected a string of at most " + std::to_string(limits::maxStringBytes) +
                                                   " bytes, got " + std::to_string(value.size()) + " bytes"});
            value.resize(utf8Prefix(value, limits::maxStringBytes));
        }
        return place(std::move(value));
    }
    bool binary(Json::binary_t&) { return place(nullptr); }  // never in JSON text

    bool start_object(std::size_t) { return enter(Json::object()); }
    bool start_array(std::size_t) { return enter(Json::array()); }
    bool end_object() { return leave(); }
    bool end_array() { return leave(); }

    bool key(std::string& key) {
        Frame& frame = open_.back();
        if (key.size() > limits::maxKeyBytes) {
            addProblem(problems_, {currentPath(), "expected a key of at most " + std::to_string(limits::maxKeyBytes) +
                                                      " bytes, got one of " + std::to_string(key.size()) + " bytes"});
            key.resize(utf8Prefix(key, limits::maxKeyBytes));
        }
        const Json& object = *frame.value;
        if (object.contains(key)) {
            // The cap is checked first: a path is as long as the nesting, and a file may repeat
            // keys by the thousand.
            if (!tooManyProblems(problems_)) addProblem(problems_, {currentPath(), "duplicate key " + quotedJson(key)});
        } else if (object.size() >= limits::maxObjectMembers) {
            refusal_ = DataProblem{currentPath(), "an object with more than " + std::to_string(limits::maxObjectMembers) +
                                                      " members (the format needs 11)"};
            return false;
        }
        frame.key = std::move(key);
        return true;
    }

    // nlohmann would throw here; the sentence is made instead.
    bool parse_error(std::size_t position, const std::string& lastToken, const Json::exception& error) {
        refusal_ = DataProblem{"", syntaxErrorMessage(text_, position, lastToken, error)};
        return false;
    }

private:
    struct Frame {
        Json* value;        // the object or array being filled
        std::size_t index;  // the next element's index (arrays)
        std::string key;    // the key whose value comes next (objects)
    };

    // The JSON Pointer of the innermost open container.
    JsonPointer currentPointer() const {
        JsonPointer pointer;
        for (std::size_t i = 0; i + 1 < open_.size(); ++i)
            pointer = open_[i].value->is_array() ? pointer / open_[i].index : pointer / open_[i].key;
        return pointer;
    }
    std::string currentPath() const { return currentPointer().to_string(); }

    // Where the next value goes.
    std::string nextPath() const {
        if (open_.empty()) return "";
        const Frame& frame = open_.back();
        const JsonPointer parent = currentPointer();
        return (frame.value->is_array() ? parent / frame.index : parent / frame.key).to_string();
    }

    // Puts a value where the next one belongs; returns where it went.
    Json* put(Json value) {
        if (open_.empty()) {
            document_ = std::move(value);
            return &document_;
        }
        Json& container = *open_.back().value;
        if (container.is_array()) {
            container.push_back(std::move(value));
            return &container.back();
        }
        Json& slot = container[open_.back().key];
        slot = std::move(value);
        return &slot;
    }
    // A value is complete: in an array, the next one has the next index.
    bool done() {
        if (!open_.empty() && open_.back().value->is_array()) ++open_.back().index;
        return true;
    }
    bool place(Json value) {
        put(std::move(value));
        return done();
    }

    bool enter(Json container) {
        if (open_.size() >= limits::maxNestingDepth) {
            refusal_ = DataProblem{nextPath(), "nesting deeper than " + std::to_string(limits::maxNestingDepth) +
                                                   " levels of objects and arrays (the format needs 6)"};
            return false;
        }
        // The parent's frame keeps this container's index or key until it closes (done()), so
        // that paths name it while it is open; its address holds meanwhile, as nothing is added
        // to the parent until then.
        open_.push_back({put(std::move(container)), 0, {}});
        return true;
    }

    bool leave() {
        open_.pop_back();
        return done();
    }

    Json& document_;
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

    if (detail.starts_with("invalid string") && detail.find("missing closing quote") == std::string::npos) {
        const auto [at, sentence] = stringError(text, lastTokenStart(text, position, lastToken), last, detail);
        where = at;
        message = sentence;
    } else if (detail.starts_with("invalid number") || detail.starts_with("number overflow")) {
        // The number starts where the lexer's last token does; a number written wrong is shown
        // up to where it ends, as a word.
        where = lastTokenStart(text, position, lastToken);
        std::size_t end = where;
        while (end < text.size() && end - where < 20 && !endsWord(text[end])) ++end;
        const std::string number(text.substr(where, end - where));
        message = detail.starts_with("number overflow")
                      ? "the number " + number + " is too large"
                      : "invalid number " + number + " (numbers are written like 12, -3.5 or 6.1e3)";
    } else if (detail.find("missing closing quote") != std::string::npos) {
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

std::string dumpJson(const Json& value, int indent) {
    return value.dump(indent, ' ', false, Json::error_handler_t::replace);
}

std::string describeJson(const Json& value, std::size_t maxChars) {
    std::string json = dumpJson(value);
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

std::string quotedJson(std::string_view text) { return dumpJson(Json(std::string(text))); }

const Json* member(const Json& value, std::string_view key) {
    if (!value.is_object()) return nullptr;
    const auto found = value.find(key);
    return found == value.end() ? nullptr : &*found;
}

const std::string* stringOf(const Json& value) { return value.get_ptr<const std::string*>(); }

}  // namespace vk
