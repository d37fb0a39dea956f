// TopoJSON topologies as npm world-atlas ships them (countries-10m.json): quantized, delta-coded
// arcs shared between neighbouring polygons, so a border is stored, and can be simplified, once.
// std and core only: never include GL, ImGui or Emscripten here.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/geo.hpp"

namespace vk {

// One arc of a ring. TopoJSON writes a reversed arc i as ~i (that is -i-1).
struct ArcRef {
    std::uint32_t index = 0;
    bool reversed = false;  // the ring walks the arc from its last point to its first
};

// A closed ring as the arcs it is made of: each arc starts where the one before ends, and the
// last ends where the first starts.
using ArcRing = std::vector<ArcRef>;

// One polygon: the outer ring first, then its holes.
struct TopoPolygon {
    std::vector<ArcRing> rings;
};

// A Polygon or MultiPolygon (a null geometry has no polygons).
struct TopoGeometry {
    std::string id;    // e.g. ISO 3166 numeric "578" for Norway; empty when absent
    std::string name;  // properties.name; empty when absent
    std::vector<TopoPolygon> polygons;
};

struct Topology {
    std::vector<std::vector<LonLat>> arcs;  // absolute degrees, transform and deltas undone
    std::vector<TopoGeometry> geometries;   // of the object that was asked for, in file order

    // The first geometry with this id, or nullptr.
    const TopoGeometry* geometry(std::string_view id) const;
};

// Reads a TopoJSON Topology and the geometries of objects[objectName] (a GeometryCollection or a
// single geometry). Only Polygon, MultiPolygon and null geometries are accepted; every arc
// reference is checked against the arcs and every ring must close. On bad input returns false
// and sets error to one sentence that starts with the JSON Pointer of the value, as the nominee
// loader's problems do: "/objects/countries/geometries/0/arcs/0/1: arc 7 does not exist (the
// topology has 3 arcs)", "(file): has no arcs", or a syntax error with its line and column
// (base/json_io.hpp); never throws.
bool decodeTopology(std::string_view json, std::string_view objectName, Topology& topology,
                    std::string& error);

// The points of a ring made of arcs (lon/lat, or projected and possibly simplified map metres).
// The ring comes back open: the point where two arcs meet appears once, and the closing point
// (equal to the first) is left off. Empty if a reference names an arc that is not in arcs.
std::vector<LonLat> assembleRing(std::span<const ArcRef> ring,
                                 std::span<const std::vector<LonLat>> arcs);
std::vector<MapPoint> assembleRing(std::span<const ArcRef> ring,
                                   std::span<const std::vector<MapPoint>> arcs);

}  // namespace vk
