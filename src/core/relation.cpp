#include "kg/relation.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace kg {
namespace {
constexpr std::array<std::pair<Polarity, std::string_view>, 2> polarity_names{{
    {Polarity::positive, "positive"}, {Polarity::negative, "negative"}}};
constexpr std::array<std::pair<Modality, std::string_view>, 5> modality_names{{
    {Modality::asserted, "asserted"}, {Modality::possible, "possible"}, {Modality::planned, "planned"},
    {Modality::proposed, "proposed"}, {Modality::alleged, "alleged"}}};

template <typename Enum, std::size_t N>
std::string_view name_of(const std::array<std::pair<Enum, std::string_view>, N>& names, Enum value) {
  for (const auto& [v, name] : names)
    if (v == value) return name;
  return {};
}
template <typename Enum, std::size_t N>
std::optional<Enum> value_of(const std::array<std::pair<Enum, std::string_view>, N>& names, std::string_view name) {
  for (const auto& [v, n] : names)
    if (n == name) return v;
  return std::nullopt;
}
}  // namespace

std::string_view to_string(Polarity p) { return name_of(polarity_names, p); }
std::string_view to_string(Modality m) { return name_of(modality_names, m); }
std::optional<Polarity> parse_polarity(std::string_view s) { return value_of(polarity_names, s); }
std::optional<Modality> parse_modality(std::string_view s) { return value_of(modality_names, s); }

RelationKey key_of(const Relation& r) { return {r.source, r.type, r.target, r.polarity}; }

void merge_into(Relation& into, const Relation& other, std::size_t evidence_cap) {
  into.weight += other.weight;
  into.confidence = std::max(into.confidence, other.confidence);
  for (const auto& e : other.evidence) {
    if (into.evidence.size() >= evidence_cap) break;
    if (std::find(into.evidence.begin(), into.evidence.end(), e) == into.evidence.end()) into.evidence.push_back(e);
  }
  // An asserted reading of the fact outranks a reported or hedged one.
  if (other.modality == Modality::asserted) into.modality = Modality::asserted;
  if (other.attributed_to.empty()) into.attributed_to.clear();
  if (into.agent.empty()) into.agent = other.agent;
  if (into.rule.empty()) into.rule = other.rule;
  auto widen = [](std::string& bound, const std::string& date, bool earlier) {
    if (date.empty()) return;
    if (bound.empty() || (earlier ? date < bound : date > bound)) bound = date;
  };
  widen(into.first_seen, other.first_seen, true);
  widen(into.last_seen, other.last_seen, false);
}

}  // namespace kg
