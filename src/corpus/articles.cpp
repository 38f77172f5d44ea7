#include "kg/articles.hpp"

#include <algorithm>
#include <fstream>
#include <system_error>

#include <fmt/core.h>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "kg/file_io.hpp"

namespace kg {
namespace fs = std::filesystem;

namespace {

bool is_jsonl_name(const fs::path& path) {
  auto ext = path.extension().string();
  return ext == ".jsonl" || ext == ".ndjson";
}

bool is_corpus_file_name(const fs::path& path) { return path.extension() == ".txt" || is_jsonl_name(path); }

bool is_hidden(const fs::path& relative) {
  return std::any_of(relative.begin(), relative.end(), [](const fs::path& part) {
    auto name = part.string();
    return name.size() > 1 && name.front() == '.' && name != "..";
  });
}

InputFile file_input(const fs::path& path) {
  std::error_code ec;
  auto size = fs::file_size(path, ec);
  return {path, is_jsonl_name(path) ? InputKind::jsonl : InputKind::text, ec ? 0 : size};
}

void add_directory(const fs::path& dir, std::vector<InputFile>& out) {
  std::vector<fs::path> found;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  if (ec) throw InputError(dir.generic_string(), "", "cannot read directory: " + ec.message());
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) throw InputError(dir.generic_string(), "", "cannot read directory: " + ec.message());
    auto relative = it->path().lexically_relative(dir);
    if (is_hidden(relative)) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec) && is_corpus_file_name(it->path())) found.push_back(it->path().lexically_normal());
  }
  std::sort(found.begin(), found.end(),
            [](const fs::path& a, const fs::path& b) { return a.generic_string() < b.generic_string(); });
  for (const auto& path : found) out.push_back(file_input(path));
}

bool is_blank(std::string_view line) {
  return std::all_of(line.begin(), line.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}

void strip_cr(std::string& line) {
  if (!line.empty() && line.back() == '\r') line.pop_back();
}

std::string text_article_id(const fs::path& path) { return path.lexically_normal().generic_string(); }

// The first non-blank line, trimmed: a text file's title (as kgb extract takes it).
std::string first_line(std::string_view text) {
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t end = std::min(text.find('\n', begin), text.size());
    std::string_view line = text.substr(begin, end - begin);
    auto first = line.find_first_not_of(" \t\r\f\v");
    if (first != std::string_view::npos) {
      auto last = line.find_last_not_of(" \t\r\f\v");
      return std::string(line.substr(first, last - first + 1));
    }
    begin = end + 1;
  }
  return {};
}

// Reads JSON Lines from `in`; the lines already consumed are numbered up to `line_number`.
void read_jsonl_stream(std::istream& in, const std::string& name, std::size_t line_number,
                       const ArticleSink& on_article, const InputErrorSink& on_error) {
  std::string line;
  while (std::getline(in, line)) {
    ++line_number;
    strip_cr(line);
    if (is_blank(line)) continue;
    try {
      on_article(parse_article_line(line, name, line_number));
    } catch (const InputError& e) {
      on_error(e);
    }
  }
  if (in.bad()) on_error(InputError(name, fmt::format("line {}", line_number + 1), "read error"));
}

Article stdin_text_article(std::string text) {
  Article article;
  article.info.id = content_id("stdin", text);
  if (!find_invalid_utf8(text)) article.info.title = first_line(text);
  article.info.source = "stdin";
  article.origin = "<stdin>";
  article.bytes = text.size();
  article.text = std::move(text);
  return article;
}

void read_text_file(const InputFile& input, const ArticleSink& on_article) {
  Article article;
  article.info.id = text_article_id(input.path);
  article.info.source = input.path.generic_string();
  article.text = read_file(input.path);
  if (!find_invalid_utf8(article.text)) article.info.title = first_line(article.text);
  article.origin = input.path.generic_string();
  article.bytes = article.text.size();
  on_article(std::move(article));
}

void read_stdin(std::istream& in, const ArticleSink& on_article, const InputErrorSink& on_error) {
  const std::string name = "<stdin>";
  std::string line;
  std::string consumed;  // everything read while deciding what stdin holds
  std::size_t line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    consumed += line;
    if (!in.eof()) consumed += '\n';
    if (is_blank(line)) continue;
    strip_cr(line);
    std::optional<Article> first;
    try {
      first = parse_article_line(line, name, line_number);
    } catch (const InputError&) {
    }
    if (first) {
      on_article(std::move(*first));
      read_jsonl_stream(in, name, line_number, on_article, on_error);
      return;
    }
    break;
  }
  // One text: what was read plus the rest of the stream.
  std::string text = std::move(consumed);
  if (!in.eof()) text.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (line_number == 0 && text.empty()) {
    on_error(InputError(name, "", "no input"));
    return;
  }
  on_article(stdin_text_article(std::move(text)));
}

}  // namespace

