#pragma once
// Queries over a knowledge graph for users' own code (and `kgb query`).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kg/graph.hpp"

namespace kg {

// The form in which names are compared: Unicode case-folded, NFKC-normalized, with
// runs of white space made one space and none at either end ("  DPRK " -> "dprk").
// Invalid UTF-8 is folded byte-wise (ASCII letters only).
std::string fold_name(std::string_view name);

// Entities whose label or an alias equals `name` ignoring case (Unicode-aware, as
// fold_name), or whose id is exactly `name`; in graph order.
std::vector<KnowledgeGraph::Vertex> find_entities(const KnowledgeGraph& graph, std::string_view name);

// A (subject, type, object) pattern; an empty field matches anything.
struct RelationPattern {
  std::string subject;  // a name or alias of the source entity
  std::string type;     // relation type, ignoring case
  std::string object;   // a name or alias of the target entity
};
std::vector<KnowledgeGraph::Edge> match_relations(const KnowledgeGraph& graph, const RelationPattern& pattern);

// Edges out of an entity, then edges into it (a self-loop once), each in graph order.
std::vector<KnowledgeGraph::Edge> incident_relations(const KnowledgeGraph& graph, KnowledgeGraph::Vertex v);

// Shortest path ignoring direction, as the edges walked from `from` to `to`;
// nullopt when they are not connected (an empty path when from == to).
std::optional<std::vector<KnowledgeGraph::Edge>> shortest_path(const KnowledgeGraph& graph, KnowledgeGraph::Vertex from,
                                                               KnowledgeGraph::Vertex to);

}  // namespace kg
