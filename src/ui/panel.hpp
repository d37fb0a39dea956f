// The side (or bottom) panel: the overview with nominee cards and the theme matrix when nothing
// is selected, one nominee's details, or two nominees compared criterion by criterion. Knows core
// and ImGui only.
#pragma once

#include "ui/frame.hpp"

namespace vk::ui {

void drawPanel(const FrameInput& input, FrameOutput& output);

}  // namespace vk::ui
