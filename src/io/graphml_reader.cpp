// GraphML import with libxml2's SAX2 parser: graphs of millions of edges are read
// without building an XML tree, and files without holding their whole text. Keys are matched by domain and attr.name, so GraphML
// from kgb, NetworkX or Gephi is read alike; node data kgb does not know becomes
// entity attributes.
#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <exception>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

#include <fmt/core.h>
#include <libxml/parser.h>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "io/graphml_keys.hpp"
#include "io/json_model.hpp"
#include "io/text_position.hpp"
#include "kg/error.hpp"
#include "kg/file_io.hpp"
#include "kg/graphml_io.hpp"

namespace kg {
namespace {

enum class Domain { graph, node, edge, all, other };

Domain domain_of(std::string_view name) {
  if (name == "graph") return Domain::graph;
  if (name == "node") return Domain::node;
  if (name == "edge") return Domain::edge;
  if (name == "all") return Domain::all;
  return Domain::other;
}

// The model fields kgb reads, resolved from attr.name once per key.
enum class Field {
  label, type, aliases, aliases_json, attributes, attributes_json,  // nodes (label, type: edges too)
  polarity, modality, attributed_to, agent, confidence, weight, rule, first_seen, last_seen, evidence_json,
  documents,  // the graph
  other
};

Field field_of(std::string_view name) {
  static const std::unordered_map<std::string_view, Field> fields{
      {"label", Field::label}, {"type", Field::type}, {"aliases", Field::aliases},
      {"aliases_json", Field::aliases_json}, {"attributes", Field::attributes},
      {"attributes_json", Field::attributes_json}, {"polarity", Field::polarity}, {"modality", Field::modality},
      {"attributed_to", Field::attributed_to}, {"agent", Field::agent}, {"confidence", Field::confidence},
      {"weight", Field::weight}, {"rule", Field::rule}, {"first_seen", Field::first_seen},
      {"last_seen", Field::last_seen}, {"evidence_json", Field::evidence_json}, {"documents", Field::documents}};
  auto it = fields.find(name);
  return it == fields.end() ? Field::other : it->second;
}

struct Key {
  Domain domain = Domain::all;
  std::string name;  // attr.name (the id when absent)
  Field field = Field::other;
  std::optional<std::string> default_value;
};

// A byte offset into the text: where the tag being read ends. Errors point at its start.
struct Position {
  std::size_t offset = 0;
};

struct Datum {
  const Key* key = nullptr;
  std::string value;
  Position where;
};

// The node or edge being read: its first `count` data.
struct Item {
  std::string id;
  std::string source, target;  // edges only
  Position where;
  std::vector<Datum> data;
  std::size_t count = 0;
};

struct PendingEdge {
  Relation relation;
  std::string id;
  Position where;
};

std::string trimmed(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ' || s.back() == '\r')) s.pop_back();
  return s;
}

std::vector<std::string> split(std::string_view s, std::string_view separator) {
  std::vector<std::string> parts;
  if (s.empty()) return parts;
  std::size_t start = 0;
  for (std::size_t at; (at = s.find(separator, start)) != std::string_view::npos; start = at + separator.size())
    parts.emplace_back(s.substr(start, at - start));
  parts.emplace_back(s.substr(start));
  return parts;
}

std::string_view view(const xmlChar* s) { return s ? reinterpret_cast<const char*>(s) : ""; }

// The attributes of a SAX2 start tag: (localname, prefix, URI, value begin, value end) each.
class Attributes {
 public:
  Attributes(int count, const xmlChar** items) : count_(count), items_(items) {}
  std::optional<std::string_view> get(std::string_view name) const {
    for (int i = 0; i < count_; ++i) {
      const xmlChar** a = items_ + 5 * i;
      if (a[1] == nullptr && view(a[0]) == name)
        return std::string_view(reinterpret_cast<const char*>(a[3]), static_cast<std::size_t>(a[4] - a[3]));
    }
    return std::nullopt;
  }

