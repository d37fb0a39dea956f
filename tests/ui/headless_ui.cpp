#include "headless_ui.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

#include "common/read_file.hpp"
#include "imgui_internal.h"
#include "ui/style.hpp"

namespace vk::uitest {

namespace {

// The fonts of every test's context: one atlas, built once, as the widget builds it
// (ui::loadFonts at pixel ratio 1) from the faces its subset is cut from.
struct SharedFonts {
    std::vector<std::uint8_t> regular, semibold;  // the atlas reads them; kept for the program's life
    ImFontAtlas* atlas = nullptr;
    ui::Fonts fonts;
    std::map<std::pair<float, float>, ImWchar> glyphAt;  // a glyph's top-left texture coordinate -> its character
};

std::vector<std::uint8_t> readBytes(const std::string& path) {
    const std::string bytes = tools::readWholeFile(path);
    if (bytes.empty()) ADD_FAILURE() << "cannot read " << path << " (Debian package fonts-inter)";
    return {bytes.begin(), bytes.end()};
}

const SharedFonts& sharedFonts() {
    static SharedFonts* shared = [] {
        auto* s = new SharedFonts;
        s->regular = readBytes(VK_INTER_DIR "/Inter-Regular.otf");
        s->semibold = readBytes(VK_INTER_DIR "/Inter-SemiBold.otf");
        s->atlas = IM_NEW(ImFontAtlas)();
        ImGuiContext* context = ImGui::CreateContext(s->atlas);
        s->fonts = ui::loadFonts(s->regular, s->semibold, 1.0f);
        unsigned char* pixels = nullptr;
        int width = 0, height = 0;
        s->atlas->GetTexDataAsAlpha8(&pixels, &width, &height);
        ImGui::DestroyContext(context);
        for (const ImFont* font : s->atlas->Fonts)
            for (const ImFontGlyph& glyph : font->Glyphs)
                if (glyph.Visible) s->glyphAt[{glyph.U0, glyph.V0}] = static_cast<ImWchar>(glyph.Codepoint);
        return s;
    }();
    return *shared;
}

void appendUtf8(std::string& out, unsigned c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

// The glyph runs of one draw list. ImGui draws a glyph as four vertices in a row, corners
// (x0,y0) (x1,y0) (x1,y1) (x0,y1) with the glyph's texture corners; a run ends where the next
// glyph is not the next quad, changes colour, or starts a new line.
std::vector<DrawnText> glyphRuns(const ImDrawList& list) {
    const auto& glyphAt = sharedFonts().glyphAt;
    std::vector<DrawnText> runs;
    int runEnd = -1;
    ScreenRect lastGlyph;
    const auto& v = list.VtxBuffer;
    for (int i = 0; i + 3 < v.Size;) {
        const auto found = glyphAt.find({v[i].uv.x, v[i].uv.y});
        const bool quad = found != glyphAt.end() && v[i + 1].uv.y == v[i].uv.y && v[i + 3].uv.x == v[i].uv.x &&
                          v[i + 2].uv.x == v[i + 1].uv.x && v[i + 2].uv.y == v[i + 3].uv.y && v[i].col == v[i + 2].col;
        if (!quad) {
            ++i;
            continue;
        }
        const ScreenRect glyph{v[i].pos.x, v[i].pos.y, v[i + 2].pos.x - v[i].pos.x, v[i + 2].pos.y - v[i].pos.y};
        const bool sameLine = glyph.x >= lastGlyph.x && glyph.y < lastGlyph.y + lastGlyph.height &&
                              lastGlyph.y < glyph.y + glyph.height;
        if (runs.empty() || i != runEnd || v[i].col != runs.back().colour || !sameLine) {
            runs.push_back({"", v[i].col, glyph});
        } else {
            ScreenRect& box = runs.back().box;
            const double right = std::max(box.x + box.width, glyph.x + glyph.width);
            const double bottom = std::max(box.y + box.height, glyph.y + glyph.height);
            box.x = std::min(box.x, glyph.x);
            box.y = std::min(box.y, glyph.y);
            box.width = right - box.x;
            box.height = bottom - box.y;
        }
        appendUtf8(runs.back().text, found->second);
        lastGlyph = glyph;
        i += 4;
        runEnd = i;
    }
    return runs;
}

bool listMatches(const ImDrawList* list, std::string_view name) {
    return name.empty() || (list->_OwnerName && name == list->_OwnerName);
}

MapBox mainlandNorway() {
    MapBox box;
    box.include(project({4.6, 57.95}));
    box.include(project({31.1, 71.2}));
    box.include(project({4.6, 71.2}));
    box.include(project({31.1, 57.95}));
    return box;
}

}  // namespace

const NomineeData& fixtureNominees() {
    static const LoadResult result = loadNominees(tools::readWholeFile(VK_TEST_FIXTURES "/nominees/valid.json"));
    if (!result.usable || !result.problems.empty()) ADD_FAILURE() << "tests/fixtures/nominees/valid.json does not load";
    return result.data;
}

std::string withoutSpaces(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == ' ') continue;
        if (text.substr(i, 2) == "\xc2\xa0") {  // U+00A0 no-break space
            ++i;
            continue;
        }
        out += text[i];
    }
    return out;
}

HeadlessUi::HeadlessUi(CanvasSize canvas) {
    const SharedFonts& shared = sharedFonts();
    context_ = ImGui::CreateContext(shared.atlas);
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    io.DisplaySize = {static_cast<float>(canvas.width), static_cast<float>(canvas.height)};
    io.FontDefault = shared.fonts.body;
    io.FontGlobalScale = 1;
    io.MousePos = {-1e6f, -1e6f};
    ui::applyStyle();  // also the light palette

    layout = computeLayout(canvas);
    camera.setViewport({layout.map.width, layout.map.height});
    const double padding = std::clamp(std::min(layout.map.width, layout.map.height) * 0.05, 8.0, 40.0);
    const CameraView fit = camera.viewFitting(mainlandNorway(), padding, 24);
    camera.setLimits(mapLimits(mainlandNorway(), fit));
    camera.setView(fit);
}

