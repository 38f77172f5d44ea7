#include "io/json_model.hpp"

#include <string>

#include <fmt/core.h>

namespace kg::io {

std::string json_type_name(const rapidjson::Value& v) {
  switch (v.GetType()) {
    case rapidjson::kNullType: return "null";
    case rapidjson::kFalseType:
    case rapidjson::kTrueType: return "a boolean";
    case rapidjson::kObjectType: return "an object";
    case rapidjson::kArrayType: return "an array";
    case rapidjson::kStringType: return "a string";
    case rapidjson::kNumberType: return v.IsInt64() || v.IsUint64() ? "an integer" : "a number";
  }
  return "a value";
}

namespace {

[[noreturn]] void wrong(const std::string& pointer, const std::string& expected, const rapidjson::Value& found) {
  throw ShapeError{pointer, "expected " + expected + ", found " + json_type_name(found)};
}

std::string string_of(const rapidjson::Value& v, const std::string& pointer) {
  if (!v.IsString()) wrong(pointer, "a string", v);
  return std::string(v.GetString(), v.GetStringLength());
}

const rapidjson::Value& object_of(const rapidjson::Value& v) {
  if (!v.IsObject()) wrong("", "an object", v);
  return v;
}

const rapidjson::Value* member(const rapidjson::Value& object, const char* name) {
  auto it = object.FindMember(name);
  return it == object.MemberEnd() ? nullptr : &it->value;
}

const rapidjson::Value& required(const rapidjson::Value& object, const char* name) {
  if (const auto* v = member(object, name)) return *v;
  throw ShapeError{"", std::string("missing required field \"") + name + "\""};
}

// Sets `out` from an optional string member.
void optional_string(const rapidjson::Value& object, const char* name, std::string& out) {
  if (const auto* v = member(object, name)) out = string_of(*v, std::string("/") + name);
}

std::size_t size_of(const rapidjson::Value& v, const std::string& pointer) {
  if (!v.IsUint64()) wrong(pointer, "a non-negative integer", v);
  return static_cast<std::size_t>(v.GetUint64());
}

// Prefixes the pointer of a ShapeError thrown while reading an item of a list.
template <typename Read>
auto at(const std::string& prefix, Read read) {
  try {
    return read();
  } catch (ShapeError& e) {
    e.pointer = prefix + e.pointer;
    throw;
  }
}

// "/I": written with fmt, as GCC 12 warns falsely (-Wrestrict) about "/" + std::string.
std::string index_pointer(std::size_t i) { return fmt::format("/{}", i); }

}  // namespace

std::vector<std::string> strings_from(const rapidjson::Value& value) {
  if (!value.IsArray()) wrong("", "an array of strings", value);
  std::vector<std::string> out;
  out.reserve(value.Size());
  for (rapidjson::SizeType i = 0; i < value.Size(); ++i) out.push_back(string_of(value[i], index_pointer(i)));
  return out;
}

std::map<std::string, std::string> attributes_from(const rapidjson::Value& value) {
  if (!value.IsObject()) wrong("", "an object of strings", value);
  std::map<std::string, std::string> out;
  for (const auto& m : value.GetObject()) {
    std::string key(m.name.GetString(), m.name.GetStringLength());
    out[key] = string_of(m.value, "/" + key);
  }
  return out;
}

Evidence evidence_from(const rapidjson::Value& value) {
  const auto& o = object_of(value);
  Evidence e;
  e.document = string_of(required(o, "document"), "/document");
  const auto& sentence = required(o, "sentence");
  if (!sentence.IsInt() || sentence.GetInt() < 0) wrong("/sentence", "a non-negative integer", sentence);
  e.sentence = sentence.GetInt();
  e.start = size_of(required(o, "start"), "/start");
  e.end = size_of(required(o, "end"), "/end");
  e.text = string_of(required(o, "text"), "/text");
  return e;
}

std::vector<Evidence> evidence_list_from(const rapidjson::Value& value) {
  if (!value.IsArray()) wrong("", "an array of evidence objects", value);
  std::vector<Evidence> out;
  out.reserve(value.Size());
  for (rapidjson::SizeType i = 0; i < value.Size(); ++i)
    out.push_back(at(index_pointer(i), [&] { return evidence_from(value[i]); }));
  return out;
}

Document document_from(const rapidjson::Value& value) {
  const auto& o = object_of(value);
  Document d;
  d.id = string_of(required(o, "id"), "/id");
  optional_string(o, "title", d.title);
  optional_string(o, "date", d.date);
  optional_string(o, "source", d.source);
  return d;
}

Entity entity_from(const rapidjson::Value& value) {
  const auto& o = object_of(value);
  Entity e;
  e.id = string_of(required(o, "id"), "/id");
  e.label = string_of(required(o, "label"), "/label");
  optional_string(o, "type", e.type);
  if (const auto* v = member(o, "aliases")) e.aliases = at("/aliases", [&] { return strings_from(*v); });
  if (const auto* v = member(o, "attributes")) e.attributes = at("/attributes", [&] { return attributes_from(*v); });
  return e;
}

Relation relation_from(const rapidjson::Value& value) {
  const auto& o = object_of(value);
  Relation r;
  r.source = string_of(required(o, "source"), "/source");
  r.target = string_of(required(o, "target"), "/target");
  r.type = string_of(required(o, "type"), "/type");
  if (const auto* v = member(o, "polarity")) {
    auto p = parse_polarity(string_of(*v, "/polarity"));
    if (!p) throw ShapeError{"/polarity", "expected \"positive\" or \"negative\""};
    r.polarity = *p;
  }
  if (const auto* v = member(o, "modality")) {
    auto m = parse_modality(string_of(*v, "/modality"));
    if (!m) throw ShapeError{"/modality", "expected one of \"asserted\", \"possible\", \"planned\", \"proposed\", \"alleged\""};
    r.modality = *m;
  }
  optional_string(o, "attributed_to", r.attributed_to);
  optional_string(o, "agent", r.agent);
  if (const auto* v = member(o, "confidence")) {
    if (!v->IsNumber()) wrong("/confidence", "a number", *v);
    r.confidence = v->GetDouble();
  }
  if (const auto* v = member(o, "weight")) {
    if (!v->IsNumber()) wrong("/weight", "a number", *v);
    r.weight = v->GetDouble();
  }
  optional_string(o, "rule", r.rule);
  optional_string(o, "first_seen", r.first_seen);
  optional_string(o, "last_seen", r.last_seen);
  if (const auto* v = member(o, "evidence")) r.evidence = at("/evidence", [&] { return evidence_list_from(*v); });
  return r;
}

}  // namespace kg::io