 private:
  int count_;
  const xmlChar** items_;
};

// Where the text comes from: memory, or a file read in chunks.
class Source {
 public:
  explicit Source(std::string_view text) : text_(text) {}
  explicit Source(std::FILE* file) : file_(file) {}

  // Fills `buffer` with up to `size` more bytes; 0 at the end, -1 on a read error.
  int read(char* buffer, int size) {
    if (file_) {
      std::size_t n = std::fread(buffer, 1, static_cast<std::size_t>(size), file_);
      return n == 0 && std::ferror(file_) ? -1 : static_cast<int>(n);
    }
    std::size_t n = std::min(static_cast<std::size_t>(size), text_.size() - read_);
    std::copy_n(text_.data() + read_, n, buffer);
    read_ += n;
    return static_cast<int>(n);
  }

  // The first `size` bytes of the text (to locate an error; a file is read again).
  std::string prefix(std::size_t size) const {
    if (!file_) return std::string(text_.substr(0, size));
    std::string text(size, '\0');
    if (std::fseek(file_, 0, SEEK_SET) != 0) return {};
    text.resize(std::fread(text.data(), 1, size, file_));
    return text;
  }

 private:
  std::string_view text_;
  std::FILE* file_ = nullptr;  // not owned
  std::size_t read_ = 0;       // bytes of text_ handed out
};

struct ParserContextDeleter {
  void operator()(xmlParserCtxt* c) const { xmlFreeParserCtxt(c); }
};

class GraphmlReader {
 public:
  GraphmlReader(Source source, const std::string& filename, KnowledgeGraph& graph)
      : source_(source), file_(filename), graph_(graph) {}

  void read() {
    xmlSAXHandler sax{};
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = &GraphmlReader::on_start;
    sax.endElementNs = &GraphmlReader::on_end;
    sax.characters = &GraphmlReader::on_text;
    sax.ignorableWhitespace = &GraphmlReader::on_text;
    sax.cdataBlock = &GraphmlReader::on_text;
    sax.reference = &GraphmlReader::on_reference;
    sax.serror = &GraphmlReader::on_error;
    // The parser pulls the text in chunks, so it never holds a second copy of a large file.
    context_.reset(xmlCreateIOParserCtxt(&sax, this, &GraphmlReader::on_read, nullptr, this, XML_CHAR_ENCODING_NONE));
    if (!context_) throw InputError(file_, "", "cannot start the XML parser");
    xmlCtxtUseOptions(context_.get(), XML_PARSE_NONET | XML_PARSE_HUGE | XML_PARSE_BIG_LINES);
    const int status = xmlParseDocument(context_.get());
    if (failure_) std::rethrow_exception(failure_);  // thrown by a callback: libxml2 cannot unwind
    if (read_error_) throw InputError(file_, "", "cannot read the file");
    if (xml_error_) throw InputError(file_, xml_error_where_, "invalid XML: " + xml_error_message_);
    if (status != 0 || !context_->wellFormed) throw InputError(file_, describe(here()), "invalid XML");
    if (!seen_root_) throw InputError(file_, "", "not a GraphML document (no <graphml> element)");
    if (!seen_graph_) throw InputError(file_, "", "no <graph> element in the GraphML document");
    graph_.reserve(graph_.entity_count(), graph_.relation_count() + edges_.size());
    for (auto& pending : edges_) {
      for (const std::string* end : {&pending.relation.source, &pending.relation.target})
        if (!graph_.find(*end))
          throw InputError(file_, describe(pending.where),
                           fmt::format("{} refers to an unknown node \"{}\"", edge_name(pending.id, pending.relation), *end));
      graph_.add_relation(std::move(pending.relation));
    }
  }

