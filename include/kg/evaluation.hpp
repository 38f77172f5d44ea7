#pragma once
// Scoring a graph against a gold annotation, exactly as the annotation kit's score.py
// does (see docs of `kgb eval`): entities are identified with gold entities by
// normalized name or alias; a relation is correct when its source, type, target and
// polarity match a gold relation; optional gold items are neither required nor errors.
#include <filesystem>
#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

struct ScoreCounts {
  long ent_tp = 0, ent_fp = 0, ent_dup = 0, ent_typed_tp = 0, ent_req = 0, ent_found = 0;
  long rel_tp = 0, rel_fp = 0, rel_req = 0, rel_found = 0;
  ScoreCounts& operator+=(const ScoreCounts& other);
};

// What went wrong, item by item, in score.py's order and wording.
struct ScoreDetail {
  std::vector<std::string> missed_entities, spurious_entities, duplicate_entities, wrong_type, missed_relations,
      spurious_relations;
};

struct Score {
  ScoreCounts counts;
  ScoreDetail detail;
};

struct PrecisionRecall {
  double precision = 0, recall = 0, f1 = 0;
};
PrecisionRecall entity_scores(const ScoreCounts& counts);
PrecisionRecall typed_entity_scores(const ScoreCounts& counts);
PrecisionRecall relation_scores(const ScoreCounts& counts);

// score.py's name normalization: NFKC, straight apostrophes, lower case, no leading
// "the", no trailing "'s", no periods, runs of spaces/hyphens/underscores as one space.
std::string normalize_name(std::string_view name);

// Scores graph JSON (kgb's, or any document with entities/nodes and relations/edges)
// against gold JSON. Throws kg::InputError naming the file for malformed input.
Score score_graph(std::string_view gold_json, const std::string& gold_file, std::string_view system_json,
                  const std::string& system_file);
Score score_files(const std::filesystem::path& gold, const std::filesystem::path& system);

// Pairs every NAME.gold.json in `gold_dir` with NAME.json in `system_dir` (an empty
// graph when absent), calling `each` per document, and returns the summed counts.
// Throws kg::InputError when `gold_dir` holds no gold files.
ScoreCounts score_directories(const std::filesystem::path& gold_dir, const std::filesystem::path& system_dir,
                              const std::function<void(const std::string& name, const Score&)>& each = {});

// Prints score.py's report: the details when given, then the P/R/F1 lines and
// "relation F1 X.XXX" last.
void print_score(std::ostream& out, const ScoreCounts& counts, const ScoreDetail* detail = nullptr);

// score.py --gold-dir/--system-dir: with `verbose`, "== NAME" and each document's
// report, then "== micro-average" and the summed report. Returns the summed counts.
ScoreCounts print_directory_score(std::ostream& out, const std::filesystem::path& gold_dir,
                                  const std::filesystem::path& system_dir, bool verbose);

}  // namespace kg
