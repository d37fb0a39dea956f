#include "core/json_syntax.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <utility>

#include "core/colour.hpp"  // hexDigitValue
#include "core/decimal.hpp"  // isDigit
#include "core/limits.hpp"

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

void appendUtf8(std::string& out, std::uint32_t code) {
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code >> 18));
        out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
}

// "U+000A (LF) must be escaped to \u000A or \n": the five control characters with a short escape
// are named by it.
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

// ---- The reader ----

// One pass over the text with an explicit stack of the open objects and arrays, so that no
// nesting can overflow the C++ stack. Each error is a sentence about the place it names.
class Reader {
public:
    Reader(std::string_view text, JsonEvents& events) : text_(text), events_(events) {}

    std::optional<std::string> read() {
        Want want = Want::Value;
        for (;;) {
            skipSpace();
            if (at_ == text_.size()) {
                if (want == Want::CommaOrEnd && open_.empty()) return std::nullopt;
                return error(text_.size(), "the text ends too early: expected " + expectation(want));
            }
            const char c = text_[at_];
            switch (want) {
                case Want::FirstValueOrEnd:
                case Want::Value:
                    if (want == Want::FirstValueOrEnd && c == ']') {
                        if (!close()) return std::nullopt;
                        want = Want::CommaOrEnd;
                    } else if (c == '{' || c == '[') {
                        ++at_;
                        open_ += c;
                        if (!(c == '{' ? events_.startObject() : events_.startArray())) return std::nullopt;
                        want = c == '{' ? Want::FirstKeyOrEnd : Want::FirstValueOrEnd;
                    } else {
                        if (!scalar(want)) return result();
                        want = Want::CommaOrEnd;
                    }
                    break;
                case Want::FirstKeyOrEnd:
                case Want::Key:
                    if (want == Want::FirstKeyOrEnd && c == '}') {
                        if (!close()) return std::nullopt;
                        want = Want::CommaOrEnd;
                    } else if (c == '"') {
                        std::string key;
                        if (!readString(key)) return result();
                        if (!events_.key(key)) return std::nullopt;
                        want = Want::Colon;
                    } else {
                        return unexpected(want);
                    }
                    break;
                case Want::Colon:
                    if (c != ':') return unexpected(want);
                    ++at_;
                    want = Want::Value;
                    break;
                case Want::CommaOrEnd:
                    if (open_.empty()) return error(at_, "unexpected text after the end of the JSON value");
                    if (c == (open_.back() == '{' ? '}' : ']')) {
                        if (!close()) return std::nullopt;
                    } else if (c == ',') {
                        ++at_;
                        want = open_.back() == '{' ? Want::Key : Want::Value;
                    } else {
                        return unexpected(want);
                    }
                    break;
            }
        }
    }

private:
    enum class Want { Value, FirstValueOrEnd, FirstKeyOrEnd, Key, Colon, CommaOrEnd };

    std::string expectation(Want want) const {
        switch (want) {
            case Want::Value:
            case Want::FirstValueOrEnd: return "a value";
            case Want::FirstKeyOrEnd:
            case Want::Key: return "a key in double quotes";
            case Want::Colon: return "':'";
            case Want::CommaOrEnd: break;
        }
        return open_.back() == '{' ? "',' or '}'" : "',' or ']'";
    }

    void skipSpace() {
        while (at_ < text_.size() && isJsonSpace(text_[at_])) ++at_;
    }

    bool close() {
        const char kind = open_.back();
        open_.pop_back();
        ++at_;
        return kind == '{' ? events_.endObject() : events_.endArray();
    }

    std::optional<std::string> error(std::size_t where, const std::string& message) {
        error_ = "not valid JSON at " + lineAndColumn(text_, where) + ": " + message;
        return error_;
    }
    bool fail(std::size_t where, const std::string& message) {
        error(where, message);
        return false;
    }
    // After a scalar failed: its syntax error, or nothing when events stopped the reading.
    std::optional<std::string> result() const { return error_.empty() ? std::nullopt : std::optional(error_); }

