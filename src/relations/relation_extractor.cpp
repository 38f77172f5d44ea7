// The relation extractor: for every cue word of the ontology in the article's body,
// the entities filling its subject and object roles in the parse, each pair a relation
// with its clause context (polarity, modality, attribution) and evidence.
#include "kg/relation_extractor.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include <fmt/core.h>

#include "kg/article_zones.hpp"
#include "kg/evidence.hpp"

#include "relations/argument_finder.hpp"
#include "relations/clause_context.hpp"
#include "relations/entity_resolver.hpp"
#include "relations/heading_reader.hpp"
#include "relations/lexicon.hpp"
#include "relations/parse_view.hpp"

namespace kg {
namespace relations {
namespace {

// Confidence factors for weaker readings.
constexpr double implicit_factor = 0.9;  // an implicit subject, or a phrase attached to the verb
constexpr double owner_factor = 0.85;    // a thing standing for its owner
constexpr double open_confidence = 0.5;

const char* kind_name(CueKind kind) {
  switch (kind) {
    case CueKind::verb: return "verb";
    case CueKind::noun: return "noun";
    case CueKind::adj: return "adj";
  }
  return "";
}

bool is_hard_role(RoleKind kind) {
  switch (kind) {
    case RoleKind::agent:
    case RoleKind::patient:
    case RoleKind::iobj:
    case RoleKind::prep:
    case RoleKind::prep_named:
    case RoleKind::content:
    case RoleKind::poss:
      return true;
    default:
      return false;
  }
}

struct Filled {
  std::vector<EntityRef> refs;
  std::vector<TokenId> tokens;  // the dependents the role found
  Role role;
  bool implicit = false;
};

class DocumentExtractor {
 public:
  DocumentExtractor(Doc& doc, const Lexicon& lexicon, const RelationExtractorOptions& options)
      : doc_(doc),
        view_(doc),
        lexicon_(lexicon),
        options_(options),
        resolver_(view_, lexicon),
        finder_(view_, lexicon),
        context_(view_, lexicon, finder_, resolver_) {}

  void run() {
    // Facts the entity stages already read (roles) are not read a second time.
    for (const auto& r : doc_.relations)
      for (const auto& e : r.evidence) known_.emplace(r.source, r.type, r.target, r.polarity, e.sentence);
    const std::size_t end = kg::body_end(doc_);
    for (std::size_t s = 0; s < end; ++s) {
      const auto& sentence = doc_.sentences[s];
      for (TokenId t = sentence.begin; t < sentence.end && t < doc_.tokens.size(); ++t) {
        bool produced = false;
        if (trigger_allowed(t))
          for (const auto& match : lexicon_.cues_at(view_, t)) produced |= extract(t, match);
        if (!produced && sentence.heading) produced = heading_relations(t);
        if (!produced && options_.open_relations) open_relation(t);
      }
    }
    for (auto& relation : found_) doc_.relations.push_back(std::move(relation));
  }

 private:
  // A cue word inside a name ("Ministry of Defense") is part of the name, but a weapon
  // mention may hold its event ("missile test").
  bool trigger_allowed(TokenId t) const {
    const int m = resolver_.mention_of(t);
    if (m < 0) return true;
    const auto& mention = doc_.mentions[static_cast<std::size_t>(m)];
    return mention.type == "Weapon" && view_.upos(t) == "NOUN";
  }

  // Whether an entity of `type` may be the predicate's subject (or object). A place in
  // a state's role ("Marisca summoned Tarsovia's ambassador") is acting as a state: the
  // recognizer types unfamiliar countries and capitals as places.
  static bool fits(const Predicate& predicate, const std::string& type, bool subject) {
    if (subject ? predicate.allows_subject(type) : predicate.allows_object(type)) return true;
    return type == "Location" && (subject ? predicate.allows_subject("State") : predicate.allows_object("State"));
  }

