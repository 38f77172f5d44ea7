#pragma once
// From an argument's head token to the document entities it denotes: through its
// mention (pronouns and descriptions included, as coreference left them), an
// apposition ("North Korea's ambassador, Kim Song"), a group noun acting for its state
// ("North Korean troops" -> North Korea, agent "troops"), a relative pronoun's
// antecedent, and coordination ("the U.S., South Korea, and Japan" -> three).
#include <string>
#include <vector>

#include "relations/lexicon.hpp"
#include "relations/parse_view.hpp"

namespace kg::relations {

struct EntityRef {
  int entity = -1;       // index into Doc::entities
  TokenId token = no_token;  // where it was read
  std::string agent;     // "troops" when a group noun stood for the entity
  bool via_owner = false;  // a thing stood for its owner ("North Korea's actions")
};

class EntityResolver {
 public:
  EntityResolver(const ParseView& view, const Lexicon& lexicon);

  // The entities token t denotes, with its conjuncts. With `owner`, a thing that is no
  // entity stands for the entity owning it: its possessor, entity modifier, by- or of-phrase.
  std::vector<EntityRef> resolve(TokenId t, bool owner = false) const;
  // Only t's own mention (and its conjuncts' mentions): for entity modifiers.
  std::vector<EntityRef> resolve_mention(TokenId t) const;
  // The entity a group noun acts for ("North Korean troops", "Russia's ambassador").
  std::vector<EntityRef> group_owner(TokenId t) const;
  // The entity a group or a thing belongs to ("North Korean troops", "Russian equipment").
  std::vector<EntityRef> owner(TokenId t) const;
  // The owner of a thing that is itself named as an entity ("Iran's drones", a Weapon):
  // for predicates that cannot take the thing's type.
  std::vector<EntityRef> owner_of_named_thing(TokenId t) const;

  // The mention covering t (index into Doc::mentions) or -1.
  int mention_of(TokenId t) const { return t < mention_of_token_.size() ? mention_of_token_[t] : -1; }
  bool in_mention(TokenId t) const { return mention_of(t) >= 0; }
  const std::string& type_of(int entity) const;
  // A relative pronoun's antecedent ("Russia, which ..."), else t.
  TokenId antecedent(TokenId t) const;

 private:
  std::vector<EntityRef> resolve_one(TokenId t, bool owner, int depth) const;
  std::vector<EntityRef> owner_of_thing(TokenId t, int depth) const;
  std::vector<EntityRef> mention_entities(TokenId t) const;
  // t's conjuncts, with names the parse hung off t despite their "and".
  std::vector<TokenId> coordinated(TokenId t) const;
  // t's appositions set off by punctuation.
  std::vector<TokenId> appositions(TokenId t) const;
  // Apposition `a` of t follows a prepositional phrase of t (a list's continuation).
  bool after_phrase(TokenId t, TokenId a) const;
  // t has a title word that is no name beside it ("U.N. Ambassador").
  bool titled(TokenId t) const;

  const ParseView& view_;
  const Lexicon& lexicon_;
  std::vector<int> mention_of_token_;
};

}  // namespace kg::relations
