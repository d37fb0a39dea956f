// Each kind of problem in a nominee file is caught, with its JSON Pointer and exact message. Every
// case starts from tests/fixtures/nominees/valid.json, breaks one thing and loads it again; nominees
// are found by their public ids, so the cases do not depend on the order of the file.
#include "core/nominees.hpp"

#include <gtest/gtest.h>

#include "common/read_file.hpp"
#include "base/json_io.hpp"

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

using vk::Json;  // keeps the file's key order when dumped

class NomineeValidation : public testing::Test {
protected:
    static const Json& fixture() {
        static const Json document = vk::parseJson(vk::tools::readWholeFile(VK_TEST_FIXTURES "/nominees/valid.json")).document.value();
        return document;
    }

    vk::LoadResult load() const { return vk::loadNominees(doc.dump(2)); }

    // The nominee with this public id, and its JSON Pointer.
    Json& nominee(std::string_view id) { return doc["nominees"][index(id)]; }
    std::string path(std::string_view id) const { return "/nominees/" + std::to_string(index(id)); }
    std::size_t index(std::string_view id) const {
        for (std::size_t i = 0; i < doc["nominees"].size(); ++i)
            if (doc["nominees"][i]["id"] == id) return i;
        ADD_FAILURE() << "no nominee " << id << " in the fixture";
        return 0;
    }

    static std::vector<std::string> problems(const vk::LoadResult& result) {
        std::vector<std::string> lines;
        for (const vk::DataProblem& problem : result.problems) lines.push_back(problem.toString());
        return lines;
    }

    // The ids of the nominees kept, in order.
    static std::vector<std::string> kept(const vk::LoadResult& result) {
        std::vector<std::string> ids;
        for (const vk::Nominee& n : result.data.nominees) ids.push_back(n.id);
        return ids;
    }

    // The fixture's ids without `leftOut`, in file order.
    std::vector<std::string> allBut(std::string_view leftOut) const {
        std::vector<std::string> ids;
        for (const Json& n : fixture()["nominees"])
            if (n["id"] != leftOut) ids.push_back(n["id"].get<std::string>());
        return ids;
    }

    Json doc = fixture();
};

TEST_F(NomineeValidation, ShippedFileLoadsWithoutChanges) {
    const vk::LoadResult result = load();
    EXPECT_EQ(problems(result), std::vector<std::string>{});
    EXPECT_EQ(result.data.nominees.size(), 6u);
}

TEST_F(NomineeValidation, MissingFieldIsReportedAtItsObject) {
    nominee("tinn").erase("name");
    nominee("asker")["centre"].erase("lon");
    const vk::LoadResult result = load();
    EXPECT_EQ(problems(result), (std::vector<std::string>{
                                    path("asker") + "/centre: missing required key \"lon\"",
                                    path("tinn") + ": missing required key \"name\"",
                                }));
    EXPECT_EQ(result.data.nominees.size(), 4u);
}

TEST_F(NomineeValidation, WrongTypeShowsTheValue) {
    nominee("sigdal")["areaKm2"] = "large";
    nominee("sigdal")["municipalityNumber"] = 3025;
    nominee("sigdal")["initiatives"][0]["partners"] = "Sigdal Industriforening";
    nominee("sigdal")["summary"] = "Sigdal";
    const std::string at = path("sigdal");
    EXPECT_EQ(problems(load()), (std::vector<std::string>{
                                    at + "/municipalityNumber: expected a string of 4 digits, got 3025",
                                    at + "/areaKm2: expected a number between 1 and 100000, got \"large\"",
                                    at + "/summary: expected an object with \"nb\" and \"en\", got \"Sigdal\"",
                                    at + "/initiatives/0/partners: expected an array, got \"Sigdal Industriforening\"",
                                }));
}

