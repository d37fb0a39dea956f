// The map geometry file: a round trip keeps every point within the file's grid and every triangle
// and outline segment as it was; outlines in ring order cost two bytes a segment; a damaged file
// is refused with a sentence that says what is wrong, in which layer and at which byte.
#include "core/geo_asset.hpp"
#include "core/limits.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

namespace {

using Bytes = std::vector<std::uint8_t>;

vk::GeoAsset sampleAsset(double gridMetres = vk::defaultGeoGridMetres) {
    vk::GeoAsset asset;
    asset.gridMetres = gridMetres;
    asset.norwayBounds = {-62360.5, 6452670.25, 1116110, 7941170};
    asset.extent = {-1000000, 5400000, 2300000, 8900000};
    asset.clipBox = {-2200000, 5040000, 3250000, 9350000};
    asset.layers.push_back({"norway",
                            {{-62363.7, 6452674.9}, {1116108.1, 6452671.0}, {500004.99, 7941165.01}, {0, 0}},
                            {0, 1, 2, 2, 3, 0},
                            {0, 1, 1, 2, 2, 3, 3, 0}});
    // Triangles and segments in no particular order, with their indices going down as well as up.
    asset.layers.push_back({"jumbled",
                            {{0, 0}, {100, 0}, {100, 100}, {0, 100}, {50, 150}, {-50, 50}},
                            {4, 3, 2, 0, 1, 2, 5, 0, 3, 2, 3, 0},
                            {3, 4, 0, 1, 5, 0, 4, 2, 1, 2, 3, 5}});
    asset.layers.push_back({"no outline", {{-5, -5}, {123456.4, -987654.6}, {7, 8}}, {0, 1, 2}, {}});
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

// One layer "x" with two vertices (0, 0) and (50, 0) on the 50 m grid and the given triangles and
// outline: small enough to count its bytes by hand (see the tests below).
Bytes tinyFile(std::vector<std::uint32_t> triangles, std::vector<std::uint32_t> outline) {
    vk::GeoAsset asset;
    asset.layers.push_back({"x", {{0, 0}, {50, 0}}, std::move(triangles), std::move(outline)});
    return vk::encodeGeoAsset(asset);
}
// Byte offsets in tinyFile(): magic and version 0-5, grid 6, three boxes 7-102, layer count 103,
// name length 104, name 105, vertex count 106, vertices 107-110, triangle count 111, its indices
// from 112; with one triangle, segment count 115 and segments from 116.
constexpr std::size_t gridAt = 6, layerCountAt = 103, triangleCountAt = 111, trianglesAt = 112, segmentCountAt = 115,
                      segmentsAt = 116;

TEST(GeoAsset, TinyFileHasTheLayoutTheErrorTestsCount) {
    const Bytes bytes = tinyFile({0, 1, 1}, {0, 1});
    ASSERT_EQ(bytes.size(), segmentsAt + 2);
    EXPECT_EQ(bytes[5], 3) << "format 3";
    EXPECT_EQ(bytes[gridAt], 50);
    EXPECT_EQ(bytes[layerCountAt], 1);
    EXPECT_EQ(bytes[triangleCountAt], 1);
    EXPECT_EQ(bytes[segmentCountAt], 1);
    decodeOk(bytes);
}

class GeoAssetOnGrid : public testing::TestWithParam<double> {};

TEST_P(GeoAssetOnGrid, RoundTripKeepsPointsWithinTheGridAndIndicesExactly) {
    const double grid = GetParam();
    const vk::GeoAsset original = sampleAsset(grid);
    const vk::GeoAsset decoded = decodeOk(vk::encodeGeoAsset(original));
    EXPECT_EQ(decoded.gridMetres, grid) << "the file says which grid it is on";
    ASSERT_EQ(decoded.layers.size(), original.layers.size());
    for (std::size_t l = 0; l < original.layers.size(); ++l) {
        const auto& a = original.layers[l];
        const auto& b = decoded.layers[l];
        EXPECT_EQ(b.name, a.name);
        EXPECT_EQ(b.triangles, a.triangles);
        EXPECT_EQ(b.outline, a.outline);
        ASSERT_EQ(b.vertices.size(), a.vertices.size());
        for (std::size_t i = 0; i < a.vertices.size(); ++i) {
            EXPECT_LE(std::abs(b.vertices[i].x - a.vertices[i].x), grid / 2) << a.name << " " << i;
            EXPECT_LE(std::abs(b.vertices[i].y - a.vertices[i].y), grid / 2) << a.name << " " << i;
            EXPECT_EQ(std::fmod(b.vertices[i].x, grid), 0.0) << "decoded points lie on the grid";
            EXPECT_EQ(std::fmod(b.vertices[i].y, grid), 0.0) << "decoded points lie on the grid";
        }
    }
    EXPECT_EQ(vk::encodeGeoAsset(decoded), vk::encodeGeoAsset(original)) << "encoding is stable";
}

INSTANTIATE_TEST_SUITE_P(Grids, GeoAssetOnGrid, testing::Values(1.0, 50.0, 500.0, 10'000.0));

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
    asset.gridMetres = 500;
    asset.layers.push_back({"grid", {{-1000000, 5400000}, {2300000, 8900000}, {-500, 500}}, {0, 1, 2}, {0, 1, 1, 2}});
    const vk::GeoAsset decoded = decodeOk(vk::encodeGeoAsset(asset));
    ASSERT_EQ(decoded.layers.size(), 1u);
    for (std::size_t i = 0; i < 3; ++i) {
        EXPECT_EQ(decoded.layers[0].vertices[i].x, asset.layers[0].vertices[i].x);
        EXPECT_EQ(decoded.layers[0].vertices[i].y, asset.layers[0].vertices[i].y);
    }
}

TEST(GeoAsset, GridIsAWholeNumberOfMetres) {
    vk::GeoAsset asset = sampleAsset(499.6);
    EXPECT_EQ(decodeOk(vk::encodeGeoAsset(asset)).gridMetres, 500.0);
}

TEST(GeoAsset, GridOutsideTheLimitsIsWrittenAtTheNearestLimit) {
    const double maxGrid = static_cast<double>(vk::limits::maxGeoGridMetres);
    for (const auto& [grid, written] : std::vector<std::pair<double, double>>{
             {0.4, 1}, {0, 1}, {-5, 1}, {std::nan(""), 1}, {1e9, maxGrid}, {INFINITY, maxGrid}}) {
        const vk::GeoAsset original = sampleAsset(grid);
        const vk::GeoAsset decoded = decodeOk(vk::encodeGeoAsset(original));
        EXPECT_EQ(decoded.gridMetres, written) << "grid " << grid;
        // The file decodes (the decoder refuses a grid outside the limits), each point at the
        // nearest point of that grid.
        ASSERT_EQ(decoded.layers.size(), original.layers.size()) << "grid " << grid;
        for (std::size_t l = 0; l < original.layers.size(); ++l) {
            ASSERT_EQ(decoded.layers[l].vertices.size(), original.layers[l].vertices.size());
            for (std::size_t i = 0; i < original.layers[l].vertices.size(); ++i) {
                const auto& v = original.layers[l].vertices[i];
                EXPECT_EQ(decoded.layers[l].vertices[i].x, static_cast<double>(std::llround(v.x / written)) * written) << "grid " << grid;
                EXPECT_EQ(decoded.layers[l].vertices[i].y, static_cast<double>(std::llround(v.y / written)) * written) << "grid " << grid;
            }
        }
    }
}

TEST(GeoAsset, OutlineInRingOrderCostsTwoBytesASegment) {
    // A pentagon's ring, counter-clockwise then clockwise: every segment starts where the one
    // before ended (a step of 0) and runs one vertex on (+1, zig-zag 2) or back (-1, zig-zag 1),
    // except where the ring closes.
    vk::GeoAsset asset;
    const std::vector<vk::MapPoint> pentagon = {{0, 0}, {100, 0}, {150, 100}, {50, 150}, {-50, 100}};
    asset.layers.push_back({"up", pentagon, {}, {0, 1, 1, 2, 2, 3, 3, 4, 4, 0}});
    asset.layers.push_back({"down", pentagon, {}, {0, 4, 4, 3, 3, 2, 2, 1, 1, 0}});
    const Bytes bytes = vk::encodeGeoAsset(asset);
    const Bytes ccwTail = {5, 0, 2, 0, 2, 0, 2, 0, 2, 0, 7};  // count 5, then (0, +1) x 4, (0, -4)
    const Bytes cwTail = {5, 0, 8, 0, 1, 0, 1, 0, 1, 0, 1};   // count 5, (0, +4), then (0, -1) x 4
    ASSERT_GT(bytes.size(), cwTail.size());
    EXPECT_EQ(Bytes(bytes.end() - static_cast<std::ptrdiff_t>(cwTail.size()), bytes.end()), cwTail);
    const vk::GeoAsset decoded = decodeOk(bytes);
    EXPECT_EQ(decoded.layers[0].outline, asset.layers[0].outline);
    EXPECT_EQ(decoded.layers[1].outline, asset.layers[1].outline);
    // The first layer's outline ends right before the second layer's name length and name.
    const std::string second = "down";
    const auto nameAt = std::search(bytes.begin(), bytes.end(), second.begin(), second.end());
    ASSERT_NE(nameAt, bytes.end());
    EXPECT_EQ(Bytes(nameAt - 1 - static_cast<std::ptrdiff_t>(ccwTail.size()), nameAt - 1), ccwTail);
}

TEST(GeoAsset, EmptyAssetRoundTrips) {
    const vk::GeoAsset decoded = decodeOk(vk::encodeGeoAsset(vk::GeoAsset{}));
    EXPECT_TRUE(decoded.layers.empty());
    EXPECT_EQ(decoded.gridMetres, vk::defaultGeoGridMetres);
}

TEST(GeoAsset, FindsLayersByName) {
    const vk::GeoAsset asset = sampleAsset();
    ASSERT_NE(asset.layer("jumbled"), nullptr);
    EXPECT_EQ(asset.layer("jumbled")->triangles.size(), 12u);
    EXPECT_EQ(asset.layer("borders"), nullptr);
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
    EXPECT_EQ(decodeError(bytes), "geometry format 1 is not supported (expected 3)")
        << "format 1 had a 10 m grid and no clip box";
    bytes[5] = 2;
    EXPECT_EQ(decodeError(bytes), "geometry format 2 is not supported (expected 3)")
        << "format 2 had a fixed 50 m grid and no outlines";
    bytes[5] = 4;
    EXPECT_EQ(decodeError(bytes), "geometry format 4 is not supported (expected 3)");
}

TEST(GeoAssetErrors, ImplausibleGrid) {
    Bytes bytes = tinyFile({0, 1, 1}, {});
    bytes[gridAt] = 0;
    EXPECT_EQ(decodeError(bytes), "implausible grid of 0 m (1 to 10000 m) at byte 7");
    bytes[gridAt] = 0x91;  // 10001 as a varint: 0x91 0x4e
    bytes.insert(bytes.begin() + gridAt + 1, 0x4e);
    EXPECT_EQ(decodeError(bytes), "implausible grid of 10001 m (1 to 10000 m) at byte 8");
}

TEST(GeoAssetErrors, TruncatedInTheHeader) {
    const Bytes bytes = vk::encodeGeoAsset(sampleAsset());
    EXPECT_EQ(decodeError(Bytes(bytes.begin(), bytes.begin() + 5)), "the file ends too early at byte 5");
    EXPECT_EQ(decodeError(Bytes(bytes.begin(), bytes.begin() + 6)), "the file ends too early at byte 6");
    EXPECT_EQ(decodeError(Bytes(bytes.begin(), bytes.begin() + 41)), "the file ends too early at byte 39")
        << "the fifth number of the boxes starts at byte 39";
}

TEST(GeoAssetErrors, TruncatedAnywhereInTheLayers) {
    const Bytes bytes = vk::encodeGeoAsset(sampleAsset());
    for (std::size_t cut = layerCountAt + 1; cut < bytes.size(); ++cut) {
        EXPECT_EQ(decodeError(Bytes(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(cut))),
                  "the file ends too early at byte " + std::to_string(cut));
    }
}

TEST(GeoAssetErrors, TriangleIndexOutsideTheVertices) {
    EXPECT_EQ(decodeError(tinyFile({0, 1, 5}, {})), "layer \"x\": triangle index 5 outside its 2 vertices at byte 115");
    Bytes bytes = tinyFile({0, 1, 1}, {});
    bytes[trianglesAt + 1] = 1;  // zig-zag 1 = a step of -1 from the triangle's first index, 0
    EXPECT_EQ(decodeError(bytes), "layer \"x\": triangle index -1 outside its 2 vertices at byte 114");
}

TEST(GeoAssetErrors, OutlineIndexOutsideTheVertices) {
    EXPECT_EQ(decodeError(tinyFile({0, 1, 1}, {0, 2})), "layer \"x\": outline index 2 outside its 2 vertices at byte 118");
    EXPECT_EQ(decodeError(tinyFile({0, 1, 1}, {0, 1, 1, 2})),
              "layer \"x\": outline index 2 outside its 2 vertices at byte 120")
        << "the second segment's end";
    Bytes bytes = tinyFile({0, 1, 1}, {0, 1});
    bytes[segmentsAt] = 1;  // a step of -1 from where the previous segment ended (0: none did)
    EXPECT_EQ(decodeError(bytes), "layer \"x\": outline index -1 outside its 2 vertices at byte 117");
}

TEST(GeoAssetErrors, OutlineIndexStepBeyondTheFile) {
    Bytes bytes = tinyFile({0, 1, 1}, {0, 1});
    bytes.resize(segmentsAt);
    bytes.insert(bytes.end(), {0xd0, 0x0f, 0x02});  // a step of 1000 (zig-zag 2000), then +1
    EXPECT_EQ(decodeError(bytes), "layer \"x\": outline index step 1000 leads outside its 2 vertices at byte 118");
}

TEST(GeoAssetErrors, ImplausibleCounts) {
    Bytes bytes = tinyFile({0, 1, 1}, {0, 1});
    bytes[segmentCountAt] = 60;  // the file has 118 bytes: room for 59 segments at most
    EXPECT_EQ(decodeError(bytes), "layer \"x\": implausible segment count at byte 116");
    bytes = tinyFile({0, 1, 1}, {0, 1});
    bytes[triangleCountAt] = 40;  // room for 39 triangles at most
    EXPECT_EQ(decodeError(bytes), "layer \"x\": implausible triangle count at byte 112");
}

TEST(GeoAssetErrors, ImplausibleLayerCount) {
    Bytes bytes = tinyFile({0, 1, 1}, {});
    bytes[layerCountAt] = 100;
    EXPECT_EQ(decodeError(bytes), "implausible layer count 100 (the limit is 64) at byte 104");
}

TEST(GeoAssetErrors, DataAfterTheLastLayer) {
    Bytes bytes = tinyFile({0, 1, 1}, {0, 1});
    bytes.push_back(0);
    EXPECT_EQ(decodeError(bytes), "unexpected data after the last layer at byte 118");
}

}  // namespace
