#include "geoprep/topojson.hpp"

#include <optional>
#include <utility>

#include "base/json_io.hpp"  // Json, JsonPointer, syntaxErrorMessage
#include "core/limits.hpp"

namespace vk {

const TopoGeometry* Topology::geometry(std::string_view id) const {
    for (const auto& g : geometries)
        if (g.id == id) return &g;
    return nullptr;
}

namespace {

// The sentence for a problem at a place in the document: "/arcs/1/2: ...", "(file): ..." at the top.
std::string problemAt(const JsonPointer& at, const std::string& what) { return DataProblem{at.to_string(), what}.toString(); }

// Each reader below returns false on the first problem, with its sentence in `error`.
bool fail(std::string& error, const JsonPointer& at, const std::string& what) {
    error = problemAt(at, what);
    return false;
}

const JsonPointer topLevel;

// Quantized positions are undone as lon = x * scale + translate (TopoJSON 1.0 "transform").
struct Transform {
    double scaleX = 1, scaleY = 1, translateX = 0, translateY = 0;
};

bool readPair(const Json& j, const JsonPointer& path, double& first, double& second, std::string& error) {
    if (!j.is_array() || j.size() < 2 || !j[0].is_number() || !j[1].is_number())
        return fail(error, path, "expected an array of two numbers");
    first = j[0].get<double>();
    second = j[1].get<double>();
    return true;
}

// The root's transform; none (the identity) when it has none.
bool readTransform(const Json& root, std::optional<Transform>& transform, std::string& error) {
    const Json* it = member(root, "transform");
    if (!it) return true;
    const JsonPointer path = topLevel / "transform";
    if (!it->is_object()) return fail(error, path, "expected an object with scale and translate");
    const Json* scale = member(*it, "scale");
    const Json* translate = member(*it, "translate");
    if (!scale) return fail(error, path, "has no scale");
    if (!translate) return fail(error, path, "has no translate");
    Transform t;
    if (!readPair(*scale, path / "scale", t.scaleX, t.scaleY, error) ||
        !readPair(*translate, path / "translate", t.translateX, t.translateY, error))
        return false;
    transform = t;
    return true;
}

// Reads the document in one pass. The arcs (nearly all of a world-atlas file: half a million
// positions) go straight into numbers, checked as they come; everything else becomes a JSON
// value for the readers below. Building a JSON value for the arcs as well would take several
// times longer, which the unit tests feel in a debug build. The rest of the document may nest
// as deep as core's parser allows (limits::maxNestingDepth).
class TopologyReader final : public nlohmann::json_sax<Json> {
public:
    Json document;                            // the file without its root "arcs" member
    std::vector<std::vector<LonLat>> arcs;    // positions as written: quantized deltas or degrees
    bool hasArcs = false;
    std::string arcsError;                    // the first thing wrong inside "arcs"
    std::string nestingError;                 // the document nests too deep
    std::string syntaxError;                  // the sentence for a syntax error, if any

    explicit TopologyReader(std::string_view text) : text_(text) {}

    bool null() override { return arcsMode ? arcsValue() : addValue(Json(nullptr)); }
    bool boolean(bool value) override { return arcsMode ? arcsValue() : addValue(Json(value)); }
    bool number_integer(number_integer_t value) override {
        return arcsMode ? arcsNumber(static_cast<double>(value)) : addValue(Json(value));
    }
    bool number_unsigned(number_unsigned_t value) override {
        return arcsMode ? arcsNumber(static_cast<double>(value)) : addValue(Json(value));
    }
    bool number_float(number_float_t value, const string_t&) override {
        return arcsMode ? arcsNumber(value) : addValue(Json(value));
    }
    bool string(string_t& value) override { return arcsMode ? arcsValue() : addValue(Json(std::move(value))); }
    bool binary(binary_t&) override { return arcsMode ? arcsValue() : addValue(Json(nullptr)); }  // not in JSON text

