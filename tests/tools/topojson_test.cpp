// TopoJSON decoding: quantized, delta-coded arcs, arc references (~i reversed), ring assembly,
// and the exact sentence for each kind of bad input.
#include "geoprep/topojson.hpp"

#include <gtest/gtest.h>

#include <cctype>
#include <string>

namespace {

// Two unit squares side by side sharing their middle edge (arc 0). The left square walks arc 0
// forwards, the right one backwards (~0 = -1). Quantized: lon = x * 0.5 + 10, lat = y * 0.25 + 60.
//
//   (10,60.5) +----+----+ (12,60.5)
//             |left|rght|
//   (10,60)   +----+----+ (12,60)
//                 (11,60)
const char* const twoSquares = R"({
  "type": "Topology",
  "transform": {"scale": [0.5, 0.25], "translate": [10, 60]},
  "arcs": [
    [[2, 0], [0, 2]],
    [[2, 2], [-2, 0], [0, -2], [2, 0]],
    [[2, 0], [2, 0], [0, 2], [-2, 0]]
  ],
  "objects": {
    "countries": {
      "type": "GeometryCollection",
      "geometries": [
        {"type": "Polygon", "id": "578", "properties": {"name": "Left"}, "arcs": [[0, 1]]},
        {"type": "MultiPolygon", "id": 752, "arcs": [[[2, -1]]]},
        {"type": null, "id": "000"}
      ]
    }
  }
})";

void expectPoint(vk::LonLat p, double lon, double lat) {
    EXPECT_DOUBLE_EQ(p.lon, lon);
    EXPECT_DOUBLE_EQ(p.lat, lat);
}

TEST(TopoJson, UndoesTransformAndDeltas) {
    vk::Topology topology;
    std::string error;
    ASSERT_TRUE(vk::decodeTopology(twoSquares, "countries", topology, error)) << error;
    ASSERT_EQ(topology.arcs.size(), 3u);
    ASSERT_EQ(topology.arcs[0].size(), 2u);
    expectPoint(topology.arcs[0][0], 11, 60);
    expectPoint(topology.arcs[0][1], 11, 60.5);
    ASSERT_EQ(topology.arcs[1].size(), 4u);
    expectPoint(topology.arcs[1][1], 10, 60.5);
    expectPoint(topology.arcs[1][3], 11, 60);
    expectPoint(topology.arcs[2][1], 12, 60);
}

TEST(TopoJson, ReadsGeometriesWithIdsNamesAndReversedArcs) {
    vk::Topology topology;
    std::string error;
    ASSERT_TRUE(vk::decodeTopology(twoSquares, "countries", topology, error)) << error;
    ASSERT_EQ(topology.geometries.size(), 3u);

    const auto& left = topology.geometries[0];
    EXPECT_EQ(left.id, "578");
    EXPECT_EQ(left.name, "Left");
    ASSERT_EQ(left.polygons.size(), 1u);
    ASSERT_EQ(left.polygons[0].rings.size(), 1u);
    ASSERT_EQ(left.polygons[0].rings[0].size(), 2u);
    EXPECT_EQ(left.polygons[0].rings[0][0].index, 0u);
    EXPECT_FALSE(left.polygons[0].rings[0][0].reversed);

    const auto& right = topology.geometries[1];
    EXPECT_EQ(right.id, "752") << "a numeric id reads as its decimal string";
    EXPECT_EQ(right.name, "");
    ASSERT_EQ(right.polygons.size(), 1u);
    const auto& ring = right.polygons[0].rings[0];
    ASSERT_EQ(ring.size(), 2u);
    EXPECT_EQ(ring[1].index, 0u) << "~0 is arc 0";
    EXPECT_TRUE(ring[1].reversed);

    EXPECT_TRUE(topology.geometries[2].polygons.empty()) << "a null geometry has no shape";
    EXPECT_EQ(topology.geometry("752"), &topology.geometries[1]);
    EXPECT_EQ(topology.geometry("999"), nullptr);
}

