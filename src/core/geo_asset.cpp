#include "core/geo_asset.hpp"

#include "core/limits.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <utility>

namespace vk {

const GeoLayer* GeoAsset::layer(const std::string& name) const {
    for (const auto& l : layers)
        if (l.name == name) return &l;
    return nullptr;
}

namespace {

constexpr char magic[5] = {'V', 'K', 'G', 'E', 'O'};
// 2: the clip box in the header, a 50 m grid, indices as steps within each primitive.
// 3: the grid in the header; fill layers only, each with its outline (segments) after its triangles.
constexpr std::uint8_t formatVersion = 3;

class Writer {
public:
    void byte(std::uint8_t b) { out.push_back(b); }
    void varint(std::uint64_t v) {
        while (v >= 0x80) {
            out.push_back(static_cast<std::uint8_t>(v | 0x80));
            v >>= 7;
        }
        out.push_back(static_cast<std::uint8_t>(v));
    }
    void signedVarint(std::int64_t v) {  // zig-zag, so small negatives stay short
        varint((static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63));
    }
    // An index as a step from `from`; returns the index, for the next step to start from.
    std::int64_t index(std::uint32_t value, std::int64_t from) {
        signedVarint(static_cast<std::int64_t>(value) - from);
        return value;
    }
    void real(double v) {
        std::uint8_t b[8];
        std::memcpy(b, &v, 8);
        out.insert(out.end(), b, b + 8);
    }
    void box(const MapBox& b) {
        real(b.minX);
        real(b.minY);
        real(b.maxX);
        real(b.maxY);
    }
    std::vector<std::uint8_t> out;
};

class Reader {
public:
    explicit Reader(std::span<const std::uint8_t> bytes) : data(bytes) {}

    bool failed() const { return !error.empty(); }
    void fail(const std::string& what) {
        if (error.empty()) error = what + " at byte " + std::to_string(offset);
    }
    std::uint8_t byte() {
        if (offset >= data.size()) {
            fail("the file ends too early");
            return 0;
        }
        return data[offset++];
    }
    std::uint64_t varint() {
        std::uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            const std::uint8_t b = byte();
            if (failed()) return 0;
            v |= static_cast<std::uint64_t>(b & 0x7f) << shift;
            if (!(b & 0x80)) return v;
        }
        fail("a number is too long");
        return 0;
    }
    std::int64_t signedVarint() {
        const std::uint64_t v = varint();
        return static_cast<std::int64_t>(v >> 1) ^ -static_cast<std::int64_t>(v & 1);
    }
    double real() {
        if (offset + 8 > data.size()) {
            fail("the file ends too early");
            return 0;
        }
        double v;
        std::memcpy(&v, data.data() + offset, 8);
        offset += 8;
        return v;
    }
    // The coordinate `from` plus one zig-zag step, both in grid steps; fails when the step or
    // the result leaves the map's plane, limit steps either way of its origin.
    std::int64_t gridStep(std::int64_t from, std::int64_t limit) {
        const std::int64_t step = signedVarint();
        if (failed()) return from;
        if (step < -2 * limit || step > 2 * limit || from + step < -limit || from + step > limit) {
            fail("a vertex lies outside the map's plane (more than " +
                 std::to_string(limits::maxGeoPlaneMetres / 1000) + " km out)");
            return from;
        }
        return from + step;
    }
    // An index into a layer's vertexCount vertices, stored as a zig-zag step from `from` (a valid
    // index, or 0). what names it in an error ("layer "norway": outline index").
    std::uint32_t index(std::int64_t from, std::uint64_t vertexCount, const std::string& what) {
        const std::int64_t step = signedVarint();
        if (failed()) return 0;
        // from is under the vertex count and so under the file's size; a step larger than the
        // file's size leads outside whichever way. Checking it before adding keeps the sum from
        // overflowing.
        const auto fileSize = static_cast<std::int64_t>(data.size());
        if (step < -fileSize || step > fileSize) {
            fail(what + " step " + std::to_string(step) + " leads outside its " + std::to_string(vertexCount) +
                 " vertices");
            return 0;
        }
        const std::int64_t index = from + step;
        if (index < 0 || index >= static_cast<std::int64_t>(vertexCount)) {
            fail(what + " " + std::to_string(index) + " outside its " + std::to_string(vertexCount) + " vertices");
            return 0;
        }
        return static_cast<std::uint32_t>(index);
    }
    MapBox box() {
        MapBox b;
        b.minX = real();
        b.minY = real();
        b.maxX = real();
        b.maxY = real();
        return b;
    }

