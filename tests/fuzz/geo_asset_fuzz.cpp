// Fuzzes the geometry asset reader: any bytes as assets/geo/norway.vkgeo. When it accepts them,
// the grid must be one it allows, every triangle and segment complete and every index name a
// vertex of its own layer, as the GPU upload assumes; and the asset must encode again and decode
// to the same layers (the file may spell a number with more bytes than the encoder does, so the
// bytes need not be the same).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <span>
#include <string>
#include <vector>

#include "core/geo_asset.hpp"
#include "core/limits.hpp"

namespace {

bool validIndices(const std::vector<std::uint32_t>& indices, std::size_t perPrimitive, std::size_t vertices) {
    if (indices.size() % perPrimitive != 0) return false;
    for (const std::uint32_t index : indices)
        if (index >= vertices) return false;
    return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    vk::GeoAsset asset;
    std::string error;
    if (!vk::decodeGeoAsset(std::span(data, size), asset, error)) {
        if (error.empty()) std::abort();  // a refusal always says why
        return 0;
    }
    if (asset.gridMetres < 1 || asset.gridMetres > static_cast<double>(vk::limits::maxGeoGridMetres)) std::abort();
    for (const vk::GeoLayer& layer : asset.layers) {
        if (!validIndices(layer.triangles, 3, layer.vertices.size())) std::abort();
        if (!validIndices(layer.outline, 2, layer.vertices.size())) std::abort();
    }
    vk::GeoAsset again;
    if (!vk::decodeGeoAsset(vk::encodeGeoAsset(asset), again, error)) std::abort();
    if (again.gridMetres != asset.gridMetres || again.layers.size() != asset.layers.size()) std::abort();
    for (std::size_t l = 0; l < asset.layers.size(); ++l) {
        const vk::GeoLayer &a = asset.layers[l], &b = again.layers[l];
        if (a.name != b.name || a.triangles != b.triangles || a.outline != b.outline) std::abort();
        if (a.vertices.size() != b.vertices.size()) std::abort();
        for (std::size_t i = 0; i < a.vertices.size(); ++i)
            if (a.vertices[i].x != b.vertices[i].x || a.vertices[i].y != b.vertices[i].y) std::abort();
    }
    return 0;
}
