#include "core/labels.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

#include "base/sorting.hpp"

namespace vk {

namespace {

// Candidate spots as a direction from the marker; ring 0 hugs the marker, later rings are
// farther out and get a leader line.
struct Direction {
    double dx, dy;
};
constexpr std::array<Direction, 8> directions = {{
    {1, 0}, {-1, 0}, {0, -1}, {0, 1}, {1, -1}, {1, 1}, {-1, -1}, {-1, 1},
}};
constexpr int ringCount = 6;
constexpr double ringStepPx = 14;
constexpr double labelPaddingPx = 4;

ScreenRect candidateBox(const LabelRequest& r, const Direction& d, int ring) {
    const double distance = r.markerRadiusPx + labelPaddingPx + ring * ringStepPx;
    // Put the label's near edge (or centre, on the axis) at `distance` from the anchor.
    const double cx = r.anchor.x + d.dx * (distance + r.widthPx / 2);
    const double cy = r.anchor.y + d.dy * (distance + r.heightPx / 2);
    return {cx - r.widthPx / 2, cy - r.heightPx / 2, r.widthPx, r.heightPx};
}

struct Candidate {
    LabelPlacement placement;
    double cost;
};

class Search {
public:
    Search(const std::vector<LabelRequest>& requests, ScreenSize bounds, double gap, const std::vector<ScreenRect>& obstacles)
        : requests_(requests), bounds_(bounds), gap_(gap), obstacles_(obstacles) {
        for (std::size_t i = 0; i < requests_.size(); ++i) {
            candidates_.push_back(candidatesFor(i));
            // Nowhere clear of the obstacles (the marker sits under a control): hidden, and out of
            // the search, so that it cannot make the others fail.
            if (candidates_.back().empty()) candidates_.back().push_back({{candidateBox(requests_[i], directions[0], 0), false, true}, 0});
        }
        // Most crowded first: labels with the fewest free spots are placed first.
        order_.resize(requests_.size());
        std::iota(order_.begin(), order_.end(), 0);
        stableSort(order_, [&](std::size_t a, std::size_t b) { return candidates_[a].size() < candidates_[b].size(); });
        chosen_.assign(requests_.size(), -1);
    }

    bool run() { return place(0, 0.0); }

    std::vector<LabelPlacement> result() const {
        std::vector<LabelPlacement> out;
        for (std::size_t i = 0; i < requests_.size(); ++i)
            out.push_back(candidates_[i][static_cast<std::size_t>(chosen_[i])].placement);
        return out;
    }

private:
    bool coversMarker(const ScreenRect& box, std::size_t self) const {
        for (std::size_t j = 0; j < requests_.size(); ++j) {
            if (j == self) continue;
            const auto& m = requests_[j];
            const double r = m.markerRadiusPx;
            if (box.overlaps({m.anchor.x - r, m.anchor.y - r, 2 * r, 2 * r}, 1)) return true;
        }
        for (const ScreenRect& obstacle : obstacles_)
            if (box.overlaps(obstacle, 1)) return true;
        return false;
    }

    bool inside(const ScreenRect& box) const {
        return box.x >= 0 && box.y >= 0 && box.x + box.width <= bounds_.width && box.y + box.height <= bounds_.height;
    }

    std::vector<Candidate> candidatesFor(std::size_t i) const {
        std::vector<Candidate> list;
        for (int ring = 0; ring < ringCount; ++ring) {
            for (std::size_t d = 0; d < directions.size(); ++d) {
                const ScreenRect box = candidateBox(requests_[i], directions[d], ring);
                if (coversMarker(box, i)) continue;
                double cost = ring * 10.0 + static_cast<double>(d);
                if (!inside(box)) cost += 100;  // allowed, but only when nothing inside fits
                list.push_back({{box, ring > 0}, cost});
            }
        }
        stableSort(list, [](const Candidate& a, const Candidate& b) { return a.cost < b.cost; });
        return list;
    }

    // Depth-first over labels in `order_`; the first complete placement in cost order_ wins, and
    // the budget bounds_ the work in pathological layouts.
    bool place(std::size_t depth, double) {
        if (depth == order_.size()) return true;
        if (++steps_ > maxSteps_) return false;
        const std::size_t i = order_[depth];
        for (std::size_t c = 0; c < candidates_[i].size(); ++c) {
            const LabelPlacement& placement = candidates_[i][c].placement;
            bool free = true;
            for (std::size_t k = 0; k < depth && free && !placement.hidden; ++k) {
                const std::size_t j = order_[k];
                const LabelPlacement& other = candidates_[j][static_cast<std::size_t>(chosen_[j])].placement;
                free = other.hidden || !placement.box.overlaps(other.box, gap_);
            }
            if (!free) continue;
            chosen_[i] = static_cast<int>(c);
            if (place(depth + 1, 0.0)) return true;
            if (steps_ > maxSteps_) return false;
        }
        chosen_[i] = -1;
        return false;
    }

    const std::vector<LabelRequest>& requests_;
    ScreenSize bounds_;
    double gap_;
    const std::vector<ScreenRect>& obstacles_;
    std::vector<std::vector<Candidate>> candidates_;
    std::vector<std::size_t> order_;
    std::vector<int> chosen_;
    long steps_ = 0;
    static constexpr long maxSteps_ = 200000;
};

// Last resort: right of each marker, pushed down until it is clear of every label placed so far.
// Cannot fail, since there is always room further down.
std::vector<LabelPlacement> stackLabels(const std::vector<LabelRequest>& requests, double gap) {
    std::vector<LabelPlacement> placed;
    for (const auto& r : requests) {
        ScreenRect box = candidateBox(r, directions[0], 0);
        bool moved = true;
        while (moved) {
            moved = false;
            for (const auto& p : placed) {
                if (box.overlaps(p.box, gap)) {
                    box.y = p.box.y + p.box.height + gap + 0.5;
                    moved = true;
                }
            }
        }
        placed.push_back({box, true});
    }
    return placed;
}

}  // namespace

std::vector<LabelPlacement> placeLabels(const std::vector<LabelRequest>& requests, ScreenSize bounds, double gapPx,
                                        const std::vector<ScreenRect>& obstacles) {
    if (requests.empty()) return {};
    Search search(requests, bounds, gapPx, obstacles);
    if (search.run()) return search.result();
    std::vector<LabelPlacement> stacked = stackLabels(requests, gapPx);
    for (LabelPlacement& p : stacked)
        for (const ScreenRect& obstacle : obstacles)
            p.hidden = p.hidden || p.box.overlaps(obstacle, 1);
    return stacked;
}

}  // namespace vk
