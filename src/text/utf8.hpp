#pragma once
// Small UTF-8 helpers shared by the text stage (internal header).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace kg::text {

// Decodes the code point at `pos`; sets `length` to its byte count. An invalid or
// truncated sequence decodes as U+FFFD with length 1, so callers always advance.
char32_t decode_utf8(std::string_view s, std::size_t pos, std::size_t& length);

// Appends the UTF-8 encoding of `cp`.
void append_utf8(std::string& out, char32_t cp);

// Byte offset of the first invalid UTF-8 sequence, or nullopt when `s` is valid.
std::optional<std::size_t> first_invalid_utf8(std::string_view s);

// Whitespace as the tokenizer and CoNLL-U aligner see it: ASCII space, tab, newlines
// and the Unicode spaces news text carries (no-break, thin, ideographic, ...).
bool is_space(char32_t cp);

}  // namespace kg::text
