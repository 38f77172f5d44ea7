#pragma once
// Building the provenance of a relation from a Doc, and the graph of one Doc.
#include <cstddef>
#include <cstdint>

#include "kg/doc.hpp"
#include "kg/graph.hpp"
#include "kg/relation.hpp"

namespace kg {

// Evidence for tokens [begin_token, end_token) of sentence `sentence`: the document id,
// the sentence index, the span in code points into Doc::text, and the sentence's text.
Evidence make_evidence(const Doc& doc, std::size_t sentence, std::size_t begin_token, std::size_t end_token);

// The knowledge graph of one document: its Document record, every entity of
// doc.entities that some mention or relation refers to, and doc.relations (equal
// relations merged). Weapons are nodes only when a relation involves them (a weapon is
// an entity of the graph as the object of an action, see GUIDELINES.md). Sentences from
// `body_end` on are a trailer (credits, an author's profile): entities named only
// there are left out unless a relation involves them.
KnowledgeGraph to_graph(const Doc& doc, std::size_t body_end = SIZE_MAX);

}  // namespace kg
