// validate FILE: checks a nominee data file (docs/DATA.md) with the same loader the widget uses.
// Valid: a one-line summary on stdout, exit 0. Problems: one `/json/pointer: message` line each
// on stderr, exit 1. A file that cannot be read, or wrong arguments: a message on stderr, exit 2.
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>

#include "common/read_file.hpp"
#include "core/nominees.hpp"

namespace {

constexpr int exitValid = 0;
constexpr int exitProblems = 1;
constexpr int exitUnreadable = 2;


std::string plural(std::size_t count, const char* one, const char* many) {
    return std::to_string(count) + " " + (count == 1 ? one : many);
}

// "6 nominees (3 small, 3 large), 41 initiatives, 3 criteria, 12 themes"
std::string summary(const vk::NomineeData& data) {
    std::size_t small = 0, initiatives = 0;
    for (const vk::Nominee& nominee : data.nominees) {
        if (nominee.nomineeClass == vk::NomineeClass::Small) ++small;
        initiatives += nominee.initiatives.size();
    }
    const std::size_t large = data.nominees.size() - small;
    return plural(data.nominees.size(), "nominee", "nominees") + " (" + std::to_string(small) + " small, " +
           std::to_string(large) + " large), " + plural(initiatives, "initiative", "initiatives") + ", " +
           plural(data.criteria.size(), "criterion", "criteria") + ", " + plural(data.themes.size(), "theme", "themes");
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2 || std::string(argv[1]) == "--help" || std::string(argv[1]) == "-h") {
        std::cerr << "usage: validate FILE\n"
                     "Checks a nominee data file (see docs/DATA.md): prints a summary and exits 0 when it is valid,\n"
                     "or prints each problem as `/json/pointer: message` and exits 1.\n"
                     "./validate --spell FILE... spell-checks the texts of content files instead (docs/DATA.md).\n";
        return exitUnreadable;
    }
    const std::string path = argv[1];
    std::string error;
    const std::optional<std::string> text = vk::tools::readWholeFile(path, error);
    if (!text) {
        std::cerr << "validate: cannot read " << path << ": " << error << "\n";
        return exitUnreadable;
    }

    const vk::LoadResult result = vk::loadNominees(*text);
    if (!result.problems.empty()) {
        for (const vk::DataProblem& problem : result.problems) std::cerr << problem.toString() << "\n";
        return exitProblems;
    }
    std::cout << path << ": valid — " << summary(result.data) << "\n";
    return exitValid;
}
