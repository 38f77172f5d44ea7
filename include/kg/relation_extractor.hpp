#pragma once
// The relation extractor: typed, directed relations between a document's entities,
// read from the dependency parse with the ontology's cues (run it after the parser and
// the entity stages). Each relation carries polarity, modality, whose claim it is, the
// agent acting for its subject, a confidence, the rule that found it and its evidence.
#include <memory>

#include "kg/doc.hpp"
#include "kg/ontology.hpp"

namespace kg {

namespace relations {
class Lexicon;
}

struct RelationExtractorOptions {
  // Also relations outside the ontology: any verb between two entity mentions, typed
  // "open:<lemma>" or "open:<lemma>_<preposition>" ("open:share_with").
  bool open_relations = false;
  // Also hypothetical relations ("could attack"), with modality "possible"; the
  // annotation guidelines leave them out of a news graph.
  bool hypothetical = false;
};

class RelationExtractor final : public Component {
 public:
  explicit RelationExtractor(Ontology ontology, RelationExtractorOptions options = {});
  // data/ontology.json.
  static RelationExtractor load_default(RelationExtractorOptions options = {});

  const char* name() const override { return "relations"; }
  // Appends to doc.relations (the entity stages' role relations stay).
  void process(Doc& doc) const override;

  const Ontology& ontology() const { return *ontology_; }

 private:
  std::shared_ptr<const Ontology> ontology_;  // immutable, shared by copies
  std::shared_ptr<const relations::Lexicon> lexicon_;  // the ontology's words, indexed
  RelationExtractorOptions options_;
};

}  // namespace kg
