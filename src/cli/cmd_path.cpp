// kgb path GRAPH A B: the shortest chain of relations linking two entities.
#include <memory>
#include <stdexcept>

#include <fmt/core.h>

#include "cli/command.hpp"
#include "cli/graph_input.hpp"
#include "cli/lookup.hpp"
#include "cli/print.hpp"
#include "kg/query.hpp"

namespace {

struct Options {
  kg::cli::GraphInput input;
  std::string from;
  std::string to;
  bool evidence = false;
};

int run(const Options& options) {
  const auto graph = options.input.load();
  const auto from = kg::cli::lookup_entity(graph, options.from, options.input.path);
  const auto to = kg::cli::lookup_entity(graph, options.to, options.input.path);
  const auto path = kg::shortest_path(graph, from, to);
  if (!path)
    throw std::runtime_error(fmt::format("{}: no path links {} and {}", options.input.path,
                                         graph.entity(from).label, graph.entity(to).label));
  fmt::print("{} to {}: {} hop{}\n", graph.entity(from).label, graph.entity(to).label, path->size(),
             path->size() == 1 ? "" : "s");
  // Each hop reads from the entity the walk is at, whichever way the relation points.
  auto at = from;
  std::size_t hop = 0;
  for (auto e : *path) {
    kg::cli::print_relation_from(graph, e, at, options.evidence, fmt::format("  {}. ", ++hop));
    at = boost::source(e, graph.graph()) == at ? boost::target(e, graph.graph()) : boost::source(e, graph.graph());
  }
  return 0;
}

kg::cli::Run setup(CLI::App& app) {
  auto options = std::make_shared<Options>();
  options->input.add_to(app);
  app.add_option("A", options->from, "name, alias (any case) or id of the first entity")->required();
  app.add_option("B", options->to, "name, alias (any case) or id of the second entity")->required();
  app.add_flag("-e,--evidence", options->evidence, "print the sentences each relation was read from");
  app.footer("Relations are followed in either direction; each hop shows which way its relation points.");
  return [options] { return run(*options); };
}

}  // namespace

static const kg::cli::Registration registration{"path", "Find the shortest chain of relations between two entities",
                                                50, setup};
