// The limits on JSON text that base's parser (base/json_io.hpp) and reader (base/json_reader.hpp)
// keep, whatever the document: each bounds the work or the memory that a hostile or broken text
// can ask for. The data file's own limits, which need its format, are in core/limits.hpp.
// std only.
#pragma once

#include <cstddef>

namespace vk::limits {

// Objects and arrays nest 6 deep in the format (/nominees/0/initiatives/0/title/nb). Every walk of a
// document that recurses (writing it out, copying it, ordering the problems) is then at most this
// deep, so no file can overflow the stack. A deeper file is refused whole, at the path of the first
// value too deep: `nesting deeper than 32 levels (the format needs 6)`.
inline constexpr std::size_t maxNestingDepth = 32;

// The longest text in the shipped file is 364 bytes (a summary). A longer string (value or key)
// is reported at its path and cut to the limit, so its entry is left out as for any other problem:
// `expected a string of at most 4096 bytes, got 5000 bytes`.
inline constexpr std::size_t maxStringBytes = 4096;

// Keys in the format are at most 19 bytes ("populationThreshold"). A longer key is reported at its
// object and cut, which also keeps every JSON Pointer short (at most maxNestingDepth keys):
// `expected a key of at most 64 bytes, got one of 100 bytes`.
inline constexpr std::size_t maxKeyBytes = 64;

// The largest object in the format, a nominee, has 11 keys. nlohmann's ordered_json finds a key by a linear
// search, so an object of n keys costs n^2 to read; this bounds it. A larger object is
// refused whole, at its path: `/nominees/0: an object with more than 256 members (the format needs 11)`.
inline constexpr std::size_t maxObjectMembers = 256;

// A file with more problems than this is refused whole: nobody reads past the first screenful,
// and the cap bounds the memory a file of many small mistakes takes (each problem holds its path
// and message). ./validate lists the first ones and ends with
// `more than 1000 problems; only the first 1000 are listed`.
inline constexpr std::size_t maxProblems = 1000;

// "Did you mean" suggestions compare a word with each defined id (a bounded edit distance). Only
// lists of up to this many ids are searched: a longer list is itself a problem already reported
// (at most 14 themes), and searching it for every undefined id would grow with their product.
inline constexpr std::size_t maxSuggestionCandidates = 64;

}  // namespace vk::limits
