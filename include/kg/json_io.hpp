#pragma once
// The graph JSON document (schemas/graph.schema.json): {"documents", "entities", "relations"}.
#include <iosfwd>
#include <string>
#include <string_view>

#include "kg/graph.hpp"

namespace kg {

void write_json(const KnowledgeGraph& graph, std::ostream& out);
// Parses and validates against the schema. Throws kg::InputError naming `filename`
// and the byte offset (syntax errors) or JSON pointer (schema violations).
KnowledgeGraph read_json(std::string_view text, const std::string& filename);

// The JSON Schema (draft 4) read_json validates against: schemas/graph.schema.json,
// compiled into the library.
std::string_view graph_json_schema();

}  // namespace kg
