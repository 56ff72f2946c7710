from pprint import pprint, pformat, pp, saferepr, isreadable, PrettyPrinter
from dataclasses import dataclass, field

data = {
    "service": "billing",
    "endpoints": [
        {"path": "/invoices", "methods": ["GET", "POST"], "auth": True},
        {"path": "/invoices/{id}", "methods": ["GET", "PUT", "DELETE"], "auth": True},
        {"path": "/health", "methods": ["GET"], "auth": False},
    ],
    "limits": {"rps": 100, "burst": 250, "per_user": {"free": 10, "pro": 100}},
    "owners": ("team-a", "team-b"),
    "blob": b"\x00\x01binary-data" * 6,
    "text": "lorem ipsum dolor sit amet " * 6,
}
pprint(data)
print("---")
pprint(data, width=60, sort_dicts=False, depth=2)
print("---")
print(pformat(list(range(30)), width=40, compact=True))
print(pformat({"b": 1, "a": [1, 2]}), pformat([]), pformat({}), pformat(()), pformat((1,)), pformat(set()))
pprint([[i * j for j in range(12)] for i in range(6)], width=50)
pprint(tuple(range(25)), indent=4, width=30)
pprint({"k" * 30: ["v" * 30, {"inner" * 5: list(range(15))}]}, width=40, indent=2)
pp({"z": 1, "a": 2})
print(saferepr({"x": [1, 2]}), isreadable([1, 2]), isreadable(object))
pprint(frozenset({3, 1, 2}), width=5)
pprint("a long line of text that will need to be wrapped across several lines of output " * 2, width=30)


@dataclass
class Item:
    name: str
    tags: list = field(default_factory=list)
    price: float = 0.0


pprint([Item("widget", ["a" * 20, "b" * 20, "c" * 20], 9.5), Item("gadget")], width=50)
pprint(PrettyPrinter(width=20).pformat({"nested": {"deeper": {"deepest": [1, 2, 3]}}}))
try:
    PrettyPrinter(indent=-1)
except ValueError as e:
    print("ValueError", e)
