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

// An edge as one number whatever its direction, for counting how many triangles use it.
std::uint64_t edgeKey(std::uint32_t a, std::uint32_t b) {
    return (static_cast<std::uint64_t>(std::min(a, b)) << 32) | std::max(a, b);
}

bool alongOneSide(MapPoint a, MapPoint b, const MapBox& box) {
    const double near = geoAssetGridMetres / 2;
    auto on = [near](double v, double side) { return std::abs(v - side) <= near; };
    return (on(a.x, box.minX) && on(b.x, box.minX)) || (on(a.x, box.maxX) && on(b.x, box.maxX)) ||
           (on(a.y, box.minY) && on(b.y, box.minY)) || (on(a.y, box.maxY) && on(b.y, box.maxY));
}

}  // namespace

GeoLayer outlineOf(const GeoLayer& fill, std::string name, const MapBox& skipEdgesOn) {
    GeoLayer outline{std::move(name), LayerKind::Outline, fill.vertices, {}};
    if (fill.kind != LayerKind::Fill) return outline;
    // Every edge as (key, where it is in fill.indices); sorted by key, an edge one triangle uses
    // is a run of one.
    // Edge e runs from fill.indices[e] to the next corner of its triangle.
    auto endOf = [&fill](std::size_t e) { return fill.indices[e - e % 3 + (e + 1) % 3]; };
    const std::size_t edgeCount = fill.indices.size() - fill.indices.size() % 3;
    std::vector<std::pair<std::uint64_t, std::uint32_t>> edges;
    edges.reserve(edgeCount);
    for (std::size_t e = 0; e < edgeCount; ++e)
        edges.emplace_back(edgeKey(fill.indices[e], endOf(e)), static_cast<std::uint32_t>(e));
    std::sort(edges.begin(), edges.end());
    std::vector<bool> once(edgeCount, false);
    for (std::size_t i = 0; i < edges.size(); ++i) {
        const bool sameAsPrevious = i > 0 && edges[i - 1].first == edges[i].first;
        const bool sameAsNext = i + 1 < edges.size() && edges[i + 1].first == edges[i].first;
        if (!sameAsPrevious && !sameAsNext) once[edges[i].second] = true;
    }
    const bool skipping = !skipEdgesOn.empty();
    for (std::size_t e = 0; e < edgeCount; ++e) {
        if (!once[e]) continue;
        const std::uint32_t from = fill.indices[e], to = endOf(e);
        if (skipping && alongOneSide(fill.vertices[from], fill.vertices[to], skipEdgesOn)) continue;
        outline.indices.push_back(from);
        outline.indices.push_back(to);
    }
    return outline;
}

namespace {

constexpr char magic[5] = {'V', 'K', 'G', 'E', 'O'};
// 2: the clip box in the header, a 50 m grid, indices as steps within each primitive.
constexpr std::uint8_t formatVersion = 2;

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
    // the result leaves limits::maxGeoGridSteps.
    std::int64_t gridStep(std::int64_t from) {
        const std::int64_t step = signedVarint();
        constexpr std::int64_t limit = limits::maxGeoGridSteps;
        if (failed()) return from;
        if (step < -2 * limit || step > 2 * limit || from + step < -limit || from + step > limit) {
            fail("a vertex lies outside the map's plane (more than " + std::to_string(limit) + " grid steps out)");
            return from;
        }
        return from + step;
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
    constexpr double limit = static_cast<double>(limits::maxGeoGridSteps) * geoAssetGridMetres;
    for (const double v : {b.minX, b.minY, b.maxX, b.maxY})
        if (!std::isfinite(v) || v < -limit || v > limit) return false;
    return b.minX <= b.maxX && b.minY <= b.maxY;
}

std::int64_t toGrid(double metres) { return std::llround(metres / geoAssetGridMetres); }

std::size_t indicesPerPrimitive(LayerKind kind) { return kind == LayerKind::Fill ? 3 : 2; }

}  // namespace

std::vector<std::uint8_t> encodeGeoAsset(const GeoAsset& asset) {
    Writer w;
    for (char c : magic) w.byte(static_cast<std::uint8_t>(c));
    w.byte(formatVersion);
    w.box(asset.norwayBounds);
    w.box(asset.extent);
    w.box(asset.clipBox);
    w.varint(asset.layers.size());
    for (const auto& layer : asset.layers) {
        w.varint(layer.name.size());
        for (char c : layer.name) w.byte(static_cast<std::uint8_t>(c));
        w.byte(static_cast<std::uint8_t>(layer.kind));
        w.varint(layer.vertices.size());
        std::int64_t lastX = 0, lastY = 0;
        for (const auto& v : layer.vertices) {
            const std::int64_t x = toGrid(v.x), y = toGrid(v.y);
            w.signedVarint(x - lastX);
            w.signedVarint(y - lastY);
            lastX = x;
            lastY = y;
        }
        w.varint(layer.indices.size());
        const std::size_t perPrimitive = indicesPerPrimitive(layer.kind);
        std::int64_t first = 0;
        for (std::size_t i = 0; i < layer.indices.size(); ++i) {
            const auto index = static_cast<std::int64_t>(layer.indices[i]);
            w.signedVarint(index - first);
            if (i % perPrimitive == 0) first = index;
        }
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
        const std::uint8_t kind = r.byte();
        if (kind > 1) r.fail("unknown layer kind " + std::to_string(kind));
        layer.kind = static_cast<LayerKind>(kind);
        const std::uint64_t vertexCount = r.varint();
        // Each vertex takes at least two bytes, which bounds what a truncated file can ask for.
        if (vertexCount > bytes.size()) r.fail("implausible vertex count");
        if (r.failed()) break;
        layer.vertices.reserve(static_cast<std::size_t>(vertexCount));
        std::int64_t x = 0, y = 0;
        for (std::uint64_t i = 0; i < vertexCount && !r.failed(); ++i) {
            // Each step is checked before it is added, so no sum can overflow.
            x = r.gridStep(x);
            y = r.gridStep(y);
            if (r.failed()) break;
            layer.vertices.push_back({static_cast<double>(x) * geoAssetGridMetres,
                                      static_cast<double>(y) * geoAssetGridMetres});
        }
        const std::uint64_t indexCount = r.varint();
        if (indexCount > bytes.size()) r.fail("implausible index count");
        if (r.failed()) break;
        layer.indices.reserve(static_cast<std::size_t>(indexCount));
        const std::size_t perPrimitive = indicesPerPrimitive(layer.kind);
        std::int64_t first = 0;
        for (std::uint64_t i = 0; i < indexCount && !r.failed(); ++i) {
            // first is a valid index, under the vertex count and so under the file's size; a step
            // larger than the file's size leads outside whichever way. Checking it before adding
            // keeps the sum from overflowing.
            const std::int64_t step = r.signedVarint();
            const auto vertices = static_cast<std::int64_t>(vertexCount);
            const auto fileSize = static_cast<std::int64_t>(bytes.size());
            if (step < -fileSize || step > fileSize) {
                r.fail("index step " + std::to_string(step) + " leads outside the layer's " +
                       std::to_string(vertexCount) + " vertices");
                break;
            }
            const std::int64_t index = first + step;
            if (index < 0 || index >= vertices) {
                r.fail("index " + std::to_string(index) + " outside the layer's " + std::to_string(vertexCount) +
                       " vertices");
                break;
            }
            if (i % perPrimitive == 0) first = index;
            layer.indices.push_back(static_cast<std::uint32_t>(index));
        }
        if (!r.failed() && layer.indices.size() % perPrimitive != 0)
            r.fail("layer \"" + layer.name + "\" has an incomplete primitive");
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
