// kgb build INPUT... -o GRAPH: one knowledge graph from many articles, analyzed in
// parallel, merged in input order (the same output for any -j), optionally added to an
// existing graph (--into) without reprocessing the articles it already holds.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>

#include <fmt/core.h>

#include "cli/command.hpp"
#include "cli/graph_input.hpp"
#include "corpus/progress.hpp"
#include "kg/corpus.hpp"
#include "kg/evidence.hpp"
#include "kg/pipeline.hpp"

namespace {

struct Options {
  std::vector<std::string> inputs;
  std::string output;
  std::string into;
  std::string format;
  std::string stdin_format = "auto";
  unsigned jobs = 0;
  std::size_t evidence_cap = 10;
  std::string ontology;
  bool open = false;
  bool hypothetical = false;
  bool quiet = false;
  bool verbose = false;
};

using Clock = std::chrono::steady_clock;

kg::DocumentAnalyzer load_analyzer(const Options& o, kg::BuildProgress& progress) {
  auto start = Clock::now();
  kg::PipelineOptions pipeline_options;
  pipeline_options.ontology = o.ontology;
  pipeline_options.open_relations = o.open;
  pipeline_options.hypothetical = o.hypothetical;
  auto pipeline = std::make_shared<const kg::Pipeline>(kg::load_default_pipeline(pipeline_options));
  if (o.verbose)
    progress.note(fmt::format("loaded the pipeline in {:.0f} ms",
                              std::chrono::duration<double, std::milli>(Clock::now() - start).count()));
  return [pipeline](const kg::Document& info, std::string text) {
    return kg::to_graph(pipeline->run(info, std::move(text)));
  };
}

int run(const Options& o) {
  if (o.output.empty() && o.into.empty()) throw kg::cli::UsageError("kgb build needs -o GRAPH or --into GRAPH");
  kg::CorpusBuild build;
  build.output = o.output.empty() ? o.into : o.output;
  if (!o.into.empty()) build.into = o.into;
  build.format = kg::cli::format_named(o.format);
  if (!build.format && build.output != "-") kg::graph_format_of(build.output);  // fail before any work
  auto stdin_kind = o.stdin_format == "jsonl"  ? kg::InputKind::jsonl
                    : o.stdin_format == "text" ? kg::InputKind::text
                                               : kg::InputKind::stdin_stream;
  build.inputs = kg::discover_inputs(o.inputs, stdin_kind);
  build.options.jobs = o.jobs;
  build.options.evidence_cap = o.evidence_cap;

  auto verbosity = o.quiet ? kg::Verbosity::quiet : o.verbose ? kg::Verbosity::verbose : kg::Verbosity::normal;
  kg::BuildProgress progress(stderr, verbosity, isatty(fileno(stderr)) != 0, kg::total_input_bytes(build.inputs));
  auto analyzer = load_analyzer(o, progress);
  kg::CorpusBuildResult result;
  progress.begin();
  try {
    result = kg::build_graph_file(
        build, analyzer, [&](const kg::ArticleReport& r) { progress.report(r); }, std::cin);
  } catch (...) {
    progress.stop();
    throw;
  }
  progress.finish(result.stats);
  if (o.verbose && build.into)
    progress.note(fmt::format("read {} in {:.3f} s", build.into->string(), result.read_seconds));
  auto count = [](std::size_t n, const char* one, const char* many) { return fmt::format("{} {}", n, n == 1 ? one : many); };
  if (result.written)
    progress.note(fmt::format("wrote {}: {}, {}, {}{}", build.output == "-" ? "the graph to stdout" : build.output.string(),
                              count(result.documents, "document", "documents"),
                              count(result.entities, "entity", "entities"),
                              count(result.relations, "relation", "relations"),
                              o.verbose ? fmt::format(" in {:.3f} s", result.write_seconds) : ""));
  else
    progress.note(fmt::format("nothing new: {} left as it was", build.output.string()));
  return 0;
}

kg::cli::Run setup(CLI::App& app) {
  auto o = std::make_shared<Options>();
  app.add_option("INPUT", o->inputs,
                 "articles: text files (one article each), folders (their *.txt and *.jsonl files, recursively, "
                 "in path order), JSON Lines files (*.jsonl, one {\"id\",\"title\",\"date\",\"source\",\"text\"} "
                 "per line), or - for stdin (JSON Lines, or else one text)")
      ->required();
  app.add_option("-o,--output", o->output,
                 "graph to write: .json, .graphml or .dot (- writes JSON to stdout); default: the --into graph");
  app.add_option("--into", o->into,
                 "existing graph (.json or .graphml) to add the articles to; articles whose id it already "
                 "holds are skipped, and it is replaced only once the new graph is complete");
  app.add_option("--stdin-format", o->stdin_format,
                 "what - holds: jsonl, text, or auto (JSON Lines when its first line parses as an article)")
      ->check(CLI::IsMember({"auto", "jsonl", "text"}))
      ->capture_default_str();
  kg::cli::add_format_option(app, "-f,--format", o->format,
                             "format of the output: json, graphml or dot (default: from its extension)");
  app.add_option("-j,--jobs", o->jobs, "analysis threads (default: all cores); the output is the same for any number")
      ->check(CLI::PositiveNumber);
  app.add_option("--evidence-cap", o->evidence_cap,
                 "evidence items kept per relation, the earliest first; the weight still counts every mention "
                 "(0 keeps all)")
      ->capture_default_str();
  app.add_option("--ontology", o->ontology, "ontology file adding or replacing predicates (see kgb extract)")
      ->check(CLI::ExistingFile);
  app.add_flag("--open", o->open, "also open relations outside the ontology, typed open:<lemma> (see kgb extract)");
  app.add_flag("--hypothetical", o->hypothetical, "also hypothetical relations, with modality \"possible\"");
  auto* quiet = app.add_flag("-q,--quiet", o->quiet, "print nothing but errors and skipped articles");
  app.add_flag("-v,--verbose", o->verbose, "print a line per article, and load, read and write times")->excludes(quiet);
  app.footer(
      "Articles that cannot be analyzed (invalid UTF-8, binary, empty) and malformed JSON lines are reported on "
      "stderr and skipped; the rest still builds. Exit status: 0 when at least one article was built or was "
      "already in the --into graph; 1 when nothing could be built (no articles, or every one skipped), and then "
      "no file is written or changed. Progress (documents/s, words/s, ETA) is shown when stderr is a "
      "terminal.");
  return [o] { return run(*o); };
}

}  // namespace

static const kg::cli::Registration registration{
    "build", "Build one graph from many articles (files, folders, JSON Lines, stdin), in parallel", 8, setup};