    // The word at `at_` (up to 20 characters): what is written there when it is no token.
    std::string_view word() const {
        std::size_t end = at_;
        while (end < text_.size() && end - at_ < 20 && !endsWord(text_[end])) ++end;
        return text_.substr(at_, std::max<std::size_t>(end - at_, 1));
    }

    bool invalidWord() {
        const std::string_view w = word();
        if (w.starts_with("/")) return fail(at_, "comments are not allowed in JSON");
        return fail(at_, "invalid value " + std::string(w) + " (text needs double quotes; the literals are true, false and null)");
    }

    // The token at `at_` as a reader says it: "a string", "a number", "true", "'}'"; empty when
    // the text there is no token.
    std::string tokenName() const {
        const char c = text_[at_];
        if (c == '"') return "a string";
        if (c == '-' || isDigit(c)) return "a number";
        if (isStructural(c)) return std::string("'") + c + "'";
        const std::string_view w = word();
        if (w == "true" || w == "false" || w == "null") return std::string(w);
        return "";
    }

    // Something other than what `want` allows stands at `at_`.
    std::optional<std::string> unexpected(Want want) {
        const char c = text_[at_];
        const std::string token = tokenName();
        if (token.empty()) {
            invalidWord();
            return error_;
        }
        std::size_t before = at_;
        while (before > 0 && isJsonSpace(text_[before - 1])) --before;
        const bool afterComma = before > 0 && text_[before - 1] == ',';
        if ((c == '}' || c == ']') && afterComma)
            return error(before - 1, "trailing comma before " + token + " (JSON allows no comma after the last item)");
        if (c == ',' && want != Want::CommaOrEnd && want != Want::Colon)
            return error(at_, "stray comma (there is nothing before it)");
        std::string message = "expected " + expectation(want) + ", got " + token;
        const bool startsValue = c == '{' || c == '[' || !isStructural(c);  // a container, or a string, number or word
        if (want == Want::CommaOrEnd && startsValue) message += " (is a comma missing before it?)";
        return error(at_, message);
    }

    // A string, a number, true, false or null at `at_`, told to events.
    bool scalar(Want want) {
        const char c = text_[at_];
        if (c == '"') {
            std::string value;
            return readString(value) && events_.string(value);
        }
        if (c == '-' || isDigit(c)) return readNumber();
        if (isStructural(c)) {
            unexpected(want);
            return false;
        }
        const std::string_view w = word();
        if (w == "true" || w == "false") {
            at_ += w.size();
            return events_.boolean(w == "true");
        }
        if (w == "null") {
            at_ += w.size();
            return events_.null();
        }
        return invalidWord();
    }

