#include "core/json_value.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>


namespace vk {

namespace {

const Json nullValue(nullptr);

bool isPairWithKey(const Json& j) { return j.is_array() && j.size() == 2 && j[0].is_string(); }

// Plain decimals from 0.00001 up to below 1e15 (0.001, 57.0, 123456.75), otherwise with an
// exponent (1e-07, 1.5e+20), as nlohmann-json wrote them; integral values keep a ".0" so that
// they read back as floating point.
void writeDouble(std::string& out, double value) {
    if (!std::isfinite(value)) {
        out += "null";
        return;
    }
    if (std::signbit(value)) out += '-';
    const ShortestDecimal d = shortestDecimal(std::fabs(value));
    const int k = static_cast<int>(d.digits.size()), n = d.pointAt;
    if (k <= n && n <= 15) {  // 1234e7 -> 12340000000.0
        out += d.digits;
        out.append(static_cast<std::size_t>(n - k), '0');
        out += ".0";
    } else if (0 < n && n <= 15) {  // 1234e-2 -> 12.34
        out.append(d.digits, 0, static_cast<std::size_t>(n));
        out += '.';
        out.append(d.digits, static_cast<std::size_t>(n));
    } else if (-5 < n && n <= 0) {  // 1234e-6 -> 0.001234
        out += "0.";
        out.append(static_cast<std::size_t>(-n), '0');
        out += d.digits;
    } else {  // 1234e30 -> 1.234e+33, 1e-7 -> 1e-07
        out += d.digits[0];
        if (k > 1) {
            out += '.';
            out.append(d.digits, 1);
        }
        const int exponent = n - 1;
        out += exponent < 0 ? "e-" : "e+";
        if (std::abs(exponent) < 10) out += '0';
        out += std::to_string(std::abs(exponent));
    }
}

void writeString(std::string& out, std::string_view s) {
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    for (std::size_t i = 0; i < s.size();) {
        const char c = s[i];
        const std::size_t length = utf8CharacterLength(s, i);
        if (length == 0) {
            out += "\xEF\xBF\xBD";  // U+FFFD for a byte that is not UTF-8
            ++i;
            continue;
        }
        if (length > 1) {
            out.append(s, i, length);
        } else if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\b') {
            out += "\\b";
        } else if (c == '\f') {
            out += "\\f";
        } else if (static_cast<unsigned char>(c) < 0x20) {
            out += "\\u00";
            out += hex[static_cast<unsigned char>(c) >> 4];
            out += hex[static_cast<unsigned char>(c) & 0xF];
        } else {
            out += c;
        }
        i += length;
    }
    out += '"';
}

// ---- Exact decimals of a double ----

// A natural number in base 10^9, least significant limb first.
class BigDecimal {
public:
    explicit BigDecimal(std::uint64_t n) {
        do {
            limbs_.push_back(static_cast<std::uint32_t>(n % base));
            n /= base;
        } while (n > 0);
    }

    // *= factor^times. A limb is below 10^9 < 2^30, so limb * factor + carry fits 64 bits for any factor below 2^33.
    void multiply(std::uint32_t factor, int times) {
        for (int t = 0; t < times; ++t) {
            std::uint64_t carry = 0;
            for (std::uint32_t& limb : limbs_) {
                const std::uint64_t product = std::uint64_t{limb} * factor + carry;
                limb = static_cast<std::uint32_t>(product % base);
                carry = product / base;
            }
            while (carry > 0) {
                limbs_.push_back(static_cast<std::uint32_t>(carry % base));
                carry /= base;
            }
        }
    }