    std::span<const std::uint8_t> data;
    std::size_t offset = 0;
    std::string error;
};

// Either no box at all (MapBox{}, as an asset without that box writes it) or one that is finite,
// ordered (min <= max) and within the map's plane.
bool plausibleBox(const MapBox& b) {
    const MapBox none;
    if (b.minX == none.minX && b.minY == none.minY && b.maxX == none.maxX && b.maxY == none.maxY) return true;
    constexpr auto limit = static_cast<double>(limits::maxGeoPlaneMetres);
    for (const double v : {b.minX, b.minY, b.maxX, b.maxY})
        if (!std::isfinite(v) || v < -limit || v > limit) return false;
    return b.minX <= b.maxX && b.minY <= b.maxY;
}

// The grid an asset is written on: its gridMetres as whole metres, within the limits (a grid that
// is not a number counts as the finest, 1 m: converting NaN to an integer is undefined).
std::uint64_t wholeGridMetres(double gridMetres) {
    if (!(gridMetres >= 1)) return 1;
    return static_cast<std::uint64_t>(std::min<double>(std::round(gridMetres), limits::maxGeoGridMetres));
}

}  // namespace

std::vector<std::uint8_t> encodeGeoAsset(const GeoAsset& asset) {
    Writer w;
    for (char c : magic) w.byte(static_cast<std::uint8_t>(c));
    w.byte(formatVersion);
    const std::uint64_t grid = wholeGridMetres(asset.gridMetres);
    w.varint(grid);
    w.box(asset.norwayBounds);
    w.box(asset.extent);
    w.box(asset.clipBox);
    w.varint(asset.layers.size());
    for (const auto& layer : asset.layers) {
        w.varint(layer.name.size());
        for (char c : layer.name) w.byte(static_cast<std::uint8_t>(c));
        w.varint(layer.vertices.size());
        std::int64_t lastX = 0, lastY = 0;
        for (const auto& v : layer.vertices) {
            const std::int64_t x = std::llround(v.x / static_cast<double>(grid));
            const std::int64_t y = std::llround(v.y / static_cast<double>(grid));
            w.signedVarint(x - lastX);
            w.signedVarint(y - lastY);
            lastX = x;
            lastY = y;
        }
        w.varint(layer.triangles.size() / 3);
        std::int64_t first = 0;
        for (std::size_t i = 0; i + 2 < layer.triangles.size(); i += 3) {
            first = w.index(layer.triangles[i], first);
            w.index(layer.triangles[i + 1], first);
            w.index(layer.triangles[i + 2], first);
        }
        w.varint(layer.outline.size() / 2);
        std::int64_t end = 0;
        for (std::size_t i = 0; i + 1 < layer.outline.size(); i += 2)
            end = w.index(layer.outline[i + 1], w.index(layer.outline[i], end));
    }
    return w.out;
}