    // -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
    bool readNumber() {
        const std::size_t start = at_;
        std::size_t i = at_;
        const auto digits = [&] {
            const std::size_t from = i;
            while (i < text_.size() && isDigit(text_[i])) ++i;
            return i > from;
        };
        const bool negative = text_[i] == '-';
        if (negative) ++i;
        bool valid = i < text_.size() && isDigit(text_[i]);
        if (valid && text_[i] == '0')
            ++i;
        else if (valid)
            digits();
        bool integral = true;
        if (valid && i < text_.size() && text_[i] == '.') {
            ++i;
            integral = false;
            valid = digits();
        }
        if (valid && i < text_.size() && (text_[i] == 'e' || text_[i] == 'E')) {
            ++i;
            integral = false;
            if (i < text_.size() && (text_[i] == '+' || text_[i] == '-')) ++i;
            valid = digits();
        }
        if (!valid) {
            std::size_t end = i;
            while (end < text_.size() && end - start < 20 && !endsWord(text_[end])) ++end;
            return fail(start, "invalid number " + std::string(text_.substr(start, end - start)) +
                                   " (numbers are written like 12, -3.5 or 6.1e3)");
        }
        const std::string_view number = text_.substr(start, i - start);
        at_ = i;
        if (integral) {
            // Exact in 64 bits when it fits; otherwise it is read as a double, as JavaScript does.
            std::uint64_t magnitude = 0;
            bool fits = true;
            for (char d : number.substr(negative ? 1 : 0)) {
                const auto digit = static_cast<std::uint64_t>(d - '0');
                if (magnitude > (UINT64_MAX - digit) / 10) fits = false;
                magnitude = magnitude * 10 + digit;
                if (!fits) break;
            }
            if (fits && !negative) return events_.unsignedInteger(magnitude);
            if (fits && magnitude <= std::uint64_t{1} << 63)
                return events_.integer(magnitude == std::uint64_t{1} << 63 ? INT64_MIN : -static_cast<std::int64_t>(magnitude));
        }
        // Exact: the C library's strtod, or in the wasm libc_small.cpp's (readDecimal, else JavaScript).
        const double value = std::strtod(std::string(number).c_str(), nullptr);
        if (!std::isfinite(value)) return fail(start, "the number " + std::string(number) + " is too large");
        return events_.floating(value);
    }

    // A string at `at_` (its opening quote) into out, escapes undone, UTF-8 checked.
    bool readString(std::string& out) {
        const std::size_t open = at_++;
        for (;;) {
            if (at_ >= text_.size()) return fail(open, "a string has no closing quote (the text ends inside it)");
            const char c = text_[at_];
            if (c == '"') {
                ++at_;
                return true;
            }
            if (static_cast<unsigned char>(c) < 0x20) return fail(at_, controlCharacterMessage(static_cast<unsigned char>(c)));
            if (c == '\\') {
                if (!readEscape(out)) return false;
                continue;
            }
            const std::size_t length = utf8CharacterLength(text_, at_);
            if (length == 0) return fail(at_, "invalid string: ill-formed UTF-8 byte");
            out.append(text_, at_, length);
            at_ += length;
        }
    }

    // Four hexadecimal digits at i, or -1.
    long hex4(std::size_t i) const {
        if (i + 4 > text_.size()) return -1;
        long value = 0;
        for (std::size_t k = i; k < i + 4; ++k) {
            const int h = hexDigitValue(text_[k]);
            if (h < 0) return -1;
            value = value * 16 + h;
        }
        return value;
    }

    bool readEscape(std::string& out) {
        const std::size_t backslash = at_;
        const char e = at_ + 1 < text_.size() ? text_[at_ + 1] : '\0';
        static constexpr std::string_view simple = "\"\\/bfnrt", meaning = "\"\\/\b\f\n\r\t";
        if (const std::size_t k = simple.find(e); e != '\0' && k != std::string_view::npos) {
            out += meaning[k];
            at_ += 2;
            return true;
        }
        if (e != 'u')
            return fail(backslash, "invalid string: a backslash must be followed by one of \" \\ / b f n r t u");
        const long code = hex4(at_ + 2);
        if (code < 0) return fail(backslash, "invalid string: \\u must be followed by four hexadecimal digits");
        at_ += 6;
        if (code >= 0xDC00 && code <= 0xDFFF)
            return fail(backslash, "invalid string: surrogate U+DC00..U+DFFF must follow U+D800..U+DBFF");
        if (code >= 0xD800 && code <= 0xDBFF) {
            const long low = at_ + 1 < text_.size() && text_[at_] == '\\' && text_[at_ + 1] == 'u' ? hex4(at_ + 2) : -1;
            if (low < 0xDC00 || low > 0xDFFF)
                return fail(backslash, "invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF");
            at_ += 6;
            appendUtf8(out, 0x10000 + ((static_cast<std::uint32_t>(code) - 0xD800) << 10) + (static_cast<std::uint32_t>(low) - 0xDC00));
            return true;
        }
        appendUtf8(out, static_cast<std::uint32_t>(code));
        return true;
    }

