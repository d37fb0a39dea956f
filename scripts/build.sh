#!/usr/bin/env bash
# Builds what is asked for: `native` (unit tests and tools, build/native), `wasm` (the widget,
# build/wasm/dist), `wasm-debug` (the widget with names, assertions and a checked heap,
# build/wasm-debug/dist), or native and wasm (no argument). Incremental: a second run with nothing changed is quick.
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

# The wasm presets (CMakePresets.json) name Emscripten's toolchain file and the environment its
# emcc needs: Debian's emcc finds acorn through NODE_PATH=/usr/share/nodejs, and Closure comes from
# npm (the version emcc 3.1.6 pins), since Debian's closure-compiler is too old.
build_wasm() {  # build_wasm PRESET
  local preset=$1 dir
  dir=$([ "$preset" = wasm-debug ] && echo build/wasm-debug || echo build/wasm)
  export NODE_PATH=/usr/share/nodejs
  export EM_CLOSURE_COMPILER="$root/web/node_modules/.bin/google-closure-compiler"
  [ -f "$dir/CMakeCache.txt" ] || cmake --preset "$preset" -DVK_WERROR=$werror >/dev/null
  cmake --build "$dir" -j"$jobs"
}

case "${1:-all}" in
  native) build_native ;;
  wasm) build_wasm wasm-release ;;
  wasm-debug) build_wasm wasm-debug ;;
  all) build_native; build_wasm wasm-release ;;
  *) echo "usage: scripts/build.sh [native|wasm|wasm-debug|all]" >&2; exit 2 ;;
esac
