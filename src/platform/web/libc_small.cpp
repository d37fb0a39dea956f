// Functions of the C library, replaced in the wasm for size (issue 8). Without them the linker
// leaves out musl's number scanner, its 128-bit long double arithmetic, sscanf and printf's
// floating-point and wide-character formatting: 27 KB of code that the widget never needed.
//
// strtod: core's JSON reader calls it for every number of the data or the page's commands that
// has a fraction or an exponent, and the writer (shortestDecimal) reads each double it writes back
// with it, up to 17 times. Core's readDecimal gives the correctly rounded value for nearly all of them (see
// core/decimal.hpp, tested against the C library natively); the rest go to JavaScript's Number,
// which is exact too. Hexadecimal, "inf" and "nan" are not read: JSON has none of them.
//
// sscanf: Dear ImGui calls it only to read its .ini settings (the widget has none:
// io.IniFilename = nullptr) and the text of input fields (the widget has none). Returning 0, "no
// field read", keeps each caller on its "nothing parsed" path should one ever run.
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <string_view>

#include "core/decimal.hpp"
#include "core/format.hpp"

extern "C" {

double vk_js_parse_number(const char* text, int length);  // bridge.js

double strtod(const char* text, char** end) {
    const char* start = text;
    while (*start == ' ' || (*start >= '\t' && *start <= '\r')) ++start;
    const vk::DecimalRead read = vk::readDecimal(std::string_view(start, std::strlen(start)));
    if (end != nullptr) *end = const_cast<char*>(read.length > 0 ? start + read.length : text);
    if (read.length == 0) return 0;
    return read.exact ? read.value : vk_js_parse_number(start, static_cast<int>(read.length));
}

// musl keeps these two in strtod's object file, and libc++'s std::stof and std::stold (linked
// with std::to_string) name them: defined here, that object is never linked. Nothing calls them.
float strtof(const char* text, char** end) { return static_cast<float>(strtod(text, end)); }
long double strtold(const char* text, char** end) { return strtod(text, end); }

// vsnprintf, snprintf: Dear ImGui and core/strings.cpp format only integers and
// strings; core's formatV does those as the C library does (tests/core/format_test.cpp).
int vsnprintf(char* buffer, std::size_t size, const char* format, std::va_list args) {
    return vk::formatV(buffer, size, format, args);
}

int snprintf(char* buffer, std::size_t size, const char* format, ...) {
    std::va_list args;
    va_start(args, format);
    const int length = vk::formatV(buffer, size, format, args);
    va_end(args);
    return length;
}

int sscanf(const char* /*text*/, const char* /*format*/, ...) { return 0; }

}  // extern "C"
