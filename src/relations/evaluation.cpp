// A faithful port of the annotation kit's score.py (same identification, matching and
// counting rules, same report), so `kgb eval` and the Python scorer agree to the digit.
#include "kg/evaluation.hpp"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <set>
#include <tuple>
#include <unordered_map>

#include <fmt/core.h>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <utf8proc.h>

#include "kg/error.hpp"
#include "kg/file_io.hpp"

namespace kg {
namespace {

// ---- Unicode helpers matching Python's str methods ----

std::u32string decode(std::string_view s) {
  std::u32string out;
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(s.size());
  while (left > 0) {
    utf8proc_int32_t cp = 0;
    auto n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) {  // invalid byte: keep it as U+FFFD, as a lenient decoder would
      cp = 0xFFFD;
      n = 1;
    }
    out.push_back(static_cast<char32_t>(cp));
    p += n;
    left -= n;
  }
  return out;
}

std::string encode(const std::u32string& s) {
  std::string out;
  for (char32_t c : s) {
    utf8proc_uint8_t buffer[4];
    auto n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(c), buffer);
    out.append(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(n));
  }
  return out;
}

// Python's str.isspace().
bool is_space(char32_t c) {
  return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

std::u32string lower(const std::u32string& s) {
  std::u32string out;
  for (char32_t c : s) {
    if (c == 0x130) {  // Python: "İ".lower() == "i̇"
      out += U"i\u0307";
      continue;
    }
    out.push_back(static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(c))));
  }
  return out;
}

std::u32string strip(const std::u32string& s) {
  std::size_t b = 0, e = s.size();
  while (b < e && is_space(s[b])) ++b;
  while (e > b && is_space(s[e - 1])) --e;
  return s.substr(b, e - b);
}

std::string nfkc(std::string_view s) {
  std::string copy(s);
  auto* out = utf8proc_NFKC(reinterpret_cast<const utf8proc_uint8_t*>(copy.c_str()));
  if (!out) return copy;  // invalid UTF-8: leave as it is
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(out, &std::free);
  return std::string(reinterpret_cast<const char*>(out));
}

// ---- JSON values as Python's json module sees them ----

using Value = rapidjson::Value;

// d.get(key) that is present and not null, for the first key that has one.
const Value* first(const Value& object, std::initializer_list<const char*> keys) {
  if (!object.IsObject()) return nullptr;
  for (const char* key : keys) {
    auto it = object.FindMember(key);
    if (it != object.MemberEnd() && !it->value.IsNull()) return &it->value;
  }
  return nullptr;
}

std::string python_str(const Value& v);

std::string python_repr(const Value& v) {
  if (v.IsString()) {
    std::string s = "'";
    s.append(v.GetString(), v.GetStringLength());
    return s + "'";
  }
  return python_str(v);
}

std::string python_str(const Value& v) {
  if (v.IsString()) return std::string(v.GetString(), v.GetStringLength());
  if (v.IsBool()) return v.GetBool() ? "True" : "False";
  if (v.IsNull()) return "None";
  if (v.IsInt64()) return std::to_string(v.GetInt64());
  if (v.IsUint64()) return std::to_string(v.GetUint64());
  if (v.IsDouble()) {
    std::string s = fmt::format("{}", v.GetDouble());
    if (s.find_first_of(".en") == std::string::npos) s += ".0";
    return s;
  }
  if (v.IsArray()) {
    std::string s = "[";
    for (const auto& item : v.GetArray()) s += (s.size() > 1 ? ", " : "") + python_repr(item);
    return s + "]";
  }
  std::string s = "{";
  for (const auto& m : v.GetObject())
    s += (s.size() > 1 ? ", " : "") + python_repr(m.name) + ": " + python_repr(m.value);
  return s + "}";
}

std::string str_of(const Value& object, std::initializer_list<const char*> keys, std::string fallback = {}) {
  const Value* v = first(object, keys);
  return v ? python_str(*v) : fallback;
}

