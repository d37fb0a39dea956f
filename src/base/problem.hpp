// A problem in a document that someone edits by hand: where it is (a JSON Pointer, RFC 6901) and
// what is wrong, said for that person. Base's JSON parser and reader report them; core's loaders
// add their own. std only.
#pragma once

#include <string>
#include <vector>

namespace vk {

struct DataProblem {
    std::string path;     // "/nominees/5/centre"; "" for the whole document
    std::string message;  // "expected a number between 57 and 72, got \"north\""

    // "/nominees/5/centre: expected ...", or "(file): ..." for the whole document.
    std::string toString() const { return (path.empty() ? std::string("(file)") : path) + ": " + message; }
};

// Appends a problem unless the list already holds more than limits::maxProblems (it keeps one
// more, so that tooManyProblems() can tell that the cap was passed).
void addProblem(std::vector<DataProblem>& problems, DataProblem problem);
bool tooManyProblems(const std::vector<DataProblem>& problems);

}  // namespace vk
