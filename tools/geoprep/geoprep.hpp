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

// Norway's ISO 3166 numeric id as world-atlas writes it (geoprep.cpp lists the other countries).
inline constexpr const char* norwayId = "578";

// Everything that decides the output; the defaults make the committed asset. Sizes below are of
// the whole asset, gzip -9 (assets/geo/README.md has the full account).
struct Options {
    // The grid every point is put on as soon as it is projected, in whole metres (stored in the
    // file's header): 50 m is under half a pixel at the closest zoom (60 m/px), see
    // vk::defaultGeoGridMetres. Simplification, triangulation and the outlines all work on the
    // grid points, so what geoprep checks is what the file holds.
    double gridMetres = defaultGeoGridMetres;

    // Douglas–Peucker tolerance in map metres for every line of Norway's outline (borders shared
    // with a neighbour included): at 300 m/px an error of at most one pixel, so the fjords keep
    // their shape; more is off by more than a pixel there, and the camera zooms closer still.
    // What other values cost or save: assets/geo/README.md, "What each option costs".
    double toleranceMetres = 300;

    // For lines of Sweden, Finland and Russia inside `reach`: drawn muted, they can be coarser
    // (2 px at 300 m/px).
    double neighbourToleranceMetres = 600;

    // For lines of the context countries (Åland, Denmark, the Faroe Islands, Iceland, the United
    // Kingdom, the Baltic states, Germany, Poland, Belarus), their borders with Russia included:
    // they show at the edges of a view, a pixel off at the start view (about 2 km/px).
    double contextToleranceMetres = 2000;

    // Where the camera may put the view's centre: vk::mapLimits() grows Norway's box by a quarter
    // of its size on every side (the geoprep test checks that the two agree).
    MapBox reach = {-357'000, 6'080'500, 1'410'700, 8'313'300};

    // Beyond reach, neighbours get coarser with distance: d metres outside reach, the tolerance
    // is d / 100. Such a point is on screen only when the view spans d from its centre, i.e. at
    // d / 400 metres per pixel or more on an 800 px canvas: there the error is at most 4 px at
    // the canvas edge, and less as the view zooms out.
    double neighbourToleranceGrowth = 1.0 / 100;

    // Polygons of Norway, Sweden, Finland and Russia (islands, and what clipping leaves of
    // polygons outside the box) smaller than this are dropped: 1.5 km² is about four pixels at
    // 600 m/px. No mainland Norway polygon is; 1:10m has few islands that small.
    double minPolygonAreaKm2 = 1.5;

    // The same for the context countries: 100 km² keeps Fasta Åland, Læsø, Samsø, Bornholm and
    // Shetland's Mainland and drops the specks.
    double contextMinPolygonAreaKm2 = 100;

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

// The start map (assets/geo/norway-start.vkgeo, `geoprep --start`): what the widget fetches
// before its first frame, and so part of the first load's byte budget. It is drawn only until the
// full map arrives, moments after ready. Norway within 3 200 m, one to two CSS pixels at the start
// view; Sweden, Finland and Russia, muted, within about eight pixels; none of the countries beyond
// them (they come with the full map). Same boxes as the full asset, so the start view and limits
// do not move when it arrives.
//
// Its grid is 1 000 m: a point moves at most 500 m along each axis, under half a device pixel at
// the start view on a 2x screen, and far under the 3 200 m the outline may already be off. The
// coarser the grid, the smaller the vertices' steps. assets/geo/README.md has the sizes each
// choice gave.
inline Options startOptions() {
    Options o;
    o.gridMetres = 1000;
    o.toleranceMetres = 3200;
    o.neighbourToleranceMetres = 20000;
    o.contextToleranceMetres = 30000;
    o.neighbourToleranceGrowth = 1.0 / 20;
    o.minPolygonAreaKm2 = 8;
    o.contextMinPolygonAreaKm2 = 1e9;  // none: the context countries come with the full map
    return o;
}

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
