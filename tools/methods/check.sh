#!/bin/sh
# Runs cases.py under CPython (python3, 3.11) and in the guest (../node/guest.mjs, which needs
# `npm ci` in tools/node once) and prints the differences; no output means the helpers agree.
here=$(dirname "$0")
python3 "$here/cases.py" > /tmp/methods-cpython.txt 2>&1
node "$here/../node/guest.mjs" "$here/cases.py" > /tmp/methods-guest.txt 2>&1
diff /tmp/methods-cpython.txt /tmp/methods-guest.txt && echo "cases agree: $(wc -l < /tmp/methods-cpython.txt) lines"
