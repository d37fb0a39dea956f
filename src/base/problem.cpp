#include "base/problem.hpp"

#include <utility>

#include "base/limits.hpp"

namespace vk {

void addProblem(std::vector<DataProblem>& problems, DataProblem problem) {
    if (problems.size() <= limits::maxProblems) problems.push_back(std::move(problem));
}

bool tooManyProblems(const std::vector<DataProblem>& problems) { return problems.size() > limits::maxProblems; }

}  // namespace vk
