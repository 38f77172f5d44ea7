// EntityRecognizer ("ner"): gazetteer names, the statistical tagger's names, and rule
// patterns (weapons, government bodies, titled names), merged without overlaps.
#include <algorithm>
#include <cctype>
#include <array>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "entities/entity_table.hpp"
#include "entities/mention_text.hpp"
#include "entities/name_context.hpp"
#include "entities/ner_features.hpp"
#include "entities/ner_model.hpp"
#include "entities/person_name.hpp"
#include "entities/text_util.hpp"
#include "kg/data_dir.hpp"
#include "kg/entities.hpp"

namespace kg {

struct EntityRecognizer::Impl {
  std::shared_ptr<const Gazetteer> gazetteer;
  ner::Model model;
};

namespace {

using entities::capitalized;
using entities::lower;

struct Candidate {
  std::size_t begin = 0, end = 0;
  std::string type;
  const char* source = mention_source::model;
  std::optional<std::size_t> entry;  // gazetteer entry
  double confidence = 0.8;
  bool in_heading = false;
};

std::string_view form(const Token& t) { return entities::form_of(t); }

bool contains(std::initializer_list<std::string_view> words, std::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

bool locative(std::string_view word) {
  return contains({"in", "at", "near", "outside", "inside", "around", "across", "throughout", "into", "via", "toward",
                   "towards", "within", "to"},
                  word);
}


class Recognition {
 public:
  Recognition(Doc& doc, const Gazetteer& gazetteer, const ner::Model& model)
      : doc_(doc), gaz_(gazetteer), model_(model), names_(doc, gazetteer) {}

  void sentence(std::size_t index) {
    enter(index);
    gazetteer_names();
    elliptic_names();
    regions();
    places_with_their_country();
    model_names(index);
    weapons();
    events();
    bodies();
    titled_names();
  }

  void finish() {
    repeated_names();
    std::sort(found_.begin(), found_.end(), [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
    // In a title-case heading capitals say nothing: a name the tagger found there stands
    // only if the text names it outside headings too ("Russia's Veto Power" is no person).
    std::set<std::string> body_names;
    for (const auto& c : found_)
      if (!c.in_heading) body_names.insert(entities::joined_forms(doc_, c.begin, c.end));
    std::erase_if(found_, [&](const Candidate& c) {
      return c.in_heading && c.source == mention_source::model && !body_names.contains(entities::joined_forms(doc_, c.begin, c.end));
    });
    for (const auto& c : found_) {
      Mention m{c.begin, c.end, c.type, -1, c.source, c.confidence};
      if (c.entry) {
        m.entity = entities::gazetteer_entity(doc_, gaz_, *c.entry);
        entities::add_alias(doc_.entities[static_cast<std::size_t>(m.entity)], entities::mention_name(doc_, m));
      }
      doc_.mentions.push_back(std::move(m));
    }
  }

 private:
  void enter(std::size_t index) {
    const Sentence& s = doc_.sentences[index];
    begin_ = s.begin;
    end_ = s.end;
    // A heading in title case: a line without final punctuation, most words capitalized.
    const auto& last = form(doc_.tokens[s.end - 1]);
    const bool unpunctuated = s.heading || (last != "." && last != "!" && last != "?" && last != "\"" && last != "'");
    headline_ = unpunctuated && title_case();
    names_.sentence(begin_, end_);
  }

  bool free(std::size_t b, std::size_t e) const {
    return std::none_of(found_.begin(), found_.end(), [&](const Candidate& c) { return b < c.end && c.begin < e; });
  }
  void add(Candidate c) {
    c.in_heading = headline_;
    if (c.begin < c.end && free(c.begin, c.end)) found_.push_back(std::move(c));
  }
  std::string low(std::size_t i) const { return lower(form(doc_.tokens[i])); }
  bool proper_like(std::size_t i) const {
    const Token& t = doc_.tokens[i];
    return capitalized(form(t)) && (t.upos.empty() || t.upos == "PROPN" || t.upos == "X" || headline_);
  }

  // Most words capitalized: a heading in title case, where capitals say little.
  bool title_case() const {
    int words = 0, caps = 0;
    for (auto i = begin_; i < end_; ++i) {
      const auto f = form(doc_.tokens[i]);
      if (f.size() < 4 || !std::isalpha(static_cast<unsigned char>(f.front()))) continue;
      ++words;
      caps += capitalized(f) ? 1 : 0;
    }
    return words >= 3 && caps * 10 >= words * 7;
  }

  // Length in tokens of a title, body or agent phrase starting at token i (0 if none).
  std::size_t role_phrase(std::size_t i) const {
    for (std::size_t k = std::min(gaz_.longest_title(), end_ - i); k >= 1; --k) {
      const auto words = entities::lower_words(doc_, i, i + k);
      if (gaz_.title(words) || gaz_.body(words) || gaz_.agent(words)) return k;
    }
    return entities::title_qualifier(low(i)) ? 1 : 0;
  }

  // A known name directly beside another capitalized word is part of a longer name
  // ("Washington Post", "George Washington", "New Jersey"), unless that word is a title
  // or the sentence is a title-case heading.
  bool glued(const GazetteerMatch& m) const {
    if (headline_) return false;
    if (m.begin > begin_) {
      const Token& t = doc_.tokens[m.begin - 1];
      // At the start of a sentence every word is capitalized: there the tagger decides.
      const bool name_like = m.begin > begin_ + 1 || t.upos == "PROPN";
      if (name_like && capitalized(form(t)) && t.end == doc_.tokens[m.begin].start - 1 && role_phrase(m.begin - 1) == 0 &&
          form(t) != "The")
        return true;
    }
    if (m.end < end_) {
      const Token& t = doc_.tokens[m.end];
      const auto f = form(t);
      if (capitalized(f) && f.size() > 1 && role_phrase(m.end) == 0 && gaz_.match(doc_, m.end, m.end + 1).empty() &&
          std::isalpha(static_cast<unsigned char>(f.back())))
        return true;
    }
    return false;
  }

  // A capital stands for its government unless it is a place someone is in, at, near...
  bool capital_as_place(const GazetteerMatch& m) const {
    const std::size_t head = m.end - 1;
    for (std::size_t i = begin_; i < end_; ++i) {
      const Token& t = doc_.tokens[i];
      if (t.head == static_cast<int>(head) && t.deprel == "case") return locative(low(i));
    }
    if (m.begin > begin_ && locative(low(m.begin - 1))) return true;
    // "Moscow, Russia": a place with its country.
    if (m.end + 1 < end_ && form(doc_.tokens[m.end]) == ",") {
      for (const auto& next : gaz_.match(doc_, m.end + 1, std::min(end_, m.end + 5)))
        if (next.begin == m.end + 1 && gaz_.entry(next.entry).type == "State") return true;
    }
    return false;
  }

  void gazetteer_names() {
    for (const auto& m : gaz_.match(doc_, begin_, end_)) {
      if (glued(m)) continue;
      if (const std::size_t b = institution_of(m); b < m.begin) {
        // "University of the Philippines", "Central Bank of Nigeria": the country names
        // the institution here.
        add({b, m.end, "Organization", mention_source::pattern, std::nullopt, 0.75});
        continue;
      }
      const auto& entry = gaz_.entry(m.entry);
      Candidate c{m.begin, m.end, entry.type, mention_source::gazetteer, m.entry, 0.95};
      if (m.kind == NameKind::demonym) {
        c.source = mention_source::demonym;
        c.confidence = 0.9;
      } else if (m.kind == NameKind::capital) {
        if (capital_as_place(m)) {
          c.type = "Location";
          c.entry.reset();  // the city, not its government
          c.source = mention_source::gazetteer;
        } else {
          c.source = mention_source::capital;
          c.confidence = 0.8;
        }
      }
      add(std::move(c));
    }
  }

  // The start of "[Capitalized words] INSTITUTION of [the] NAME" before a known name,
  // or m.begin when the name does not end such an institution's name.
  std::size_t institution_of(const GazetteerMatch& m) const {
    std::size_t i = m.begin;
    if (i > begin_ && low(i - 1) == "the") --i;
    if (i < begin_ + 2 || low(i - 1) != "of") return m.begin;
    static constexpr std::string_view kInstitutions[] = {"University", "Bank", "Church", "Embassy", "Academy",
                                                         "Institute", "Museum", "Parliament", "Senate", "Congress"};
    const auto word = form(doc_.tokens[i - 2]);
    if (std::find(std::begin(kInstitutions), std::end(kInstitutions), word) == std::end(kInstitutions)) return m.begin;
    std::size_t b = i - 2;
    while (b > begin_ && capitalized(form(doc_.tokens[b - 1])) && doc_.tokens[b - 1].upos != "DET" && !gaz_.title(low(b - 1)))
      --b;
    return b;
  }

  void model_names(std::size_t sentence) {
    const auto labels = model_.tag(ner::sentence_features(doc_, sentence, gaz_));
    for (const auto& span : ner::decode(labels)) {
      const auto type = ner::kTypes[static_cast<std::size_t>(span.type)];
      std::size_t b = begin_ + span.begin, e = begin_ + span.end;
      while (b < e && (low(b) == "the" || role_phrase(b) > 0) && type == "PER") b += std::max<std::size_t>(1, role_phrase(b));
      if (type == "PER") b = std::max(b, entities::person_name_start(doc_, begin_ + span.begin, e, gaz_));
      while (e > b && (form(doc_.tokens[e - 1]) == "'s" || form(doc_.tokens[e - 1]) == "'")) --e;
      // A name starts with a letter or digit ("-General" is the end of "Secretary-General"),
      // and a title alone is no name ("Kazakhstan's Foreign Minister").
      if (b >= e || !std::isalnum(static_cast<unsigned char>(form(doc_.tokens[b]).front())) || names_.only_title(b, e)) continue;
      // "Minister of Education Stefania Giannini" with the span inside the title's complement.
      if (type == "PER" && b > begin_ && (low(b - 1) == "of" || low(b - 1) == "for") && !gaz_.given_name(form(doc_.tokens[b])))
        if (const std::size_t given = entities::first_given_name(doc_, gaz_, b + 1, e - 1); given < e - 1) b = given;
      // "Scientology-critic", "Russian-speaking": a compound with a lower-case part is no name.
      const bool compound = std::any_of(doc_.tokens.begin() + static_cast<std::ptrdiff_t>(b), doc_.tokens.begin() + static_cast<std::ptrdiff_t>(e),
                                        [](const Token& t) {
                                          const auto dash = t.form.find('-');
                                          return dash != std::string::npos && dash + 1 < t.form.size() &&
                                                 entities::is_lower_ascii(t.form[dash + 1]);
                                        });
      if (compound) continue;
      if (type == "PER") e = names_.hyphenated_end(e);
      Candidate c{b, e, "", mention_source::model, std::nullopt, 0.8};
      // What the text says a name is outweighs the tagger's type (titles of works and
      // events aside).
      const bool name = type != "MISC" && type != "EVT";
      const auto said = [&c](const char* what) {
        c.type = what;
        c.source = mention_source::pattern;
      };
      std::size_t after_titles = b;
      if (name && names_.organization_named(b, e)) {
        said("Organization");  // "Shahid Karimi Industries", "Tasnim news agency"
      } else if (name && type != "PER" && (after_titles = entities::person_name_start(doc_, b, e, gaz_)) > b) {
        c.begin = after_titles;  // "Brigadier General Hossein Ranjbar": titles make a person
        said("Person");
      } else if (type == "PER" && names_.described_as_organization(e)) {
        said("Organization");  // "Frontex, the EU's border agency"
      } else if (name && names_.described_as_place(b, e)) {
        said("Location");  // "the village of Orto-Boz", "Kant, an air base in ..."
      } else if (name && names_.after_title(b)) {
        said("Person");  // "Russia's U.N. Ambassador, Vassily Nebenzia"
      } else if (type == "PER") c.type = "Person";
      else if (type == "ORG") c.type = "Organization";
      else if (type == "EVT") c.type = "Event";
      else if (type == "LOC") {
        c.type = "Location";
        // "Kursk region", "Jiangsu province": the place word belongs to the name; so does a
        // capitalized compass point after it ("Kowloon West").
        if (e < end_ && entities::region_word(low(e))) c.end = e + 1;
        const auto compass = [&](std::size_t i) {
          const auto f = form(doc_.tokens[i]);
          return f == "West" || f == "East" || f == "North" || f == "South" || f == "Central";
        };
        if (c.end < end_ && compass(c.end) && !(c.end + 1 < end_ && proper_like(c.end + 1))) ++c.end;
      } else {
        continue;  // MISC
      }
      add(std::move(c));
    }
  }

  // "North and South Korea": the first conjunct shares the second's last word.
  void elliptic_names() {
    for (const auto& m : gaz_.match(doc_, begin_, end_)) {
      if (m.begin < begin_ + 2 || m.end - m.begin < 2) continue;
      const std::string joiner = low(m.begin - 1);
      if (joiner != "and" && joiner != "or" && joiner != "&") continue;
      const std::size_t first = m.begin - 2;
      if (!capitalized(form(doc_.tokens[first])) || !free(first, first + 1)) continue;
      const std::string whole = std::string(form(doc_.tokens[first])) + " " + entities::joined_forms(doc_, m.begin + 1, m.end);
      const auto entry = gaz_.find_name(whole);
      if (!entry || *entry == m.entry) continue;
      add({first, first + 1, gaz_.entry(*entry).type, mention_source::gazetteer, entry, 0.85});
    }
  }

  // "Aceh, Indonesia", "Clearwater, Florida": a proper name followed by its country or
  // region is a place.
  void places_with_their_country() {
    for (const auto& c : std::vector<Candidate>(found_)) {
      if (c.begin < begin_ + 2 || (c.type != "State" && c.type != "Location") || c.source != mention_source::gazetteer) continue;
      if (form(doc_.tokens[c.begin - 1]) != ",") continue;
      if (c.end < end_) {
        const auto next = form(doc_.tokens[c.end]);
        if (std::isalnum(static_cast<unsigned char>(next.front())) || next == "'s" || next == "'") continue;
      }
      std::size_t b = c.begin - 1;
      while (b > begin_ && proper_like(b - 1) && !headline_ && c.begin - 1 - b < 3) --b;
      if (b < c.begin - 1 && free(b, c.begin - 1)) add({b, c.begin - 1, "Location", mention_source::pattern, std::nullopt, 0.75});
    }
  }

  // "Kursk region", "Donetsk oblast": a proper name and a word for a region; "Second
  // Thomas Shoal", "Gulf of Aden"... a capitalized name ending in a word for a place.
  void regions() {
    for (std::size_t i = begin_ + 1; i < end_; ++i) {
      const bool region = entities::region_word(low(i));
      const bool feature = place_word(low(i)) && capitalized(form(doc_.tokens[i])) && !headline_;
      if (!region && !feature) continue;
      std::size_t b = i;
      while (b > begin_ && (proper_like(b - 1) || (feature && capitalized(form(doc_.tokens[b - 1])) && b - 1 > begin_)) &&
             !headline_ && b + 4 > i)
        --b;
      if (b < i) add({b, i + 1, "Location", mention_source::pattern, std::nullopt, 0.75});
    }
  }
  static bool place_word(std::string_view w) {
    return contains({"shoal", "reef", "island", "islands", "atoll", "strait", "straits", "bay", "gulf", "sea", "river",
                     "lake", "mountains", "peninsula", "canal", "valley", "desert", "plateau", "heights", "cape"},
                    w);
  }

  void weapons() {
    for (std::size_t i = begin_; i < end_; ++i) {
      // Named systems: "Hwasong-18", "Iskander".
      const auto f = form(doc_.tokens[i]);
      bool system = false;
      for (std::size_t k = f.size(); k >= 3 && !system; --k) system = gaz_.weapon_system(f.substr(0, k)) && (k == f.size() || f[k] == '-');
      if (system) {
        std::size_t e = i + 1;
        while (e < end_ && doc_.tokens[e - 1].end == doc_.tokens[e].start && form(doc_.tokens[e]) != "'s") ++e;
        add({i, e, "Weapon", mention_source::pattern, std::nullopt, 0.8});
        continue;
      }
      for (std::size_t k = 3; k >= 1; --k) {
        if (i + k > end_ || !gaz_.weapon_head(entities::lower_words(doc_, i, i + k))) continue;
        const Token& last = doc_.tokens[i + k - 1];
        if (!last.upos.empty() && last.upos != "NOUN" && last.upos != "PROPN") continue;
        std::size_t b = i;
        while (b > begin_) {
          if (gaz_.weapon_modifier(low(b - 1))) {
            --b;
          } else if (b >= begin_ + 3 && form(doc_.tokens[b - 2]) == "-" &&
                     gaz_.weapon_modifier(lower(entities::joined_forms(doc_, b - 3, b)))) {
            b -= 3;  // "intermediate - range" split at the hyphen
          } else {
            break;
          }
        }
        b = weapon_name_start(b);
        // The tagger's guess at the name ("Shahed" a person) gives way to the weapon.
        std::erase_if(found_, [&](const Candidate& c) { return c.source == mention_source::model && c.begin >= b && c.end <= i + k; });
        add({b, i + k, "Weapon", mention_source::pattern, std::nullopt, 0.75});
        i += k - 1;
        break;
      }
    }
  }

  static bool calendar_word(std::string_view w) {
    return contains({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
                     "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
                    w);
  }

  // The start of a weapon's name written before its class: "Shahed drones", "Bayraktar
  // TB2 drones", "Hisar-O air defence system", "Patriot systems".
  std::size_t weapon_name_start(std::size_t b) const {
    const auto taken = [&](std::size_t i) {
      return std::any_of(found_.begin(), found_.end(), [&](const Candidate& c) {
        return c.source != mention_source::model && c.begin <= i && i < c.end;
      });
    };
    const auto glued = [&](std::size_t a) { return doc_.tokens[a].end == doc_.tokens[a + 1].start; };
    while (b > begin_) {
      const auto f = form(doc_.tokens[b - 1]);
      if (b >= begin_ + 2 && f == "-" && glued(b - 2) && glued(b - 1) && capitalized(form(doc_.tokens[b - 2])) && !taken(b - 2)) {
        b -= 2;  // "Hisar - O"
      } else if (!f.empty() && !headline_ && !taken(b - 1) && !calendar_word(f) &&
                 ((capitalized(f) && doc_.tokens[b - 1].upos == "PROPN") ||
                  (std::isdigit(static_cast<unsigned char>(f.back())) && entities::all_caps(f)))) {
        --b;
      } else {
        break;
      }
    }
    return b;
  }

  // "the 1994 genocide", "the Beijing Olympics", "the Korean War": an event named by a
  // year or a proper name before an event noun.
  void events() {
    for (std::size_t i = begin_ + 1; i + 1 < end_; ++i) {
      if (low(i - 1) != "the") continue;
      std::size_t e = i;
      const auto year = [&](std::size_t k) {
        const auto f = form(doc_.tokens[k]);
        return f.size() == 4 && std::all_of(f.begin(), f.end(), [](char c) { return c >= '0' && c <= '9'; });
      };
      if (year(e)) ++e;
      else
        while (e < end_ && e < i + 3 && capitalized(form(doc_.tokens[e])) && !gaz_.event_noun(low(e))) ++e;
      if (e == i || e >= end_) continue;
      std::size_t k = 0;
      for (std::size_t n = std::min<std::size_t>(2, end_ - e); n >= 1 && k == 0; --n)
        if (gaz_.event_noun(entities::lower_words(doc_, e, e + n))) k = n;
      if (k == 0) continue;
      // A proper name needs a capitalized event noun ("the Korean War", not "the Russian war").
      if (!year(i) && !capitalized(form(doc_.tokens[e]))) continue;
      if (e + k < end_ && (low(e + k) == "of" || doc_.tokens[e + k].upos == "NOUN")) continue;
      std::erase_if(found_, [&](const Candidate& c) {
        return c.begin >= i && c.end <= e + k && c.source == mention_source::model;
      });
      add({i, e + k, "Event", mention_source::pattern, std::nullopt, 0.7});
    }
  }

  // "Ministry of Unification" when the tagger missed it; "South Korea's foreign
  // ministry", "the Russian defense ministry": a body of a state.
  void bodies() {
    for (std::size_t i = begin_; i + 2 < end_; ++i) {
      const auto f = form(doc_.tokens[i]);
      if ((f == "Ministry" || f == "Department") && low(i + 1) == "of" && capitalized(form(doc_.tokens[i + 2]))) {
        std::size_t e = i + 3;
        while (e < end_ && (capitalized(form(doc_.tokens[e])) ||
                            ((low(e) == "and" || low(e) == "&") && e + 1 < end_ && capitalized(form(doc_.tokens[e + 1])))))
          ++e;
        add({i, e, "Organization", mention_source::pattern, std::nullopt, 0.7});
      }
    }
    const auto snapshot = found_;
    for (const auto& c : snapshot) {
      if (c.type != "State") continue;
      std::size_t i = c.end;
      if (i < end_ && (form(doc_.tokens[i]) == "'s" || form(doc_.tokens[i]) == "'")) ++i;
      for (std::size_t k = std::min<std::size_t>(4, end_ - std::min(i, end_)); k >= 1; --k) {
        if (gaz_.body(entities::lower_words(doc_, i, i + k))) {
          add({i, i + k, "Organization", mention_source::pattern, std::nullopt, 0.75});
          break;
        }
      }
    }
  }

  // The document's own evidence, once every sentence is read: a person's name found
  // once names the person where it appears again untagged, and so does the last name
  // alone ("Strayer" after "David Strayer"). (Repeating every type's names gained as
  // many errors as it fixed on UniversalNER: the tagger's wrong names repeat too.)
  void repeated_names() {
    std::set<std::string> names;  // joined forms
    std::size_t longest = 1;
    for (const auto& c : found_) {
      if (c.in_heading || c.source == mention_source::gazetteer || c.type != "Person") continue;
      names.insert(entities::joined_forms(doc_, c.begin, c.end));
      longest = std::max(longest, c.end - c.begin);
      if (c.end - c.begin >= 2) names.insert(std::string(form(doc_.tokens[c.end - 1])));
    }
    if (names.empty()) return;
    for (std::size_t s = 0; s < doc_.sentences.size(); ++s) {
      enter(s);
      if (headline_) continue;
      for (auto i = begin_; i < end_; ++i) {
        // Only a whole name: "Green" in "Green Party" is not the person Green.
        if (!proper_like(i) || (i > begin_ && proper_like(i - 1))) continue;
        for (std::size_t k = std::min(longest, end_ - i); k >= 1; --k) {
          if ((i + k < end_ && proper_like(i + k)) || !names.contains(entities::joined_forms(doc_, i, i + k)) ||
              !free(i, i + k))
            continue;
          add({i, i + k, "Person", mention_source::model, std::nullopt, 0.7});
          i += k - 1;
          break;
        }
      }
    }
  }

  // "leader Kim Jong Un", "Ambassador, Vassily Nebenzia": a name after a title.
  void titled_names() {
    for (std::size_t i = begin_; i < end_; ++i) {
      const std::size_t words_len = entities::title_starting_at(doc_, gaz_, i, end_);
      if (words_len == 0) continue;
      std::size_t j = i + words_len;
      if (j < end_ && form(doc_.tokens[j]) == ",") ++j;
      std::size_t e = j;
      while (e < end_ && e < j + 4 && proper_like(e) && role_phrase(e) == 0) ++e;
      if (e > j && !headline_) add({j, e, "Person", mention_source::pattern, std::nullopt, 0.7});
    }
  }

  Doc& doc_;
  const Gazetteer& gaz_;
  const ner::Model& model_;
  entities::NameContext names_;
  std::size_t begin_ = 0, end_ = 0;
  bool headline_ = false;
  std::vector<Candidate> found_;
};

}  // namespace

EntityRecognizer EntityRecognizer::load(const std::filesystem::path& model, std::shared_ptr<const Gazetteer> gazetteer) {
  auto impl = std::make_shared<Impl>();
  impl->gazetteer = std::move(gazetteer);
  impl->model = ner::Model::load(model);
  return EntityRecognizer(std::move(impl));
}

EntityRecognizer EntityRecognizer::load_default() {
  return load(data_file("models/ner.bin"), Gazetteer::load_default());
}

void EntityRecognizer::process(Doc& doc) const {
  doc.mentions.clear();
  Recognition recognition(doc, *impl_->gazetteer, impl_->model);
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) recognition.sentence(s);
  recognition.finish();
}

int mention_at(const Doc& doc, std::size_t token) {
  for (std::size_t i = 0; i < doc.mentions.size(); ++i)
    if (doc.mentions[i].begin <= token && token < doc.mentions[i].end) return static_cast<int>(i);
  return -1;
}

std::vector<int> mention_index(const Doc& doc) {
  std::vector<int> out(doc.tokens.size(), -1);
  for (std::size_t i = 0; i < doc.mentions.size(); ++i)
    for (auto t = doc.mentions[i].begin; t < doc.mentions[i].end && t < out.size(); ++t)
      if (out[t] < 0) out[t] = static_cast<int>(i);
  return out;
}

}  // namespace kg