    bool start_object(std::size_t) override {
        if (arcsMode) {
            arcsValue();
            ++ignoredDepth;
            return true;
        }
        if (arcsNext) {  // "arcs" holds an object
            arcsNext = false;
            hasArcs = true;
            setArcsError(arcsPointer(), "expected an array of arcs");
        }
        return open(Json::object());
    }
    bool key(string_t& name) override {
        if (arcsMode) return true;
        pendingKey = std::move(name);
        // The root's "arcs" member is read as numbers, not kept in the document.
        arcsNext = stack.size() == 1 && pendingKey == "arcs";
        return true;
    }
    bool end_object() override {
        if (arcsMode) {
            --ignoredDepth;
            return true;
        }
        stack.pop_back();
        return true;
    }
    bool start_array(std::size_t) override {
        if (arcsNext) {
            arcsNext = false;
            arcsMode = true;
            hasArcs = true;
            arcDepth = 1;
            return true;
        }
        if (!arcsMode) return open(Json::array());
        if (ignoredDepth > 0 || arcDepth >= 3) {
            if (ignoredDepth == 0) positionError();
            ++ignoredDepth;
            return true;
        }
        if (arcDepth == 1) {
            arcs.emplace_back();
            arcDepth = 2;
        } else {
            coordinates = 0;
            arcDepth = 3;
        }
        return true;
    }
    bool end_array() override {
        if (!arcsMode) {
            stack.pop_back();
            return true;
        }
        if (ignoredDepth > 0) {
            --ignoredDepth;
            return true;
        }
        if (arcDepth == 3) {
            if (coordinates < 2) positionError();
            else arcs.back().push_back(position);
            arcDepth = 2;
        } else if (arcDepth == 2) {
            if (arcs.back().size() < 2) setArcsError(arcPointer(), "an arc needs at least two positions");
            arcDepth = 1;
        } else {
            arcsMode = false;
        }
        return true;
    }
    bool parse_error(std::size_t bytesRead, const std::string& lastToken,
                     const nlohmann::detail::exception& error) override {
        syntaxError = problemAt(topLevel, syntaxErrorMessage(text_, bytesRead, lastToken, error));
        return false;
    }

private:
    bool open(Json value) {
        if (stack.size() >= limits::maxNestingDepth) {
            nestingError = problemAt(topLevel, "nesting deeper than " + std::to_string(limits::maxNestingDepth) +
                                                   " levels of objects and arrays");
            return false;
        }
        if (stack.empty()) {
            document = std::move(value);
            stack.push_back(&document);
            return true;
        }
        Json& parent = *stack.back();
        Json* child;
        if (parent.is_array()) {
            parent.push_back(std::move(value));
            child = &parent[parent.size() - 1];
        } else {
            child = &(parent[pendingKey] = std::move(value));
        }
        stack.push_back(child);
        return true;
    }
    bool addValue(Json value) {
        if (arcsNext) {  // "arcs" holds something other than an array
            arcsNext = false;
            hasArcs = true;
            setArcsError(arcsPointer(), "expected an array of arcs");
            return true;
        }
        if (stack.empty()) document = std::move(value);
        else if (stack.back()->is_array()) stack.back()->push_back(std::move(value));
        else (*stack.back())[pendingKey] = std::move(value);
        return true;
    }

    static JsonPointer arcsPointer() { return topLevel / "arcs"; }
    JsonPointer arcPointer() const { return arcsPointer() / (arcs.size() - 1); }
    JsonPointer positionPointer() const { return arcPointer() / arcs.back().size(); }
    void setArcsError(const JsonPointer& at, const std::string& message) {
        if (arcsError.empty()) arcsError = problemAt(at, message);
    }
    void positionError() { setArcsError(positionPointer(), "a position must be an array of two numbers"); }

