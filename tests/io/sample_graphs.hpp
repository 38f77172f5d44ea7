#pragma once
// Graphs for the I/O tests: one with every field set and strings that need escaping in
// every format (quotes, backslashes, newlines, tabs, markup, non-ASCII).
#include <string>
#include <vector>

#include "kg/graph.hpp"

namespace kg::test {

inline KnowledgeGraph tricky_graph() {
  KnowledgeGraph g;
  g.add_document({"doc \"1\".txt", "Title with <markup> & \"quotes\"", "2025-01-08", "https://example.org/a?b=1&c=2"});
  g.add_document({"doc-2", "", "", ""});
  g.add_entity({"state:PRK", "North Korea", "State", {"DPRK", "Pyongyang", "a | b"}, {{"iso3", "PRK"}, {"k=v; x", "y"}}});
  g.add_entity({"person:\"quoted\"\\id", "Kim \"The\" Back\\slash\nNew line\ttab", "Person", {}, {}});
  g.add_entity({"org:ünï", "Ministère des Affaires étrangères — 北朝鮮 🚀", "Organization", {"MAE"}, {}});
  g.add_entity({"weapon:x", "ICBM <Hwasong-18> & co", "Weapon", {}, {{"range", "15,000 km"}}});
  g.add_entity({"other:1", "Something", "", {}, {}});
  Relation r;
  r.source = "state:PRK";
  r.target = "weapon:x";
  r.type = "tests";
  r.modality = Modality::asserted;
  r.confidence = 0.87;
  r.weight = 3;
  r.rule = "svo:test";
  r.first_seen = "2025-01-06";
  r.last_seen = "2025-01-08";
  r.evidence = {{"doc \"1\".txt", 3, 120, 245, "It \"tested\" a <missile>\nover the sea & more — ümlaut"},
                {"doc-2", 0, 0, 10, "Short one."}};
  g.add_relation(r);
  Relation n;
  n.source = "person:\"quoted\"\\id";
  n.target = "state:PRK";
  n.type = "criticizes";
  n.polarity = Polarity::negative;
  n.modality = Modality::alleged;
  n.attributed_to = "org:ünï";
  n.agent = "officials";
  n.confidence = 0.1 + 0.2;  // not exactly 0.3: numbers must survive exactly
  n.weight = 1e-7;
  g.add_relation(n);
  Relation loop;
  loop.source = "org:ünï";
  loop.target = "org:ünï";
  loop.type = "open:reorganize";
  g.add_relation(loop);
  Relation parallel = r;
  parallel.type = "threatens";
  parallel.evidence.clear();
  g.add_relation(parallel);
  return g;
}

// Entities, relations and documents in graph order, for comparing graphs.
struct GraphContents {
  std::vector<Document> documents;
  std::vector<Entity> entities;
  std::vector<Relation> relations;
  friend bool operator==(const GraphContents&, const GraphContents&) = default;
};

inline GraphContents contents(const KnowledgeGraph& g) {
  GraphContents c;
  c.documents = g.documents();
  for (auto v : g.vertices()) c.entities.push_back(g.entity(v));
  for (auto e : g.edges()) c.relations.push_back(g.relation(e));
  return c;
}

}  // namespace kg::test
