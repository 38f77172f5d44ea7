#include <stdexcept>

#include <fmt/core.h>

#include "kg/corpus.hpp"
#include "kg/graph_format.hpp"

namespace kg {
namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

GraphFormat output_format(const CorpusBuild& build) {
  if (build.format) return *build.format;
  return build.output == "-" ? GraphFormat::json : graph_format_of(build.output);
}

}  // namespace

CorpusBuildResult build_graph_file(const CorpusBuild& build, const DocumentAnalyzer& analyzer,
                                   const CorpusBuilder::ReportSink& on_report, std::istream& standard_input) {
  const GraphFormat format = output_format(build);  // an unknown format fails before any work
  CorpusBuildResult result;
  auto start = Clock::now();
  KnowledgeGraph base = build.into ? load_graph(*build.into) : KnowledgeGraph{};
  result.read_seconds = seconds_since(start);

  start = Clock::now();
  CorpusBuilder builder(std::move(base), analyzer, build.options, on_report);
  read_articles(
      build.inputs, [&](Article article) { builder.add(std::move(article)); },
      [&](const InputError& error) { builder.add_unreadable(error); }, standard_input);
  KnowledgeGraph graph = builder.finish();
  result.stats = builder.stats();
  result.build_seconds = seconds_since(start);

  const auto& stats = result.stats;
  if (stats.articles == 0) throw std::runtime_error("no articles found in the inputs");
  if (stats.built == 0 && stats.known == 0)
    throw std::runtime_error(fmt::format("no article could be built ({} bad, {} failed, {} unreadable); nothing written",
                                         stats.bad, stats.failed, stats.unreadable));

  result.documents = graph.documents().size();
  result.entities = graph.entity_count();
  result.relations = graph.relation_count();
  bool unchanged_in_place = stats.built == 0 && build.into && *build.into == build.output;
  if (!unchanged_in_place) {
    start = Clock::now();
    save_graph(graph, build.output, format);
    result.write_seconds = seconds_since(start);
    result.written = true;
  }
  return result;
}

}  // namespace kg
