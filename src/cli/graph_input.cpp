#include "cli/graph_input.hpp"

#include "cli/command.hpp"

namespace kg::cli {

CLI::Option* add_format_option(CLI::App& app, const std::string& flags, std::string& format,
                               const std::string& description) {
  CLI::Validator known(
      [](std::string& name) -> std::string {
        return parse_graph_format(name) ? std::string() : "unknown graph format '" + name + "' (json, graphml or dot)";
      },
      "json|graphml|dot");
  return app.add_option(flags, format, description)->check(known);
}

std::optional<GraphFormat> format_named(const std::string& format) {
  if (format.empty()) return std::nullopt;
  return parse_graph_format(format);
}

void GraphInput::add_to(CLI::App& app, const std::string& name) {
  app.add_option(name, path, "graph file: .json or .graphml (- reads stdin, with --from)")->required();
  add_format_option(app, "--from", from, "format of " + name + " when its extension does not say (json or graphml)");
}

KnowledgeGraph GraphInput::load() const {
  if (path == "-" && from.empty()) throw UsageError("reading a graph from stdin (-) needs --from");
  return load_graph(path, format_named(from));
}

}  // namespace kg::cli
