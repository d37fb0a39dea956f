#include "core/decimal.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>

namespace vk {
namespace {

// What the C library makes of the same characters: the length it reads and its value.
std::pair<std::size_t, double> libc(const std::string& text) {
    char* end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    return {static_cast<std::size_t>(end - text.c_str()), value};
}

void expectAsLibc(const std::string& text) {
    const DecimalRead read = readDecimal(text);
    const auto [length, value] = libc(text);
    EXPECT_EQ(read.length, length) << text;
    if (read.exact) {
        EXPECT_EQ(std::memcmp(&read.value, &value, sizeof value), 0) << text << ": " << read.value << " vs " << value;
    }
}

TEST(Decimal, ReadsWhatStrtodReadsOfTheJsonGrammar) {
    for (const char* text : {"0", "-0", "1", "-1", "+7", "59.9", "-10.75", "0.1", "0.30000000000000004",
                             "15000", "2025", "1e3", "1E-3", "2.5e+2", "6.02214076e23", "1e22", "1e23",
                             "9007199254740993", "123456789012345678901234", "0.000000000000000000000001",
                             "1.", ".5", "-.5", "00012", "7e", "7e+", "7e-x", "-", "+", "", "abc", ".", "e5",
                             "12,5", "3.14abc", "1e999999999", "1e-999999999"}) {
        expectAsLibc(text);
    }
}

TEST(Decimal, FastPathValuesAreCorrectlyRounded) {
    std::mt19937_64 random(20261201);
    int exact = 0;
    for (int i = 0; i < 200'000; ++i) {
        std::string text = (random() % 4 == 0) ? "-" : "";
        const int whole = static_cast<int>(random() % 9);
        const int fraction = static_cast<int>(random() % 12);
        for (int d = 0; d < whole; ++d) text += static_cast<char>('0' + random() % 10);
        if (whole == 0) text += '0';
        if (fraction > 0) {
            text += '.';
            for (int d = 0; d < fraction; ++d) text += static_cast<char>('0' + random() % 10);
        }
        if (random() % 3 == 0) text += "e" + std::to_string(static_cast<int>(random() % 40) - 20);
        exact += readDecimal(text).exact ? 1 : 0;
        expectAsLibc(text);
        if (HasFailure()) return;
    }
    EXPECT_GT(exact, 150'000);  // the fast path is the common path (up to 20 digits, exponents ±20 here)
}

TEST(Decimal, LeavesTheHardCasesToAnExactReader) {
    EXPECT_FALSE(readDecimal("9007199254740993").exact);        // 2^53 + 1: needs rounding
    EXPECT_FALSE(readDecimal("1e23").exact);                    // 10^23 is not a double
    EXPECT_FALSE(readDecimal("123456789012345678901").exact);   // more than 19 digits
    EXPECT_FALSE(readDecimal("2.2250738585072014e-308").exact);
    EXPECT_FALSE(readDecimal("12345678901234567891e-3").exact);  // a 20th digit dropped
    EXPECT_TRUE(readDecimal("0.000").exact);
    EXPECT_EQ(readDecimal("0.000").value, 0.0);
    EXPECT_TRUE(std::signbit(readDecimal("-0.0").value));
}

}  // namespace
}  // namespace vk