std::vector<std::string> strings(const Value& list) {
  std::vector<std::string> out;
  if (list.IsArray())
    for (const auto& item : list.GetArray()) out.push_back(python_str(item));
  return out;
}

bool truthy(const Value& object, const char* key) {
  if (!object.IsObject()) return false;
  auto it = object.FindMember(key);
  if (it == object.MemberEnd()) return false;
  const Value& v = it->value;
  if (v.IsBool()) return v.GetBool();
  if (v.IsNull()) return false;
  if (v.IsNumber()) return v.GetDouble() != 0;
  if (v.IsString()) return v.GetStringLength() > 0;
  if (v.IsArray()) return !v.Empty();
  return v.MemberCount() > 0;
}

rapidjson::Document parse_json(std::string_view text, const std::string& file) {
  rapidjson::Document d;
  d.Parse(text.data(), text.size());
  if (d.HasParseError())
    throw InputError(file, fmt::format("byte {}", d.GetErrorOffset()),
                     fmt::format("invalid JSON: {}", rapidjson::GetParseError_En(d.GetParseError())));
  if (!d.IsObject()) throw InputError(file, "/", "expected a JSON object");
  return d;
}

const Value& require_array(const Value& object, const char* key, const std::string& file) {
  auto it = object.FindMember(key);
  if (it == object.MemberEnd() || !it->value.IsArray())
    throw InputError(file, std::string("/") + key, std::string("a gold file needs the array \"") + key + "\"");
  return it->value;
}

struct GoldRelation {
  std::set<std::string> subject, object;
  std::vector<std::string> subject_list, predicate, object_list;
  std::string polarity = "positive";
  std::string evidence;
  bool optional = false;
};

const std::set<std::string> symmetric_predicates{"allied_with", "meets"};

class Gold {
 public:
  Gold(const Value& doc, const std::string& file) {
    const Value& entities = require_array(doc, "entities", file);
    for (rapidjson::SizeType i = 0; i < entities.Size(); ++i) {
      const Value& e = entities[i];
      const Value* name_value = first(e, {"name"});
      const Value* type_value = first(e, {"type"});
      if (!name_value || !type_value)
        throw InputError(file, fmt::format("/entities/{}", i), "a gold entity needs \"name\" and \"type\"");
      GoldEntity g{python_str(*name_value), python_str(*type_value), truthy(e, "optional")};
      std::vector<std::string> names{g.name};
      if (auto it = e.FindMember("aliases"); it != e.MemberEnd()) {
        auto aliases = strings(it->value);
        names.insert(names.end(), aliases.begin(), aliases.end());
      }
      for (const auto& n : names) by_name_.emplace(normalize_name(n), g.name);
      type_[g.name] = g.type;
      optional_[g.name] = g.optional;
      entities_.push_back(std::move(g));
    }
    const Value& relations = require_array(doc, "relations", file);
    for (rapidjson::SizeType i = 0; i < relations.Size(); ++i) {
      const Value& r = relations[i];
      for (const char* key : {"subject", "predicate", "object"})
        if (!r.IsObject() || !r.HasMember(key) || !r[key].IsArray())
          throw InputError(file, fmt::format("/relations/{}/{}", i, key), "a gold relation needs a list here");
      GoldRelation g;
      g.subject_list = strings(r["subject"]);
      g.predicate = strings(r["predicate"]);
      g.object_list = strings(r["object"]);
      g.subject = {g.subject_list.begin(), g.subject_list.end()};
      g.object = {g.object_list.begin(), g.object_list.end()};
      if (auto it = r.FindMember("polarity"); it != r.MemberEnd()) g.polarity = python_str(it->value);
      if (auto it = r.FindMember("evidence"); it != r.MemberEnd()) g.evidence = python_str(it->value);
      g.optional = truthy(r, "optional");
      relations_.push_back(std::move(g));
    }
  }

  std::optional<std::string> identify(const std::string& label, const std::vector<std::string>& aliases) const {
    if (auto it = by_name_.find(normalize_name(label)); it != by_name_.end() && !it->second.empty()) return it->second;
    std::set<std::string> hits;
    for (const auto& a : aliases)
      if (auto it = by_name_.find(normalize_name(a)); it != by_name_.end()) hits.insert(it->second);
    if (hits.size() == 1) return *hits.begin();
    return std::nullopt;
  }

