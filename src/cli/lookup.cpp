#include "cli/lookup.hpp"

#include <algorithm>
#include <stdexcept>

#include <fmt/core.h>
#include <fmt/format.h>
#include <utf8proc.h>

#include "kg/query.hpp"

namespace kg::cli {
namespace {

// Code points of `s` folded as names are compared (kg::fold_name); invalid bytes become U+FFFD.
std::u32string folded_code_points(std::string_view s) {
  const std::string folded = fold_name(s);
  std::u32string out;
  auto* p = reinterpret_cast<const utf8proc_uint8_t*>(folded.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(folded.size());
  while (left > 0) {
    utf8proc_int32_t c = 0;
    utf8proc_ssize_t n = utf8proc_iterate(p, left, &c);
    if (n <= 0) {
      c = 0xFFFD;
      n = 1;
    }
    out.push_back(static_cast<char32_t>(c));
    p += n;
    left -= n;
  }
  return out;
}

std::size_t edit_distance(const std::u32string& a, const std::u32string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string quoted_list(const std::vector<std::string>& items) {
  std::vector<std::string> quoted;
  for (const auto& item : items) quoted.push_back("'" + item + "'");
  return fmt::format("{}", fmt::join(quoted, ", "));
}

}  // namespace

std::vector<std::string> near_matches(std::string_view wanted, const std::vector<std::string>& candidates,
                                      std::size_t limit) {
  const std::u32string target = folded_code_points(wanted);
  if (target.empty()) return {};
  // Allow about one typo in three letters, and at least one.
  const std::size_t allowed = std::max<std::size_t>(1, target.size() / 3);
  struct Scored {
    std::size_t score;
    std::size_t order;
    const std::string* name;
  };
  std::vector<Scored> scored;
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    const std::u32string name = folded_code_points(candidates[i]);
    if (name.empty()) continue;
    const bool contains = target.size() >= 3 && (name.find(target) != std::u32string::npos ||
                                                 (name.size() >= 3 && target.find(name) != std::u32string::npos));
    const std::size_t distance = edit_distance(target, name);
    if (contains)
      scored.push_back({0, i, &candidates[i]});
    else if (distance <= allowed)
      scored.push_back({distance, i, &candidates[i]});
  }
  std::stable_sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) { return a.score < b.score; });
  std::vector<std::string> out;
  for (const auto& s : scored) {
    if (out.size() >= limit) break;
    if (std::find(out.begin(), out.end(), *s.name) == out.end()) out.push_back(*s.name);
  }
  return out;
}

std::vector<KnowledgeGraph::Vertex> lookup_entities(const KnowledgeGraph& graph, std::string_view name,
                                                    const std::string& graph_file) {
  auto found = find_entities(graph, name);
  if (!found.empty()) return found;

  // Suggest by label and alias; an alias is shown with the entity it names.
  std::vector<std::string> names;
  std::vector<std::string> shown;
  for (auto v : graph.vertices()) {
    const Entity& entity = graph.entity(v);
    names.push_back(entity.label);
    shown.push_back(entity.label);
    for (const auto& alias : entity.aliases) {
      names.push_back(alias);
      shown.push_back(alias + " (" + entity.label + ")");
    }
  }
  std::vector<std::string> suggestions;
  for (const auto& match : near_matches(name, names)) {
    auto at = static_cast<std::size_t>(std::find(names.begin(), names.end(), match) - names.begin());
    suggestions.push_back(shown[at]);
  }
  std::string message = fmt::format("{}: no entity named '{}'", graph_file, name);
  if (!suggestions.empty()) message += "; did you mean " + quoted_list(suggestions) + "?";
  throw std::runtime_error(message);
}

KnowledgeGraph::Vertex lookup_entity(const KnowledgeGraph& graph, std::string_view name, const std::string& graph_file) {
  auto found = lookup_entities(graph, name, graph_file);
  if (found.size() == 1) return found.front();
  std::vector<std::string> candidates;
  for (auto v : found) candidates.push_back(graph.entity(v).id + " (" + graph.entity(v).label + ")");
  throw std::runtime_error(fmt::format("{}: '{}' names {} entities: {}; give one of these ids instead", graph_file,
                                       name, found.size(), fmt::join(candidates, ", ")));
}

void check_relation_type(const KnowledgeGraph& graph, std::string_view type, const std::string& graph_file) {
  const std::string wanted = fold_name(type);
  std::vector<std::string> types;
  for (auto e : graph.edges()) {
    const std::string& t = graph.relation(e).type;
    if (fold_name(t) == wanted) return;
    if (std::find(types.begin(), types.end(), t) == types.end()) types.push_back(t);
  }
  std::string message = fmt::format("{}: no relation has type '{}'", graph_file, type);
  auto suggestions = near_matches(type, types);
  if (!suggestions.empty()) message += "; did you mean " + quoted_list(suggestions) + "?";
  throw std::runtime_error(message);
}

}  // namespace kg::cli
