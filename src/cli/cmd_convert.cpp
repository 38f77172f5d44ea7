// kgb convert IN OUT: reads a graph in one format and writes it in another.
#include <memory>

#include "cli/command.hpp"
#include "cli/graph_input.hpp"
#include "kg/graph_format.hpp"

namespace {

struct Options {
  kg::cli::GraphInput input;
  std::string output;
  std::string format;
};

kg::cli::Run setup(CLI::App& app) {
  auto options = std::make_shared<Options>();
  options->input.add_to(app, "IN");
  app.add_option("OUT", options->output, "file to write (- writes stdout, with --format)")->required();
  kg::cli::add_format_option(app, "-f,--format", options->format,
                             "format of OUT: json, graphml or dot (default: from OUT's extension)");
  return [options] {
    auto format = kg::cli::format_named(options->format);
    if (!format) {
      if (options->output == "-") throw kg::cli::UsageError("writing to stdout (-) needs --format");
      format = kg::graph_format_of(options->output);  // an unknown extension fails before any reading
    }
    kg::save_graph(options->input.load(), options->output, format);
    return 0;
  };
}

}  // namespace

static const kg::cli::Registration registration{
    "convert", "Convert a graph between JSON, GraphML (Gephi, yEd, NetworkX) and DOT (Graphviz)", 10, setup};
