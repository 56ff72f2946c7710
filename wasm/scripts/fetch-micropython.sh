#!/usr/bin/env bash
# Re-fetches the upstream MicroPython WebAssembly build from npm, verifies it, and re-derives the
# patched guest the engine runs (PROVENANCE.md). Both checksums are pinned there and in pom.xml.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
package=@micropython/micropython-webassembly-pyscript
version=1.27.0
expected=06338c955b03c5700aa0069015d3e392d76836ef8e2ce25bedbe59b88ccd373c
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "$package@$version" >/dev/null && tar xzf ./*.tgz)
actual=$(sha256sum "$work/package/micropython.wasm" | cut -d' ' -f1)
if [ "$actual" != "$expected" ]; then
  echo "checksum mismatch for $package@$version: got $actual, expected $expected" >&2
  exit 1
fi
cp "$work/package/micropython.wasm" "$here/src/main/wasm/micropython.wasm"
python3 "$here/scripts/patch_micropython.py" "$here/src/main/wasm/micropython.wasm" \
  "$here/src/main/wasm/micropython-patched.wasm"
echo "ok: $package@$version verified ($expected) and patched"
