#include "kg/evidence.hpp"

#include <algorithm>
#include <set>
#include <stdexcept>

namespace kg {

Evidence make_evidence(const Doc& doc, std::size_t sentence, std::size_t begin_token, std::size_t end_token) {
  const Sentence& s = doc.sentences.at(sentence);
  if (begin_token < s.begin || end_token > s.end || begin_token >= end_token)
    throw std::out_of_range("make_evidence: token span outside its sentence");
  Evidence e;
  e.document = doc.info.id;
  e.sentence = static_cast<int>(sentence);
  e.start = doc.char_offset(doc.tokens[begin_token].start);
  e.end = doc.char_offset(doc.tokens[end_token - 1].end);
  e.text = doc.span_text(s.begin, s.end);
  return e;
}

KnowledgeGraph to_graph(const Doc& doc, std::size_t body_end) {
  KnowledgeGraph graph;
  graph.add_document(doc.info);
  std::set<std::string> related;
  for (const auto& r : doc.relations) {
    related.insert(r.source);
    related.insert(r.target);
  }
  std::set<int> mentioned;
  for (const auto& m : doc.mentions)
    if (body_end == SIZE_MAX || doc.sentence_of(m.begin) < body_end) mentioned.insert(m.entity);
  for (std::size_t i = 0; i < doc.entities.size(); ++i) {
    const Entity& e = doc.entities[i];
    const bool used = mentioned.contains(static_cast<int>(i)) || related.contains(e.id);
    if (!used || (e.type == "Weapon" && !related.contains(e.id))) continue;
    graph.add_entity(e);
  }
  for (const auto& r : doc.relations) {
    if (!graph.find(r.source) || !graph.find(r.target)) continue;
    graph.add_relation(r);
  }
  return graph;
}

}  // namespace kg
