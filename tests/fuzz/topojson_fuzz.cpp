// Fuzzes the TopoJSON reader (tools/geoprep's input, npm world-atlas): any bytes as a topology
// with an object "countries". When it accepts them, every arc reference resolves and every ring
// assembles.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

// The reader moves beside geoprep (tools/geoprep, target vk_geometry) on main; either place works.
#if __has_include("geoprep/topojson.hpp")
#include "geoprep/topojson.hpp"
#else
#include "core/topojson.hpp"
#endif

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    vk::Topology topology;
    std::string error;
    if (!vk::decodeTopology(std::string_view(reinterpret_cast<const char*>(data), size), "countries", topology, error)) {
        if (error.empty()) std::abort();
        return 0;
    }
    for (const vk::TopoGeometry& geometry : topology.geometries)
        for (const vk::TopoPolygon& polygon : geometry.polygons)
            for (const vk::ArcRing& ring : polygon.rings) {
                for (const vk::ArcRef& ref : ring)
                    if (ref.index >= topology.arcs.size()) std::abort();
                (void)vk::assembleRing(ring, topology.arcs);
            }
    return 0;
}
