#pragma once
// UniversalNER's IOB2 files (internal header): "INDEX WORD TAG ..." lines, blank lines
// between sentences, "#" comments.
#include <filesystem>
#include <string>
#include <vector>

#include "entities/ner_model.hpp"

namespace kg::ner {

struct Iob2Sentence {
  std::vector<std::string> words;
  std::vector<std::string> tags;  // "O", "B-PER", "I-LOC", ...
};

std::vector<Iob2Sentence> read_iob2(const std::filesystem::path& path);
// Spans of IOB2 tags with their type names.
struct NamedSpan {
  std::size_t begin = 0, end = 0;
  std::string type;
  friend auto operator<=>(const NamedSpan&, const NamedSpan&) = default;
};
std::vector<NamedSpan> iob2_spans(const std::vector<std::string>& tags);

}  // namespace kg::ner
