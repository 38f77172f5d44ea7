// The graph JSON document: writing, reading, round trips and every kind of bad input,
// each error naming the file and the position.
#include <sstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include "io/sample_graphs.hpp"
#include "kg/error.hpp"
#include "kg/json_io.hpp"
#include "support/files.hpp"

namespace kg {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

std::string to_json(const KnowledgeGraph& g) {
  std::ostringstream out;
  write_json(g, out);
  return out.str();
}

// The one-line message read_json gives for `text`.
std::string error_for(std::string_view text) {
  try {
    read_json(text, "in.json");
  } catch (const InputError& e) {
    return e.what();
  }
  return "(no error)";
}

const char* minimal_entity = R"({"id": "a", "label": "A"})";

std::string graph_with_entity(const std::string& entity) {
  return R"({"entities": [)" + std::string(minimal_entity) + ",\n    " + entity + R"(], "relations": []})";
}

TEST(JsonWrite, WritesEveryFieldInAStableOrder) {
  std::string json = to_json(test::tricky_graph());
  // Pretty, UTF-8 as is, keys in the order the schema lists them.
  EXPECT_THAT(json, StartsWith("{\n  \"documents\": [\n"));
  EXPECT_THAT(json, HasSubstr("\"label\": \"Ministère des Affaires étrangères — 北朝鮮 🚀\""));
  EXPECT_THAT(json, HasSubstr("\"label\": \"Kim \\\"The\\\" Back\\\\slash\\nNew line\\ttab\""));
  auto at = [&](const char* key) { return json.find(key); };
  EXPECT_LT(at("\"documents\""), at("\"entities\""));
  EXPECT_LT(at("\"entities\""), at("\"relations\""));
  std::vector<const char*> relation_keys{"\"source\"", "\"target\"", "\"type\": \"tests\"", "\"polarity\"",
                                         "\"modality\"", "\"attributed_to\"", "\"agent\"", "\"confidence\"",
                                         "\"weight\"", "\"rule\"", "\"first_seen\"", "\"last_seen\"", "\"evidence\""};
  for (std::size_t i = 1; i < relation_keys.size(); ++i)
    EXPECT_LT(at(relation_keys[i - 1]), at(relation_keys[i])) << relation_keys[i];
  EXPECT_EQ(json.back(), '\n');
}

TEST(JsonWrite, IsTheShapeTheScorerReads) {
  // ../shared/eval/score.py reads entities' id/label/type/aliases and relations'
  // source/target/type/polarity.
  rapidjson::Document doc;
  doc.Parse(to_json(test::tricky_graph()).c_str());
  ASSERT_FALSE(doc.HasParseError());
  const auto& e = doc["entities"][0];
  EXPECT_STREQ(e["id"].GetString(), "state:PRK");
  EXPECT_STREQ(e["label"].GetString(), "North Korea");
  EXPECT_STREQ(e["type"].GetString(), "State");
  EXPECT_TRUE(e["aliases"].IsArray());
  const auto& r = doc["relations"][1];
  EXPECT_STREQ(r["source"].GetString(), "person:\"quoted\"\\id");
  EXPECT_STREQ(r["target"].GetString(), "state:PRK");
  EXPECT_STREQ(r["type"].GetString(), "criticizes");
  EXPECT_STREQ(r["polarity"].GetString(), "negative");
}

TEST(JsonRoundTrip, KeepsTheGraphExactly) {
  KnowledgeGraph original = test::tricky_graph();
  std::string json = to_json(original);
  KnowledgeGraph read = read_json(json, "round.json");
  EXPECT_EQ(test::contents(read), test::contents(original));
  EXPECT_EQ(to_json(read), json);  // and writes the same bytes again
}

TEST(JsonRoundTrip, EmptyGraph) {
  KnowledgeGraph empty;
  KnowledgeGraph read = read_json(to_json(empty), "empty.json");
  EXPECT_EQ(read.entity_count(), 0u);
  EXPECT_EQ(read.relation_count(), 0u);
}

TEST(JsonRead, OptionalFieldsTakeTheirDefaults) {
  KnowledgeGraph g = read_json(R"({"entities": [{"id": "a", "label": "A"}, {"id": "b", "label": "B"}],
    "relations": [{"source": "a", "target": "b", "type": "warns"}]})",
                               "min.json");
  ASSERT_EQ(g.relation_count(), 1u);
  const Relation& r = g.relation(g.edges()[0]);
  EXPECT_EQ(r, (Relation{"a", "b", "warns"}));
  EXPECT_EQ(g.entity(0), (Entity{"a", "A", "", {}, {}}));
  EXPECT_TRUE(g.documents().empty());
}