TEST_F(NomineeValidation, UnknownKeySuggestsTheKnownOne) {
    // A copy first: adding "regoin" may move the object's members, "region" among them.
    const Json region = nominee("kongsvinger")["region"];
    nominee("kongsvinger")["regoin"] = region;
    EXPECT_EQ(problems(load()),
              std::vector<std::string>{path("kongsvinger") + ": unknown key \"regoin\" (did you mean \"region\"?)"});
}

TEST_F(NomineeValidation, DuplicateNomineeIdLeavesOutTheSecond) {
    const std::string drammen = path("drammen");
    nominee("drammen")["id"] = "asker";
    const vk::LoadResult result = load();
    EXPECT_EQ(problems(result),
              std::vector<std::string>{drammen + "/id: duplicate id \"asker\" (first at " + path("asker") + "/id)"});
    EXPECT_EQ(kept(result), allBut("drammen"));
    EXPECT_EQ(result.data.nominee("asker")->name, "Asker");
}

TEST_F(NomineeValidation, DuplicateInitiativeIdWithinANominee) {
    Json& initiatives = nominee("sykkylven")["initiatives"];
    initiatives[2]["id"] = initiatives[0]["id"];
    const std::string at = path("sykkylven") + "/initiatives/";
    EXPECT_EQ(problems(load()), std::vector<std::string>{at + "2/id: duplicate id " + initiatives[0]["id"].dump() +
                                                         " (first at " + at + "0/id)"});
}

TEST_F(NomineeValidation, SameInitiativeIdInTwoNomineesIsFine) {
    nominee("tinn")["initiatives"][0]["id"] = "shared-id";
    nominee("asker")["initiatives"][0]["id"] = "shared-id";
    EXPECT_EQ(problems(load()), std::vector<std::string>{});
}

TEST_F(NomineeValidation, DuplicateCriterionAndThemeIds) {
    doc["criteria"].push_back(doc["criteria"][0]);
    doc["themes"].push_back(doc["themes"][0]);
    const std::string criterion = doc["criteria"][0]["id"].dump(), theme = doc["themes"][0]["id"].dump();
    const std::string lastTheme = std::to_string(doc["themes"].size() - 1);
    const vk::LoadResult result = load();
    EXPECT_EQ(problems(result), (std::vector<std::string>{
                                    "/criteria: expected exactly 3 criteria, got 4",
                                    "/criteria/3/id: duplicate id " + criterion + " (first at /criteria/0/id)",
                                    "/themes: expected 8 to 14 themes, got 15",
                                    "/themes/" + lastTheme + "/id: duplicate id " + theme + " (first at /themes/0/id)",
                                }));
    // The first definitions stand, so nothing is left out.
    EXPECT_EQ(result.data.criteria.size(), 3u);
    EXPECT_EQ(result.data.nominees.size(), 6u);
}

TEST_F(NomineeValidation, UndefinedCriterion) {
    nominee("kongsvinger")["initiatives"][1]["criterion"] = "colaboration";
    nominee("kongsvinger")["initiatives"][2]["criterion"] = "jury";
    const std::string at = path("kongsvinger") + "/initiatives/";
    const vk::LoadResult result = load();
    EXPECT_EQ(problems(result),
              (std::vector<std::string>{
                  at + "1/criterion: undefined criterion \"colaboration\" (did you mean \"collaboration\"?)",
                  at + "2/criterion: undefined criterion \"jury\" (defined: \"collaboration\", "
                       "\"active\", \"adaptable\")",
              }));
    EXPECT_EQ(kept(result), allBut("kongsvinger"));
}

TEST_F(NomineeValidation, UndefinedTheme) {
    Json& themes = nominee("drammen")["initiatives"][0]["themes"];
    themes.push_back("no-such-theme");
    themes.push_back(themes[0]);  // listed twice
    const std::string at = path("drammen") + "/initiatives/0/themes/";
    EXPECT_EQ(problems(load()), (std::vector<std::string>{
                                    at + std::to_string(themes.size() - 2) + ": undefined theme \"no-such-theme\"",
                                    at + std::to_string(themes.size() - 1) + ": duplicate theme " + themes[0].dump() +
                                        " (first at " + at + "0)",
                                }));
}

