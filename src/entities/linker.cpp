// EntityLinker ("link"): one canonical entity per named thing of a document.
#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "entities/entity_table.hpp"
#include "entities/mention_text.hpp"
#include "entities/text_util.hpp"
#include "kg/entities.hpp"

namespace kg {
namespace {

using entities::lower;

bool function_word(std::string_view w) {
  const std::string l = lower(w);
  return l == "of" || l == "the" || l == "and" || l == "for" || l == "'s" || l == "on" || l == "in" || l == "&" || l == "'";
}

// Letters of an acronym: "U.N." -> "UN".
std::string acronym_letters(std::string_view s) {
  std::string out;
  for (char c : s)
    if (entities::is_upper_ascii(c)) out.push_back(c);
  return out;
}

// Whether `acronym` abbreviates `words`: its letters are initials of the words in order,
// the first letter that of the first content word ("DPRK": Democratic People's Republic of Korea).
bool abbreviates(std::string_view acronym, const std::vector<std::string>& words) {
  const std::string letters = acronym_letters(acronym);
  if (letters.size() < 2 || words.empty()) return false;
  std::string initials, content;
  for (const auto& w : words) {
    if (w.empty()) continue;
    const char c = static_cast<char>(std::toupper(static_cast<unsigned char>(w.front())));
    initials.push_back(c);
    if (!function_word(w)) content.push_back(c);
  }
  if (content.empty() || content.front() != letters.front()) return false;
  if (letters == content) return true;
  std::size_t k = 0;  // letters a subsequence of all initials, covering every content word
  for (char c : initials)
    if (k < letters.size() && c == letters[k]) ++k;
  return k == letters.size() && letters.size() >= content.size();
}

std::string singular(std::string word) {
  if (word.size() > 4 && word.ends_with("oes")) word.resize(word.size() - 2);
  else if (word.size() > 3 && word.back() == 's' && !word.ends_with("ss")) word.pop_back();
  return word;
}

std::string title_case(std::string_view words) {
  std::string out(words);
  bool start = true;
  for (char& c : out) {
    if (start && entities::is_lower_ascii(c)) c = static_cast<char>(c - 'a' + 'A');
    start = c == ' ';
  }
  return out;
}

class Linking {
 public:
  Linking(Doc& doc, const Gazetteer& gazetteer) : doc_(doc), gaz_(gazetteer) {}

  void run() {
    north_and_south();
    targets_.assign(doc_.mentions.size(), std::nullopt);
    for (std::size_t i = 0; i < doc_.mentions.size(); ++i)
      if (doc_.mentions[i].entity >= 0) targets_[i] = Target{false, static_cast<std::size_t>(doc_.mentions[i].entity)};
    const auto acronyms = acronym_definitions();
    std::vector<std::size_t> partial_names;
    for (std::size_t i = 0; i < doc_.mentions.size(); ++i) {
      if (targets_[i]) continue;
      const Mention& m = doc_.mentions[i];
      if (m.source == mention_source::coref) continue;
      const std::string name = entities::mention_name(doc_, m);
      if (auto entry = gaz_.find_name_ignoring_case(name)) {
        link_entry(i, *entry);
        continue;
      }
      if (auto it = acronyms.find(name); it != acronyms.end() && it->second != i) {
        deferred_acronyms_.push_back({i, it->second});
        continue;
      }
      // A single word the tagger typed otherwise that is a person's first or last name.
      if (m.type != "Person" && m.type != "Weapon" && m.source == std::string(mention_source::model) &&
          entities::mention_words(doc_, m).size() == 1 && person_named(entities::mention_words(doc_, m).front())) {
        partial_names.push_back(i);
        continue;
      }
      // One name, one entity, whatever type the tagger gave each mention of it.
      if (m.type != "Weapon") {
        if (auto c = same_name(name)) {
          join(i, *c);
          continue;
        }
      }
      if (m.type != "Person" && m.type != "Weapon") {
        if (auto c = partial_organization(i)) {
          join(i, *c);
          continue;
        }
      }
      if (m.type == "Person") {
        if (entities::mention_words(doc_, m).size() >= 2) person(i);
        else partial_names.push_back(i);
      } else if (m.type == "Weapon") {
        weapon(i);
      } else {
        named(i);
      }
    }
    for (auto i : partial_names) partial_name(i);
    for (auto [acronym, expansion] : deferred_acronyms_) {
      if (!targets_[expansion]) continue;
      targets_[acronym] = targets_[expansion];
      if (targets_[acronym]->cluster) clusters_[targets_[acronym]->index].mentions.push_back(acronym);
      doc_.mentions[acronym].type = doc_.mentions[expansion].type;
    }
    materialize();
  }

