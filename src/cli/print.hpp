#pragma once
// How the commands print entities, relations, evidence and count tables, so every
// command shows them the same way.
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kg/graph.hpp"

namespace kg::cli {

// `text` with line breaks and tabs turned into spaces, so one item stays on one line.
std::string one_line(std::string_view text);

// "North Korea (State, state:PRK)"
std::string describe_entity(const Entity& entity);

// "North Korea --tests--> hypersonic ballistic missile". Walking from the edge's target
// (`from` is its target) it reads "hypersonic ballistic missile <--tests-- North Korea".
std::string relation_arrow(const KnowledgeGraph& graph, KnowledgeGraph::Edge edge);
std::string relation_arrow_from(const KnowledgeGraph& graph, KnowledgeGraph::Edge edge, KnowledgeGraph::Vertex from);

// What is not default about a relation, then its weight:
// "negative, alleged, attributed to Russia, agent troops, weight 2".
std::string relation_details(const KnowledgeGraph& graph, const Relation& relation);

// `north-korea-un.txt, sentence 4: "..."` (sentences count from 0, as in the graph file).
std::string evidence_line(const Evidence& evidence);

// Prints "ARROW  (DETAILS)" and, with `with_evidence`, one indented line per evidence.
void print_relation(const KnowledgeGraph& graph, KnowledgeGraph::Edge edge, bool with_evidence,
                    const std::string& prefix = "");
void print_relation_from(const KnowledgeGraph& graph, KnowledgeGraph::Edge edge, KnowledgeGraph::Vertex from,
                         bool with_evidence, const std::string& prefix = "");

// A titled two-column table of names and counts, names padded to one width.
void print_counts(std::string_view title, const std::vector<std::pair<std::string, std::size_t>>& rows);

}  // namespace kg::cli
