// Fuzzes the JSON reader under the loader: parseJson on any bytes, then every JsonField reader on
// the top-level value and each member and element of it, UniqueIds over them, and the problems
// sorted into document order, as a loader with any schema would use them.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "base/json_reader.hpp"

namespace {

void readEverything(const vk::JsonField& field, vk::UniqueIds& ids) {
    field.object({"id", "name", "nb", "en", "region"});
    (void)field.string();
    (void)field.number(-90, 90);
    (void)field.integer(1, 1);
    (void)field.integer(0);
    (void)field.date();
    (void)field.digits(4);
    (void)field.oneOf({"small", "large", "all"});
    if (const auto id = field.id()) ids.add(*id, field);
    (void)field.array({3, 3}, "criteria");
    (void)field.array({8, 14}, "themes");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    vk::ParsedJson parsed = vk::parseJson(std::string_view(reinterpret_cast<const char*>(data), size));
    if (!parsed.document) return 0;
    std::vector<vk::DataProblem>& problems = parsed.problems;
    const vk::JsonField root(*parsed.document, problems);
    vk::UniqueIds ids;
    readEverything(root, ids);
    const vk::Json& document = *parsed.document;
    if (document.is_object()) {
        for (const auto& [key, value] : document.items()) {
            const vk::JsonField member = root[key];
            readEverything(member, ids);
            for (const vk::JsonField& element : member.array()) readEverything(element, ids);
        }
    } else if (document.is_array()) {
        for (const vk::JsonField& element : root.array()) readEverything(element, ids);
    }
    (void)vk::ProblemPaths(problems).within("/a");
    vk::sortInDocumentOrder(problems, document);
    return 0;
}
