#include "corpus/progress.hpp"

#include <cmath>
#include <vector>

#include <fmt/core.h>

namespace kg {
namespace {

// "ID" or "ID (ORIGIN)" when the origin says more than the id.
std::string article_name(const ArticleReport& report) {
  if (report.origin.empty() || report.origin == report.info.id) return report.info.id;
  return fmt::format("{} ({})", report.info.id, report.origin);
}

constexpr auto refresh_interval = std::chrono::milliseconds(250);

std::string format_rate(double count, double seconds) {
  if (seconds <= 0) return "-";
  double rate = count / seconds;
  return rate >= 100 ? group_thousands(static_cast<std::uintmax_t>(std::llround(rate))) : fmt::format("{:.1f}", rate);
}

std::string format_duration(double seconds) {
  auto total = static_cast<long long>(std::llround(seconds));
  if (total >= 3600) return fmt::format("{}:{:02}:{:02}", total / 3600, total / 60 % 60, total % 60);
  return fmt::format("{}:{:02}", total / 60, total % 60);
}

}  // namespace

std::string group_thousands(std::uintmax_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string format_progress(const ProgressSnapshot& s) {
  std::string line = fmt::format("{} docs  {} docs/s  {} words/s", group_thousands(s.documents),
                                 format_rate(static_cast<double>(s.documents), s.seconds),
                                 format_rate(static_cast<double>(s.words), s.seconds));
  if (s.total_bytes && *s.total_bytes > 0) {
    double done = std::min(1.0, static_cast<double>(s.bytes) / static_cast<double>(*s.total_bytes));
    line += fmt::format("  {}%", static_cast<int>(done * 100));
    if (done > 0 && s.seconds > 0) line += "  ETA " + format_duration(s.seconds * (1 - done) / done);
  }
  return line;
}

std::string format_summary(const BuildStats& stats, double seconds) {
  std::string line = fmt::format("built {} document{} ({} words) in {:.1f} s", group_thousands(stats.built),
                                 stats.built == 1 ? "" : "s", group_thousands(stats.words), seconds);
  if (seconds > 0)
    line += fmt::format(": {} documents/s, {} words/s", format_rate(static_cast<double>(stats.built), seconds),
                        format_rate(static_cast<double>(stats.words), seconds));
  std::vector<std::string> skipped;
  if (stats.known) skipped.push_back(fmt::format("{} already in the graph", group_thousands(stats.known)));
  if (stats.duplicates) skipped.push_back(fmt::format("{} duplicate id{}", stats.duplicates, stats.duplicates == 1 ? "" : "s"));
  if (stats.bad) skipped.push_back(fmt::format("{} bad", stats.bad));
  if (stats.failed) skipped.push_back(fmt::format("{} failed", stats.failed));
  if (stats.unreadable) skipped.push_back(fmt::format("{} unreadable", stats.unreadable));
  for (std::size_t i = 0; i < skipped.size(); ++i) line += (i == 0 ? "; skipped " : ", ") + skipped[i];
  return line;
}

BuildProgress::BuildProgress(std::FILE* out, Verbosity verbosity, bool live, std::optional<std::uintmax_t> total_bytes)
    : out_(out), verbosity_(verbosity), live_(live && verbosity != Verbosity::quiet) {
  snapshot_.total_bytes = total_bytes;
}

void BuildProgress::begin() { start_ = std::chrono::steady_clock::now(); }

void BuildProgress::clear_line() {
  if (!line_shown_) return;
  std::fputs("\r\033[K", out_);
  line_shown_ = false;
}

void BuildProgress::print_line(const std::string& line) {
  clear_line();
  fmt::print(out_, "{}\n", line);
}

void BuildProgress::report(const ArticleReport& report) {
  ++snapshot_.documents;
  snapshot_.bytes += report.bytes;
  snapshot_.words += report.words;
  switch (report.outcome) {
    case ArticleOutcome::bad:
    case ArticleOutcome::failed:
      print_line(fmt::format("kgb: warning: skipped article {}: {}", article_name(report), report.problem));
      break;
    case ArticleOutcome::unreadable:
      print_line("kgb: warning: skipped " + report.problem);
      break;
    case ArticleOutcome::duplicate:
      if (verbosity_ != Verbosity::quiet)
        print_line(fmt::format("kgb: warning: skipped article {}: same id as an earlier article", article_name(report)));
      break;
    case ArticleOutcome::known:
      if (verbosity_ == Verbosity::verbose) print_line(fmt::format("{}: already in the graph", report.info.id));
      break;
    case ArticleOutcome::built:
      if (verbosity_ == Verbosity::verbose)
        print_line(fmt::format("{}: {} words, {} entities, {} relations, {:.0f} ms", report.info.id, report.words,
                               report.entities, report.relations, report.analysis_time.count() * 1000));
      break;
  }
  if (!live_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - last_refresh_ < refresh_interval) return;
  last_refresh_ = now;
  snapshot_.seconds = std::chrono::duration<double>(now - start_).count();
  fmt::print(out_, "\r{}\033[K", format_progress(snapshot_));
  std::fflush(out_);
  line_shown_ = true;
}

void BuildProgress::note(const std::string& message) {
  if (verbosity_ != Verbosity::quiet) print_line("kgb: " + message);
}

void BuildProgress::stop() { clear_line(); }

void BuildProgress::finish(const BuildStats& stats) {
  clear_line();
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  if (verbosity_ != Verbosity::quiet) fmt::print(out_, "kgb: {}\n", format_summary(stats, seconds));
}

}  // namespace kg
