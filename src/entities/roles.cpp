// RoleExtractor ("roles"): titles of people and the role relations of people,
// government bodies and places, read from titles, appositions, possessives and
// "member of" phrases.
#include <algorithm>
#include <cctype>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "entities/mention_text.hpp"
#include "entities/person_name.hpp"
#include "entities/text_util.hpp"
#include "kg/entities.hpp"
#include "kg/evidence.hpp"

namespace kg {
namespace {

using entities::lower;

using entities::title_modifier;

bool possessive(const Token& t) { return t.form == "'s" || t.form == "'"; }

class Roles {
 public:
  Roles(Doc& doc, const Gazetteer& gazetteer) : doc_(doc), gaz_(gazetteer), index_(mention_index(doc)) {}

  void run() {
    for (std::size_t i = 0; i < doc_.mentions.size(); ++i) {
      const Mention& m = doc_.mentions[i];
      if (m.entity < 0) continue;
      if (m.type == "Person" && m.source != mention_source::coref) {
        if (!title_before(m) && !title_after(m) && !organization_s(m)) person_of(m);
      } else if (m.type == "Organization" || m.type == "Location") {
        owned(m);
        if (m.type == "Location" && m.source != mention_source::coref) place_in(m);
      }
    }
    member_of_phrases();
    known_parts();
  }

 private:
  struct Title {
    std::size_t begin = 0, end = 0;    // the title's tokens
    std::string relation;              // of the head title word
    const Mention* owner = nullptr;     // "Russia's", "North Korean", "of Russia"
    const Mention* affiliation = nullptr;  // "U.N." in "U.N. Ambassador", "to the U.N."
  };

  const Mention* mention_ending_at(std::size_t end) const {
    if (end == 0) return nullptr;
    const int k = index_[end - 1];
    if (k < 0) return nullptr;
    const Mention& m = doc_.mentions[static_cast<std::size_t>(k)];
    return m.end == end && m.entity >= 0 ? &m : nullptr;
  }
  const Mention* mention_starting_at(std::size_t begin) const {
    if (begin >= doc_.tokens.size()) return nullptr;
    const int k = index_[begin];
    if (k < 0) return nullptr;
    const Mention& m = doc_.mentions[static_cast<std::size_t>(k)];
    return m.begin == begin && m.entity >= 0 ? &m : nullptr;
  }
  static bool actor(const Mention* m) { return m && (m->type == "State" || m->type == "Organization"); }
  const Entity& entity(const Mention& m) const { return doc_.entities[static_cast<std::size_t>(m.entity)]; }
  std::string low(std::size_t i) const { return lower(doc_.tokens[i].form); }

  // The longest title phrase ending at token `end` (exclusive), in tokens; 0 if none.
  std::size_t title_ending(std::size_t end, std::size_t floor, std::string* relation) const {
    const TitleInfo* info = nullptr;
    const std::size_t k = entities::title_ending_at(doc_, gaz_, end, floor, &info);
    if (k > 0 && relation) *relation = info->relation;
    return k;
  }

  bool title_ending_after(std::size_t begin) const {
    const std::size_t ceiling = doc_.sentences[doc_.sentence_of(begin)].end;
    std::size_t p = begin;
    while (p < ceiling && title_modifier(low(p))) ++p;
    return entities::title_starting_at(doc_, gaz_, p, ceiling) > 0;
  }

