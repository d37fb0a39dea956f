// JSON text in and out: parsing without exceptions (nlohmann's own DOM parser, plus what it
// lacks: repeated keys, the limits of core/limits.hpp, and a syntax error said the way someone
// editing the file by hand needs it), and values written as compact JSON for messages.
// std and nlohmann-json only: never include GL, ImGui or Emscripten here.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/nominees.hpp"  // DataProblem

namespace vk {

// Objects keep their keys in file order, so that problems can be sorted into file order.
using Json = nlohmann::ordered_json;
// A place in a document (RFC 6901): "/nominees/5/centre"; in a key, "~" is "~0" and "/" is "~1".
using JsonPointer = Json::json_pointer;

struct ParsedJson {
    std::optional<Json> document;       // nullopt when the text is not JSON
    std::vector<DataProblem> problems;  // a syntax error (one, at path ""), or duplicate keys
};

// Appends a problem unless the list already holds more than limits::maxProblems (it keeps one
// more, so that tooManyProblems() can tell that the cap was passed).
void addProblem(std::vector<DataProblem>& problems, DataProblem problem);
bool tooManyProblems(const std::vector<DataProblem>& problems);

// Parses UTF-8 JSON text; a byte-order mark is skipped, CRLF is plain whitespace. A syntax error
// gives one problem at path "": `not valid JSON at line 12, column 5: trailing comma before '}'
// (JSON allows no comma after the last item)`; line and column count from 1, the column in
// characters. A key repeated within one object is reported at the object (`duplicate key
// "name"`); the document then holds the later value. Beyond the limits of core/limits.hpp (nesting,
// members of an object) the text is refused with one problem at the value too deep or the object
// too large; a string or key over its limit is reported at its path and cut. Never throws.
ParsedJson parseJson(std::string_view text);

// The sentence for a syntax error that nlohmann's SAX parser reports through parse_error(position,
// lastToken, error) while reading `text`: `not valid JSON at line 1, column 6: expected ':', got a
// number`. For a reader that drives the SAX parser itself (tools/geoprep's TopoJSON reader).
std::string syntaxErrorMessage(std::string_view text, std::size_t position, std::string_view lastToken,
                               const nlohmann::detail::exception& error);

// A value as compact JSON for a message: `"north"`, `42`, `{"nb":"x"}`; longer than maxChars
// characters, it is cut and ends in "…".
std::string describeJson(const Json& value, std::size_t maxChars = 40);

// A string as a JSON string literal, for messages: north -> "north".
std::string quotedJson(std::string_view text);

}  // namespace vk
