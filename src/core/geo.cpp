#include "core/geo.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace vk {

void MapBox::include(MapPoint p) {
    minX = std::min(minX, p.x);
    minY = std::min(minY, p.y);
    maxX = std::max(maxX, p.x);
    maxY = std::max(maxY, p.y);
}

void MapBox::includeBox(const MapBox& other) {
    if (other.empty()) return;
    include(MapPoint{other.minX, other.minY});
    include(MapPoint{other.maxX, other.maxY});
}

namespace {

// GRS80, as EUREF89 uses; EPSG:25833 parameters.
constexpr double semiMajorAxis = 6378137.0;
constexpr double flattening = 1 / 298.257222101;
constexpr double centralMeridianDeg = 15.0;
constexpr double scaleFactor = 0.9996;
constexpr double falseEasting = 500000.0;

constexpr double degToRad = std::numbers::pi / 180.0;

// Coefficients of the Krüger series in the third flattening n (Karney 2011, to n^4).
struct Series {
    double n, rectifyingRadius;  // A: radius of the rectifying sphere, times the scale factor
    double alpha[4], beta[4], delta[4];
};

constexpr Series makeSeries() {
    const double n = flattening / (2 - flattening);
    const double n2 = n * n, n3 = n2 * n, n4 = n3 * n;
    Series s{};
    s.n = n;
    s.rectifyingRadius = scaleFactor * semiMajorAxis / (1 + n) * (1 + n2 / 4 + n4 / 64);
    s.alpha[0] = n / 2 - 2 * n2 / 3 + 5 * n3 / 16 + 41 * n4 / 180;
    s.alpha[1] = 13 * n2 / 48 - 3 * n3 / 5 + 557 * n4 / 1440;
    s.alpha[2] = 61 * n3 / 240 - 103 * n4 / 140;
    s.alpha[3] = 49561 * n4 / 161280;
    s.beta[0] = n / 2 - 2 * n2 / 3 + 37 * n3 / 96 - n4 / 360;
    s.beta[1] = n2 / 48 + n3 / 15 - 437 * n4 / 1440;
    s.beta[2] = 17 * n3 / 480 - 37 * n4 / 840;
    s.beta[3] = 4397 * n4 / 161280;
    s.delta[0] = 2 * n - 2 * n2 / 3 - 2 * n3 + 116 * n4 / 45;
    s.delta[1] = 7 * n2 / 3 - 8 * n3 / 5 - 227 * n4 / 45;
    s.delta[2] = 56 * n3 / 15 - 136 * n4 / 35;
    s.delta[3] = 4279 * n4 / 630;
    return s;
}

constexpr Series series = makeSeries();

}  // namespace

MapPoint project(LonLat position) {
    const double phi = position.lat * degToRad;
    const double lambda = (position.lon - centralMeridianDeg) * degToRad;
    const double n = series.n;
    const double k = 2 * std::sqrt(n) / (1 + n);
    // Conformal latitude via the tangent of geodetic latitude.
    const double t = std::sinh(std::atanh(std::sin(phi)) - k * std::atanh(k * std::sin(phi)));
    const double xiPrime = std::atan2(t, std::cos(lambda));
    const double etaPrime = std::atanh(std::sin(lambda) / std::sqrt(1 + t * t));
    double xi = xiPrime, eta = etaPrime;
    for (int j = 1; j <= 4; ++j) {
        const double a = series.alpha[j - 1];
        xi += a * std::sin(2 * j * xiPrime) * std::cosh(2 * j * etaPrime);
        eta += a * std::cos(2 * j * xiPrime) * std::sinh(2 * j * etaPrime);
    }
    return {falseEasting + series.rectifyingRadius * eta, series.rectifyingRadius * xi};
}

LonLat unproject(MapPoint point) {
    const double xi = point.y / series.rectifyingRadius;
    const double eta = (point.x - falseEasting) / series.rectifyingRadius;
    double xiPrime = xi, etaPrime = eta;
    for (int j = 1; j <= 4; ++j) {
        const double b = series.beta[j - 1];
        xiPrime -= b * std::sin(2 * j * xi) * std::cosh(2 * j * eta);
        etaPrime -= b * std::cos(2 * j * xi) * std::sinh(2 * j * eta);
    }
    const double chi = std::asin(std::sin(xiPrime) / std::cosh(etaPrime));
    double phi = chi;
    for (int j = 1; j <= 4; ++j) phi += series.delta[j - 1] * std::sin(2 * j * chi);
    const double lambda = std::atan2(std::sinh(etaPrime), std::cos(xiPrime));
    return {centralMeridianDeg + lambda / degToRad, phi / degToRad};
}

}  // namespace vk
