#pragma once
// GraphML for Gephi, yEd, NetworkX: every attribute a typed <key>; lists (aliases,
// evidence) serialized as readable text. write then read keeps the graph.
#include <iosfwd>
#include <string>
#include <string_view>

#include "kg/graph.hpp"

namespace kg {

void write_graphml(const KnowledgeGraph& graph, std::ostream& out);
// Throws kg::InputError naming `filename` and line/column for malformed input.
KnowledgeGraph read_graphml(std::string_view text, const std::string& filename);

}  // namespace kg
