// A JSON value, its place in a document, and compact JSON text out. Objects keep their members
// in file order (problems are sorted into file order, and replies read as they are written).
// Reading JSON text, with limits and a message for every syntax error, is core/json_syntax.hpp.
// This replaced nlohmann-json in the widget (issue 8): the widget needs a small part of it, and
// its parser, serializer and DOM were 24 KB of the wasm's code.
// std only: never include GL, ImGui or Emscripten here.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace vk {

struct JsonMember;

class Json {
public:
    enum class Type : std::uint8_t { Null, Boolean, Integer, Unsigned, Float, String, Array, Object };
    using Array = std::vector<Json>;
    using Object = std::vector<JsonMember>;  // in order; keys unique when parsed or built by operator[]

    // Values convert implicitly, as they read in JSON text (defined below JsonMember, which an
    // object's members need complete).
    Json();
    Json(std::nullptr_t);    // NOLINT
    Json(bool value);        // NOLINT
    template <typename T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>, int> = 0>
    Json(T value);           // NOLINT
    Json(double value);      // NOLINT
    Json(float value);       // NOLINT
    Json(std::string value);       // NOLINT
    Json(std::string_view value);  // NOLINT
    Json(const char* value);       // NOLINT
    template <typename T>
    Json(const std::vector<T>& values);  // NOLINT: lists are arrays
    // {{"ok", true}, {"view", view}} is an object: a list whose every element is a two-element array
    // with a string first is read as key-value pairs; any other list is an array ([1, 2]). (An
    // empty list is an object; Json{} is null.)
    Json(std::initializer_list<Json> values);

    static Json array();  // empty
    static Json array(Array elements);
    static Json object();

    Type type() const { return type_; }
    bool is_null() const { return type_ == Type::Null; }
    bool is_boolean() const { return type_ == Type::Boolean; }
    bool is_number() const { return type_ == Type::Integer || type_ == Type::Unsigned || type_ == Type::Float; }
    // An integer is a number written without fraction or exponent that fits 64 bits.
    bool is_number_integer() const { return type_ == Type::Integer || type_ == Type::Unsigned; }
    bool is_number_unsigned() const { return type_ == Type::Unsigned; }
    bool is_string() const { return type_ == Type::String; }
    bool is_array() const { return type_ == Type::Array; }
    bool is_object() const { return type_ == Type::Object; }

    // The value as T (bool, an integer type, double, std::string); for another type, T's zero.
    // Numbers convert between each other as C++ converts them.
    template <typename T>
    T get() const;
    // The string; empty when this is no string.
    const std::string& string() const { return string_; }
    bool boolean() const { return type_ == Type::Boolean && boolean_; }
    double number() const;

    // Elements of an array, members of an object; 0 for any other value.
    std::size_t size() const;
    bool empty() const { return size() == 0; }
    // An array's elements in order (none for any other value), so that `for (Json& e : list)` reads.
    Array::iterator begin() { return array_.begin(); }
    Array::iterator end() { return array_.end(); }
    Array::const_iterator begin() const { return array_.begin(); }
    Array::const_iterator end() const { return array_.end(); }
    const Object& items() const { return object_; }

    // The member with this key, or nullptr (also when this is no object).
    const Json* find(std::string_view key) const;
    bool contains(std::string_view key) const { return find(key) != nullptr; }
    // The member with this key, added as null when missing (a null becomes an empty object first).
    // Adding a member may move the others: a reference to one does not outlive the next addition.
    Json& operator[](std::string_view key);
    // The member with this key, or a null when missing.
    const Json& operator[](std::string_view key) const;
    // An element; index must be below size().
    Json& operator[](std::size_t index) { return array_[index]; }
    const Json& operator[](std::size_t index) const { return array_[index]; }
    // Appends to an array (a null becomes an empty array first).
    void push_back(Json value);
    // Removes the member with this key from an object; the number removed (0 or 1).
    std::size_t erase(std::string_view key);

