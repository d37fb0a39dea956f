// The map geometry file: a round trip keeps every point within the grid, and a damaged file
// is refused with a sentence that says what is wrong and at which byte. And outlines derived
// from fills: a mesh's boundary, without the edges a clip box cut.
#include "core/geo_asset.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "geoprep/triangulate.hpp"

namespace {

using Bytes = std::vector<std::uint8_t>;

vk::GeoAsset sampleAsset() {
    vk::GeoAsset asset;
    asset.norwayBounds = {-62360.5, 6452670.25, 1116110, 7941170};
    asset.extent = {-1000000, 5400000, 2300000, 8900000};
    asset.clipBox = {-2200000, 5040000, 3250000, 9350000};
    asset.layers.push_back({"norway", vk::LayerKind::Fill,
                            {{-62363.7, 6452674.9}, {1116108.1, 6452671.0}, {500004.99, 7941165.01}, {0, 0}},
                            {0, 1, 2, 2, 3, 0}});
    asset.layers.push_back({"coast", vk::LayerKind::Outline, {{-5, -5}, {123456.4, -987654.6}, {7, 8}}, {0, 1, 1, 2}});
    // Primitives in no particular order, with their indices going down as well as up.
    asset.layers.push_back({"jumbled", vk::LayerKind::Fill,
                            {{0, 0}, {100, 0}, {100, 100}, {0, 100}, {50, 150}, {-50, 50}},
                            {4, 3, 2, 0, 1, 2, 5, 0, 3, 2, 3, 0}});
    return asset;
}

vk::GeoAsset decodeOk(const Bytes& bytes) {
    vk::GeoAsset asset;
    std::string error;
    EXPECT_TRUE(vk::decodeGeoAsset(bytes, asset, error)) << error;
    return asset;
}

std::string decodeError(const Bytes& bytes) {
    vk::GeoAsset asset;
    std::string error;
    EXPECT_FALSE(vk::decodeGeoAsset(bytes, asset, error));
    return error;
}

// One layer "x" with two vertices (0, 0) and (50, 0) and the given kind and indices: small
// enough to count its bytes by hand (see the tests below).
Bytes tinyFile(vk::LayerKind kind, std::vector<std::uint32_t> indices) {
    vk::GeoAsset asset;
    asset.layers.push_back({"x", kind, {{0, 0}, {50, 0}}, std::move(indices)});
    return vk::encodeGeoAsset(asset);
}
// Byte offsets in tinyFile(): magic and version 0-5, three boxes 6-101, layer count 102, name
// length 103, name 104, kind 105, vertex count 106, vertices 107-110, index count 111, indices
// from 112.
constexpr std::size_t layerCountAt = 102, kindAt = 105, indicesAt = 112;

TEST(GeoAsset, RoundTripKeepsPointsWithinTheGrid) {
    const vk::GeoAsset original = sampleAsset();
    const vk::GeoAsset decoded = decodeOk(vk::encodeGeoAsset(original));
    ASSERT_EQ(decoded.layers.size(), original.layers.size());
    for (std::size_t l = 0; l < original.layers.size(); ++l) {
        const auto& a = original.layers[l];
        const auto& b = decoded.layers[l];
        EXPECT_EQ(b.name, a.name);
        EXPECT_EQ(b.kind, a.kind);
        EXPECT_EQ(b.indices, a.indices);
        ASSERT_EQ(b.vertices.size(), a.vertices.size());
        for (std::size_t i = 0; i < a.vertices.size(); ++i) {
            EXPECT_LE(std::abs(b.vertices[i].x - a.vertices[i].x), vk::geoAssetGridMetres / 2) << a.name << " " << i;
            EXPECT_LE(std::abs(b.vertices[i].y - a.vertices[i].y), vk::geoAssetGridMetres / 2) << a.name << " " << i;
            EXPECT_EQ(std::fmod(b.vertices[i].x, vk::geoAssetGridMetres), 0.0) << "decoded points lie on the grid";
        }
    }
}

TEST(GeoAsset, RoundTripKeepsBoxesExactly) {
    const vk::GeoAsset original = sampleAsset();
    const vk::GeoAsset decoded = decodeOk(vk::encodeGeoAsset(original));
    EXPECT_EQ(decoded.norwayBounds.minX, original.norwayBounds.minX);
    EXPECT_EQ(decoded.norwayBounds.minY, original.norwayBounds.minY);
    EXPECT_EQ(decoded.extent.maxX, original.extent.maxX);
    EXPECT_EQ(decoded.extent.maxY, original.extent.maxY);
    EXPECT_EQ(decoded.clipBox.minX, original.clipBox.minX);
    EXPECT_EQ(decoded.clipBox.minY, original.clipBox.minY);
    EXPECT_EQ(decoded.clipBox.maxX, original.clipBox.maxX);
    EXPECT_EQ(decoded.clipBox.maxY, original.clipBox.maxY);
}

TEST(GeoAsset, PointsAlreadyOnTheGridComeBackExactly) {
    vk::GeoAsset asset;
    asset.layers.push_back({"grid", vk::LayerKind::Outline, {{-1000000, 5400000}, {2300000, 8900000}, {-50, 50}}, {0, 1, 1, 2}});
    const vk::GeoAsset decoded = decodeOk(vk::encodeGeoAsset(asset));
    ASSERT_EQ(decoded.layers.size(), 1u);
    for (std::size_t i = 0; i < 3; ++i) {
        EXPECT_EQ(decoded.layers[0].vertices[i].x, asset.layers[0].vertices[i].x);
        EXPECT_EQ(decoded.layers[0].vertices[i].y, asset.layers[0].vertices[i].y);
    }
    EXPECT_EQ(vk::encodeGeoAsset(decoded), vk::encodeGeoAsset(asset)) << "encoding is stable";
}

TEST(GeoAsset, EmptyAssetRoundTrips) {
    const vk::GeoAsset decoded = decodeOk(vk::encodeGeoAsset(vk::GeoAsset{}));
    EXPECT_TRUE(decoded.layers.empty());
}

TEST(GeoAsset, FindsLayersByName) {
    const vk::GeoAsset asset = sampleAsset();
    ASSERT_NE(asset.layer("coast"), nullptr);
    EXPECT_EQ(asset.layer("coast")->kind, vk::LayerKind::Outline);
    EXPECT_EQ(asset.layer("borders"), nullptr);
}

TEST(GeoAsset, TinyFileHasTheLayoutTheErrorTestsCount) {
    const Bytes bytes = tinyFile(vk::LayerKind::Fill, {0, 1, 1});
    ASSERT_EQ(bytes.size(), indicesAt + 3);
    EXPECT_EQ(bytes[layerCountAt], 1);
    EXPECT_EQ(bytes[kindAt], 0);
    decodeOk(bytes);
}

TEST(GeoAssetErrors, BadMagic) {
    Bytes bytes = vk::encodeGeoAsset(sampleAsset());
    bytes[4] = 'X';
    EXPECT_EQ(decodeError(bytes), "not a Vertskapskart geometry file (no VKGEO header)");
    EXPECT_EQ(decodeError(Bytes{}), "not a Vertskapskart geometry file (no VKGEO header)");
    EXPECT_EQ(decodeError(Bytes{'V', 'K'}), "not a Vertskapskart geometry file (no VKGEO header)");
}

TEST(GeoAssetErrors, UnsupportedFormat) {
    Bytes bytes = vk::encodeGeoAsset(sampleAsset());
    bytes[5] = 1;
    EXPECT_EQ(decodeError(bytes), "geometry format 1 is not supported (expected 2)")
        << "format 1 had a 10 m grid and no clip box";
    bytes[5] = 3;
    EXPECT_EQ(decodeError(bytes), "geometry format 3 is not supported (expected 2)");
}

TEST(GeoAssetErrors, TruncatedInTheHeader) {
    const Bytes bytes = vk::encodeGeoAsset(sampleAsset());
    EXPECT_EQ(decodeError(Bytes(bytes.begin(), bytes.begin() + 5)), "the file ends too early at byte 5");
    EXPECT_EQ(decodeError(Bytes(bytes.begin(), bytes.begin() + 6)), "the file ends too early at byte 6");
    EXPECT_EQ(decodeError(Bytes(bytes.begin(), bytes.begin() + 40)), "the file ends too early at byte 38")
        << "the fifth number of the boxes starts at byte 38";
}

TEST(GeoAssetErrors, TruncatedInTheLayers) {
    const Bytes bytes = vk::encodeGeoAsset(sampleAsset());
    ASSERT_GT(bytes.size(), 130u);
    for (const std::size_t cut : {std::size_t{103}, std::size_t{122}, bytes.size() - 1}) {
        EXPECT_EQ(decodeError(Bytes(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(cut))),
                  "the file ends too early at byte " + std::to_string(cut));
    }
}

TEST(GeoAssetErrors, IndexOutsideTheVertices) {
    EXPECT_EQ(decodeError(tinyFile(vk::LayerKind::Fill, {0, 1, 5})), "index 5 outside the layer's 2 vertices at byte 115");
    EXPECT_EQ(decodeError(tinyFile(vk::LayerKind::Outline, {0, 2})), "index 2 outside the layer's 2 vertices at byte 114");
}

TEST(GeoAssetErrors, NegativeIndex) {
    Bytes bytes = tinyFile(vk::LayerKind::Fill, {0, 1, 1});
    bytes[indicesAt + 1] = 1;  // zig-zag 1 = a step of -1 from the triangle's first index, 0
    EXPECT_EQ(decodeError(bytes), "index -1 outside the layer's 2 vertices at byte 114");
}

TEST(GeoAssetErrors, IncompletePrimitive) {
    EXPECT_EQ(decodeError(tinyFile(vk::LayerKind::Fill, {0, 1})), "layer \"x\" has an incomplete primitive at byte 114");
    EXPECT_EQ(decodeError(tinyFile(vk::LayerKind::Outline, {0, 1, 1})), "layer \"x\" has an incomplete primitive at byte 115");
}

TEST(GeoAssetErrors, UnknownLayerKind) {
    Bytes bytes = tinyFile(vk::LayerKind::Fill, {0, 1, 1});
    bytes[kindAt] = 7;
    EXPECT_EQ(decodeError(bytes), "unknown layer kind 7 at byte 106");
}

TEST(GeoAssetErrors, ImplausibleLayerCount) {
    Bytes bytes = tinyFile(vk::LayerKind::Fill, {0, 1, 1});
    bytes[layerCountAt] = 100;
    EXPECT_EQ(decodeError(bytes), "implausible layer count 100 (the limit is 64) at byte 103");
}

TEST(GeoAssetErrors, DataAfterTheLastLayer) {
    Bytes bytes = tinyFile(vk::LayerKind::Fill, {0, 1, 1});
    bytes.push_back(0);
    EXPECT_EQ(decodeError(bytes), "unexpected data after the last layer at byte 115");
}

// Segments of an outline layer as index pairs, for comparing with what a test expects.
using Segments = std::vector<std::pair<std::uint32_t, std::uint32_t>>;
Segments segmentsOf(const vk::GeoLayer& outline) {
    Segments segments;
    for (std::size_t i = 0; i + 1 < outline.indices.size(); i += 2)
        segments.emplace_back(outline.indices[i], outline.indices[i + 1]);
    return segments;
}

const vk::MapBox noBox;

TEST(OutlineOf, SquareOfTwoTrianglesHasFourEdges) {
    const vk::GeoLayer fill{"square", vk::LayerKind::Fill, {{0, 0}, {10, 0}, {10, 10}, {0, 10}}, {0, 1, 2, 0, 2, 3}};
    const vk::GeoLayer outline = vk::outlineOf(fill, "edge", noBox);
    EXPECT_EQ(outline.name, "edge");
    EXPECT_EQ(outline.kind, vk::LayerKind::Outline);
    ASSERT_EQ(outline.vertices.size(), fill.vertices.size()) << "keeps the fill's vertices";
    for (std::size_t i = 0; i < fill.vertices.size(); ++i) {
        EXPECT_EQ(outline.vertices[i].x, fill.vertices[i].x);
        EXPECT_EQ(outline.vertices[i].y, fill.vertices[i].y);
    }
    // The diagonal 0-2 is inside; the rest run counter-clockwise, as the triangles do.
    EXPECT_EQ(segmentsOf(outline), (Segments{{0, 1}, {1, 2}, {2, 3}, {3, 0}}));
}

TEST(OutlineOf, BridgeToAHoleIsNotOutline) {
    // A 30 m square with a 10 m square hole, bridged from the hole's corner 4 to the outer
    // corner 0 as the triangulation does it: the bridge 0-4 borders two triangles.
    const vk::GeoLayer fill{"frame",
                            vk::LayerKind::Fill,
                            {{0, 0}, {30, 0}, {30, 30}, {0, 30}, {10, 10}, {20, 10}, {20, 20}, {10, 20}},
                            {0, 1, 5, 0, 5, 4, 1, 2, 6, 1, 6, 5, 2, 3, 7, 2, 7, 6, 3, 0, 4, 3, 4, 7}};
    EXPECT_EQ(segmentsOf(vk::outlineOf(fill, "edge", noBox)),
              (Segments{{0, 1}, {5, 4}, {1, 2}, {6, 5}, {2, 3}, {7, 6}, {3, 0}, {4, 7}}))
        << "the outer ring counter-clockwise, the hole clockwise, in the order of the triangles";
}

TEST(OutlineOf, TriangulatedPolygonWithHolesGivesBackItsRings) {
    // What geoprep stores: the triangulator's own bridges. Every ring edge comes back once, and
    // nothing else (a bridge would add a segment between two rings).
    const std::vector<std::vector<vk::MapPoint>> rings = {
        {{0, 0}, {100, 0}, {100, 60}, {50, 80}, {0, 60}}, {{10, 10}, {10, 30}, {30, 30}, {30, 10}},
        {{60, 20}, {60, 40}, {80, 40}, {80, 20}}};
    vk::GeoLayer fill{"holes", vk::LayerKind::Fill, {}, vk::triangulatePolygon(rings)};
    for (const auto& ring : rings) fill.vertices.insert(fill.vertices.end(), ring.begin(), ring.end());
    auto ringEdge = [](std::uint32_t a, std::uint32_t b) {
        const std::uint32_t lo = std::min(a, b), hi = std::max(a, b);
        const std::uint32_t first = lo < 5 ? 0 : lo < 9 ? 5 : 9, last = lo < 5 ? 4 : lo < 9 ? 8 : 12;
        return hi <= last && (hi == lo + 1 || (lo == first && hi == last));
    };
    const Segments segments = segmentsOf(vk::outlineOf(fill, "edge", noBox));
    EXPECT_EQ(segments.size(), 13u);
    for (const auto& [a, b] : segments) EXPECT_TRUE(ringEdge(a, b)) << a << "-" << b;
}

TEST(OutlineOf, LeavesOutEdgesAlongTheClipBox) {
    // A quad in the corner of a 100 m box: its bottom and right edges are where the box cut it;
    // the edge from the right side to the top side crosses the box's corner and is kept.
    const vk::GeoLayer fill{
        "cut", vk::LayerKind::Fill, {{50, 0}, {100, 0}, {100, 50}, {50, 100}}, {0, 1, 2, 0, 2, 3}};
    const vk::MapBox box{0, 0, 100, 100};
    EXPECT_EQ(segmentsOf(vk::outlineOf(fill, "edge", box)), (Segments{{2, 3}, {3, 0}}));
    EXPECT_EQ(segmentsOf(vk::outlineOf(fill, "edge", noBox)), (Segments{{0, 1}, {1, 2}, {2, 3}, {3, 0}}))
        << "an empty box skips nothing";
}

TEST(OutlineOf, ClipBoxSidesCountWithinHalfTheGrid) {
    const double half = vk::geoAssetGridMetres / 2;
    const vk::MapBox box{0, 0, 1000, 1000};
    auto segmentsFor = [&](double x) {
        const vk::GeoLayer fill{"cut", vk::LayerKind::Fill, {{500, 0}, {x, 500}, {x, 100}}, {0, 2, 1}};
        return vk::outlineOf(fill, "edge", box).indices.size() / 2;
    };
    EXPECT_EQ(segmentsFor(1000 - half), 2u) << "on the right side";
    EXPECT_EQ(segmentsFor(1000 + half), 2u) << "on the right side";
    EXPECT_EQ(segmentsFor(1000 - 2 * half), 3u) << "a grid step inside";
}

TEST(OutlineOf, EdgesCountByIndexNotByPosition) {
    // Two countries with their own copies of a shared border: each keeps it.
    const vk::GeoLayer fill{
        "two", vk::LayerKind::Fill, {{0, 0}, {10, 0}, {10, 10}, {10, 0}, {20, 0}, {10, 10}}, {0, 1, 2, 3, 4, 5}};
    EXPECT_EQ(vk::outlineOf(fill, "edge", noBox).indices.size(), 12u);
}

TEST(OutlineOf, EmptyAndNonFillLayersGiveNoSegments) {
    const vk::GeoLayer empty = vk::outlineOf(vk::GeoLayer{}, "nothing", vk::MapBox{0, 0, 10, 10});
    EXPECT_EQ(empty.name, "nothing");
    EXPECT_EQ(empty.kind, vk::LayerKind::Outline);
    EXPECT_TRUE(empty.vertices.empty());
    EXPECT_TRUE(empty.indices.empty());
    const vk::GeoLayer lines{"coast", vk::LayerKind::Outline, {{0, 0}, {10, 0}, {10, 10}}, {0, 1, 1, 2}};
    EXPECT_TRUE(vk::outlineOf(lines, "edge", noBox).indices.empty());
}

}  // namespace
