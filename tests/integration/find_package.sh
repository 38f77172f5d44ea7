#!/usr/bin/env bash
# An installed kg is a CMake package: a project of its own finds it with find_package(kg),
# links kg::kg, and reads, queries and writes a graph with it.
set -euo pipefail
command -v cmake >/dev/null 2>&1 || { echo "skipped: cmake is not installed"; exit 77; }
: "${KG_BINARY_DIR:?run by ctest, which sets KG_BINARY_DIR}" "${KG_SOURCE_DIR:?}"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix="$work/prefix"
cmake --install "$KG_BINARY_DIR" --prefix "$prefix" >"$work/install.log" 2>&1 || { cat "$work/install.log"; exit 1; }
for file in include/kg/graph.hpp include/kg/version.hpp lib/cmake/kg/kgConfig.cmake lib/cmake/kg/kgTargets.cmake; do
  [ -e "$prefix/$file" ] || { echo "FAIL: the install has no $file"; exit 1; }
done

mkdir "$work/consumer"
cat >"$work/consumer/CMakeLists.txt" <<'CMAKE'
cmake_minimum_required(VERSION 3.25)
project(consumer LANGUAGES CXX)
set(CMAKE_CXX_STANDARD 20)
find_package(kg 0.1 REQUIRED)
add_executable(consumer main.cpp)
target_link_libraries(consumer PRIVATE kg::kg)
CMAKE
cat >"$work/consumer/main.cpp" <<'CPP'
#include <iostream>

#include <kg/graph_format.hpp>
#include <kg/query.hpp>
#include <kg/version.hpp>

int main(int argc, char** argv) {
  if (argc != 3) return 2;
  kg::KnowledgeGraph graph = kg::load_graph(argv[1]);
  auto hits = kg::match_relations(graph, {"north korea", "", ""});
  kg::save_graph(graph, argv[2]);
  std::cout << kg::version << " " << graph.entity_count() << " " << graph.relation_count() << " " << hits.size() << "\n";
}
CPP

# A build configured with sanitizers needs them in the consumer too.
flags=()
if grep -q '^KG_SANITIZE:BOOL=ON' "$KG_BINARY_DIR/CMakeCache.txt" 2>/dev/null; then
  flags=(-DCMAKE_CXX_FLAGS=-fsanitize=address,undefined -DCMAKE_EXE_LINKER_FLAGS=-fsanitize=address,undefined)
fi
generator=()
command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
cmake -S "$work/consumer" -B "$work/consumer/build" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_PREFIX_PATH="$prefix" "${flags[@]}" >"$work/configure.log" 2>&1 || { cat "$work/configure.log"; exit 1; }
cmake --build "$work/consumer/build" >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }

example="$KG_SOURCE_DIR/examples/north-korea-un.graph.json"
output=$("$work/consumer/build/consumer" "$example" "$work/out.graphml")
read -r version entities relations hits <<<"$output"
[ "$version" = "$(sed -n 's/^project(kgb VERSION \([0-9.]*\).*/\1/p' "$KG_SOURCE_DIR/CMakeLists.txt")" ] || { echo "FAIL: version $version"; exit 1; }
[ "$entities" -gt 0 ] && [ "$relations" -gt 0 ] && [ "$hits" -gt 0 ] || { echo "FAIL: consumer printed '$output'"; exit 1; }
grep -q '<graphml' "$work/out.graphml" || { echo "FAIL: the consumer wrote no GraphML"; exit 1; }
echo "ok: find_package(kg) + kg::kg built a consumer that read $entities entities and $relations relations"
