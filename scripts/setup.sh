#!/usr/bin/env bash
# Installs everything the build and the tests need, and nothing twice.
# Debian packages (apt), Dear ImGui's source (Debian source package, into .deps/),
# npm packages (from web/package-lock.json). Safe to run again: each step checks first.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

packages=(
  emscripten            # emcc 3.1.6, with Debian's binaryen, llvm and clang
  cmake make g++        # native build: tests and tools
  nlohmann-json3-dev    # JSON reader for core
  libgtest-dev          # unit tests
  chromium              # headless browser for the e2e tests
  fonts-inter           # the widget's typeface
  python3-fonttools     # pyftsubset: Latin subset of Inter
  dpkg-dev xz-utils     # apt-get source
  wabt                  # wasm-objdump: the wasm size report per component (scripts/size-report.sh)
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# Dear ImGui comes as source from Debian (bookworm main); we need a deb-src line for it.
srclist=/etc/apt/sources.list.d/vertskapskart-src.sources
need_update=0
if [ ! -f "$srclist" ]; then
  as_root tee "$srclist" >/dev/null <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  need_update=1
fi

if [ ${#missing[@]} -gt 0 ] || [ $need_update = 1 ] || [ ! -d .deps/imgui ]; then
  echo "setup: apt-get update"
  as_root apt-get update -qq
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ ! -f .deps/imgui/imgui.h ]; then
  echo "setup: fetching Dear ImGui source (Debian source package imgui)"
  rm -rf .deps/imgui .deps/imgui-src
  mkdir -p .deps/imgui-src
  (cd .deps/imgui-src && apt-get source --download-only imgui >/dev/null)
  tarball=$(ls .deps/imgui-src/imgui_*.orig.tar.* | head -1)
  mkdir -p .deps/imgui
  tar -xf "$tarball" -C .deps/imgui --strip-components=1
  rm -rf .deps/imgui-src
fi

if [ ! -d web/node_modules ] || [ web/package-lock.json -nt web/node_modules/.package-lock.json ]; then
  echo "setup: npm ci"
  (cd web && npm ci --no-audit --no-fund --loglevel=error)
fi
