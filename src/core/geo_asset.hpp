// The prepared map geometry (assets/geo/norway.vkgeo): what tools/geoprep writes and the widget
// reads at start. Triangles and outlines in map metres, compact and gzip-friendly.
// Pure data and byte coding: never include GL, ImGui or Emscripten here.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/geo.hpp"

namespace vk {

enum class LayerKind : std::uint8_t {
    Fill = 0,     // indices are triangles (3 per triangle)
    Outline = 1,  // indices are line segments (2 per segment)
};

// One drawable piece of the map, e.g. "norway" (fill), "neighbours" (fill), "coast" (outline).
struct GeoLayer {
    std::string name;
    LayerKind kind = LayerKind::Fill;
    std::vector<MapPoint> vertices;      // map metres
    std::vector<std::uint32_t> indices;  // into vertices
};

struct GeoAsset {
    MapBox norwayBounds;  // mainland Norway (Lindesnes, Nordkapp, Grense Jakobselv): the start view
    MapBox extent;        // everything in the asset
    MapBox clipBox;       // neighbours are cut to this box: fill edges along it are cuts, not coasts
    std::vector<GeoLayer> layers;

    const GeoLayer* layer(const std::string& name) const;
};

// The boundary of a fill layer's triangles as an outline layer called name: every edge (a pair of
// vertex indices, either way round) that exactly one triangle uses, as that triangle runs (so
// counter-clockwise triangles give the fill's outer rings counter-clockwise and its holes
// clockwise), in the order of the triangles. Edges two triangles share are not outline: those
// inside the mesh, and both sides of a bridge the triangulation cut from a hole to its outer ring.
// Edges with both ends on the same side of skipEdgesOn (within half the grid) are left out: that
// is where clipping cut a country off, not its coast; an empty box skips nothing. The outline
// keeps all of fill's vertices in their order, so an index means the same point in both. fill's
// indices must be valid (decodeGeoAsset checks them); a layer that is not a fill, or has no
// triangles, gives an outline without segments.
GeoLayer outlineOf(const GeoLayer& fill, std::string name, const MapBox& skipEdgesOn);

// Positions are stored on a grid of this many metres, so a point moves at most 25 m along each
// axis: under half a pixel at the closest zoom the widget allows (60 m per pixel), and a quarter
// of the source's own step (world-atlas quantizes Natural Earth 1:10m to 0.0036° of longitude
// and 0.0017° of latitude: 140 to 200 m in Norway).
inline constexpr double geoAssetGridMetres = 50.0;

// Serialises an asset: magic "VKGEO", format 2, the three boxes as doubles, then per layer its
// name, kind, vertices (grid steps from the previous vertex, zig-zag varints) and primitives
// (each primitive's first index as a step from the previous primitive's first index, its other
// indices as steps from its first; zig-zag varints). Vertices in ring order and triangles sorted
// by their first index keep the steps small and repetitive, which is what gzip needs.
std::vector<std::uint8_t> encodeGeoAsset(const GeoAsset& asset);

// Reads an asset written by encodeGeoAsset(). On malformed input returns false and sets error to
// a sentence saying what is wrong and at which byte offset; asset is then unspecified.
bool decodeGeoAsset(std::span<const std::uint8_t> bytes, GeoAsset& asset, std::string& error);

}  // namespace vk
