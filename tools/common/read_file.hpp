// Reading a whole file, for the native tools and the unit tests (never the widget: in the browser
// files come through the page). Header-only: std only.
#pragma once

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

namespace vk::tools {

// The file's bytes, or nullopt with `error` saying why not ("No such file or directory", "is a
// directory", "read error").
inline std::optional<std::string> readWholeFile(const std::string& path, std::string& error) {
    std::error_code code;
    if (std::filesystem::is_directory(path, code)) {
        error = "is a directory";
        return std::nullopt;
    }
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        error = std::strerror(errno);
        return std::nullopt;
    }
    std::ostringstream text;
    text << file.rdbuf();
    if (file.bad()) {
        error = "read error";
        return std::nullopt;
    }
    return text.str();
}

// The file's bytes, or "" when it cannot be read (tests then fail on the content).
inline std::string readWholeFile(const std::string& path) {
    std::string error;
    return readWholeFile(path, error).value_or("");
}

}  // namespace vk::tools

namespace vk::tools {

// Reads the file into `text`; false when it cannot be read.
inline bool readInto(const std::string& path, std::string& text) {
    std::string error;
    auto bytes = readWholeFile(path, error);
    if (!bytes) return false;
    text = std::move(*bytes);
    return true;
}

}  // namespace vk::tools