  struct GoldEntity {
    std::string name, type;
    bool optional = false;
  };
  const std::vector<GoldEntity>& entities() const { return entities_; }
  const std::vector<GoldRelation>& relations() const { return relations_; }
  const std::string& type_of(const std::string& name) const { return type_.at(name); }
  bool optional(const std::string& name) const { return optional_.at(name); }

 private:
  std::vector<GoldEntity> entities_;
  std::vector<GoldRelation> relations_;
  std::unordered_map<std::string, std::string> by_name_;  // first name wins, as dict.setdefault
  std::unordered_map<std::string, std::string> type_;
  std::unordered_map<std::string, bool> optional_;
};

bool rel_matches(const GoldRelation& g, const std::string& s, const std::string& p, const std::string& o,
                 const std::string& polarity) {
  if (std::find(g.predicate.begin(), g.predicate.end(), p) == g.predicate.end()) return false;
  if (polarity != g.polarity) return false;
  if (g.subject.count(s) && g.object.count(o)) return true;
  return symmetric_predicates.count(p) && g.subject.count(o) && g.object.count(s);
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : "|") + item;
  return out;
}

std::string lower_ascii_and_unicode(const std::string& s) { return encode(lower(decode(s))); }

PrecisionRecall prf(double tp, double fp, double found, double required) {
  PrecisionRecall r;
  r.precision = tp + fp > 0 ? tp / (tp + fp) : 0.0;
  r.recall = required > 0 ? found / required : 0.0;
  r.f1 = r.precision + r.recall > 0 ? 2 * r.precision * r.recall / (r.precision + r.recall) : 0.0;
  return r;
}

}  // namespace

ScoreCounts& ScoreCounts::operator+=(const ScoreCounts& o) {
  ent_tp += o.ent_tp;
  ent_fp += o.ent_fp;
  ent_dup += o.ent_dup;
  ent_typed_tp += o.ent_typed_tp;
  ent_req += o.ent_req;
  ent_found += o.ent_found;
  rel_tp += o.rel_tp;
  rel_fp += o.rel_fp;
  rel_req += o.rel_req;
  rel_found += o.rel_found;
  return *this;
}

std::string normalize_name(std::string_view name) {
  std::u32string s = decode(nfkc(name));
  for (char32_t& c : s)
    if (c == U'\u2019' || c == U'\u2018') c = U'\'';
  s = strip(lower(s));
  // ^the\s+
  if (s.size() > 3 && s.compare(0, 3, U"the") == 0 && is_space(s[3])) {
    std::size_t i = 3;
    while (i < s.size() && is_space(s[i])) ++i;
    s.erase(0, i);
  }
  // 's$ (the string is stripped, so $ is its end)
  if (s.size() >= 2 && s.compare(s.size() - 2, 2, U"'s") == 0) s.erase(s.size() - 2);
  std::erase(s, U'.');
  // [\s\-_]+ -> " "
  std::u32string collapsed;
  for (std::size_t i = 0; i < s.size();) {
    if (is_space(s[i]) || s[i] == U'-' || s[i] == U'_') {
      while (i < s.size() && (is_space(s[i]) || s[i] == U'-' || s[i] == U'_')) ++i;
      collapsed.push_back(U' ');
    } else {
      collapsed.push_back(s[i++]);
    }
  }
  return encode(strip(collapsed));
}

PrecisionRecall entity_scores(const ScoreCounts& c) {
  return prf(static_cast<double>(c.ent_tp), static_cast<double>(c.ent_fp + c.ent_dup), static_cast<double>(c.ent_found),
             static_cast<double>(c.ent_req));
}

PrecisionRecall typed_entity_scores(const ScoreCounts& c) {
  const auto typed = static_cast<double>(c.ent_typed_tp);
  return prf(typed, static_cast<double>(c.ent_fp + c.ent_dup + (c.ent_tp - c.ent_typed_tp)), typed,
             static_cast<double>(c.ent_req));
}

