// geoprep [--start] [--grid METRES] INPUT.json OUTPUT.vkgeo: world-atlas countries-10m.json -> the
// widget's map geometry (--start: the coarse map the widget draws first,
// vk::geoprep::startOptions(); --grid: the grid its points go on, in whole metres, instead of
// the options' own: 50 m, or 500 m with --start).
// Prints a one-line summary on success (exit 0); a message on stderr otherwise (exit 1 for bad
// input, 2 for wrong arguments or a file that cannot be read or written).
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "common/read_file.hpp"
#include "core/geo_asset.hpp"
#include "geoprep/geoprep.hpp"

namespace {

constexpr int exitBadInput = 1;
constexpr int exitUsage = 2;

}  // namespace

int main(int argc, char** argv) {
    bool startMap = false;
    double gridMetres = 0;  // 0: the options' own
    int arg = 1;
    for (; arg < argc && std::string(argv[arg]).starts_with("--"); ++arg) {
        const std::string flag = argv[arg];
        if (flag == "--start") {
            startMap = true;
        } else if (flag == "--grid" && arg + 1 < argc) {
            char* end = nullptr;
            gridMetres = std::strtod(argv[++arg], &end);
            if (*end != '\0' || gridMetres <= 0) gridMetres = -1;
        } else {
            gridMetres = -1;
            break;
        }
    }
    if (argc - arg != 2 || gridMetres < 0) {
        std::cerr << "usage: geoprep [--start] [--grid METRES] INPUT.json OUTPUT.vkgeo\n"
                     "  INPUT.json: world-atlas countries-10m.json (web/node_modules/world-atlas/)\n"
                     "  --start: the coarse start map; --grid: the grid in whole metres (default 50, 500 with --start)\n";
        return exitUsage;
    }
    argv += arg - 1;
    const std::string input = argv[1], output = argv[2];
    std::string json;
    if (!vk::tools::readInto(input, json)) {
        std::cerr << "geoprep: cannot read " << input << ": " << std::strerror(errno) << "\n";
        return exitUsage;
    }

    const auto start = std::chrono::steady_clock::now();
    vk::geoprep::Result result;
    std::string error;
    vk::geoprep::Options options = startMap ? vk::geoprep::startOptions() : vk::geoprep::Options{};
    if (gridMetres > 0) options.gridMetres = gridMetres;
    if (!vk::geoprep::prepareGeoAsset(json, options, result, error)) {
        std::cerr << "geoprep: " << input << ": " << error << "\n";
        return exitBadInput;
    }
    const std::vector<std::uint8_t> bytes = vk::encodeGeoAsset(result.asset);
    const auto elapsedMs =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();

    std::ofstream file(output, std::ios::binary | std::ios::trunc);
    file.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    file.close();
    if (!file) {
        std::cerr << "geoprep: cannot write " << output << ": " << std::strerror(errno) << "\n";
        return exitUsage;
    }
    std::cout << output << ": " << vk::geoprep::summarise(result.asset, bytes.size()) << " in " << elapsedMs
              << " ms\n";
    return 0;
}