TEST(JsonRead, RepeatedRelationsMerge) {
  KnowledgeGraph g = read_json(R"({"entities": [{"id": "a", "label": "A"}, {"id": "b", "label": "B"}],
    "relations": [{"source": "a", "target": "b", "type": "warns"}, {"source": "a", "target": "b", "type": "warns", "weight": 2}]})",
                               "twice.json");
  ASSERT_EQ(g.relation_count(), 1u);
  EXPECT_EQ(g.relation(g.edges()[0]).weight, 3);
}

TEST(JsonRead, ReadsTheExampleGraph) {
  std::string path = std::string(KG_SOURCE_DATA_DIR) + "/../examples/north-korea-un.graph.json";
  KnowledgeGraph g = read_json(test::slurp(path), path);
  EXPECT_GE(g.entity_count(), 15u);
  EXPECT_GE(g.relation_count(), 25u);
  for (auto e : g.edges()) EXPECT_FALSE(g.relation(e).evidence.empty()) << g.relation(e).type;
}

TEST(JsonSchema, IsTheFileInSchemas) {
  std::string path = std::string(KG_SOURCE_DATA_DIR) + "/../schemas/graph.schema.json";
  EXPECT_EQ(graph_json_schema(), test::slurp(path)) << "rebuild: the compiled-in schema is stale";
  rapidjson::Document doc;
  doc.Parse(graph_json_schema().data(), graph_json_schema().size());
  ASSERT_FALSE(doc.HasParseError());
  EXPECT_STREQ(doc["$schema"].GetString(), "http://json-schema.org/draft-04/schema#");
}

TEST(JsonErrors, SyntaxErrorsGiveLineColumnAndByte) {
  EXPECT_EQ(error_for("{\"entities\": [\n  {\"id\": \"a\",, }]}"),
            "in.json:line 2, column 14 (byte 28): invalid JSON: missing a name for object member");
  EXPECT_EQ(error_for("[1, 2] x"), "in.json:line 1, column 8 (byte 7): invalid JSON: the document root must not be followed by other values");
}

TEST(JsonErrors, TruncatedDocument) {
  std::string json = to_json(test::tricky_graph());
  std::string truncated = json.substr(0, json.size() / 2);
  EXPECT_THAT(error_for(truncated), ::testing::MatchesRegex(R"(in\.json:line [0-9]+, column [0-9]+ \(byte [0-9]+\): invalid JSON: .*)"));
  EXPECT_EQ(error_for(""), "in.json:line 1, column 1 (byte 0): invalid JSON: the document is empty");
  EXPECT_EQ(error_for("  \n"), "in.json:line 2, column 1 (byte 3): invalid JSON: the document is empty");
}

TEST(JsonErrors, InvalidUtf8InALabelIsRejectedWithItsPosition) {
  EXPECT_EQ(error_for("{\"entities\": [\n  {\"id\": \"a\", \"label\": \"Bad \xff label\"}], \"relations\": []}"),
            "in.json:line 2, column 29 (byte 43): invalid UTF-8");
}

TEST(JsonErrors, BinaryInputIsRejected) {
  EXPECT_EQ(error_for(std::string_view("{\"entities\"\0", 12)), "in.json:line 1, column 12 (byte 11): binary data (NUL byte) in JSON");
}

