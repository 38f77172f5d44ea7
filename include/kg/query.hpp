#pragma once
// Queries over a knowledge graph for users' own code (and `kgb query`).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kg/graph.hpp"

namespace kg {

// Entities whose label or an alias equals `name`, ignoring case (Unicode-aware).
std::vector<KnowledgeGraph::Vertex> find_entities(const KnowledgeGraph& graph, std::string_view name);

// A (subject, type, object) pattern; an empty field matches anything.
struct RelationPattern {
  std::string subject;  // a name or alias of the source entity
  std::string type;     // relation type
  std::string object;   // a name or alias of the target entity
};
std::vector<KnowledgeGraph::Edge> match_relations(const KnowledgeGraph& graph, const RelationPattern& pattern);

// Edges into and out of an entity, in graph order.
std::vector<KnowledgeGraph::Edge> incident_relations(const KnowledgeGraph& graph, KnowledgeGraph::Vertex v);

// Shortest path ignoring direction, as the edges walked from `from` to `to`;
// nullopt when they are not connected (an empty path when from == to).
std::optional<std::vector<KnowledgeGraph::Edge>> shortest_path(const KnowledgeGraph& graph, KnowledgeGraph::Vertex from,
                                                               KnowledgeGraph::Vertex to);

}  // namespace kg
