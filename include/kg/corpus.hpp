#pragma once
// Building one knowledge graph from many articles: documents are analyzed in parallel
// and their graphs merged in input order, so the result is the same for any number of
// threads, and the same as building shards in order and merging them with
// KnowledgeGraph::merge.
#include <chrono>
#include <cstddef>
#include <filesystem>
#include <istream>
#include <optional>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "kg/articles.hpp"
#include "kg/graph.hpp"
#include "kg/graph_format.hpp"

namespace kg {

// The per-document work: one article's graph (its document, entities and relations),
// e.g. to_graph(pipeline.run(info, text)). Called on many threads at once.
using DocumentAnalyzer = std::function<KnowledgeGraph(const Document& info, std::string text)>;

// Merges one document's graph into `graph`: the document record, every entity (by id),
// and every relation, whose first_seen/last_seen default to the document's date.
void merge_document_graph(KnowledgeGraph& graph, const KnowledgeGraph& document_graph, const Document& info);

enum class ArticleOutcome {
  built,      // analyzed and merged
  known,      // its id was already in the graph (incremental builds): not reprocessed
  duplicate,  // its id appeared earlier in this run: skipped
  bad,        // not analyzable text (invalid UTF-8, binary, empty): skipped
  failed,     // the analyzer threw: skipped
  unreadable, // a record or file that could not be read (malformed JSON line): skipped
};

// What happened to one article; reported in input order.
struct ArticleReport {
  Document info;
  std::string origin;
  ArticleOutcome outcome = ArticleOutcome::built;
  std::string problem;       // why it was skipped (bad, failed, unreadable: the whole InputError)
  std::size_t bytes = 0;     // input bytes
  std::size_t words = 0;
  std::size_t entities = 0;  // in its own graph (built)
  std::size_t relations = 0;
  std::chrono::duration<double> analysis_time{};
};

struct BuildStats {
  std::size_t articles = 0;  // seen, whatever became of them
  std::size_t built = 0, known = 0, duplicates = 0, bad = 0, failed = 0, unreadable = 0;
  std::size_t words = 0;     // in built articles
  std::size_t bytes = 0;     // input bytes of every article seen
};

struct BuildOptions {
  unsigned jobs = 0;               // analysis threads; 0 = std::thread::hardware_concurrency()
  std::size_t evidence_cap = 10;   // evidence items kept per edge; 0 = keep all
  std::size_t max_in_flight = 0;   // articles read but not yet merged; 0 = 4 per thread
};

// Feeds articles to a pool of threads and merges their graphs into `graph` in the order
// they were added. add() blocks while `max_in_flight` articles are waiting, so memory
// holds a bounded number of texts whatever the corpus size.
class CorpusBuilder {
 public:
  using ReportSink = std::function<void(const ArticleReport&)>;

  // Articles whose id is already a document of `graph` are reported as known and skipped.
  // `on_report` is called in input order, one call at a time (from worker threads).
  CorpusBuilder(KnowledgeGraph graph, DocumentAnalyzer analyzer, BuildOptions options, ReportSink on_report = {});
  CorpusBuilder(const CorpusBuilder&) = delete;
  CorpusBuilder& operator=(const CorpusBuilder&) = delete;
  ~CorpusBuilder();  // stops the threads; the graph of an unfinished build is dropped

  void add(Article article);
  // Reports, in its place in the input order, a record that could not be read.
  void add_unreadable(const InputError& error);
  // Waits for every article, stops the threads and returns the graph. Rethrows an
  // error that stopped the build (an exception from `on_report`, out of memory).
  KnowledgeGraph finish();
  // Counts so far (final after finish()).
  BuildStats stats() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// A whole `kgb build`: the articles of `inputs` added to the graph in `into` (when set)
// or to an empty one, written atomically to `output` in `format` (default: from its
// extension; JSON for "-", stdout). The output is written only when at least one article was
// built, or when `output` is not `into`; a failure leaves every existing file as it was.
struct CorpusBuild {
  std::vector<InputFile> inputs;
  std::optional<std::filesystem::path> into;
  std::filesystem::path output;
  std::optional<GraphFormat> format;
  BuildOptions options;
};

struct CorpusBuildResult {
  BuildStats stats;
  bool written = false;
  double read_seconds = 0;   // loading `into`
  double build_seconds = 0;  // reading and analyzing articles, merging graphs
  double write_seconds = 0;
  std::size_t entities = 0, relations = 0, documents = 0;  // of the graph written
};

// Records that cannot be read are reported (outcome unreadable) and skipped. Throws
// kg::InputError for an unreadable `into`, and std::runtime_error when nothing could be
// built and no article was already in the graph: no articles, or all of them skipped.
CorpusBuildResult build_graph_file(const CorpusBuild& build, const DocumentAnalyzer& analyzer,
                                   const CorpusBuilder::ReportSink& on_report, std::istream& standard_input);

// `kgb merge`: loads graph files (JSON or GraphML) one at a time and merges them in
// order into one graph whose edges keep at most `evidence_cap` evidence items (0 = all).
// `on_file` hears of each file once merged: how long reading and merging took, and how
// many of its documents were already merged from an earlier file (their mentions are
// then counted twice).
struct MergedFile {
  std::filesystem::path file;
  std::size_t overlapping_documents = 0;
  double read_seconds = 0;
  double merge_seconds = 0;
};
KnowledgeGraph merge_graph_files(const std::vector<std::filesystem::path>& files, std::size_t evidence_cap,
                                 const std::function<void(const MergedFile&)>& on_file = {});

}  // namespace kg
