// Coreference ("coref"): pronouns and definite descriptions resolved to the entities of
// the document by a sequence of sieves, most precise first (after Lee et al. 2013,
// "Deterministic coreference resolution based on entity-centric, precision-ranked rules"):
//   1. descriptions naming the entity ("the council" -> UN Security Council,
//      "the ministry" -> Ministry of Unification, "the ambassador" -> the person so titled);
//   2. descriptions of a state ("the country", "the regime", "the nation");
//   3. pronouns, by agreement (number, gender, animacy from the entity type) and
//      salience (recency, subjects of the previous sentence, parallel roles).
// Partial names ("Shea", "Kim") are resolved earlier, by the linker.
#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "entities/person_name.hpp"
#include "entities/text_util.hpp"
#include "kg/entities.hpp"

namespace kg {
namespace {

using entities::lower;

enum class Number { singular, plural };
enum class Gender { unknown, male, female };

struct Pronoun {
  Number number;
  Gender gender;
  bool person;  // he/she; it is never a person; they may be a group
};

std::optional<Pronoun> pronoun(std::string_view word) {
  static const std::map<std::string, Pronoun, std::less<>> table{
      {"he", {Number::singular, Gender::male, true}},        {"him", {Number::singular, Gender::male, true}},
      {"his", {Number::singular, Gender::male, true}},       {"himself", {Number::singular, Gender::male, true}},
      {"she", {Number::singular, Gender::female, true}},     {"her", {Number::singular, Gender::female, true}},
      {"hers", {Number::singular, Gender::female, true}},    {"herself", {Number::singular, Gender::female, true}},
      {"it", {Number::singular, Gender::unknown, false}},    {"its", {Number::singular, Gender::unknown, false}},
      {"itself", {Number::singular, Gender::unknown, false}}, {"they", {Number::plural, Gender::unknown, false}},
      {"them", {Number::plural, Gender::unknown, false}},    {"their", {Number::plural, Gender::unknown, false}},
      {"theirs", {Number::plural, Gender::unknown, false}},  {"themselves", {Number::plural, Gender::unknown, false}},
  };
  auto it = table.find(word);
  if (it == table.end()) return std::nullopt;
  return it->second;
}

// Head nouns of descriptions that denote a state.
bool state_noun(std::string_view w) {
  return w == "country" || w == "nation" || w == "regime" || w == "government" || w == "kingdom" || w == "republic";
}
struct Candidate {
  std::size_t mention = 0;
  std::size_t sentence = 0;
  bool subject = false;
  bool group = false;  // a plural group acting for its state: "North Korean troops", "Russians"
};

class Resolution {
 public:
  Resolution(Doc& doc, const Gazetteer& gazetteer) : doc_(doc), gaz_(gazetteer) {}