HeadlessUi::~HeadlessUi() { ImGui::DestroyContext(context_); }

ui::Colours HeadlessUi::colours() const { return ui::coloursOf(paletteFor(state.scheme(), state.accent)); }

ui::FrameOutput HeadlessUi::frame() {
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    io.DeltaTime = 1.0f / 60;
    timeMs_ += 1000.0 / 60;
    scene = buildMapScene(data, state, camera, {layout, touch, focused}, ui::FontMeasure{sharedFonts().fonts}, &scene);
    ImGui::NewFrame();
    ui::FrameInput input;
    input.memory = &memory;
    input.data = &data;
    const ThemeMatrix themeMatrix = buildThemeMatrix(data);  // data may change between frames
    input.themeMatrix = &themeMatrix;
    input.state = &state;
    input.scene = &scene;
    input.layout = layout;
    input.fonts = sharedFonts().fonts;
    input.colours = colours();
    input.focused = focused;
    input.touch = touch;
    input.timeMs = timeMs_;
    last_ = ui::drawFrame(input);
    ImGui::Render();
    return last_;
}

ui::FrameOutput HeadlessUi::settle() {
    frame();
    frame();
    return frame();
}

void HeadlessUi::movePointer(ScreenPoint at) {
    ImGui::SetCurrentContext(context_);
    ImGui::GetIO().MousePos = {static_cast<float>(at.x), static_cast<float>(at.y)};
}

ui::FrameOutput HeadlessUi::click(ScreenPoint at) {
    movePointer(at);
    frame();
    ImGui::GetIO().MouseDown[0] = true;
    frame();
    ImGui::GetIO().MouseDown[0] = false;
    return frame();
}

std::vector<const ImDrawList*> HeadlessUi::drawLists() const {
    ImGui::SetCurrentContext(context_);
    const ImDrawData* drawData = ImGui::GetDrawData();
    std::vector<const ImDrawList*> lists;
    if (drawData && drawData->Valid)
        for (int i = 0; i < drawData->CmdListsCount; ++i) lists.push_back(drawData->CmdLists[i]);
    return lists;
}

std::vector<DrawnText> HeadlessUi::texts(std::string_view list) const {
    std::vector<DrawnText> out;
    for (const ImDrawList* l : drawLists()) {
        if (!listMatches(l, list)) continue;
        const auto runs = glyphRuns(*l);
        out.insert(out.end(), runs.begin(), runs.end());
    }
    return out;
}

bool HeadlessUi::shows(std::string_view list, std::string_view text) const {
    std::string all;
    for (const DrawnText& run : texts(list)) all += run.text + "\x1f";  // a run boundary
    std::string joined;
    for (const char c : all)
        if (c != '\x1f') joined += c;
    return joined.find(withoutSpaces(text)) != std::string::npos;
}

std::vector<DrawnText> HeadlessUi::find(std::string_view list, std::string_view text) const {
    std::vector<DrawnText> out;
    const std::string wanted = withoutSpaces(text);
    for (const DrawnText& run : texts(list))
        if (run.text == wanted) out.push_back(run);
    return out;
}

std::vector<ImDrawVert> HeadlessUi::verticesNear(std::string_view list, ScreenPoint at, double radiusPx, ImU32 colour) const {
    std::vector<ImDrawVert> out;
    for (const ImDrawList* l : drawLists()) {
        if (!listMatches(l, list)) continue;
        for (const ImDrawVert& v : l->VtxBuffer)
            if (v.col == colour && std::hypot(v.pos.x - at.x, v.pos.y - at.y) <= radiusPx) out.push_back(v);
    }
    return out;
}

ScreenRect HeadlessUi::extentNear(std::string_view list, ScreenPoint at, double radiusPx, ImU32 colour) const {
    const auto vertices = verticesNear(list, at, radiusPx, colour);
    if (vertices.empty()) return {};
    double minX = 1e9, minY = 1e9, maxX = -1e9, maxY = -1e9;
    for (const ImDrawVert& v : vertices) {
        minX = std::min<double>(minX, v.pos.x), maxX = std::max<double>(maxX, v.pos.x);
        minY = std::min<double>(minY, v.pos.y), maxY = std::max<double>(maxY, v.pos.y);
    }
    return {minX, minY, maxX - minX, maxY - minY};
}

ScreenRect HeadlessUi::window(std::string_view name) const {
    ImGui::SetCurrentContext(context_);
    const ImGuiWindow* w = ImGui::FindWindowByName(std::string(name).c_str());
    if (!w || !w->Active || w->Hidden) return {};
    return {w->Pos.x, w->Pos.y, w->Size.x, w->Size.y};
}

ScreenPoint HeadlessUi::markerCentre(std::string_view id) const {
    const Nominee* n = data.nominee(id);
    if (!n) {
        ADD_FAILURE() << "no nominee " << id;
        return {};
    }
    const ScreenPoint p = camera.mapToScreen(project(n->centre.position));
    return {layout.map.x + p.x, layout.map.y + p.y};
}

const ui::NamedTarget* HeadlessUi::target(std::string_view name) const {
    for (const ui::NamedTarget& t : last_.targets)
        if (t.name == name) return &t;
    return nullptr;
}

}  // namespace vk::uitest
