// Every limit on outside input in one place: what the widget and ./validate refuse, and why each
// value. Nothing here is a tuning knob; each bounds the work or the memory that a hostile or broken
// file can ask for, far above what a real file needs. docs/DATA.md states the same limits.
// std only: never include GL, ImGui or Emscripten here.
#pragma once

#include <cstddef>
#include <cstdint>

namespace vk::limits {

// ---- The data file (data/nominees.json), checked by loadNominees() and parseJson() ----

// The shipped file is 55 KB for six nominees; next year's may grow, not twentyfold. A larger file
// is refused whole, before it is parsed: `the file is 1048577 bytes; the limit is 1048576 bytes (1 MiB)`.
inline constexpr std::size_t maxDataFileBytes = 1024 * 1024;

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

// The largest object in the format, a nominee, has 11 keys. core's Json finds a key by a linear
// search, so an object of n keys costs n^2 to read; this bounds it. A larger object is
// refused whole, at its path: `/nominees/0: an object with more than 256 members (the format needs 11)`.
inline constexpr std::size_t maxObjectMembers = 256;

// A file with more problems than this is refused whole: nobody reads past the first screenful,
// and the cap bounds the memory a file of many small mistakes takes (each problem holds its path
// and message). ./validate lists the first ones and ends with
// `more than 1000 problems; only the first 1000 are listed`.
inline constexpr std::size_t maxProblems = 1000;

// Six nominees a year; each has at most 10 initiatives and 2 partners in the shipped file. Longer
// lists are reported (`expected 1 to 50 nominees, got 51`), and the page shows at most this many
// nominees, so that drawing, label placement and comparison never face thousands of entries.
inline constexpr std::size_t maxNominees = 50;
// Initiatives of a nominee, and the partners, organisers and region members lists.
inline constexpr std::size_t maxListItems = 50;

// "Did you mean" suggestions compare a word with each defined id (a bounded edit distance). Only
// lists of up to this many ids are searched: a longer list is itself a problem already reported
// (at most 14 themes), and searching it for every undefined id would grow with their product.
inline constexpr std::size_t maxSuggestionCandidates = 64;

// ---- The geometry file (assets/geo/norway.vkgeo), checked by decodeGeoAsset() ----

// The shipped assets are 117 KB (detail) and 25 KB (start) with 2 layers each. A layer's vertices, triangles and segments are each
// bounded by the file's own size (a vertex takes at least two bytes, an index one); these bound
// what reaches the GPU.
inline constexpr std::uint64_t maxGeoLayers = 64;
inline constexpr std::uint64_t maxGeoLayerNameBytes = 64;
// The grid a file stores its positions on, in whole metres (the shipped files use 50 and 500).
inline constexpr std::uint64_t maxGeoGridMetres = 10'000;
// Metres from the origin of the map's plane: 100,000 km, far outside the earth's transverse
// Mercator plane (about 20,000 by 40,000 km), yet small enough that no sum of grid steps (at
// least a metre each) can overflow a 64-bit integer and every coordinate is exact as a double.
// Vertices and the boxes in the header must be within it (the boxes also finite and ordered).
inline constexpr std::int64_t maxGeoPlaneMetres = 100'000'000;

}  // namespace vk::limits
