#include "entities/iob2.hpp"

#include <fstream>
#include <sstream>

#include <fmt/core.h>

#include "kg/error.hpp"

namespace kg::ner {

std::vector<Iob2Sentence> read_iob2(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) throw InputError(path.string(), "", "cannot open IOB2 file");
  std::vector<Iob2Sentence> out;
  Iob2Sentence current;
  std::string line;
  std::size_t number = 0;
  const auto flush = [&] {
    if (!current.words.empty()) out.push_back(std::move(current));
    current = {};
  };
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      flush();
      continue;
    }
    if (line.front() == '#') continue;
    std::vector<std::string> cols;
    std::stringstream ss(line);
    for (std::string col; std::getline(ss, col, '\t');) cols.push_back(col);
    if (cols.size() < 3) throw InputError(path.string(), fmt::format("line {}", number), "expected INDEX, WORD and TAG columns");
    const auto& tag = cols[2];
    if (tag != "O" && (tag.size() < 3 || (tag[0] != 'B' && tag[0] != 'I') || tag[1] != '-'))
      throw InputError(path.string(), fmt::format("line {}", number), "bad IOB2 tag '" + tag + "'");
    current.words.push_back(cols[1]);
    current.tags.push_back(tag);
  }
  flush();
  return out;
}

std::vector<NamedSpan> iob2_spans(const std::vector<std::string>& tags) {
  std::vector<NamedSpan> out;
  for (std::size_t i = 0; i < tags.size(); ++i) {
    if (tags[i] == "O") continue;
    const std::string type = tags[i].substr(2);
    if (tags[i][0] == 'I' && !out.empty() && out.back().end == i && out.back().type == type) {
      out.back().end = i + 1;
      continue;
    }
    out.push_back({i, i + 1, type});
  }
  return out;
}

}  // namespace kg::ner
