#include "kg/graph.hpp"

#include <stdexcept>

namespace kg {

KnowledgeGraph::KnowledgeGraph(const KnowledgeGraph& other)
    : graph_(other.graph_),
      vertex_by_id_(other.vertex_by_id_),
      documents_(other.documents_),
      document_index_(other.document_index_),
      evidence_cap_(other.evidence_cap_) {
  index_edges_like(other);
}

KnowledgeGraph& KnowledgeGraph::operator=(const KnowledgeGraph& other) {
  if (this == &other) return *this;
  graph_ = other.graph_;
  vertex_by_id_ = other.vertex_by_id_;
  documents_ = other.documents_;
  document_index_ = other.document_index_;
  evidence_cap_ = other.evidence_cap_;
  index_edges_like(other);
  return *this;
}

void KnowledgeGraph::index_edges_like(const KnowledgeGraph& other) {
  // Relation keys are unique per edge, so they map the other graph's edges to ours.
  edge_by_key_.clear();
  for (auto e : boost::make_iterator_range(boost::edges(graph_))) edge_by_key_.emplace(key_of(graph_[e]), e);
  edge_order_.clear();
  edge_order_.reserve(other.edge_order_.size());
  for (auto e : other.edge_order_) edge_order_.push_back(edge_by_key_.at(key_of(other.graph_[e])));
}

KnowledgeGraph::Vertex KnowledgeGraph::add_entity(const Entity& entity) {
  if (auto it = vertex_by_id_.find(entity.id); it != vertex_by_id_.end()) {
    merge_into(graph_[it->second], entity);
    return it->second;
  }
  Vertex v = boost::add_vertex(entity, graph_);
  vertex_by_id_.emplace(entity.id, v);
  return v;
}

KnowledgeGraph::Edge KnowledgeGraph::add_relation(const Relation& relation) {
  auto key = key_of(relation);
  if (auto it = edge_by_key_.find(key); it != edge_by_key_.end()) {
    merge_into(graph_[it->second], relation, evidence_cap_);
    return it->second;
  }
  auto source = find(relation.source);
  auto target = find(relation.target);
  if (!source || !target)
    throw std::invalid_argument("relation " + relation.type + " refers to an unknown entity: " +
                                (source ? relation.target : relation.source));
  Relation stored = relation;
  if (stored.evidence.size() > evidence_cap_) stored.evidence.resize(evidence_cap_);
  Edge e = boost::add_edge(*source, *target, stored, graph_).first;
  edge_by_key_.emplace(std::move(key), e);
  edge_order_.push_back(e);
  return e;
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
  auto it = vertex_by_id_.find(std::string(entity_id));
  if (it == vertex_by_id_.end()) return std::nullopt;
  return it->second;
}

}  // namespace kg
