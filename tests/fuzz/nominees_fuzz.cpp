// Fuzzes the data loader: any bytes as data/nominees.json, then every problem as ./validate and
// the page print it. Loading must never crash, and must keep its promise that every id resolves.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/nominees.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const vk::LoadResult result = vk::loadNominees(text);
    std::size_t characters = 0;
    for (const vk::DataProblem& problem : result.problems) characters += problem.toString().size();
    if (!result.usable && !result.data.nominees.empty()) std::abort();  // unusable means empty
    if (result.usable && result.data.nominees.empty()) std::abort();
    for (const vk::Nominee& nominee : result.data.nominees)
        for (const vk::Initiative& initiative : nominee.initiatives) {
            if (!result.data.criterion(initiative.criterion)) std::abort();
            for (const std::string& theme : initiative.themes)
                if (!result.data.theme(theme)) std::abort();
        }
    [[maybe_unused]] static volatile std::size_t sink;
    sink = characters;  // keeps the formatting from being optimised away
    return 0;
}
