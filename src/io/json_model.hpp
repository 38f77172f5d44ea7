#pragma once
// The JSON form of the model's values (schemas/graph.schema.json), shared by the JSON
// reader and writer and by GraphML, which keeps lists as JSON strings for lossless import.
#include <cmath>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/core.h>
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "kg/document.hpp"
#include "kg/entity.hpp"
#include "kg/file_io.hpp"
#include "kg/relation.hpp"

namespace kg::io {

// "a string", "an integer", "null"...: a JSON value's type as error messages name it.
std::string json_type_name(const rapidjson::Value& v);

// A value of the wrong shape: `pointer` is relative to the value being read ("/3/text").
struct ShapeError {
  std::string pointer;
  std::string message;
};

// Strings are checked here rather than with RapidJSON's kWriteValidateEncodingFlag,
// which its 1.1 PrettyWriter cannot take; invalid UTF-8 would make invalid JSON.
template <typename Writer>
void put_string(Writer& w, std::string_view s) {
  if (auto bad = find_invalid_utf8(s))
    throw std::invalid_argument(fmt::format("cannot write invalid UTF-8 as JSON (byte {} of \"{}...\")", *bad,
                                            s.substr(0, *bad)));
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}
template <typename Writer>
void put_key(Writer& w, std::string_view s) {
  w.Key(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}
template <typename Writer>
void put_number(Writer& w, std::string_view what, double value) {
  if (!std::isfinite(value)) throw std::invalid_argument("cannot write a non-finite " + std::string(what) + " as JSON");
  w.Double(value);
}
template <typename Writer>
void put_field(Writer& w, std::string_view key, std::string_view value) {
  put_key(w, key);
  put_string(w, value);
}

template <typename Writer>
void put_strings(Writer& w, const std::vector<std::string>& values) {
  w.StartArray();
  for (const auto& v : values) put_string(w, v);
  w.EndArray();
}

template <typename Writer, typename Map>
void put_attributes(Writer& w, const Map& attributes) {
  w.StartObject();
  for (const auto& [key, value] : attributes) put_field(w, key, value);
  w.EndObject();
}

template <typename Writer>
void put_evidence(Writer& w, const Evidence& e) {
  w.StartObject();
  put_field(w, "document", e.document);
  put_key(w, "sentence");
  w.Int(e.sentence);
  put_key(w, "start");
  w.Uint64(e.start);
  put_key(w, "end");
  w.Uint64(e.end);
  put_field(w, "text", e.text);
  w.EndObject();
}

template <typename Writer>
void put_evidence_list(Writer& w, const std::vector<Evidence>& evidence) {
  w.StartArray();
  for (const auto& e : evidence) put_evidence(w, e);
  w.EndArray();
}

template <typename Writer>
void put_document(Writer& w, const Document& d) {
  w.StartObject();
  put_field(w, "id", d.id);
  put_field(w, "title", d.title);
  put_field(w, "date", d.date);
  put_field(w, "source", d.source);
  w.EndObject();
}

template <typename Writer>
void put_entity(Writer& w, const Entity& e) {
  w.StartObject();
  put_field(w, "id", e.id);
  put_field(w, "label", e.label);
  put_field(w, "type", e.type);
  put_key(w, "aliases");
  put_strings(w, e.aliases);
  put_key(w, "attributes");
  put_attributes(w, e.attributes);
  w.EndObject();
}

template <typename Writer>
void put_relation(Writer& w, const Relation& r) {
  w.StartObject();
  put_field(w, "source", r.source);
  put_field(w, "target", r.target);
  put_field(w, "type", r.type);
  put_field(w, "polarity", to_string(r.polarity));
  put_field(w, "modality", to_string(r.modality));
  put_field(w, "attributed_to", r.attributed_to);
  put_field(w, "agent", r.agent);
  put_key(w, "confidence");
  put_number(w, "confidence", r.confidence);
  put_key(w, "weight");
  put_number(w, "weight", r.weight);
  put_field(w, "rule", r.rule);
  put_field(w, "first_seen", r.first_seen);
  put_field(w, "last_seen", r.last_seen);
  put_key(w, "evidence");
  put_evidence_list(w, r.evidence);
  w.EndObject();
}

// Compact JSON text of one value, e.g. put_strings or put_evidence_list.
template <typename Put>
std::string compact_json(Put put) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
  put(w);
  return std::string(buffer.GetString(), buffer.GetSize());
}

// Reading: each throws ShapeError for a value of the wrong shape. Absent optional
// members take the model's defaults.
std::vector<std::string> strings_from(const rapidjson::Value& value);
std::map<std::string, std::string> attributes_from(const rapidjson::Value& value);
Evidence evidence_from(const rapidjson::Value& value);
std::vector<Evidence> evidence_list_from(const rapidjson::Value& value);
Document document_from(const rapidjson::Value& value);
Entity entity_from(const rapidjson::Value& value);
Relation relation_from(const rapidjson::Value& value);

}  // namespace kg::io
