#include <cmath>
#include <ostream>
#include <string>

#include <fmt/format.h>

#include "io/graphml_keys.hpp"
#include "io/json_model.hpp"
#include "kg/file_io.hpp"
#include "kg/graphml_io.hpp"

namespace kg {
namespace {

// Buffered XML output with escaping for text content and attribute values.
class XmlOutput {
 public:
  explicit XmlOutput(std::ostream& out) : out_(out) { buffer_.reserve(kFlushAt + 4096); }

  void raw(std::string_view s) {
    buffer_ += s;
    if (buffer_.size() >= kFlushAt) flush();
  }
  // Escapes `s` for element content (attribute = false) or a double-quoted attribute.
  // Characters XML 1.0 cannot carry at all (C0 controls other than tab, newline and
  // carriage return; U+FFFE, U+FFFF) become U+FFFD.
  void escaped(std::string_view s, bool attribute = false) {
    if (auto bad = find_invalid_utf8(s))
      throw std::invalid_argument("cannot write invalid UTF-8 to GraphML (byte " + std::to_string(*bad) + " of \"" +
                                  std::string(s.substr(0, *bad)) + "...\")");
    for (std::size_t i = 0; i < s.size(); ++i) {
      const char c = s[i];
      const auto u = static_cast<unsigned char>(c);
      switch (c) {
        case '&': buffer_ += "&amp;"; break;
        case '<': buffer_ += "&lt;"; break;
        case '>': buffer_ += "&gt;"; break;
        case '"': buffer_ += attribute ? "&quot;" : "\""; break;
        case '\r': buffer_ += "&#13;"; break;  // parsers turn a raw CR into LF
        case '\n': buffer_ += attribute ? "&#10;" : "\n"; break;
        case '\t': buffer_ += attribute ? "&#9;" : "\t"; break;
        default:
          if (u < 0x20) {
            buffer_ += "\xEF\xBF\xBD";
          } else if (u == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
                     (static_cast<unsigned char>(s[i + 2]) & 0xFE) == 0xBE) {
            buffer_ += "\xEF\xBF\xBD";
            i += 2;
          } else {
            buffer_ += c;
          }
      }
    }
    if (buffer_.size() >= kFlushAt) flush();
  }
  void flush() {
    out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
  }

 private:
  static constexpr std::size_t kFlushAt = 1 << 16;
  std::ostream& out_;
  std::string buffer_;
};

std::string format_number(double value, std::string_view what) {
  if (!std::isfinite(value)) throw std::invalid_argument("cannot write a non-finite " + std::string(what) + " to GraphML");
  return fmt::format("{}", value);  // shortest form that reads back exactly
}

std::string readable_aliases(const std::vector<std::string>& aliases) {
  std::string s;
  for (const auto& a : aliases) {
    if (!s.empty()) s += io::aliases_separator;
    s += a;
  }
  return s;
}

std::string readable_attributes(const std::map<std::string, std::string>& attributes) {
  std::string s;
  for (const auto& [key, value] : attributes) {
    if (!s.empty()) s += "; ";
    s += key + "=" + value;
  }
  return s;
}

std::string readable_evidence(const std::vector<Evidence>& evidence) {
  std::string s;
  for (const auto& e : evidence) {
    if (!s.empty()) s += '\n';
    s += fmt::format("{}, sentence {} [{}-{}]: {}", e.document, e.sentence, e.start, e.end, e.text);
  }
  return s;
}

class GraphmlWriter {
 public:
  GraphmlWriter(const KnowledgeGraph& graph, std::ostream& out) : graph_(graph), xml_(out) {}

  void write() {
    xml_.raw(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
        "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
    for (const auto& key : io::graphml_keys)
      xml_.raw(fmt::format("  <key id=\"{}\" for=\"{}\" attr.name=\"{}\" attr.type=\"{}\"/>\n", key.id, key.domain,
                           key.name, key.type));
    xml_.raw("  <graph id=\"G\" edgedefault=\"directed\">\n");
    if (!graph_.documents().empty())
      data("    ", "g_documents", io::compact_json([&](auto& w) {
             w.StartArray();
             for (const auto& d : graph_.documents()) io::put_document(w, d);
             w.EndArray();
           }));
    for (auto v : graph_.vertices()) node(graph_.entity(v));
    std::size_t index = 0;
    for (auto e : graph_.edges()) edge(index++, graph_.relation(e));
    xml_.raw("  </graph>\n</graphml>\n");
    xml_.flush();
  }

 private:
  void data(std::string_view indent, std::string_view key, std::string_view value) {
    xml_.raw(indent);
    xml_.raw("<data key=\"");
    xml_.raw(key);
    xml_.raw("\">");
    xml_.escaped(value);
    xml_.raw("</data>\n");
  }
  // Optional fields are left out when empty; readers then use the model's default.
  void optional(std::string_view key, std::string_view value) {
    if (!value.empty()) data("      ", key, value);
  }

  void node(const Entity& e) {
    xml_.raw("    <node id=\"");
    xml_.escaped(e.id, true);
    xml_.raw("\">\n");
    data("      ", "n_label", e.label);
    data("      ", "n_type", e.type);
    if (!e.aliases.empty()) {
      data("      ", "n_aliases", readable_aliases(e.aliases));
      data("      ", "n_aliases_json", io::compact_json([&](auto& w) { io::put_strings(w, e.aliases); }));
    }
    if (!e.attributes.empty()) {
      data("      ", "n_attributes", readable_attributes(e.attributes));
      data("      ", "n_attributes_json", io::compact_json([&](auto& w) { io::put_attributes(w, e.attributes); }));
    }
    xml_.raw("    </node>\n");
  }

  void edge(std::size_t index, const Relation& r) {
    xml_.raw(fmt::format("    <edge id=\"e{}\" source=\"", index));
    xml_.escaped(r.source, true);
    xml_.raw("\" target=\"");
    xml_.escaped(r.target, true);
    xml_.raw("\">\n");
    data("      ", "e_label", r.type);
    data("      ", "e_type", r.type);
    data("      ", "e_polarity", to_string(r.polarity));
    data("      ", "e_modality", to_string(r.modality));
    optional("e_attributed_to", r.attributed_to);
    optional("e_agent", r.agent);
    data("      ", "e_confidence", format_number(r.confidence, "confidence"));
    data("      ", "e_weight", format_number(r.weight, "weight"));
    optional("e_rule", r.rule);
    optional("e_first_seen", r.first_seen);
    optional("e_last_seen", r.last_seen);
    data("      ", "e_evidence_count", std::to_string(r.evidence.size()));
    if (!r.evidence.empty()) {
      data("      ", "e_evidence", readable_evidence(r.evidence));
      data("      ", "e_evidence_json", io::compact_json([&](auto& w) { io::put_evidence_list(w, r.evidence); }));
    }
    xml_.raw("    </edge>\n");
  }

  const KnowledgeGraph& graph_;
  XmlOutput xml_;
};

}  // namespace

void write_graphml(const KnowledgeGraph& graph, std::ostream& out) { GraphmlWriter(graph, out).write(); }

}  // namespace kg