    std::string digits() const {
        std::string out = std::to_string(limbs_.back());
        for (std::size_t i = limbs_.size() - 1; i-- > 0;) {
            const std::string limb = std::to_string(limbs_[i]);
            out.append(9 - limb.size(), '0');
            out += limb;
        }
        return out;
    }

private:
    static constexpr std::uint64_t base = 1'000'000'000;
    std::vector<std::uint32_t> limbs_;
};

// value (finite, positive) exactly: digits (no leading zero) and the decimal point's place.
ShortestDecimal exactDecimal(double value) {
    int exponent = 0;
    const double fraction = std::frexp(value, &exponent);  // value = fraction * 2^exponent, fraction in [0.5, 1)
    auto mantissa = static_cast<std::uint64_t>(std::ldexp(fraction, 53));
    exponent -= 53;
    // Subnormals and exact small values: drop trailing zero bits so the numbers stay small.
    while (mantissa % 2 == 0 && exponent < 0) {
        mantissa /= 2;
        ++exponent;
    }
    BigDecimal n(mantissa);
    int pointShift = 0;
    if (exponent >= 0) {
        n.multiply(2, exponent);
    } else {
        n.multiply(5, -exponent);  // m / 2^k = m * 5^k / 10^k
        pointShift = exponent;
    }
    ShortestDecimal d{n.digits(), 0};
    d.pointAt = static_cast<int>(d.digits.size()) + pointShift;
    return d;
}

// d rounded to `count` significant digits, halves to even (d is exact, so a half is a tie).
ShortestDecimal rounded(const ShortestDecimal& d, std::size_t count) {
    if (d.digits.size() <= count) return d;
    ShortestDecimal r{d.digits.substr(0, count), d.pointAt};
    const char next = d.digits[count];
    const bool more = d.digits.find_first_not_of('0', count + 1) != std::string::npos;
    const bool up = next > '5' || (next == '5' && (more || (r.digits.back() - '0') % 2 == 1));
    if (up) {
        std::size_t i = r.digits.size();
        while (i > 0 && r.digits[i - 1] == '9') r.digits[--i] = '0';
        if (i == 0) {
            r.digits.insert(r.digits.begin(), '1');
            r.digits.pop_back();
            ++r.pointAt;
        } else {
            ++r.digits[i - 1];
        }
    }
    return r;
}

// The C library's reading is exact; in the wasm, strtod is platform/web/libc_small.cpp's, which
// reads short numbers with core's readDecimal and hands the rest to JavaScript.
double readBack(const ShortestDecimal& d) {
    const std::string text = d.digits + "e" + std::to_string(d.pointAt - static_cast<int>(d.digits.size()));
    return std::strtod(text.c_str(), nullptr);
}

}  // namespace

std::size_t utf8CharacterLength(std::string_view text, std::size_t i) {
    const auto at = [&](std::size_t k) { return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0u; };
    const auto continuation = [&](std::size_t k, unsigned lo = 0x80, unsigned hi = 0xBF) {
        return at(k) >= lo && at(k) <= hi;
    };
    const unsigned c = at(0);
    if (i >= text.size()) return 0;
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF) return continuation(1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        const unsigned lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
        return continuation(1, lo, hi) && continuation(2) ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        const unsigned lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
        return continuation(1, lo, hi) && continuation(2) && continuation(3) ? 4 : 0;
    }
    return 0;
}

ShortestDecimal shortestDecimal(double value) {
    if (value == 0) return {"0", 1};
    const ShortestDecimal exact = exactDecimal(value);
    for (std::size_t count = 1; count < 17; ++count) {
        ShortestDecimal r = rounded(exact, count);
        if (readBack(r) == value) {
            r.digits.erase(std::min(r.digits.find_last_not_of('0') + 1, r.digits.size()));
            return r;
        }
    }
    ShortestDecimal r = rounded(exact, 17);  // 17 digits always read back
    r.digits.erase(std::min(r.digits.find_last_not_of('0') + 1, r.digits.size()));
    return r;
}

// ---- Json ----

Json::Json(std::initializer_list<Json> values) {
    if (std::all_of(values.begin(), values.end(), isPairWithKey)) {
        type_ = Type::Object;
        for (const Json& pair : values) (*this)[pair[0].string_] = pair[1];
    } else {
        type_ = Type::Array;
        array_.assign(values.begin(), values.end());
    }
}

Json Json::array() { return array(Array()); }

Json Json::array(Array elements) {
    Json j;
    j.type_ = Type::Array;
    j.array_ = std::move(elements);
    return j;
}

Json Json::object() {
    Json j;
    j.type_ = Type::Object;
    return j;
}

double Json::number() const {
    switch (type_) {
        case Type::Integer: return static_cast<double>(integer_);
        case Type::Unsigned: return static_cast<double>(unsigned_);
        case Type::Float: return float_;
        default: return 0;
    }
}

std::size_t Json::size() const {
    if (type_ == Type::Array) return array_.size();
    if (type_ == Type::Object) return object_.size();
    return 0;
}

const Json* Json::find(std::string_view key) const {
    for (const JsonMember& m : object_)
        if (m.key == key) return &m.value;
    return nullptr;
}

Json& Json::operator[](std::string_view key) {
    if (type_ == Type::Null) type_ = Type::Object;
    for (JsonMember& m : object_)
        if (m.key == key) return m.value;
    object_.push_back({std::string(key), Json()});
    return object_.back().value;
}

