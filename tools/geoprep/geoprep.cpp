#include "geoprep/geoprep.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <span>

#include "core/limits.hpp"

#include "geoprep/clip.hpp"
#include "geoprep/outline.hpp"
#include "geoprep/simplify.hpp"
#include "geoprep/topojson.hpp"
#include "geoprep/triangulate.hpp"

namespace vk::geoprep {

namespace {

// Norway is drawn in full; the others are muted. Sweden, Finland and Russia border Norway and
// fill most views. The context countries show only at the edges or small: Åland (Natural Earth
// keeps it apart from Finland), Denmark, the Faroe Islands, Iceland's east, Shetland and
// Scotland in the start view of a wide canvas, the rest when zoomed out; they are simplified
// more coarsely and lose more islands.
enum class Role { Norway, Neighbour, Context };

struct Country {
    const char* id;  // ISO 3166 numeric, as world-atlas writes it
    const char* name;
    Role role;
};

constexpr Country countries[] = {
    {norwayId, "Norway", Role::Norway},
    {"752", "Sweden", Role::Neighbour},
    {"246", "Finland", Role::Neighbour},
    {"643", "Russia", Role::Neighbour},
    {"248", "Åland", Role::Context},
    {"208", "Denmark", Role::Context},
    {"234", "the Faroe Islands", Role::Context},
    {"352", "Iceland", Role::Context},
    {"826", "the United Kingdom", Role::Context},
    {"233", "Estonia", Role::Context},
    {"428", "Latvia", Role::Context},
    {"440", "Lithuania", Role::Context},
    {"276", "Germany", Role::Context},
    {"616", "Poland", Role::Context},
    {"112", "Belarus", Role::Context},
};

// Transverse Mercator on 15°E puts everything 90° of longitude or more away beyond the pole
// (northing 9 997 964 m and up: the series' corrections vanish at 90° and only push farther
// out beyond it), so a clip box south of this cuts it away and no cut in degrees is needed
// before projecting.
constexpr double clipBoxNorthLimit = 9'950'000;

constexpr double squareMetresPerKm2 = 1e6;

double signedArea(const std::vector<MapPoint>& ring) {
    double sum = 0;
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
        sum += (ring[j].x - ring[i].x) * (ring[j].y + ring[i].y);
    return sum / 2;
}

// Outer ring's area minus the holes', whichever way the rings wind.
double polygonArea(const std::vector<std::vector<MapPoint>>& rings) {
    double area = 0;
    for (std::size_t r = 0; r < rings.size(); ++r) {
        if (rings[r].size() < 3) continue;
        const double a = std::abs(signedArea(rings[r]));
        area += r == 0 ? a : -a;
    }
    return area;
}

MapPoint toGrid(MapPoint p, double gridMetres) {
    return {static_cast<double>(std::llround(p.x / gridMetres)) * gridMetres,
            static_cast<double>(std::llround(p.y / gridMetres)) * gridMetres};
}

bool samePoint(MapPoint a, MapPoint b) { return a.x == b.x && a.y == b.y; }

// An arc in map metres on the asset's grid, cut to the clip box. Its ends stay its ends, so
// arcs still join; repeated points go. Every later step (simplification, triangulation, the
// outline) works on these grid points, so the mesh is checked as it is stored, and a point two
// countries or two arcs share is the same point in both.
std::vector<MapPoint> prepareArc(const std::vector<LonLat>& arc, const MapBox& clipBox, double gridMetres) {
    std::vector<MapPoint> projected;
    projected.reserve(arc.size());
    for (const LonLat& p : arc) projected.push_back(toGrid(project(p), gridMetres));
    const std::vector<MapPoint> clipped = clampPolyline(projected, clipBox);
    std::vector<MapPoint> line;
    line.reserve(clipped.size());
    for (const MapPoint& p : clipped) {
        const MapPoint onGrid = toGrid(p, gridMetres);
        if (line.empty() || !samePoint(line.back(), onGrid)) line.push_back(onGrid);
    }
    if (line.size() == 1 && clipped.size() > 1) line.push_back(line.front());  // keep both ends
    return line;
}

bool insideWindow(const std::vector<LonLat>& ring, const Options& options) {
    for (const LonLat& p : ring)
        if (p.lon < options.mainlandMinLon || p.lon > options.mainlandMaxLon || p.lat < options.mainlandMinLat ||
            p.lat > options.mainlandMaxLat)
            return false;
    return true;
}

bool nearCentralMeridian(const std::vector<LonLat>& ring) {
    for (const LonLat& p : ring)
        if (std::abs(p.lon - 15) < 90) return true;
    return false;
}

// A polygon kept for the asset, its rings as indices into the prepared lines.
struct Piece {
    std::size_t country = 0;
    std::vector<ArcRing> rings;
    MapBox box;  // of its outer ring on the default 50 m grid, whatever the asset's grid
};

std::vector<std::vector<MapPoint>> ringsOf(const Piece& piece, std::span<const std::vector<MapPoint>> lines) {
    std::vector<std::vector<MapPoint>> rings;
    for (const ArcRing& ring : piece.rings) rings.push_back(assembleRing(ring, lines));
    return rings;
}

// Appends a triangulated polygon to a fill layer, keeping only the points triangles use (in ring
// order). False if the triangles do not cover the polygon.
bool appendFill(GeoLayer& layer, const std::vector<std::vector<MapPoint>>& rings, double& coveredArea) {
    std::vector<MapPoint> points;
    for (const auto& ring : rings) points.insert(points.end(), ring.begin(), ring.end());
    const std::vector<std::uint32_t> triangles = triangulatePolygon(rings);
    std::vector<std::int64_t> newIndex(points.size(), -1);
    for (const auto i : triangles) newIndex[i] = 0;
    auto next = static_cast<std::int64_t>(layer.vertices.size());
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (newIndex[i] < 0) continue;
        newIndex[i] = next++;
        layer.vertices.push_back(points[i]);
    }
    // Each triangle starts at its lowest index (a rotation, so it stays counter-clockwise) and
    // triangles go in order of it: the asset stores index deltas, which then stay small.
    std::vector<std::array<std::uint32_t, 3>> ordered;
    coveredArea = 0;
    for (std::size_t t = 0; t < triangles.size(); t += 3) {
        const MapPoint a = points[triangles[t]], b = points[triangles[t + 1]], c = points[triangles[t + 2]];
        coveredArea += ((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x)) / 2;
        std::array<std::uint32_t, 3> triangle;
        for (std::size_t k = 0; k < 3; ++k) triangle[k] = static_cast<std::uint32_t>(newIndex[triangles[t + k]]);
        std::rotate(triangle.begin(), std::min_element(triangle.begin(), triangle.end()), triangle.end());
        ordered.push_back(triangle);
    }
    std::sort(ordered.begin(), ordered.end());
    for (const auto& triangle : ordered) layer.triangles.insert(layer.triangles.end(), triangle.begin(), triangle.end());
    const double area = polygonArea(rings);
    return std::abs(coveredArea - area) <= std::max(1.0, area * 1e-9);
}

double minAreaKm2(Role role, const Options& options) {
    return role == Role::Context ? options.contextMinPolygonAreaKm2 : options.minPolygonAreaKm2;
}

std::string formatKm2(double squareMetres) {
    return std::to_string(std::llround(squareMetres / squareMetresPerKm2)) + " km²";
}

}  // namespace

