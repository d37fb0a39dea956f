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
  nlohmann-json3-dev    # every JSON text the C++ reads and writes (src/base/json*)
  libgtest-dev          # unit tests
  clang-14 libclang-rt-14-dev  # ./fuzz: libFuzzer, ASan and UBSan runtimes (-fsanitize=fuzzer)
  chromium              # headless browser for the e2e tests
  firefox-esr           # the engine smoke suite (web/smoke/): Firefox, over WebDriver BiDi
  webkit2gtk-driver     # the engine smoke suite: WebKitWebDriver and WebKitGTK's MiniBrowser (WebKit)
  xvfb xauth            # the engine smoke suite: both run headed under xvfb-run (headless Firefox has no WebGL 2)
  libgl1-mesa-dri       # the engine smoke suite: Mesa's software GL (llvmpipe), WebGL 2 under Xvfb
  fonts-inter           # the widget's typeface
  python3-fonttools     # pyftsubset: Latin subset of Inter
  dpkg-dev xz-utils     # apt-get source
  zopfli                # the .gz copies in dist/: gzip that is 5 % smaller than gzip -9
  wabt                  # wasm-objdump: the wasm size report per component (scripts/size-report.sh)
  hunspell hunspell-no  # ./validate --spell: hunspell and its nb_NO dictionary (web/tools/bokmal.mjs)
  wnorwegian            # ./validate --spell: the bokmål full-form word list, /usr/share/dict/bokmaal
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

if [ ${#missing[@]} -gt 0 ] || [ $need_update = 1 ] || [ ! -f .deps/imgui/imgui.h ] || [ ! -f .deps/earcut/include/mapbox/earcut.hpp ]; then
  echo "setup: apt-get update"
  as_root apt-get update -qq
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Unpacks the upstream tarball of a Debian source package into .deps/NAME (once).
fetch_source() {  # fetch_source PACKAGE NAME FILE-THAT-PROVES-IT
  local package=$1 name=$2 proof=$3
  [ -f ".deps/$name/$proof" ] && return 0
  echo "setup: fetching $package source (Debian source package) into .deps/$name"
  rm -rf ".deps/$name" ".deps/$name-src"
  mkdir -p ".deps/$name-src" ".deps/$name"
  (cd ".deps/$name-src" && apt-get source --download-only "$package" >/dev/null 2>&1)
  local tarballs=(".deps/$name-src/"*.orig.tar.*)
  if [ ${#tarballs[@]} -ne 1 ] || [ ! -f "${tarballs[0]}" ]; then
    echo "setup: expected one upstream tarball of $package, found: ${tarballs[*]}" >&2
    exit 1
  fi
  tar -xf "${tarballs[0]}" -C ".deps/$name" --strip-components=1
  rm -rf ".deps/$name-src"
}
fetch_source imgui imgui imgui.h                                             # Dear ImGui 1.86
fetch_source python-mapbox-earcut earcut include/mapbox/earcut.hpp           # earcut.hpp 2.2.4 (geoprep)

# Playwright and the Closure step need Node.js 20 or newer, with npm. Debian 12's own nodejs is 18
# and comes without npm, so say plainly what is missing instead of failing later inside a tool.
node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 20 ] || ! command -v npm >/dev/null 2>&1; then
  echo "setup: Node.js 20 or newer with npm is needed (found node $(node --version 2>/dev/null || echo none)," \
       "npm $(npm --version 2>/dev/null || echo none)). Debian 12's nodejs package is 18: install Node.js 20" \
       "(for example NodeSource's nodejs 20 package, which brings npm) and run this again." >&2
  exit 1
fi

if [ ! -d web/node_modules ] || [ web/package-lock.json -nt web/node_modules/.package-lock.json ]; then
  echo "setup: npm ci"
  (cd web && npm ci --no-audit --no-fund --loglevel=error)
fi
