// The layer guard: each layer's sources include only what DESIGN's layer table allows. Core is
// compiled natively, which already stops a GL, ImGui or Emscripten header there; this also stops
// a header of another layer (render/, ui/, platform/, tools) that would compile and fail only at
// link time, or not at all.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Layer {
    const char* folder;     // under src/
    const char* forbidden;  // what an #include of this layer must not name (ECMAScript regex)
};

// DESIGN: base may use std and nlohmann-json only; core base and std; render core + GLES3 and
// ImGui's draw data; ui core + ImGui; backends ImGui and Emscripten.
const Layer layers[] = {
    {"base", R"((^|/)(core|render|ui|platform|backends|geoprep|common)/|imgui|GLES|GL/|emscripten)"},
    {"core", R"((^|/)(render|ui|platform|backends|geoprep|common)/|imgui|GLES|GL/|emscripten|nlohmann)"},
    // render draws ImGui's lists (imgui_renderer): Dear ImGui's draw data, never its internals.
    {"render", R"((^|/)(ui|platform|backends)/|imgui_internal|emscripten)"},
    {"ui", R"((^|/)(render|platform|backends)/|GLES|GL/|emscripten)"},
    // Dear ImGui's platform backend knows ImGui and html5.h, nothing of the widget's.
    {"backends", R"((^|/)(base|core|render|ui|platform|geoprep|common)/)"},
};

// Every "#include <x>" or "#include "x"" in text whose x matches forbidden, as "line: x".
std::vector<std::string> forbiddenIncludes(const std::string& text, const std::string& forbidden) {
    static const std::regex include(R"(^\s*#\s*include\s*[<"]([^>"]+)[>"])");
    const std::regex bad(forbidden);
    std::vector<std::string> found;
    std::istringstream lines(text);
    std::string line;
    for (int number = 1; std::getline(lines, line); ++number) {
        std::smatch m;
        if (std::regex_search(line, m, include) && std::regex_search(m[1].str(), bad))
            found.push_back(std::to_string(number) + ": " + m[1].str());
    }
    return found;
}

std::string readAll(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

TEST(Layers, TheGuardSeesAForbiddenInclude) {
    const std::string base = layers[0].forbidden;
    EXPECT_EQ(forbiddenIncludes("#include <nlohmann/json.hpp>\n#include \"base/problem.hpp\"\n", base).size(), 0u);
    EXPECT_EQ(forbiddenIncludes("#include \"core/nominees.hpp\"\n", base),
              std::vector<std::string>{"1: core/nominees.hpp"});
    const std::string core = layers[1].forbidden;
    EXPECT_EQ(forbiddenIncludes("#include \"core/geo.hpp\"\n#include <vector>\n", core).size(), 0u);
    EXPECT_EQ(forbiddenIncludes("#include \"render/map_renderer.hpp\"\n", core),
              std::vector<std::string>{"1: render/map_renderer.hpp"});
    EXPECT_EQ(forbiddenIncludes("\n  #  include <emscripten/html5.h>\n", core),
              std::vector<std::string>{"2: emscripten/html5.h"});
    EXPECT_EQ(forbiddenIncludes("#include \"imgui.h\"\n#include <GLES3/gl3.h>\n", core).size(), 2u);
}

TEST(Layers, EachLayerIncludesOnlyWhatItMayUse) {
    std::size_t files = 0;
    for (const Layer& layer : layers) {
        const auto folder = std::filesystem::path(VK_SOURCE_DIR) / "src" / layer.folder;
        ASSERT_TRUE(std::filesystem::is_directory(folder)) << folder;
        for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
            const auto ext = entry.path().extension();
            if (ext != ".hpp" && ext != ".cpp" && ext != ".h") continue;
            ++files;
            for (const std::string& hit : forbiddenIncludes(readAll(entry.path()), layer.forbidden))
                ADD_FAILURE() << entry.path().lexically_relative(VK_SOURCE_DIR).string() << ":" << hit
                              << " is not allowed in src/" << layer.folder << " (DESIGN.md, layers)";
        }
    }
    EXPECT_GT(files, 20u);
}

}  // namespace
