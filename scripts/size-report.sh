#!/usr/bin/env bash
# Where every byte of the widget goes: builds the wasm a second time with a name section
# (build/wasm-names, never shipped) and prints web/bench/sizes.mjs's report: each file of dist/
# raw, gzip and brotli, the first load, and the wasm by component (Dear ImGui, our JSON, the rest of our
# code, libc/libc++, glue). Needs Debian's wabt (wasm-objdump), which scripts/setup.sh installs.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
./scripts/build.sh wasm >/dev/null
export NODE_PATH=/usr/share/nodejs
export EM_CLOSURE_COMPILER="$root/web/node_modules/.bin/google-closure-compiler"
if [ ! -f build/wasm-names/CMakeCache.txt ]; then
  emcmake cmake -S . -B build/wasm-names -DCMAKE_BUILD_TYPE=Release -DVK_WASM_NAMES=ON >/dev/null
fi
cmake --build build/wasm-names -j"$(nproc 2>/dev/null || echo 2)" --target vertskapskart >/dev/null
node web/bench/sizes.mjs --dist build/wasm/dist --names build/wasm-names/dist/vertskapskart.wasm