const Json& Json::operator[](std::string_view key) const {
    const Json* found = find(key);
    return found ? *found : nullValue;
}

void Json::push_back(Json value) {
    if (type_ == Type::Null) type_ = Type::Array;
    array_.push_back(std::move(value));
}

std::size_t Json::erase(std::string_view key) {
    const auto found = std::find_if(object_.begin(), object_.end(), [&](const JsonMember& m) { return m.key == key; });
    if (found == object_.end()) return 0;
    object_.erase(found);
    return 1;
}

std::string Json::dump() const {
    std::string out;
    write(out);
    return out;
}

std::string Json::dump(int indent) const {
    std::string out;
    write(out, std::max(indent, 0));
    return out;
}

void Json::write(std::string& out, int indent, int level) const {
    // Before an element or member, and before the closing bracket: a new line, indented.
    const auto newLine = [&](int atLevel) {
        if (indent < 0) return;
        out += '\n';
        out.append(static_cast<std::size_t>(indent * atLevel), ' ');
    };
    switch (type_) {
        case Type::Null: out += "null"; break;
        case Type::Boolean: out += boolean_ ? "true" : "false"; break;
        case Type::Integer: out += std::to_string(integer_); break;
        case Type::Unsigned: out += std::to_string(unsigned_); break;
        case Type::Float: writeDouble(out, float_); break;
        case Type::String: writeString(out, string_); break;
        case Type::Array:
            out += '[';
            for (std::size_t i = 0; i < array_.size(); ++i) {
                if (i > 0) out += ',';
                newLine(level + 1);
                array_[i].write(out, indent, level + 1);
            }
            if (!array_.empty()) newLine(level);
            out += ']';
            break;
        case Type::Object:
            out += '{';
            for (std::size_t i = 0; i < object_.size(); ++i) {
                if (i > 0) out += ',';
                newLine(level + 1);
                writeString(out, object_[i].key);
                out += indent < 0 ? ":" : ": ";
                object_[i].value.write(out, indent, level + 1);
            }
            if (!object_.empty()) newLine(level);
            out += '}';
            break;
    }
}

bool operator==(const Json& a, const Json& b) {
    if (a.is_number() && b.is_number()) {
        using T = Json::Type;
        if (a.type_ == T::Integer && b.type_ == T::Integer) return a.integer_ == b.integer_;
        if (a.type_ == T::Unsigned && b.type_ == T::Unsigned) return a.unsigned_ == b.unsigned_;
        // An int64 and a uint64: equal only when the int64 is not negative.
        if (a.type_ == T::Integer && b.type_ == T::Unsigned)
            return a.integer_ >= 0 && static_cast<std::uint64_t>(a.integer_) == b.unsigned_;
        if (a.type_ == T::Unsigned && b.type_ == T::Integer)
            return b.integer_ >= 0 && static_cast<std::uint64_t>(b.integer_) == a.unsigned_;
        return a.number() == b.number();
    }
    if (a.type_ != b.type_) return false;
    switch (a.type_) {
        case Json::Type::Null: return true;
        case Json::Type::Boolean: return a.boolean_ == b.boolean_;
        case Json::Type::String: return a.string_ == b.string_;
        case Json::Type::Array: return a.array_ == b.array_;
        case Json::Type::Object: return a.object_ == b.object_;
        default: return false;
    }
}

// ---- JsonPointer ----

JsonPointer JsonPointer::operator/(std::string_view key) const {
    JsonPointer p = *this;
    p.text_ += '/';
    for (char c : key) {
        if (c == '~')
            p.text_ += "~0";
        else if (c == '/')
            p.text_ += "~1";
        else
            p.text_ += c;
    }
    return p;
}

JsonPointer JsonPointer::operator/(std::size_t index) const {
    JsonPointer p = *this;
    p.text_ += '/';
    p.text_ += std::to_string(index);
    return p;
}

JsonPointer JsonPointer::parent() const {
    JsonPointer p;
    p.text_ = text_.substr(0, std::min(text_.rfind('/'), text_.size()));
    return p;
}

std::string JsonPointer::back() const {
    const std::size_t slash = text_.rfind('/');
    if (slash == std::string::npos) return "";
    std::string token;
    for (std::size_t i = slash + 1; i < text_.size(); ++i) {
        if (text_[i] == '~' && i + 1 < text_.size()) {
            token += text_[i + 1] == '1' ? '/' : '~';
            ++i;
        } else {
            token += text_[i];
        }
    }
    return token;
}

}  // namespace vk
