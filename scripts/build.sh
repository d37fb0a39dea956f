#!/usr/bin/env bash
# Builds what is asked for: `native` (unit tests and tools, build/native), `wasm` (the widget,
# build/wasm/dist), or both (no argument). Incremental: a second run with nothing changed is quick.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
jobs=$(nproc 2>/dev/null || echo 2)
werror=OFF
[ "${CI:-}" = "true" ] && werror=ON

build_native() {
  [ -f build/native/CMakeCache.txt ] || cmake --preset native-debug -DVK_WERROR=$werror >/dev/null
  cmake --build build/native -j"$jobs"
}

build_wasm() {
  # Debian's emcc needs Node to find acorn in /usr/share/nodejs; Closure comes from npm (the
  # version emcc 3.1.6 pins), since Debian's closure-compiler is too old.
  export NODE_PATH=/usr/share/nodejs
  export EM_CLOSURE_COMPILER="$root/web/node_modules/.bin/google-closure-compiler"
  if [ ! -f build/wasm/CMakeCache.txt ]; then
    emcmake cmake -S . -B build/wasm -DCMAKE_BUILD_TYPE=Release -DVK_WERROR=$werror >/dev/null
  fi
  cmake --build build/wasm -j"$jobs"
}

case "${1:-all}" in
  native) build_native ;;
  wasm) build_wasm ;;
  all) build_native; build_wasm ;;
  *) echo "usage: scripts/build.sh [native|wasm|all]" >&2; exit 2 ;;
esac
