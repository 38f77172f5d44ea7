#include "relations/argument_finder.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace kg::relations {
namespace {

constexpr int max_depth = 8;

bool is_subject_relation(const std::string& rel) {
  return rel == "nsubj" || rel == "nsubj:pass" || rel == "nsubj:outer" || rel == "csubj" || rel == "csubj:pass";
}

bool is_infinitive(const ParseView& view, TokenId v) {
  if (view.has_feature(v, "VerbForm=Inf")) return true;
  for (TokenId c : view.children_with(v, "mark"))
    if (view.lemma(c) == "to") return true;
  return false;
}


}  // namespace

TokenId ArgumentFinder::named_after(TokenId t) const {
  TokenId i = t + 1;
  if (i >= view_.size() || !view_.same_sentence(t, i) || view_.token(i).form != ",") return no_token;
  ++i;
  static const std::array<std::string_view, 7> focus{"particularly", "including", "notably", "especially", "namely",
                                                     "mainly", "chiefly"};
  if (i < view_.size() && std::find(focus.begin(), focus.end(), view_.lemma(i)) != focus.end()) ++i;
  if (i >= view_.size() || !view_.same_sentence(t, i) || view_.upos(i) != "PROPN") return no_token;
  // The head of the name that starts at i: climb while the head stays inside the name.
  TokenId name = i;
  while (view_.head(name) != no_token && view_.head(name) > name && view_.upos(view_.head(name)) == "PROPN" &&
         (view_.base(name) == "compound" || view_.base(name) == "flat"))
    name = view_.head(name);
  return name;
}

TokenId ArgumentFinder::named_before(TokenId t) const {
  if (view_.upos(t) != "NOUN" || t == 0) return no_token;
  TokenId i = t - 1;
  while (i > 0 && view_.same_sentence(i, t) &&
         (view_.upos(i) == "DET" || view_.upos(i) == "NUM" || view_.upos(i) == "ADJ" || view_.upos(i) == "ADV"))
    --i;
  if (i == 0 || !view_.same_sentence(i, t) || view_.token(i).form != ",") return no_token;
  const TokenId name = i - 1;
  if (view_.upos(name) != "PROPN") return no_token;
  // The name's head word, then the first of the coordination it closes.
  TokenId head = name;
  while (view_.head(head) != no_token && view_.head(head) > head && view_.upos(view_.head(head)) == "PROPN" &&
         (view_.base(head) == "compound" || view_.base(head) == "flat"))
    head = view_.head(head);
  return view_.first_conjunct(head);
}

TokenId ArgumentFinder::clause_subject(TokenId clause) const {
  // Where the parse gives two subjects (a dateline "PORT ELAN, March 4 - Marisca
  // summoned ...", a complementizer "that"), the one nearest the verb, not "that".
  TokenId found = no_token;
  auto distance = [&](TokenId c) { return c < clause ? clause - c : c - clause; };
  for (TokenId c : view_.children(clause)) {
    if (!is_subject_relation(view_.deprel(c)) || view_.lemma(c) == "there") continue;
    if (found == no_token || view_.lemma(found) == "that" ||
        (view_.lemma(c) != "that" && distance(c) < distance(found)))
      found = c;
  }
  return found;
}