 private:
  // SAX callbacks: C code calls them, so exceptions are kept and the parser stopped.
  template <typename Step>
  static void guarded(void* self, Step step) {
    auto* reader = static_cast<GraphmlReader*>(self);
    if (reader->failure_) return;
    try {
      step(*reader);
    } catch (...) {
      reader->failure_ = std::current_exception();
      xmlStopParser(reader->context_.get());
    }
  }
  static void on_start(void* self, const xmlChar* name, const xmlChar*, const xmlChar*, int, const xmlChar**,
                       int attribute_count, int, const xmlChar** attributes) {
    guarded(self, [&](GraphmlReader& r) { r.start_element(view(name), Attributes(attribute_count, attributes)); });
  }
  static void on_end(void* self, const xmlChar* name, const xmlChar*, const xmlChar*) {
    guarded(self, [&](GraphmlReader& r) { r.end_element(view(name)); });
  }
  static void on_text(void* self, const xmlChar* text, int length) {
    auto* reader = static_cast<GraphmlReader*>(self);
    if (reader->capture_ && reader->depth_ == reader->capture_depth_)
      reader->captured_.append(reinterpret_cast<const char*>(text), static_cast<std::size_t>(length));
  }
  static void on_reference(void* self, const xmlChar* name) {
    guarded(self, [&](GraphmlReader& r) {
      r.fail(r.here(), "entity references (&" + std::string(view(name)) + ";) are not supported in GraphML input");
    });
  }
  static void on_error(void* self, xmlErrorPtr error) {
    auto* reader = static_cast<GraphmlReader*>(self);
    if (!error || error->level < XML_ERR_ERROR || reader->xml_error_) return;
    reader->xml_error_ = true;
    reader->xml_error_message_ = trimmed(error->message ? error->message : "malformed XML");
    reader->xml_error_where_ = fmt::format("line {}, column {}", error->line, error->int2);
  }
  static int on_read(void* self, char* buffer, int size) {
    auto* reader = static_cast<GraphmlReader*>(self);
    int n = reader->source_.read(buffer, size);
    if (n < 0) reader->read_error_ = true;
    return n;
  }

  [[noreturn]] void fail(const Position& where, const std::string& message) const {
    throw InputError(file_, describe(where), message);
  }

  // "line L, column C" of the start of the tag that ends at `where`.
  std::string describe(const Position& where) const {
    const std::string text = source_.prefix(where.offset);
    std::size_t at = text.size();
    while (at > 0 && text[at - 1] != '<') --at;
    return io::line_column(text, at > 0 ? at - 1 : 0);
  }

  // Where the parser is: just after the tag or text being reported.
  Position here() const {
    const xmlParserInput* input = context_ ? context_->input : nullptr;
    if (!input || !input->base || !input->cur) return {};
    return {static_cast<std::size_t>(input->consumed) + static_cast<std::size_t>(input->cur - input->base)};
  }

  std::string required(std::string_view element, const Attributes& attributes, std::string_view name) const {
    auto value = attributes.get(name);
    if (!value) fail(here(), fmt::format("<{}> without the \"{}\" attribute", element, name));
    return std::string(*value);
  }

  void start_capture() {
    capture_ = true;
    captured_markup_ = false;
    capture_depth_ = depth_;
    captured_.clear();
  }