bool decodeGeoAsset(std::span<const std::uint8_t> bytes, GeoAsset& asset, std::string& error) {
    Reader r(bytes);
    for (char c : magic) {
        if (r.byte() != static_cast<std::uint8_t>(c)) {
            error = "not a Vertskapskart geometry file (no VKGEO header)";
            return false;
        }
    }
    const std::uint8_t version = r.byte();
    if (!r.failed() && version != formatVersion) {
        error = "geometry format " + std::to_string(version) + " is not supported (expected " +
                std::to_string(formatVersion) + ")";
        return false;
    }
    asset = GeoAsset{};
    const std::uint64_t grid = r.varint();
    if (!r.failed() && (grid == 0 || grid > limits::maxGeoGridMetres))
        r.fail("implausible grid of " + std::to_string(grid) + " m (1 to " + std::to_string(limits::maxGeoGridMetres) +
               " m)");
    asset.gridMetres = static_cast<double>(grid);
    asset.norwayBounds = r.box();
    if (!r.failed() && !plausibleBox(asset.norwayBounds)) r.fail("implausible Norway bounds");
    asset.extent = r.box();
    if (!r.failed() && !plausibleBox(asset.extent)) r.fail("implausible extent");
    asset.clipBox = r.box();
    if (!r.failed() && !plausibleBox(asset.clipBox)) r.fail("implausible clip box");
    const std::uint64_t layerCount = r.varint();
    if (layerCount > limits::maxGeoLayers)
        r.fail("implausible layer count " + std::to_string(layerCount) + " (the limit is " +
               std::to_string(limits::maxGeoLayers) + ")");
    for (std::uint64_t l = 0; l < layerCount && !r.failed(); ++l) {
        GeoLayer layer;
        const std::uint64_t nameLength = r.varint();
        if (nameLength > limits::maxGeoLayerNameBytes)
            r.fail("implausible layer name length (the limit is " + std::to_string(limits::maxGeoLayerNameBytes) + ")");
        for (std::uint64_t i = 0; i < nameLength && !r.failed(); ++i) layer.name += static_cast<char>(r.byte());
        const std::string inLayer = "layer \"" + layer.name + "\": ";
        const std::uint64_t vertexCount = r.varint();
        // Each vertex takes at least two bytes, each index one, which bounds what a truncated
        // file can ask for.
        if (vertexCount > bytes.size()) r.fail(inLayer + "implausible vertex count");
        if (r.failed()) break;
        layer.vertices.reserve(static_cast<std::size_t>(vertexCount));
        const std::int64_t limit = limits::maxGeoPlaneMetres / static_cast<std::int64_t>(grid);
        std::int64_t x = 0, y = 0;
        for (std::uint64_t i = 0; i < vertexCount && !r.failed(); ++i) {
            // Each step is checked before it is added, so no sum can overflow.
            x = r.gridStep(x, limit);
            y = r.gridStep(y, limit);
            if (r.failed()) break;
            layer.vertices.push_back({static_cast<double>(x) * asset.gridMetres, static_cast<double>(y) * asset.gridMetres});
        }

        const std::uint64_t triangleCount = r.varint();
        if (triangleCount > bytes.size() / 3) r.fail(inLayer + "implausible triangle count");
        if (r.failed()) break;
        layer.triangles.reserve(static_cast<std::size_t>(triangleCount) * 3);
        const std::string triangleIndex = inLayer + "triangle index";
        std::int64_t first = 0;
        for (std::uint64_t t = 0; t < triangleCount && !r.failed(); ++t) {
            first = r.index(first, vertexCount, triangleIndex);
            const std::uint32_t second = r.index(first, vertexCount, triangleIndex);
            const std::uint32_t third = r.index(first, vertexCount, triangleIndex);
            if (r.failed()) break;
            layer.triangles.insert(layer.triangles.end(), {static_cast<std::uint32_t>(first), second, third});
        }

        const std::uint64_t segmentCount = r.varint();
        if (!r.failed() && segmentCount > bytes.size() / 2) r.fail(inLayer + "implausible segment count");
        if (r.failed()) break;
        layer.outline.reserve(static_cast<std::size_t>(segmentCount) * 2);
        const std::string outlineIndex = inLayer + "outline index";
        std::int64_t end = 0;
        for (std::uint64_t s = 0; s < segmentCount && !r.failed(); ++s) {
            const std::uint32_t start = r.index(end, vertexCount, outlineIndex);
            end = r.index(start, vertexCount, outlineIndex);
            if (r.failed()) break;
            layer.outline.insert(layer.outline.end(), {start, static_cast<std::uint32_t>(end)});
        }
        asset.layers.push_back(std::move(layer));
    }
    if (!r.failed() && r.offset != bytes.size()) r.fail("unexpected data after the last layer");
    if (r.failed()) {
        error = r.error;
        return false;
    }
    return true;
}

}  // namespace vk
