// kgb eval --gold GOLD.json GRAPH.json: scores a graph against a gold annotation
// exactly as the annotation kit's score.py does (same numbers, same report).
#include <iostream>
#include <memory>

#include "cli/command.hpp"
#include "kg/evaluation.hpp"

namespace {

struct Options {
  std::string gold;
  std::string graph;
  std::string gold_dir;
  std::string system_dir;
  bool verbose = false;
};

int run(const Options& o) {
  if (!o.gold_dir.empty() || !o.system_dir.empty()) {
    if (o.gold_dir.empty() || o.system_dir.empty())
      throw kg::cli::UsageError("--gold-dir and --system-dir go together");
    if (!o.gold.empty() || !o.graph.empty())
      throw kg::cli::UsageError("give either --gold GOLD.json GRAPH.json or --gold-dir and --system-dir");
    kg::print_directory_score(std::cout, o.gold_dir, o.system_dir, o.verbose);
    return 0;
  }
  if (o.gold.empty() || o.graph.empty())
    throw kg::cli::UsageError("give --gold GOLD.json and GRAPH.json (or --gold-dir and --system-dir)");
  const auto score = kg::score_files(o.gold, o.graph);
  kg::print_score(std::cout, score.counts, o.verbose ? &score.detail : nullptr);
  return 0;
}

kg::cli::Run setup(CLI::App& app) {
  auto o = std::make_shared<Options>();
  app.add_option("--gold", o->gold, "gold annotation (the format of GUIDELINES.md)")->check(CLI::ExistingFile);
  app.add_option("GRAPH", o->graph, "graph JSON to score (kgb's, or any with entities/relations)")
      ->check(CLI::ExistingFile);
  app.add_option("--gold-dir", o->gold_dir, "folder of NAME.gold.json files, micro-averaged")->check(CLI::ExistingDirectory);
  app.add_option("--system-dir", o->system_dir, "folder of NAME.json graphs, paired with the gold files")
      ->check(CLI::ExistingDirectory);
  app.add_flag("-v,--verbose", o->verbose, "list misses, false positives, duplicates and wrong types");
  app.footer(
      "Entities are identified with gold entities by name or alias (ignoring case, periods, a leading \"the\" and "
      "a trailing possessive); a relation is correct when source, type, target and polarity match a gold "
      "relation (symmetric predicates either way round). Optional gold items are neither required nor errors. "
      "The last line, \"relation F1 X.XXX\", is for scripts.");
  return [o] { return run(*o); };
}

}  // namespace

static const kg::cli::Registration registration{"eval", "Score a graph against a gold annotation (P/R/F1)", 60, setup};