TEST(TopoJson, AssemblesRingsWalkingReversedArcsBackwards) {
    vk::Topology topology;
    std::string error;
    ASSERT_TRUE(vk::decodeTopology(twoSquares, "countries", topology, error)) << error;

    const auto left = vk::assembleRing(topology.geometries[0].polygons[0].rings[0], topology.arcs);
    ASSERT_EQ(left.size(), 4u) << "the shared end of two arcs and the closing point appear once";
    expectPoint(left[0], 11, 60);
    expectPoint(left[1], 11, 60.5);
    expectPoint(left[2], 10, 60.5);
    expectPoint(left[3], 10, 60);

    const auto right = vk::assembleRing(topology.geometries[1].polygons[0].rings[0], topology.arcs);
    ASSERT_EQ(right.size(), 4u);
    expectPoint(right[0], 11, 60);
    expectPoint(right[1], 12, 60);
    expectPoint(right[2], 12, 60.5);
    expectPoint(right[3], 11, 60.5);
}

TEST(TopoJson, AssemblesRingsFromOtherArcsSuchAsSimplifiedOnes) {
    // The same references over arcs in map metres, as geoprep does after simplifying.
    const std::vector<std::vector<vk::MapPoint>> arcs = {
        {{0, 0}, {0, 10}},
        {{0, 10}, {-10, 10}, {-10, 0}, {0, 0}},
    };
    const vk::ArcRing ring = {{0, false}, {1, false}};
    const auto points = vk::assembleRing(ring, arcs);
    ASSERT_EQ(points.size(), 4u);
    EXPECT_EQ(points[2].x, -10);
    EXPECT_EQ(points[2].y, 10);

    const vk::ArcRing reversed = {{1, true}, {0, true}};
    const auto backwards = vk::assembleRing(reversed, arcs);
    ASSERT_EQ(backwards.size(), 4u);
    EXPECT_EQ(backwards[0].x, 0);
    EXPECT_EQ(backwards[0].y, 0);
    EXPECT_EQ(backwards[1].x, -10);
    EXPECT_EQ(backwards[1].y, 0);
}

TEST(TopoJson, AssemblingWithAMissingArcGivesNoRing) {
    const std::vector<std::vector<vk::MapPoint>> arcs = {{{0, 0}, {1, 0}, {0, 1}, {0, 0}}};
    EXPECT_TRUE(vk::assembleRing(vk::ArcRing{{1, false}}, arcs).empty());
    EXPECT_EQ(vk::assembleRing(vk::ArcRing{{0, false}}, arcs).size(), 3u) << "a one-arc island";
}

TEST(TopoJson, ReadsAbsolutePositionsWithoutTransform) {
    const char* json = R"({"type": "Topology",
      "arcs": [[[5.5, 60.25], [6.5, 60.25], [6, 61], [5.5, 60.25]]],
      "objects": {"land": {"type": "Polygon", "arcs": [[0]]}}})";
    vk::Topology topology;
    std::string error;
    ASSERT_TRUE(vk::decodeTopology(json, "land", topology, error)) << error;
    ASSERT_EQ(topology.arcs.size(), 1u);
    expectPoint(topology.arcs[0][1], 6.5, 60.25);  // no deltas without a transform
    ASSERT_EQ(topology.geometries.size(), 1u) << "a single geometry object is one geometry";
    EXPECT_EQ(topology.geometries[0].polygons.size(), 1u);
}

