#include <cstdio>

#include "kg/version.hpp"

int main() {
  std::printf("kgb %s\n", kg::version);
  return 0;
}
