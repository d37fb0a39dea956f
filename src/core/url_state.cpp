#include "core/url_state.hpp"

#include <algorithm>
#include <cctype>

namespace vk {

namespace {

std::string percentDecode(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() && hexDigitValue(text[i + 1]) >= 0 && hexDigitValue(text[i + 2]) >= 0) {
            out += static_cast<char>(hexDigitValue(text[i + 1]) * 16 + hexDigitValue(text[i + 2]));
            i += 2;
        } else if (text[i] == '+') {
            out += ' ';
        } else {
            out += text[i];
        }
    }
    return out;
}

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find(separator, start), text.size());
        parts.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return parts;
}

// A value as a warning shows it: quoted, at most 40 characters, and anything but printable ASCII
// (a link may carry any bytes) shown as '?', so the warning is always valid text.
std::string quoted(std::string_view text) {
    constexpr std::size_t maxShown = 40;
    std::string shown;
    for (const char c : text.substr(0, maxShown)) shown += (c >= 0x20 && c < 0x7f) ? c : '?';
    return "\"" + shown + (text.size() > maxShown ? "…" : "") + "\"";
}

void readIds(std::string_view key, const std::string& value, const std::vector<std::string>& knownIds,
             std::size_t maxCount, UrlParse& out) {
    std::vector<std::string> ids;
    for (auto part : split(value, ',')) {
        std::string id(part);
        std::transform(id.begin(), id.end(), id.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        if (id.empty()) continue;
        if (std::find(knownIds.begin(), knownIds.end(), id) == knownIds.end()) {
            out.warnings.push_back("unknown nominee " + quoted(id) + " in " + std::string(key) + "=");
        } else if (std::find(ids.begin(), ids.end(), id) == ids.end()) {
            ids.push_back(id);
        }
    }
    if (ids.size() > maxCount) {
        out.warnings.push_back(std::string(key) + "= takes at most " + std::to_string(maxCount) +
                               " nominees; the rest are ignored");
        ids.resize(maxCount);
    }
    if (!ids.empty()) out.state.selected = ids;
}

void readInto(std::string_view text, const std::vector<std::string>& knownIds, UrlParse& out, bool& sawCompare) {
    if (!text.empty() && (text.front() == '#' || text.front() == '?')) text.remove_prefix(1);
    if (text.empty()) return;
    for (auto pair : split(text, '&')) {
        if (pair.empty()) continue;
        const std::size_t equals = pair.find('=');
        const std::string key = percentDecode(pair.substr(0, equals));
        const std::string value = equals == std::string_view::npos ? std::string() : percentDecode(pair.substr(equals + 1));
        if (key == "select") {
            if (!sawCompare) readIds(key, value, knownIds, 1, out);
        } else if (key == "compare") {
            sawCompare = true;
            out.state.selected.clear();
            readIds(key, value, knownIds, 2, out);
        } else if (key == "lang") {
            if (auto lang = parseLang(value)) out.state.lang = lang;
            else out.warnings.push_back("lang= must be nb or en, got " + quoted(value));
        } else if (key == "filter") {
            if (auto filter = parseClassFilter(value)) out.state.filter = filter;
            else out.warnings.push_back("filter= must be all, small or large, got " + quoted(value));
        } else if (key == "theme") {
            if (auto theme = parseScheme(value)) out.state.theme = theme;
            else out.warnings.push_back("theme= must be light or dark, got " + quoted(value));
        } else if (key == "accent") {
            if (auto accent = parseHexColour(value)) out.state.accent = accent;
            else out.warnings.push_back("accent= must be a hex colour RRGGBB, got " + quoted(value));
        } else {
            out.warnings.push_back("unknown setting " + quoted(key));
        }
    }
}

}  // namespace

UrlParse parseUrlState(std::string_view text, const std::vector<std::string>& knownIds) {
    UrlParse out;
    bool sawCompare = false;
    readInto(text, knownIds, out, sawCompare);
    return out;
}

UrlParse parseUrlState(std::string_view query, std::string_view hash, const std::vector<std::string>& knownIds) {
    UrlParse fromQuery = parseUrlState(query, knownIds);
    UrlParse fromHash = parseUrlState(hash, knownIds);
    UrlParse out;
    out.warnings = fromQuery.warnings;
    out.warnings.insert(out.warnings.end(), fromHash.warnings.begin(), fromHash.warnings.end());
    out.state.selected = fromHash.state.selected.empty() ? fromQuery.state.selected : fromHash.state.selected;
    out.state.lang = fromHash.state.lang ? fromHash.state.lang : fromQuery.state.lang;
    out.state.filter = fromHash.state.filter ? fromHash.state.filter : fromQuery.state.filter;
    out.state.theme = fromHash.state.theme ? fromHash.state.theme : fromQuery.state.theme;
    out.state.accent = fromHash.state.accent ? fromHash.state.accent : fromQuery.state.accent;
    return out;
}

std::string formatUrlState(const WidgetState& state) {
    std::vector<std::string> parts;
    if (state.selected.size() == 1) parts.push_back("select=" + state.selected[0]);
    if (state.selected.size() == 2) parts.push_back("compare=" + state.selected[0] + "," + state.selected[1]);
    if (state.lang != Lang::Nb) parts.push_back(std::string("lang=") + langCode(state.lang));
    if (state.filter != ClassFilter::All) parts.push_back(std::string("filter=") + classFilterId(state.filter));
    if (state.forcedScheme) parts.push_back(std::string("theme=") + schemeId(*state.forcedScheme));
    if (state.accent) parts.push_back("accent=" + hexColour(*state.accent).substr(1));
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : "&") + p;
    return out;
}

WidgetState applyUrlState(WidgetState state, const UrlState& url) {
    if (url.selected.size() == 1) state = selectNominee(std::move(state), url.selected[0]);
    if (url.selected.size() == 2) state = compareNominees(std::move(state), url.selected[0], url.selected[1]);
    if (url.lang) state.lang = *url.lang;
    if (url.filter) state.filter = *url.filter;
    if (url.theme) state.forcedScheme = url.theme;
    if (url.accent) state.accent = url.accent;
    return state;
}

}  // namespace vk
