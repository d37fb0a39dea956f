// Coordinate spaces of the map and the conversions between them.
// Longitude/latitude (WGS84/ETRS89 degrees) <-> map metres (transverse Mercator on 15°E, as UTM
// zone 33 / EPSG:25833). Pure math: never include GL, ImGui or Emscripten here.
#pragma once

namespace vk {

// Geographic position in degrees: lon east-positive, lat north-positive.
struct LonLat {
    double lon = 0;
    double lat = 0;
};

// Projected position in metres (EPSG:25833): easting x grows east, northing y grows north.
struct MapPoint {
    double x = 0;
    double y = 0;
    friend bool operator==(const MapPoint&, const MapPoint&) = default;
};

// Axis-aligned box in map metres; empty while min > max.
struct MapBox {
    double minX = 1e300, minY = 1e300, maxX = -1e300, maxY = -1e300;

    bool empty() const { return minX > maxX || minY > maxY; }
    void include(MapPoint p);
    void includeBox(const MapBox& other);
    double width() const { return maxX - minX; }
    double height() const { return maxY - minY; }
    MapPoint centre() const { return {(minX + maxX) / 2, (minY + maxY) / 2}; }
};

// Transverse Mercator, GRS80 ellipsoid, central meridian 15°E, scale 0.9996, false easting
// 500 000 m (Krüger series, sub-millimetre within ±20° of the meridian). Valid for any
// lon/lat the widget uses (Norway and neighbours); returns metres.
MapPoint project(LonLat position);

// Inverse of project(): map metres back to degrees.
LonLat unproject(MapPoint point);

}  // namespace vk
