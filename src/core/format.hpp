#pragma once
// A small printf for the wasm (issue 8): the C library's printf carries floating-point formatting
// and wide characters the widget never asks for (about 7 KB of code). Dear ImGui formats window
// ids and tooltips ("%s", "%s/%s_%08X", "##Popup_%08x"), strings.cpp pads cents ("%02ld").
// platform/web/libc_small.cpp makes this the wasm's vsnprintf; natively the tests hold it to the
// C library's output.
#include <cstdarg>
#include <cstddef>

namespace vk {

// As std::vsnprintf for the conversions d i u x X o c s p % with the flags - 0 + space #, a width
// and a precision (digits or *), and the length modifiers hh h l ll z j t. A floating-point
// conversion (f F e E g G a A) writes its value to six decimals or fewer as %f does, to within a
// last-digit rounding; the widget formats no float this way (core/strings.cpp words numbers).
// Returns the length of the whole text; writes at most size - 1 characters and a terminating NUL.
int formatV(char* buffer, std::size_t size, const char* format, std::va_list args);

}  // namespace vk