bool prepareGeoAsset(std::string_view topologyJson, const Options& options, Result& result, std::string& error) {
    result = Result{};
    if (options.gridMetres < 1 || options.gridMetres > static_cast<double>(limits::maxGeoGridMetres) ||
        options.gridMetres != std::round(options.gridMetres)) {
        error = "the grid must be a whole number of metres from 1 to " + std::to_string(limits::maxGeoGridMetres);
        return false;
    }
    if (options.clipBox.empty() || options.clipBox.maxY >= clipBoxNorthLimit) {
        error = "the clip box must be a box south of northing " + std::to_string(std::llround(clipBoxNorthLimit)) + " m";
        return false;
    }
    Topology topology;
    if (!decodeTopology(topologyJson, "countries", topology, error)) return false;

    // 1. The polygons worth projecting: mainland Norway, and neighbour polygons that are not all
    //    on the far side of the globe.
    std::vector<int> lineOfArc(topology.arcs.size(), -1);
    std::vector<std::vector<MapPoint>> lines;
    std::vector<Piece> candidates;
    for (std::size_t c = 0; c < std::size(countries); ++c) {
        const TopoGeometry* geometry = topology.geometry(countries[c].id);
        if (!geometry) {
            error = std::string("the topology has no country with id ") + countries[c].id + " (" + countries[c].name + ")";
            return false;
        }
        for (const TopoPolygon& polygon : geometry->polygons) {
            const auto outer = assembleRing(polygon.rings[0], topology.arcs);
            const bool wanted =
                countries[c].role == Role::Norway ? insideWindow(outer, options) : nearCentralMeridian(outer);
            if (!wanted) continue;
            Piece piece{c, {}, {}};
            // Norway's box (the start view) is measured on the default grid, so that the start
            // map on its coarser grid has the same boxes as the full map (the view does not move
            // when the detail arrives).
            for (const LonLat& p : outer) piece.box.include(toGrid(project(p), defaultGeoGridMetres));
            for (const ArcRing& ring : polygon.rings) {
                ArcRing mapped;
                for (const ArcRef ref : ring) {
                    if (lineOfArc[ref.index] < 0) {
                        lineOfArc[ref.index] = static_cast<int>(lines.size());
                        lines.push_back(prepareArc(topology.arcs[ref.index], options.clipBox, options.gridMetres));
                    }
                    mapped.push_back({static_cast<std::uint32_t>(lineOfArc[ref.index]), ref.reversed});
                }
                piece.rings.push_back(std::move(mapped));
            }
            candidates.push_back(std::move(piece));
        }
    }

    // 2. Drop what is too small to see, including what clipping left of far-away polygons (on
    //    the box's edge, with no area). Number the lines the rest uses, in order of first use.
    std::vector<Piece> pieces;
    std::vector<int> keptLineOf(lines.size(), -1);
    std::vector<std::vector<MapPoint>> keptLines;
    for (Piece& piece : candidates) {
        if (polygonArea(ringsOf(piece, lines)) < minAreaKm2(countries[piece.country].role, options) * squareMetresPerKm2)
            continue;
        for (ArcRing& ring : piece.rings) {
            for (ArcRef& ref : ring) {
                if (keptLineOf[ref.index] < 0) {
                    keptLineOf[ref.index] = static_cast<int>(keptLines.size());
                    keptLines.push_back(lines[ref.index]);
                }
                ref.index = static_cast<std::uint32_t>(keptLineOf[ref.index]);
            }
        }
        pieces.push_back(std::move(piece));
    }

    // 3. Simplify every line once (a border two countries share stays one line): as finely as
    //    Norway needs if it is Norway's; else as coarsely as context if a context country has it
    //    (Russia's borders with Belarus and the Baltic states are far from Norway, and drawn
    //    muted like the rest); else as a neighbour.
    std::vector<bool> norwayHas(keptLines.size(), false), contextHas(keptLines.size(), false);
    for (const Piece& piece : pieces) {
        const Role role = countries[piece.country].role;
        for (const ArcRing& ring : piece.rings) {
            for (const ArcRef ref : ring) {
                if (role == Role::Norway) norwayHas[ref.index] = true;
                if (role == Role::Context) contextHas[ref.index] = true;
            }
        }
    }
    auto toleranceAt = [&](std::size_t line, MapPoint p) {
        if (norwayHas[line]) return options.toleranceMetres;
        const double outside = std::hypot(std::max({options.reach.minX - p.x, 0.0, p.x - options.reach.maxX}),
                                          std::max({options.reach.minY - p.y, 0.0, p.y - options.reach.maxY}));
        const double insideReach = contextHas[line] ? options.contextToleranceMetres : options.neighbourToleranceMetres;
        return std::max(insideReach, outside * options.neighbourToleranceGrowth);
    };
    const std::vector<std::vector<MapPoint>> simplified = simplifyLines(keptLines, toleranceAt);

    // 4. Triangles, and the outlines the widget draws over them.
    GeoLayer neighbours{"neighbours", {}, {}, {}};
    GeoLayer norway{"norway", {}, {}, {}};
    MapBox norwayBox;
    for (const Piece& piece : pieces) {
        const bool isNorway = countries[piece.country].role == Role::Norway;
        if (isNorway) {
            norwayBox.includeBox(piece.box);
            for (auto& ring : ringsOf(piece, keptLines)) result.norwayRingsBefore.push_back(std::move(ring));
        }
        const auto rings = ringsOf(piece, simplified);
        auto& ringsAfter = isNorway ? result.norwayRingsAfter : result.neighbourRingsAfter;
        ringsAfter.insert(ringsAfter.end(), rings.begin(), rings.end());
        double covered = 0;
        if (!appendFill(isNorway ? norway : neighbours, rings, covered)) {
            error = std::string("a polygon of ") + countries[piece.country].name + " did not triangulate (the triangles cover " +
                    formatKm2(covered) + " of " + formatKm2(polygonArea(rings)) + ")";
            return false;
        }
    }
    if (norwayBox.empty()) {
        error = "no polygon of Norway lies in the mainland window";
        return false;
    }

    GeoAsset& asset = result.asset;
    asset.gridMetres = options.gridMetres;
    asset.layers.push_back(std::move(neighbours));
    asset.layers.push_back(std::move(norway));
    for (GeoLayer& layer : asset.layers) layer.outline = outlineOf(layer, options.clipBox, options.gridMetres);

    const double pad = options.norwayBoundsPaddingMetres;
    asset.norwayBounds = {norwayBox.minX - pad, norwayBox.minY - pad, norwayBox.maxX + pad, norwayBox.maxY + pad};
    asset.extent.includeBox(asset.norwayBounds);
    for (const GeoLayer& layer : asset.layers)
        for (const MapPoint& v : layer.vertices) asset.extent.include(v);
    asset.clipBox = options.clipBox;
    return true;
}

std::string summarise(const GeoAsset& asset, std::size_t encodedBytes) {
    std::size_t vertices = 0, triangles = 0, segments = 0;
    std::string layers;
    for (const GeoLayer& layer : asset.layers) {
        vertices += layer.vertices.size();
        triangles += layer.triangles.size() / 3;
        segments += layer.outline.size() / 2;
        layers += (layers.empty() ? "" : ", ") + layer.name + " " + std::to_string(layer.vertices.size()) + " v / " +
                  std::to_string(layer.triangles.size() / 3) + " t / " + std::to_string(layer.outline.size() / 2) + " s";
    }
    return std::to_string(asset.layers.size()) + " layers, " + std::to_string(vertices) + " vertices, " +
           std::to_string(triangles) + " triangles, " + std::to_string(segments) + " segments, " +
           std::to_string(encodedBytes) + " bytes, " + std::to_string(std::llround(asset.gridMetres)) + " m grid (" +
           layers + ")";
}

}  // namespace vk::geoprep
