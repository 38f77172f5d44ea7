#include <algorithm>
#include <array>
#include <cmath>
#include <ostream>
#include <string>

#include <fmt/format.h>

#include "kg/dot_io.hpp"
#include "kg/query.hpp"

namespace kg {
namespace {

struct NodeStyle {
  std::string_view type;  // entity type, compared ignoring case
  std::string_view shape;
  std::string_view fill;
  std::string_view style;
};

constexpr std::array<NodeStyle, 6> node_styles{{
    {"state", "box", "#9ecae1", "filled,bold"},
    {"person", "ellipse", "#fdd0a2", "filled"},
    {"organization", "component", "#c7e9c0", "filled"},
    {"location", "house", "#dadaeb", "filled"},
    {"weapon", "diamond", "#fcbba1", "filled"},
    {"event", "octagon", "#fff7bc", "filled"},
}};
constexpr NodeStyle other_style{"", "ellipse", "#f0f0f0", "filled,dashed"};

const NodeStyle& style_of(const std::string& type) {
  std::string lower = fold_name(type);
  for (const auto& style : node_styles)
    if (style.type == lower) return style;
  return other_style;
}

// A DOT double-quoted string (an escString in labels and tooltips): quotes and
// backslashes escaped, ampersands as entities, line breaks as \n, other control characters as spaces;
// everything else, non-ASCII included, stays as UTF-8 (charset=UTF-8).
std::string quote(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  out += '"';
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '&': out += "&amp;"; break;  // Graphviz decodes HTML entities in labels: "&amp;" would show as "&"
      case '\r': break;
      default: out += static_cast<unsigned char>(c) < 0x20 ? ' ' : c;
    }
  }
  out += '"';
  return out;
}

std::string node_tooltip(const Entity& e) {
  std::string tip = e.id + (e.type.empty() ? "" : " (" + e.type + ")");
  if (!e.aliases.empty()) {
    tip += "\naka ";
    for (std::size_t i = 0; i < e.aliases.size(); ++i) tip += (i ? ", " : "") + e.aliases[i];
  }
  for (const auto& [key, value] : e.attributes) tip += "\n" + key + ": " + value;
  return tip;
}

std::string edge_label(const Relation& r) {
  std::string label = r.polarity == Polarity::negative ? "not " + r.type : r.type;
  if (r.modality != Modality::asserted) label += " (" + std::string(to_string(r.modality)) + ")";
  return label;
}

std::string edge_tooltip(const Relation& r) {
  std::string tip = fmt::format("{} {} {} (weight {})", r.source, edge_label(r), r.target, r.weight);
  if (!r.attributed_to.empty()) tip += ", according to " + r.attributed_to;
  if (!r.evidence.empty()) {
    std::string text = r.evidence.front().text;
    if (text.size() > 300) {
      std::size_t cut = 300;
      while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a code point
      text = text.substr(0, cut) + "...";
    }
    tip += "\n" + text;
  }
  return tip;
}

// Pen width grows with the log of the weight, from 1 up to 6.
double pen_width(double weight) {
  if (!(weight > 1)) return 1;
  return std::min(6.0, 1 + std::log(weight));
}

// Graphviz's integer edge weight: heavier edges are drawn shorter and straighter.
long layout_weight(double weight) { return weight > 1 ? std::lround(std::min(weight, 100.0)) : 1; }

}  // namespace

void write_dot(const KnowledgeGraph& graph, std::ostream& out) {
  out << "digraph kg {\n"
         "  graph [charset=\"UTF-8\", rankdir=LR, overlap=false, fontname=\"Helvetica\"];\n"
         "  node [style=filled, fontname=\"Helvetica\", fontsize=12, color=\"#555555\"];\n"
         "  edge [fontname=\"Helvetica\", fontsize=10, color=\"#555555\", fontcolor=\"#333333\", arrowsize=0.7];\n";
  for (auto v : graph.vertices()) {
    const Entity& e = graph.entity(v);
    const NodeStyle& style = style_of(e.type);
    out << fmt::format("  n{} [label={}, shape={}, style=\"{}\", fillcolor=\"{}\", tooltip={}];\n", v, quote(e.label),
                       style.shape, style.style, style.fill, quote(node_tooltip(e)));
  }
  const auto& g = graph.graph();
  for (auto edge : graph.edges()) {
    const Relation& r = graph.relation(edge);
    const bool negative = r.polarity == Polarity::negative;
    out << fmt::format("  n{} -> n{} [label={}, penwidth={:.2f}, weight={}{}, tooltip={}];\n", boost::source(edge, g),
                       boost::target(edge, g), quote(edge_label(r)), pen_width(r.weight),
                       layout_weight(r.weight),
                       negative ? ", style=dashed, color=\"#b2182b\", fontcolor=\"#b2182b\"" : "",
                       quote(edge_tooltip(r)));
  }
  out << "}\n";
}

}  // namespace kg