TokenId ArgumentFinder::surface_subject(TokenId v, bool* implicit, int depth) const {
  if (depth > max_depth) return no_token;
  if (TokenId s = clause_subject(v); s != no_token) return s;
  if (view_.has_child(v, "expl")) return no_token;
  const TokenId h = view_.head(v);
  if (h == no_token) return no_token;
  const auto rel = view_.base(v);
  auto inherit = [&](TokenId from) {
    if (implicit) *implicit = true;
    return surface_subject(from, implicit, depth + 1);
  };
  if (rel == "conj") {
    if (TokenId s = inherit(h); s != no_token) return s;
    // "calling the accusation "unsubstantiated" and accusing the U.S. of ...", the
    // participle coordinated with the adjective: the subject of the clause above.
    if (view_.has_feature(v, "VerbForm=Ger") || view_.has_feature(v, "VerbForm=Part")) {
      TokenId g = view_.head(h);
      for (int step = 0; g != no_token && !view_.is_verbal(g) && step < 4; ++step) g = view_.head(g);
      if (g != no_token && view_.is_verbal(g)) return inherit(g);
    }
    return no_token;
  }
  if (rel == "xcomp") {
    // Object control ("urged Japan to ...", "called on Russia to ..."), else subject control.
    if (TokenId o = view_.first_child(h, "obj"); o != no_token && o != v) {
      if (implicit) *implicit = true;
      return o;
    }
    if (TokenId o = view_.first_child(h, "iobj"); o != no_token) {
      if (implicit) *implicit = true;
      return o;
    }
    for (TokenId c : view_.children_with(h, "obl"))
      if ((view_.marker(c) == "on" || view_.marker(c) == "upon") && c < v) {
        if (implicit) *implicit = true;
        return c;
      }
    return inherit(h);
  }
  if (rel == "advcl" || (rel == "obl" && view_.is_verbal(v))) {
    // "accused the U.S. of spreading ...": the accused does the spreading.
    const auto marker = view_.marker(v);
    if (marker == "of" || marker == "for")
      if (TokenId o = view_.first_child(h, "obj"); o != no_token) {
        if (implicit) *implicit = true;
        return o;
      }
    if (view_.is_nominal(h)) return no_token;
    return inherit(h);
  }
  if (view_.deprel(v) == "acl:relcl") {
    if (implicit) *implicit = true;
    return h;
  }
  if (rel == "acl") {
    if (implicit) *implicit = true;
    // "its commitment to supporting Ukraine", "took the opportunity to congratulate":
    // the noun's possessor, else the subject of the verb governing the noun.
    if (is_infinitive(view_, v) || view_.marker(v) == "to") {
      if (TokenId p = view_.first_child(h, "nmod:poss", true); p != no_token) return p;
      if (TokenId g = governing_predicate(h); g != no_token) return surface_subject(g, implicit, depth + 1);
      return no_token;
    }
    // "troops stationed in Russia", "soldiers fighting in Ukraine": the modified noun;
    // but "gaining experience fighting in Russia": a thing does not fight, the one
    // gaining it does.
    const bool actor = view_.upos(h) == "PROPN" || view_.upos(h) == "PRON" || lexicon_.is_agent_noun(view_, h);
    if (!actor && !view_.is_passive(v)) {
      // Whose experience: a possessor or a name before the noun ...
      if (TokenId p = view_.first_child(h, "nmod:poss", true); p != no_token) return p;
      for (TokenId c : view_.children(h))
        if ((view_.base(c) == "compound" || view_.base(c) == "amod") && view_.upos(c) == "PROPN") return c;
      // ... else the one gaining it (not one merely saying something about it).
      if (TokenId g = governing_predicate(h); g != no_token && !lexicon_.attribution_of(view_, g))
        return surface_subject(g, implicit, depth + 1);
      return no_token;
    }
    return h;
  }
  return no_token;
}

TokenId ArgumentFinder::agent(TokenId v, bool* implicit) const {
  if (view_.is_passive(v)) {
    if (TokenId a = view_.first_child(v, "obl:agent", true); a != no_token) return a;
    for (TokenId c : view_.children_with(v, "obl"))
      if (view_.marker(c) == "by") return c;
    return no_token;
  }
  return surface_subject(v, implicit);
}

TokenId ArgumentFinder::patient(TokenId v, bool* implicit) const {
  if (view_.is_passive(v)) return surface_subject(v, implicit);
  if (TokenId o = view_.first_child(v, "obj"); o != no_token) return o;
  // An indirect object without a direct one is an object the parser mislabelled
  // ("urged China to stop ...").
  if (TokenId o = view_.first_child(v, "iobj"); o != no_token) return o;
  // "missiles North Korea launched": the relative clause's noun is its object.
  if (view_.deprel(v) == "acl:relcl" && clause_subject(v) != no_token) {
    const TokenId h = view_.head(v);
    if (h != no_token) {
      if (implicit) *implicit = true;
      return h;
    }
  }
  return no_token;
}

TokenId ArgumentFinder::governing_predicate(TokenId t) const {
  const TokenId n = view_.first_conjunct(t);
  const TokenId h = view_.head(n);
  if (h == no_token) return no_token;
  const auto rel = view_.base(n);
  if (rel != "obj" && rel != "obl" && rel != "nsubj" && rel != "iobj" && rel != "xcomp") return no_token;
  if (rel == "nsubj" && view_.deprel(n) != "nsubj:pass") return no_token;
  const auto& upos = view_.upos(h);
  if (view_.is_verbal(h) || upos == "ADJ") return h;
  return no_token;
}

