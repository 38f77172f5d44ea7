#include "kg/graph.hpp"

#include <cstdint>
#include <stdexcept>
#include <utility>

namespace kg {

std::size_t KnowledgeGraph::EdgeKeyHash::operator()(const EdgeKey& key) const {
  // splitmix64's finalizer over the vertex pair, combined with the type's hash.
  std::uint64_t x = (static_cast<std::uint64_t>(key.source) << 32) ^ static_cast<std::uint64_t>(key.target) ^
                    (static_cast<std::uint64_t>(key.polarity) << 63);
  x ^= std::hash<std::string_view>{}(key.type) * 0x9e3779b97f4a7c15ULL;
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return static_cast<std::size_t>(x);
}

const KnowledgeGraph::Graph& KnowledgeGraph::empty_graph() {
  static const Graph empty;
  return empty;
}

KnowledgeGraph::Graph& KnowledgeGraph::mutable_graph() {
  if (!graph_) graph_ = std::make_unique<Graph>();
  return *graph_;
}

KnowledgeGraph::KnowledgeGraph() = default;
KnowledgeGraph::~KnowledgeGraph() = default;

KnowledgeGraph::KnowledgeGraph(const KnowledgeGraph& other)
    : graph_(other.graph_ ? std::make_unique<Graph>(*other.graph_) : nullptr),
      vertex_by_id_(other.vertex_by_id_),
      documents_(other.documents_),
      document_index_(other.document_index_),
      evidence_cap_(other.evidence_cap_) {
  index_edges_like(other);
}

KnowledgeGraph& KnowledgeGraph::operator=(const KnowledgeGraph& other) {
  if (this == &other) return *this;
  KnowledgeGraph copy(other);
  return *this = std::move(copy);
}

KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&& other) noexcept
    : graph_(std::move(other.graph_)),
      vertex_by_id_(std::move(other.vertex_by_id_)),
      edge_by_key_(std::move(other.edge_by_key_)),
      edge_order_(std::move(other.edge_order_)),
      documents_(std::move(other.documents_)),
      document_index_(std::move(other.document_index_)),
      evidence_cap_(other.evidence_cap_) {
  other.vertex_by_id_.clear();
  other.edge_by_key_.clear();
  other.edge_order_.clear();
  other.documents_.clear();
  other.document_index_.clear();
}

KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&& other) noexcept {
  if (this == &other) return *this;
  graph_ = std::move(other.graph_);
  vertex_by_id_ = std::move(other.vertex_by_id_);
  edge_by_key_ = std::move(other.edge_by_key_);
  edge_order_ = std::move(other.edge_order_);
  documents_ = std::move(other.documents_);
  document_index_ = std::move(other.document_index_);
  evidence_cap_ = other.evidence_cap_;
  other.vertex_by_id_.clear();
  other.edge_by_key_.clear();
  other.edge_order_.clear();
  other.documents_.clear();
  other.document_index_.clear();
  return *this;
}

void KnowledgeGraph::index_edges_like(const KnowledgeGraph& other) {
  // A copy has the same vertex numbers, so edge keys map the other graph's edges to ours.
  edge_by_key_.clear();
  edge_order_.clear();
  if (!graph_) return;
  const Graph& g = *graph_;
  auto key_in = [](const Graph& graph, Edge e) {
    const Relation& r = graph[e];
    return EdgeKey{boost::source(e, graph), boost::target(e, graph), r.type, r.polarity};
  };
  edge_by_key_.reserve(boost::num_edges(g));
  for (auto e : boost::make_iterator_range(boost::edges(g))) edge_by_key_.emplace(key_in(g, e), e);
  edge_order_.reserve(other.edge_order_.size());
  for (auto e : other.edge_order_) edge_order_.push_back(edge_by_key_.at(key_in(*other.graph_, e)));
}

KnowledgeGraph::Vertex KnowledgeGraph::add_entity(const Entity& entity) {
  Graph& g = mutable_graph();
  if (auto it = vertex_by_id_.find(entity.id); it != vertex_by_id_.end()) {
    merge_into(g[it->second], entity);
    return it->second;
  }
  Vertex v = boost::add_vertex(entity, g);
  vertex_by_id_.emplace(entity.id, v);
  return v;
}

template <typename R>
KnowledgeGraph::Edge KnowledgeGraph::add_relation_impl(R&& relation) {
  auto source = find(relation.source);
  auto target = find(relation.target);
  if (!source || !target)
    throw std::invalid_argument("relation " + relation.type + " refers to an unknown entity: " +
                                (source ? relation.target : relation.source));
  Graph& g = mutable_graph();
  auto [it, added] = edge_by_key_.try_emplace(EdgeKey{*source, *target, relation.type, relation.polarity});
  if (!added) {
    merge_into(g[it->second], relation, evidence_cap_);
    return it->second;
  }
  try {
    // Boost's add_edge copies its property; moving it in afterwards spares a copy.
    Edge e = boost::add_edge(*source, *target, g).first;
    Relation& stored = g[e];
    stored = std::forward<R>(relation);
    if (stored.evidence.size() > evidence_cap_) stored.evidence.resize(evidence_cap_);
    it->second = e;
    edge_order_.push_back(e);
    return e;
  } catch (...) {
    edge_by_key_.erase(it);
    throw;
  }
}

KnowledgeGraph::Edge KnowledgeGraph::add_relation(const Relation& relation) { return add_relation_impl(relation); }
KnowledgeGraph::Edge KnowledgeGraph::add_relation(Relation&& relation) { return add_relation_impl(std::move(relation)); }

void KnowledgeGraph::reserve(std::size_t entities, std::size_t relations) {
  mutable_graph().m_vertices.reserve(entities);
  vertex_by_id_.reserve(entities);
  edge_by_key_.reserve(relations);
  edge_order_.reserve(relations);
}

void KnowledgeGraph::add_document(const Document& document) {
  auto [it, added] = document_index_.try_emplace(document.id, documents_.size());
  if (added)
    documents_.push_back(document);
  else
    documents_[it->second] = document;
}

void KnowledgeGraph::merge(const KnowledgeGraph& other) {
  for (const auto& d : other.documents_) add_document(d);
  for (auto v : other.vertices()) add_entity(other.entity(v));
  for (auto e : other.edges()) add_relation(other.relation(e));
}

std::optional<KnowledgeGraph::Vertex> KnowledgeGraph::find(std::string_view entity_id) const {
  auto it = vertex_by_id_.find(entity_id);
  if (it == vertex_by_id_.end()) return std::nullopt;
  return it->second;
}

}  // namespace kg