    // Compact JSON text: no spaces, members in order, non-ASCII as UTF-8, control characters
    // escaped, a byte that is not UTF-8 written as U+FFFD, a number that is not finite as null.
    std::string dump() const;
    // The same, laid out for reading: one element or member per line, indented by `indent`
    // spaces a level, a space after each ':'.
    std::string dump(int indent) const;

    friend bool operator==(const Json& a, const Json& b);

private:
    // indent < 0: compact; otherwise laid out at nesting `level`.
    void write(std::string& out, int indent = -1, int level = 0) const;

    Type type_ = Type::Null;
    union {
        bool boolean_;
        std::int64_t integer_ = 0;
        std::uint64_t unsigned_;
        double float_;
    };
    std::string string_;
    Array array_;
    Object object_;
};

struct JsonMember {
    std::string key;
    Json value;

    friend bool operator==(const JsonMember&, const JsonMember&) = default;
};

inline Json::Json() {}
inline Json::Json(std::nullptr_t) {}
inline Json::Json(bool value) : type_(Type::Boolean), boolean_(value) {}
template <typename T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>, int>>
Json::Json(T value) {
    if constexpr (std::is_signed_v<T>) {
        type_ = Type::Integer;
        integer_ = value;
    } else {
        type_ = Type::Unsigned;
        unsigned_ = value;
    }
}
inline Json::Json(double value) : type_(Type::Float), float_(value) {}
inline Json::Json(float value) : Json(static_cast<double>(value)) {}
inline Json::Json(std::string value) : type_(Type::String), string_(std::move(value)) {}
inline Json::Json(std::string_view value) : Json(std::string(value)) {}
inline Json::Json(const char* value) : Json(std::string(value)) {}
template <typename T>
Json::Json(const std::vector<T>& values) : type_(Type::Array), array_(values.begin(), values.end()) {}

template <typename T>
T Json::get() const {
    if constexpr (std::is_same_v<T, std::string>) {
        return string_;
    } else if constexpr (std::is_same_v<T, bool>) {
        return boolean();
    } else if constexpr (std::is_floating_point_v<T>) {
        return static_cast<T>(number());
    } else {
        static_assert(std::is_integral_v<T>, "Json::get<T>: T is bool, an integer, a floating-point type or std::string");
        switch (type_) {
            case Type::Integer: return static_cast<T>(integer_);
            case Type::Unsigned: return static_cast<T>(unsigned_);
            case Type::Float: return static_cast<T>(float_);
            default: return T{};
        }
    }
}

// A place in a document (RFC 6901): "/nominees/5/centre"; "" is the whole document. In a key,
// "~" is written "~0" and "/" is "~1".
class JsonPointer {
public:
    JsonPointer() = default;

    JsonPointer operator/(std::string_view key) const;
    JsonPointer operator/(std::size_t index) const;
    // The pointer of the value that holds this one; the root's is the root.
    JsonPointer parent() const;
    // The last key or index, unescaped; empty for the root.
    std::string back() const;
    const std::string& toString() const { return text_; }

private:
    std::string text_;
};

// The length of the UTF-8 character that starts at text[i] (1 to 4), or 0 when the bytes there
// are not one (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF).
std::size_t utf8CharacterLength(std::string_view text, std::size_t i);

// A double as the fewest significant decimal digits that read back as the same double:
// 0.1 -> {"1", 0}, 59.5 -> {"595", 2}, 1e-7 -> {"1", -6}; the value is 0.<digits> x 10^pointAt.
// The digits are exact (worked out with integers, not the C library's printf), and the nearest
// of their length. value must be finite and not negative.
struct ShortestDecimal {
    std::string digits;  // no leading or trailing zeros; "0" for zero
    int pointAt = 0;     // where the decimal point goes, counted from the first digit
};
ShortestDecimal shortestDecimal(double value);

}  // namespace vk
