// JSON text in: a reader that reports each value as it reads it (for a reader of a large file,
// such as tools/geoprep's TopoJSON) and a parser that builds the document (core/json_value.hpp) within
// the limits of core/limits.hpp. A syntax error is said the way someone editing the file by hand
// needs it, with its line and column. Values written as compact JSON for messages.
// std only: never include GL, ImGui or Emscripten here.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/json_value.hpp"
#include "core/nominees.hpp"  // DataProblem

namespace vk {

// What readJson() finds, in text order: each value, each key and the edges of each object and
// array. A handler returns false to stop the reading (and keeps why itself).
class JsonEvents {
public:
    virtual bool null() = 0;
    virtual bool boolean(bool value) = 0;
    virtual bool integer(std::int64_t value) = 0;            // no fraction or exponent, with a minus sign
    virtual bool unsignedInteger(std::uint64_t value) = 0;  // no fraction or exponent, zero or above
    virtual bool floating(double value) = 0;                 // any other number (finite)
    virtual bool string(std::string& value) = 0;
    virtual bool startObject() = 0;
    virtual bool key(std::string& key) = 0;
    virtual bool endObject() = 0;
    virtual bool startArray() = 0;
    virtual bool endArray() = 0;

protected:
    ~JsonEvents() = default;
};

// Reads UTF-8 JSON text (RFC 8259) and tells events what it finds. Returns the first syntax
// error as a sentence: `not valid JSON at line 12, column 5: trailing comma before '}' (JSON
// allows no comma after the last item)`, where line and column count from 1 and the column in
// characters; nullopt when the text is JSON or events stopped the reading. It does not recurse:
// any nesting is read in constant stack.
std::optional<std::string> readJson(std::string_view text, JsonEvents& events);

struct ParsedJson {
    std::optional<Json> document;       // nullopt when the text is not JSON
    std::vector<DataProblem> problems;  // a syntax error (one, at path ""), or duplicate keys
};

// Appends a problem unless the list already holds more than limits::maxProblems (it keeps one
// more, so that tooManyProblems() can tell that the cap was passed).
void addProblem(std::vector<DataProblem>& problems, DataProblem problem);
bool tooManyProblems(const std::vector<DataProblem>& problems);

// Parses JSON text; a byte-order mark is skipped, CRLF is plain whitespace. A syntax error gives
// one problem at path "" (readJson's sentence). A key repeated within one object is reported at
// the object (`duplicate key "name"`); the document then holds the later value. Beyond the limits
// of core/limits.hpp (nesting, members of an object) the text is refused with one problem at the
// value too deep or the object too large; a string or key over its limit is reported at its path
// and cut.
ParsedJson parseJson(std::string_view text);

// A value as compact JSON for a message: `"north"`, `42`, `{"nb":"x"}`; longer than maxChars
// characters, it is cut and ends in "…".
std::string describeJson(const Json& value, std::size_t maxChars = 40);

// A string as a JSON string literal, for messages: north -> "north".
std::string quotedJson(std::string_view text);

// The four characters JSON allows between tokens (RFC 8259 section 2).
constexpr bool isJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace vk