  Filled fill(TokenId t, const CueMatch& match, const std::vector<Role>& roles, bool subject) const {
    const Predicate& predicate = *match.predicate;
    for (const auto& role : roles) {
      if (role.kind == RoleKind::between) continue;  // handled as pairs
      Found found = finder_.find(t, *match.cue, role);
      if (found.tokens.empty()) continue;
      Filled filled{{}, found.tokens, role, found.implicit};
      for (TokenId token : found.tokens) {
        std::vector<EntityRef> refs;
        switch (role.kind) {
          case RoleKind::mod:
          case RoleKind::compound:
            refs = resolver_.resolve_mention(token);
            break;
          case RoleKind::patient_owner:
            refs = resolver_.owner(token);
            break;
          case RoleKind::of_owner:
            refs = resolver_.resolve(token, true);
            break;
          default: {
            const bool owner = !subject && predicate.object_owner;
            refs = resolver_.resolve(token, owner);
            // "condemned Iran's drone attacks" read with the drone as the object: a named
            // thing of a type the predicate cannot take stands for its owner.
            const auto fitting = [&](const EntityRef& r) { return fits(predicate, resolver_.type_of(r.entity), subject); };
            if (owner && !refs.empty() && std::none_of(refs.begin(), refs.end(), fitting))
              refs = resolver_.owner_of_named_thing(token);
          }
        }
        for (auto& r : refs) {
          if (!fits(predicate, resolver_.type_of(r.entity), subject)) continue;
          if (std::none_of(filled.refs.begin(), filled.refs.end(), [&](const EntityRef& x) { return x.entity == r.entity; }))
            filled.refs.push_back(r);
        }
      }
      if (!filled.refs.empty() || is_hard_role(role.kind)) return filled;
    }
    return {};
  }

  // Whether a clause t governs tells of wrongdoing ("claimed that the Church imprisoned her").
  bool tells_of_wrongdoing(TokenId t, CueKind kind) const {
    for (TokenId clause : finder_.content_clauses(t, kind)) {
      std::vector<TokenId> verbs{clause};
      for (TokenId c : view_.conjuncts(clause)) verbs.push_back(c);
      for (TokenId x : view_.children_with(clause, "xcomp")) verbs.push_back(x);
      for (TokenId v : verbs)
        if (Lexicon::matches_any(view_, v, lexicon_.ontology().wrongdoing_verbs())) return true;
    }
    return false;
  }

  bool extract(TokenId t, const CueMatch& match) {
    const Cue& cue = *match.cue;
    if (cue.wrongdoing && !tells_of_wrongdoing(t, cue.kind)) return false;
    const bool passive = cue.kind == CueKind::verb && view_.is_passive(t);
    const std::string kind = std::string(kind_name(cue.kind)) + (passive ? "-passive" : "");
    const ClauseContext context = context_.read(t);

    // "cooperation between North Korea and Russia": every pair of the coordination.
    if (std::any_of(cue.object.begin(), cue.object.end(), [](const Role& r) { return r.kind == RoleKind::between; })) {
      const Found between = finder_.find(t, cue, Role{RoleKind::between, {}});
      for (TokenId phrase : between.tokens) {
        auto refs = resolver_.resolve(phrase);
        std::erase_if(refs, [&](const EntityRef& r) {
          const auto& type = resolver_.type_of(r.entity);
          return !fits(*match.predicate, type, true) || !fits(*match.predicate, type, false);
        });
        if (refs.size() < 2) continue;
        bool any = false;
        for (std::size_t i = 0; i < refs.size(); ++i)
          for (std::size_t j = i + 1; j < refs.size(); ++j)
            any |= emit(*match.predicate, refs[i], refs[j], context, cue.confidence, kind + ":between", t);
        if (any) return true;
      }
    }
    const Filled subjects = fill(t, match, cue.subject, true);
    if (subjects.refs.empty()) return false;
    const Filled objects = fill(t, match, cue.object, false);
    if (objects.refs.empty()) {
      // "Russia and North Korea met", "... signed a partnership": a symmetric relation
      // among coordinated subjects; "North and South Korea exchanged fire": a mutual one.
      if (!(match.predicate->symmetric || cue.mutual) || subjects.refs.size() < 2) return false;
      bool any = false;
      const std::string rule = fmt::format("{}:{}>coordination", kind, subjects.role.to_string());
      for (std::size_t i = 0; i < subjects.refs.size(); ++i)
        for (std::size_t j = 0; j < subjects.refs.size(); ++j)
          if (i < j || (i != j && cue.mutual))
            any |= emit(*match.predicate, subjects.refs[i], subjects.refs[j], context,
                        cue.confidence * implicit_factor, rule, t);
      return any;
    }
    const std::string rule = fmt::format("{}:{}>{}", kind, subjects.role.to_string(), objects.role.to_string());
    bool any = false;
    for (const auto& s : subjects.refs) {
      for (const auto& o : objects.refs) {
        double confidence = cue.confidence;
        if (subjects.implicit) confidence *= implicit_factor;
        if (objects.implicit) confidence *= implicit_factor;
        if (o.via_owner) confidence *= owner_factor;
        any |= emit(*match.predicate, s, o, context, confidence, rule, t);
        if (cue.mutual) any |= emit(*match.predicate, o, s, context, confidence, rule, t);
      }
    }
    return any;
  }

  bool heading_relations(TokenId t) {
    bool any = false;
    for (const auto& reading : read_heading(view_, lexicon_, resolver_, t)) {
      const ClauseContext context;  // headlines state the news as fact
      any |= emit(*reading.predicate, reading.subject, reading.object, context, reading.confidence, "heading:sequence", t);
    }
    return any;
  }

