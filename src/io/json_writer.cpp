#include <ostream>

#include <rapidjson/prettywriter.h>

#include "io/json_model.hpp"
#include "io/output_stream.hpp"
#include "kg/json_io.hpp"

namespace kg {

void write_json(const KnowledgeGraph& graph, std::ostream& out) {
  io::BufferedOutput stream(out);
  rapidjson::PrettyWriter<io::BufferedOutput> w(stream);
  w.SetIndent(' ', 2);
  w.StartObject();
  io::put_key(w, "documents");
  w.StartArray();
  for (const auto& d : graph.documents()) io::put_document(w, d);
  w.EndArray();
  io::put_key(w, "entities");
  w.StartArray();
  for (auto v : graph.vertices()) io::put_entity(w, graph.entity(v));
  w.EndArray();
  io::put_key(w, "relations");
  w.StartArray();
  for (auto e : graph.edges()) io::put_relation(w, graph.relation(e));
  w.EndArray();
  w.EndObject();
  stream.Put('\n');
  stream.Flush();
}

}  // namespace kg
