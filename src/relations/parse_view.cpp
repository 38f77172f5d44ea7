#include "relations/parse_view.hpp"

#include <algorithm>

namespace kg::relations {

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

ParseView::ParseView(const Doc& doc) : doc_(doc), children_(doc.tokens.size()), sentence_(doc.tokens.size(), 0) {
  lemmas_.reserve(doc.tokens.size());
  for (TokenId t = 0; t < doc.tokens.size(); ++t) {
    const auto& token = doc.tokens[t];
    lemmas_.push_back(lower_ascii(token.lemma.empty() || token.lemma == "_" ? token.form : token.lemma));
    if (token.head >= 0 && static_cast<std::size_t>(token.head) < doc.tokens.size())
      children_[static_cast<std::size_t>(token.head)].push_back(t);
  }
  for (std::size_t s = 0; s < doc.sentences.size(); ++s)
    for (std::size_t t = doc.sentences[s].begin; t < doc.sentences[s].end && t < doc.tokens.size(); ++t) sentence_[t] = s;
}

TokenId ParseView::head(TokenId t) const {
  const int h = doc_.tokens[t].head;
  return h < 0 || static_cast<std::size_t>(h) >= doc_.tokens.size() ? no_token : static_cast<TokenId>(h);
}

std::string_view ParseView::base(TokenId t) const {
  std::string_view rel = doc_.tokens[t].deprel;
  return rel.substr(0, rel.find(':'));
}

bool ParseView::has_feature(TokenId t, std::string_view feature) const {
  std::string_view feats = doc_.tokens[t].feats;
  while (!feats.empty()) {
    const auto bar = feats.find('|');
    if (feats.substr(0, bar) == feature) return true;
    if (bar == std::string_view::npos) break;
    feats.remove_prefix(bar + 1);
  }
  return false;
}

std::vector<TokenId> ParseView::children_with(TokenId t, std::string_view rel, bool exact) const {
  std::vector<TokenId> out;
  const bool whole = exact || rel.find(':') != std::string_view::npos;
  for (TokenId c : children_[t])
    if (whole ? deprel(c) == rel : base(c) == rel) out.push_back(c);
  return out;
}

TokenId ParseView::first_child(TokenId t, std::string_view rel, bool exact) const {
  const bool whole = exact || rel.find(':') != std::string_view::npos;
  for (TokenId c : children_[t])
    if (whole ? deprel(c) == rel : base(c) == rel) return c;
  return no_token;
}

std::string ParseView::marker(TokenId t) const {
  for (TokenId c : children_[t]) {
    const auto rel = base(c);
    if (rel != "case" && rel != "mark") continue;
    if (lemma(c) == "'s" || lemma(c) == "'") continue;
    std::string word = lemma(c);
    for (TokenId f : children_with(c, "fixed")) word += " " + lemma(f);
    return word;
  }
  return {};
}

std::vector<TokenId> ParseView::conjuncts(TokenId t) const {
  std::vector<TokenId> out;
  for (TokenId c : children_with(t, "conj")) {
    out.push_back(c);
    auto more = conjuncts(c);
    out.insert(out.end(), more.begin(), more.end());
  }
  return out;
}

TokenId ParseView::first_conjunct(TokenId t) const {
  std::size_t guard = 0;
  while (base(t) == "conj" && head(t) != no_token && guard++ < size()) t = head(t);
  return t;
}

bool ParseView::is_verbal(TokenId t) const {
  const auto& u = upos(t);
  return u == "VERB" || (u == "AUX" && base(t) != "aux" && base(t) != "cop");
}

bool ParseView::is_nominal(TokenId t) const {
  const auto& u = upos(t);
  return u == "NOUN" || u == "PROPN" || u == "PRON" || u == "NUM";
}

bool ParseView::acts_nominal(TokenId t) const {
  if (is_nominal(t)) return true;
  const auto rel = base(t);
  if (rel != "obj" && rel != "nsubj" && rel != "iobj" && rel != "obl" && rel != "nmod") return false;
  for (TokenId c : children_[t]) {
    const auto& r = deprel(c);
    if (r == "nmod:poss" || r == "det" || r == "compound" || r == "case") return true;
  }
  return false;
}

bool ParseView::is_passive(TokenId t) const {
  for (TokenId c : children_[t]) {
    const auto& rel = deprel(c);
    if (rel == "aux:pass" || rel == "nsubj:pass" || rel == "csubj:pass") return true;
  }
  // "troops stationed in Russia": a past participle modifying a noun.
  if ((base(t) == "acl") && deprel(t) != "acl:relcl" && has_feature(t, "VerbForm=Part") && !has_feature(t, "Tense=Pres"))
    return true;
  return false;
}

TokenId ParseView::leftmost(TokenId t) const {
  TokenId first = t;
  std::vector<TokenId> stack{t};
  std::size_t guard = 0;
  while (!stack.empty() && guard++ < size()) {
    const TokenId x = stack.back();
    stack.pop_back();
    first = std::min(first, x);
    for (TokenId c : children_[x]) stack.push_back(c);
  }
  return first;
}

std::vector<std::string> lemma_candidates(const ParseView& view, TokenId t) {
  std::vector<std::string> out{view.lemma(t)};
  const std::string form = lower_ascii(view.token(t).form);
  auto add = [&](std::string s) {
    if (s.size() > 1 && std::find(out.begin(), out.end(), s) == out.end()) out.push_back(std::move(s));
  };
  add(form);
  auto strip = [&](std::string_view suffix, std::string_view replacement) {
    if (form.size() > suffix.size() + 1 && form.ends_with(suffix))
      add(form.substr(0, form.size() - suffix.size()) + std::string(replacement));
  };
  strip("ies", "y");
  strip("es", "");
  strip("s", "");
  strip("ied", "y");
  strip("ed", "");
  strip("d", "");
  strip("ing", "");
  strip("ing", "e");
  // Doubled final consonant: "slammed" -> slam.
  for (std::string_view suffix : {"ed", "ing"})
    if (form.size() > suffix.size() + 2 && form.ends_with(suffix)) {
      const std::string stem = form.substr(0, form.size() - suffix.size());
      if (stem[stem.size() - 1] == stem[stem.size() - 2]) add(stem.substr(0, stem.size() - 1));
    }
  return out;
}

}  // namespace kg::relations
