#include "kg/graph.hpp"

#include <algorithm>
#include <stdexcept>

namespace kg {

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
  auto it = std::find_if(documents_.begin(), documents_.end(), [&](const Document& d) { return d.id == document.id; });
  if (it != documents_.end())
    *it = document;
  else
    documents_.push_back(document);
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
