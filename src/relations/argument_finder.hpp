#pragma once
// Where a cue's arguments are in the dependency tree: logical subject and object across
// active and passive voice, implicit subjects (coordination, control and raising,
// participles, relative clauses), clausal complements of speech, and the dependents of
// event nouns and adjectives (possessor, of/by/for/against..., apposition, copula,
// support verbs). Roles are the ontology's (see kg::RoleKind).
#include <vector>

#include "kg/ontology.hpp"
#include "relations/lexicon.hpp"
#include "relations/parse_view.hpp"

namespace kg::relations {

struct Found {
  std::vector<TokenId> tokens;
  bool implicit = false;    // an implicit subject or a phrase attached to the governing verb
};

class ArgumentFinder {
 public:
  ArgumentFinder(const ParseView& view, const Lexicon& lexicon) : view_(view), lexicon_(lexicon) {}

  // The dependents that fill `role` for the cue word t.
  Found find(TokenId t, const Cue& cue, const Role& role) const;

  // The subject of a verb or predicate as written (nsubj or nsubj:pass), or the implicit
  // one it takes from coordination, control, an adverbial participle or a modified noun.
  TokenId surface_subject(TokenId v, bool* implicit = nullptr, int depth = 0) const;
  // The logical subject: the surface subject in the active, the by-phrase in the passive.
  TokenId agent(TokenId v, bool* implicit = nullptr) const;
  // The logical object: the direct object in the active, the subject in the passive.
  TokenId patient(TokenId v, bool* implicit = nullptr) const;
  // The clauses a cue word governs as its content ("warned that ...", "the allegation
  // that ...", a quote).
  std::vector<TokenId> content_clauses(TokenId t, CueKind kind) const;
  // The subject of a clause (a complement's nsubj), if written.
  TokenId clause_subject(TokenId clause) const;
  // Phrases of t (or, for a noun, of the verb governing it) introduced by `marker`.
  Found phrases(TokenId t, const std::string& marker) const;
  // The verb or adjective governing noun t as object or oblique (through coordination).
  TokenId governing_predicate(TokenId t) const;
  // A claim noun's content clause that the parse attached to the verb governing the noun
  // ("rejected a U.S. allegation that ..."), and the other way round.
  TokenId detached_content(TokenId noun) const;
  TokenId claim_noun_of(TokenId clause) const;
  // Whether `clause`, a relative clause by its label, is in fact claim noun's content.
  bool is_content_clause(TokenId noun, TokenId clause) const;

 private:
  std::vector<TokenId> content_subjects(TokenId t, CueKind kind) const;
  std::vector<TokenId> predicated(TokenId t) const;
  // The name set off by a comma right after t ("allies, particularly Japan"), if any.
  TokenId named_after(TokenId t) const;
  // The name (or coordination of names) set off by a comma right before t ("South
  // Korea and Japan, both allies of Washington"), if any.
  TokenId named_before(TokenId t) const;

  const ParseView& view_;
  const Lexicon& lexicon_;
};

}  // namespace kg::relations