TEST_F(NomineeValidation, LatitudeOutOfRangeOrNotANumber) {
    nominee("tinn")["centre"]["lat"] = "north";
    nominee("asker")["centre"]["lat"] = 56.9;
    nominee("sigdal")["centre"]["lon"] = 32.5;
    nominee("sykkylven")["centre"]["lat"] = 72;  // the bounds themselves are inside
    nominee("sykkylven")["centre"]["lon"] = 4;
    const vk::LoadResult result = load();
    EXPECT_EQ(problems(result), (std::vector<std::string>{
                                    path("asker") + "/centre/lat: expected a number between 57 and 72, got 56.9",
                                    path("sigdal") + "/centre/lon: expected a number between 4 and 32, got 32.5",
                                    path("tinn") + "/centre/lat: expected a number between 57 and 72, got \"north\"",
                                }));
    EXPECT_NE(result.data.nominee("sykkylven"), nullptr);
}

TEST_F(NomineeValidation, ClassInconsistentWithPopulation) {
    nominee("tinn")["population"]["value"] = 15000;  // at the threshold is "large"
    nominee("asker")["class"] = "small";
    nominee("sigdal")["population"]["value"] = 14999;  // still small
    const std::string askerPopulation = nominee("asker")["population"]["value"].dump();
    const vk::LoadResult result = load();
    EXPECT_EQ(problems(result), (std::vector<std::string>{
                                    path("asker") + "/class: expected \"large\" for a population of " +
                                        askerPopulation + " (threshold 15000), got \"small\"",
                                    path("tinn") + "/class: expected \"large\" for a population of 15000 (threshold "
                                                   "15000), got \"small\"",
                                }));
    EXPECT_NE(result.data.nominee("sigdal"), nullptr);
}

TEST_F(NomineeValidation, ClassFollowsTheThresholdInTheFile) {
    doc["award"]["populationThreshold"] = 1000000;
    const vk::LoadResult result = load();
    ASSERT_EQ(result.problems.size(), 3u);  // the three large nominees
    for (const vk::DataProblem& problem : result.problems)
        EXPECT_TRUE(problem.path.ends_with("/class")) << problem.path;
    EXPECT_EQ(kept(result).size(), 3u);
}

TEST_F(NomineeValidation, MissingEnglishText) {
    nominee("sigdal")["summary"].erase("en");
    nominee("sigdal")["initiatives"][1]["text"]["en"] = nullptr;
    const std::string at = path("sigdal");
    EXPECT_EQ(problems(load()), (std::vector<std::string>{
                                    at + "/summary: missing required key \"en\"",
                                    at + "/initiatives/1/text/en: expected a string, got null",
                                }));
}

TEST_F(NomineeValidation, EmptyNorwegianText) {
    nominee("tinn")["initiatives"][2]["title"]["nb"] = "";
    nominee("tinn")["summary"]["nb"] = " ";
    const std::string at = path("tinn");
    EXPECT_EQ(problems(load()), (std::vector<std::string>{
                                    at + "/summary/nb: expected a non-empty string, got \" \"",
                                    at + "/initiatives/2/title/nb: expected a non-empty string, got \"\"",
                                }));
}

TEST_F(NomineeValidation, BadDate) {
    nominee("drammen")["population"]["date"] = "01.01.2024";
    nominee("tinn")["population"]["date"] = "2024-02-30";
    EXPECT_EQ(problems(load()),
              (std::vector<std::string>{
                  path("drammen") + "/population/date: expected a date as YYYY-MM-DD, got \"01.01.2024\"",
                  path("tinn") + "/population/date: expected a date as YYYY-MM-DD, got \"2024-02-30\"",
              }));
}

