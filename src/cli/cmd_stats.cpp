// kgb stats GRAPH: counts of documents, entities and relations, by type, and the
// best-connected entities.
#include <algorithm>
#include <map>
#include <memory>

#include <fmt/core.h>

#include "cli/command.hpp"
#include "cli/graph_input.hpp"
#include "cli/print.hpp"

namespace {

using Rows = std::vector<std::pair<std::string, std::size_t>>;

struct Options {
  kg::cli::GraphInput input;
  std::size_t top = 10;
};

// Most frequent first; ties in name order.
Rows sorted_by_count(const std::map<std::string, std::size_t>& counts) {
  Rows rows(counts.begin(), counts.end());
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  return rows;
}

void print_stats(const kg::KnowledgeGraph& graph, std::size_t top) {
  fmt::print("documents: {}\nentities:  {}\nrelations: {}\n", graph.documents().size(), graph.entity_count(),
             graph.relation_count());

  std::map<std::string, std::size_t> entity_types;
  for (auto v : graph.vertices()) ++entity_types[graph.entity(v).type.empty() ? "(none)" : graph.entity(v).type];
  std::map<std::string, std::size_t> relation_types;
  for (auto e : graph.edges()) ++relation_types[graph.relation(e).type];

  // Degree counts relations in and out (an entity related to itself counts twice).
  Rows degrees;
  for (auto v : graph.vertices()) {
    std::size_t degree = boost::in_degree(v, graph.graph()) + boost::out_degree(v, graph.graph());
    if (degree > 0) degrees.emplace_back(kg::cli::describe_entity(graph.entity(v)), degree);
  }
  std::stable_sort(degrees.begin(), degrees.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  if (degrees.size() > top) degrees.resize(top);

  if (!entity_types.empty()) {
    fmt::print("\n");
    kg::cli::print_counts("entities by type", sorted_by_count(entity_types));
  }
  if (!relation_types.empty()) {
    fmt::print("\n");
    kg::cli::print_counts("relations by type", sorted_by_count(relation_types));
  }
  if (!degrees.empty()) {
    fmt::print("\n");
    kg::cli::print_counts("top entities by degree", degrees);
  }
}

kg::cli::Run setup(CLI::App& app) {
  auto options = std::make_shared<Options>();
  options->input.add_to(app);
  app.add_option("--top", options->top, "how many entities to list by degree")->capture_default_str();
  return [options] {
    print_stats(options->input.load(), options->top);
    return 0;
  };
}

}  // namespace

static const kg::cli::Registration registration{"stats", "Count a graph's documents, entities and relations", 20,
                                                setup};
