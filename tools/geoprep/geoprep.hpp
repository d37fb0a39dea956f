// geoprep's pipeline: world-atlas countries-10m.json (Natural Earth 1:10m as TopoJSON) -> the
// map geometry the widget loads (assets/geo/norway.vkgeo). A library so the unit tests can
// regenerate the committed asset and compare it byte for byte. Links vk_core and vk_geometry.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/geo.hpp"
#include "core/geo_asset.hpp"

namespace vk::geoprep {

// ISO 3166 numeric ids as world-atlas writes them.
inline constexpr const char* norwayId = "578";
inline constexpr const char* swedenId = "752";
inline constexpr const char* finlandId = "246";
inline constexpr const char* russiaId = "643";

// Everything that decides the output; the defaults make the committed asset.
struct Options {
    // Douglas–Peucker tolerance in map metres for every line of Norway's outline (borders shared
    // with a neighbour included): at 300 m/px an error of at most one pixel, so the fjords keep
    // their shape. Measured: 250 m costs 4 KB more gzipped, 400 m saves 7 KB but is off by more
    // than a pixel at 300 m/px, and the camera zooms closer still.
    double toleranceMetres = 300;

    // For lines only the neighbours use, inside `reach`: drawn muted, they can be coarser
    // (2 px at 300 m/px). Measured: 300 m like Norway makes the asset 124 KB gzipped, not 110.
    double neighbourToleranceMetres = 600;

    // Where the camera may put the view's centre: vk::mapLimits() grows Norway's box by a quarter
    // of its size on every side (the geoprep test checks that the two agree).
    MapBox reach = {-357'000, 6'080'500, 1'410'700, 8'313'300};

    // Beyond reach, neighbours get coarser with distance: d metres outside reach, the tolerance
    // is d / 100. Such a point is on screen only when the view spans d from its centre, i.e. at
    // d / 400 metres per pixel or more on an 800 px canvas: there the error is at most 4 px at
    // the canvas edge, and less as the view zooms out. Measured: d / 200 costs 7 KB more.
    double neighbourToleranceGrowth = 1.0 / 100;

    // Polygons (islands, and what clipping leaves of polygons outside the box) smaller than this
    // are dropped: 1.5 km² is about four pixels at 600 m/px. No mainland Norway polygon is.
    double minPolygonAreaKm2 = 1.5;

    // Norway's polygons count as mainland when all their points lie in this lon/lat window: it
    // leaves out Svalbard, Jan Mayen and Bouvet Island.
    double mainlandMinLon = 4, mainlandMaxLon = 32, mainlandMinLat = 57, mainlandMaxLat = 71.6;

    // Neighbours are cut to this box in map metres: what a 16:9 canvas sees with its centre at
    // the edge of reach, zoomed out as far as the camera allows (1.25 times the start view, which
    // fits Norway's 1 489 km height with 5 % padding): about 1 840 km to either side and
    // 1 030 km up and down. Stored in the asset, so the widget knows which fill edges are cuts.
    MapBox clipBox = {-2'200'000, 5'040'000, 3'250'000, 9'350'000};

    // Grown around mainland Norway's own box for norwayBounds: Natural Earth 1:10m ends up to
    // about 1.5 km short of the true capes (Lindesnes, Nordkapp), which the start view must show.
    double norwayBoundsPaddingMetres = 2000;
};

// The asset and what the tests want to look at besides it.
struct Result {
    GeoAsset asset;
    // Mainland Norway's rings in map metres on the asset's grid, before and after simplification.
    std::vector<std::vector<MapPoint>> norwayRingsBefore;
    std::vector<std::vector<MapPoint>> norwayRingsAfter;
    // The other countries' rings as the neighbours fill has them (cut and simplified).
    std::vector<std::vector<MapPoint>> neighbourRingsAfter;
};

// Runs the pipeline on the text of a TopoJSON file with an object "countries". On failure
// returns false and sets error to one sentence (a bad topology, a missing country, a polygon that
// would not triangulate). Same input and options, same asset, to the byte.
bool prepareGeoAsset(std::string_view topologyJson, const Options& options, Result& result, std::string& error);

// "2 layers, 31415 vertices, 20000 triangles, 123456 bytes (neighbours 9000 v / 8000 t, ...)"
std::string summarise(const GeoAsset& asset, std::size_t encodedBytes);

}  // namespace vk::geoprep