  void run() {
    index_ = mention_index(doc_);
    described_ = descriptions_in_text();
    std::vector<Mention> added;
    for (std::size_t s = 0; s < doc_.sentences.size(); ++s) {
      const auto& sentence = doc_.sentences[s];
      for (std::size_t i = sentence.begin; i < sentence.end; ++i) {
        if (index_[i] >= 0) continue;
        std::optional<Mention> m = description(s, i);
        if (!m) m = pronoun_mention(s, i);
        if (!m) continue;
        for (auto t = m->begin; t < m->end; ++t) index_[t] = -2;  // taken (not yet in doc.mentions)
        resolved_.push_back(*m);
        i = m->end - 1;
      }
    }
    for (auto& m : resolved_) doc_.mentions.push_back(std::move(m));
    std::stable_sort(doc_.mentions.begin(), doc_.mentions.end(), [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  }

 private:
  std::string low(std::size_t i) const { return lower(doc_.tokens[i].form); }
  const Entity& entity_of(const Mention& m) const { return doc_.entities[static_cast<std::size_t>(m.entity)]; }

  // The token heading a span: the one whose head lies outside it.
  std::size_t head_of(std::size_t begin, std::size_t end) const {
    for (auto i = begin; i < end; ++i) {
      const int h = doc_.tokens[i].head;
      if (h < 0 || static_cast<std::size_t>(h) < begin || static_cast<std::size_t>(h) >= end) return i;
    }
    return end - 1;
  }
  // The noun phrase a mention belongs to: from "North Korean" up to "troops".
  std::size_t governor(std::size_t token) const {
    for (int guard = 0; guard < 4; ++guard) {
      const auto& t = doc_.tokens[token];
      if (t.head < 0) break;
      // An apposition shares the role of the noun it renames ("President, Ousmane Ndiaye, was").
      if (t.deprel != "amod" && t.deprel != "compound" && t.deprel != "nmod:poss" && t.deprel != "flat" && t.deprel != "appos")
        break;
      token = static_cast<std::size_t>(t.head);
    }
    return token;
  }
  bool noun_at(std::size_t token, std::size_t end) const {
    if (token >= end) return false;
    const auto& t = doc_.tokens[token];
    if (t.upos.empty()) return !t.form.empty() && entities::is_lower_ascii(t.form.front()) && !pronoun(t.form);
    return t.upos == "NOUN" || t.upos == "PROPN";
  }
  bool subject(std::size_t token) const { return doc_.tokens[token].deprel.starts_with("nsubj"); }

  Candidate candidate(std::size_t k, const Mention& m) const {
    Candidate c;
    c.mention = k;
    c.sentence = doc_.sentence_of(m.begin);
    const std::size_t head = head_of(m.begin, m.end);
    const std::size_t np = governor(head);
    c.subject = subject(np) || (doc_.tokens[head].deprel.empty() && m.begin == doc_.sentences[c.sentence].begin);
    if (m.type == "State") {
      const auto& t = doc_.tokens[np];
      const bool plural_head = np != head && (t.xpos == "NNS" || t.xpos == "NNPS" || gaz_.agent(lower(t.form)));
      const bool plural_name = m.source == std::string(mention_source::demonym) && doc_.tokens[m.end - 1].form.ends_with("s");
      c.group = plural_head || plural_name;
    }
    return c;
  }

  bool possessor(const Mention& m) const {
    if (m.end < doc_.tokens.size() && (doc_.tokens[m.end].form == "'s" || doc_.tokens[m.end].form == "'")) return true;
    return doc_.tokens[head_of(m.begin, m.end)].deprel == "nmod:poss";
  }

  // All mentions resolved so far before token `before`, within `window` sentences.
  std::vector<Candidate> candidates(std::size_t sentence, std::size_t before, std::size_t window) const {
    std::vector<Candidate> out;
    const auto consider = [&](std::size_t k, const Mention& m) {
      if (m.entity < 0 || m.end > before) return;
      const auto s = doc_.sentence_of(m.begin);
      if (s + window < sentence) return;
      out.push_back(candidate(k, m));
    };
    for (std::size_t k = 0; k < doc_.mentions.size(); ++k) consider(k, doc_.mentions[k]);
    for (std::size_t k = 0; k < resolved_.size(); ++k) consider(doc_.mentions.size() + k, resolved_[k]);
    return out;
  }
  const Mention& mention(std::size_t k) const {
    return k < doc_.mentions.size() ? doc_.mentions[k] : resolved_[k - doc_.mentions.size()];
  }

  // Sieves 1 and 2: "the [modifiers] NOUN" naming an entity of the document.
  std::optional<Mention> description(std::size_t s, std::size_t i) {
    const auto& sentence = doc_.sentences[s];
    if (low(i) != "the") return std::nullopt;
    // "the [a few modifiers] NOUN", the noun ending the phrase.
    std::size_t h = i + 1;
    for (;; ++h) {
      if (h >= sentence.end || h > i + 6 || index_[h] != -1) return std::nullopt;
      const std::string w = low(h);
      if ((state_noun(w) || entities::organization_noun(w) || gaz_.title(w) || described_noun(w)) && !noun_at(h + 1, sentence.end))
        break;
      const auto& u = doc_.tokens[h].upos;
      const bool hyphen = w == "-" && h > i + 1 && doc_.tokens[h - 1].end == doc_.tokens[h].start;  // "15 - member"
      const bool modifier = hyphen || (u.empty() ? entities::is_lower_ascii(w.front()) || std::isdigit(static_cast<unsigned char>(w.front()))
                                                 : (u == "ADJ" || u == "NUM" || u == "NOUN" || u == "VERB"));
      if (!modifier) return std::nullopt;
    }
    const std::string noun = low(h);
    // An explicit owner follows ("the government of Japan"): not a description to resolve.
    if (h + 1 < sentence.end && low(h + 1) == "of") return std::nullopt;
    if (index_[h] != -1) return std::nullopt;
    const auto found = candidates(s, i, 6);
    std::optional<std::size_t> best;
    if (state_noun(noun)) {
      double top = -1e9;
      for (const auto& c : found) {
        const Mention& m = mention(c.mention);
        if (m.type != "State") continue;
        double score = -static_cast<double>(s - c.sentence) + (c.subject ? 0.5 : 0.0) + 0.001 * static_cast<double>(m.begin);
        if (score > top) top = score, best = c.mention;
      }
    } else {
      // The most recent entity whose name (or title) has the noun: "the council".
      const bool person = gaz_.title(noun) != nullptr && !entities::organization_noun(noun);
      for (const auto& c : found) {
        const Mention& m = mention(c.mention);
        const Entity& e = entity_of(m);
        std::string words = lower(e.label);
        // "the network" after "The network, which investigators call the Kufra Line".
        const bool described = described_.contains({m.entity, noun});
        if (!described) {
          if (person) {
            if (m.type != "Person") continue;
            words = title_words(m.entity);
          } else if (m.type != "Organization") {
            continue;
          }
          if (!contains_word(words, noun)) continue;
        }
        if (!best || mention(*best).begin < m.begin) best = c.mention;
      }
      // "the bloc", "the alliance": the international organization just named.
      if (!best && (noun == "bloc" || noun == "alliance" || noun == "organization" || noun == "organisation")) {
        for (const auto& c : found) {
          const Mention& m = mention(c.mention);
          if (m.type != "Organization" || s - c.sentence > 1) continue;
          const auto entry = gaz_.find_id(entity_of(m).id);
          if (!entry || gaz_.entry(*entry).attributes.contains("part_of")) continue;
          if (!best || mention(*best).begin < m.begin) best = c.mention;
        }
      }
    }
    if (!best) return std::nullopt;
    const Mention& target = mention(*best);
    return Mention{i, h + 1, target.type, target.entity, mention_source::coref, 0.7};
  }

  // What the text calls its named entities, (entity, lower-case noun): "Kant, an air
  // base" (base), "the Kufra Line, an arms network" (network), "The network, which
  // investigators call the Kufra Line" (network), "X is a militia" (militia).
  std::set<std::pair<int, std::string>> descriptions_in_text() const {
    std::set<std::pair<int, std::string>> out;
    const auto noun = [&](int t) { return t >= 0 && doc_.tokens[static_cast<std::size_t>(t)].upos == "NOUN"; };
    const auto word = [&](int t) { return lower(doc_.tokens[static_cast<std::size_t>(t)].form); };
    for (const auto& m : doc_.mentions) {
      if (m.entity < 0 || m.source == std::string(mention_source::coref) || m.type == "Person") continue;
      const std::size_t head = head_of(m.begin, m.end);
      const Token& h = doc_.tokens[head];
      // Appositions both ways: "NAME, a NOUN" and "the NOUN, NAME".
      const Sentence& sentence = doc_.sentences[doc_.sentence_of(head)];
      for (std::size_t t = sentence.begin; t < sentence.end; ++t)
        if (doc_.tokens[t].head == static_cast<int>(head) && doc_.tokens[t].deprel == "appos" && noun(static_cast<int>(t)))
          out.emplace(m.entity, word(static_cast<int>(t)));
      if (h.deprel == "appos" && noun(h.head)) out.emplace(m.entity, word(h.head));
      // "X is a NOUN".
      if (h.deprel.starts_with("nsubj") && noun(h.head)) out.emplace(m.entity, word(h.head));
      // "the NOUN, which they call NAME".
      if (h.head >= 0 && (h.deprel == "obj" || h.deprel == "xcomp" || h.deprel == "obl")) {
        const Token& verb = doc_.tokens[static_cast<std::size_t>(h.head)];
        const bool naming = verb.lemma == "call" || verb.lemma == "name" || verb.lemma == "dub" || verb.lemma == "know";
        if (naming && verb.deprel.starts_with("acl") && noun(verb.head)) out.emplace(m.entity, word(verb.head));
      }
    }
    return out;
  }
  bool described_noun(const std::string& w) const {
    return std::any_of(described_.begin(), described_.end(), [&](const auto& d) { return d.second == w; });
  }

  // A person's gender as the text shows it: pronouns already resolved to them, a
  // gendered title ("spokeswoman"), a common given name ("Dorothy").
  Gender gender_of(const Entity& e) const {
    if (auto g = gender_.find(e.id); g != gender_.end()) return g->second;
    const auto from = [](char c) { return c == 'm' ? Gender::male : c == 'f' ? Gender::female : Gender::unknown; };
    if (auto t = e.attributes.find("title"); t != e.attributes.end()) {
      const std::string last = lower(t->second.substr(t->second.rfind(' ') + 1));
      if (const TitleInfo* info = gaz_.title(last); info && info->gender != '-') return from(info->gender);
    }
    return from(gaz_.given_name(e.label.substr(0, e.label.find(' '))));
  }

  // The words of a person's title: its "title" attribute (set by the roles stage), else
  // the words just before its mentions ("Ambassador Kim Song", "leader Kim Jong Un").
  std::string title_words(int entity) const {
    const Entity& e = doc_.entities[static_cast<std::size_t>(entity)];
    if (auto t = e.attributes.find("title"); t != e.attributes.end()) return lower(t->second);
    std::string out;
    for (const auto& m : doc_.mentions) {
      if (m.entity != entity || m.begin == 0) continue;
      std::size_t p = m.begin;
      if (doc_.tokens[p - 1].form == "," && p > 1) --p;
      if (const std::size_t k = entities::title_ending_at(doc_, gaz_, p, 0); k > 0)
        out += entities::lower_words(doc_, p - k, p) + " ";
    }
    return out;
  }

  static bool contains_word(const std::string& words, const std::string& word) {
    std::size_t pos = 0;
    while ((pos = words.find(word, pos)) != std::string::npos) {
      const bool start = pos == 0 || words[pos - 1] == ' ';
      const bool end = pos + word.size() == words.size() || words[pos + word.size()] == ' ';
      if (start && end) return true;
      ++pos;
    }
    return false;
  }

  // "it is likely that", "it was reported": it stands for no entity.
  bool pleonastic(std::size_t s, std::size_t i) const {
    const auto& t = doc_.tokens[i];
    if (t.deprel == "expl") return true;
    // "denied it", "confirmed it": the object of a verb of saying or knowing is a claim.
    if (t.deprel == "obj" && t.head >= 0) {
      static constexpr std::string_view kVerbs[] = {"deny", "confirm", "say", "reject", "dispute", "know", "believe",
                                                    "call", "describe", "consider", "doubt", "admit", "acknowledge"};
      const auto& verb = doc_.tokens[static_cast<std::size_t>(t.head)].lemma;
      if (std::find(std::begin(kVerbs), std::end(kVerbs), verb) != std::end(kVerbs)) return true;
    }
    const auto& sentence = doc_.sentences[s];
    if (i + 1 >= sentence.end) return false;
    const std::string next = low(i + 1);
    if (next != "is" && next != "was" && next != "seems" && next != "appears" && next != "remains" && next != "has" &&
        next != "'s")
      return false;
    for (std::size_t k = i + 2; k < sentence.end && k < i + 8; ++k)
      if (low(k) == "that" || low(k) == "to" || low(k) == "whether") return true;
    return false;
  }

  // Sieve 3: pronouns.
  std::optional<Mention> pronoun_mention(std::size_t s, std::size_t i) {
    const auto& t = doc_.tokens[i];
    const auto p = pronoun(low(i));
    if (!p) return std::nullopt;
    if (!t.upos.empty() && t.upos != "PRON" && t.upos != "DET") return std::nullopt;
    if ((low(i) == "it") && pleonastic(s, i)) return std::nullopt;
    const bool pronoun_subject = subject(i);
    const std::size_t window = p->person ? 3 : 1;
    std::optional<std::size_t> best;
    double top = -1e9;
    for (const auto& c : candidates(s, i, window)) {
      const Mention& m = mention(c.mention);
      const Entity& e = entity_of(m);
      double score = 0.0;
      if (p->person) {
        if (m.type != "Person") continue;
        const Gender known = gender_of(e);
        if (known != Gender::unknown && known != p->gender) continue;
      } else if (p->number == Number::singular) {
        // "it" is mostly a thing or a proposition; it is resolved only to the actors a
        // relation can have: states and organizations.
        if (m.type != "State" && m.type != "Organization") continue;
        if (c.group) continue;
      } else {
        if (!c.group) continue;  // they: a group acting for a state
      }
      // Binding: "Kim criticized him" - an object pronoun is not its clause's subject.
      if (t.head >= 0 && (t.deprel == "obj" || t.deprel == "iobj") && c.subject &&
          doc_.tokens[head_of(m.begin, m.end)].head == t.head)
        continue;
      const double distance = static_cast<double>(s - c.sentence);
      score -= distance;
      if (c.sentence == s) score -= 0.01 * static_cast<double>(i - m.end);
      const bool possessive_pronoun = t.feats.find("Poss=Yes") != std::string::npos || low(i) == "its" ||
                                      low(i) == "his" || low(i) == "their";
      if (c.subject) score += c.sentence == s ? (possessive_pronoun ? 0.1 : 0.3) : 0.8;
      // "the regime's disregard ... and its drive": a possessive pronoun echoes a possessor.
      if (possessive_pronoun && c.sentence == s && possessor(m)) score += 0.2;
      if (c.subject && pronoun_subject) score += 0.2;
      if (score > top) top = score, best = c.mention;
    }
    if (!best) return std::nullopt;
    const Mention& target = mention(*best);
    if (p->person && p->gender != Gender::unknown) gender_.emplace(entity_of(target).id, p->gender);
    return Mention{i, i + 1, target.type, target.entity, mention_source::coref, 0.6};
  }

  Doc& doc_;
  const Gazetteer& gaz_;
  std::vector<int> index_;
  std::set<std::pair<int, std::string>> described_;
  std::vector<Mention> resolved_;
  std::map<std::string, Gender> gender_;
};

}  // namespace

Coreference Coreference::load_default() { return Coreference(Gazetteer::load_default()); }

void Coreference::process(Doc& doc) const { Resolution(doc, *gazetteer_).run(); }

}  // namespace kg
