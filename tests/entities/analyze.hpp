#pragma once
// Runs the whole entity pipeline (tokenizer, shipped tagger, lemmatizer and parser, then
// recognition, linking, roles and coreference) on short texts, and finds things in the result.
#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "kg/entities.hpp"
#include "kg/lemmatizer.hpp"
#include "kg/parser.hpp"
#include "kg/pipeline.hpp"
#include "kg/tagger.hpp"
#include "kg/tokenizer.hpp"

namespace kg::test {

inline const Pipeline& entity_pipeline() {
  static const Pipeline pipeline = [] {
    Pipeline p;
    p.add(std::make_unique<Tokenizer>());
    p.add(std::make_unique<Tagger>(Tagger::load_default()));
    p.add(std::make_unique<Lemmatizer>(Lemmatizer::load_default()));
    p.add(std::make_unique<DependencyParser>(DependencyParser::load_default()));
    p.add(std::make_unique<EntityRecognizer>(EntityRecognizer::load_default()));
    p.add(std::make_unique<EntityLinker>(EntityLinker::load_default()));
    p.add(std::make_unique<RoleExtractor>(RoleExtractor::load_default()));
    p.add(std::make_unique<Coreference>(Coreference::load_default()));
    return p;
  }();
  return pipeline;
}

inline Doc analyze(const std::string& text, const std::string& id = "test.txt") {
  Document info;
  info.id = id;
  return entity_pipeline().run(info, text);
}

inline const Entity* find_entity(const Doc& doc, const std::string& id) {
  for (const auto& e : doc.entities)
    if (e.id == id) return &e;
  return nullptr;
}

inline const Entity* find_label(const Doc& doc, const std::string& label) {
  for (const auto& e : doc.entities)
    if (e.label == label) return &e;
  return nullptr;
}

// The mention of the n-th occurrence (0-based) of `text` as a whole mention or token.
inline const Mention* mention_of(const Doc& doc, const std::string& text, int n = 0) {
  for (const auto& m : doc.mentions)
    if (doc.span_text(m.begin, m.end) == text && n-- == 0) return &m;
  return nullptr;
}

// The entity id of the mention of the n-th occurrence of `text`, or "".
inline std::string entity_of(const Doc& doc, const std::string& text, int n = 0) {
  const Mention* m = mention_of(doc, text, n);
  if (!m || m->entity < 0) return "";
  return doc.entities[static_cast<std::size_t>(m->entity)].id;
}

inline bool has_relation(const Doc& doc, const std::string& source, const std::string& type, const std::string& target) {
  return std::any_of(doc.relations.begin(), doc.relations.end(),
                     [&](const Relation& r) { return r.source == source && r.type == type && r.target == target; });
}

inline bool has_alias(const Entity& e, const std::string& alias) {
  return std::find(e.aliases.begin(), e.aliases.end(), alias) != e.aliases.end();
}

}  // namespace kg::test