PrecisionRecall relation_scores(const ScoreCounts& c) {
  return prf(static_cast<double>(c.rel_tp), static_cast<double>(c.rel_fp), static_cast<double>(c.rel_found),
             static_cast<double>(c.rel_req));
}

Score score_graph(std::string_view gold_json, const std::string& gold_file, std::string_view system_json,
                  const std::string& system_file) {
  const auto gold_doc = parse_json(gold_json, gold_file);
  const auto sys_doc = parse_json(system_json, system_file);
  const Gold gold(gold_doc, gold_file);
  Score result;
  auto& c = result.counts;
  auto& detail = result.detail;

  std::unordered_map<std::string, std::optional<std::string>> ident;
  std::map<std::string, std::string> seen_gold;
  static const Value empty_array(rapidjson::kArrayType);
  const Value* ents = first(sys_doc, {"entities", "nodes"});
  if (!ents || !ents->IsArray()) ents = &empty_array;
  for (const auto& e : ents->GetArray()) {
    const std::string label = str_of(e, {"label", "name"});
    std::vector<std::string> aliases;
    if (const Value* a = first(e, {"aliases"})) aliases = strings(*a);
    const auto g = gold.identify(label, aliases);
    ident[str_of(e, {"id"}, label)] = g;
    const std::string etype = str_of(e, {"type"});
    if (!g) {
      ++c.ent_fp;
      detail.spurious_entities.push_back(fmt::format("{} [{}]", label, etype));
      continue;
    }
    if (gold.optional(*g)) continue;
    if (auto it = seen_gold.find(*g); it != seen_gold.end()) {
      ++c.ent_dup;
      detail.duplicate_entities.push_back(fmt::format("{} -> {} (already {})", label, *g, it->second));
      continue;
    }
    seen_gold[*g] = label;
    ++c.ent_tp;
    if (lower_ascii_and_unicode(etype) == lower_ascii_and_unicode(gold.type_of(*g)))
      ++c.ent_typed_tp;
    else
      detail.wrong_type.push_back(fmt::format("{}: {} (gold {})", label, etype, gold.type_of(*g)));
  }
  for (const auto& e : gold.entities()) {
    if (e.optional) continue;
    ++c.ent_req;
    if (!seen_gold.count(e.name)) detail.missed_entities.push_back(e.name);
  }
  c.ent_found = static_cast<long>(seen_gold.size());

  std::set<std::tuple<std::string, std::string, std::string, std::string>> triples;
  const Value* rels = first(sys_doc, {"relations", "edges"});
  if (!rels || !rels->IsArray()) rels = &empty_array;
  for (const auto& r : rels->GetArray())
    triples.emplace(str_of(r, {"source", "subject"}), str_of(r, {"type", "predicate", "label"}),
                    str_of(r, {"target", "object"}), str_of(r, {"polarity"}, "positive"));
  std::set<std::size_t> matched_required;
  const auto& gold_relations = gold.relations();
  for (const auto& [s, p, o, polarity] : triples) {
    std::optional<std::string> gs, go;
    if (auto it = ident.find(s); it != ident.end()) gs = it->second;
    if (auto it = ident.find(o); it != ident.end()) go = it->second;
    std::vector<std::size_t> hits, required_hits;
    for (std::size_t i = 0; i < gold_relations.size(); ++i)
      if (gs && go && rel_matches(gold_relations[i], *gs, p, *go, polarity)) hits.push_back(i);
    for (auto i : hits)
      if (!gold_relations[i].optional) required_hits.push_back(i);
    if (!required_hits.empty()) {
      ++c.rel_tp;
      matched_required.insert(required_hits.begin(), required_hits.end());
    } else if (!hits.empty() || polarity != "positive") {
      continue;
    } else {
      ++c.rel_fp;
      detail.spurious_relations.push_back(fmt::format("{} {} {}", gs ? *gs : s, p, go ? *go : o));
    }
  }
  for (std::size_t i = 0; i < gold_relations.size(); ++i) {
    const auto& g = gold_relations[i];
    if (g.optional) continue;
    ++c.rel_req;
    if (matched_required.count(i))
      ++c.rel_found;
    else
      detail.missed_relations.push_back(fmt::format("{} {} {}  <- {}", join(g.subject_list), join(g.predicate),
                                                    join(g.object_list), g.evidence));
  }
  return result;
}

