#pragma once
// A source document (news article) as the graph records it.
#include <string>

namespace kg {

struct Document {
  std::string id;      // unique within a graph, e.g. the file name
  std::string title;
  std::string date;    // ISO 8601 (YYYY-MM-DD) when known, else empty
  std::string source;  // publisher, URL or path

  friend bool operator==(const Document&, const Document&) = default;
};

}  // namespace kg
