// The text version of the widget (the page's #nominee-map-text): everything the canvas tells, as a
// document of headings, paragraphs, lists and buttons with their actions, every text already worded
// and formatted here with the functions the canvas uses. The page only renders it (textContent,
// never innerHTML) and sends a button's action back as a command. std only: never
// include GL, ImGui or Emscripten here.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/json_io.hpp"
#include "core/nominees.hpp"
#include "core/widget_state.hpp"

namespace vk {

// Why the page shows the text version instead of the map.
enum class MapProblem {
    Unavailable,  // no WebGL 2, a font or script missing: "the map cannot be shown in this browser"
    DataFile,     // the data file: "Problem in the data file: <detail>"
    MapFile,      // the map geometry: "The map geometry could not be loaded: <detail>"
};

// "data" / "map" / anything else (Unavailable), as the page names them in the textVersion command.
MapProblem parseMapProblem(std::string_view id);

// How the text version is shown: beside the map (the page's mirror for keyboards and screen readers,
// the selected nominees in detail) or as the page itself (every nominee in detail, and a note why).
struct TextVersionMode {
    bool mapShown = true;
    MapProblem problem = MapProblem::Unavailable;  // when !mapShown
    std::string detail;                            // the problem's own words (file and HTTP status, ...)
};

// One node of the document. Leaves (Heading, Button, Strong, Text, a Paragraph without content)
// carry text; containers (List, Item, Group, Article, a Paragraph with inline parts) carry content.
struct TextBlock {
    enum class Kind { Heading, Paragraph, List, Item, Button, Group, Article, Strong, Text };  // kindNames (.cpp) in this order

    Kind kind = Kind::Paragraph;
    std::string text;
    int level = 0;                   // Heading: 1 (the award) to 4 (a criterion)
    std::string style;               // the page's class for it ("vk-note"), or ""
    std::string id;                  // an element id ("vk-nominee-tinn"), or ""
    std::string role;                // an ARIA role ("note"), or ""
    std::vector<TextBlock> content;  // containers only
    // Buttons only:
    Json action;                    // the command a press sends: {op, ...} (see textVersionJson)
    std::optional<bool> pressed;     // a toggle's state; nullopt for a plain button
    std::string nominee;             // the nominee the button stands for; focusing it shows it on the map
    bool hidden = false;             // kept in place, not shown (so focus stays put when it appears)
};

struct TextDocument {
    Lang lang = Lang::Nb;
    // The page's own words: its <title>, the canvas's name and key help, the text version's name.
    std::string title, mapLabel, keysHelp, label;
    std::string status;   // the live status line (one sentence); "" when the map is not shown
    std::string message;  // the page's message when there is nothing else to read; else ""
    std::vector<TextBlock> blocks;
};

// The text version for data (nullptr when no usable data was loaded), the widget's state and the
// mode. Beside the map: the award, the source, the controls, the nominees as buttons, who works on
// what, and the selected nominees in detail (a comparison with what the two share). As the page:
// the same without the map's controls, with a note why, and every nominee in detail. Never throws.
TextDocument buildTextVersion(const NomineeData* data, const WidgetState& state, const TextVersionMode& mode);

// The document as the page's textVersion command returns it: {lang, title, mapLabel, keysHelp,
// label, status, message, blocks: [{kind, text?, level?, class?, id?, role?, content?, action?,
// pressed?, nominee?, hidden?}]}, kinds in lower case ("heading", "paragraph", ...). A button's
// action is a widget command ({op: "click", id}) or one of the page's own: {op: "copyLink"},
// {op: "scrollTo", id} (an element id).
Json textVersionJson(const TextDocument& document);

// Lines the canvas and the text version share.
// "Kilde: «title», KS, 17.3.2025. Innbyggertall: ..." (the organisers when no publisher; a date
// the data lacks is left out rather than shown empty).
std::string sourceLine(const Award& award, Lang lang);

// The nominee's key figures as label and value: population (with its date), area, centre.
struct KeyFigure {
    std::string label, value;
};
std::vector<KeyFigure> keyFigures(const Nominee& nominee, Lang lang);

// "Over 15 000 innbyggere · Akershus · Kommunenummer 3203" (led by "Vinner · " for a winner).
std::string nomineeFactsLine(const NomineeData& data, const Nominee& nominee, Lang lang);

}  // namespace vk
