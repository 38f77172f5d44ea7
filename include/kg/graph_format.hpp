#pragma once
// Graph file formats by name or file extension, and loading/saving any of them.
#include <filesystem>
#include <optional>
#include <string_view>

#include "kg/graph.hpp"

namespace kg {

enum class GraphFormat { json, graphml, dot };

// "json", "graphml", "dot" (also "gv", "xml"); nullopt for anything else.
std::optional<GraphFormat> parse_graph_format(std::string_view name);
// From the extension of `path`; throws kg::InputError naming the file when unknown.
GraphFormat graph_format_of(const std::filesystem::path& path);

// Reads a graph file (JSON or GraphML; DOT is write-only). Throws kg::InputError.
KnowledgeGraph load_graph(const std::filesystem::path& path, std::optional<GraphFormat> format = std::nullopt);
// Writes atomically (see write_file_atomically).
void save_graph(const KnowledgeGraph& graph, const std::filesystem::path& path,
                std::optional<GraphFormat> format = std::nullopt);

}  // namespace kg
