#include "kg/graph_format.hpp"

#include <string>

#include "kg/dot_io.hpp"
#include "kg/error.hpp"
#include "kg/file_io.hpp"
#include "kg/graphml_io.hpp"
#include "kg/json_io.hpp"

namespace kg {

std::optional<GraphFormat> parse_graph_format(std::string_view name) {
  std::string lower(name);
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  if (lower == "json") return GraphFormat::json;
  if (lower == "graphml" || lower == "xml") return GraphFormat::graphml;
  if (lower == "dot" || lower == "gv") return GraphFormat::dot;
  return std::nullopt;
}

GraphFormat graph_format_of(const std::filesystem::path& path) {
  std::string extension = path.extension().string();
  if (!extension.empty()) extension.erase(0, 1);
  if (auto format = parse_graph_format(extension)) return *format;
  throw InputError(path.string(), "",
                   extension.empty() ? "cannot tell the graph format without a file extension (.json, .graphml, .dot)"
                                     : "unknown graph format \"." + extension + "\" (expected .json, .graphml or .dot)");
}

KnowledgeGraph load_graph(const std::filesystem::path& path, std::optional<GraphFormat> format) {
  GraphFormat f = format ? *format : graph_format_of(path);
  const std::string name = path == "-" ? "<stdin>" : path.string();
  if (f == GraphFormat::dot) throw InputError(name, "", "DOT is write-only: read the graph from JSON or GraphML");
  if (f == GraphFormat::graphml && path != "-") {
    // Large GraphML files are parsed as they are read, never held whole.
    std::error_code ec;
    if (std::filesystem::is_regular_file(path, ec) && std::filesystem::file_size(path, ec) == 0 && !ec)
      throw InputError(name, "", "empty file");
    return read_graphml_file(path);
  }
  std::string text = read_file(path);
  if (text.empty()) throw InputError(name, "", "empty file");
  return f == GraphFormat::json ? read_json(text, name) : read_graphml(text, name);
}

void save_graph(const KnowledgeGraph& graph, const std::filesystem::path& path, std::optional<GraphFormat> format) {
  GraphFormat f = format ? *format : graph_format_of(path);
  write_file_atomically(path, [&](std::ostream& out) {
    switch (f) {
      case GraphFormat::json: write_json(graph, out); break;
      case GraphFormat::graphml: write_graphml(graph, out); break;
      case GraphFormat::dot: write_dot(graph, out); break;
    }
  });
}

}  // namespace kg
