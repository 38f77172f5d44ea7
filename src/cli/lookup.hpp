#pragma once
// Finding the entities and relation types a user names on the command line, and
// suggesting near matches when a name is not in the graph.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "kg/graph.hpp"

namespace kg::cli {

// `candidates` close to `wanted` (edit distance between names folded as kg::fold_name
// does, or one containing the other), best first, at most `limit`, without duplicates.
std::vector<std::string> near_matches(std::string_view wanted, const std::vector<std::string>& candidates,
                                      std::size_t limit = 5);

// Entities whose label or alias is `name` (any case) or whose id is `name`
// (kg::find_entities). Throws
// std::runtime_error naming `graph_file` and listing near matches when there is none.
std::vector<KnowledgeGraph::Vertex> lookup_entities(const KnowledgeGraph& graph, std::string_view name,
                                                    const std::string& graph_file);
// As lookup_entities, for commands that need exactly one entity: an ambiguous name is
// an error listing the candidates' ids (which are accepted as names).
KnowledgeGraph::Vertex lookup_entity(const KnowledgeGraph& graph, std::string_view name, const std::string& graph_file);

// Throws std::runtime_error listing near matches when no relation in `graph` has `type`
// (ignoring case, as kg::match_relations does).
void check_relation_type(const KnowledgeGraph& graph, std::string_view type, const std::string& graph_file);

}  // namespace kg::cli
