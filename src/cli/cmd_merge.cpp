// kgb merge A.json B.json ... -o ALL.json: reduces graphs built separately (shards of
// a corpus) into one, as if the corpus had been built at once.
#include <chrono>
#include <cstdio>
#include <memory>

#include <fmt/core.h>

#include "cli/command.hpp"
#include "cli/graph_input.hpp"
#include "kg/corpus.hpp"
#include "kg/graph_format.hpp"

namespace {

struct Options {
  std::vector<std::string> inputs;
  std::string output;
  std::string format;
  std::size_t evidence_cap = 10;
  bool quiet = false;
  bool verbose = false;
};

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

int run(const Options& o) {
  auto format = kg::cli::format_named(o.format);
  if (!format) {
    if (o.output == "-") throw kg::cli::UsageError("writing to stdout (-) needs --format");
    format = kg::graph_format_of(o.output);  // an unknown extension fails before any reading
  }
  std::vector<std::filesystem::path> files(o.inputs.begin(), o.inputs.end());
  auto merged = kg::merge_graph_files(files, o.evidence_cap, [&](const kg::MergedFile& f) {
    if (f.overlapping_documents && !o.quiet)
      fmt::print(stderr, "kgb: warning: {}: {} document{} already merged from an earlier graph; their mentions count twice\n",
                 f.file.string(), f.overlapping_documents, f.overlapping_documents == 1 ? "" : "s");
    if (o.verbose)
      fmt::print(stderr, "kgb: read {} in {:.3f} s, merged in {:.3f} s\n", f.file.string(), f.read_seconds,
                 f.merge_seconds);
  });
  auto start = Clock::now();
  kg::save_graph(merged, o.output, format);
  if (o.verbose) fmt::print(stderr, "kgb: wrote {} in {:.3f} s\n", o.output, seconds_since(start));
  if (!o.quiet)
    fmt::print(stderr, "kgb: merged {} graphs: {} documents, {} entities, {} relations\n", files.size(),
               merged.documents().size(), merged.entity_count(), merged.relation_count());
  return 0;
}

kg::cli::Run setup(CLI::App& app) {
  auto o = std::make_shared<Options>();
  app.add_option("GRAPH", o->inputs, "graphs to merge, in order: .json or .graphml (e.g. shards from kgb build)")
      ->required()
      ->check(CLI::ExistingFile);
  app.add_option("-o,--output", o->output, "merged graph: .json, .graphml or .dot (- writes stdout, with --format)")
      ->required();
  kg::cli::add_format_option(app, "-f,--format", o->format,
                             "format of the output: json, graphml or dot (default: from its extension)");
  app.add_option("--evidence-cap", o->evidence_cap,
                 "evidence items kept per relation, the earliest first; the weight still counts every mention "
                 "(0 keeps all; use the value the shards were built with)")
      ->capture_default_str();
  auto* quiet = app.add_flag("-q,--quiet", o->quiet, "print nothing but errors");
  app.add_flag("-v,--verbose", o->verbose, "print read and write times")->excludes(quiet);
  app.footer(
      "Relations merge by (source, type, target, polarity): weights add, evidence is kept up to the cap, "
      "first_seen/last_seen widen. Merging the shards of a corpus in corpus order gives the same graph, byte for "
      "byte, as building the whole corpus with kgb build.");
  return [o] { return run(*o); };
}

}  // namespace

static const kg::cli::Registration registration{"merge", "Merge graphs built separately (shards of a corpus) into one",
                                                9, setup};