 private:
  struct Target {
    bool cluster = false;  // index into clusters_, else into doc.entities
    std::size_t index = 0;
  };
  struct Cluster {
    std::string type;
    std::vector<std::size_t> mentions;
    std::string label;
    std::vector<std::string> words;  // of the label (people)
    std::set<std::string> modifiers;  // weapons: the words before the head
    std::string head;
    std::optional<std::size_t> owner;  // entity index of the state a government body belongs to
    std::map<std::string, int> votes;  // the types its mentions were given, weighed by vote_weight

    // The type most of its mentions have (the first one's on a tie).
    const std::string& majority() const {
      const std::string* best = &type;
      int top = 0;
      for (const auto& [t, n] : votes)
        if (n > top || (n == top && t == type)) best = &t, top = n;
      return *best;
    }
  };

  // A type from a lookup or a rule outweighs the statistical tagger's guesses.
  static int vote_weight(const Mention& m) { return m.source == mention_source::model ? 1 : 3; }

  void link_entry(std::size_t mention, std::size_t entry) {
    const int e = entities::gazetteer_entity(doc_, gaz_, entry);
    doc_.mentions[mention].entity = e;
    doc_.mentions[mention].type = doc_.entities[static_cast<std::size_t>(e)].type;
    targets_[mention] = Target{false, static_cast<std::size_t>(e)};
  }

  std::size_t new_cluster(std::size_t mention, std::string label) {
    Cluster c;
    c.type = doc_.mentions[mention].type;
    c.mentions.push_back(mention);
    c.label = std::move(label);
    c.votes[c.type] = vote_weight(doc_.mentions[mention]);
    c.words = entities::mention_words(doc_, doc_.mentions[mention]);
    clusters_.push_back(std::move(c));
    targets_[mention] = Target{true, clusters_.size() - 1};
    return clusters_.size() - 1;
  }

  void join(std::size_t mention, std::size_t cluster) {
    clusters_[cluster].mentions.push_back(mention);
    clusters_[cluster].votes[doc_.mentions[mention].type] += vote_weight(doc_.mentions[mention]);
    targets_[mention] = Target{true, cluster};
  }

