#pragma once
// Reading input files and writing output files safely.
#include <cstddef>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace kg {

// Reads a whole file ("-" reads stdin). Throws kg::InputError naming the file when it
// cannot be read.
std::string read_file(const std::filesystem::path& path);

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};
using FileHandle = std::unique_ptr<std::FILE, FileCloser>;
// Opens a file to read in binary mode, for input too large to hold whole. Throws
// kg::InputError as read_file does ("-" is not handled: use read_file).
FileHandle open_file(const std::filesystem::path& path);

// Byte offset of the first invalid UTF-8 sequence in `text`, or nullopt when it is valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);
// Throws kg::InputError("FILE", "byte N", "invalid UTF-8") when `text` is not valid UTF-8,
// and for empty or binary input (NUL bytes) when `require_text` is set.
void check_utf8(std::string_view text, const std::string& file, bool require_text = false);

// Writes a file atomically: `write` fills a temporary file beside `path`, which is
// renamed over `path` only when `write` returns normally; on any exception the
// temporary is removed and `path` is left as it was. "-" writes to stdout.
void write_file_atomically(const std::filesystem::path& path, const std::function<void(std::ostream&)>& write);

}  // namespace kg