Found ArgumentFinder::phrases(TokenId t, const std::string& marker) const {
  Found found;
  for (TokenId c : view_.children(t)) {
    const auto rel = view_.base(c);
    if (view_.deprel(c) == "nmod:poss") continue;
    if ((rel == "obl" || rel == "nmod") && view_.marker(c) == marker) found.tokens.push_back(c);
  }
  // "call on Russia": the preposition parsed as a particle, the object as obj.
  if (found.tokens.empty() && view_.is_verbal(t)) {
    for (TokenId p : view_.children_with(t, "compound:prt", true))
      if (view_.lemma(p) == marker)
        if (TokenId o = view_.first_child(t, "obj"); o != no_token) found.tokens.push_back(o);
  }
  // A phrase of an event noun is often attached to the verb governing the noun
  // ("imposed sanctions on X", "criticized X for its support ..."): take the verb's
  // phrases that follow the noun.
  if (found.tokens.empty() && view_.acts_nominal(t)) {
    const TokenId g = governing_predicate(t);
    if (g != no_token) {
      for (TokenId c : view_.children_with(g, "obl"))
        if (c > t && view_.marker(c) == marker) found.tokens.push_back(c);
      found.implicit = !found.tokens.empty();
    }
  }
  return found;
}

std::vector<TokenId> ArgumentFinder::content_clauses(TokenId t, CueKind kind) const {
  std::vector<TokenId> out;
  for (TokenId c : view_.children(t)) {
    const auto rel = view_.base(c);
    if (rel == "ccomp") out.push_back(c);
    // "the allegation that Russia planned ...": a noun's content clause.
    if (kind == CueKind::noun && rel == "acl" && clause_subject(c) != no_token &&
        (view_.deprel(c) != "acl:relcl" || is_content_clause(t, c)))
      out.push_back(c);
    // 'She warned: "..."' with the quote after the verb.
    if (kind == CueKind::verb && rel == "parataxis" && c > t) out.push_back(c);
  }
  // "rejected a U.S. allegation that Russia planned ...", the clause attached to the
  // verb: a claim noun's content clause right after it.
  if (kind == CueKind::noun)
    if (TokenId clause = detached_content(t); clause != no_token) out.push_back(clause);
  // '"The DPRK will ...," she warned': the quote is the head, the speech verb parataxis.
  if (out.empty() && kind == CueKind::verb && view_.base(t) == "parataxis") {
    const TokenId h = view_.head(t);
    if (h != no_token && h < t) out.push_back(h);
  }
  return out;
}

std::vector<TokenId> ArgumentFinder::content_subjects(TokenId t, CueKind kind) const {
  std::vector<TokenId> out;
  for (TokenId clause : content_clauses(t, kind)) {
    // The clause's logical subject: in "alleging that they are brainwashed" the
    // soldiers are not the accused; a passive clause names its actor in a by-phrase.
    const TokenId s = view_.is_passive(clause) ? agent(clause) : clause_subject(clause);
    if (s != no_token) out.push_back(s);
  }
  return out;
}

bool ArgumentFinder::is_content_clause(TokenId noun, TokenId clause) const {
  // "the accusation that exercises provoke North Korea" misparsed as a relative clause
  // (its "that" taken for a relative pronoun): a claim noun's "that" clause with a
  // subject of its own is its content.
  if (!lexicon_.attribution_of(view_, noun) || clause_subject(clause) == no_token) return false;
  for (TokenId c : view_.children(clause))
    if (view_.lemma(c) == "that" && c == noun + 1) return true;
  return false;
}

TokenId ArgumentFinder::detached_content(TokenId noun) const {
  const TokenId v = view_.head(noun);
  if (v == no_token || view_.base(noun) != "obj" || !lexicon_.attribution_of(view_, noun)) return no_token;
  for (TokenId c : view_.children_with(v, "ccomp"))
    for (TokenId m : view_.children_with(c, "mark"))
      if (view_.lemma(m) == "that" && m == noun + 1) return c;
  return no_token;
}

TokenId ArgumentFinder::claim_noun_of(TokenId clause) const {
  const TokenId v = view_.head(clause);
  if (v == no_token || view_.base(clause) != "ccomp") return no_token;
  for (TokenId n : view_.children_with(v, "obj"))
    if (detached_content(n) == clause) return n;
  return no_token;
}

