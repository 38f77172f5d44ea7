#pragma once
// Helpers of the tagger and lemmatizer tests.
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <iterator>
#include <string>
#include <vector>

#include "kg/conllu.hpp"
#include "kg/doc.hpp"

namespace kg::test {

// A fresh directory, removed with everything in it at the end of the test.
class TempDir {
 public:
  TempDir() {
    static std::atomic<int> counter{0};
    path_ = std::filesystem::temp_directory_path() /
            ("kg-tagger-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

inline std::string read_bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// One sentence of the given words, separated by spaces, untagged.
inline Doc words_doc(const std::vector<const char*>& words) {
  Doc doc;
  for (const char* w : words) {
    if (!doc.text.empty()) doc.text += ' ';
    Token t;
    t.text = t.form = w;
    t.start = doc.text.size();
    doc.text += w;
    t.end = doc.text.size();
    doc.tokens.push_back(std::move(t));
  }
  doc.sentences.push_back({0, doc.tokens.size(), false});
  return doc;
}
inline Doc words_doc(std::initializer_list<const char*> words) { return words_doc(std::vector<const char*>(words)); }

// tests/data/tagger/tiny-train.conllu: 22 annotated news-like sentences.
inline std::vector<Doc> tiny_corpus() {
  const std::string path = KG_TEST_DATA_DIR "/tagger/tiny-train.conllu";
  std::ifstream in(path);
  return read_conllu(in, path);
}

}  // namespace kg::test
