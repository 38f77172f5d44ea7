#include <stdexcept>
#include <string>
#include <vector>

#include <fmt/core.h>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/pointer.h>
#include <rapidjson/schema.h>

#include "io/json_model.hpp"
#include "io/text_position.hpp"
#include "kg/error.hpp"
#include "kg/file_io.hpp"
#include "kg/json_io.hpp"

namespace kg {
namespace embedded {
extern const char graph_schema_json[];  // schemas/graph.schema.json, compiled in by CMake
}

namespace {

using io::json_pointer;
using Tokens = std::vector<std::string>;

// The schema, parsed once; RapidJSON's SchemaDocument is immutable and thread-safe to share.
struct GraphSchema {
  rapidjson::Document json;
  std::unique_ptr<rapidjson::SchemaDocument> schema;

  GraphSchema() {
    json.Parse(embedded::graph_schema_json);
    if (json.HasParseError()) throw std::logic_error("the compiled-in graph schema is not valid JSON");
    schema = std::make_unique<rapidjson::SchemaDocument>(json);
  }
};

const GraphSchema& graph_schema() {
  static const GraphSchema schema;
  return schema;
}

std::string quoted(const rapidjson::Value& v) {
  if (v.IsString()) return fmt::format("\"{}\"", std::string_view(v.GetString(), v.GetStringLength()));
  if (v.IsNumber()) {
    if (v.IsInt64()) return std::to_string(v.GetInt64());
    if (v.IsUint64()) return std::to_string(v.GetUint64());
    return fmt::format("{}", v.GetDouble());
  }
  if (v.IsBool()) return v.GetBool() ? "true" : "false";
  if (v.IsNull()) return "null";
  return v.IsArray() ? "an array" : "an object";
}

std::string schema_type_name(const rapidjson::Value& t) {
  std::string name = t.IsString() ? t.GetString() : "";
  if (name == "integer") return "an integer";
  if (name == "object" || name == "array") return "an " + name;
  return "a " + name;
}

std::string join(const std::vector<std::string>& items, const std::string& separator, const std::string& last_separator) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? last_separator : separator;
    out += items[i];
  }
  return out;
}

Tokens tokens_of(const rapidjson::Pointer& pointer) {
  Tokens tokens;
  for (std::size_t i = 0; i < pointer.GetTokenCount(); ++i) {
    const auto& t = pointer.GetTokens()[i];
    tokens.emplace_back(t.name, t.length);
  }
  return tokens;
}

struct Violation {
  Tokens where;  // pointer of the failing value
  std::string message;
};

// Explains a failed schema keyword in words, from the schema rule and the value.
Violation explain(const std::string& keyword, const rapidjson::Value& rule, const rapidjson::Value& value, Tokens where) {
  auto text = [&](const char* name) -> std::string {
    auto it = rule.FindMember(name);
    return it != rule.MemberEnd() && it->value.IsString() ? it->value.GetString() : "";
  };
  if (keyword == "type") {
    std::vector<std::string> expected;
    const auto& t = rule["type"];
    if (t.IsArray())
      for (const auto& item : t.GetArray()) expected.push_back(schema_type_name(item));
    else
      expected.push_back(schema_type_name(t));
    return {where, "expected " + join(expected, ", ", " or ") + ", found " + io::json_type_name(value)};
  }
  if (keyword == "required" && value.IsObject()) {
    std::vector<std::string> missing;
    for (const auto& name : rule["required"].GetArray())
      if (!value.HasMember(name)) missing.push_back("\"" + std::string(name.GetString()) + "\"");
    return {where, std::string("missing required field") + (missing.size() > 1 ? "s " : " ") + join(missing, ", ", " and ")};
  }
  if (keyword == "additionalProperties" && rule.HasMember("properties")) {
    // RapidJSON points at the unknown member itself (or, in some versions, at its object).
    const auto& known = rule["properties"];
    std::string field = where.empty() ? "" : where.back();
    if (value.IsObject())
      for (const auto& m : value.GetObject())
        if (!known.HasMember(m.name)) {
          field.assign(m.name.GetString(), m.name.GetStringLength());
          where.push_back(field);
          break;
        }
    std::vector<std::string> names;
    for (const auto& m : known.GetObject()) names.push_back(m.name.GetString());
    return {where, "unknown field \"" + field + "\" (expected " + join(names, ", ", " or ") + ")"};
  }
  if (keyword == "enum") {
    std::vector<std::string> allowed;
    for (const auto& item : rule["enum"].GetArray()) allowed.push_back(quoted(item));
    return {where, "expected " + join(allowed, ", ", " or ") + ", found " + quoted(value)};
  }
  if (keyword == "minLength") return {where, "must not be empty"};
  if (keyword == "minimum" && rule["minimum"].IsNumber())
    return {where, "must be at least " + quoted(rule["minimum"]) + ", found " + quoted(value)};
  if (keyword == "maximum" && rule["maximum"].IsNumber())
    return {where, "must be at most " + quoted(rule["maximum"]) + ", found " + quoted(value)};
  if (keyword == "pattern") {
    std::string description = text("description");
    if (!description.empty() && description.back() == '.') description.pop_back();
    if (!description.empty()) description[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(description[0])));
    return {where, "expected " + (description.empty() ? "a value matching " + text("pattern") : description) +
                       ", found " + quoted(value)};
  }
  return {where, "violates the schema"};
}