std::vector<InputFile> discover_inputs(const std::vector<std::string>& arguments, InputKind stdin_kind) {
  std::vector<InputFile> inputs;
  for (const auto& argument : arguments) {
    if (argument == "-") {
      inputs.push_back({"-", stdin_kind, 0});
      continue;
    }
    fs::path path(argument);
    std::error_code ec;
    auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) throw InputError(argument, "", "no such file or directory");
    if (fs::is_directory(status))
      add_directory(path, inputs);
    else
      inputs.push_back(file_input(path));
  }
  return inputs;
}

std::optional<std::uintmax_t> total_input_bytes(const std::vector<InputFile>& inputs) {
  std::uintmax_t total = 0;
  for (const auto& input : inputs) {
    if (input.path == "-") return std::nullopt;
    total += input.size;
  }
  return total;
}

Article parse_article_line(std::string_view line, const std::string& file, std::size_t line_number) {
  auto where = [&](std::optional<std::size_t> column = std::nullopt) {
    return column ? fmt::format("line {}, column {}", line_number, *column) : fmt::format("line {}", line_number);
  };
  rapidjson::Document json;
  json.Parse(line.data(), line.size());
  if (json.HasParseError())
    throw InputError(file, where(json.GetErrorOffset() + 1),
                     std::string("malformed JSON: ") + rapidjson::GetParseError_En(json.GetParseError()));
  if (!json.IsObject()) throw InputError(file, where(), "expected a JSON object with a \"text\" field");

  Article article;
  auto field = [&](const char* name, std::string& into, bool required) {
    auto it = json.FindMember(name);
    if (it == json.MemberEnd() || it->value.IsNull()) {
      if (required) throw InputError(file, where(), fmt::format("missing \"{}\"", name));
      return;
    }
    if (!it->value.IsString()) throw InputError(file, where(), fmt::format("\"{}\" must be a string", name));
    into.assign(it->value.GetString(), it->value.GetStringLength());
  };
  field("text", article.text, true);
  field("id", article.info.id, false);
  field("title", article.info.title, false);
  field("date", article.info.date, false);
  field("source", article.info.source, false);
  if (article.info.id.empty()) article.info.id = fmt::format("{}:{}", file, line_number);
  article.origin = fmt::format("{}:line {}", file, line_number);
  article.bytes = line.size() + 1;
  return article;
}

std::string content_id(std::string_view prefix, std::string_view text) {
  std::uint64_t hash = 14695981039346656037ull;
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  return fmt::format("{}-{:016x}", prefix, hash);
}

void read_articles(const std::vector<InputFile>& inputs, const ArticleSink& on_article,
                   const InputErrorSink& on_error, std::istream& standard_input) {
  for (const auto& input : inputs) {
    try {
      switch (input.kind) {
        case InputKind::stdin_stream:
          read_stdin(standard_input, on_article, on_error);
          break;
        case InputKind::jsonl: {
          if (input.path == "-") {
            read_jsonl_stream(standard_input, "<stdin>", 0, on_article, on_error);
            break;
          }
          std::ifstream in(input.path, std::ios::binary);
          if (!in) {
            on_error(InputError(input.path.generic_string(), "", "cannot open file"));
            break;
          }
          read_jsonl_stream(in, input.path.generic_string(), 0, on_article, on_error);
          break;
        }
        case InputKind::text:
          if (input.path == "-")
            on_article(stdin_text_article(
                {std::istreambuf_iterator<char>(standard_input), std::istreambuf_iterator<char>()}));
          else
            read_text_file(input, on_article);
          break;
      }
    } catch (const InputError& e) {
      on_error(e);
    }
  }
}

std::optional<std::string> article_problem(std::string_view text) {
  if (auto bad = find_invalid_utf8(text)) return fmt::format("invalid UTF-8 at byte {}", *bad);
  if (auto nul = text.find('\0'); nul != std::string_view::npos)
    return fmt::format("binary data (NUL byte at byte {})", nul);
  if (is_blank(text)) return std::string("empty");
  return std::nullopt;
}

std::size_t count_words(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

}  // namespace kg
