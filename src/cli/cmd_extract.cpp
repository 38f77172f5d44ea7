// kgb extract FILE... [-o OUT]: the whole pipeline on news articles, one knowledge graph
// of their entities and relations (graph JSON on stdout by default).
#include <memory>

#include <fmt/core.h>

#include "cli/command.hpp"
#include "cli/graph_input.hpp"
#include "kg/article_zones.hpp"
#include "kg/error.hpp"
#include "kg/evidence.hpp"
#include "kg/file_io.hpp"
#include "kg/graph_format.hpp"
#include "kg/json_io.hpp"
#include "kg/pipeline.hpp"

namespace {

struct Options {
  std::vector<std::string> inputs;
  std::string output = "-";
  std::string format;
  std::string ontology;
  bool open = false;
  bool hypothetical = false;
};

// The first non-blank line, as the article's title.
std::string first_line(std::string_view text) {
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(begin, end - begin);
    const auto first = line.find_first_not_of(" \t\r");
    if (first != std::string_view::npos) {
      line.remove_prefix(first);
      line.remove_suffix(line.size() - line.find_last_not_of(" \t\r") - 1);
      return std::string(line);
    }
    begin = end + 1;
  }
  return {};
}

int run(const Options& o) {
  auto format = kg::cli::format_named(o.format);
  if (!format) format = o.output == "-" ? kg::GraphFormat::json : kg::graph_format_of(o.output);
  // Every input is read and checked before any work: bad input fails fast, one line.
  std::vector<std::pair<kg::Document, std::string>> articles;
  for (const auto& input : o.inputs) {
    std::string text = kg::read_file(input);
    kg::check_utf8(text, input, true);
    if (text.find_first_not_of(" \t\r\n\f\v") == std::string::npos)
      throw kg::InputError(input, "", "no text to analyze (only white space)");
    kg::Document info;
    info.id = input == "-" ? "stdin" : std::filesystem::path(input).filename().string();
    info.title = first_line(text);
    info.source = input;
    articles.emplace_back(std::move(info), std::move(text));
  }
  kg::PipelineOptions options;
  options.ontology = o.ontology;
  options.open_relations = o.open;
  options.hypothetical = o.hypothetical;
  const kg::Pipeline pipeline = kg::load_default_pipeline(options);
  kg::KnowledgeGraph graph;
  for (auto& [info, text] : articles) {
    const kg::Doc doc = pipeline.run(info, std::move(text));
    graph.merge(kg::to_graph(doc, kg::body_end(doc)));
  }
  kg::save_graph(graph, o.output, format);
  return 0;
}

kg::cli::Run setup(CLI::App& app) {
  auto o = std::make_shared<Options>();
  app.add_option("FILE", o->inputs, "news articles as UTF-8 text (- reads stdin)")->required();
  app.add_option("-o,--output", o->output, "graph to write: .json, .graphml or .dot (default: JSON on stdout)");
  kg::cli::add_format_option(app, "-f,--format", o->format,
                             "format of the output: json, graphml or dot (default: from its extension)");
  app.add_option("--ontology", o->ontology,
                 "an ontology JSON file (schemas/ontology.schema.json) whose predicates are added to the "
                 "default ones or replace those of the same name")
      ->check(CLI::ExistingFile);
  app.add_flag("--open", o->open,
               "also open relations outside the ontology: any verb between two entities, typed open:<lemma> "
               "(with its preposition, e.g. open:share_with)");
  app.add_flag("--hypothetical", o->hypothetical,
               "also hypothetical relations (\"could attack\"), with modality \"possible\"");
  app.footer(
      "Each relation carries polarity, modality (asserted, possible, planned, proposed, alleged), whose claim it "
      "is (attributed_to), the agent acting for its subject, a confidence, the rule that found it, and its "
      "evidence: document, sentence, character span and sentence text.");
  return [o] { return run(*o); };
}

}  // namespace

static const kg::cli::Registration registration{
    "extract", "Build a knowledge graph of who did what to whom from news articles", 1, setup};