std::vector<TokenId> ArgumentFinder::predicated(TokenId t) const {
  std::vector<TokenId> out;
  for (TokenId a : view_.children_with(t, "appos")) out.push_back(a);
  if (!out.empty()) return out;
  // "U.S. allies, particularly Japan and South Korea" with the names attached elsewhere:
  // a comma, perhaps a focusing word, then a name right after the noun.
  if (TokenId named = named_after(t); named != no_token) return {named};
  // "South Korea and Japan, both allies of Washington" with the noun attached elsewhere.
  if (TokenId named = named_before(t); named != no_token) return {named};
  const TokenId h = view_.head(t);
  const auto rel = view_.base(t);
  if (h != no_token && rel == "appos") return {h};
  // "North Korean leader Kim Jong Un": the title is a compound of the name.
  if (h != no_token && (rel == "compound" || rel == "flat") && view_.is_nominal(h)) return {h};
  // Copula: "Russia is a member of ...", "South Korea remains critical of ...".
  if (TokenId s = clause_subject(t); s != no_token) return {s};
  if (h != no_token && rel == "xcomp") {
    if (TokenId o = view_.first_child(h, "obj"); o != no_token) return {o};
    if (TokenId s = surface_subject(h); s != no_token) return {s};
  }
  // "As a permanent member of the Security Council, Russia has ...".
  if (h != no_token && view_.marker(t) == "as" && (view_.is_verbal(h) || view_.upos(h) == "ADJ"))
    if (TokenId s = surface_subject(h); s != no_token) return {s};
  return out;
}

Found ArgumentFinder::find(TokenId t, const Cue& cue, const Role& role) const {
  Found found;
  auto one = [&](TokenId token) {
    if (token != no_token) found.tokens.push_back(token);
  };
  switch (role.kind) {
    case RoleKind::agent:
      if (cue.kind == CueKind::adj) {
        one(clause_subject(t));
      } else {
        one(agent(t, &found.implicit));
      }
      break;
    case RoleKind::patient:
    case RoleKind::patient_owner:
      one(patient(t, &found.implicit));
      break;
    case RoleKind::iobj:
      one(view_.first_child(t, "iobj"));
      break;
    case RoleKind::prep:
      if (!cue.words.preposition.empty()) found = phrases(t, cue.words.preposition);
      break;
    case RoleKind::prep_named:
      // The passive's by-phrase is its agent, never a "by" argument.
      if (!(role.preposition == "by" && cue.kind == CueKind::verb && view_.is_passive(t))) found = phrases(t, role.preposition);
      break;
    case RoleKind::content:
      found.tokens = content_subjects(t, cue.kind);
      break;
    case RoleKind::poss:
      found.tokens = view_.children_with(t, "nmod:poss", true);
      // "Iran's drone attacks" with the possessor hung on the compound.
      if (found.tokens.empty())
        for (TokenId c : view_.children_with(t, "compound", true))
          for (TokenId p : view_.children_with(c, "nmod:poss", true)) found.tokens.push_back(p);
      break;
    case RoleKind::mod:
      for (TokenId c : view_.children(t))
        if (view_.base(c) == "amod" || view_.base(c) == "compound") found.tokens.push_back(c);
      break;
    case RoleKind::compound:
      found.tokens = view_.children_with(t, "compound", true);
      break;
    case RoleKind::of_owner:
      found = phrases(t, "of");
      break;
    case RoleKind::predicated:
      found.tokens = predicated(t);
      break;
    case RoleKind::governor: {
      const TokenId g = governing_predicate(t);
      if (g != no_token && lexicon_.is_support_verb(view_, g, view_.first_conjunct(t))) {
        found.implicit = true;
        one(agent(g, &found.implicit));
      }
      break;
    }
    case RoleKind::recipient: {
      const TokenId n = view_.first_conjunct(t);
      const TokenId g = governing_predicate(t);
      found.implicit = true;
      if (g != no_token && lexicon_.is_recipient_governor(view_, g, n)) {
        one(view_.upos(g) == "ADJ" ? clause_subject(g) : surface_subject(g));
      } else if (view_.marker(n) == "under") {
        // "North Korea has been under U.N. sanctions": the noun is the predicate.
        if (TokenId s = clause_subject(n); s != no_token)
          one(s);
        else if (TokenId h = view_.head(n); h != no_token && view_.is_verbal(h))
          one(surface_subject(h));
      }
      break;
    }
    case RoleKind::between:
      found = phrases(t, "between");
      if (found.tokens.empty()) found = phrases(t, "among");
      break;
  }
  return found;
}

}  // namespace kg::relations
