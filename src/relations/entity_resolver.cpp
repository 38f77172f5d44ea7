#include "relations/entity_resolver.hpp"

#include <algorithm>

#include "kg/entities.hpp"

namespace kg::relations {
namespace {

void append_new(std::vector<EntityRef>& into, const std::vector<EntityRef>& refs) {
  for (const auto& r : refs)
    if (std::none_of(into.begin(), into.end(), [&](const EntityRef& x) { return x.entity == r.entity; })) into.push_back(r);
}

constexpr int max_depth = 4;

}  // namespace

EntityResolver::EntityResolver(const ParseView& view, const Lexicon& lexicon)
    : view_(view), lexicon_(lexicon), mention_of_token_(mention_index(view.doc())) {}

const std::string& EntityResolver::type_of(int entity) const {
  return view_.doc().entities.at(static_cast<std::size_t>(entity)).type;
}

TokenId EntityResolver::antecedent(TokenId t) const {
  const auto& l = view_.lemma(t);
  const bool relative = view_.has_feature(t, "PronType=Rel") ||
                        ((l == "which" || l == "who" || l == "whom" || l == "that") && view_.upos(t) == "PRON");
  if (!relative) return t;
  // The relative pronoun sits in the clause; the clause modifies the antecedent.
  TokenId clause = view_.head(t);
  std::size_t guard = 0;
  while (clause != no_token && view_.deprel(clause) != "acl:relcl" && view_.base(clause) == "conj" && guard++ < 8)
    clause = view_.head(clause);
  if (clause == no_token || view_.deprel(clause) != "acl:relcl") return t;
  TokenId noun = view_.head(clause);
  // "a policy of turning away boats, which ...": the clause hung on the verb of a
  // modifier is about that modifier's noun.
  if (noun != no_token && view_.is_verbal(noun) && view_.base(noun) == "acl") noun = view_.head(noun);
  return noun == no_token ? t : noun;
}

std::vector<EntityRef> EntityResolver::mention_entities(TokenId t) const {
  const int m = mention_of(t);
  if (m < 0) return {};
  const auto& mention = view_.doc().mentions[static_cast<std::size_t>(m)];
  if (mention.entity < 0 || static_cast<std::size_t>(mention.entity) >= view_.doc().entities.size()) return {};
  EntityRef ref{mention.entity, t, {}, false};
  // "North Korean troops" as one mention of the state: the group is the agent.
  if (lexicon_.is_agent_noun(view_, t) && type_of(mention.entity) == "State") ref.agent = lower_ascii(view_.token(t).form);
  return {ref};
}

std::vector<EntityRef> EntityResolver::resolve_mention(TokenId t) const {
  std::vector<EntityRef> out = mention_entities(t);
  for (TokenId c : coordinated(t)) append_new(out, mention_entities(c));
  return out;
}

std::vector<EntityRef> EntityResolver::owner(TokenId t) const {
  if (auto refs = group_owner(t); !refs.empty()) return refs;
  if (in_mention(t) || !view_.acts_nominal(t) || view_.upos(t) == "PRON") return {};
  return owner_of_thing(t, 1);
}

std::vector<EntityRef> EntityResolver::owner_of_named_thing(TokenId t) const {
  if (!view_.acts_nominal(t)) return {};
  auto refs = owner_of_thing(t, 1);
  for (auto& r : refs) r.via_owner = true;
  return refs;
}

std::vector<EntityRef> EntityResolver::group_owner(TokenId t) const {
  if (!lexicon_.is_agent_noun(view_, t)) return {};
  const std::string agent = lower_ascii(view_.token(t).form);
  for (TokenId c : view_.children(t)) {
    const auto rel = view_.base(c);
    const bool modifier = view_.deprel(c) == "nmod:poss" || rel == "amod" || rel == "compound" ||
                          (rel == "nmod" && (view_.marker(c) == "of" || view_.marker(c) == "from"));
    if (!modifier) continue;
    auto refs = resolve_mention(c);
    if (refs.empty()) continue;
    for (auto& r : refs) r.agent = agent;
    return refs;
  }
  return {};
}

std::vector<EntityRef> EntityResolver::owner_of_thing(TokenId t, int depth) const {
  // Possessor, then entity modifiers, then by- and of-phrases.
  for (TokenId c : view_.children_with(t, "nmod:poss", true))
    if (auto refs = resolve_one(c, false, depth + 1); !refs.empty()) return refs;
  // A weapon names what the thing is, not whose ("drone attacks").
  auto owners = [&](TokenId c) {
    auto refs = resolve_mention(c);
    std::erase_if(refs, [&](const EntityRef& r) { return type_of(r.entity) == "Weapon"; });
    return refs;
  };
  for (TokenId c : view_.children(t)) {
    const auto rel = view_.base(c);
    if (rel == "amod" || rel == "compound")
      if (auto refs = owners(c); !refs.empty()) return refs;
  }
  // "North Korean weapons tests", "Iran's drone attacks": through a compound that is no
  // owner's name.
  for (TokenId c : view_.children_with(t, "compound"))
    if (owners(c).empty())
      for (TokenId m : view_.children(c))
        if (view_.base(m) == "amod" || view_.base(m) == "compound" || view_.deprel(m) == "nmod:poss")
          if (auto refs = resolve_mention(m); !refs.empty()) return refs;
  for (const char* marker : {"by", "of"}) {
    for (TokenId c : view_.children_with(t, "nmod")) {
      if (view_.deprel(c) == "nmod:poss" || view_.marker(c) != marker) continue;
      std::vector<EntityRef> refs = resolve_one(c, false, depth + 1);
      for (TokenId k : view_.conjuncts(c)) append_new(refs, resolve_one(k, false, depth + 1));
      for (TokenId a : view_.children_with(t, "appos"))
        if (a > c && after_phrase(t, a)) append_new(refs, resolve_mention(a));
      if (!refs.empty()) return refs;
    }
  }
  return {};
}

std::vector<TokenId> EntityResolver::appositions(TokenId t) const {
  // An apposition is set off by a comma, dash or bracket; one that is not is a misparse
  // ("rejects U.S. claims and congratulates Kim Jong Un").
  std::vector<TokenId> out;
  for (TokenId a : view_.children_with(t, "appos")) {
    if (after_phrase(t, a)) continue;
    TokenId first = view_.leftmost(a);
    while (first < a && view_.upos(first) == "PUNCT") ++first;
    // Set off by punctuation, or a name right after its title ("leader Kim Jong Un").
    if (first == t + 1 || (first > 0 && view_.upos(first - 1) == "PUNCT")) out.push_back(a);
  }
  return out;
}

bool EntityResolver::after_phrase(TokenId t, TokenId a) const {
  // "drills by the United States, South Korea and Japan" parsed with "South Korea" as
  // an apposition of "drills": it continues the list of the phrase before it.
  for (TokenId c : view_.children_with(t, "nmod"))
    if (c < a && view_.deprel(c) != "nmod:poss" && !view_.marker(c).empty()) return true;
  return false;
}

bool EntityResolver::titled(TokenId t) const {
  for (TokenId c : view_.children(t)) {
    const auto rel = view_.base(c);
    if ((rel == "flat" || rel == "compound") && !in_mention(c) && view_.upos(c) != "PUNCT") return true;
  }
  return false;
}

std::vector<EntityRef> EntityResolver::resolve_one(TokenId t, bool owner, int depth) const {
  if (depth > max_depth) return {};
  const TokenId relative = t;
  t = antecedent(t);
  // "South Korea's U.N. Ambassador, Joonkook Hwang" parsed with "U.N." as the head and
  // the title hanging off it: the person in the apposition is meant.
  // So is "NATO Secretary General Anders Vik" parsed with the name hanging off the title.
  if (in_mention(t) && titled(t)) {
    std::vector<TokenId> heads{t};
    for (TokenId c : view_.children(t))
      if ((view_.base(c) == "flat" || view_.base(c) == "compound") && !in_mention(c)) heads.push_back(c);
    for (TokenId h : heads)
      for (TokenId a : appositions(h))
        for (const auto& r : resolve_mention(a))
          if (type_of(r.entity) == "Person") return {r};
  }
  if (auto refs = mention_entities(t); !refs.empty()) return refs;
  // An apposition names what a title or description is: "Russia's ambassador, Nebenzia".
  for (TokenId a : appositions(t))
    if (auto refs = resolve_mention(a); !refs.empty()) return refs;
  // "the North Korean leader, Kim Jong Un" with the name not attached as an apposition:
  // a title followed by a comma and a person's name is that person.
  if (lexicon_.is_agent_noun(view_, t) && t + 2 < view_.size() && view_.token(t + 1).form == "," &&
      view_.same_sentence(t, t + 2) && in_mention(t + 2)) {
    const auto& m = view_.doc().mentions[static_cast<std::size_t>(mention_of(t + 2))];
    if (m.begin == t + 2 && m.type == "Person")
      if (auto refs = mention_entities(t + 2); !refs.empty()) return refs;
  }
  if (auto refs = group_owner(t); !refs.empty()) return refs;
  // "a user labelled Anonymous", "a militia known as Hamas": the name the noun is given.
  for (TokenId a : view_.children_with(t, "acl")) {
    const auto& l = view_.lemma(a);
    if (l != "label" && l != "name" && l != "call" && l != "know" && l != "dub") continue;
    for (TokenId c : view_.children(a)) {
      const auto rel = view_.base(c);
      if (rel == "obj" || rel == "xcomp" || rel == "obl")
        if (auto refs = resolve_mention(c); !refs.empty()) return refs;
    }
  }
  if (owner && view_.acts_nominal(t) && view_.upos(t) != "PRON") {
    auto refs = owner_of_thing(t, depth);
    // "criticised a policy ... which Malaysia and Indonesia have maintained": reached
    // through a relative pronoun, the thing belongs to the subject of the verb it is the
    // object of.
    if (refs.empty() && relative != t && view_.base(t) == "obj")
      if (TokenId v = view_.head(t); v != no_token && view_.is_verbal(v) && !view_.is_passive(v))
        if (TokenId s = view_.first_child(v, "nsubj"); s != no_token) {
          refs = resolve_one(s, false, depth + 1);
          for (TokenId c : coordinated(s)) append_new(refs, resolve_one(c, false, depth + 1));
        }
    for (auto& r : refs) r.via_owner = true;
    return refs;
  }
  return {};
}

std::vector<TokenId> EntityResolver::coordinated(TokenId t) const {
  std::vector<TokenId> out = view_.conjuncts(t);
  // "sanctions on North Korea and Russia's veto power" parsed with "Russia" as the
  // conjunct: a possessor is not the coordinated item.
  std::erase_if(out, [&](TokenId c) {
    for (TokenId k : view_.children_with(c, "case"))
      if (view_.lemma(k) == "'s" || view_.lemma(k) == "'") return true;
    return false;
  });
  // "Japan and South Korea" with the second name parsed as part of the first
  // (flat or compound with its own "and"): a conjunct all the same.
  for (TokenId c : view_.children(t)) {
    if (!in_mention(c) || mention_of(c) == mention_of(t) || view_.base(c) == "conj") continue;
    const std::size_t begin = view_.doc().mentions[static_cast<std::size_t>(mention_of(c))].begin;
    if (c > t && begin > 0 && view_.upos(begin - 1) == "CCONJ") out.push_back(c);
    // "North and South Korea": a name sharing t's head word, coordinated before it.
    if (c < t && view_.base(c) == "compound" && view_.has_child(c, "conj")) out.push_back(c);
  }
  return out;
}

std::vector<EntityRef> EntityResolver::resolve(TokenId t, bool owner) const {
  std::vector<EntityRef> out = resolve_one(t, owner, 0);
  // Conjuncts are alike: after an entity, a thing is not read as its owner
  // ("sanctions on North Korea and Russia's veto power").
  const bool things = out.empty() || out.front().via_owner;
  for (TokenId c : coordinated(t)) append_new(out, resolve_one(c, owner && things, 0));
  return out;
}

}  // namespace kg::relations