class JsonReader {
 public:
  JsonReader(std::string_view text, const std::string& filename) : text_(text), file_(filename) {}

  KnowledgeGraph read() {
    check_text();
    parse();
    validate();
    return build();
  }

 private:
  [[noreturn]] void fail_at_byte(std::size_t offset, const std::string& message) const {
    throw InputError(file_, io::line_column(text_, offset) + " (byte " + std::to_string(offset) + ")", message);
  }
  // Errors about a value name its JSON pointer and, where found, its line and column.
  [[noreturn]] void fail_at(const Tokens& where, const std::string& message) const {
    std::string position = where.empty() ? "/" : json_pointer(where);
    if (auto offset = io::locate_json_value(text_, where)) position += " (" + io::line_column(text_, *offset) + ")";
    throw InputError(file_, position, message);
  }

  void check_text() const {
    if (auto bad = find_invalid_utf8(text_)) fail_at_byte(*bad, "invalid UTF-8");
    if (auto nul = text_.find('\0'); nul != std::string_view::npos) fail_at_byte(nul, "binary data (NUL byte) in JSON");
  }

  void parse() {
    doc_.Parse<rapidjson::kParseFullPrecisionFlag>(text_.data(), text_.size());
    if (!doc_.HasParseError()) return;
    std::string message = rapidjson::GetParseError_En(doc_.GetParseError());
    if (!message.empty() && message.back() == '.') message.pop_back();
    if (!message.empty()) message[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(message[0])));
    fail_at_byte(doc_.GetErrorOffset(), "invalid JSON: " + message);
  }

  void validate() const {
    const auto& schema = graph_schema();
    rapidjson::SchemaValidator validator(*schema.schema);
    if (doc_.Accept(validator)) return;
    const std::string keyword = validator.GetInvalidSchemaKeyword();
    const rapidjson::Value* rule = validator.GetInvalidSchemaPointer().Get(schema.json);
    const rapidjson::Value* value = validator.GetInvalidDocumentPointer().Get(doc_);
    Tokens where = tokens_of(validator.GetInvalidDocumentPointer());
    if (!rule || !value) fail_at(where, "violates the graph schema (keyword \"" + keyword + "\")");
    auto violation = explain(keyword, *rule, *value, where);
    fail_at(violation.where, violation.message + " (schema keyword \"" + keyword + "\")");
  }

  // Reads one item of a list, pointing shape errors at it.
  template <typename Read>
  auto item(const char* list, rapidjson::SizeType i, Read read) const {
    try {
      return read();
    } catch (const io::ShapeError& e) {
      Tokens where{list, std::to_string(i)};
      Tokens rest = tokens_of(rapidjson::Pointer(e.pointer.c_str()));
      where.insert(where.end(), rest.begin(), rest.end());
      fail_at(where, e.message);
    }
  }

  KnowledgeGraph build() const {
    KnowledgeGraph graph;
    if (auto it = doc_.FindMember("documents"); it != doc_.MemberEnd())
      for (rapidjson::SizeType i = 0; i < it->value.Size(); ++i)
        graph.add_document(item("documents", i, [&] { return io::document_from(it->value[i]); }));
    const auto& entities = doc_["entities"];
    graph.reserve(entities.Size(), doc_["relations"].Size());
    for (rapidjson::SizeType i = 0; i < entities.Size(); ++i)
      graph.add_entity(item("entities", i, [&] { return io::entity_from(entities[i]); }));
    const auto& relations = doc_["relations"];
    for (rapidjson::SizeType i = 0; i < relations.Size(); ++i) {
      Relation r = item("relations", i, [&] { return io::relation_from(relations[i]); });
      for (const char* end : {"source", "target"}) {
        const std::string& id = std::string_view(end) == "source" ? r.source : r.target;
        if (!graph.find(id))
          fail_at({"relations", std::to_string(i), end}, "unknown entity id \"" + id + "\" (not in \"entities\")");
      }
      graph.add_relation(std::move(r));
    }
    return graph;
  }

  std::string_view text_;
  std::string file_;
  rapidjson::Document doc_;
};

}  // namespace

KnowledgeGraph read_json(std::string_view text, const std::string& filename) { return JsonReader(text, filename).read(); }

std::string_view graph_json_schema() { return embedded::graph_schema_json; }

}  // namespace kg
