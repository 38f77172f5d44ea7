#pragma once
// A small deterministic stand-in for the NLP pipeline, so corpus building is tested
// without models: every sentence "Subject verb Object." (capitalized subject and
// object) gives entities thing:<subject>, thing:<object> and a relation <verb> between
// them, with the sentence as evidence. An article containing "FAIL" throws.
#include <chrono>
#include <functional>
#include <iterator>
#include <cctype>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "kg/graph.hpp"

namespace kg::test {

inline std::string lowercase(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

inline Entity thing(const std::string& name) { return Entity{"thing:" + lowercase(name), name, "Thing", {}, {}}; }

// `jitter`: sleep a little, more for some documents than others, so that threads finish
// out of order.
inline KnowledgeGraph fake_analyze(const Document& info, const std::string& text, bool jitter = false) {
  if (text.find("FAIL") != std::string::npos) throw std::runtime_error("analyzer failed on purpose");
  if (jitter) std::this_thread::sleep_for(std::chrono::microseconds(200 * (std::hash<std::string>{}(info.id) % 7)));
  KnowledgeGraph graph;
  graph.add_document(info);
  std::size_t start = 0;
  int sentence = 0;
  while (start < text.size()) {
    std::size_t end = text.find('.', start);
    if (end == std::string::npos) end = text.size();
    std::string sentence_text = text.substr(start, end - start);
    std::size_t first = sentence_text.find_first_not_of(" \n\t");
    std::size_t offset = start + (first == std::string::npos ? 0 : first);
    if (first != std::string::npos) sentence_text = sentence_text.substr(first);
    std::istringstream words(sentence_text);
    std::vector<std::string> w{std::istream_iterator<std::string>(words), std::istream_iterator<std::string>()};
    if (w.size() == 3 && std::isupper(static_cast<unsigned char>(w[0][0])) &&
        std::isupper(static_cast<unsigned char>(w[2][0]))) {
      graph.add_entity(thing(w[0]));
      graph.add_entity(thing(w[2]));
      Relation r;
      r.source = "thing:" + lowercase(w[0]);
      r.target = "thing:" + lowercase(w[2]);
      r.type = w[1];
      r.rule = "fake";
      r.evidence.push_back({info.id, sentence, offset, end, sentence_text});
      graph.add_relation(r);
    }
    ++sentence;
    start = end + 1;
  }
  return graph;
}

}  // namespace kg::test