  void start_element(std::string_view name, const Attributes& attributes) {
    ++depth_;
    if (!seen_root_) {
      if (name != "graphml") fail(here(), fmt::format("not a GraphML document (root element <{}>)", name));
      seen_root_ = true;
      return;
    }
    if (capture_) {  // markup inside <data> (e.g. yEd graphics) is not ours to read
      captured_markup_ = true;
      return;
    }
    if (name == "key") {
      std::string id = required("key", attributes, "id");
      Key key{domain_of(attributes.get("for").value_or("all")), std::string(attributes.get("attr.name").value_or(id)),
              Field::other, std::nullopt};
      key.field = field_of(key.name);
      current_key_ = &keys_.insert_or_assign(id, std::move(key)).first->second;
    } else if (name == "default" && current_key_) {
      start_capture();
      in_default_ = true;
    } else if (name == "graph") {
      if (in_item_) fail(here(), "nested graphs are not supported");
      if (seen_graph_) fail(here(), "more than one <graph> in the GraphML document");
      seen_graph_ = true;
      in_graph_ = true;
    } else if (name == "node" && in_graph_ && !in_item_) {
      begin_item(required("node", attributes, "id"));
      in_node_ = true;
    } else if (name == "edge" && in_graph_ && !in_item_) {
      begin_item(std::string(attributes.get("id").value_or("")));
      item_.source = required("edge", attributes, "source");
      item_.target = required("edge", attributes, "target");
      in_node_ = false;
    } else if (name == "hyperedge") {
      fail(here(), "hyperedges are not supported");
    } else if (name == "data") {
      auto id = attributes.get("key");
      if (!id) fail(here(), "<data> without the \"key\" attribute");
      auto it = keys_.find(*id);
      if (it == keys_.end()) fail(here(), fmt::format("<data> refers to an undeclared key \"{}\"", *id));
      data_key_ = &it->second;
      data_where_ = here();
      start_capture();
    }
  }

  void end_element(std::string_view name) {
    const int depth = depth_--;
    if (capture_ && depth == capture_depth_) {
      capture_ = false;
      if (in_default_) {
        current_key_->default_value = captured_;
        in_default_ = false;
      } else if (data_key_ && !captured_markup_) {
        deliver(*data_key_);
        data_key_ = nullptr;
      }
      return;
    }
    if (capture_) return;
    if (name == "key") {
      current_key_ = nullptr;
    } else if (name == "graph") {
      if (!in_item_) in_graph_ = false;
    } else if (name == "node" && in_item_ && in_node_) {
      finish_node();
    } else if (name == "edge" && in_item_ && !in_node_) {
      finish_edge();
    }
  }

  void begin_item(std::string id) {
    in_item_ = true;
    item_.id = std::move(id);
    item_.where = here();
    item_.count = 0;  // the data slots keep their memory from item to item
  }

  void deliver(const Key& key) {
    if (in_item_) {
      Domain expected = in_node_ ? Domain::node : Domain::edge;
      if (key.domain != expected && key.domain != Domain::all) return;
      if (item_.count == item_.data.size()) item_.data.emplace_back();
      auto& slot = item_.data[item_.count++];
      slot.key = &key;
      slot.value.assign(captured_);
      slot.where = data_where_;
    } else if (in_graph_ && (key.domain == Domain::graph || key.domain == Domain::all) && key.field == Field::documents) {
      read_documents(captured_, data_where_);
    }
  }

  // Declared defaults apply to items without data for that key.
  template <typename Apply>
  void for_each_datum(Domain domain, Apply apply) {
    const auto data = std::span<const Datum>(item_.data).first(item_.count);
    for (const Datum& d : data) apply(*d.key, d.value, d.where);
    if (!has_defaults(domain)) return;
    for (const auto& [id, key] : keys_)
      if ((key.domain == domain || key.domain == Domain::all) && key.default_value &&
          std::none_of(data.begin(), data.end(), [&](const Datum& d) { return d.key == &key; }))
        apply(key, *key.default_value, item_.where);
  }
  bool has_defaults(Domain domain) {
    auto& cached = domain == Domain::node ? node_defaults_ : edge_defaults_;
    if (!cached) {
      cached = false;
      for (const auto& [id, key] : keys_)
        if ((key.domain == domain || key.domain == Domain::all) && key.default_value) cached = true;
    }
    return *cached;
  }

