// kgb neighbors GRAPH NAME: every relation into or out of an entity.
#include <memory>

#include <fmt/core.h>

#include "cli/command.hpp"
#include "cli/graph_input.hpp"
#include "cli/lookup.hpp"
#include "cli/print.hpp"
#include "kg/query.hpp"

namespace {

struct Options {
  kg::cli::GraphInput input;
  std::string name;
  bool evidence = false;
};

int run(const Options& options) {
  const auto graph = options.input.load();
  const auto found = kg::cli::lookup_entities(graph, options.name, options.input.path);
  bool first = true;
  for (auto v : found) {
    const auto edges = kg::incident_relations(graph, v);
    if (!first) fmt::print("\n");
    first = false;
    fmt::print("{}: {} relation{}\n", kg::cli::describe_entity(graph.entity(v)), edges.size(),
               edges.size() == 1 ? "" : "s");
    for (auto e : edges) kg::cli::print_relation_from(graph, e, v, options.evidence, "  ");
  }
  return 0;
}

kg::cli::Run setup(CLI::App& app) {
  auto options = std::make_shared<Options>();
  options->input.add_to(app);
  app.add_option("NAME", options->name, "name, alias (any case) or id of the entity")->required();
  app.add_flag("-e,--evidence", options->evidence, "print the sentences each relation was read from");
  return [options] { return run(*options); };
}

}  // namespace

static const kg::cli::Registration registration{"neighbors", "List the relations into and out of an entity", 40,
                                                setup};
