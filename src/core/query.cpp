#include "kg/query.hpp"

#include <algorithm>
#include <cstdlib>
#include <deque>
#include <memory>

#include <utf8proc.h>

namespace kg {
namespace {

using Vertex = KnowledgeGraph::Vertex;
using Edge = KnowledgeGraph::Edge;

bool is_ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::string collapse_spaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  for (char c : s) {
    if (is_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

struct FreeDeleter {
  void operator()(utf8proc_uint8_t* p) const { std::free(p); }
};

bool names_match(const std::string& folded_query, const Entity& entity) {
  if (fold_name(entity.label) == folded_query) return true;
  return std::any_of(entity.aliases.begin(), entity.aliases.end(),
                     [&](const std::string& alias) { return fold_name(alias) == folded_query; });
}

// Vertices named `name`, as a membership table indexed by vertex.
std::vector<bool> named(const KnowledgeGraph& graph, std::string_view name) {
  std::vector<bool> member(graph.entity_count(), false);
  for (Vertex v : find_entities(graph, name)) member[v] = true;
  return member;
}

}  // namespace

std::string fold_name(std::string_view name) {
  if (is_ascii(name)) {
    std::string lower(name);
    for (char& c : lower)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return collapse_spaces(lower);
  }
  utf8proc_uint8_t* folded = nullptr;
  auto options = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
  auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(name.data()), static_cast<utf8proc_ssize_t>(name.size()),
                        &folded, options);
  if (n < 0) {  // invalid UTF-8: fold what can be folded safely
    std::string lower(name);
    for (char& c : lower)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return collapse_spaces(lower);
  }
  std::unique_ptr<utf8proc_uint8_t, FreeDeleter> owned(folded);
  return collapse_spaces(std::string_view(reinterpret_cast<const char*>(folded), static_cast<std::size_t>(n)));
}

std::vector<Vertex> find_entities(const KnowledgeGraph& graph, std::string_view name) {
  std::vector<Vertex> hits;
  const std::string query = fold_name(name);
  for (Vertex v : graph.vertices()) {
    const Entity& entity = graph.entity(v);
    if (entity.id == name || (!query.empty() && names_match(query, entity))) hits.push_back(v);
  }
  return hits;
}

std::vector<Edge> match_relations(const KnowledgeGraph& graph, const RelationPattern& pattern) {
  std::vector<bool> subjects, objects;
  if (!pattern.subject.empty()) subjects = named(graph, pattern.subject);
  if (!pattern.object.empty()) objects = named(graph, pattern.object);
  const std::string type = fold_name(pattern.type);
  std::vector<Edge> hits;
  const auto& g = graph.graph();
  for (Edge e : graph.edges()) {
    if (!pattern.subject.empty() && !subjects[boost::source(e, g)]) continue;
    if (!pattern.object.empty() && !objects[boost::target(e, g)]) continue;
    if (!type.empty() && fold_name(graph.relation(e).type) != type) continue;
    hits.push_back(e);
  }
  return hits;
}

std::vector<Edge> incident_relations(const KnowledgeGraph& graph, Vertex v) {
  const auto& g = graph.graph();
  std::vector<Edge> edges;
  for (Edge e : boost::make_iterator_range(boost::out_edges(v, g))) edges.push_back(e);
  for (Edge e : boost::make_iterator_range(boost::in_edges(v, g)))
    if (boost::source(e, g) != v) edges.push_back(e);  // a self-loop is already listed
  return edges;
}

std::optional<std::vector<Edge>> shortest_path(const KnowledgeGraph& graph, Vertex from, Vertex to) {
  const auto& g = graph.graph();
  if (from == to) return std::vector<Edge>{};
  // Breadth-first search over out- and in-edges alike; the first edge that reaches a
  // vertex is kept, so the path found is deterministic.
  std::vector<std::optional<Edge>> reached_by(boost::num_vertices(g));
  std::vector<bool> seen(boost::num_vertices(g), false);
  std::deque<Vertex> queue{from};
  seen[from] = true;
  auto visit = [&](Vertex next, Edge e) {
    if (seen[next]) return false;
    seen[next] = true;
    reached_by[next] = e;
    queue.push_back(next);
    return next == to;
  };
  while (!queue.empty()) {
    Vertex v = queue.front();
    queue.pop_front();
    bool found = false;
    for (Edge e : boost::make_iterator_range(boost::out_edges(v, g)))
      if (!found) found = visit(boost::target(e, g), e);
    for (Edge e : boost::make_iterator_range(boost::in_edges(v, g)))
      if (!found) found = visit(boost::source(e, g), e);
    if (!found) continue;
    std::vector<Edge> path;
    for (Vertex at = to; at != from;) {
      Edge e = *reached_by[at];
      path.push_back(e);
      at = boost::source(e, g) == at ? boost::target(e, g) : boost::source(e, g);
    }
    std::reverse(path.begin(), path.end());
    return path;
  }
  return std::nullopt;
}

}  // namespace kg
