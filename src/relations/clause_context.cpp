#include "relations/clause_context.hpp"

#include <algorithm>

namespace kg::relations {
namespace {

constexpr int max_steps = 12;

bool finite_or_subjected(const ParseView& view, const ArgumentFinder& finder, TokenId v) {
  if (finder.clause_subject(v) != no_token) return true;
  for (TokenId c : view.children_with(v, "aux"))
    if (view.lemma(c) != "to") return true;
  return view.has_feature(v, "VerbForm=Fin");
}

}  // namespace

bool ContextReader::negates(TokenId t) const {
  for (TokenId c : view_.children(t)) {
    const auto rel = view_.base(c);
    if (rel != "advmod" && rel != "det" && rel != "aux" && rel != "neg" && rel != "mark" && rel != "case") continue;
    const auto& l = view_.lemma(c);
    if (lexicon_.is_negation_word(l) || (rel != "mark" && rel != "case" && view_.has_feature(c, "Polarity=Neg"))) return true;
  }
  return false;
}

void ContextReader::local_modality(TokenId t, std::vector<Modality>& found, bool& would) const {
  for (TokenId c : view_.children(t)) {
    const auto rel = view_.base(c);
    if (rel != "aux" && rel != "advmod" && rel != "mark") continue;
    // "said the United States would keep supporting Ukraine": reported speech puts
    // "will" into "would"; decided once the clause is known to be reported.
    if (rel == "aux" && view_.lemma(c) == "would") {
      would = true;
      continue;
    }
    if (auto m = lexicon_.modality_of(view_, c)) found.push_back(*m);
  }
}

int ContextReader::speaker_of(TokenId speech) const {
  TokenId who = no_token;
  if (view_.is_verbal(speech)) {
    who = finder_.agent(speech);
  } else if (view_.is_nominal(speech)) {
    // "a U.S. allegation", "Moscow's accusation", "U.S. claims", "X made the claim".
    who = view_.first_child(speech, "nmod:poss", true);
    if (who == no_token)
      for (TokenId c : view_.children(speech))
        if ((view_.base(c) == "compound" || view_.base(c) == "amod") && resolver_.in_mention(c)) {
          who = c;
          break;
        }
    if (who == no_token)
      if (auto by = finder_.phrases(speech, "by"); !by.tokens.empty()) who = by.tokens.front();
    if (who == no_token)
      if (TokenId g = finder_.governing_predicate(speech); g != no_token) who = finder_.agent(g);
  } else {
    who = finder_.clause_subject(speech);
  }
  if (who == no_token) return -1;
  auto refs = resolver_.resolve(who);
  return refs.empty() ? -1 : refs.front().entity;
}

ClauseContext ContextReader::read(TokenId trigger) const {
  ClauseContext context;
  std::vector<Modality> modalities;
  bool negative = false;
  bool claim_alleged = false;
  bool would = false;
  auto attribute = [&](TokenId speech) {
    const AttributionCue* cue = lexicon_.attribution_of(view_, speech);
    context.speech = speech;
    context.attributed_to = speaker_of(speech);
    claim_alleged = cue && cue->modality == Modality::alleged;
    // "denied that it supplied ...": the claim is the negation.
    if (view_.is_verbal(speech) && lexicon_.is_negation_word(view_.lemma(speech))) negative = !negative;
  };
  // "according to U.S. officials, ...": an attribution phrase of the clause.
  auto according_to = [&](TokenId clause) {
    for (TokenId c : view_.children(clause)) {
      if (view_.base(c) != "obl" && view_.base(c) != "advmod") continue;
      const auto marker = view_.marker(c);
      if (marker != "according to" && marker != "accord to") continue;
      auto refs = resolver_.resolve(c);
      context.attributed_to = refs.empty() ? -1 : refs.front().entity;
      context.speech = c;
      return true;
    }
    return false;
  };

  TokenId node = trigger;
  bool apply_local = true;
  for (int step = 0; step < max_steps && node != no_token; ++step) {
    const bool verbal = view_.is_verbal(node) || view_.upos(node) == "ADJ" || view_.has_child(node, "cop");
    if (apply_local) {
      if (negates(node)) negative = !negative;
      if (verbal) local_modality(node, modalities, would);
    }
    apply_local = true;
    if (verbal && according_to(node)) break;
    const TokenId h = view_.head(node);
    if (!verbal) {
      // An event noun: its context is that of a support or recipient verb governing it
      // ("called for sanctions"), or the claim it is the topic of ("claims about X").
      const TokenId g = finder_.governing_predicate(node);
      const TokenId n = view_.first_conjunct(node);
      if (g != no_token && (lexicon_.is_support_verb(view_, g, n) || lexicon_.is_recipient_governor(view_, g, n))) {
        if (auto m = lexicon_.modality_of(view_, g, n)) modalities.push_back(*m);
        node = g;
        continue;
      }
      const TokenId nh = view_.head(n);
      if (nh != no_token && view_.base(n) == "nmod" && lexicon_.attribution_of(view_, nh) &&
          (view_.marker(n) == "about" || view_.marker(n) == "of" || view_.marker(n) == "over"))
        attribute(nh);
      break;
    }
    if (h == no_token) {
      // A quote followed by its speaker: '"...," she warned.'
      for (TokenId p : view_.children_with(node, "parataxis"))
        if (p > trigger && lexicon_.attribution_of(view_, p)) {
          attribute(p);
          break;
        }
      break;
    }
    const auto rel = view_.base(node);
    if (rel == "xcomp") {
      // "urged China to stop supplying Russia", "would keep supporting Ukraine": these
      // verbs take the act as going on; what governs them does not change that.
      const auto& l = view_.lemma(h);
      if (l == "stop" || l == "cease" || l == "quit" || l == "halt" || l == "continue" || l == "keep") break;
      // "refused to condemn", "planned to share", "threatens to ...".
      if (lexicon_.is_negation_word(view_.lemma(h)) && view_.is_verbal(h)) negative = !negative;
      if (auto m = lexicon_.modality_of(view_, h, node)) modalities.push_back(*m);
      node = h;
      continue;
    }
    if (rel == "conj") {
      // Coordinated predicates share the auxiliaries and the clause above, but not a
      // negation of the first ("did not condemn X but praised Y").
      const bool own_clause = finite_or_subjected(view_, finder_, node);
      node = h;
      apply_local = false;
      if (!own_clause) {
        std::vector<Modality> shared;
        local_modality(h, shared, would);
        modalities.insert(modalities.end(), shared.begin(), shared.end());
      }
      continue;
    }
    if (rel == "advcl" || (rel == "obl" && view_.is_verbal(node))) {
      const auto marker = view_.marker(node);
      if (marker == "if" || marker == "unless") {
        modalities.push_back(Modality::possible);
        break;
      }
      // "capable of waging war", "accused X of spreading ...".
      if (auto m = lexicon_.modality_of(view_, h, node)) modalities.push_back(*m);
      if ((marker == "of" || marker == "for") && lexicon_.attribution_of(view_, h)) {
        attribute(h);
        break;
      }
      if (marker == "to" || (marker.empty() && view_.has_feature(node, "VerbForm=Inf"))) {
        modalities.push_back(Modality::planned);  // a purpose, not yet done
        break;
      }
      if (finite_or_subjected(view_, finder_, node)) break;
      node = h;  // a participle shares its clause's context
      continue;
    }
    if (rel == "ccomp" || rel == "csubj") {
      if (TokenId claim = finder_.claim_noun_of(node); claim != no_token) {
        attribute(claim);
      } else if (lexicon_.attribution_of(view_, h)) {
        attribute(h);
      } else if (auto m = lexicon_.modality_of(view_, h, node)) {
        modalities.push_back(*m);
      }
      break;
    }
    if (rel == "parataxis") {
      if (lexicon_.attribution_of(view_, h) && h < node) attribute(h);
      break;
    }
    if (view_.deprel(node) == "acl:relcl") {
      if (finder_.is_content_clause(h, node)) attribute(h);
      break;
    }
    if (rel == "acl") {
      // "a U.S. allegation that Russia planned ...": the claim's owner.
      if (lexicon_.attribution_of(view_, h) && view_.marker(node) == "that") {
        attribute(h);
        break;
      }
      if (lexicon_.attribution_of(view_, h) && finder_.clause_subject(node) != no_token) {
        attribute(h);
        break;
      }
      if (auto m = lexicon_.modality_of(view_, h, node)) modalities.push_back(*m);
      node = h;  // "took the opportunity to congratulate": the noun's clause
      continue;
    }
    break;
  }

  if (would) modalities.push_back(context.speech != no_token ? Modality::planned : Modality::possible);
  context.polarity = negative ? Polarity::negative : Polarity::positive;
  if (std::find(modalities.begin(), modalities.end(), Modality::possible) != modalities.end())
    context.modality = Modality::possible;
  else if (!modalities.empty())
    context.modality = modalities.front();
  else if (claim_alleged)
    context.modality = Modality::alleged;
  return context;
}

}  // namespace kg::relations