  // "[Russia's] [U.N.] Ambassador[,] Vassily Nebenzia", "U.S. Deputy Ambassador to the
  // United Nations, Dorothy Camille Shea", "North Korean leader Kim Jong Un".
  bool title_before(const Mention& person) {
    const std::size_t sentence = doc_.sentence_of(person.begin);
    const std::size_t floor = doc_.sentences[sentence].begin;
    std::size_t p = person.begin;
    if (p > floor && doc_.tokens[p - 1].form == ",") --p;
    Title t;
    t.end = p;
    std::size_t head_title = 0;
    // A complement at the end: "to the United Nations", "of Russia", "of the International
    // Atomic Energy Agency (IAEA)".
    std::size_t complement_end = p;
    if (complement_end >= floor + 3 && doc_.tokens[complement_end - 1].form == ")" &&
        doc_.tokens[complement_end - 3].form == "(")
      complement_end -= 3;
    if (const Mention* c = mention_ending_at(complement_end); actor(c)) {
      std::size_t q = c->begin;
      if (q > floor && low(q - 1) == "the") --q;
      if (q > floor && (low(q - 1) == "to" || low(q - 1) == "of" || low(q - 1) == "for" || low(q - 1) == "at")) {
        const std::size_t before = q - 1;
        if (title_ending(before, floor, nullptr) > 0) {
          (low(q - 1) == "of" ? t.owner : t.affiliation) = c;
          p = before;
        }
      }
    }
    while (p > floor) {
      std::string relation;
      if (const std::size_t k = title_ending(p, floor, &relation); k > 0) {
        if (head_title == 0) {
          t.relation = relation;
          head_title = p;
        }
        p -= k;
      } else if (title_modifier(low(p - 1))) {
        if (low(p - 1) == "deputy" || low(p - 1) == "vice" || low(p - 1) == "assistant") t.relation = "works_for";
        --p;
      } else if (const Mention* a = mention_ending_at(p); head_title > 0 && a && a->type == "Organization" && !t.affiliation &&
                                                          p > floor && !possessive(doc_.tokens[p - 1]) && !actor(mention_ending_at(a->begin)) &&
                                                          (a->begin == floor || !possessive(doc_.tokens[a->begin - 1]))) {
        t.affiliation = a;  // "U.N." in "Russia's U.N. Ambassador"
        p = a->begin;
      } else if (head_title > 0 && a && a->type == "Organization" && !t.affiliation && entities::all_caps(doc_.tokens[a->begin].form) &&
                 a->end - a->begin == 1) {
        t.affiliation = a;
        p = a->begin;
      } else {
        break;
      }
    }
    if (head_title == 0) return false;
    t.begin = p;
    // The owner just before the title: "Russia's", "North Korean", "U.S.".
    std::size_t q = p;
    if (q > floor && possessive(doc_.tokens[q - 1])) --q;
    if (const Mention* o = mention_ending_at(q); actor(o) && !t.owner) t.owner = o;
    if (t.begin == t.end) return false;
    record(person, t, "role.title-before-name");
    return true;
  }

  // "Vassily Nebenzia, Russia's ambassador to the U.N.", "Sergei Lavrov, the foreign
  // minister of Russia".
  bool title_after(const Mention& person) {
    const std::size_t sentence = doc_.sentence_of(person.begin);
    const std::size_t ceiling = doc_.sentences[sentence].end;
    std::size_t p = person.end;
    if (p < ceiling && possessive(doc_.tokens[p])) return false;
    if (p >= ceiling || doc_.tokens[p].form != ",") return false;
    ++p;
    if (p < ceiling && (low(p) == "the" || low(p) == "a" || low(p) == "an")) ++p;
    Title t;
    if (const Mention* o = mention_starting_at(p); actor(o)) {
      t.owner = o;
      p = o->end;
      if (p < ceiling && possessive(doc_.tokens[p])) ++p;
    }
    t.begin = p;
    while (p < ceiling && title_modifier(low(p))) ++p;
    if (const Mention* a = mention_starting_at(p); a && a->type == "Organization" && entities::all_caps(doc_.tokens[p].form)) {
      t.affiliation = a;
      p = a->end;
    }
    std::size_t best = 0;
    std::string relation;
    // "a maritime security researcher at ...": a few words may describe the title.
    for (std::size_t skip = 0; skip <= 3 && best == 0 && p + skip < ceiling; ++skip) {
      if (skip > 0 && !std::islower(static_cast<unsigned char>(doc_.tokens[p + skip - 1].form.front()))) break;
      if (skip > 0 && doc_.tokens[p + skip - 1].upos != "NOUN" && doc_.tokens[p + skip - 1].upos != "ADJ") break;
      const TitleInfo* info = nullptr;
      if ((best = entities::title_starting_at(doc_, gaz_, p + skip, ceiling, &info)) > 0) {
        relation = info->relation;
        p += skip;
      }
    }
    if (best == 0) return false;
    for (std::size_t i = t.begin; i < p; ++i)
      if (low(i) == "deputy" || low(i) == "vice" || low(i) == "assistant") relation = "works_for";
    t.relation = relation;
    p += best;
    t.end = p;
    if (p + 1 < ceiling && (low(p) == "of" || low(p) == "to" || low(p) == "for" || low(p) == "at")) {
      std::size_t q = p + 1;
      if (low(q) == "the") ++q;
      if (const Mention* c = mention_starting_at(q); actor(c)) {
        // "minister of Russia", "spokesman for the ministry", "professor at Harvard" name
        // the employer; "ambassador to the U.N." the post.
        (low(p) != "to" && (low(p) != "for" || !t.owner) ? t.owner : t.affiliation) = c;
        t.end = c->end;
      }
    }
    record(person, t, "role.apposition");
    return true;
  }