  template <typename Read>
  auto from_json(const std::string& json, const Position& where, const std::string& what, Read read_value) {
    // Small values (most evidence lists) are parsed in stack memory, not a 64 KiB heap chunk.
    char value_buffer[16384];
    char stack_buffer[2048];
    rapidjson::MemoryPoolAllocator<> value_allocator(value_buffer, sizeof value_buffer);
    rapidjson::MemoryPoolAllocator<> stack_allocator(stack_buffer, sizeof stack_buffer);
    rapidjson::GenericDocument<rapidjson::UTF8<>, rapidjson::MemoryPoolAllocator<>, rapidjson::MemoryPoolAllocator<>> doc(
        &value_allocator, sizeof stack_buffer, &stack_allocator);
    doc.Parse<rapidjson::kParseFullPrecisionFlag>(json.data(), json.size());
    if (doc.HasParseError())
      fail(where, what + " is not valid JSON: " + trimmed(rapidjson::GetParseError_En(doc.GetParseError())) +
                      " (at character " + std::to_string(doc.GetErrorOffset()) + ")");
    try {
      return read_value(static_cast<const rapidjson::Value&>(doc));
    } catch (const io::ShapeError& e) {
      fail(where, what + (e.pointer.empty() ? "" : " at " + e.pointer) + ": " + e.message);
    }
  }

  void read_documents(const std::string& json, const Position& where) {
    auto documents = from_json(json, where, "graph data \"documents\"", [](const rapidjson::Value& v) {
      if (!v.IsArray()) throw io::ShapeError{"", "expected an array of documents"};
      std::vector<Document> list;
      for (rapidjson::SizeType i = 0; i < v.Size(); ++i) {
        try {
          list.push_back(io::document_from(v[i]));
        } catch (io::ShapeError& e) {
          e.pointer = "/" + std::to_string(i) + e.pointer;
          throw;
        }
      }
      return list;
    });
    for (const auto& d : documents) graph_.add_document(d);
  }

  void finish_node() {
    in_item_ = false;
    Entity entity;
    entity.id = item_.id;
    std::optional<std::string> label, aliases_text, attributes_text;
    bool have_aliases_json = false, have_attributes_json = false;
    std::map<std::string, std::string> extra;
    for_each_datum(Domain::node, [&](const Key& key, const std::string& value, const Position& where) {
      switch (key.field) {
        case Field::label: label = value; break;
        case Field::type: entity.type = value; break;
        case Field::aliases_json:
          entity.aliases = from_json(value, where, "node \"" + entity.id + "\": \"aliases_json\"", io::strings_from);
          have_aliases_json = true;
          break;
        case Field::attributes_json:
          entity.attributes =
              from_json(value, where, "node \"" + entity.id + "\": \"attributes_json\"", io::attributes_from);
          have_attributes_json = true;
          break;
        case Field::aliases: aliases_text = value; break;
        case Field::attributes: attributes_text = value; break;
        default: extra[key.name] = value;  // another tool's node data
      }
    });
    entity.label = label ? *label : entity.id;
    if (!have_aliases_json && aliases_text) entity.aliases = split(*aliases_text, io::aliases_separator);
    if (!have_attributes_json && attributes_text)
      for (const auto& pair : split(*attributes_text, "; "))
        if (auto eq = pair.find('='); eq != std::string::npos) entity.attributes[pair.substr(0, eq)] = pair.substr(eq + 1);
    for (auto& [name, value] : extra) entity.attributes.try_emplace(name, std::move(value));
    graph_.add_entity(entity);
  }

  double number(const std::string& value, const Position& where, const std::string& what) const {
    double d = 0;
    const char* begin = value.data();
    const char* end = begin + value.size();
    while (begin < end && *begin == ' ') ++begin;
    while (end > begin && end[-1] == ' ') --end;
    auto [ptr, ec] = std::from_chars(begin, end, d);
    if (ec != std::errc() || ptr != end || begin == end)
      fail(where, what + ": expected a number, found \"" + value + "\"");
    return d;
  }

  // "edge "e7"", or "edge "a" -> "b"" for an edge without an id.
  static std::string edge_name(const std::string& id, const Relation& r) {
    return id.empty() ? fmt::format("edge \"{}\" -> \"{}\"", r.source, r.target) : fmt::format("edge \"{}\"", id);
  }

