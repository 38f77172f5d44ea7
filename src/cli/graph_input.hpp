#pragma once
// The graph file a command reads: a positional path plus --from to name its format
// when the extension does not (or when reading stdin as "-").
#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "kg/graph.hpp"
#include "kg/graph_format.hpp"

namespace kg::cli {

// Adds an option taking a graph format name: json, graphml, or (unless `readable`, for
// formats kgb reads) dot; a wrong name is a usage error.
CLI::Option* add_format_option(CLI::App& app, const std::string& flags, std::string& format,
                               const std::string& description, bool readable = false);
// The format named by a value add_format_option accepted; nullopt when it was not given.
std::optional<GraphFormat> format_named(const std::string& format);

struct GraphInput {
  std::string path;
  std::string from;  // format name; empty: from the extension of `path`

  // Adds the positional `name` and --from to `app`.
  void add_to(CLI::App& app, const std::string& name = "GRAPH");
  // Loads the graph; throws kg::InputError naming the file and position.
  KnowledgeGraph load() const;
};

}  // namespace kg::cli
