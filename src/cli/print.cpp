#include "cli/print.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/core.h>

namespace kg::cli {
namespace {

// Display width as the number of code points (UTF-8 lead bytes).
std::size_t width_of(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string format_number(double value) {
  if (std::floor(value) == value && std::abs(value) < 1e15) return fmt::format("{}", static_cast<long long>(value));
  return fmt::format("{:.3g}", value);
}

std::string label_of(const KnowledgeGraph& graph, const std::string& entity_id) {
  if (auto v = graph.find(entity_id)) return graph.entity(*v).label;
  return entity_id;
}

void print_with_details(const KnowledgeGraph& graph, KnowledgeGraph::Edge edge, const std::string& arrow,
                        bool with_evidence, const std::string& prefix) {
  const Relation& relation = graph.relation(edge);
  fmt::print("{}{}  ({})\n", prefix, one_line(arrow), relation_details(graph, relation));
  if (!with_evidence) return;
  const std::string indent(width_of(prefix) + 4, ' ');
  for (const auto& evidence : relation.evidence) fmt::print("{}{}\n", indent, evidence_line(evidence));
}

}  // namespace

std::string one_line(std::string_view text) {
  std::string out(text);
  std::replace_if(out.begin(), out.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
  return out;
}

std::string describe_entity(const Entity& entity) {
  if (entity.type.empty()) return fmt::format("{} ({})", one_line(entity.label), entity.id);
  return fmt::format("{} ({}, {})", one_line(entity.label), entity.type, entity.id);
}

std::string relation_arrow(const KnowledgeGraph& graph, KnowledgeGraph::Edge edge) {
  return fmt::format("{} --{}--> {}", graph.source_of(edge).label, graph.relation(edge).type,
                     graph.target_of(edge).label);
}

std::string relation_arrow_from(const KnowledgeGraph& graph, KnowledgeGraph::Edge edge, KnowledgeGraph::Vertex from) {
  if (boost::source(edge, graph.graph()) == from) return relation_arrow(graph, edge);
  return fmt::format("{} <--{}-- {}", graph.target_of(edge).label, graph.relation(edge).type,
                     graph.source_of(edge).label);
}

std::string relation_details(const KnowledgeGraph& graph, const Relation& relation) {
  std::vector<std::string> parts;
  if (relation.polarity != Polarity::positive) parts.emplace_back(to_string(relation.polarity));
  if (relation.modality != Modality::asserted) parts.emplace_back(to_string(relation.modality));
  if (!relation.attributed_to.empty()) parts.push_back("attributed to " + label_of(graph, relation.attributed_to));
  if (!relation.agent.empty()) parts.push_back("agent " + relation.agent);
  if (relation.confidence != 1.0) parts.push_back("confidence " + format_number(relation.confidence));
  parts.push_back("weight " + format_number(relation.weight));
  std::string out;
  for (const auto& part : parts) out += (out.empty() ? "" : ", ") + part;
  return one_line(out);
}

std::string evidence_line(const Evidence& evidence) {
  return one_line(fmt::format("{}, sentence {}: \"{}\"", evidence.document, evidence.sentence, evidence.text));
}

void print_relation(const KnowledgeGraph& graph, KnowledgeGraph::Edge edge, bool with_evidence,
                    const std::string& prefix) {
  print_with_details(graph, edge, relation_arrow(graph, edge), with_evidence, prefix);
}

void print_relation_from(const KnowledgeGraph& graph, KnowledgeGraph::Edge edge, KnowledgeGraph::Vertex from,
                         bool with_evidence, const std::string& prefix) {
  print_with_details(graph, edge, relation_arrow_from(graph, edge, from), with_evidence, prefix);
}

void print_counts(std::string_view title, const std::vector<std::pair<std::string, std::size_t>>& rows) {
  fmt::print("{}:\n", title);
  std::size_t width = 0;
  for (const auto& row : rows) width = std::max(width, width_of(one_line(row.first)));
  for (const auto& [name, count] : rows) {
    std::string shown = one_line(name);
    fmt::print("  {}{}  {:>6}\n", shown, std::string(width - width_of(shown), ' '), count);
  }
}

}  // namespace kg::cli
