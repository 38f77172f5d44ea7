// Ontology loading: JSON syntax check, schema validation (the schema is compiled in),
// conversion to value types, and merging a user's ontology into the default one.
#include "kg/ontology.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>

#include <fmt/core.h>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/schema.h>
#include <rapidjson/stringbuffer.h>

#include "kg/data_dir.hpp"
#include "kg/error.hpp"
#include "kg/file_io.hpp"

namespace kg::embedded {
extern const char ontology_schema[];
}

namespace kg {
namespace {

// Words that end a cue as its preposition, and words that are only particles.
constexpr std::array<std::string_view, 32> prepositions{
    "on", "in", "at", "with", "to", "for", "of", "against", "about", "from", "by", "into", "onto", "upon", "over",
    "alongside", "between", "among", "under", "toward", "towards", "within", "across", "behind", "near", "after",
    "before", "around", "through", "without", "despite", "amid"};
constexpr std::array<std::string_view, 12> particles{"up",       "down",  "out",   "off",     "away",    "back",
                                                     "together", "along", "forth", "forward", "aside",   "apart"};

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

std::vector<std::string> split_words(std::string_view text) {
  std::vector<std::string> words;
  std::size_t i = 0;
  while (i < text.size()) {
    const auto space = text.find(' ', i);
    const auto end = space == std::string_view::npos ? text.size() : space;
    if (end > i) words.emplace_back(text.substr(i, end - i));
    i = end + 1;
  }
  return words;
}

using Value = rapidjson::Value;

std::string string_of(const Value& object, const char* key, std::string fallback = {}) {
  auto it = object.FindMember(key);
  return it != object.MemberEnd() && it->value.IsString() ? std::string(it->value.GetString(), it->value.GetStringLength())
                                                          : fallback;
}

bool bool_of(const Value& object, const char* key) {
  auto it = object.FindMember(key);
  return it != object.MemberEnd() && it->value.IsBool() && it->value.GetBool();
}

std::vector<std::string> strings_of(const Value& object, const char* key) {
  std::vector<std::string> out;
  auto it = object.FindMember(key);
  if (it == object.MemberEnd()) return out;
  for (const auto& v : it->value.GetArray()) out.emplace_back(v.GetString(), v.GetStringLength());
  return out;
}

std::vector<CueWords> words_of(const Value& object, const char* key) {
  std::vector<CueWords> out;
  for (const auto& text : strings_of(object, key)) out.push_back(CueWords::parse(text));
  return out;
}

// The cue kind and words of an object with exactly one of "verb", "noun", "adj".
std::pair<CueKind, CueWords> cue_of(const Value& object) {
  if (object.HasMember("verb")) return {CueKind::verb, CueWords::parse(object["verb"].GetString())};
  if (object.HasMember("noun")) return {CueKind::noun, CueWords::parse(object["noun"].GetString())};
  return {CueKind::adj, CueWords::parse(object["adj"].GetString())};
}

std::vector<Role> roles_of(const Value& cue, const char* key, const std::string& filename, const std::string& pointer) {
  std::vector<Role> roles;
  auto it = cue.FindMember(key);
  if (it == cue.MemberEnd()) return roles;
  for (const auto& v : it->value.GetArray()) {
    try {
      roles.push_back(Role::parse(v.GetString()));
    } catch (const std::invalid_argument& e) {
      throw InputError(filename, pointer + "/" + key, e.what());
    }
  }
  return roles;
}

// Roles a cue uses when the ontology gives none (see data/ontology.json's description).
std::vector<Role> default_subject(CueKind kind) {
  switch (kind) {
    case CueKind::verb:
      return {{RoleKind::agent, {}}};
    case CueKind::noun:
      return {{RoleKind::poss, {}}, {RoleKind::prep_named, "by"}, {RoleKind::mod, {}}, {RoleKind::governor, {}}};
    case CueKind::adj:
      return {{RoleKind::predicated, {}}};
  }
  return {};
}

std::vector<Role> default_object(CueKind kind, const CueWords& words) {
  if (!words.preposition.empty()) return {{RoleKind::prep, {}}};
  switch (kind) {
    case CueKind::verb:
      return {{RoleKind::patient, {}}};
    case CueKind::noun:
      return {{RoleKind::prep_named, "of"}};
    case CueKind::adj:
      return {{RoleKind::content, {}}};
  }
  return {};
}

Predicate predicate_of(const Value& p, const std::string& filename, const std::string& pointer) {
  Predicate predicate;
  predicate.name = string_of(p, "name");
  predicate.description = string_of(p, "description");
  predicate.cameo = string_of(p, "cameo");
  predicate.symmetric = bool_of(p, "symmetric");
  predicate.object_owner = bool_of(p, "object_owner");
  predicate.subject_types = strings_of(p, "subject_types");
  predicate.object_types = strings_of(p, "object_types");
  const auto& cues = p["cues"].GetArray();
  for (rapidjson::SizeType i = 0; i < cues.Size(); ++i) {
    const std::string at = fmt::format("{}/cues/{}", pointer, i);
    Cue cue;
    std::tie(cue.kind, cue.words) = cue_of(cues[i]);
    cue.subject = roles_of(cues[i], "subject", filename, at);
    cue.object = roles_of(cues[i], "object", filename, at);
    if (cue.subject.empty()) cue.subject = default_subject(cue.kind);
    if (cue.object.empty()) cue.object = default_object(cue.kind, cue.words);
    if (cues[i].HasMember("confidence")) cue.confidence = cues[i]["confidence"].GetDouble();
    cue.mutual = bool_of(cues[i], "mutual");
    cue.wrongdoing = bool_of(cues[i], "wrongdoing");
    predicate.cues.push_back(std::move(cue));
  }
  return predicate;
}

const rapidjson::SchemaDocument& schema() {
  static const rapidjson::SchemaDocument document = [] {
    rapidjson::Document d;
    d.Parse(embedded::ontology_schema);
    if (d.HasParseError()) throw std::logic_error("the compiled-in ontology schema is not valid JSON");
    return rapidjson::SchemaDocument(d);
  }();
  return document;
}

std::string pointer_string(const rapidjson::Pointer& pointer) {
  rapidjson::StringBuffer buffer;
  pointer.Stringify(buffer);
  std::string s = buffer.GetString();
  return s.empty() ? "/" : s;
}

template <typename T>
void append_unique(std::vector<T>& into, const std::vector<T>& from, auto&& key) {
  for (const auto& item : from)
    if (std::none_of(into.begin(), into.end(), [&](const T& x) { return key(x) == key(item); })) into.push_back(item);
}

}  // namespace

CueWords CueWords::parse(std::string_view text) {
  CueWords cue;
  cue.text = std::string(text);
  auto words = split_words(text);
  if (words.empty()) return cue;
  cue.lemma = words.front();
  std::size_t last = words.size();
  if (words.size() > 1 && !contains(particles, words.back())) {
    if (contains(prepositions, words.back())) {
      cue.preposition = words.back();
      --last;
    }
  }
  for (std::size_t i = 1; i < last; ++i) {
    if (contains(particles, words[i]) || (i + 1 == last && contains(prepositions, words[i])))
      cue.particle = words[i];
    else if (cue.object_noun.empty())
      cue.object_noun = words[i];
    else
      cue.object_noun += " " + words[i];
  }
  return cue;
}

Role Role::parse(std::string_view text) {
  static constexpr std::array<std::pair<std::string_view, RoleKind>, 14> names{{
      {"agent", RoleKind::agent},
      {"patient", RoleKind::patient},
      {"iobj", RoleKind::iobj},
      {"prep", RoleKind::prep},
      {"content", RoleKind::content},
      {"patient_owner", RoleKind::patient_owner},
      {"poss", RoleKind::poss},
      {"mod", RoleKind::mod},
      {"compound", RoleKind::compound},
      {"of_owner", RoleKind::of_owner},
      {"predicated", RoleKind::predicated},
      {"governor", RoleKind::governor},
      {"recipient", RoleKind::recipient},
      {"between", RoleKind::between},
  }};
  for (const auto& [name, kind] : names)
    if (text == name) return {kind, {}};
  if (text.starts_with("prep:") && text.size() > 5) return {RoleKind::prep_named, std::string(text.substr(5))};
  throw std::invalid_argument("unknown argument role \"" + std::string(text) + "\"");
}

std::string Role::to_string() const {
  switch (kind) {
    case RoleKind::agent: return "agent";
    case RoleKind::patient: return "patient";
    case RoleKind::iobj: return "iobj";
    case RoleKind::prep: return "prep";
    case RoleKind::prep_named: return "prep:" + preposition;
    case RoleKind::content: return "content";
    case RoleKind::patient_owner: return "patient_owner";
    case RoleKind::poss: return "poss";
    case RoleKind::mod: return "mod";
    case RoleKind::compound: return "compound";
    case RoleKind::of_owner: return "of_owner";
    case RoleKind::predicated: return "predicated";
    case RoleKind::governor: return "governor";
    case RoleKind::recipient: return "recipient";
    case RoleKind::between: return "between";
  }
  return {};
}

bool Predicate::allows_subject(std::string_view type) const {
  return subject_types.empty() || std::find(subject_types.begin(), subject_types.end(), type) != subject_types.end();
}

bool Predicate::allows_object(std::string_view type) const {
  return object_types.empty() || std::find(object_types.begin(), object_types.end(), type) != object_types.end();
}

Ontology Ontology::parse(std::string_view json, const std::string& filename) {
  rapidjson::Document d;
  d.Parse(json.data(), json.size());
  if (d.HasParseError())
    throw InputError(filename, fmt::format("byte {}", d.GetErrorOffset()),
                     fmt::format("invalid JSON: {}", rapidjson::GetParseError_En(d.GetParseError())));
  rapidjson::SchemaValidator validator(schema());
  if (!d.Accept(validator)) {
    const std::string where = pointer_string(validator.GetInvalidDocumentPointer());
    throw InputError(filename, where,
                     fmt::format("does not match the ontology schema ({} at {})", validator.GetInvalidSchemaKeyword(),
                                 pointer_string(validator.GetInvalidSchemaPointer())));
  }

  Ontology ontology;
  ontology.source_ = filename;
  ontology.name_ = string_of(d, "name");
  if (auto it = d.FindMember("entity_types"); it != d.MemberEnd())
    for (const auto& t : it->value.GetArray()) ontology.entity_types_.push_back({string_of(t, "name"), string_of(t, "description")});
  ontology.agent_nouns_ = strings_of(d, "agent_nouns");
  ontology.support_verbs_ = words_of(d, "support_verbs");
  ontology.recipient_governors_ = words_of(d, "recipient_governors");
  ontology.negation_cues_ = words_of(d, "negation_cues");
  ontology.wrongdoing_verbs_ = words_of(d, "wrongdoing_verbs");
  if (auto it = d.FindMember("modality_cues"); it != d.MemberEnd()) {
    ontology.modality_cues_.possible = words_of(it->value, "possible");
    ontology.modality_cues_.planned = words_of(it->value, "planned");
    ontology.modality_cues_.proposed = words_of(it->value, "proposed");
    ontology.modality_cues_.alleged = words_of(it->value, "alleged");
  }
  if (auto it = d.FindMember("attribution_cues"); it != d.MemberEnd()) {
    for (const auto& a : it->value.GetArray()) {
      AttributionCue cue;
      std::tie(cue.kind, cue.words) = cue_of(a);
      cue.modality = string_of(a, "modality") == "alleged" ? Modality::alleged : Modality::asserted;
      ontology.attribution_cues_.push_back(std::move(cue));
    }
  }
  const auto& predicates = d["predicates"].GetArray();
  for (rapidjson::SizeType i = 0; i < predicates.Size(); ++i) {
    const std::string at = fmt::format("/predicates/{}", i);
    Predicate p = predicate_of(predicates[i], filename, at);
    if (ontology.find(p.name)) throw InputError(filename, at + "/name", "predicate \"" + p.name + "\" is declared twice");
    ontology.predicates_.push_back(std::move(p));
  }
  // A file that declares entity types must use only those; one that declares none
  // (a user's addition) is checked once merged into an ontology that has them.
  if (!ontology.entity_types_.empty()) ontology.check_types(ontology, filename);
  return ontology;
}

Ontology Ontology::load(const std::filesystem::path& path) {
  const std::string text = read_file(path);
  check_utf8(text, path.string(), true);
  return parse(text, path.string());
}

Ontology Ontology::load_default() { return load(data_file("ontology.json")); }

void Ontology::merge(const Ontology& other) {
  append_unique(entity_types_, other.entity_types_, [](const EntityType& t) { return t.name; });
  for (const auto& p : other.predicates_) {
    auto it = std::find_if(predicates_.begin(), predicates_.end(), [&](const Predicate& q) { return q.name == p.name; });
    if (it != predicates_.end())
      *it = p;
    else
      predicates_.push_back(p);
  }
  append_unique(agent_nouns_, other.agent_nouns_, [](const std::string& s) { return s; });
  const auto text = [](const CueWords& w) { return w.text; };
  append_unique(support_verbs_, other.support_verbs_, text);
  append_unique(recipient_governors_, other.recipient_governors_, text);
  append_unique(negation_cues_, other.negation_cues_, text);
  append_unique(wrongdoing_verbs_, other.wrongdoing_verbs_, text);
  append_unique(modality_cues_.possible, other.modality_cues_.possible, text);
  append_unique(modality_cues_.planned, other.modality_cues_.planned, text);
  append_unique(modality_cues_.proposed, other.modality_cues_.proposed, text);
  append_unique(modality_cues_.alleged, other.modality_cues_.alleged, text);
  append_unique(attribution_cues_, other.attribution_cues_, [](const AttributionCue& c) { return c.words.text; });
  if (!entity_types_.empty()) check_types(other, other.source_);
}

const Predicate* Ontology::find(std::string_view predicate) const {
  auto it = std::find_if(predicates_.begin(), predicates_.end(), [&](const Predicate& p) { return p.name == predicate; });
  return it == predicates_.end() ? nullptr : &*it;
}

bool Ontology::has_entity_type(std::string_view type) const {
  return std::any_of(entity_types_.begin(), entity_types_.end(), [&](const EntityType& t) { return t.name == type; });
}

void Ontology::check_types(const Ontology& declared, const std::string& filename) const {
  for (std::size_t i = 0; i < declared.predicates_.size(); ++i) {
    const auto& p = declared.predicates_[i];
    for (const auto* list : {&p.subject_types, &p.object_types})
      for (const auto& type : *list)
        if (!has_entity_type(type))
          throw InputError(filename, fmt::format("/predicates/{}", i),
                           fmt::format("predicate \"{}\" names the unknown entity type \"{}\"", p.name, type));
  }
}

}  // namespace kg
