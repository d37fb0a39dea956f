// Proper names from the NHO/KS article appear, spelt as in the article, in each nominee's Norwegian
// texts. The names come from tests/content/proper_names.json: { "<nominee id>": [names] }.
#include "core/nominees.hpp"

#include <gtest/gtest.h>

#include "common/read_file.hpp"
#include "base/json_io.hpp"

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

const vk::NomineeData& shipped() {
    static const vk::LoadResult result = vk::loadNominees(vk::tools::readWholeFile(VK_SOURCE_DIR "/data/nominees.json"));
    return result.data;
}

const vk::Json& properNames() {
    static const vk::Json names =
        vk::parseJson(vk::tools::readWholeFile(VK_CONTENT_DIR "/proper_names.json")).document.value_or(vk::Json());
    return names;
}

// Everything a visitor reads about the nominee in bokmål: summary, initiative titles, texts and
// partners, and the region.
std::string norwegianTexts(const vk::Nominee& nominee) {
    std::string all = nominee.summary.nb + "\n";
    for (const vk::Initiative& initiative : nominee.initiatives) {
        all += initiative.title.nb + "\n" + initiative.text.nb + "\n";
        for (const std::string& partner : initiative.partners) all += partner + "\n";
    }
    if (nominee.region) {
        all += nominee.region->name + "\n" + nominee.region->note.nb + "\n";
        for (const std::string& member : nominee.region->members) all += member + "\n";
    }
    return all;
}

TEST(ProperNames, FixtureIsAnObjectOfNameLists) {
    ASSERT_TRUE(properNames().is_object()) << VK_CONTENT_DIR "/proper_names.json is missing or not a JSON object";
    for (const auto& [id, names] : properNames().items()) {
        ASSERT_TRUE(names.is_array()) << id;
        for (const auto& name : names) EXPECT_TRUE(name.is_string() && !name.get<std::string>().empty()) << id;
    }
}

TEST(ProperNames, EveryNomineeHasAList) {
    ASSERT_TRUE(properNames().is_object());
    for (const vk::Nominee& nominee : shipped().nominees) EXPECT_TRUE(properNames().contains(nominee.id)) << nominee.id;
}

TEST(ProperNames, AppearInTheNomineesNorwegianTexts) {
    ASSERT_TRUE(properNames().is_object());
    for (const auto& [id, names] : properNames().items()) {
        const vk::Nominee* nominee = shipped().nominee(id);
        ASSERT_NE(nominee, nullptr) << "the fixture names nominee " << id << ", which data/nominees.json does not have";
        const std::string texts = norwegianTexts(*nominee);
        for (const auto& name : names) {
            if (!name.is_string()) continue;
            EXPECT_NE(texts.find(name.get<std::string>()), std::string::npos)
                << id << ": \"" << name.get<std::string>() << "\"";
        }
    }
}

}  // namespace
