// Every limit on the widget's outside input: what the widget and ./validate refuse, and why each
// value. Nothing here is a tuning knob; each bounds the work or the memory that a hostile or broken
// file can ask for, far above what a real file needs. docs/DATA.md states the same limits. The
// limits on any JSON text (nesting, strings, keys, members, problems) are in base/limits.hpp.
// std only: never include GL, ImGui or Emscripten here.
#pragma once

#include <cstddef>
#include <cstdint>

#include "base/limits.hpp"  // the limits on any JSON text: nesting, strings, keys, members, problems

namespace vk::limits {

// ---- The data file (data/nominees.json), checked by loadNominees() and parseJson() ----

// The shipped file is some tens of KB for six nominees; next year's may grow, not twentyfold. A larger file
// is refused whole, before it is parsed: `the file is 1048577 bytes; the limit is 1048576 bytes (1 MiB)`.
inline constexpr std::size_t maxDataFileBytes = 1024 * 1024;

// Six nominees a year; each has at most 10 initiatives and 2 partners in the shipped file. Longer
// lists are reported (`expected 1 to 50 nominees, got 51`), and the page shows at most this many
// nominees, so that drawing, label placement and comparison never face thousands of entries.
inline constexpr std::size_t maxNominees = 50;
// Initiatives of a nominee, and the partners, organisers and region members lists.
inline constexpr std::size_t maxListItems = 50;

// ---- The geometry file (assets/geo/norway.vkgeo), checked by decodeGeoAsset() ----

// The shipped assets (assets/geo/README.md gives their sizes) have 2 layers each. A layer's vertices, triangles and segments are each
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
