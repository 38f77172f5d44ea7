#pragma once
// The knowledge graph: a Boost.Graph bidirectional adjacency_list whose vertices are
// Entities and whose edges are Relations, with an index from entity id to vertex and
// from relation key to edge, so equal relations merge instead of becoming parallel edges.
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "kg/document.hpp"
#include "kg/entity.hpp"
#include "kg/relation.hpp"

namespace kg {

class KnowledgeGraph {
 public:
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, Entity, Relation>;
  using Vertex = Graph::vertex_descriptor;
  using Edge = Graph::edge_descriptor;

  KnowledgeGraph();
  ~KnowledgeGraph();
  // Boost's edge descriptors point into the graph that made them: copies re-index their
  // edges. Moves are cheap and keep them (the Boost graph changes hands); a moved-from
  // graph is empty.
  KnowledgeGraph(const KnowledgeGraph& other);
  KnowledgeGraph& operator=(const KnowledgeGraph& other);
  KnowledgeGraph(KnowledgeGraph&& other) noexcept;
  KnowledgeGraph& operator=(KnowledgeGraph&& other) noexcept;

  // Adds an entity, or merges it into the entity with the same id (aliases, attributes).
  Vertex add_entity(const Entity& entity);
  // Adds a relation between two existing entities, or merges it into the equal one
  // (same source, type, target, polarity). Throws std::invalid_argument for an unknown id.
  Edge add_relation(const Relation& relation);
  Edge add_relation(Relation&& relation);
  // Adds a document record, replacing one with the same id.
  void add_document(const Document& document);
  // Adds every document, entity and relation of `other`, merging as above.
  void merge(const KnowledgeGraph& other);

  std::optional<Vertex> find(std::string_view entity_id) const;
  const Entity& entity(Vertex v) const { return graph()[v]; }
  const Relation& relation(Edge e) const { return graph()[e]; }
  const Entity& source_of(Edge e) const { return graph()[boost::source(e, graph())]; }
  const Entity& target_of(Edge e) const { return graph()[boost::target(e, graph())]; }

  std::size_t entity_count() const { return boost::num_vertices(graph()); }
  std::size_t relation_count() const { return boost::num_edges(graph()); }
  const Graph& graph() const { return graph_ ? *graph_ : empty_graph(); }
  const std::vector<Document>& documents() const { return documents_; }

  // Makes room for this many entities and relations in all, so that loading a large
  // graph does not re-index it as it grows.
  void reserve(std::size_t entities, std::size_t relations);

  // Evidence kept per edge when relations merge (the weight still counts every mention).
  void set_evidence_cap(std::size_t cap) { evidence_cap_ = cap; }
  std::size_t evidence_cap() const { return evidence_cap_; }

  // Vertices in insertion order and edges in insertion order: deterministic output.
  auto vertices() const { return boost::make_iterator_range(boost::vertices(graph())); }
  const std::vector<Edge>& edges() const { return edge_order_; }

 private:
  // Relations merge by key; the key names entities by vertex, not by id string.
  struct EdgeKey {
    Vertex source, target;
    std::string type;
    Polarity polarity;
    friend bool operator==(const EdgeKey&, const EdgeKey&) = default;
  };
  // The hashes are deliberately not noexcept: libstdc++ then stores each element's hash
  // code, so lookups and rehashing never hash a string twice.
  struct EdgeKeyHash {
    std::size_t operator()(const EdgeKey& key) const;
  };
  // Entity ids are looked up by string_view without making a string.
  struct IdHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view id) const { return std::hash<std::string_view>{}(id); }
  };

  static const Graph& empty_graph();
  Graph& mutable_graph();
  template <typename R>
  Edge add_relation_impl(R&& relation);
  // Rebuilds edge_by_key_ and edge_order_ for graph_, a copy of other.graph_.
  void index_edges_like(const KnowledgeGraph& other);

  std::unique_ptr<Graph> graph_;  // on the heap so that moves keep edge descriptors valid
  std::unordered_map<std::string, Vertex, IdHash, std::equal_to<>> vertex_by_id_;
  std::unordered_map<EdgeKey, Edge, EdgeKeyHash> edge_by_key_;
  std::vector<Edge> edge_order_;
  std::vector<Document> documents_;
  std::unordered_map<std::string, std::size_t> document_index_;  // id -> position in documents_
  std::size_t evidence_cap_ = SIZE_MAX;
};

}  // namespace kg
