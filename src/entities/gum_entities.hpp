#pragma once
// Named-entity spans of GUM's entity annotation (internal header). GUM marks every
// mention, named or not, in MISC ("Entity=(12-person-giv-...-Kim_Jong-un" ... "12)");
// a mention is named when its head word is a proper noun (NNP/NNPS), and its name is
// the run of proper nouns around the head (with "of", "the", "and", "&", "-" inside).
// GUM types map to the tagger's: person PER, organization ORG, place LOC, event EVT,
// object/abstract/substance/animal/plant MISC; time and quantity are not names.
#include <cstddef>
#include <vector>

#include "entities/ner_model.hpp"
#include "kg/doc.hpp"

namespace kg::ner {

// The named spans of each sentence of `doc` (relative to the sentence), outermost first
// where names nest; throws kg::InputError for a malformed Entity annotation.
std::vector<std::vector<Span>> gum_named_spans(const Doc& doc, const std::string& filename);

}  // namespace kg::ner
