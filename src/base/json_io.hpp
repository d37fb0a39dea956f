// JSON text in and out, on nlohmann-json (Debian's nlohmann-json3-dev): parsing without
// exceptions, with what nlohmann's DOM parser lacks (a repeated key reported, the limits of
// base/limits.hpp, and a syntax error said the way someone editing the file by hand needs it),
// and values written as JSON for messages and replies. Never throws and never aborts, whatever
// the text: the wasm is built without exceptions, where a throw would end the widget.
// std and nlohmann-json only: nothing of the widget's domain (that is core/).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/problem.hpp"

namespace vk {

// Objects keep their keys in file order, so that problems can be sorted into file order and
// replies read as they are built.
using Json = nlohmann::ordered_json;
// A place in a document (RFC 6901): "/nominees/5/centre"; in a key, "~" is "~0" and "/" is "~1".
using JsonPointer = Json::json_pointer;

struct ParsedJson {
    std::optional<Json> document;       // nullopt when the text is not JSON
    std::vector<DataProblem> problems;  // a syntax error (one, at path ""), or duplicate keys
};

// Parses UTF-8 JSON text (RFC 8259); a byte-order mark is skipped, CRLF is plain whitespace. A
// syntax error gives one problem at path "": `not valid JSON at line 12, column 5: trailing comma
// before '}' (JSON allows no comma after the last item)`; line and column count from 1, the column
// in characters. A key repeated within one object is reported at the object (`duplicate key
// "name"`); the document then holds the later value. Beyond the limits of base/limits.hpp
// (nesting, members of an object) the text is refused with one problem at the value too deep or
// the object too large; a string or key over its limit is reported at its path and cut. An
// integer beyond 64 bits is read as a double, as JavaScript reads it.
ParsedJson parseJson(std::string_view text);

// The sentence for a syntax error that nlohmann's SAX parser reports through parse_error(position,
// lastToken, error) while reading `text`: `not valid JSON at line 1, column 6: expected ':', got a
// number`. For a reader that drives the SAX parser itself (tools/geoprep's TopoJSON reader).
std::string syntaxErrorMessage(std::string_view text, std::size_t position, std::string_view lastToken,
                               const nlohmann::detail::exception& error);

// Compact JSON text, as JSON.stringify writes it: a byte that is not UTF-8 is written as U+FFFD
// (nlohmann's own dump() would throw, which in the wasm aborts), a number that is not finite as
// null. indent >= 0 lays it out one member or element a line.
std::string dumpJson(const Json& value, int indent = -1);

// A value as compact JSON for a message: `"north"`, `42`, `{"nb":"x"}`; longer than maxChars
// characters, it is cut and ends in "…".
std::string describeJson(const Json& value, std::size_t maxChars = 40);

// A string as a JSON string literal, for messages: north -> "north".
std::string quotedJson(std::string_view text);

// The member of an object with this key, or nullptr (also when value is no object). nlohmann's
// const operator[] must not be asked for a missing key, and at() throws.
const Json* member(const Json& value, std::string_view key);

// The string, or nullptr when value is no string.
const std::string* stringOf(const Json& value);

// The four characters JSON allows between tokens (RFC 8259 section 2).
constexpr bool isJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace vk
