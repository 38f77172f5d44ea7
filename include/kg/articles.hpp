#pragma once
// Articles as a corpus feeds them: text files, directories of them, JSON Lines with one
// article per line ({"id","title","date","source","text"}), or stdin. Read as a stream,
// one article at a time, so a corpus never has to fit in memory.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kg/document.hpp"
#include "kg/error.hpp"

namespace kg {

// One article to analyze: the record the graph keeps, and its text.
struct Article {
  Document info;
  std::string text;
  std::string origin;      // where it was read: "FILE" or "FILE:line N", for messages
  std::size_t bytes = 0;   // input bytes it took (file size or JSON line length), for progress
};

// stdin_stream: standard input, JSON Lines when its first non-blank line parses as an
// article, else one text.
enum class InputKind { text, jsonl, stdin_stream };

struct InputFile {
  std::filesystem::path path;  // "-" for standard input (of any kind)
  InputKind kind = InputKind::text;
  std::uintmax_t size = 0;     // bytes; 0 for stdin (unknown)
};

// Expands command-line inputs: "-" is standard input, read as `stdin_kind`; a directory
// gives its *.txt and *.jsonl files (also *.ndjson), recursively, sorted by path, hidden
// files and folders skipped; any other path is one file, JSON Lines when named *.jsonl or
// *.ndjson, else one text. Throws kg::InputError for a path that does not exist.
std::vector<InputFile> discover_inputs(const std::vector<std::string>& arguments,
                                       InputKind stdin_kind = InputKind::stdin_stream);

// Sum of the known sizes, or nullopt when standard input is among them (total unknown).
std::optional<std::uintmax_t> total_input_bytes(const std::vector<InputFile>& inputs);

// Parses one JSON Lines record. Throws kg::InputError("FILE", "line N[, column C]", ...)
// when it is not a JSON object, a field is not a string, or "text" is missing.
// A record without "id" is named "FILE:N".
Article parse_article_line(std::string_view line, const std::string& file, std::size_t line_number);

// A deterministic id for an article that has none: "PREFIX-" and 16 hex digits of a
// 64-bit FNV-1a hash of its text.
std::string content_id(std::string_view prefix, std::string_view text);

// Calls `on_article` for each article of `inputs` in order. A record or file that cannot
// be read (malformed JSON line, unreadable file) is passed to `on_error` and skipped.
// Standard input ("-") is read from `standard_input`; as one text, it is an article
// named content_id("stdin", text).
using ArticleSink = std::function<void(Article)>;
using InputErrorSink = std::function<void(const InputError&)>;
void read_articles(const std::vector<InputFile>& inputs, const ArticleSink& on_article,
                   const InputErrorSink& on_error, std::istream& standard_input);

// Why an article cannot be analyzed (invalid UTF-8, NUL bytes, empty or only white
// space), or nullopt when it is fine.
std::optional<std::string> article_problem(std::string_view text);

// Words in `text` as `wc -w` counts them: runs of non-white-space bytes.
std::size_t count_words(std::string_view text);

}  // namespace kg