  // "Matthew Ingram of The Globe and Mail", "Peter Smith from Reuters": a person named
  // with the organization they come from.
  void person_of(const Mention& person) {
    const std::size_t sentence = doc_.sentence_of(person.begin);
    const std::size_t ceiling = doc_.sentences[sentence].end;
    std::size_t p = person.end;
    if (p + 1 >= ceiling || (low(p) != "of" && low(p) != "from")) return;
    std::size_t q = p + 1;
    if (q < ceiling && low(q) == "the") ++q;
    const Mention* org = mention_starting_at(q);
    if (!org || org->type != "Organization") return;
    affiliate(person, *org, sentence, person.begin, org->end, "role.person-of-organization", "role.person-of-party");
  }

  // A person's tie to the organization named with them: member of a party (by its name or
  // in a sentence about an election), else working for it.
  void affiliate(const Mention& person, const Mention& org, std::size_t sentence, std::size_t begin, std::size_t end,
                 const char* employee_rule, const char* member_rule) {
    const bool party = political_group(entity(org)) || electoral(sentence);
    add(entity(person).id, entity(org).id, party ? "member_of" : "works_for", party ? member_rule : employee_rule, 0.7,
        sentence, begin, end);
  }

  // "Reuters' Jane Doe", "DAB's Ben Chan": a person named with the organization before.
  bool organization_s(const Mention& person) {
    if (person.begin < 2 || !possessive(doc_.tokens[person.begin - 1])) return false;
    const Mention* org = mention_ending_at(person.begin - 1);
    if (!org || org->type != "Organization") return false;
    affiliate(person, *org, doc_.sentence_of(person.begin), org->begin, person.end, "role.organization-s-person",
              "role.party-s-person");
    return true;
  }

  // A place with the country or region it lies in: "Clearwater, Florida", "Orto-Boz in
  // the Batken region", "Kant, an air base in Kyrgyzstan".
  void place_in(const Mention& place) {
    const std::size_t sentence = doc_.sentence_of(place.begin);
    const std::size_t ceiling = doc_.sentences[sentence].end;
    const auto area = [&](std::size_t at) -> const Mention* {
      if (at < ceiling && low(at) == "the") ++at;
      const Mention* m = mention_starting_at(at);
      return m && (m->type == "State" || m->type == "Location") && m->entity != place.entity ? m : nullptr;
    };
    const Mention* in = nullptr;
    std::size_t p = place.end;
    if (p + 1 < ceiling && low(p) == "in") {
      in = area(p + 1);
    } else if (p + 1 < ceiling && doc_.tokens[p].form == ",") {
      in = area(p + 1);
      // "in Gaza, the United States embellished ...": the subject of what follows.
      if (in && subject_of_clause(*in)) in = nullptr;
      // "Paris, London and Berlin" is a list of places, not Paris in London.
      if (in && in->end + 1 < ceiling) {
        const auto next = low(in->end);
        if ((next == "and" || next == "or" || next == ",") && mention_starting_at(in->end + 1)) in = nullptr;
      }
      // "Kant, an air base in Kyrgyzstan": an apposition saying where it lies.
      if (!in && (low(p + 1) == "a" || low(p + 1) == "an"))
        for (std::size_t q = p + 2; q + 1 < ceiling && q < p + 8 && !in; ++q) {
          if (doc_.tokens[q].form == "," || mention_starting_at(q)) break;
          if (low(q) == "in") in = area(q + 1);
        }
    }
    if (!in) return;
    // "a town in Tajikistan's Sughd region": the region, inside the state.
    if (in->end + 1 < ceiling && possessive(doc_.tokens[in->end]))
      if (const Mention* inner = area(in->end + 1); inner && inner->type == "Location") in = inner;
    if (entity(place).type == "State") return;
    add(entity(place).id, entity(*in).id, "located_in", "role.place-in", 0.75, sentence, place.begin, in->end);
  }

  // A sentence about an election or a legislature, where the organizations people come
  // from are their parties ("Gary Chan of DAB was re-elected").
  bool electoral(std::size_t sentence) const {
    static constexpr std::string_view kLemmas[] = {"elect",    "election",   "re-elect", "candidate", "vote",
                                                   "voter",    "constituency", "seat",   "councillor", "councilor",
                                                   "lawmaker", "politician", "ballot",   "parliament", "legislature"};
    const auto& s = doc_.sentences[sentence];
    for (auto i = s.begin; i < s.end; ++i) {
      const std::string lemma = lower(doc_.tokens[i].lemma.empty() ? doc_.tokens[i].form : doc_.tokens[i].lemma);
      if (std::find(std::begin(kLemmas), std::end(kLemmas), lemma) != std::end(kLemmas)) return true;
    }
    return false;
  }