TEST(JsonErrors, WrongTypesNameThePointerLineAndKeyword) {
  EXPECT_EQ(error_for(graph_with_entity(R"({"id": "b", "label": 42})")),
            "in.json:/entities/1/label (line 2, column 26): expected a string, found an integer (schema keyword \"type\")");
  EXPECT_EQ(error_for(R"({"entities": {}, "relations": []})"),
            "in.json:/entities (line 1, column 14): expected an array, found an object (schema keyword \"type\")");
  EXPECT_EQ(error_for(graph_with_entity(R"({"id": "b", "label": "B", "aliases": ["x", null]})")),
            "in.json:/entities/1/aliases/1 (line 2, column 48): expected a string, found null (schema keyword \"type\")");
  EXPECT_EQ(error_for("[]"), "in.json:/ (line 1, column 1): expected an object, found an array (schema keyword \"type\")");
}

TEST(JsonErrors, MissingRequiredFields) {
  EXPECT_EQ(error_for(graph_with_entity(R"({"id": "b"})")),
            "in.json:/entities/1 (line 2, column 5): missing required field \"label\" (schema keyword \"required\")");
  EXPECT_EQ(error_for(R"({"entities": []})"),
            "in.json:/ (line 1, column 1): missing required field \"relations\" (schema keyword \"required\")");
  EXPECT_EQ(error_for(R"({"entities": [], "relations": [{"type": "x"}]})"),
            "in.json:/relations/0 (line 1, column 32): missing required fields \"source\" and \"target\" (schema keyword \"required\")");
}

TEST(JsonErrors, UnknownFieldsAreNamed) {
  EXPECT_EQ(error_for(graph_with_entity(R"({"id": "b", "label": "B", "lable": "B"})")),
            "in.json:/entities/1/lable (line 2, column 40): unknown field \"lable\" (expected id, label, type, "
            "aliases or attributes) (schema keyword \"additionalProperties\")");
}

TEST(JsonErrors, OutOfRangeAndBadEnumValues) {
  auto relation = [](const std::string& fields) {
    return R"({"entities": [{"id": "a", "label": "A"}], "relations": [{"source": "a", "target": "a", "type": "t", )" +
           fields + "}]}";
  };
  EXPECT_EQ(error_for(relation(R"("polarity": "neg")")),
            "in.json:/relations/0/polarity (line 1, column 113): expected \"positive\" or \"negative\", found \"neg\" "
            "(schema keyword \"enum\")");
  EXPECT_EQ(error_for(relation(R"("confidence": 1.5)")),
            "in.json:/relations/0/confidence (line 1, column 115): must be at most 1, found 1.5 (schema keyword \"maximum\")");
  EXPECT_EQ(error_for(relation(R"("weight": -1)")),
            "in.json:/relations/0/weight (line 1, column 111): must be at least 0, found -1 (schema keyword \"minimum\")");
  EXPECT_THAT(error_for(relation(R"("first_seen": "8 January")")),
              HasSubstr("in.json:/relations/0/first_seen (line 1, column 115): expected an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD, optionally with a time), or empty when unknown, found \"8 January\""));
  EXPECT_THAT(error_for(relation(R"("type": "")")),  // a repeated key is validated too
              HasSubstr("in.json:/relations/0/type (line 1, column 96): must not be empty (schema keyword \"minLength\")"));
}

TEST(JsonErrors, EmptyIdsAreRejected) {
  EXPECT_EQ(error_for(graph_with_entity(R"({"id": "", "label": "B"})")),
            "in.json:/entities/1/id (line 2, column 12): must not be empty (schema keyword \"minLength\")");
}

TEST(JsonErrors, RelationsToUnknownEntitiesNameTheRelation) {
  EXPECT_EQ(error_for(R"({"entities": [{"id": "a", "label": "A"}],
 "relations": [
   {"source": "a", "target": "a", "type": "t"},
   {"source": "a", "target": "zz", "type": "t"}]})"),
            "in.json:/relations/1/target (line 4, column 30): unknown entity id \"zz\" (not in \"entities\")");
  EXPECT_EQ(error_for(R"({"entities": [], "relations": [{"source": "x", "target": "y", "type": "t"}]})"),
            "in.json:/relations/0/source (line 1, column 43): unknown entity id \"x\" (not in \"entities\")");
}

}  // namespace
}  // namespace kg
