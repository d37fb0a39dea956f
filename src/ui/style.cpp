#include "ui/style.hpp"

#include <algorithm>
#include <cfloat>
#include <functional>

namespace vk::ui {

namespace {

// Latin-1 plus the punctuation Norwegian and English texts use (– — ‘ ’ “ ” „ • … ² ⌘ −).
const ImWchar glyphRanges[] = {
    0x0020, 0x00FF, 0x2013, 0x2014, 0x2018, 0x201E, 0x2022, 0x2022, 0x2026, 0x2026,
    0x2190, 0x2193, 0x2212, 0x2212, 0x2318, 0x2318, 0x00B2, 0x00B2, 0,
};

ImFont* addFont(std::span<const std::uint8_t> bytes, float sizePx, float pixelRatio) {
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;  // the platform layer owns the bytes
    // Horizontal oversampling sharpens text placed at fractional positions; at 2x and more the
    // pixels are small enough without it, and the atlas builds twice as fast.
    config.OversampleH = pixelRatio >= 1.5f ? 1 : 2;
    config.OversampleV = 1;
    config.PixelSnapH = false;
    return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<std::uint8_t*>(bytes.data()),
                                                      static_cast<int>(bytes.size()), sizePx * pixelRatio, &config,
                                                      glyphRanges);
}

}  // namespace

Fonts loadFonts(std::span<const std::uint8_t> regular, std::span<const std::uint8_t> semibold, float pixelRatio) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    Fonts fonts;
    if (regular.empty() || semibold.empty()) {
        fonts.body = fonts.bodyBold = fonts.small = fonts.smallBold = fonts.title = io.Fonts->AddFontDefault();
        io.FontGlobalScale = 1;
        return fonts;
    }
    fonts.body = addFont(regular, 15, pixelRatio);
    fonts.bodyBold = addFont(semibold, 15, pixelRatio);
    fonts.small = addFont(regular, 13, pixelRatio);
    fonts.smallBold = addFont(semibold, 13, pixelRatio);
    fonts.title = addFont(semibold, 22, pixelRatio);
    io.FontDefault = fonts.body;
    io.FontGlobalScale = 1 / pixelRatio;
    return fonts;
}

ScreenSize FontMeasure::operator()(std::string_view text, TextStyle style, double wrapWidthPx) const {
    ImFont* font = style.sizePx >= 20 ? fonts.title
                   : style.sizePx >= 15 ? (style.semibold ? fonts.bodyBold : fonts.body)
                                        : (style.semibold ? fonts.smallBold : fonts.small);
    if (!font) return {};
    // ImGui::CalcTextSize in that font: its size as PushFont makes it, rounded up to whole pixels
    // as CalcTextSize rounds.
    const float size = std::max(1.0f, ImGui::GetIO().FontGlobalScale * font->FontSize * font->Scale);
    if (text.empty()) return {0, size};
    const ImVec2 measured =
        font->CalcTextSizeA(size, FLT_MAX, static_cast<float>(wrapWidthPx), text.data(), text.data() + text.size());
    return {static_cast<float>(static_cast<int>(measured.x + 0.99999f)), measured.y};
}

void applyStyle() {
    ImGuiStyle& s = ImGui::GetStyle();
    s = ImGuiStyle();
    s.WindowPadding = {20, 16};
    s.WindowRounding = 0;
    s.WindowBorderSize = 0;
    s.ChildRounding = 8;
    s.ChildBorderSize = 0;
    s.PopupRounding = 8;
    s.PopupBorderSize = 1;
    s.FramePadding = {10, 6};
    s.FrameRounding = 6;
    s.ItemSpacing = {8, 8};
    s.ItemInnerSpacing = {6, 4};
    s.ScrollbarSize = 10;
    s.ScrollbarRounding = 5;
    s.GrabRounding = 4;
    s.TabRounding = 6;
    s.SelectableTextAlign = {0, 0.5f};
    s.AntiAliasedLines = true;
    s.AntiAliasedFill = true;

    usePalette(basePalette(ColourScheme::Light));
}

Colours coloursOf(const Palette& p) {
    const auto u32 = [](Rgb c) { return IM_COL32(c.r, c.g, c.b, 0xff); };
    Colours colour;
    colour.text = u32(p.text);
    colour.muted = u32(p.muted);
    colour.panel = u32(p.panel);
    colour.panelAlt = u32(p.panelAlt);
    colour.rule = u32(p.rule);
    colour.chip = u32(p.chip);
    colour.left = u32(p.left);
    colour.leftTint = u32(p.leftTint);
    colour.leftHover = u32(p.leftHover);
    colour.right = u32(p.right);
    colour.rightTint = u32(p.rightTint);
    colour.shared = u32(p.shared);
    colour.sharedTint = u32(p.sharedTint);
    colour.openedTint = u32(p.openedTint);
    colour.comparisonTint = u32(p.comparisonTint);
    colour.marker = u32(p.marker);
    colour.markerEdge = u32(p.markerEdge);
    colour.focus = u32(p.focus);
    colour.highlight = u32(p.highlight);
    return colour;
}

