#pragma once
// Positions in input text, for error messages that point at the fault.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg::io {

// "line L, column C" of a byte offset: 1-based, columns counted in code points.
std::string line_column(std::string_view text, std::size_t byte_offset);

// Byte offset where the value at a JSON pointer (given as its unescaped reference
// tokens) starts in `json`, found by re-reading it; nullopt when it is not there.
std::optional<std::size_t> locate_json_value(std::string_view json, const std::vector<std::string>& tokens);

// A JSON pointer's text ("/relations/5/source") from its unescaped tokens.
std::string json_pointer(const std::vector<std::string>& tokens);

}  // namespace kg::io
