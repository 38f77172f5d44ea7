#pragma once
// The GraphML <key>s kgb writes: one typed attribute per model field. Readers match
// keys by domain and attr.name (as NetworkX and Gephi do), never by id.
#include <array>
#include <string_view>

namespace kg::io {

struct GraphmlKey {
  std::string_view id;
  std::string_view domain;  // "graph", "node" or "edge"
  std::string_view name;    // attr.name
  std::string_view type;    // attr.type
};

// Lists are written twice: readable text for people and tools, and JSON for lossless import.
inline constexpr std::array<GraphmlKey, 21> graphml_keys{{
    {"g_documents", "graph", "documents", "string"},  // JSON array of documents
    {"n_label", "node", "label", "string"},
    {"n_type", "node", "type", "string"},
    {"n_aliases", "node", "aliases", "string"},        // joined with " | "
    {"n_attributes", "node", "attributes", "string"},  // "key=value; key=value"
    {"n_aliases_json", "node", "aliases_json", "string"},
    {"n_attributes_json", "node", "attributes_json", "string"},
    {"e_label", "edge", "label", "string"},  // the relation type: Gephi labels edges with "label"
    {"e_type", "edge", "type", "string"},
    {"e_polarity", "edge", "polarity", "string"},
    {"e_modality", "edge", "modality", "string"},
    {"e_attributed_to", "edge", "attributed_to", "string"},
    {"e_agent", "edge", "agent", "string"},
    {"e_confidence", "edge", "confidence", "double"},
    {"e_weight", "edge", "weight", "double"},
    {"e_rule", "edge", "rule", "string"},
    {"e_first_seen", "edge", "first_seen", "string"},
    {"e_last_seen", "edge", "last_seen", "string"},
    {"e_evidence_count", "edge", "evidence_count", "int"},
    {"e_evidence", "edge", "evidence", "string"},  // one line per item: "DOC, sentence N [START-END]: TEXT"
    {"e_evidence_json", "edge", "evidence_json", "string"},
}};

inline constexpr std::string_view aliases_separator = " | ";

}  // namespace kg::io
