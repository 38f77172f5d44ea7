// Finds where the value at a JSON pointer starts, by reading the text again with
// RapidJSON's SAX reader and following the path to every value. Only used to point
// error messages at a line and column, so it favours simplicity over speed.
#include <string>
#include <vector>

#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include "io/text_position.hpp"

namespace kg::io {
namespace {

class Locator {
 public:
  Locator(std::string_view json, const rapidjson::MemoryStream& stream, const std::vector<std::string>& target)
      : json_(json), stream_(stream), target_(target) {}

  std::optional<std::size_t> found() const { return found_; }

  bool Null() { return scalar(); }
  bool Bool(bool) { return scalar(); }
  bool Int(int) { return scalar(); }
  bool Uint(unsigned) { return scalar(); }
  bool Int64(int64_t) { return scalar(); }
  bool Uint64(uint64_t) { return scalar(); }
  bool Double(double) { return scalar(); }
  bool RawNumber(const char*, rapidjson::SizeType, bool) { return scalar(); }
  bool String(const char*, rapidjson::SizeType, bool) { return scalar(); }
  bool StartObject() { return open(false); }
  bool StartArray() { return open(true); }
  bool Key(const char* name, rapidjson::SizeType length, bool) {
    path_.back().key.assign(name, length);
    mark();
    return true;
  }
  bool EndObject(rapidjson::SizeType) { return close(); }
  bool EndArray(rapidjson::SizeType) { return close(); }

 private:
  struct Frame {
    bool array = false;
    std::size_t index = 0;
    std::string key;
  };

  // Where the value now reported began: after the previous token, past separators.
  std::size_t value_start() const {
    std::size_t i = previous_end_;
    while (i < json_.size() && (json_[i] == ' ' || json_[i] == '\t' || json_[i] == '\n' || json_[i] == '\r' ||
                                json_[i] == ',' || json_[i] == ':'))
      ++i;
    return i;
  }
  void mark() { previous_end_ = stream_.Tell(); }
  bool at_target() const {
    if (path_.size() != target_.size()) return false;
    for (std::size_t i = 0; i < path_.size(); ++i) {
      const Frame& f = path_[i];
      if (f.array ? std::to_string(f.index) != target_[i] : f.key != target_[i]) return false;
    }
    return true;
  }
  // Checks the value that begins here; false stops the reader once found.
  bool begin_value() {
    if (!at_target()) return true;
    found_ = value_start();
    return false;
  }
  void advance() {
    if (!path_.empty() && path_.back().array) ++path_.back().index;
  }
  bool scalar() {
    if (!begin_value()) return false;
    advance();
    mark();
    return true;
  }
  bool open(bool array) {
    if (!begin_value()) return false;
    path_.push_back({array, 0, {}});
    mark();
    return true;
  }
  bool close() {
    path_.pop_back();
    advance();
    mark();
    return true;
  }

  std::string_view json_;
  const rapidjson::MemoryStream& stream_;
  const std::vector<std::string>& target_;
  std::vector<Frame> path_;
  std::size_t previous_end_ = 0;
  std::optional<std::size_t> found_;
};

}  // namespace

std::optional<std::size_t> locate_json_value(std::string_view json, const std::vector<std::string>& tokens) {
  rapidjson::MemoryStream stream(json.data(), json.size());
  Locator locator(json, stream, tokens);
  rapidjson::Reader reader;
  reader.Parse<rapidjson::kParseStopWhenDoneFlag>(stream, locator);
  return locator.found();
}

}  // namespace kg::io
