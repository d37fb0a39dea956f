// Fuzzes the strings table reader: any bytes as src/core/strings.json. Every key must read as
// some text (its own name when the table has none), in both languages.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/strings.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const vk::StringsTable table = vk::parseStringsTable(std::string_view(reinterpret_cast<const char*>(data), size));
    const std::size_t keys = vk::allStrings().size();
    if (table.nb.size() != keys || table.en.size() != keys) std::abort();
    return 0;
}