  // The mention's head word is a clause's subject.
  bool subject_of_clause(const Mention& m) const {
    for (auto i = m.begin; i < m.end; ++i) {
      const Token& t = doc_.tokens[i];
      const bool outside = t.head < 0 || static_cast<std::size_t>(t.head) < m.begin || static_cast<std::size_t>(t.head) >= m.end;
      if (outside) return t.deprel.starts_with("nsubj");
    }
    return false;
  }

  // A party or political alliance by its name or an alias ("Democratic Alliance for the
  // Betterment of Hong Kong (DAB)"): its people are its members, not its employees.
  static bool political_group(const Entity& org) {
    const auto named = [](const std::string& name) {
      std::string word;
      for (char c : lower(name) + " ") {
        if (std::isalpha(static_cast<unsigned char>(c))) {
          word.push_back(c);
          continue;
        }
        for (std::string_view w : {"party", "alliance", "front", "movement", "coalition", "league", "bloc", "caucus"})
          if (word == w) return true;
        word.clear();
      }
      return false;
    };
    return named(org.label) || std::any_of(org.aliases.begin(), org.aliases.end(), named);
  }

  void record(const Mention& person, const Title& t, const char* rule) {
    Entity& p = doc_.entities[static_cast<std::size_t>(person.entity)];
    const std::size_t sentence = doc_.sentence_of(person.begin);
    std::string title = doc_.span_text(t.begin, t.end);
    if (!title.empty() && !p.attributes.contains("title")) p.attributes["title"] = title;
    const std::size_t begin = std::min(person.begin, t.owner ? t.owner->begin : t.begin);
    const std::size_t end = std::max(person.end, t.end);
    const Mention* target = t.owner ? t.owner : t.affiliation;
    if (!target) return;
    std::string relation = t.relation.empty() ? "works_for" : t.relation;
    // An ambassador to the U.N. with no state named works for... the U.N. is not his
    // employer: a diplomat's affiliation names where they serve, other titles whom they
    // serve ("State Department spokesman Michael Reardon").
    if (!t.owner && relation == "works_for" && t.affiliation && diplomatic(title)) return;
    add(p.id, entity(*target).id, relation, rule, 0.85, sentence, begin, end);
  }

  static bool compass_adjective(const std::string& w) {
    for (std::string_view c : {"northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
                               "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern",
                               "south-western", "far-eastern"})
      if (w == c) return true;
    return false;
  }

  static bool diplomatic(const std::string& title) {
    const std::string t = lower(title);
    for (std::string_view w : {"ambassador", "envoy", "representative", "delegate", "diplomat", "consul", "emissary"})
      if (t.find(w) != std::string::npos) return true;
    return false;
  }

  // "South Korea's Ministry of Unification" part_of; "Russia's Kursk region" located_in.
  void owned(const Mention& m) {
    std::size_t q = m.begin;
    // "Iran's northern Semnan province": a place's direction may come between.
    while (m.type == "Location" && q > 0 && compass_adjective(low(q - 1))) --q;
    bool poss = false;
    if (q > 0 && possessive(doc_.tokens[q - 1])) --q, poss = true;
    const Mention* o = mention_ending_at(q);
    // "the IRGC's Aerospace Force", "the agency's Board of Governors": a unit of an organization.
    if (o && poss && o->type == "Organization" && m.type == "Organization" && o->entity != m.entity &&
        doc_.sentence_of(o->begin) == doc_.sentence_of(m.begin)) {
      add(entity(m).id, entity(*o).id, "part_of", "role.possessive-unit", 0.75, doc_.sentence_of(m.begin), o->begin, m.end);
      return;
    }
    if (!o || o->type != "State" || o->entity == m.entity) return;
    // "North Korea's U.N. Ambassador": the U.N. here names a post, not a body of the state;
    // and bodies the gazetteer knows are nobody's part unless it says so.
    // (A government body is its state's whatever title follows: "the Russian Foreign
    // Ministry spokeswoman".)
    if (m.end < doc_.tokens.size() && title_ending_after(m.end) &&
        !gaz_.body(lower(entities::mention_name(doc_, m))))
      return;
    // Places the gazetteer knows are the text's to place ("Sudan's Darfur region").
    if (m.type == "Organization" && gaz_.find_id(entity(m).id)) return;
    if (doc_.sentence_of(o->begin) != doc_.sentence_of(m.begin)) return;
    // Adjacent demonyms own bodies ("the Russian Foreign Ministry") but not places.
    if (!poss && (m.type == "Location" || o->source != std::string(mention_source::demonym))) return;
    const char* relation = m.type == "Location" ? "located_in" : "part_of";
    add(entity(m).id, entity(*o).id, relation, m.type == "Location" ? "role.possessive-place" : "role.possessive-body",
        0.8, doc_.sentence_of(m.begin), o->begin, m.end);
  }

