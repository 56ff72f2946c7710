#!/bin/sh
# Runs each differential snippet under compat/methods and compat/slices through rewrite.py (a
# stand-in for the Java rewriter) in the guest and diffs the output against CPython's run of the
# unrewritten snippet; prints one line per snippet.
here=$(dirname "$0")
compat="$here/../../sandbox-core/src/test/resources/compat"
for f in "$compat"/methods/*.py "$compat"/slices/*.py; do
  python3 -I "$f" > /tmp/snippet-cpython.txt 2>/dev/null
  python3 "$here/rewrite.py" "$f" > /tmp/snippet-rewritten.py
  node "$here/../node/guest.mjs" /tmp/snippet-rewritten.py > /tmp/snippet-guest.txt 2>&1
  if cmp -s /tmp/snippet-cpython.txt /tmp/snippet-guest.txt; then echo "same    $f"; else echo "DIFFERS $f"; diff /tmp/snippet-cpython.txt /tmp/snippet-guest.txt | head -20; fi
done
