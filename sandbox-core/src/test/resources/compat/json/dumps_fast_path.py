import json
# the C encoder's fast path and what must leave it: control characters, DEL, non-ASCII, keys of
# every scalar type, floats
print(json.dumps(["\b\f\r\n\t\x01\x1f", "\x7f", "café", "日本", "a/b<>&'", "\\u0008"]))
print(json.dumps({-5: 1, 10**20: 2, 2.5: 3, 1e16: 4, -0.0: 5, True: 6, None: 7, "k": [1.5, 0.1 + 0.2, 1e-7]}))
print(json.dumps({"nested": {"t": (1, 2), "l": [[], {}], "e": ""}}), json.dumps(9.995), json.dumps("x"))
for bad in [{"s": {1, 2}}, [b"x"], {(1, 2): 3}, float("nan"), [float("inf")]]:
    try:
        print(json.dumps(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
