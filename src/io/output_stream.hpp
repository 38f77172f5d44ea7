#pragma once
// A buffered RapidJSON output stream over a std::ostream (RapidJSON's OStreamWrapper
// writes one character at a time).
#include <array>
#include <cstddef>
#include <ostream>

namespace kg::io {

class BufferedOutput {
 public:
  using Ch = char;
  explicit BufferedOutput(std::ostream& out) : out_(out) {}
  BufferedOutput(const BufferedOutput&) = delete;
  BufferedOutput& operator=(const BufferedOutput&) = delete;

  void Put(char c) {
    if (used_ == buffer_.size()) Flush();
    buffer_[used_++] = c;
  }
  void Flush() {
    out_.write(buffer_.data(), static_cast<std::streamsize>(used_));
    used_ = 0;
  }

 private:
  std::ostream& out_;
  std::array<char, 1 << 16> buffer_{};
  std::size_t used_ = 0;
};

}  // namespace kg::io
