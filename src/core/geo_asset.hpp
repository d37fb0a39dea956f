// The prepared map geometry (assets/geo/norway.vkgeo): what tools/geoprep writes and the widget
// reads at start. Triangles and outlines in map metres, compact and gzip-friendly; the outlines
// are made by tools/geoprep (outline.hpp), so the widget only uploads them.
// Pure data and byte coding: never include GL, ImGui or Emscripten here.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/geo.hpp"

namespace vk {

// One fill of the map, e.g. "norway" or "neighbours": its triangles and the outline drawn over
// them (Norway's coast and borders, the neighbours' coasts and borders), both as indices into the
// same vertices.
struct GeoLayer {
    std::string name;
    std::vector<MapPoint> vertices;        // map metres
    std::vector<std::uint32_t> triangles;  // 3 indices per triangle, counter-clockwise
    std::vector<std::uint32_t> outline;    // 2 indices per line segment
};

// Positions are stored on a grid of so many whole metres, given in each file's header. 50 m, the
// default, moves a point at most 25 m along each axis: under half a pixel at the closest zoom the
// widget allows (60 m per pixel), and a quarter of the source's own step (world-atlas quantizes
// Natural Earth 1:10m to 0.0036° of longitude and 0.0017° of latitude: 140 to 200 m in Norway).
// The start map uses a coarser grid (tools/geoprep/geoprep.hpp, startOptions()).
inline constexpr double defaultGeoGridMetres = 50.0;

struct GeoAsset {
    double gridMetres = defaultGeoGridMetres;  // a whole number of metres, 1 to limits::maxGeoGridMetres
    MapBox norwayBounds;  // mainland Norway (Lindesnes, Nordkapp, Grense Jakobselv): the start view
    MapBox extent;        // everything in the asset
    MapBox clipBox;       // neighbours were cut to this box (their outlines leave the cuts out)
    std::vector<GeoLayer> layers;

    const GeoLayer* layer(const std::string& name) const;
};

// Serialises an asset: magic "VKGEO", format 3, the grid in metres (a varint), the three boxes
// as doubles, then per layer its name; its vertices (grid steps from the previous vertex, zig-zag
// varints); its triangles (a count, then each triangle's first index as a step from the previous
// triangle's first index and its other two as steps from its first); and its outline (a count of
// segments, then each segment's start as a step from the previous segment's end and its end as a
// step from its start). Vertices in ring order, triangles sorted by their first index and segments
// in ring order (tools/geoprep) keep the steps small and repetitive, which is what gzip needs: a
// ring's segments are all (0, +1) or (0, -1). Vertices are rounded to the asset's grid.
std::vector<std::uint8_t> encodeGeoAsset(const GeoAsset& asset);

// Reads an asset written by encodeGeoAsset(). On malformed input returns false and sets error to
// a sentence saying what is wrong and at which byte offset; asset is then unspecified.
bool decodeGeoAsset(std::span<const std::uint8_t> bytes, GeoAsset& asset, std::string& error);

}  // namespace vk