  void open_relation(TokenId t) {
    if (view_.upos(t) != "VERB") return;
    const TokenId agent = finder_.agent(t);
    if (agent == no_token) return;
    const auto subjects = resolver_.resolve(agent);
    if (subjects.empty()) return;
    std::string type = "open:" + view_.lemma(t);
    std::vector<EntityRef> objects;
    if (TokenId p = finder_.patient(t); p != no_token && !view_.is_passive(t)) objects = resolver_.resolve(p);
    if (objects.empty()) {
      for (TokenId c : view_.children_with(t, "obl")) {
        const auto marker = view_.marker(c);
        if (marker.empty() || marker == "by") continue;
        objects = resolver_.resolve(c);
        if (!objects.empty()) {
          type += "_" + marker;
          std::replace(type.begin(), type.end(), ' ', '_');
          break;
        }
      }
    }
    if (objects.empty()) return;
    const ClauseContext context = context_.read(t);
    Predicate open;
    open.name = type;
    for (const auto& s : subjects)
      for (const auto& o : objects) emit(open, s, o, context, open_confidence, "open:agent>object", t);
  }

  // The span from the first to the last of the words the relation was read from.
  Evidence evidence_for(TokenId trigger, TokenId subject, TokenId object) const {
    const std::size_t sentence = view_.sentence(trigger);
    TokenId first = trigger, last = trigger;
    for (TokenId t : {subject, object}) {
      if (t == no_token || !view_.same_sentence(t, trigger)) continue;
      first = std::min(first, t);
      last = std::max(last, t);
    }
    return make_evidence(doc_, sentence, first, last + 1);
  }

  bool emit(const Predicate& predicate, EntityRef subject, EntityRef object, const ClauseContext& context,
            double confidence, const std::string& rule, TokenId trigger) {
    if (subject.entity < 0 || object.entity < 0 || subject.entity == object.entity) return false;
    // Hypotheticals ("could wage war") are not facts of the article.
    if (context.modality == Modality::possible && !options_.hypothetical) return false;
    // One edge for a symmetric fact, its entities in document order.
    if (predicate.symmetric && object.entity < subject.entity) std::swap(subject, object);
    const auto& entities = doc_.entities;
    Relation relation;
    relation.source = entities[static_cast<std::size_t>(subject.entity)].id;
    relation.target = entities[static_cast<std::size_t>(object.entity)].id;
    relation.type = predicate.name;
    relation.polarity = context.polarity;
    relation.modality = context.modality;
    if (context.attributed_to >= 0) relation.attributed_to = entities[static_cast<std::size_t>(context.attributed_to)].id;
    relation.agent = subject.agent;
    relation.confidence = std::clamp(confidence, 0.0, 1.0);
    relation.rule = rule;
    relation.first_seen = relation.last_seen = doc_.info.date;
    relation.evidence.push_back(evidence_for(trigger, subject.token, object.token));
    // The same fact read twice from one sentence (a verb and its noun) is one mention.
    const auto key = std::make_tuple(relation.source, relation.type, relation.target, relation.polarity,
                                     relation.evidence.front().sentence);
    if (known_.count(key)) return true;
    if (auto it = seen_.find(key); it != seen_.end()) {
      // Keep the most confident reading (and its rule and evidence).
      auto& existing = found_[it->second];
      if (relation.confidence > existing.confidence) existing = std::move(relation);
      return true;
    }
    seen_.emplace(key, found_.size());
    found_.push_back(std::move(relation));
    return true;
  }

  Doc& doc_;
  ParseView view_;
  const Lexicon& lexicon_;
  const RelationExtractorOptions& options_;
  EntityResolver resolver_;
  ArgumentFinder finder_;
  ContextReader context_;
  std::vector<Relation> found_;
  using Key = std::tuple<std::string, std::string, std::string, Polarity, int>;
  std::map<Key, std::size_t> seen_;
  std::set<Key> known_;
};

}  // namespace
}  // namespace relations

RelationExtractor::RelationExtractor(Ontology ontology, RelationExtractorOptions options)
    : ontology_(std::make_shared<const Ontology>(std::move(ontology))),
      lexicon_(std::make_shared<const relations::Lexicon>(*ontology_)),
      options_(options) {}

RelationExtractor RelationExtractor::load_default(RelationExtractorOptions options) {
  return RelationExtractor(Ontology::load_default(), options);
}

void RelationExtractor::process(Doc& doc) const {
  relations::DocumentExtractor extractor(doc, *lexicon_, options_);
  extractor.run();
}

}  // namespace kg