    // Something other than a number where arcs has a value.
    bool arcsValue() {
        if (ignoredDepth > 0) return true;
        if (arcDepth == 1) setArcsError(arcsPointer() / arcs.size(), "expected an array of positions");
        else positionErrorAtDepth();
        return true;
    }
    bool arcsNumber(double value) {
        if (ignoredDepth > 0) return true;
        if (arcDepth != 3) return arcsValue();
        if (coordinates < 2) (coordinates == 0 ? position.lon : position.lat) = value;
        ++coordinates;
        return true;
    }
    void positionErrorAtDepth() {
        positionError();
    }

    std::string_view text_;
    std::vector<Json*> stack;  // the values being filled, innermost last
    std::string pendingKey;
    bool arcsNext = false;     // the next value is the root's "arcs"
    bool arcsMode = false;     // inside the root's "arcs" array
    int arcDepth = 0;          // 1 in arcs, 2 in an arc, 3 in a position
    int ignoredDepth = 0;      // nesting inside a value that is already an error
    LonLat position;
    int coordinates = 0;
};

// Undoes quantization: with a transform, positions are deltas in grid units.
void applyTransform(std::vector<std::vector<LonLat>>& arcs, const Transform& t) {
    for (auto& arc : arcs) {
        // The running sums are whole numbers, which doubles hold exactly.
        double x = 0, y = 0;
        for (LonLat& p : arc) {
            x += p.lon;
            y += p.lat;
            p = {x * t.scaleX + t.translateX, y * t.scaleY + t.translateY};
        }
    }
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

bool readRing(const Json& j, const JsonPointer& path, const std::vector<std::vector<LonLat>>& arcs, ArcRing& ring,
              std::string& error) {
    if (!j.is_array()) return fail(error, path, "expected a ring: an array of arc indices");
    if (j.empty()) return fail(error, path, "a ring needs at least one arc");
    ring.reserve(j.size());
    for (std::size_t i = 0; i < j.size(); ++i) {
        const Json& value = j[i];
        if (!value.is_number_integer()) return fail(error, path / i, "expected an arc index (an integer)");
        const std::int64_t encoded = value.get<std::int64_t>();
        ArcRef ref;
        ref.reversed = encoded < 0;
        const std::int64_t index = ref.reversed ? ~encoded : encoded;
        if (index >= static_cast<std::int64_t>(arcs.size()))
            return fail(error, path / i,
                        "arc " + std::to_string(index) + " does not exist (the topology has " +
                            std::to_string(arcs.size()) + " arcs)");
        ref.index = static_cast<std::uint32_t>(index);
        ring.push_back(ref);
    }
    for (std::size_t i = 0; i < ring.size(); ++i) {
        const ArcRef from = ring[i];
        const ArcRef to = ring[(i + 1) % ring.size()];
        if (samePoint(ringEnd(arcs, from), ringStart(arcs, to))) continue;
        if (i + 1 == ring.size())
            return fail(error, path,
                        "the ring does not close (arc " + describe(from) + " does not end where arc " + describe(to) +
                            " starts)");
        return fail(error, path / (i + 1), "arc " + describe(to) + " does not start where arc " + describe(from) + " ends");
    }
    return true;
}

bool readPolygon(const Json& j, const JsonPointer& path, const std::vector<std::vector<LonLat>>& arcs,
                 TopoPolygon& polygon, std::string& error) {
    if (!j.is_array()) return fail(error, path, "expected a polygon: an array of rings");
    if (j.empty()) return fail(error, path, "a polygon needs at least one ring");
    for (std::size_t r = 0; r < j.size(); ++r)
        if (!readRing(j[r], path / r, arcs, polygon.rings.emplace_back(), error)) return false;
    return true;
}

bool readGeometry(const Json& j, const JsonPointer& path, const std::vector<std::vector<LonLat>>& arcs,
                  TopoGeometry& geometry, std::string& error) {
    if (!j.is_object()) return fail(error, path, "expected a geometry object");
    if (const Json* id = member(j, "id")) {
        if (id->is_string()) geometry.id = id->get<std::string>();
        else if (id->is_number_integer()) geometry.id = std::to_string(id->get<std::int64_t>());
        else if (!id->is_null()) return fail(error, path / "id", "expected a string or an integer");
    }
    if (const Json* properties = member(j, "properties"); properties && properties->is_object()) {
        if (const Json* name = member(*properties, "name"); name && name->is_string()) geometry.name = name->get<std::string>();
    }
    const Json* type = member(j, "type");
    if (!type) return fail(error, path, "has no type");
    if (type->is_null()) return true;  // TopoJSON's null geometry: no shape
    if (!type->is_string()) return fail(error, path / "type", "expected a string");
    const std::string& typeName = type->get_ref<const std::string&>();
    if (typeName != "Polygon" && typeName != "MultiPolygon")
        return fail(error, path, "geometry type \"" + typeName + "\" is not supported (only Polygon and MultiPolygon)");
    const Json* geometryArcs = member(j, "arcs");
    if (!geometryArcs) return fail(error, path, "has no arcs");
    const JsonPointer arcsPath = path / "arcs";
    if (typeName == "Polygon") return readPolygon(*geometryArcs, arcsPath, arcs, geometry.polygons.emplace_back(), error);
    if (!geometryArcs->is_array()) return fail(error, arcsPath, "expected an array of polygons");
    for (std::size_t p = 0; p < geometryArcs->size(); ++p)
        if (!readPolygon((*geometryArcs)[p], arcsPath / p, arcs, geometry.polygons.emplace_back(), error)) return false;
    return true;
}

bool decode(std::string_view text, std::string_view objectName, Topology& topology, std::string& error) {
    TopologyReader reader(text);
    Json::sax_parse(text.begin(), text.end(), &reader);
    if (!reader.syntaxError.empty()) {
        error = reader.syntaxError;
        return false;
    }
    if (!reader.nestingError.empty()) {
        error = reader.nestingError;
        return false;
    }
    const Json& root = reader.document;
    if (!root.is_object()) return fail(error, topLevel, "not a TopoJSON topology (expected an object)");
    const Json* type = member(root, "type");
    if (!type || !(*type == "Topology"))
        return fail(error, topLevel, "not a TopoJSON topology (expected \"type\": \"Topology\")");
    std::optional<Transform> transform;
    if (!readTransform(root, transform, error)) return false;
    if (!reader.hasArcs) return fail(error, topLevel, "has no arcs");
    if (!reader.arcsError.empty()) {
        error = reader.arcsError;
        return false;
    }
    topology.arcs = std::move(reader.arcs);
    if (transform) applyTransform(topology.arcs, *transform);

    const Json* objects = member(root, "objects");
    if (!objects || !objects->is_object()) return fail(error, topLevel, "has no objects");
    const std::string name(objectName);
    const Json* object = member(*objects, name);
    if (!object) return fail(error, topLevel / "objects", "has no object " + quotedJson(name));
    const JsonPointer objectPath = topLevel / "objects" / name;
    if (!object->is_object()) return fail(error, objectPath, "expected a geometry object");
    const Json* objectType = member(*object, "type");
    if (!objectType || !(*objectType == "GeometryCollection"))
        return readGeometry(*object, objectPath, topology.arcs, topology.geometries.emplace_back(), error);
    const Json* geometries = member(*object, "geometries");
    if (!geometries || !geometries->is_array())
        return fail(error, objectPath, "a GeometryCollection needs an array of geometries");
    for (std::size_t g = 0; g < geometries->size(); ++g)
        if (!readGeometry((*geometries)[g], objectPath / "geometries" / g, topology.arcs,
                          topology.geometries.emplace_back(), error))
            return false;
    return true;
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
    if (decode(json, objectName, topology, error)) return true;
    topology = Topology{};  // nothing half-read is left
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
