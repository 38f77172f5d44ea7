#pragma once
// Binary model files of the tagger and lemmatizer (internal header): a magic tag,
// a format version, a little-endian payload and a trailing checksum, so a truncated
// or damaged file is reported as an InputError naming it instead of misbehaving.
#include <bit>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace kg::tagging {

static_assert(std::endian::native == std::endian::little, "model files are little-endian");

// Collects a model's payload in memory; `save_model_file` writes it atomically.
class BinaryWriter {
 public:
  template <typename T>
    requires std::is_trivially_copyable_v<T>
  void put(const T& value) {
    const auto* p = reinterpret_cast<const char*>(&value);
    bytes_.append(p, sizeof(T));
  }
  template <typename T>
    requires std::is_trivially_copyable_v<T>
  void put_vector(const std::vector<T>& values) {
    put<std::uint64_t>(values.size());
    bytes_.append(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(T));
  }
  void put_string(std::string_view s) {
    put<std::uint32_t>(static_cast<std::uint32_t>(s.size()));
    bytes_.append(s);
  }
  void put_strings(const std::vector<std::string>& strings) {
    put<std::uint64_t>(strings.size());
    for (const auto& s : strings) put_string(s);
  }
  const std::string& bytes() const { return bytes_; }

 private:
  std::string bytes_;
};

// Reads a payload; every read is bounds-checked and a short read throws InputError.
class BinaryReader {
 public:
  BinaryReader(std::string_view bytes, std::string file) : bytes_(bytes), file_(std::move(file)) {}

  template <typename T>
    requires std::is_trivially_copyable_v<T>
  T get() {
    T value;
    std::memcpy(&value, take(sizeof(T)), sizeof(T));
    return value;
  }
  template <typename T>
    requires std::is_trivially_copyable_v<T>
  std::vector<T> get_vector() {
    const auto n = get<std::uint64_t>();
    if (n > (bytes_.size() - pos_) / sizeof(T)) fail("array longer than the file");
    std::vector<T> values(static_cast<std::size_t>(n));
    if (n > 0) std::memcpy(values.data(), take(values.size() * sizeof(T)), values.size() * sizeof(T));
    return values;
  }
  std::string get_string() {
    const auto n = get<std::uint32_t>();
    return std::string(take(n), n);
  }
  std::vector<std::string> get_strings() {
    const auto n = get<std::uint64_t>();
    if (n > bytes_.size() - pos_) fail("string table longer than the file");
    std::vector<std::string> strings;
    strings.reserve(static_cast<std::size_t>(n));
    for (std::uint64_t i = 0; i < n; ++i) strings.push_back(get_string());
    return strings;
  }
  bool at_end() const { return pos_ == bytes_.size(); }
  // Throws InputError("FILE", "byte N", "corrupt model file: WHAT").
  [[noreturn]] void fail(const std::string& what) const;

 private:
  const char* take(std::size_t n) {
    if (n > bytes_.size() - pos_) fail("unexpected end of file");
    const char* p = bytes_.data() + pos_;
    pos_ += n;
    return p;
  }
  std::string_view bytes_;
  std::string file_;
  std::size_t pos_ = 0;
};

// Writes magic + version + payload + checksum through kg::write_file_atomically.
void save_model_file(const std::filesystem::path& path, std::string_view magic, std::uint32_t version,
                     const BinaryWriter& payload);

// A model file read whole, its magic, version and checksum checked.
// Reads a whole model file like ModelFile and returns a copy of its payload.
std::string load_model_file(const std::filesystem::path& path, std::string_view magic, std::uint32_t version);

class ModelFile {
 public:
  // Throws InputError naming the file when it is missing or damaged.
  ModelFile(const std::filesystem::path& path, std::string_view magic, std::uint32_t version);
  std::string_view payload() const { return std::string_view(bytes_).substr(header_, bytes_.size() - header_ - 8); }
  const std::string& name() const { return name_; }

 private:
  std::string name_;
  std::string bytes_;
  std::size_t header_ = 0;
};

}  // namespace kg::tagging
