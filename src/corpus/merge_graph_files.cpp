#include <chrono>
#include <cstdint>
#include <unordered_set>

#include "kg/corpus.hpp"
#include "kg/graph_format.hpp"

namespace kg {

KnowledgeGraph merge_graph_files(const std::vector<std::filesystem::path>& files, std::size_t evidence_cap,
                                 const std::function<void(const MergedFile&)>& on_file) {
  using Clock = std::chrono::steady_clock;
  KnowledgeGraph merged;
  merged.set_evidence_cap(evidence_cap ? evidence_cap : SIZE_MAX);
  std::unordered_set<std::string> documents;
  for (const auto& file : files) {
    MergedFile event{file};
    auto start = Clock::now();
    KnowledgeGraph shard = load_graph(file);
    auto loaded = Clock::now();
    for (const auto& document : shard.documents())
      if (!documents.insert(document.id).second) ++event.overlapping_documents;
    merged.merge(shard);
    event.read_seconds = std::chrono::duration<double>(loaded - start).count();
    event.merge_seconds = std::chrono::duration<double>(Clock::now() - loaded).count();
    if (on_file) on_file(event);
  }
  return merged;
}

}  // namespace kg