  // "As a permanent member of the Security Council, Russia ...", "Russia, a member of
  // the council", "X is a member of Y".
  void member_of_phrases() {
    for (std::size_t s = 0; s < doc_.sentences.size(); ++s) {
      const auto& sentence = doc_.sentences[s];
      for (std::size_t i = sentence.begin; i + 2 < sentence.end; ++i) {
        if (low(i) != "member" && low(i) != "members") continue;
        if (low(i + 1) != "of") continue;
        std::size_t q = i + 2;
        if (q < sentence.end && low(q) == "the") ++q;
        const Mention* group = mention_starting_at(q);
        if (!group || group->type != "Organization") continue;
        // Back to the article before "member".
        std::size_t a = i;
        while (a > sentence.begin && low(a - 1) != "a" && low(a - 1) != "an" && (i - a) < 3) --a;
        if (a == sentence.begin || (low(a - 1) != "a" && low(a - 1) != "an")) continue;
        const std::size_t article = a - 1;
        const Mention* member = nullptr;
        if (article > sentence.begin && low(article - 1) == "as") {
          // "As a member of G, X ...": the first actor after the comma.
          std::size_t c = group->end;
          while (c < sentence.end && doc_.tokens[c].form != ",") ++c;
          if (c + 1 < sentence.end) member = mention_starting_at(c + 1);
        } else if (article > sentence.begin && doc_.tokens[article - 1].form == ",") {
          member = mention_ending_at(article - 1);  // "X, a member of G"
        } else if (article > sentence.begin + 1 && (low(article - 1) == "is" || low(article - 1) == "was" ||
                                                    low(article - 1) == "remains" || low(article - 1) == "became")) {
          member = mention_ending_at(article - 1);  // "X is a member of G"
        }
        if (!actor(member) && !(member && member->type == "Person")) continue;
        add(entity(*member).id, entity(*group).id, "member_of", "role.member-of", 0.8, s,
            std::min(member->begin, article), std::max(member->end, group->end));
      }
    }
  }

  // Bodies the gazetteer knows to be part of another entity of the document
  // (the UN Security Council of the United Nations, KCNA of North Korea).
  void known_parts() {
    std::set<std::string> done;
    for (const auto& m : doc_.mentions) {
      if (m.entity < 0 || m.type != "Organization") continue;
      const auto entry = gaz_.find_id(entity(m).id);
      if (!entry || !done.insert(entity(m).id).second) continue;
      const auto& attrs = gaz_.entry(*entry).attributes;
      const auto part = attrs.find("part_of");
      if (part == attrs.end()) continue;
      std::optional<std::size_t> whole = gaz_.find_id("state:" + part->second);
      if (!whole) whole = gaz_.find_id("org:" + entities::slug(part->second));
      if (!whole) continue;
      const std::string& whole_id = gaz_.entry(*whole).id;
      const bool present = std::any_of(doc_.entities.begin(), doc_.entities.end(), [&](const Entity& e) { return e.id == whole_id; });
      if (!present) continue;
      add(entity(m).id, whole_id, "part_of", "role.known-part", 0.7, doc_.sentence_of(m.begin), m.begin, m.end);
    }
  }

  void add(const std::string& source, const std::string& target, const std::string& type, const char* rule,
           double confidence, std::size_t sentence, std::size_t begin, std::size_t end) {
    if (source == target) return;
    for (const auto& r : doc_.relations)  // one edge per fact and sentence
      if (r.source == source && r.target == target && r.type == type && !r.evidence.empty() &&
          r.evidence.front().sentence == static_cast<int>(sentence))
        return;
    Relation r;
    r.source = source;
    r.target = target;
    r.type = type;
    r.rule = rule;
    r.confidence = confidence;
    r.first_seen = r.last_seen = doc_.info.date;
    r.evidence.push_back(make_evidence(doc_, sentence, begin, end));
    doc_.relations.push_back(std::move(r));
  }

  Doc& doc_;
  const Gazetteer& gaz_;
  std::vector<int> index_;
};

}  // namespace

RoleExtractor RoleExtractor::load_default() { return RoleExtractor(Gazetteer::load_default()); }

void RoleExtractor::process(Doc& doc) const { Roles(doc, *gazetteer_).run(); }

}  // namespace kg
