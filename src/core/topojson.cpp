#include "core/topojson.hpp"

#include <exception>
#include <optional>
#include <tuple>
#include <utility>

#include <nlohmann/json.hpp>

namespace vk {

const TopoGeometry* Topology::geometry(std::string_view id) const {
    for (const auto& g : geometries)
        if (g.id == id) return &g;
    return nullptr;
}

namespace {

using Json = nlohmann::json;

// Failure carries its sentence up to decodeTopology(); we never let it escape as an exception.
struct DecodeError {
    std::string message;
};

[[noreturn]] void fail(const std::string& path, const std::string& what) {
    throw DecodeError{path + ": " + what};
}

std::string indexed(const std::string& path, std::size_t i) {
    return path + "[" + std::to_string(i) + "]";
}

// Quantized positions are undone as lon = x * scale + translate (TopoJSON 1.0 "transform").
struct Transform {
    double scaleX = 1, scaleY = 1, translateX = 0, translateY = 0;
};

std::pair<double, double> readPair(const Json& j, const std::string& path, const char* what) {
    if (!j.is_array() || j.size() < 2 || !j[0].is_number() || !j[1].is_number())
        fail(path, std::string("expected ") + what);
    return {j[0].get<double>(), j[1].get<double>()};
}

std::optional<Transform> readTransform(const Json& root) {
    const auto it = root.find("transform");
    if (it == root.end()) return std::nullopt;
    if (!it->is_object()) fail("transform", "expected an object with scale and translate");
    const auto scale = it->find("scale");
    const auto translate = it->find("translate");
    if (scale == it->end()) fail("transform", "has no scale");
    if (translate == it->end()) fail("transform", "has no translate");
    Transform t;
    std::tie(t.scaleX, t.scaleY) = readPair(*scale, "transform.scale", "an array of two numbers");
    std::tie(t.translateX, t.translateY) =
        readPair(*translate, "transform.translate", "an array of two numbers");
    return t;
}

std::vector<std::vector<LonLat>> readArcs(const Json& root, const std::optional<Transform>& transform) {
    const auto it = root.find("arcs");
    if (it == root.end()) fail("topology", "has no arcs");
    if (!it->is_array()) fail("arcs", "expected an array of arcs");
    std::vector<std::vector<LonLat>> arcs;
    arcs.reserve(it->size());
    for (std::size_t a = 0; a < it->size(); ++a) {
        const Json& arc = (*it)[a];
        const std::string arcPath = indexed("arcs", a);
        if (!arc.is_array()) fail(arcPath, "expected an array of positions");
        if (arc.size() < 2) fail(arcPath, "an arc needs at least two positions");
        std::vector<LonLat> points;
        points.reserve(arc.size());
        // Quantized arcs store the first position absolutely and each next one as a delta; the sums
        // are whole numbers, which doubles hold exactly.
        double x = 0, y = 0;
        for (std::size_t p = 0; p < arc.size(); ++p) {
            const Json& position = arc[p];
            if (!position.is_array() || position.size() < 2 || !position[0].is_number() ||
                !position[1].is_number())
                fail(indexed(arcPath, p), "a position must be an array of two numbers");
            if (transform) {
                x += position[0].get<double>();
                y += position[1].get<double>();
                points.push_back({x * transform->scaleX + transform->translateX,
                                  y * transform->scaleY + transform->translateY});
            } else {
                points.push_back({position[0].get<double>(), position[1].get<double>()});
            }
        }
        arcs.push_back(std::move(points));
    }
    return arcs;
}

bool samePoint(LonLat a, LonLat b) { return a.lon == b.lon && a.lat == b.lat; }
bool samePoint(MapPoint a, MapPoint b) { return a.x == b.x && a.y == b.y; }

LonLat ringStart(const std::vector<std::vector<LonLat>>& arcs, ArcRef r) {
    return r.reversed ? arcs[r.index].back() : arcs[r.index].front();
}
LonLat ringEnd(const std::vector<std::vector<LonLat>>& arcs, ArcRef r) {
    return r.reversed ? arcs[r.index].front() : arcs[r.index].back();
}

std::string describe(ArcRef r) {
    return r.reversed ? "~" + std::to_string(r.index) : std::to_string(r.index);
}

ArcRing readRing(const Json& j, const std::string& path,
                 const std::vector<std::vector<LonLat>>& arcs) {
    if (!j.is_array()) fail(path, "expected a ring: an array of arc indices");
    if (j.empty()) fail(path, "a ring needs at least one arc");
    ArcRing ring;
    ring.reserve(j.size());
    for (std::size_t i = 0; i < j.size(); ++i) {
        const Json& value = j[i];
        if (!value.is_number_integer()) fail(indexed(path, i), "expected an arc index (an integer)");
        const std::int64_t encoded = value.get<std::int64_t>();
        ArcRef ref;
        ref.reversed = encoded < 0;
        const std::int64_t index = ref.reversed ? ~encoded : encoded;
        if (index >= static_cast<std::int64_t>(arcs.size()))
            fail(indexed(path, i), "arc " + std::to_string(index) + " does not exist (the topology has " +
                                       std::to_string(arcs.size()) + " arcs)");
        ref.index = static_cast<std::uint32_t>(index);
        ring.push_back(ref);
    }
    for (std::size_t i = 0; i < ring.size(); ++i) {
        const ArcRef from = ring[i];
        const ArcRef to = ring[(i + 1) % ring.size()];
        if (!samePoint(ringEnd(arcs, from), ringStart(arcs, to))) {
            if (i + 1 == ring.size())
                fail(path, "the ring does not close (arc " + describe(from) +
                               " does not end where arc " + describe(to) + " starts)");
            fail(indexed(path, i + 1), "arc " + describe(to) + " does not start where arc " +
                                           describe(from) + " ends");
        }
    }
    return ring;
}

TopoPolygon readPolygon(const Json& j, const std::string& path,
                        const std::vector<std::vector<LonLat>>& arcs) {
    if (!j.is_array()) fail(path, "expected a polygon: an array of rings");
    if (j.empty()) fail(path, "a polygon needs at least one ring");
    TopoPolygon polygon;
    for (std::size_t r = 0; r < j.size(); ++r) polygon.rings.push_back(readRing(j[r], indexed(path, r), arcs));
    return polygon;
}

TopoGeometry readGeometry(const Json& j, const std::string& path,
                          const std::vector<std::vector<LonLat>>& arcs) {
    if (!j.is_object()) fail(path, "expected a geometry object");
    TopoGeometry geometry;
    if (const auto id = j.find("id"); id != j.end()) {
        if (id->is_string()) geometry.id = id->get<std::string>();
        else if (id->is_number_integer()) geometry.id = std::to_string(id->get<std::int64_t>());
        else if (!id->is_null()) fail(path + ".id", "expected a string or an integer");
    }
    if (const auto properties = j.find("properties"); properties != j.end() && properties->is_object()) {
        if (const auto name = properties->find("name"); name != properties->end() && name->is_string())
            geometry.name = name->get<std::string>();
    }
    const auto type = j.find("type");
    if (type == j.end()) fail(path, "has no type");
    if (type->is_null()) return geometry;  // TopoJSON's null geometry: no shape
    if (!type->is_string()) fail(path + ".type", "expected a string");
    const std::string typeName = type->get<std::string>();
    if (typeName != "Polygon" && typeName != "MultiPolygon")
        fail(path, "geometry type \"" + typeName + "\" is not supported (only Polygon and MultiPolygon)");
    const auto geometryArcs = j.find("arcs");
    if (geometryArcs == j.end()) fail(path, "has no arcs");
    const std::string arcsPath = path + ".arcs";
    if (typeName == "Polygon") {
        geometry.polygons.push_back(readPolygon(*geometryArcs, arcsPath, arcs));
    } else {
        if (!geometryArcs->is_array()) fail(arcsPath, "expected an array of polygons");
        for (std::size_t p = 0; p < geometryArcs->size(); ++p)
            geometry.polygons.push_back(readPolygon((*geometryArcs)[p], indexed(arcsPath, p), arcs));
    }
    return geometry;
}

void decodeOrThrow(std::string_view text, std::string_view objectName, Topology& topology) {
    Json root;
    try {
        root = Json::parse(text.begin(), text.end());
    } catch (const Json::parse_error& e) {
        // nlohmann counts from 1; we give the offset from the start, as geo_asset does.
        const std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
        throw DecodeError{"not valid JSON (syntax error at byte " + std::to_string(offset) + ")"};
    }
    if (!root.is_object()) throw DecodeError{"not a TopoJSON topology (expected an object)"};
    const auto type = root.find("type");
    if (type == root.end() || *type != "Topology")
        throw DecodeError{"not a TopoJSON topology (expected \"type\": \"Topology\")"};
    const auto transform = readTransform(root);
    topology.arcs = readArcs(root, transform);

    const auto objects = root.find("objects");
    if (objects == root.end() || !objects->is_object()) fail("topology", "has no objects");
    const std::string name(objectName);
    const auto object = objects->find(name);
    if (object == objects->end()) fail("objects", "has no object \"" + name + "\"");
    const std::string objectPath = "objects." + name;
    if (!object->is_object()) fail(objectPath, "expected a geometry object");
    const auto objectType = object->find("type");
    if (objectType != object->end() && *objectType == "GeometryCollection") {
        const auto geometries = object->find("geometries");
        if (geometries == object->end() || !geometries->is_array())
            fail(objectPath, "a GeometryCollection needs an array of geometries");
        for (std::size_t g = 0; g < geometries->size(); ++g)
            topology.geometries.push_back(
                readGeometry((*geometries)[g], indexed(objectPath + ".geometries", g), topology.arcs));
    } else {
        topology.geometries.push_back(readGeometry(*object, objectPath, topology.arcs));
    }
}

template <typename Point>
std::vector<Point> assemble(std::span<const ArcRef> ring, std::span<const std::vector<Point>> arcs) {
    std::vector<Point> points;
    for (const ArcRef r : ring) {
        if (r.index >= arcs.size()) return {};
        const auto& arc = arcs[r.index];
        const std::size_t n = arc.size();
        for (std::size_t i = 0; i < n; ++i) {
            const Point& p = arc[r.reversed ? n - 1 - i : i];
            // Where two arcs meet, the end of the one and the start of the next are one point.
            if (i == 0 && !points.empty() && samePoint(points.back(), p)) continue;
            points.push_back(p);
        }
    }
    if (points.size() > 1 && samePoint(points.front(), points.back())) points.pop_back();
    return points;
}

}  // namespace

bool decodeTopology(std::string_view json, std::string_view objectName, Topology& topology,
                    std::string& error) {
    topology = Topology{};
    try {
        decodeOrThrow(json, objectName, topology);
        return true;
    } catch (const DecodeError& e) {
        error = e.message;
    } catch (const std::exception& e) {
        error = std::string("could not read the topology: ") + e.what();
    }
    topology = Topology{};
    return false;
}

std::vector<LonLat> assembleRing(std::span<const ArcRef> ring,
                                 std::span<const std::vector<LonLat>> arcs) {
    return assemble(ring, arcs);
}

std::vector<MapPoint> assembleRing(std::span<const ArcRef> ring,
                                   std::span<const std::vector<MapPoint>> arcs) {
    return assemble(ring, arcs);
}

}  // namespace vk
