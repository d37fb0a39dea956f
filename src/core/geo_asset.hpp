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
    std::vector<GeoLayer> layers;

    const GeoLayer* layer(const std::string& name) const;
};

// Positions are stored on a grid of this many metres (far below a screen pixel at any zoom the
// widget allows).
inline constexpr double geoAssetGridMetres = 10.0;

// Serialises an asset: magic "VKGEO", format 1, then per layer delta-coded varints.
std::vector<std::uint8_t> encodeGeoAsset(const GeoAsset& asset);

// Reads an asset written by encodeGeoAsset(). On malformed input returns false and sets error to
// a sentence saying what is wrong and at which byte offset; asset is then unspecified.
bool decodeGeoAsset(std::span<const std::uint8_t> bytes, GeoAsset& asset, std::string& error);

}  // namespace vk
