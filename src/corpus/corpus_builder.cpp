#include "kg/corpus.hpp"

#include <algorithm>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_set>
#include <vector>

namespace kg {

void merge_document_graph(KnowledgeGraph& graph, const KnowledgeGraph& document_graph, const Document& info) {
  graph.add_document(info);
  for (auto v : document_graph.vertices()) graph.add_entity(document_graph.entity(v));
  for (auto e : document_graph.edges()) {
    Relation relation = document_graph.relation(e);
    if (relation.first_seen.empty()) relation.first_seen = info.date;
    if (relation.last_seen.empty()) relation.last_seen = info.date;
    graph.add_relation(std::move(relation));
  }
}

namespace {

struct Task {
  std::size_t sequence = 0;
  Article article;
};

struct Result {
  ArticleReport report;
  std::optional<KnowledgeGraph> graph;  // set when built
};

ArticleReport report_of(const Article& article, ArticleOutcome outcome) {
  ArticleReport report;
  report.info = article.info;
  report.origin = article.origin;
  report.outcome = outcome;
  report.bytes = article.bytes;
  return report;
}

Result analyze(const DocumentAnalyzer& analyzer, Article article) {
  Result result{report_of(article, ArticleOutcome::built), std::nullopt};
  if (auto problem = article_problem(article.text)) {
    result.report.outcome = ArticleOutcome::bad;
    result.report.problem = std::move(*problem);
    return result;
  }
  result.report.words = count_words(article.text);
  auto start = std::chrono::steady_clock::now();
  try {
    result.graph = analyzer(article.info, std::move(article.text));
    result.report.entities = result.graph->entity_count();
    result.report.relations = result.graph->relation_count();
  } catch (const std::exception& e) {
    result.report.outcome = ArticleOutcome::failed;
    result.report.problem = e.what();
  }
  result.report.analysis_time = std::chrono::steady_clock::now() - start;
  return result;
}

void count(BuildStats& stats, const ArticleReport& report) {
  ++stats.articles;
  stats.bytes += report.bytes;
  switch (report.outcome) {
    case ArticleOutcome::built:
      ++stats.built;
      stats.words += report.words;
      break;
    case ArticleOutcome::known: ++stats.known; break;
    case ArticleOutcome::duplicate: ++stats.duplicates; break;
    case ArticleOutcome::bad: ++stats.bad; break;
    case ArticleOutcome::failed: ++stats.failed; break;
    case ArticleOutcome::unreadable: ++stats.unreadable; break;
  }
}

}  // namespace

struct CorpusBuilder::State {
  DocumentAnalyzer analyzer;
  ReportSink on_report;
  std::size_t max_in_flight = 1;
  KnowledgeGraph graph;                 // touched only by the one thread merging
  // Touched by add() only: documents the graph had at the start, and ids added since.
  std::unordered_set<std::string> known_ids, added_ids;

  mutable std::mutex mutex;
  std::condition_variable work_ready, space_free;
  std::deque<Task> queue;
  std::map<std::size_t, Result> finished;  // reorder buffer: analyzed, waiting for their turn
  std::size_t next_sequence = 0, next_merge = 0, in_flight = 0;
  bool closing = false, merging = false;
  std::exception_ptr error;
  BuildStats stats;
  std::vector<std::jthread> workers;

  void work() {
    for (;;) {
      Task task;
      {
        std::unique_lock lock(mutex);
        work_ready.wait(lock, [&] { return closing || !queue.empty(); });
        if (queue.empty()) return;
        task = std::move(queue.front());
        queue.pop_front();
      }
      complete(task.sequence, analyze(analyzer, std::move(task.article)));
    }
  }

  // Files a result and, unless another thread is merging, merges every result whose
  // turn has come, so the graph sees documents in input order.
  void complete(std::size_t sequence, Result result) {
    std::unique_lock lock(mutex);
    finished.emplace(sequence, std::move(result));
    if (merging) return;
    merging = true;
    while (!error) {
      auto it = finished.find(next_merge);
      if (it == finished.end()) break;
      Result next = std::move(it->second);
      finished.erase(it);
      lock.unlock();
      std::exception_ptr failure;
      try {
        if (next.graph) merge_document_graph(graph, *next.graph, next.report.info);
        next.graph.reset();
        if (on_report) on_report(next.report);
      } catch (...) {
        failure = std::current_exception();
      }
      lock.lock();
      if (failure) {
        error = failure;
        space_free.notify_all();
        break;
      }
      count(stats, next.report);
      ++next_merge;
      --in_flight;
      space_free.notify_one();
    }
    merging = false;
  }

  // Waits for room in the window and takes the next place in the input order.
  std::size_t reserve(std::unique_lock<std::mutex>& lock) {
    space_free.wait(lock, [&] { return in_flight < max_in_flight || error; });
    if (error) std::rethrow_exception(error);
    ++in_flight;
    return next_sequence++;
  }

  void stop() {
    {
      std::lock_guard lock(mutex);
      closing = true;
    }
    work_ready.notify_all();
    workers.clear();  // joins
  }
};

CorpusBuilder::CorpusBuilder(KnowledgeGraph graph, DocumentAnalyzer analyzer, BuildOptions options,
                             ReportSink on_report)
    : state_(std::make_unique<State>()) {
  unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  state_->analyzer = std::move(analyzer);
  state_->on_report = std::move(on_report);
  state_->max_in_flight = options.max_in_flight ? options.max_in_flight : 4 * std::size_t{jobs};
  state_->graph = std::move(graph);
  state_->graph.set_evidence_cap(options.evidence_cap ? options.evidence_cap : SIZE_MAX);
  for (const auto& document : state_->graph.documents()) state_->known_ids.insert(document.id);
  for (unsigned i = 0; i < jobs; ++i) state_->workers.emplace_back([state = state_.get()] { state->work(); });
}

CorpusBuilder::~CorpusBuilder() {
  if (!state_) return;
  {
    std::lock_guard lock(state_->mutex);
    state_->queue.clear();
  }
  state_->stop();
}

void CorpusBuilder::add(Article article) {
  auto& s = *state_;
  std::optional<ArticleOutcome> skip;
  if (s.known_ids.contains(article.info.id))
    skip = ArticleOutcome::known;
  else if (!s.added_ids.insert(article.info.id).second)
    skip = ArticleOutcome::duplicate;
  std::unique_lock lock(s.mutex);
  std::size_t sequence = s.reserve(lock);
  if (!skip) {
    s.queue.push_back({sequence, std::move(article)});
    s.work_ready.notify_one();
    return;
  }
  lock.unlock();
  s.complete(sequence, Result{report_of(article, *skip), std::nullopt});
}

void CorpusBuilder::add_unreadable(const InputError& error) {
  auto& s = *state_;
  std::size_t sequence = 0;
  {
    std::unique_lock lock(s.mutex);
    sequence = s.reserve(lock);
  }
  Result result;
  result.report.origin = error.file();
  result.report.outcome = ArticleOutcome::unreadable;
  result.report.problem = error.what();
  s.complete(sequence, std::move(result));
}

KnowledgeGraph CorpusBuilder::finish() {
  state_->stop();
  if (state_->error) std::rethrow_exception(state_->error);
  return std::move(state_->graph);
}

BuildStats CorpusBuilder::stats() const {
  std::lock_guard lock(state_->mutex);
  return state_->stats;
}

}  // namespace kg
