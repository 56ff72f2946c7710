import json

data = {"name": "Zoë", "tags": ("a", "b"), "n": 3, "x": 1.0, "y": 0.1 + 0.2, "z": 1e-05,
        "big": 10 ** 20, "neg": -0.5, "none": None, "t": True, "f": False, "nested": {"e": [], "o": {}},
        "emoji": "\U0001f600", "ctl": "a\nb\tc\x01\x7f\"\\/"}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent="\t"))
print(json.dumps(data, indent=0))
print(json.dumps([1, [2, [3, {}]]], indent=-1))
print(json.dumps(data, separators=(",", ":"), sort_keys=True))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d", False: "e"}))
print(json.dumps([float("inf"), float("-inf"), float("nan"), -0.0, 1e16, 1e22, 123456789.125, 1e-7]))
print(json.dumps("plain"), json.dumps(5), json.dumps(None), json.dumps(2.5))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): 3, "k": 1}, skipkeys=True))
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"s": {3, 1, 2}}, default=lambda o: sorted(o)))
l = [1]
l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print("ValueError:", e)


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return {"set": sorted(o)}
        return super().default(o)


print(json.dumps({"a": {2, 1}}, cls=Enc, indent=1))
print(Enc(sort_keys=True).encode({"b": 1, "a": 2}))
try:
    json.dumps(object(), cls=Enc)
except TypeError as e:
    print("TypeError:", e)