  void finish_edge() {
    in_item_ = false;
    Relation r;
    r.source = item_.source;
    r.target = item_.target;
    std::optional<std::string> type, label;
    auto edge = [&] { return edge_name(item_.id, r); };
    for_each_datum(Domain::edge, [&](const Key& key, const std::string& value, const Position& where) {
      auto what = [&] { return fmt::format("{}: \"{}\"", edge(), key.name); };
      switch (key.field) {
        case Field::type: type = value; break;
        case Field::label: label = value; break;
        case Field::polarity: {
          auto p = parse_polarity(value);
          if (!p) fail(where, what() + ": expected \"positive\" or \"negative\", found \"" + value + "\"");
          r.polarity = *p;
          break;
        }
        case Field::modality: {
          auto m = parse_modality(value);
          if (!m)
            fail(where, what() + ": expected \"asserted\", \"possible\", \"planned\", \"proposed\" or \"alleged\", found \"" +
                            value + "\"");
          r.modality = *m;
          break;
        }
        case Field::attributed_to: r.attributed_to = value; break;
        case Field::agent: r.agent = value; break;
        case Field::confidence: r.confidence = number(value, where, what()); break;
        case Field::weight: r.weight = number(value, where, what()); break;
        case Field::rule: r.rule = value; break;
        case Field::first_seen: r.first_seen = value; break;
        case Field::last_seen: r.last_seen = value; break;
        case Field::evidence_json: r.evidence = from_json(value, where, what(), io::evidence_list_from); break;
        default: break;  // readable copies (evidence, evidence_count) and other tools' edge data
      }
    });
    if (type && !type->empty())
      r.type = *type;
    else if (label && !label->empty())
      r.type = *label;
    else
      fail(item_.where, edge() + " has no relation type (no \"type\" or \"label\" data)");
    // Edges usually follow their nodes and go straight into the graph; once one comes
    // before a node, it and all later edges wait for the end, keeping the file's order.
    if (edges_.empty()) {
      try {
        graph_.add_relation(std::move(r));  // leaves `r` as it was when it throws
        return;
      } catch (const std::invalid_argument&) {
      }
    }
    edges_.push_back({std::move(r), item_.id, item_.where});
  }

  Source source_;
  bool read_error_ = false;
  std::string file_;
  std::unique_ptr<xmlParserCtxt, ParserContextDeleter> context_;
  std::exception_ptr failure_;
  int depth_ = 0;  // open elements
  KnowledgeGraph& graph_;  // filled in place: a graph is costly to move
  struct NameHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, Key, NameHash, std::equal_to<>> keys_;  // by key id
  std::vector<PendingEdge> edges_;

  bool seen_root_ = false, seen_graph_ = false, in_graph_ = false;
  bool in_item_ = false, in_node_ = false;
  Item item_;
  Key* current_key_ = nullptr;
  bool in_default_ = false;
  const Key* data_key_ = nullptr;
  Position data_where_;
  bool capture_ = false;
  int capture_depth_ = 0;
  std::string captured_;
  bool captured_markup_ = false;
  std::optional<bool> node_defaults_, edge_defaults_;

  bool xml_error_ = false;
  std::string xml_error_message_;
  std::string xml_error_where_;
};

}  // namespace

KnowledgeGraph read_graphml(std::string_view text, const std::string& filename) {
  KnowledgeGraph graph;
  GraphmlReader(Source(text), filename, graph).read();
  return graph;
}

KnowledgeGraph read_graphml_file(const std::filesystem::path& path) {
  FileHandle file = open_file(path);
  KnowledgeGraph graph;
  // A guess from the size (kgb writes about 900 bytes an edge) spares most re-indexing.
  std::error_code ec;
  if (auto size = std::filesystem::file_size(path, ec); !ec) graph.reserve(size / 4096, size / 640);
  GraphmlReader(Source(file.get()), path.string(), graph).read();
  return graph;
}

}  // namespace kg