Score score_files(const std::filesystem::path& gold, const std::filesystem::path& system) {
  const std::string gold_text = read_file(gold);
  const std::string system_text = read_file(system);
  check_utf8(gold_text, gold.string(), true);
  check_utf8(system_text, system.string(), true);
  return score_graph(gold_text, gold.string(), system_text, system.string());
}

ScoreCounts score_directories(const std::filesystem::path& gold_dir, const std::filesystem::path& system_dir,
                              const std::function<void(const std::string&, const Score&)>& each) {
  std::error_code ec;
  if (!std::filesystem::is_directory(gold_dir, ec)) throw InputError(gold_dir.string(), "", "not a directory");
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(gold_dir)) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  ScoreCounts total;
  bool any = false;
  constexpr std::string_view suffix = ".gold.json";
  for (const auto& name : names) {
    if (!name.ends_with(suffix)) continue;
    any = true;
    const std::string base = name.substr(0, name.size() - suffix.size());
    const auto gold_path = gold_dir / name;
    const auto system_path = system_dir / (base + ".json");
    const std::string gold_text = read_file(gold_path);
    check_utf8(gold_text, gold_path.string(), true);
    Score score;
    if (std::filesystem::exists(system_path, ec)) {
      score = score_files(gold_path, system_path);
    } else {
      score = score_graph(gold_text, gold_path.string(), R"({"entities": [], "relations": []})", system_path.string());
    }
    if (each) each(base, score);
    total += score.counts;
  }
  if (!any) throw InputError(gold_dir.string(), "", "no *.gold.json files");
  return total;
}

void print_score(std::ostream& out, const ScoreCounts& c, const ScoreDetail* detail) {
  if (detail) {
    const std::pair<const char*, const std::vector<std::string>*> sections[] = {
        {"missed_entities", &detail->missed_entities},       {"spurious_entities", &detail->spurious_entities},
        {"duplicate_entities", &detail->duplicate_entities}, {"wrong_type", &detail->wrong_type},
        {"missed_relations", &detail->missed_relations},     {"spurious_relations", &detail->spurious_relations}};
    for (const auto& [name, items] : sections) {
      if (items->empty()) continue;
      out << fmt::format("-- {} ({})\n", name, items->size());
      for (const auto& item : *items) out << "    " << item << '\n';
    }
  }
  const auto e = entity_scores(c);
  const auto t = typed_entity_scores(c);
  const auto r = relation_scores(c);
  out << fmt::format("entities   P {:.3f}  R {:.3f}  F1 {:.3f}   (duplicates {}, spurious {})\n", e.precision, e.recall,
                     e.f1, c.ent_dup, c.ent_fp);
  out << fmt::format("typed ents P {:.3f}  R {:.3f}  F1 {:.3f}\n", t.precision, t.recall, t.f1);
  out << fmt::format("relations  P {:.3f}  R {:.3f}  F1 {:.3f}   (found {}/{}, spurious {})\n", r.precision, r.recall,
                     r.f1, c.rel_found, c.rel_req, c.rel_fp);
  out << fmt::format("relation F1 {:.3f}\n", r.f1);
}

ScoreCounts print_directory_score(std::ostream& out, const std::filesystem::path& gold_dir,
                                  const std::filesystem::path& system_dir, bool verbose) {
  const auto total = score_directories(gold_dir, system_dir, [&](const std::string& name, const Score& score) {
    if (!verbose) return;
    out << "== " << name << '\n';
    print_score(out, score.counts, &score.detail);
  });
  out << "== micro-average\n";
  print_score(out, total);
  return total;
}

}  // namespace kg