  // "the North" and "the South" for the state of the document so named ("North Korea").
  void north_and_south() {
    const auto index = mention_index(doc_);
    bool added = false;
    for (std::size_t i = 1; i < doc_.tokens.size(); ++i) {
      const auto& f = doc_.tokens[i].form;
      if ((f != "North" && f != "South") || lower(doc_.tokens[i - 1].form) != "the") continue;
      // The tagger may take it for a name of its own: "the North" is no person.
      const int covering = index[i];
      if (covering >= 0) {
        const Mention& m = doc_.mentions[static_cast<std::size_t>(covering)];
        if (m.end - m.begin != 1 || m.source != std::string(mention_source::model)) continue;
      }
      if (i + 1 < doc_.tokens.size() && entities::capitalized(doc_.tokens[i + 1].form)) continue;
      std::optional<std::size_t> best;
      std::size_t best_count = 0;
      for (std::size_t e = 0; e < doc_.entities.size(); ++e) {
        if (doc_.entities[e].type != "State" || !doc_.entities[e].label.starts_with(f + " ")) continue;
        const auto count = static_cast<std::size_t>(std::count_if(doc_.mentions.begin(), doc_.mentions.end(),
                                                                   [&](const Mention& m) { return m.entity == static_cast<int>(e); }));
        if (count > best_count) best = e, best_count = count;
      }
      if (!best) continue;
      const Mention north{i, i + 1, "State", static_cast<int>(*best), mention_source::pattern, 0.7};
      if (covering >= 0) doc_.mentions[static_cast<std::size_t>(covering)] = north;
      else doc_.mentions.push_back(north);
      entities::add_alias(doc_.entities[*best], "the " + f);
      added = true;
    }
    if (added)
      std::stable_sort(doc_.mentions.begin(), doc_.mentions.end(), [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  }

  // Acronyms the text defines: "the Democratic People's Republic of Korea (DPRK)",
  // "The acronym DPRK refers to ... the Democratic People's Republic of Korea".
  std::map<std::string, std::size_t> acronym_definitions() {
    std::map<std::string, std::size_t> out;  // acronym -> mention of its expansion
    const auto index = mention_index(doc_);
    const auto& t = doc_.tokens;
    for (std::size_t i = 0; i + 2 < t.size(); ++i) {
      // EXPANSION ( ACRONYM ), EXPANSION [ACRONYM]
      const bool round = t[i + 1].form == "(" && i + 3 < t.size() && t[i + 3].form == ")";
      const bool square = t[i + 1].form == "[" && i + 3 < t.size() && t[i + 3].form == "]";
      if ((!round && !square) || !entities::all_caps(t[i + 2].form)) continue;
      const std::string& acronym = t[i + 2].form;
      if (index[i] >= 0) {
        const Mention& m = doc_.mentions[static_cast<std::size_t>(index[i])];
        // An organization's name right before the bracket is what it abbreviates, even in
        // another language's initials ("Union of Rationalist Atheists and Agnostics (UAAR)").
        const bool organization = m.type == "Organization" && m.end == i + 1 && m.end - m.begin >= 2 &&
                                  !gaz_.find_name(acronym);
        if (organization || abbreviates(acronym, entities::mention_words(doc_, m))) {
          define(out, acronym, static_cast<std::size_t>(index[i]));
          continue;
        }
      }
      // The capitalized words before the bracket that the acronym abbreviates name an
      // organization ("the Maritime Security Initiative (MSI)"); a mention of their last
      // words grows to them ("Army" in "the Korean People's Army [KPA]").
      const std::size_t floor = doc_.sentences[doc_.sentence_of(i)].begin;
      const std::size_t last_mention = index[i] >= 0 ? doc_.mentions[static_cast<std::size_t>(index[i])].begin : i + 1;
      std::size_t b = last_mention;
      while (b > floor && index[b - 1] < 0 &&
             (entities::capitalized(t[b - 1].form) || (function_word(t[b - 1].form) && b - 1 > floor && b < i + 1)))
        --b;
      while (b <= i && function_word(t[b].form)) ++b;
      if (b > i) continue;
      std::vector<std::string> words;
      for (std::size_t k = b; k <= i; ++k)
        if (t[k].form != "'s") words.push_back(t[k].form);
      if (!abbreviates(acronym, words)) continue;
      if (index[i] >= 0) {
        Mention& m = doc_.mentions[static_cast<std::size_t>(index[i])];
        m.begin = b;
        m.type = m.type == "Person" ? "Organization" : m.type;
        define(out, acronym, static_cast<std::size_t>(index[i]));
        continue;
      }
      doc_.mentions.push_back({b, i + 1, "Organization", -1, mention_source::pattern, 0.75});
      targets_.push_back(std::nullopt);
      define(out, acronym, doc_.mentions.size() - 1);
    }
    // ACRONYM (EXPANSION): "CEI (Italian Episcopal Conference)".
    for (std::size_t i = 0; i + 3 < t.size(); ++i) {
      if (!entities::all_caps(t[i].form) || t[i].form.size() < 2 || t[i + 1].form != "(" || index[i + 2] < 0) continue;
      const auto expansion = static_cast<std::size_t>(index[i + 2]);
      const Mention& m = doc_.mentions[expansion];
      if (m.begin != i + 2 || m.end >= t.size() || t[m.end].form != ")" || m.type != "Organization" || out.contains(t[i].form))
        continue;
      if (index[i] >= 0 && doc_.mentions[static_cast<std::size_t>(index[i])].entity >= 0) continue;  // a known name
      if (index[i] >= 0) doc_.mentions[static_cast<std::size_t>(index[i])].type = m.type;
      define(out, t[i].form, expansion);
    }
    for (std::size_t s = 0; s < doc_.sentences.size(); ++s) {
      const auto& sentence = doc_.sentences[s];
      for (std::size_t i = sentence.begin; i + 2 < sentence.end; ++i) {
        if (!entities::all_caps(t[i].form) || t[i].form.size() < 2) continue;
        const std::string next = lower(t[i + 1].form) + " " + lower(t[i + 2].form);
        if (next != "refers to" && next != "stands for" && next != "is short" && next != "means" && next != "is an") continue;
        // The last mention of the sentence the acronym abbreviates.
        for (std::size_t k = doc_.mentions.size(); k-- > 0;) {
          const Mention& m = doc_.mentions[k];
          if (m.begin <= i + 2 || m.end > sentence.end) continue;
          if (abbreviates(t[i].form, entities::mention_words(doc_, m))) {
            define(out, t[i].form, k);
            break;
          }
        }
      }
    }
    return out;
  }

  // Records the definition and makes every occurrence of the acronym a mention.
  void define(std::map<std::string, std::size_t>& out, const std::string& acronym, std::size_t expansion) {
    out.emplace(acronym, expansion);
    const auto index = mention_index(doc_);
    for (std::size_t i = 0; i < doc_.tokens.size(); ++i) {
      if (doc_.tokens[i].form != acronym || index[i] >= 0) continue;
      // Linked to the expansion's entity by the main pass (the name is a defined acronym).
      doc_.mentions.push_back({i, i + 1, doc_.mentions[expansion].type, -1, mention_source::pattern, 0.8});
      targets_.push_back(std::nullopt);
    }
  }

  void person(std::size_t mention) {
    const auto words = entities::mention_words(doc_, doc_.mentions[mention]);
    const std::string name = entities::mention_name(doc_, doc_.mentions[mention]);
    for (std::size_t c = 0; c < clusters_.size(); ++c) {
      auto& cluster = clusters_[c];
      if (cluster.majority() != "Person" || cluster.words.empty() || words.empty()) continue;
      // The same name, one with the same first and last words ("Dorothy Shea"), or one
      // ending the other ("Tom Cruise" in "Scientologist Tom Cruise").
      const auto ends_with = [](const std::vector<std::string>& a, const std::vector<std::string>& b) {
        return b.size() >= 2 && a.size() > b.size() && std::equal(b.rbegin(), b.rend(), a.rbegin());
      };
      const bool same = cluster.label == name ||
                        (cluster.words.front() == words.front() && cluster.words.back() == words.back()) ||
                        ends_with(cluster.words, words) || ends_with(words, cluster.words);
      if (!same) continue;
      join(mention, c);
      if (words.size() > cluster.words.size() && !ends_with(words, cluster.words)) cluster.label = name, cluster.words = words;
      if (ends_with(cluster.words, words)) cluster.label = name, cluster.words = words;  // the shorter name without a descriptor
      return;
    }
    const auto c = new_cluster(mention, name);
    clusters_[c].words = words;
  }

  // Whether a person of the document named so far has `word` as first or last name.
  bool person_named(const std::string& word) const {
    if (gaz_.find_name(word)) return false;
    return std::any_of(clusters_.begin(), clusters_.end(), [&](const Cluster& c) {
      return c.majority() == "Person" && c.words.size() >= 2 && (c.words.front() == word || c.words.back() == word);
    });
  }

  std::optional<std::size_t> same_name(const std::string& name) const {
    const auto key = normalized(name);
    for (std::size_t c = 0; c < clusters_.size(); ++c) {
      if (clusters_[c].type == "Weapon" || clusters_[c].owner) continue;
      if (normalized(clusters_[c].label) == key) return c;
    }
    return std::nullopt;
  }

  // "Shea", "Kim": the person of the document with that first or last name whose
  // mention is closest before (else after) this one.
  void partial_name(std::size_t mention) {
    const Mention& m = doc_.mentions[mention];
    const auto word = entities::mention_words(doc_, m);
    if (word.empty()) return;
    std::optional<std::size_t> best;
    std::size_t best_distance = SIZE_MAX;
    bool best_before = false;
    for (std::size_t c = 0; c < clusters_.size(); ++c) {
      const auto& cluster = clusters_[c];
      if (cluster.majority() != "Person" || cluster.words.size() < 2) continue;
      if (cluster.words.front() != word.front() && cluster.words.back() != word.front()) continue;
      for (auto other : cluster.mentions) {
        const Mention& o = doc_.mentions[other];
        const bool before = o.end <= m.begin;
        const std::size_t distance = before ? m.begin - o.end : o.begin - m.end;
        if ((before && !best_before) || (before == best_before && distance < best_distance)) {
          best = c;
          best_distance = distance;
          best_before = before;
        }
      }
    }
    if (best) {
      join(mention, *best);
      return;
    }
    const std::string name = entities::mention_name(doc_, m);
    for (std::size_t c = 0; c < clusters_.size(); ++c)
      if (clusters_[c].type == "Person" && clusters_[c].label == name) return join(mention, c);
    const auto c = new_cluster(mention, name);
    clusters_[c].words = word;
  }

  // "the Church" after "the Church of Scientology", "Kursk" after "Kursk region": one
  // capitalized word of the name of an organization or place named before; "Supreme
  // Court" after "Supreme Court of Cassation", "Home Office" after "United Kingdom Home
  // Office": the first or last words of such a name.
  std::optional<std::size_t> partial_organization(std::size_t mention) const {
    const Mention& m = doc_.mentions[mention];
    const auto words = entities::mention_words(doc_, m);
    if (words.empty() || !entities::capitalized(words.front()) || function_word(words.front())) return std::nullopt;
    if (gaz_.find_name(entities::mention_name(doc_, m))) return std::nullopt;
    const auto part_of_name = [&](const std::vector<std::string>& name) {
      if (words.size() == 1) return std::find(name.begin(), name.end(), words.front()) != name.end();
      return name.size() > words.size() && (std::equal(words.begin(), words.end(), name.begin()) ||
                                            std::equal(words.rbegin(), words.rend(), name.rbegin()));
    };
    std::optional<std::size_t> best;
    std::size_t best_end = 0;
    for (std::size_t c = 0; c < clusters_.size(); ++c) {
      const auto& cluster = clusters_[c];
      const auto& type = cluster.majority();
      if ((type != "Organization" && type != "Location") || cluster.words.size() < 2) continue;
      if (!part_of_name(cluster.words)) continue;
      for (auto other : cluster.mentions)
        if (doc_.mentions[other].end <= m.begin && doc_.mentions[other].end >= best_end) best = c, best_end = doc_.mentions[other].end;
    }
    return best;
  }

  // Weapons: one entity for compatible descriptions of one head ("missile", "ballistic
  // missile", "intermediate-range hypersonic ballistic missile").
  void weapon(std::size_t mention) {
    auto words = entities::mention_words(doc_, doc_.mentions[mention]);
    for (auto& w : words)
      if (!entities::all_caps(w)) w = lower(w);
    if (words.empty()) return;
    std::string head = singular(words.back());
    std::set<std::string> modifiers(words.begin(), words.end() - 1);
    std::optional<std::size_t> best;
    for (std::size_t c = 0; c < clusters_.size(); ++c) {
      const auto& cluster = clusters_[c];
      if (cluster.type != "Weapon" || cluster.head != head) continue;
      const bool compatible = std::includes(cluster.modifiers.begin(), cluster.modifiers.end(), modifiers.begin(), modifiers.end()) ||
                              std::includes(modifiers.begin(), modifiers.end(), cluster.modifiers.begin(), cluster.modifiers.end());
      if (compatible) best = c;  // the most recently created compatible one
    }
    // The label as written ("intermediate-range"), in lower case, with a singular head.
    std::string label = entities::mention_name(doc_, doc_.mentions[mention]);
    if (!entities::all_caps(label)) label = lower(label);
    if (label.size() >= words.back().size() && label.ends_with(lower(words.back())) && !entities::all_caps(words.back()))
      label = label.substr(0, label.size() - words.back().size()) + head;
    if (!best) {
      const auto c = new_cluster(mention, label);
      clusters_[c].head = head;
      clusters_[c].modifiers = modifiers;
      return;
    }
    join(mention, *best);
    auto& cluster = clusters_[*best];
    if (modifiers.size() > cluster.modifiers.size()) {
      cluster.modifiers = modifiers;
      cluster.label = label;
    }
  }

  // Organizations, places, events: the same name is the same entity; a government body
  // named by a common noun belongs to the state before it ("South Korea's foreign ministry").
  void named(std::size_t mention) {
    const Mention& m = doc_.mentions[mention];
    std::string name = entities::mention_name(doc_, m);
    std::optional<std::size_t> owner = owner_of(m);
    if (m.type == "Organization" && gaz_.body(lower(name))) name = title_case(name);
    const auto key = normalized(name);
    for (std::size_t c = 0; c < clusters_.size(); ++c) {
      const auto& cluster = clusters_[c];
      if (cluster.type != m.type || normalized(cluster.label) != key) continue;
      if (owner && cluster.owner && owner != cluster.owner) continue;
      join(mention, c);
      if (owner && !cluster.owner) clusters_[c].owner = owner;
      return;
    }
    const auto c = new_cluster(mention, name);
    clusters_[c].owner = owner;
  }

  // The name as compared: lower case, without dots, hyphens as spaces, and without a
  // final word for a region ("Lombardy region" is Lombardy).
  static std::string normalized(std::string_view name) {
    std::string out;
    for (char c : lower(name)) {
      if (c == '.') continue;
      out.push_back(c == '-' ? ' ' : c);
    }
    if (const auto space = out.rfind(' '); space != std::string::npos && entities::region_word(out.substr(space + 1)))
      out.resize(space);
    return out;
  }

  // The state whose body an organization mention is: "Russia's", "the Russian".
  std::optional<std::size_t> owner_of(const Mention& m) const {
    if (m.type != "Organization" || m.begin == 0) return std::nullopt;
    std::size_t i = m.begin;
    const bool possessive = doc_.tokens[i - 1].form == "'s" || doc_.tokens[i - 1].form == "'";
    if (possessive) --i;
    const std::size_t sentence = doc_.sentence_of(m.begin);
    for (const auto& other : doc_.mentions) {
      if (other.end != i || other.type != "State" || other.entity < 0 || doc_.sentence_of(other.begin) != sentence) continue;
      if (possessive || other.source == std::string(mention_source::demonym)) return static_cast<std::size_t>(other.entity);
    }
    return std::nullopt;
  }

  void materialize() {
    std::vector<int> entity_of(clusters_.size(), -1);
    for (std::size_t c = 0; c < clusters_.size(); ++c) {
      const auto& cluster = clusters_[c];
      Entity e;
      e.type = cluster.majority();
      e.label = cluster.label;
      // A dateline's capitals ("MANILA") are no acronym: the name in title case.
      if ((e.type == "Location" || e.type == "Person") && e.label.size() > 4 && entities::all_caps(e.label))
        e.label = title_case(lower(e.label));
      std::string slug = entities::slug(cluster.label);
      if (cluster.owner) {
        const auto& owner = doc_.entities[*cluster.owner];
        const auto iso = owner.attributes.find("iso3");
        slug = entities::lower(iso != owner.attributes.end() ? iso->second : entities::slug(owner.label)) + "-" + slug;
      }
      e.id = entities::id_prefix(e.type) + ":" + (slug.empty() ? "unnamed" : slug);
      // Two clusters with one id (a place and a person both "Jordan"): keep them apart.
      for (int k = 2; std::any_of(doc_.entities.begin(), doc_.entities.end(), [&](const Entity& x) { return x.id == e.id; }); ++k)
        e.id = entities::id_prefix(e.type) + ":" + slug + "-" + std::to_string(k);
      if (cluster.owner) {
        // "South Korea's Foreign Ministry", "South Korean Foreign Ministry".
        const Entity& owner = doc_.entities[*cluster.owner];
        entities::add_alias(e, owner.label + (owner.label.ends_with("s") ? "' " : "'s ") + e.label);
        if (const auto entry = gaz_.find_id(owner.id))
          if (const std::string demonym = gaz_.demonym_of(*entry); !demonym.empty()) {
            entities::add_alias(e, demonym + " " + e.label);
            // A body named by a common noun is labelled with its state: "Russian Foreign
            // Ministry", not one of several "Foreign Ministry" nodes.
            if (gaz_.body(lower(e.label))) {
              entities::add_alias(e, e.label);
              e.label = demonym + " " + e.label;
            }
          }
      }
      doc_.entities.push_back(std::move(e));
      entity_of[c] = static_cast<int>(doc_.entities.size() - 1);
    }
    for (std::size_t i = 0; i < doc_.mentions.size(); ++i) {
      if (!targets_[i]) continue;
      const int e = targets_[i]->cluster ? entity_of[targets_[i]->index] : static_cast<int>(targets_[i]->index);
      Mention& m = doc_.mentions[i];
      m.entity = e;
      Entity& entity = doc_.entities[static_cast<std::size_t>(e)];
      m.type = entity.type;
      const std::string name = entities::mention_name(doc_, m);
      if (entity.type == "Weapon") {
        if (lower(name) != lower(entity.label)) entities::add_alias(entity, entities::all_caps(name) ? name : lower(name));
      } else {
        entities::add_alias(entity, name);
      }
    }
    std::stable_sort(doc_.mentions.begin(), doc_.mentions.end(), [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  }

  Doc& doc_;
  const Gazetteer& gaz_;
  std::vector<std::optional<Target>> targets_;
  std::vector<Cluster> clusters_;
  std::vector<std::pair<std::size_t, std::size_t>> deferred_acronyms_;
};

}  // namespace

EntityLinker EntityLinker::load_default() { return EntityLinker(Gazetteer::load_default()); }

void EntityLinker::process(Doc& doc) const { Linking(doc, *gazetteer_).run(); }

}  // namespace kg
