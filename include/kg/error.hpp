#pragma once
// Errors the library reports for bad input: each names the file and the position.
#include <stdexcept>
#include <string>

namespace kg {

// Bad input: malformed JSON/GraphML/CoNLL-U, invalid UTF-8, schema violations.
// what() is one line: "FILE:POSITION: MESSAGE" (position omitted when unknown).
class InputError : public std::runtime_error {
 public:
  InputError(std::string file, std::string position, const std::string& message);
  const std::string& file() const noexcept { return file_; }
  const std::string& position() const noexcept { return position_; }

 private:
  std::string file_;
  std::string position_;  // "line 3, column 7", "byte 120", or a JSON pointer "/entities/2/label"
};

}  // namespace kg
