#pragma once
// Hand-parsed documents for the relation extractor's tests: gold UD trees read from
// tests/data/relations/*.conllu, with entities and mentions set here by hand, so the
// tests check the extractor's logic independently of the parser and entity stages.
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "kg/conllu.hpp"
#include "kg/doc.hpp"
#include "kg/relation_extractor.hpp"

namespace kg::testing {

inline const std::vector<Doc>& constructions() {
  static const std::vector<Doc> docs = [] {
    const auto path = std::filesystem::path(KG_TEST_DATA_DIR) / "relations" / "constructions.conllu";
    std::ifstream in(path);
    return read_conllu(in, path.string());
  }();
  return docs;
}

inline Doc fixture(const std::string& id) {
  for (const auto& doc : constructions())
    if (doc.info.id == id) return doc;
  throw std::runtime_error("no fixture document " + id);
}

struct Name {
  std::string id, label, type;
  std::vector<std::string> names;  // token sequences (space-separated forms) that mention it
};

// The entities of the fixtures: invented states and people.
inline const std::vector<Name>& cast() {
  static const std::vector<Name> names{
      {"state:FRE", "Freedonia", "State", {"Freedonia", "Freedonian"}},
      {"state:SYL", "Sylvania", "State", {"Sylvania", "Sylvanian"}},
      {"state:TOM", "Tomainia", "State", {"Tomainia"}},
      {"state:OST", "Osterlich", "State", {"Osterlich"}},
      {"org:council", "Harbor Council", "Organization", {"council"}},
      {"person:chicolini", "Chicolini", "Person", {"Chicolini"}},
      {"person:firefly", "Rufus T. Firefly", "Person", {"Firefly"}},
      {"weapon:swordfish", "Swordfish missile", "Weapon", {"missile"}},
      {"org:trumpet", "Trumpet", "Organization", {"Trumpet"}},
      {"state:NRU", "North Ruritania", "State", {"North"}},
      {"state:SRU", "South Ruritania", "State", {"South Ruritania"}},
  };
  return names;
}

inline int entity_index(const Doc& doc, const std::string& id) {
  for (std::size_t i = 0; i < doc.entities.size(); ++i)
    if (doc.entities[i].id == id) return static_cast<int>(i);
  return -1;
}

// Adds the cast as entities and marks every occurrence of their names as mentions;
// `pronouns` maps a pronoun form to the entity id it refers to (coreference).
inline Doc with_entities(Doc doc, const std::map<std::string, std::string>& pronouns = {}) {
  for (const auto& n : cast()) doc.entities.push_back({n.id, n.label, n.type, {}, {}});
  for (std::size_t t = 0; t < doc.tokens.size(); ++t) {
    for (std::size_t e = 0; e < cast().size(); ++e) {
      for (const auto& name : cast()[e].names) {
        // A name is a sequence of token forms.
        std::size_t end = t;
        std::size_t from = 0;
        while (from <= name.size() && end < doc.tokens.size()) {
          const auto space = name.find(' ', from);
          const auto word = name.substr(from, space == std::string::npos ? std::string::npos : space - from);
          if (doc.tokens[end].form != word) break;
          ++end;
          if (space == std::string::npos) {
            doc.mentions.push_back({t, end, cast()[e].type, static_cast<int>(e), "test", 1.0});
            break;
          }
          from = space + 1;
        }
      }
    }
    if (auto it = pronouns.find(doc.tokens[t].form); it != pronouns.end()) {
      const int e = entity_index(doc, it->second);
      doc.mentions.push_back({t, t + 1, doc.entities[static_cast<std::size_t>(e)].type, e, "coref", 1.0});
    }
  }
  return doc;
}

inline const RelationExtractor& extractor() {
  static const RelationExtractor instance = RelationExtractor(
      Ontology::load(std::filesystem::path(KG_SOURCE_DATA_DIR) / "ontology.json"));
  return instance;
}

inline const RelationExtractor& hypothetical_extractor() {
  static const RelationExtractor instance = RelationExtractor(
      Ontology::load(std::filesystem::path(KG_SOURCE_DATA_DIR) / "ontology.json"), {.hypothetical = true});
  return instance;
}

inline std::vector<Relation> extract(const std::string& id, const std::map<std::string, std::string>& pronouns = {},
                                     bool heading = false, const RelationExtractor& with = extractor()) {
  Doc doc = with_entities(fixture(id), pronouns);
  if (heading)
    for (auto& s : doc.sentences) s.heading = true;
  with.process(doc);
  return doc.relations;
}

inline std::optional<Relation> find(const std::vector<Relation>& relations, const std::string& source,
                                    const std::string& type, const std::string& target) {
  for (const auto& r : relations)
    if (r.source == source && r.type == type && r.target == target) return r;
  return std::nullopt;
}

inline std::string describe(const std::vector<Relation>& relations) {
  std::string out;
  for (const auto& r : relations)
    out += r.source + " " + r.type + " " + r.target + " [" + std::string(to_string(r.polarity)) + ", " +
           std::string(to_string(r.modality)) + ", by " + r.attributed_to + ", " + r.rule + "]\n";
  return out;
}

}  // namespace kg::testing
