// Benchmark helper for bench/graph_io.sh: builds a deterministic synthetic graph and
// times writing it, or times reading a graph file. bench/graph_io_networkx.py builds
// the same graph for NetworkX.
//
//   kg_bench_graph_io write FILE ENTITIES RELATIONS   (format from FILE's extension)
//   kg_bench_graph_io read FILE
//   kg_bench_graph_io convert IN OUT                  (to check that two files hold one graph)
//
// Prints one line: "<op> <seconds> <cpu seconds> <entities> <relations>", the times of
// the write or read alone.
#include <array>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <exception>
#include <string>

#include <fmt/core.h>

#include "kg/graph_format.hpp"

namespace {

constexpr std::array<const char*, 6> types{"State", "Person", "Organization", "Location", "Weapon", "Event"};
constexpr std::array<const char*, 23> predicates{
    "accuses", "criticizes", "warns",     "threatens",  "rejects",  "defends",   "supports",  "allied_with",
    "supplies", "sanctions", "demands",   "attacks",    "deploys_to", "tests",   "praises",   "meets",
    "summons",  "addresses", "works_for", "leader_of",  "member_of", "part_of",  "located_in"};
constexpr std::array<const char*, 5> modalities{"asserted", "possible", "planned", "proposed", "alleged"};

std::string entity_id(std::size_t i) { return fmt::format("entity:{:06}", i); }

// Keep in step with synthetic_graph() in graph_io_networkx.py.
kg::KnowledgeGraph synthetic_graph(std::size_t entity_count, std::size_t relation_count) {
  kg::KnowledgeGraph graph;
  for (std::size_t d = 0; d < 1000; ++d)
    graph.add_document({fmt::format("doc-{:04}.txt", d), fmt::format("Synthetic report {}", d), "2025-01-08",
                        "bench/graph_io.cpp"});
  for (std::size_t i = 0; i < entity_count; ++i) {
    kg::Entity e;
    e.id = entity_id(i);
    e.label = fmt::format("Entity {} Ñame", i);
    e.type = types[i % types.size()];
    for (std::size_t a = 0; a < i % 3; ++a) e.aliases.push_back(fmt::format("E{}-{}", i, a));
    if (i % 2 == 0) e.attributes["rank"] = std::to_string(i % 100);
    graph.add_entity(e);
  }
  // Each source gets relation_count / entity_count relations to distinct targets.
  for (std::size_t j = 0; j < relation_count; ++j) {
    const std::size_t s = j % entity_count;
    const std::size_t k = j / entity_count;
    const std::size_t t = (s + 1 + k * 9973 + (s * 31) % 997) % entity_count;
    kg::Relation r;
    r.source = entity_id(s);
    r.target = entity_id(t);
    r.type = predicates[(s + k) % predicates.size()];
    r.polarity = j % 17 == 0 ? kg::Polarity::negative : kg::Polarity::positive;
    r.modality = *kg::parse_modality(modalities[j % modalities.size()]);
    r.attributed_to = j % 4 == 0 ? entity_id((s + 7) % entity_count) : "";
    r.agent = j % 3 == 0 ? "officials" : "";
    r.confidence = static_cast<double>((j * 37) % 100) / 100.0;
    r.weight = static_cast<double>(1 + j % 5);
    r.rule = "synthetic";
    r.first_seen = r.last_seen = "2025-01-08";
    const std::size_t sentence = j % 40;
    std::string text = fmt::format("Sentence {} says that Entity {} {} Entity {}, as officials said on Wednesday.",
                                   j, s, r.type, t);
    r.evidence.push_back({fmt::format("doc-{:04}.txt", j % 1000), static_cast<int>(sentence), sentence * 120,
                          sentence * 120 + text.size(), text});
    graph.add_relation(r);
  }
  return graph;
}

// Wall and CPU time since construction.
class Stopwatch {
 public:
  double seconds() const { return std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_).count(); }
  double cpu_seconds() const { return static_cast<double>(std::clock() - cpu_) / CLOCKS_PER_SEC; }

 private:
  std::chrono::steady_clock::time_point wall_ = std::chrono::steady_clock::now();
  std::clock_t cpu_ = std::clock();
};

}  // namespace

int main(int argc, char** argv) {
  try {
    const std::string op = argc > 1 ? argv[1] : "";
    if (op == "write" && argc == 5) {
      auto graph = synthetic_graph(std::stoul(argv[3]), std::stoul(argv[4]));
      Stopwatch watch;
      kg::save_graph(graph, argv[2]);
      fmt::print("write {:.3f} {:.3f} {} {}\n", watch.seconds(), watch.cpu_seconds(), graph.entity_count(),
                 graph.relation_count());
      return 0;
    }
    if (op == "read" && argc == 3) {
      Stopwatch watch;
      auto graph = kg::load_graph(argv[2]);
      fmt::print("read {:.3f} {:.3f} {} {}\n", watch.seconds(), watch.cpu_seconds(), graph.entity_count(),
                 graph.relation_count());
      return 0;
    }
    if (op == "convert" && argc == 4) {
      kg::save_graph(kg::load_graph(argv[2]), argv[3]);
      return 0;
    }
    fmt::print(stderr, "usage: {0} write FILE ENTITIES RELATIONS | {0} read FILE | {0} convert IN OUT\n", argv[0]);
    return 2;
  } catch (const std::exception& e) {
    fmt::print(stderr, "kg_bench_graph_io: error: {}\n", e.what());
    return 1;
  }
}
