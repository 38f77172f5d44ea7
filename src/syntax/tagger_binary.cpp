#include "syntax/tagger_binary.hpp"

#include <fstream>
#include <iterator>

#include "kg/error.hpp"
#include "kg/file_io.hpp"

namespace kg::tagging {
namespace {

// A fast 64-bit checksum over 8-byte words; it catches truncation and damage, not attacks.
std::uint64_t checksum(std::string_view bytes) {
  std::uint64_t h = 0x9E3779B97F4A7C15ULL ^ bytes.size();
  std::size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, bytes.data() + i, 8);
    h = (h ^ word) * 0x100000001B3ULL;
    h ^= h >> 29;
  }
  for (; i < bytes.size(); ++i) h = (h ^ static_cast<unsigned char>(bytes[i])) * 0x100000001B3ULL;
  return h ^ (h >> 32);
}

}  // namespace

void BinaryReader::fail(const std::string& what) const {
  throw InputError(file_, "byte " + std::to_string(pos_), "corrupt model file: " + what);
}

void save_model_file(const std::filesystem::path& path, std::string_view magic, std::uint32_t version,
                     const BinaryWriter& payload) {
  write_file_atomically(path, [&](std::ostream& out) {
    const std::uint64_t sum = checksum(payload.bytes());
    out.write(magic.data(), static_cast<std::streamsize>(magic.size()));
    out.write(reinterpret_cast<const char*>(&version), sizeof version);
    out.write(payload.bytes().data(), static_cast<std::streamsize>(payload.bytes().size()));
    out.write(reinterpret_cast<const char*>(&sum), sizeof sum);
    if (!out) throw std::runtime_error(path.string() + ": cannot write model file");
  });
}

std::string load_model_file(const std::filesystem::path& path, std::string_view magic, std::uint32_t version) {
  const std::string file = path.string();
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(file, "", "cannot open model file");
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) throw InputError(file, "", "cannot read model file");
  const std::size_t header = magic.size() + sizeof(std::uint32_t);
  if (bytes.size() < header + sizeof(std::uint64_t) || std::string_view(bytes).substr(0, magic.size()) != magic)
    throw InputError(file, "byte 0", "not a kgb " + std::string(magic.substr(0, magic.find('\0'))) + " model file");
  std::uint32_t file_version;
  std::memcpy(&file_version, bytes.data() + magic.size(), sizeof file_version);
  if (file_version != version)
    throw InputError(file, "byte " + std::to_string(magic.size()),
                     "model format version " + std::to_string(file_version) + ", expected " + std::to_string(version) +
                         " (retrain with `kgb train`)");
  std::uint64_t stored;
  std::memcpy(&stored, bytes.data() + bytes.size() - sizeof stored, sizeof stored);
  std::string payload = bytes.substr(header, bytes.size() - header - sizeof stored);
  if (checksum(payload) != stored) throw InputError(file, "", "corrupt model file: checksum mismatch");
  return payload;
}

}  // namespace kg::tagging