TEST_F(NomineeValidation, PopulationsCarryOneDate) {
    // Issue 22: a comparison set Asker's 2022 population beside Tinn's of 2024. The date most
    // populations carry is the file's; another is reported at the list, and every nominee is shown.
    nominee("sigdal")["population"]["date"] = "2022-01-01";
    vk::LoadResult result = load();
    EXPECT_EQ(problems(result), std::vector<std::string>{
                                    "/nominees: expected every population to carry one date, \"2024-01-01\" (as 5 of 6 "
                                    "do), got \"2022-01-01\" at " + path("sigdal") + "/population/date"});
    EXPECT_EQ(result.data.nominees.size(), 6u);

    // On a tie the date that comes first in the file wins (a malformed date is not counted: see
    // BadDate, which reports nothing more).
    for (const char* id : {"drammen", "kongsvinger"}) nominee(id)["population"]["date"] = "2022-01-01";
    doc["nominees"][0]["population"]["date"] = "2024-01-01";
    nominee("sigdal")["population"]["date"] = "2022-01-01";
    std::vector<std::string> expected;
    for (std::size_t i = 0; i < doc["nominees"].size(); ++i)
        if (doc["nominees"][i]["population"]["date"] == "2022-01-01")
            expected.push_back("/nominees: expected every population to carry one date, \"2024-01-01\" (as 3 of 6 do), "
                               "got \"2022-01-01\" at /nominees/" + std::to_string(i) + "/population/date");
    ASSERT_EQ(expected.size(), 3u);
    result = load();
    EXPECT_EQ(problems(result), expected);
    EXPECT_EQ(result.data.nominees.size(), 6u);
}

TEST_F(NomineeValidation, MunicipalityNumberHasFourDigits) {
    nominee("tinn")["municipalityNumber"] = "826";
    EXPECT_EQ(problems(load()), std::vector<std::string>{
                                    path("tinn") + "/municipalityNumber: expected a string of 4 digits, got \"826\""});
}

TEST_F(NomineeValidation, RegionNeedsMembers) {
    nominee("kongsvinger")["region"]["members"] = Json::array();
    EXPECT_EQ(problems(load()),
              std::vector<std::string>{path("kongsvinger") + "/region/members: expected a non-empty array, got []"});
}

TEST_F(NomineeValidation, SeveralProblemsAreAllReportedInFileOrder) {
    // Broken from the end of the file to the start; reported from the start to the end.
    nominee("tinn")["centre"]["lat"] = "north";
    nominee("asker")["initiatives"][0]["criterion"] = "nope";
    nominee("asker").erase("county");
    doc["themes"][1]["name"].erase("nb");
    doc["award"]["year"] = "2025";
    const vk::LoadResult result = load();
    EXPECT_EQ(problems(result), (std::vector<std::string>{
                                    "/award/year: expected an integer between 2000 and 2100, got \"2025\"",
                                    "/themes/1/name: missing required key \"nb\"",
                                    path("asker") + ": missing required key \"county\"",
                                    path("asker") + "/initiatives/0/criterion: undefined criterion \"nope\" (defined: "
                                                    "\"collaboration\", \"active\", \"adaptable\")",
                                    path("tinn") + "/centre/lat: expected a number between 57 and 72, got \"north\"",
                                }));
}

TEST_F(NomineeValidation, BrokenNomineeIsLeftOutWhileTheOtherFiveRemain) {
    nominee("sykkylven")["centre"]["lat"] = "north";
    const vk::LoadResult result = load();
    EXPECT_TRUE(result.usable);
    EXPECT_EQ(kept(result), allBut("sykkylven"));
    EXPECT_EQ(result.data.nominee("sykkylven"), nullptr);
    EXPECT_EQ(result.data.criteria.size(), 3u);
}

