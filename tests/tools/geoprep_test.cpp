// geoprep's pipeline against the real data: the committed asset is exactly what the pipeline
// makes from world-atlas, simplification added no self-intersection to Norway, the start view
// spans the mainland's extremes, the fill has mainland Norway's area, the neighbours cover the
// land around Norway, and the outlines stored with the fills are the countries' rings. The start
// map, on its coarser grid, has a sound mesh whose borders still meet.
//
// Two tests run the pipeline on the 3.6 MB topology (about a second each in a debug build); the
// others read the committed asset, which the first test proves current.
#include "common/read_file.hpp"
#include "geoprep/geoprep.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "core/camera.hpp"
#include "core/geo_asset.hpp"
#include "geoprep/outline.hpp"
#include "geoprep/simplify.hpp"
#include "geoprep/triangulate.hpp"

namespace {

const char* const worldAtlasPath = VK_SOURCE_DIR "/web/node_modules/world-atlas/countries-10m.json";
const char* const assetPath = VK_SOURCE_DIR "/assets/geo/norway.vkgeo";
const char* const startPath = VK_SOURCE_DIR "/assets/geo/norway-start.vkgeo";

// The pipeline run on world-atlas with the default options; fails the test if it cannot.
vk::geoprep::Result runPipeline(const vk::geoprep::Options& options = {}) {
    std::string json, error;
    vk::geoprep::Result result;
    if (!vk::tools::readInto(worldAtlasPath, json)) {
        ADD_FAILURE() << "cannot read " << worldAtlasPath << ": run scripts/setup.sh (npm ci in web/)";
        return result;
    }
    EXPECT_TRUE(vk::geoprep::prepareGeoAsset(json, options, result, error)) << error;
    return result;
}

std::vector<std::uint8_t> committedBytes(const char* path = assetPath) {
    std::string text;
    EXPECT_TRUE(vk::tools::readInto(path, text)) << "cannot read " << path;
    return {text.begin(), text.end()};
}

vk::GeoAsset committedAsset(const char* path = assetPath) {
    vk::GeoAsset asset;
    std::string error;
    EXPECT_TRUE(vk::decodeGeoAsset(committedBytes(path), asset, error)) << error;
    return asset;
}

// Twice the signed area of a layer's triangle t (counter-clockwise: positive).
double twiceArea(const vk::GeoLayer& layer, std::size_t t) {
    const auto a = layer.vertices[layer.triangles[3 * t]], b = layer.vertices[layer.triangles[3 * t + 1]],
               c = layer.vertices[layer.triangles[3 * t + 2]];
    return (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
}

double fillArea(const vk::GeoLayer& layer) {
    double area = 0;
    for (std::size_t t = 0; t < layer.triangles.size() / 3; ++t) area += twiceArea(layer, t) / 2;
    return area;
}

bool contains(const vk::MapBox& box, vk::MapPoint p) {
    return p.x >= box.minX && p.x <= box.maxX && p.y >= box.minY && p.y <= box.maxY;
}

TEST(Geoprep, RegeneratesTheCommittedAssetByteForByte) {
    const auto result = runPipeline();
    const auto regenerated = vk::encodeGeoAsset(result.asset);
    const auto committed = committedBytes();
    EXPECT_EQ(regenerated.size(), committed.size());
    EXPECT_TRUE(regenerated == committed)
        << "assets/geo/norway.vkgeo is not what geoprep makes; regenerate it as assets/geo/README.md says";
}

// The coarse map the widget draws first (geoprep --start): current, smaller, and with the same
// boxes as the full asset, so swapping in the detail after ready moves neither view nor limits.
TEST(Geoprep, RegeneratesTheCommittedStartMapWithTheFullMapsBoxes) {
    const auto regenerated = vk::encodeGeoAsset(runPipeline(vk::geoprep::startOptions()).asset);
    const auto committed = committedBytes(startPath);
    EXPECT_TRUE(regenerated == committed)
        << "assets/geo/norway-start.vkgeo is not what geoprep --start makes; regenerate it as assets/geo/README.md says";
    EXPECT_LT(committed.size() * 2, committedBytes().size());
    vk::GeoAsset start, full = committedAsset();
    std::string error;
    ASSERT_TRUE(vk::decodeGeoAsset(committed, start, error)) << error;
    for (auto [a, b] : {std::pair{start.norwayBounds, full.norwayBounds}, std::pair{start.clipBox, full.clipBox}}) {
        EXPECT_EQ(a.minX, b.minX);
        EXPECT_EQ(a.minY, b.minY);
        EXPECT_EQ(a.maxX, b.maxX);
        EXPECT_EQ(a.maxY, b.maxY);
    }
}

TEST(Geoprep, SimplificationAddsNoSelfIntersectionToNorway) {
    const auto result = runPipeline();
    ASSERT_FALSE(result.norwayRingsAfter.empty());
    ASSERT_EQ(result.norwayRingsAfter.size(), result.norwayRingsBefore.size());
    // None, or at least no more than the source had (it has a few where Natural Earth's
    // quantized coast touches itself).
    const std::size_t after = vk::countIntersections(result.norwayRingsAfter);
    const std::size_t allowed = after == 0 ? 0 : vk::countIntersections(result.norwayRingsBefore);
    EXPECT_LE(after, allowed);
    std::size_t pointsBefore = 0, pointsAfter = 0;
    for (const auto& ring : result.norwayRingsBefore) pointsBefore += ring.size();
    for (const auto& ring : result.norwayRingsAfter) pointsAfter += ring.size();
    EXPECT_LT(pointsAfter, pointsBefore) << "and it does simplify";
}

TEST(Geoprep, HasTheLayersTheRendererDraws) {
    // Two fills, each with its outline ("coast" and "borders" in the renderer), in both files.
    for (const char* path : {assetPath, startPath}) {
        const vk::GeoAsset asset = committedAsset(path);
        ASSERT_EQ(asset.layers.size(), 2u) << path;
        for (const char* name : {"neighbours", "norway"}) {
            const vk::GeoLayer* layer = asset.layer(name);
            ASSERT_NE(layer, nullptr) << path << " " << name;
            EXPECT_FALSE(layer->triangles.empty()) << path << " " << name;
            EXPECT_FALSE(layer->outline.empty()) << path << " " << name;
            for (const auto& v : layer->vertices) {
                ASSERT_TRUE(contains(asset.extent, v)) << path << " " << name << " vertex outside the extent";
                ASSERT_TRUE(contains(asset.clipBox, v)) << path << " " << name << " vertex outside the clip box";
            }
        }
    }
}

TEST(Geoprep, EachFileSaysItsGrid) {
    EXPECT_EQ(committedAsset(assetPath).gridMetres, 50.0);
    EXPECT_EQ(committedAsset(startPath).gridMetres, vk::geoprep::startOptions().gridMetres) << "the start map: geoprep --start";
    EXPECT_EQ(committedAsset(assetPath).gridMetres, vk::geoprep::Options{}.gridMetres) << "the detail file: geoprep's defaults";
}

TEST(Geoprep, StoredOutlinesAreTheBoundariesOfTheStoredTriangles) {
    // Checked from the triangles themselves, not with outlineOf (which made them): each stored
    // segment is an edge that exactly one triangle uses, the way that triangle runs.
    for (const char* path : {assetPath, startPath}) {
        const vk::GeoAsset asset = committedAsset(path);
        for (const vk::GeoLayer& layer : asset.layers) {
            std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;  // directed, as the triangles run
            for (std::size_t t = 0; t + 2 < layer.triangles.size(); t += 3)
                for (int k = 0; k < 3; ++k) edges.emplace_back(layer.triangles[t + k], layer.triangles[t + (k + 1) % 3]);
            std::sort(edges.begin(), edges.end());
            std::size_t notBoundary = 0;
            for (std::size_t i = 0; i + 1 < layer.outline.size(); i += 2) {
                const std::pair<std::uint32_t, std::uint32_t> edge{layer.outline[i], layer.outline[i + 1]}, back{edge.second, edge.first};
                const auto uses = std::equal_range(edges.begin(), edges.end(), edge);
                const bool once = uses.second - uses.first == 1 && !std::binary_search(edges.begin(), edges.end(), back);
                if (!once) ++notBoundary;
            }
            EXPECT_EQ(notBoundary, 0u) << path << " " << layer.name << ": segments that are not the edge of exactly one triangle";
        }
    }
}

// Where two layers meet: the length of the segments of one layer's outline that the other
// layer's outline has too, the other way round (a land border drawn by both).
double sharedBorderLength(const vk::GeoLayer& a, const vk::GeoLayer& b) {
    std::vector<std::pair<std::pair<double, double>, std::pair<double, double>>> reversed;
    for (std::size_t s = 0; s + 1 < b.outline.size(); s += 2) {
        const vk::MapPoint from = b.vertices[b.outline[s]], to = b.vertices[b.outline[s + 1]];
        reversed.push_back({{to.x, to.y}, {from.x, from.y}});
    }
    std::sort(reversed.begin(), reversed.end());
    double length = 0;
    for (std::size_t s = 0; s + 1 < a.outline.size(); s += 2) {
        const vk::MapPoint from = a.vertices[a.outline[s]], to = a.vertices[a.outline[s + 1]];
        if (std::binary_search(reversed.begin(), reversed.end(), std::pair{std::pair{from.x, from.y}, std::pair{to.x, to.y}}))
            length += std::hypot(to.x - from.x, to.y - from.y);
    }
    return length;
}

TEST(Geoprep, NorwaysLandBordersMeetTheNeighboursOnBothGrids) {
    // Norway's borders with Sweden (1 630 km), Finland (730 km) and Russia (196 km): every point
    // is one shared arc's, put on the grid once, so both layers have the same segments, however
    // coarse the grid and the simplification.
    for (const char* path : {assetPath, startPath}) {
        const vk::GeoAsset asset = committedAsset(path);
        const vk::GeoLayer *norway = asset.layer("norway"), *neighbours = asset.layer("neighbours");
        ASSERT_NE(norway, nullptr);
        ASSERT_NE(neighbours, nullptr);
        const double km = sharedBorderLength(*norway, *neighbours) / 1000;
        EXPECT_GT(km, 2'000) << path;
        EXPECT_LT(km, 3'000) << path;
        EXPECT_DOUBLE_EQ(sharedBorderLength(*neighbours, *norway), km * 1000) << path;
    }
}

TEST(Geoprep, StartMapOnItsCoarseGridHasNoFlatOrFlippedTriangle) {
    // The start map's points are put on its coarse grid before it is simplified and triangulated,
    // so every triangle is made from the points as stored: none is flat (the triangulation drops
    // those) and none runs clockwise (it would overlap its neighbours), and the triangles of each
    // layer add up to the area of its rings (geoprep checks that polygon by polygon).
    for (const char* path : {assetPath, startPath}) {
        const vk::GeoAsset asset = committedAsset(path);
        for (const vk::GeoLayer& layer : asset.layers) {
            std::size_t flat = 0, flipped = 0;
            for (std::size_t t = 0; t < layer.triangles.size() / 3; ++t) {
                const double a = twiceArea(layer, t);
                flat += a == 0;
                flipped += a < 0;
            }
            EXPECT_EQ(flat, 0u) << path << " " << layer.name;
            EXPECT_EQ(flipped, 0u) << path << " " << layer.name;
        }
    }
    // And the coarse Norway covers about what the full one does (simplifying on a coarse grid
    // moves the coast back and forth; it does not shrink the country).
    const double full = fillArea(*committedAsset(assetPath).layer("norway")),
                 start = fillArea(*committedAsset(startPath).layer("norway"));
    EXPECT_NEAR(start, full, full * 0.02);
}

TEST(Geoprep, NorwayBoundsSpanTheMainlandExtremes) {
    const vk::GeoAsset asset = committedAsset();
    const vk::MapPoint lindesnes = vk::project({7.047, 57.98}), nordkapp = vk::project({25.784, 71.17}),
                       grenseJakobselv = vk::project({30.9, 69.78}), westmost = vk::project({4.5, 61.1});
    EXPECT_TRUE(contains(asset.norwayBounds, lindesnes));
    EXPECT_TRUE(contains(asset.norwayBounds, nordkapp));
    EXPECT_TRUE(contains(asset.norwayBounds, grenseJakobselv));
    // ... and not much more: the start view fits this box, so slack would shrink Norway.
    const double slack = 20'000;
    EXPECT_GT(asset.norwayBounds.minY, lindesnes.y - slack);
    EXPECT_LT(asset.norwayBounds.maxY, nordkapp.y + slack);
    EXPECT_LT(asset.norwayBounds.maxX, grenseJakobselv.x + slack);
    EXPECT_GT(asset.norwayBounds.minX, westmost.x - slack);
    EXPECT_TRUE(contains(asset.extent, {asset.norwayBounds.minX, asset.norwayBounds.minY}));
    EXPECT_TRUE(contains(asset.extent, {asset.norwayBounds.maxX, asset.norwayBounds.maxY}));
}

TEST(Geoprep, NorwayFillHasMainlandNorwaysArea) {
    // Statistics Norway: 323 802 km² for the mainland with its islands (land and fresh water).
    // Transverse Mercator grows areas by up to 1 % this far from 15°E; Natural Earth at 1:10m
    // loses some coast. Within 3 % is the same country.
    const vk::GeoAsset asset = committedAsset();
    const vk::GeoLayer* norway = asset.layer("norway");
    ASSERT_NE(norway, nullptr);
    const double km2 = fillArea(*norway) / 1e6;
    EXPECT_NEAR(km2, 323'802, 323'802 * 0.03);
}

bool alongClipBox(vk::MapPoint a, vk::MapPoint b, const vk::MapBox& clip) {
    return (a.x == b.x && (a.x == clip.minX || a.x == clip.maxX)) ||
           (a.y == b.y && (a.y == clip.minY || a.y == clip.maxY));
}

double length(vk::MapPoint a, vk::MapPoint b) { return std::hypot(b.x - a.x, b.y - a.y); }

// The ring as the triangulation sees it (vk::keptPoints): no repeated points, no spikes.
std::vector<vk::MapPoint> withoutSpikes(const std::vector<vk::MapPoint>& ring) {
    std::vector<vk::MapPoint> kept;
    for (const std::uint32_t i : vk::keptPoints(ring)) kept.push_back(ring[i]);
    return kept;
}

// Total length of the rings' edges, leaving out spikes and the edges along the clip box.
double perimeter(const std::vector<std::vector<vk::MapPoint>>& rings, const vk::MapBox& clip) {
    double sum = 0;
    for (const auto& original : rings) {
        const auto ring = withoutSpikes(original);
        for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
            if (!alongClipBox(ring[j], ring[i], clip)) sum += length(ring[j], ring[i]);
    }
    return sum;
}

double outlineLength(const vk::GeoLayer& layer) {
    double sum = 0;
    for (std::size_t s = 0; s + 1 < layer.outline.size(); s += 2)
        sum += length(layer.vertices[layer.outline[s]], layer.vertices[layer.outline[s + 1]]);
    return sum;
}

TEST(Geoprep, StoresTheClipBoxItCutTo) {
    const vk::GeoAsset asset = committedAsset();
    const vk::MapBox clip = vk::geoprep::Options{}.clipBox;
    EXPECT_EQ(asset.clipBox.minX, clip.minX);
    EXPECT_EQ(asset.clipBox.minY, clip.minY);
    EXPECT_EQ(asset.clipBox.maxX, clip.maxX);
    EXPECT_EQ(asset.clipBox.maxY, clip.maxY);
}

TEST(Geoprep, OutlinesAreTheRingsWithoutBridgesOrCuts) {
    // The coast and the borders geoprep stores (vk::outlineOf) run along the simplified
    // rings and nowhere else: as long as the rings, less the edges along the clip box, so no
    // bridge to a hole and no cut is drawn. (The triangulation skips a point where a ring runs
    // straight on, which leaves the length as it is, and spikes, which enclose nothing: the
    // simplified Russia has one on its border with Ukraine.)
    const auto result = runPipeline();
    const vk::GeoAsset& asset = result.asset;
    const vk::GeoLayer *norway = asset.layer("norway"), *neighbours = asset.layer("neighbours");
    ASSERT_NE(norway, nullptr);
    ASSERT_NE(neighbours, nullptr);
    const double coastLength = perimeter(result.norwayRingsAfter, asset.clipBox);
    const double bordersLength = perimeter(result.neighbourRingsAfter, asset.clipBox);
    EXPECT_NEAR(outlineLength(*norway), coastLength, coastLength * 1e-9);
    EXPECT_NEAR(outlineLength(*neighbours), bordersLength, bordersLength * 1e-9);
    const std::vector<std::uint32_t>& borders = neighbours->outline;
    for (std::size_t s = 0; s + 1 < borders.size(); s += 2) {
        ASSERT_FALSE(alongClipBox(neighbours->vertices[borders[s]], neighbours->vertices[borders[s + 1]], asset.clipBox))
            << "segment " << s / 2;
    }
    // ... and the clip box did cut something (Russia, in the east and on its Arctic islands), so
    // the check above has something to leave out.
    EXPECT_GT(perimeter(result.neighbourRingsAfter, vk::MapBox{}), bordersLength + 1'000'000);

    // In ring order, which is what makes them cheap to store: a segment that does not start where
    // the one before ended starts a ring, or goes on where a ring left the clip box. Norway has
    // no cut: one chain per ring (a ring the triangulation dropped whole would have none).
    auto chains = [](const vk::GeoLayer& layer) {
        std::size_t count = layer.outline.empty() ? 0 : 1;
        for (std::size_t i = 2; i + 1 < layer.outline.size(); i += 2) count += layer.outline[i] != layer.outline[i - 1];
        return count;
    };
    EXPECT_EQ(chains(*norway), result.norwayRingsAfter.size());
    EXPECT_GE(chains(*neighbours), result.neighbourRingsAfter.size() - 10);
    EXPECT_LE(chains(*neighbours), result.neighbourRingsAfter.size() + 10);
}

bool covers(const vk::GeoLayer& fill, vk::MapPoint p) {
    for (std::size_t t = 0; t + 2 < fill.triangles.size(); t += 3) {
        const vk::MapPoint a = fill.vertices[fill.triangles[t]], b = fill.vertices[fill.triangles[t + 1]],
                           c = fill.vertices[fill.triangles[t + 2]];
        auto side = [p](vk::MapPoint from, vk::MapPoint to) {
            return (to.x - from.x) * (p.y - from.y) - (to.y - from.y) * (p.x - from.x);
        };
        if (side(a, b) >= 0 && side(b, c) >= 0 && side(c, a) >= 0) return true;  // triangles are counter-clockwise
    }
    return false;
}

TEST(Geoprep, NeighboursCoverTheLandAroundNorway) {
    // Land the start view or the zoomed-out view shows must not look like sea: a town in each
    // country the map has, away from coasts that coarse outlines may move by a few km.
    const vk::GeoAsset asset = committedAsset();
    const vk::GeoLayer* neighbours = asset.layer("neighbours");
    ASSERT_NE(neighbours, nullptr);
    const struct {
        const char* town;
        vk::LonLat where;
    } towns[] = {
        {"Karlstad", {13.50, 59.38}},    {"Rovaniemi", {25.73, 66.50}}, {"Murmansk", {33.08, 68.97}},  // neighbours
        {"Mariehamn", {19.93, 60.10}},   {"Hjørring", {9.98, 57.46}},   {"Ringsted", {11.79, 55.44}},
        {"Tórshavn", {-6.80, 62.03}},    {"Egilsstaðir", {-14.41, 65.27}}, {"Lerwick", {-1.17, 60.17}},
        {"Aviemore", {-3.83, 57.19}},    {"Paide", {25.56, 58.89}},     {"Jelgava", {23.72, 56.65}},
        {"Vilnius", {25.28, 54.69}},     {"Berlin", {13.40, 52.52}},    {"Warsaw", {21.01, 52.23}},
        {"Minsk", {27.56, 53.90}}};
    for (const auto& t : towns) {
        const vk::MapPoint p = vk::project(t.where);
        ASSERT_TRUE(contains(asset.clipBox, p)) << t.town;
        EXPECT_TRUE(covers(*neighbours, p)) << t.town << " shows as sea";
    }
    EXPECT_FALSE(covers(*neighbours, vk::project({10.5, 58.0}))) << "Skagerrak";
    EXPECT_FALSE(covers(*neighbours, vk::project({19.0, 57.0}))) << "the Baltic Sea";
}

TEST(Geoprep, ReachIsWhereTheCameraCanGo) {
    // geoprep simplifies neighbours more coarsely outside the camera's reach and cuts them off
    // well beyond it; if the camera's limits change, so must the options (and the asset).
    const vk::GeoAsset asset = committedAsset();
    const vk::MapBox camera = vk::mapLimits(asset.norwayBounds, vk::CameraView{}).reach;
    const vk::geoprep::Options options;
    EXPECT_NEAR(options.reach.minX, camera.minX, 1000);
    EXPECT_NEAR(options.reach.minY, camera.minY, 1000);
    EXPECT_NEAR(options.reach.maxX, camera.maxX, 1000);
    EXPECT_NEAR(options.reach.maxY, camera.maxY, 1000);
    // The farthest a 16:9 canvas sees from the centre: zoomed out as far as the camera allows
    // from the start view, which fits Norway's height with 5 % padding on each side.
    const double zoomOut = vk::mapLimits(asset.norwayBounds, vk::CameraView{}).maxMetresPerPixel /
                           vk::CameraView{}.metresPerPixel;
    EXPECT_DOUBLE_EQ(zoomOut, 1.25);
    const double halfHeight = zoomOut * asset.norwayBounds.height() / 0.9 / 2, halfWidth = halfHeight * 16 / 9;
    EXPECT_LE(options.clipBox.minX, camera.minX - halfWidth);
    EXPECT_GE(options.clipBox.maxX, camera.maxX + halfWidth);
    EXPECT_LE(options.clipBox.minY, camera.minY - halfHeight);
    EXPECT_GE(options.clipBox.maxY, camera.maxY + halfHeight);
}

TEST(Geoprep, RefusesATopologyWithoutNorway) {
    const char* json = R"({"type": "Topology", "arcs": [[[0, 60], [1, 60], [1, 61], [0, 60]]],
      "objects": {"countries": {"type": "GeometryCollection",
        "geometries": [{"type": "Polygon", "id": "752", "arcs": [[0]]}]}}})";
    vk::geoprep::Result result;
    std::string error;
    EXPECT_FALSE(vk::geoprep::prepareGeoAsset(json, vk::geoprep::Options{}, result, error));
    EXPECT_EQ(error, "the topology has no country with id 578 (Norway)");
}

TEST(Geoprep, PassesOnTopologyErrors) {
    vk::geoprep::Result result;
    std::string error;
    EXPECT_FALSE(vk::geoprep::prepareGeoAsset(R"({"type": "Topology"})", vk::geoprep::Options{}, result, error));
    EXPECT_EQ(error, "(file): has no arcs");
}

TEST(Geoprep, RefusesAGridTheFileCannotSay) {
    for (const double grid : {0.0, 12.5, 20'000.0}) {
        vk::geoprep::Options options;
        options.gridMetres = grid;
        vk::geoprep::Result result;
        std::string error;
        EXPECT_FALSE(vk::geoprep::prepareGeoAsset("{}", options, result, error)) << grid;
        EXPECT_EQ(error, "the grid must be a whole number of metres from 1 to 10000") << grid;
    }
}

TEST(Geoprep, RefusesAClipBoxReachingThePole) {
    vk::geoprep::Options options;
    options.clipBox.maxY = 9'960'000;
    vk::geoprep::Result result;
    std::string error;
    EXPECT_FALSE(vk::geoprep::prepareGeoAsset("{}", options, result, error));
    EXPECT_EQ(error, "the clip box must be a box south of northing 9950000 m");
}

TEST(Geoprep, SummarisesInOneLine) {
    vk::GeoAsset asset;
    asset.layers.push_back({"norway", {{0, 0}, {10, 0}, {0, 10}}, {0, 1, 2}, {0, 1, 1, 2, 2, 0}});
    asset.layers.push_back({"lines", {{0, 0}, {10, 0}}, {}, {0, 1}});
    EXPECT_EQ(vk::geoprep::summarise(asset, 123),
              "2 layers, 5 vertices, 1 triangles, 4 segments, 123 bytes, 50 m grid (norway 3 v / 1 t / 3 s, lines 2 v / 0 t / 1 s)");
}

}  // namespace
