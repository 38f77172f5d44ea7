#pragma once
// Headlines drop auxiliaries and articles and are set in title case ("North Korea
// Defends Missile Test, Accuses US of Double Standards"), which taggers and parsers
// trained on running text often misread. When the parse gives a headline's cue verb no
// arguments, the headline's own pattern is read instead: its subject is the entity
// that opens it, the object the first fitting entity after the verb.
#include <vector>

#include "relations/entity_resolver.hpp"
#include "relations/lexicon.hpp"

namespace kg::relations {

struct HeadingReading {
  const Predicate* predicate = nullptr;
  EntityRef subject, object;
  double confidence = 0.6;
};

// Readings of token t of a heading as a cue verb (none when t is not one).
std::vector<HeadingReading> read_heading(const ParseView& view, const Lexicon& lexicon, const EntityResolver& resolver,
                                         TokenId t);

}  // namespace kg::relations
