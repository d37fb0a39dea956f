#include "core/format.hpp"

#include <gtest/gtest.h>

#include <climits>
#include <cstdio>
#include <string>

namespace vk {
namespace {

std::string ours(const char* format, ...) {
    char buffer[256];
    va_list args;
    va_start(args, format);
    const int length = formatV(buffer, sizeof buffer, format, args);
    va_end(args);
    EXPECT_EQ(static_cast<std::size_t>(length), std::string(buffer).size()) << format;
    return buffer;
}

std::string libc(const char* format, ...) {
    char buffer[256];
    va_list args;
    va_start(args, format);
    std::vsnprintf(buffer, sizeof buffer, format, args);
    va_end(args);
    return buffer;
}

#define EXPECT_AS_LIBC(...) EXPECT_EQ(ours(__VA_ARGS__), libc(__VA_ARGS__))

TEST(Format, WhatDearImGuiAndTheStringsAskFor) {
    EXPECT_AS_LIBC("%s", "Sykkylven");
    EXPECT_AS_LIBC("%s/%s_%08X", "Parent", "Child", 0x1a2bu);
    EXPECT_AS_LIBC("##Popup_%08x", 0xbeefu);
    EXPECT_AS_LIBC("##Tooltip_%02d", 3);
    EXPECT_AS_LIBC("\\u%04x", 0x1f);
    EXPECT_AS_LIBC("%02ld", 7L);
    EXPECT_AS_LIBC("%s: %s", "Tinn", "Næringsvennlig");
    EXPECT_AS_LIBC("%.*s", 4, "Kongsvinger");
    EXPECT_AS_LIBC("100%% %c", 'x');
}

TEST(Format, IntegersWithEveryFlagWidthAndPrecision) {
    const char* formats[] = {"%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%.3d", "%8.3d", "%-8.3d|", "%08.3d",
                             "%x", "%#x", "%#X", "%#o", "%o", "%u", "%10u", "%*d", "%-*d|", "%.0d", "%hhd", "%hd"};
    const int values[] = {0, 1, -1, 42, -42, 65535, INT_MAX, INT_MIN, 300};
    for (const char* format : formats) {
        for (int value : values) {
            if (std::string(format).find('*') != std::string::npos) {
                EXPECT_EQ(ours(format, 7, value), libc(format, 7, value)) << format << " " << value;
            } else {
                EXPECT_EQ(ours(format, value), libc(format, value)) << format << " " << value;
            }
        }
    }
    EXPECT_AS_LIBC("%lld %llu %zu %lx", LLONG_MIN, ULLONG_MAX, static_cast<std::size_t>(12345), 0xdeadbeefUL);
}

TEST(Format, StringsAndCharactersPad) {
    EXPECT_AS_LIBC("[%10s][%-10s][%.2s][%c%c]", "abc", "abc", "abc", 'o', 'k');
    EXPECT_AS_LIBC("[%5c][%-3c]", 'a', 'b');
}

TEST(Format, TruncatesLikeSnprintfAndCountsTheWholeText) {
    char small[6];
    const int length = [&](const char* format, ...) {
        va_list args;
        va_start(args, format);
        const int n = formatV(small, sizeof small, format, args);
        va_end(args);
        return n;
    }("%s-%d", "Asker", 2025);
    EXPECT_EQ(length, 10);
    EXPECT_STREQ(small, "Asker");
}

TEST(Format, FloatsAsPercentFForPlainValues) {
    EXPECT_AS_LIBC("%.3f", 1.5);
    EXPECT_AS_LIBC("%f", -2.25);
    EXPECT_AS_LIBC("%.0f", 7.0);
    EXPECT_AS_LIBC("%.2f", 0.05);
    EXPECT_AS_LIBC("%8.1f|%-8.1f|", 3.0, 3.0);
}

}  // namespace
}  // namespace vk