    std::string_view text_;
    JsonEvents& events_;
    std::size_t at_ = 0;
    std::string open_;   // '{' or '[' for each open object or array, innermost last
    std::string error_;  // the syntax error, once there is one
};

// ---- The document, within the limits ----

// Builds the document from readJson's events and adds what plain JSON lacks: a key repeated in
// one object is reported (the later value is kept), and the limits of core/limits.hpp are kept.
// The limit on members also bounds the search for a repeated key. Paths are built only for a
// problem.
class DocumentBuilder final : public JsonEvents {
public:
    DocumentBuilder(Json& document, std::vector<DataProblem>& problems) : document_(document), problems_(problems) {}

    const std::optional<DataProblem>& refusal() const { return refusal_; }

    bool null() override { return place(Json()); }
    bool boolean(bool value) override { return place(Json(value)); }
    bool integer(std::int64_t value) override { return place(Json(value)); }
    bool unsignedInteger(std::uint64_t value) override { return place(Json(value)); }
    bool floating(double value) override { return place(Json(value)); }
    bool string(std::string& value) override {
        if (value.size() > limits::maxStringBytes) {
            addProblem(problems_, {nextPath(), "expected a string of at most " + std::to_string(limits::maxStringBytes) +
                                                   " bytes, got " + std::to_string(value.size()) + " bytes"});
            value.resize(utf8Prefix(value, limits::maxStringBytes));
        }
        return place(Json(std::move(value)));
    }

    bool startObject() override { return enter(Json::object()); }
    bool startArray() override { return enter(Json::array()); }
    bool endObject() override { return leave(); }
    bool endArray() override { return leave(); }

    bool key(std::string& key) override {
        Frame& frame = open_.back();
        if (key.size() > limits::maxKeyBytes) {
            addProblem(problems_, {currentPath(), "expected a key of at most " + std::to_string(limits::maxKeyBytes) +
                                                      " bytes, got one of " + std::to_string(key.size()) + " bytes"});
            key.resize(utf8Prefix(key, limits::maxKeyBytes));
        }
        Json& object = *frame.value;
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

private:
    struct Frame {
        Json* value;      // the object or array being filled
        std::size_t index; // the next element's index (arrays)
        std::string key;   // the key whose value comes next (objects)
    };

    // The JSON Pointer of the innermost open container.
    JsonPointer currentPointer() const {
        JsonPointer pointer;
        for (std::size_t i = 0; i + 1 < open_.size(); ++i)
            pointer = open_[i].value->is_array() ? pointer / open_[i].index : pointer / open_[i].key;
        return pointer;
    }
    std::string currentPath() const { return currentPointer().toString(); }

    // Where the next value goes.
    std::string nextPath() const {
        if (open_.empty()) return "";
        const Frame& frame = open_.back();
        const JsonPointer parent = currentPointer();
        return (frame.value->is_array() ? parent / frame.index : parent / frame.key).toString();
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
            return &container[container.size() - 1];
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
    std::vector<DataProblem>& problems_;
    std::vector<Frame> open_;
    std::optional<DataProblem> refusal_;  // a limit that refuses the whole text
};

}  // namespace

std::optional<std::string> readJson(std::string_view text, JsonEvents& events) { return Reader(text, events).read(); }

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
    DocumentBuilder builder(document, result.problems);
    const std::optional<std::string> syntaxError = readJson(text, builder);
    if (syntaxError || builder.refusal()) {
        result.problems = {syntaxError ? DataProblem{"", *syntaxError} : *builder.refusal()};
        return result;
    }
    result.document = std::move(document);
    return result;
}

std::string describeJson(const Json& value, std::size_t maxChars) {
    std::string json = value.dump();
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

std::string quotedJson(std::string_view text) { return Json(text).dump(); }

}  // namespace vk