void usePalette(const Palette& p) {
    const Colours colour = coloursOf(p);
    ImVec4* c = ImGui::GetStyle().Colors;
    const auto rgb = [](ImU32 v) { return ImGui::ColorConvertU32ToFloat4(v); };
    c[ImGuiCol_Text] = rgb(colour.text);
    c[ImGuiCol_TextDisabled] = rgb(colour.muted);
    c[ImGuiCol_WindowBg] = rgb(colour.panel);
    c[ImGuiCol_ChildBg] = {0, 0, 0, 0};
    c[ImGuiCol_PopupBg] = rgb(colour.panel);
    c[ImGuiCol_Border] = rgb(colour.rule);
    c[ImGuiCol_BorderShadow] = {0, 0, 0, 0};
    c[ImGuiCol_FrameBg] = rgb(colour.panelAlt);
    c[ImGuiCol_FrameBgHovered] = rgb(colour.chip);
    c[ImGuiCol_FrameBgActive] = rgb(colour.rule);
    c[ImGuiCol_ScrollbarBg] = {0, 0, 0, 0};
    c[ImGuiCol_ScrollbarGrab] = rgb(colour.rule);
    c[ImGuiCol_ScrollbarGrabHovered] = rgb(colour.muted);
    c[ImGuiCol_ScrollbarGrabActive] = rgb(colour.muted);
    c[ImGuiCol_Button] = rgb(colour.panelAlt);
    c[ImGuiCol_ButtonHovered] = rgb(colour.leftTint);
    c[ImGuiCol_ButtonActive] = rgb(colour.rule);
    c[ImGuiCol_Header] = rgb(colour.leftTint);
    c[ImGuiCol_HeaderHovered] = rgb(colour.panelAlt);
    c[ImGuiCol_HeaderActive] = rgb(colour.leftTint);
    c[ImGuiCol_Separator] = rgb(colour.rule);
    c[ImGuiCol_NavHighlight] = rgb(colour.focus);
}

void chip(const std::string& text, ImU32 background, ImU32 foreground, bool outlined) {
    const ImVec2 padding{7, 3};
    const ImVec2 textSize = ImGui::CalcTextSize(text.c_str());
    const ImVec2 size{textSize.x + 2 * padding.x, textSize.y + 2 * padding.y};
    // Keep chips on one line while they fit in the column, then wrap.
    if (ImGui::GetContentRegionAvail().x < size.x) ImGui::NewLine();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    if (outlined) draw->AddRect(at, {at.x + size.x, at.y + size.y}, foreground, size.y / 2, 0, 1.0f);
    else draw->AddRectFilled(at, {at.x + size.x, at.y + size.y}, background, size.y / 2);
    draw->AddText({at.x + padding.x, at.y + padding.y}, foreground, text.c_str());
    ImGui::Dummy(size);
    ImGui::SameLine(0, 5);
}

void paragraph(ParagraphSizes& sizes, const std::string& text, ImFont* font, ImU32 textColour) {
    auto& measured = sizes.measured;
    const float width = ImGui::GetContentRegionAvail().x;
    const std::size_t key = std::hash<std::string>{}(text) ^ (std::hash<const void*>{}(font) << 1);
    auto known = std::lower_bound(measured.begin(), measured.end(), key, [](const auto& entry, std::size_t k) { return entry.first < k; });
    const bool found = known != measured.end() && known->first == key;
    if (found && known->second.width == width && !ImGui::IsRectVisible(known->second.size)) {
        ImGui::Dummy(known->second.size);
        return;
    }
    if (!found && measured.size() >= 4096) {  // texts change with the language; keep it bounded
        measured.clear();
        known = measured.end();
    }
    const ImVec2 start = ImGui::GetCursorScreenPos();
    ImGui::PushFont(font);
    ImGui::PushStyleColor(ImGuiCol_Text, textColour);
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(text.c_str(), text.c_str() + text.size());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::PopFont();
    const ImVec2 end = ImGui::GetItemRectMax();
    const ParagraphSizes::Measured size{width, {std::max(end.x - start.x, 1.0f), end.y - start.y}};
    if (found)
        known->second = size;
    else
        measured.insert(known, {key, size});
}

bool flatButton(const char* label, float heightPx, const Colours& colour, bool primary) {
    const float textHeight = ImGui::GetFontSize();
    const float padY = std::max((heightPx - textHeight) / 2, 4.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, {12, padY});
    if (primary) {
        ImGui::PushStyleColor(ImGuiCol_Button, colour.left);
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, colour.leftHover);
        ImGui::PushStyleColor(ImGuiCol_Text, colour.panel);
    }
    const bool clicked = ImGui::Button(label);
    if (primary) ImGui::PopStyleColor(3);
    ImGui::PopStyleVar();
    return clicked;
}

}  // namespace vk::ui