TEST(TopoJson, ProblemsNameTheirPlaceAsAJsonPointerWithKeysEscaped) {
    // RFC 6901: "/" in a key is written "~1", "~" is written "~0".
    const char* json = R"({"type": "Topology", "arcs": [[[0, 0], [1, 0], [0, 1], [0, 0]]],
      "objects": {"land/sea~1": {"type": "GeometryCollection", "geometries": [
        {"type": "Polygon", "arcs": [[0]]},
        {"type": "MultiPolygon", "arcs": [[[0]], [[0], [-4]]]}]}}})";
    vk::Topology topology;
    std::string error;
    EXPECT_FALSE(vk::decodeTopology(json, "land/sea~1", topology, error));
    EXPECT_EQ(error, "/objects/land~1sea~01/geometries/1/arcs/1/1/0: arc 3 does not exist (the topology has 1 arcs)");
}

struct BadTopology {
    const char* what;
    std::string json;
    std::string error;
};

std::string withCountries(const std::string& arcs, const std::string& geometries) {
    return R"({"type": "Topology", "arcs": )" + arcs +
           R"(, "objects": {"countries": {"type": "GeometryCollection", "geometries": )" + geometries + "}}}";
}

const std::string triangleArc = "[[[0, 0], [1, 0], [0, 1], [0, 0]]]";

class TopoJsonErrorTest : public testing::TestWithParam<BadTopology> {};

TEST_P(TopoJsonErrorTest, SaysWhatIsWrongAndWhere) {
    const auto& c = GetParam();
    vk::Topology topology;
    std::string error;
    EXPECT_FALSE(vk::decodeTopology(c.json, "countries", topology, error));
    EXPECT_EQ(error, c.error);
    EXPECT_TRUE(topology.arcs.empty() && topology.geometries.empty()) << "nothing half-read is left";
}

