#pragma once
// GraphML for Gephi, yEd, NetworkX: every attribute a typed <key>; lists (aliases,
// evidence) serialized as readable text. write then read keeps the graph.
#include <filesystem>
#include <iosfwd>
#include <string>
#include <string_view>

#include "kg/graph.hpp"

namespace kg {

void write_graphml(const KnowledgeGraph& graph, std::ostream& out);
// Throws kg::InputError naming `filename` and line/column for malformed input.
KnowledgeGraph read_graphml(std::string_view text, const std::string& filename);
// Reads a GraphML file in chunks, never holding its whole text. Throws kg::InputError
// (as read_file does for a missing or unreadable file).
KnowledgeGraph read_graphml_file(const std::filesystem::path& path);

}  // namespace kg
