// Fuzzes the geometry asset reader: any bytes as assets/geo/norway.vkgeo. When it accepts them,
// every index must name a vertex and every count fit its kind, as the GPU upload assumes; and the
// asset must encode again.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <span>
#include <string>

#include "core/geo_asset.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    vk::GeoAsset asset;
    std::string error;
    if (!vk::decodeGeoAsset(std::span(data, size), asset, error)) {
        if (error.empty()) std::abort();  // a refusal always says why
        return 0;
    }
    for (const vk::GeoLayer& layer : asset.layers) {
        const std::size_t perPrimitive = layer.kind == vk::LayerKind::Fill ? 3 : 2;
        if (layer.indices.size() % perPrimitive != 0) std::abort();
        for (const std::uint32_t index : layer.indices)
            if (index >= layer.vertices.size()) std::abort();
        if (layer.kind == vk::LayerKind::Fill) (void)vk::outlineOf(layer, "outline", asset.clipBox);
    }
    (void)vk::encodeGeoAsset(asset);
    return 0;
}
