// kgb query GRAPH [--subject NAME] [--type PRED] [--object NAME]: the relations that
// match a pattern, each with the sentences it was read from.
#include <iostream>
#include <memory>
#include <set>

#include <fmt/core.h>

#include "cli/command.hpp"
#include "cli/graph_input.hpp"
#include "cli/lookup.hpp"
#include "cli/print.hpp"
#include "kg/json_io.hpp"
#include "kg/query.hpp"

namespace {

struct Options {
  kg::cli::GraphInput input;
  kg::RelationPattern pattern;
  bool json = false;
  bool no_evidence = false;
};

// The hits as a graph document of their own: their entities, the entities they are
// attributed to, and the documents their evidence cites.
kg::KnowledgeGraph subgraph(const kg::KnowledgeGraph& graph, const std::vector<kg::KnowledgeGraph::Edge>& edges) {
  kg::KnowledgeGraph out;
  std::set<std::string> cited;
  for (auto e : edges) {
    const kg::Relation& relation = graph.relation(e);
    out.add_entity(graph.source_of(e));
    out.add_entity(graph.target_of(e));
    if (auto by = graph.find(relation.attributed_to)) out.add_entity(graph.entity(*by));
    for (const auto& evidence : relation.evidence) cited.insert(evidence.document);
  }
  for (const auto& document : graph.documents())
    if (cited.count(document.id)) out.add_document(document);
  for (auto e : edges) out.add_relation(graph.relation(e));
  return out;
}

int run(const Options& options) {
  const auto graph = options.input.load();
  const auto& file = options.input.path;
  const auto& pattern = options.pattern;
  // Unknown names and types are errors (with suggestions), not silently empty answers.
  if (!pattern.subject.empty()) kg::cli::lookup_entities(graph, pattern.subject, file);
  if (!pattern.object.empty()) kg::cli::lookup_entities(graph, pattern.object, file);
  if (!pattern.type.empty()) kg::cli::check_relation_type(graph, pattern.type, file);

  const auto hits = kg::match_relations(graph, pattern);
  if (options.json) {
    kg::write_json(subgraph(graph, hits), std::cout);
    std::cout.flush();
    return 0;
  }
  for (auto e : hits) kg::cli::print_relation(graph, e, !options.no_evidence);
  if (hits.empty()) fmt::print(stderr, "kgb: no relation matches\n");
  return 0;
}

kg::cli::Run setup(CLI::App& app) {
  auto options = std::make_shared<Options>();
  options->input.add_to(app);
  app.add_option("-s,--subject", options->pattern.subject, "name or alias of the subject (any case)");
  app.add_option("-t,--type", options->pattern.type, "relation type, e.g. accuses, warns, tests");
  app.add_option("-o,--object", options->pattern.object, "name or alias of the object (any case)");
  app.add_flag("--json", options->json, "print the hits as a graph JSON document");
  app.add_flag("--no-evidence", options->no_evidence, "leave out the evidence sentences");
  app.footer("Prints each matching relation as 'Subject --type--> Object' with its weight, what is not\n"
             "default about it (polarity, modality, attributed_to, agent, confidence), and the\n"
             "sentences it was read from (document, sentence number from 0, text).");
  return [options] { return run(*options); };
}

}  // namespace

static const kg::cli::Registration registration{"query", "Find relations by subject, type and object", 30, setup};
