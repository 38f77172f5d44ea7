#pragma once
// DOT for Graphviz: node shape and colour by entity type, edges labelled by relation
// type, weight as pen width, every label escaped.
#include <iosfwd>

#include "kg/graph.hpp"

namespace kg {

void write_dot(const KnowledgeGraph& graph, std::ostream& out);

}  // namespace kg
