// Querying a knowledge graph from C++: load a graph file, find entities by name or
// alias, match relations by (subject, type, object), list an entity's relations, and
// find how two entities are connected.
//
//   build/examples/example_query [GRAPH]    (default: examples/north-korea-un.graph.json,
//                                            from the repository's root)
#include <exception>
#include <string>

#include <fmt/core.h>

#include "kg/graph_format.hpp"
#include "kg/query.hpp"

namespace {

// "North Korea --accuses--> United States", marking negated and reported relations.
std::string describe(const kg::KnowledgeGraph& graph, kg::KnowledgeGraph::Edge e) {
  const kg::Relation& r = graph.relation(e);
  std::string line = fmt::format("{} --{}{}--> {}", graph.source_of(e).label,
                                 r.polarity == kg::Polarity::negative ? "not " : "", r.type, graph.target_of(e).label);
  if (r.modality != kg::Modality::asserted) line += fmt::format(" ({})", kg::to_string(r.modality));
  if (auto claimant = graph.find(r.attributed_to)) line += fmt::format(", according to {}", graph.entity(*claimant).label);
  return line;
}

void print_with_evidence(const kg::KnowledgeGraph& graph, kg::KnowledgeGraph::Edge e) {
  fmt::print("  {}\n", describe(graph, e));
  for (const kg::Evidence& evidence : graph.relation(e).evidence)
    fmt::print("      \"{}\" ({}, sentence {})\n", evidence.text, evidence.document, evidence.sentence);
}

}  // namespace

int main(int argc, char** argv) {
  const std::string path = argc > 1 ? argv[1] : "examples/north-korea-un.graph.json";
  try {
    // JSON or GraphML, by the file's extension.
    const kg::KnowledgeGraph graph = kg::load_graph(path);
    fmt::print("{}: {} entities, {} relations\n\n", path, graph.entity_count(), graph.relation_count());

    // Entities by label or alias, ignoring case: "pyongyang" finds North Korea.
    fmt::print("Who is \"pyongyang\"?\n");
    for (auto v : kg::find_entities(graph, "pyongyang")) {
      const kg::Entity& e = graph.entity(v);
      fmt::print("  {} [{}], id {}\n", e.label, e.type, e.id);
    }

    // Relations by pattern; an empty field matches anything.
    fmt::print("\nWho accuses whom?\n");
    for (auto e : kg::match_relations(graph, {.subject = "", .type = "accuses", .object = ""})) print_with_evidence(graph, e);

    fmt::print("\nWhat does Russia do to North Korea?\n");
    for (auto e : kg::match_relations(graph, {.subject = "Moscow", .type = "", .object = "DPRK"}))
      print_with_evidence(graph, e);

    // Every relation of one entity: its own first, then those aimed at it.
    fmt::print("\nRelations of Kim Jong Un:\n");
    for (auto v : kg::find_entities(graph, "Kim Jong Un"))
      for (auto e : kg::incident_relations(graph, v)) fmt::print("  {}\n", describe(graph, e));

    // How two entities are connected, whatever the direction of each relation.
    fmt::print("\nHow is Dorothy Camille Shea connected to Kim Jong Un?\n");
    auto from = kg::find_entities(graph, "Shea");
    auto to = kg::find_entities(graph, "Kim Jong Un");
    if (from.empty() || to.empty()) {
      fmt::print("  (one of them is not in this graph)\n");
      return 0;
    }
    if (auto path_found = kg::shortest_path(graph, from.front(), to.front())) {
      for (auto e : *path_found) fmt::print("  {}\n", describe(graph, e));
    } else {
      fmt::print("  (not connected)\n");
    }
    return 0;
  } catch (const std::exception& e) {
    fmt::print(stderr, "example_query: error: {}\n", e.what());
    return 1;
  }
}
