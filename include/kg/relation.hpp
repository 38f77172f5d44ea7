#pragma once
// A relation: one typed, directed edge of the knowledge graph, with its provenance.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

enum class Polarity { positive, negative };
enum class Modality { asserted, possible, planned, proposed, alleged };

std::string_view to_string(Polarity);
std::string_view to_string(Modality);
std::optional<Polarity> parse_polarity(std::string_view);
std::optional<Modality> parse_modality(std::string_view);

// Where a relation was read: a span of one sentence of one document.
// start/end are offsets in Unicode code points into the document text.
struct Evidence {
  std::string document;  // Document::id
  int sentence = 0;      // 0-based sentence index within the document
  std::size_t start = 0;
  std::size_t end = 0;
  std::string text;      // the sentence text

  friend bool operator==(const Evidence&, const Evidence&) = default;
};

struct Relation {
  std::string source;  // Entity::id of the subject
  std::string target;  // Entity::id of the object
  std::string type;    // ontology predicate, e.g. "accuses", or "open:<lemma>"
  Polarity polarity = Polarity::positive;
  Modality modality = Modality::asserted;
  std::string attributed_to;  // Entity::id whose claim this is; empty when the article asserts it
  std::string agent;          // who acted for the subject: "troops", "officials"; may be empty
  double confidence = 1.0;    // 0..1
  double weight = 1.0;        // number of supporting mentions, summed when equal relations merge
  std::string rule;           // id of the extraction rule that produced it
  std::string first_seen;     // earliest Document::date among its evidence (ISO 8601), may be empty
  std::string last_seen;      // latest such date
  std::vector<Evidence> evidence;

  friend bool operator==(const Relation&, const Relation&) = default;
};

// Relations with the same key are the same fact and merge into one edge.
struct RelationKey {
  std::string source, type, target;
  Polarity polarity = Polarity::positive;
  friend auto operator<=>(const RelationKey&, const RelationKey&) = default;
};
RelationKey key_of(const Relation&);

// Merges `other` (same key) into `into`: weights add, evidence is appended without
// duplicates up to `evidence_cap` items, confidence is the maximum, first/last seen widen.
void merge_into(Relation& into, const Relation& other, std::size_t evidence_cap = SIZE_MAX);

}  // namespace kg
