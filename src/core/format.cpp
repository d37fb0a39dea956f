#include "core/format.hpp"

#include <cmath>
#include <cstdint>
#include <cstring>

namespace vk {
namespace {

// Writes into the caller's buffer while it has room, and counts every character regardless.
class Output {
public:
    Output(char* buffer, std::size_t size) : buffer_(buffer), size_(size) {}
    void put(char c) {
        if (size_ > 0 && length_ < size_ - 1) buffer_[length_] = c;
        ++length_;
    }
    void repeat(char c, int count) {
        for (int i = 0; i < count; ++i) put(c);
    }
    void write(const char* text, std::size_t count) {
        for (std::size_t i = 0; i < count; ++i) put(text[i]);
    }
    int finish() {
        if (size_ > 0) buffer_[length_ < size_ ? length_ : size_ - 1] = '\0';
        return static_cast<int>(length_);
    }

private:
    char* buffer_;
    std::size_t size_;
    std::size_t length_ = 0;
};

struct Spec {
    bool left = false, zero = false, plus = false, space = false, alternate = false;
    int width = 0;
    int precision = -1;  // -1: none given
};

// Digits of value in base, most significant first, into the end of `digits`; returns the count.
int digitsOf(std::uintmax_t value, unsigned base, bool upper, char (&digits)[64]) {
    const char* symbols = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    int count = 0;
    do {
        digits[63 - count++] = symbols[value % base];
        value /= base;
    } while (value != 0);
    return count;
}

// A number: sign or prefix, zeros for the precision or the 0 flag, then the digits, padded.
void emitNumber(Output& out, const Spec& spec, const char* prefix, const char* digits, int count) {
    const int prefixLength = static_cast<int>(std::strlen(prefix));
    int zeros = spec.precision > count ? spec.precision - count : 0;
    int body = prefixLength + zeros + count;
    if (spec.zero && !spec.left && spec.precision < 0 && spec.width > body) {
        zeros += spec.width - body;
        body = spec.width;
    }
    if (!spec.left) out.repeat(' ', spec.width - body);
    out.write(prefix, static_cast<std::size_t>(prefixLength));
    out.repeat('0', zeros);
    out.write(digits, static_cast<std::size_t>(count));
    if (spec.left) out.repeat(' ', spec.width - body);
}

void emitInteger(Output& out, Spec spec, std::uintmax_t magnitude, bool negative, char conversion) {
    const unsigned base = conversion == 'o' ? 8 : (conversion == 'x' || conversion == 'X' || conversion == 'p') ? 16 : 10;
    char digits[64];
    int count = digitsOf(magnitude, base, conversion == 'X', digits);
    if (spec.precision == 0 && magnitude == 0) count = 0;  // "%.0d" of 0 writes no digit
    const char* prefix = "";
    if (conversion == 'd' || conversion == 'i') {
        prefix = negative ? "-" : spec.plus ? "+" : spec.space ? " " : "";
    } else if (conversion == 'p' || (spec.alternate && magnitude != 0 && (conversion == 'x' || conversion == 'X'))) {
        prefix = conversion == 'X' ? "0X" : "0x";
    } else if (spec.alternate && conversion == 'o' && (count == 0 || digits[64 - count] != '0')) {
        if (spec.precision <= count) spec.precision = count + 1;
    }
    emitNumber(out, spec, prefix, digits + 64 - count, count);
}

void emitFloat(Output& out, Spec spec, double value) {
    const bool negative = value < 0 || (value == 0 && std::signbit(value));
    if (negative) value = -value;
    const int precision = spec.precision < 0 ? 6 : spec.precision > 9 ? 9 : spec.precision;
    char digits[64];
    int count = 0;
    if (value != value || value > 1e18) {  // nan, inf or beyond this small printf
        const char* word = value != value ? "nan" : "inf";
        spec.zero = false;
        spec.precision = -1;
        emitNumber(out, spec, negative ? "-" : "", word, 3);
        return;
    }
    std::uintmax_t scale = 1;
    for (int i = 0; i < precision; ++i) scale *= 10;
    const auto scaled = static_cast<std::uintmax_t>(value * static_cast<double>(scale) + 0.5);
    count = digitsOf(scaled, 10, false, digits);
    char text[80];
    int length = 0;
    const int whole = count > precision ? count - precision : 0;
    if (whole == 0) text[length++] = '0';
    for (int i = 0; i < whole; ++i) text[length++] = digits[64 - count + i];
    if (precision > 0 || spec.alternate) text[length++] = '.';
    for (int i = precision; i > 0; --i) text[length++] = i > count ? '0' : digits[64 - i];
    spec.precision = -1;
    emitNumber(out, spec, negative ? "-" : spec.plus ? "+" : spec.space ? " " : "", text, length);
}

}  // namespace

int formatV(char* buffer, std::size_t size, const char* format, std::va_list args) {
    Output out(buffer, size);
    for (const char* p = format; *p != '\0'; ++p) {
        if (*p != '%') {
            out.put(*p);
            continue;
        }
        Spec spec;
        for (;; ++p) {
            const char flag = p[1];
            if (flag == '-') spec.left = true;
            else if (flag == '0') spec.zero = true;
            else if (flag == '+') spec.plus = true;
            else if (flag == ' ') spec.space = true;
            else if (flag == '#') spec.alternate = true;
            else break;
        }
        ++p;
        if (*p == '*') {
            spec.width = va_arg(args, int);
            if (spec.width < 0) spec.left = true, spec.width = -spec.width;
            ++p;
        } else {
            while (*p >= '0' && *p <= '9') spec.width = spec.width * 10 + (*p++ - '0');
        }
        if (*p == '.') {
            ++p;
            spec.precision = 0;
            if (*p == '*') {
                spec.precision = va_arg(args, int);
                ++p;
            } else {
                while (*p >= '0' && *p <= '9') spec.precision = spec.precision * 10 + (*p++ - '0');
            }
        }
        int longs = 0;  // 0 int, 1 long, 2 long long / intmax_t / size_t / ptrdiff_t, -1 short, -2 char
        for (;; ++p) {
            if (*p == 'l') ++longs;
            else if (*p == 'h') --longs;
            else if (*p == 'z' || *p == 'j' || *p == 't') longs = 2;
            else if (*p == 'L') continue;
            else break;
        }
        const char conversion = *p;
        switch (conversion) {
        case 'd':
        case 'i': {
            std::intmax_t value = longs >= 2   ? va_arg(args, long long)
                                  : longs == 1 ? va_arg(args, long)
                                               : va_arg(args, int);
            if (longs == -1) value = static_cast<short>(value);
            if (longs <= -2) value = static_cast<signed char>(value);
            const bool negative = value < 0;
            const std::uintmax_t magnitude = negative ? 0 - static_cast<std::uintmax_t>(value) : static_cast<std::uintmax_t>(value);
            emitInteger(out, spec, magnitude, negative, conversion);
            break;
        }
        case 'u':
        case 'x':
        case 'X':
        case 'o': {
            std::uintmax_t value = longs >= 2   ? va_arg(args, unsigned long long)
                                   : longs == 1 ? va_arg(args, unsigned long)
                                                : va_arg(args, unsigned);
            if (longs == -1) value = static_cast<unsigned short>(value);
            if (longs <= -2) value = static_cast<unsigned char>(value);
            emitInteger(out, spec, value, false, conversion);
            break;
        }
        case 'p':
            spec.alternate = true;
            emitInteger(out, spec, reinterpret_cast<std::uintptr_t>(va_arg(args, void*)), false, 'p');
            break;
        case 'c': {
            const char c = static_cast<char>(va_arg(args, int));
            spec.precision = -1;
            spec.zero = false;
            emitNumber(out, spec, "", &c, 1);
            break;
        }
        case 's': {
            const char* text = va_arg(args, const char*);
            if (text == nullptr) text = "(null)";
            std::size_t length = 0;
            while ((spec.precision < 0 || length < static_cast<std::size_t>(spec.precision)) && text[length] != '\0') ++length;
            spec.precision = -1;
            spec.zero = false;
            emitNumber(out, spec, "", text, static_cast<int>(length));
            break;
        }
        case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': case 'a': case 'A':
            emitFloat(out, spec, va_arg(args, double));
            break;
        case '%':
            out.put('%');
            break;
        case '\0':
            --p;  // a lone '%' at the end: nothing more to read
            break;
        default:  // an unknown conversion is written as it stands
            out.put('%');
            out.put(conversion);
            break;
        }
    }
    return out.finish();
}

}  // namespace vk
