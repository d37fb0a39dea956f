#!/usr/bin/env bash
# The engine smoke suite: the widget in Firefox (Debian's firefox-esr) and in WebKit (WebKitGTK's
# MiniBrowser through WebKitWebDriver), one engine after the other, each headed under its own Xvfb
# with Mesa's software GL (headless Firefox has no WebGL 2). Starts the widget's server on a built
# dist/ and stops it at the end. Each engine is bounded (180 s, or VK_ENGINES_SECONDS), and
# an engine that says nothing counts as one failure. Ends with "engines: N passed, N failed";
# exits non-zero on any failure. Screenshots: web/test-results/engines/<engine>-*.png.
# Usage: web/smoke/run.sh [--root DIST] [--port N] [firefox] [webkit]
#   --root  the built widget (default build/wasm/dist, as ./scripts/build.sh makes it)
#   --port  the widget server's port (default $VK_ENGINES_PORT or 8130)
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
web="$(dirname "$here")"
root="$(dirname "$web")/build/wasm/dist"
port="${VK_ENGINES_PORT:-8130}"
engines=()
while [ $# -gt 0 ]; do
  case "$1" in
    --root) root="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    firefox|webkit) engines+=("$1"); shift ;;
    *) echo "usage: web/smoke/run.sh [--root DIST] [--port N] [firefox] [webkit]" >&2; exit 2 ;;
  esac
done
[ ${#engines[@]} -gt 0 ] || engines=(firefox webkit)
per_engine_seconds="${VK_ENGINES_SECONDS:-180}"  # each engine's bound, its browser and Xvfb included

fail_early() { echo "engines: $1" >&2; echo "engines: 0 passed, 1 failed"; exit 1; }
[ -f "$root/index.html" ] || fail_early "no built widget in $root (run ./scripts/build.sh, or pass --root)"
for tool in xvfb-run xauth node firefox-esr WebKitWebDriver /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser; do
  command -v "$tool" >/dev/null 2>&1 || fail_early "$tool is missing (scripts/setup.sh installs it)"
done

log="$(mktemp -d)"
server="" runner=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  rm -rf "$log"
}
trap cleanup EXIT
# Interrupted: the engine's run is stopped too (timeout passes the signal to all it started).
trap '[ -n "$runner" ] && kill -TERM "$runner" 2>/dev/null; exit 130' INT TERM

: >"$log/server.txt"  # there before the server opens it, for the grep below
node "$web/serve.mjs" --port "$port" --root "$root" >"$log/server.txt" 2>&1 &
server=$!
# Ours once it says it listens (a port taken by another server must not pass for ours).
for _ in $(seq 100); do
  grep -q '^Vertskapskart: http://' "$log/server.txt" && break
  kill -0 "$server" 2>/dev/null || break
  sleep 0.1
done
if ! grep -q '^Vertskapskart: http://' "$log/server.txt"; then
  cat "$log/server.txt" >&2
  fail_early "the widget server did not start on port $port (another port: --port N or VK_ENGINES_PORT)"
fi

passed=0 failed=0
for engine in "${engines[@]}"; do
  echo "== $engine"
  start=$SECONDS
  # In the background, so that a signal to this script can stop it (see the trap above); its
  # output is shown as it comes (the file is made first, for tail).
  : >"$log/$engine.txt"
  timeout -k 10 "$per_engine_seconds" \
    xvfb-run -a -s '-screen 0 1280x1024x24 -nolisten tcp' \
    env LIBGL_ALWAYS_SOFTWARE=1 node "$here/engines.mjs" --engine "$engine" --url "http://127.0.0.1:$port/" \
      --out "$web/test-results/engines" --timeout $((per_engine_seconds * 5 / 6)) \
    >"$log/$engine.txt" 2>&1 &
  runner=$!
  tail -n +1 -s 0.2 -f --pid="$runner" "$log/$engine.txt" &
  wait "$runner"
  status=$?
  wait $!  # the tail, which ends with the run
  runner=""
  line=$(grep -E "^$engine: [0-9]+ passed, [0-9]+ failed$" "$log/$engine.txt" | tail -1)
  if [ -z "$line" ]; then
    echo "$engine: ended without its count (exit status $status$([ "$status" = 124 ] && echo ", stopped after ${per_engine_seconds} s")): one failure"
    failed=$((failed + 1))
  else
    p=$(echo "$line" | grep -oE '[0-9]+ passed' | grep -oE '[0-9]+')
    f=$(echo "$line" | grep -oE '[0-9]+ failed' | grep -oE '[0-9]+')
    # A run that failed without saying so still fails.
    [ "$status" -ne 0 ] && [ "$f" -eq 0 ] && f=1
    passed=$((passed + p)) failed=$((failed + f))
  fi
  echo "$engine: $((SECONDS - start)) s"
done
echo "engines: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