INSTANTIATE_TEST_SUITE_P(
    BadInput, TopoJsonErrorTest,
    testing::Values(
        BadTopology{"cut off", R"({"type": "Topology",)", "(file): not valid JSON at line 1, column 21: the text ends too early: expected a key in double quotes"},
        BadTopology{"cut off in the arcs", R"({"type": "Topology", "arcs": [[[0, 0], [1)",
                    "(file): not valid JSON at line 1, column 42: the text ends too early: expected ',' or ']'"},
        BadTopology{"syntax", R"({"type": "Topology", "arcs": [}})", "(file): not valid JSON at line 1, column 31: expected a value, got '}'"},
        BadTopology{"empty", "", "(file): not valid JSON at line 1, column 1: the text ends too early: expected a value"},
        BadTopology{"array", "[1, 2]", "(file): not a TopoJSON topology (expected an object)"},
        BadTopology{"GeoJSON", R"({"type": "FeatureCollection", "features": []})",
                    R"((file): not a TopoJSON topology (expected "type": "Topology"))"},
        BadTopology{"no arcs", R"({"type": "Topology", "objects": {}})", "(file): has no arcs"},
        // Outside the arcs the document is a JSON value, nested no deeper than core's parser allows.
        BadTopology{"nested too deep", R"({"type": "Topology", "arcs": [], "x": )" + std::string(32, '[') + std::string(32, ']') + "}",
                    "(file): nesting deeper than 32 levels of objects and arrays"},
        BadTopology{"nested as deep as allowed", R"({"type": "Topology", "arcs": [], "x": )" + std::string(31, '[') + std::string(31, ']') + "}",
                    "(file): has no objects"},  // read to the end: the next problem is another
        BadTopology{"bad position", withCountries("[[[0, 0], [1, 0]], [[0, 0], [1, 1], [2]]]", "[]"),
                    "/arcs/1/2: a position must be an array of two numbers"},
        BadTopology{"position of strings", withCountries(R"([[[0, 0], ["1", "0"]]])", "[]"),
                    "/arcs/0/1: a position must be an array of two numbers"},
        BadTopology{"position is a number", withCountries("[[[0, 0], 7, [1, 1]]]", "[]"),
                    "/arcs/0/1: a position must be an array of two numbers"},
        BadTopology{"nested position", withCountries("[[[0, 0], [[1, 0], [2, 0]]]]", "[]"),
                    "/arcs/0/1: a position must be an array of two numbers"},
        BadTopology{"arc is an object", withCountries(R"([[[0, 0], [1, 0]], {"x": 1}])", "[]"),
                    "/arcs/1: expected an array of positions"},
        BadTopology{"arcs not an array", R"({"type": "Topology", "arcs": {"0": []}, "objects": {}})",
                    "/arcs: expected an array of arcs"},
        BadTopology{"arcs a number", R"({"type": "Topology", "arcs": 5, "objects": {}})", "/arcs: expected an array of arcs"},
        BadTopology{"one-point arc", withCountries("[[[0, 0]]]", "[]"), "/arcs/0: an arc needs at least two positions"},
        BadTopology{"scale missing", R"({"type": "Topology", "transform": {"translate": [0, 0]}, "arcs": []})",
                    "/transform: has no scale"},
        BadTopology{"scale not numbers", R"({"type": "Topology", "transform": {"scale": [1, "x"], "translate": [0, 0]}, "arcs": []})",
                    "/transform/scale: expected an array of two numbers"},
        BadTopology{"no such object", R"({"type": "Topology", "arcs": [], "objects": {"land": {"type": null}}})",
                    R"(/objects: has no object "countries")"},
        BadTopology{"arc out of range", withCountries(triangleArc, R"([{"type": "Polygon", "arcs": [[0, 7]]}])"),
                    "/objects/countries/geometries/0/arcs/0/1: arc 7 does not exist (the topology has 1 arcs)"},
        BadTopology{"reversed arc out of range", withCountries(triangleArc, R"([{"type": "Polygon", "arcs": [[-3]]}])"),
                    "/objects/countries/geometries/0/arcs/0/0: arc 2 does not exist (the topology has 1 arcs)"},
        BadTopology{"arc index not an integer", withCountries(triangleArc, R"([{"type": "Polygon", "arcs": [[0.5]]}])"),
                    "/objects/countries/geometries/0/arcs/0/0: expected an arc index (an integer)"},
        BadTopology{"ring not closed", withCountries("[[[0, 0], [1, 0], [0, 1]]]", R"([{"type": "Polygon", "arcs": [[0]]}])"),
                    "/objects/countries/geometries/0/arcs/0: the ring does not close (arc 0 does not end where arc 0 starts)"},
        BadTopology{"second arc does not start at the first's end",
                    withCountries("[[[0, 0], [1, 0]], [[5, 5], [0, 0]]]", R"([{"type": "MultiPolygon", "arcs": [[[0, 1]]]}])"),
                    "/objects/countries/geometries/0/arcs/0/0/1: arc 1 does not start where arc 0 ends"},
        BadTopology{"empty ring", withCountries(triangleArc, R"([{"type": "Polygon", "arcs": [[]]}])"),
                    "/objects/countries/geometries/0/arcs/0: a ring needs at least one arc"},
        BadTopology{"line string", withCountries(triangleArc, R"([{"type": "LineString", "arcs": [0]}])"),
                    R"(/objects/countries/geometries/0: geometry type "LineString" is not supported (only Polygon and MultiPolygon))"},
        BadTopology{"no type", withCountries(triangleArc, R"([{"arcs": [[0]]}])"), "/objects/countries/geometries/0: has no type"},
        BadTopology{"bad id", withCountries(triangleArc, R"([{"type": "Polygon", "id": [1], "arcs": [[0]]}])"),
                    "/objects/countries/geometries/0/id: expected a string or an integer"},
        BadTopology{"polygon without arcs", withCountries(triangleArc, R"([{"type": "Polygon"}])"),
                    "/objects/countries/geometries/0: has no arcs"}),
    [](const testing::TestParamInfo<BadTopology>& param) {
        std::string name;
        for (const char ch : std::string(param.param.what))
            name += std::isalnum(static_cast<unsigned char>(ch)) ? ch : '_';
        return name;
    });

}  // namespace
