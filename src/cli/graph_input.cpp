#include "cli/graph_input.hpp"

#include "cli/command.hpp"

namespace kg::cli {

CLI::Option* add_format_option(CLI::App& app, const std::string& flags, std::string& format,
                               const std::string& description, bool readable) {
  const std::string names = readable ? "json or graphml" : "json, graphml or dot";
  CLI::Validator known(
      [readable, names](std::string& name) -> std::string {
        auto parsed = parse_graph_format(name);
        if (!parsed || (readable && *parsed == GraphFormat::dot))
          return "unknown graph format '" + name + "' (" + names + ")";
        return {};
      },
      readable ? "json|graphml" : "json|graphml|dot");
  return app.add_option(flags, format, description)->check(known);
}

std::optional<GraphFormat> format_named(const std::string& format) {
  if (format.empty()) return std::nullopt;
  return parse_graph_format(format);
}

void GraphInput::add_to(CLI::App& app, const std::string& name) {
  app.add_option(name, path, "graph file: .json or .graphml (- reads stdin, with --from)")->required();
  add_format_option(app, "--from", from, "format of " + name + " when its extension does not say", true);
}

KnowledgeGraph GraphInput::load() const {
  if (path == "-" && from.empty()) throw UsageError("reading a graph from stdin (-) needs --from");
  return load_graph(path, format_named(from));
}

}  // namespace kg::cli