TEST_F(NomineeValidation, DuplicateJsonKeyLeavesOutItsNominee) {
    std::string text = doc.dump(2);
    const std::string name = "\"name\": \"Tinn\"";
    text.replace(text.find(name), name.size(), name + ", " + name);
    const vk::LoadResult result = vk::loadNominees(text);
    EXPECT_EQ(problems(result), std::vector<std::string>{path("tinn") + ": duplicate key \"name\""});
    EXPECT_EQ(kept(result), allBut("tinn"));
}

TEST_F(NomineeValidation, AwardProblemKeepsTheNominees) {
    doc["award"]["source"]["date"] = "17.03.2025";
    doc["award"]["classes"][1]["id"] = "small";
    const vk::LoadResult result = load();
    EXPECT_EQ(problems(result), (std::vector<std::string>{
                                    "/award/source/date: expected a date as YYYY-MM-DD, got \"17.03.2025\"",
                                    "/award/classes/1/id: duplicate id \"small\" (first at /award/classes/0/id)",
                                }));
    EXPECT_TRUE(result.usable);
    EXPECT_EQ(result.data.nominees.size(), 6u);
    EXPECT_EQ(result.data.award.source.date, "");
}

TEST_F(NomineeValidation, BrokenCriterionTakesItsNomineesWithIt) {
    doc["criteria"][2]["description"].erase("en");
    const vk::LoadResult result = load();
    EXPECT_EQ(problems(result), std::vector<std::string>{"/criteria/2/description: missing required key \"en\""});
    // Whatever is still shown refers only to criteria that are shown.
    for (const vk::Nominee& n : result.data.nominees)
        for (const vk::Initiative& initiative : n.initiatives)
            EXPECT_NE(result.data.criterion(initiative.criterion), nullptr);
}

TEST_F(NomineeValidation, Winners) {
    doc["award"]["winners"]["small"] = "asker";
    doc["award"]["winners"]["large"] = "oslo";
    EXPECT_EQ(problems(load()),
              (std::vector<std::string>{
                  "/award/winners/small: expected a nominee in class \"small\", got \"asker\" (class \"large\")",
                  "/award/winners/large: undefined nominee \"oslo\"",
              }));
    doc["award"]["winners"]["small"] = "tinn";
    doc["award"]["winners"]["large"] = nullptr;
    const vk::LoadResult result = load();
    EXPECT_EQ(problems(result), std::vector<std::string>{});
    EXPECT_EQ(result.data.award.winnerSmall, "tinn");
    EXPECT_EQ(result.data.award.winnerLarge, std::nullopt);
}

TEST_F(NomineeValidation, UnknownSchemaVersionIsUnusable) {
    doc["schemaVersion"] = 2;
    const vk::LoadResult result = load();
    EXPECT_EQ(problems(result), std::vector<std::string>{"/schemaVersion: expected 1, got 2"});
    EXPECT_FALSE(result.usable);
    EXPECT_TRUE(result.data.nominees.empty());
}

TEST_F(NomineeValidation, NoNomineesIsUnusable) {
    doc["nominees"] = Json::array();
    const vk::LoadResult result = load();
    EXPECT_EQ(problems(result), std::vector<std::string>{"/nominees: expected a non-empty array, got []"});
    EXPECT_FALSE(result.usable);
}

TEST_F(NomineeValidation, EveryNomineeBrokenIsUnusable) {
    for (Json& n : doc["nominees"]) n["class"] = "medium";
    const vk::LoadResult result = load();
    EXPECT_EQ(result.problems.size(), 6u);
    EXPECT_EQ(result.problems[0].message, "expected \"small\" or \"large\", got \"medium\"");
    EXPECT_FALSE(result.usable);
}

TEST_F(NomineeValidation, NotAnObjectIsUnusable) {
    const vk::LoadResult result = vk::loadNominees("[1, 2]");
    EXPECT_EQ(problems(result), std::vector<std::string>{"(file): expected an object, got [1,2]"});
    EXPECT_FALSE(result.usable);
}

}  // namespace
