# Shared set-up of the bench scripts that read the UD treebanks (sourced, not run):
# here, root, build (the first argument, default build/), kgb (KGB or $build/kgb),
# shared (../shared/ud), a work folder removed on exit, and raw_text.
here="$(cd "$(dirname "${BASH_SOURCE[1]}")" && pwd)"
root="$(dirname "$here")"
build="${1:-$root/build}"
kgb="${KGB:-$build/kgb}"
shared="$root/../shared/ud"
[[ -x "$kgb" ]] || { echo "no kgb binary at $kgb (build first, or set KGB)" >&2; exit 1; }
[[ -d "$shared" ]] || { echo "no $shared: the UD treebanks are needed" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

raw_text() {  # gold CoNLL-U -> raw text
  /usr/bin/python3 "$here/raw_text.py" "$1"
}
