import json


d = json.loads('{"a": 1.50, "b": [1e3, -0, -0.0, 0.5E-2], "c": "\\u00e9\\n\\ud83d\\ude00", "d": null, "e": true}')
print(d["a"], d["b"], d["c"].encode(), d["d"], d["e"])
print(json.loads('  [1, 2, {"x": "y"}]  '))
print(json.loads(b'{"bytes": "ok \xc3\xa9"}') == {'bytes': 'ok \u00e9'})
print(json.loads('"caf\u00e9 \\"q\\" \\\\ \\/"'))
print(json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads('12345678901234567890'), json.loads('-7'), json.loads('3.0'))
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('{"v": 1.1}', parse_float=str), json.loads('[10]', parse_int=float))
print(json.loads('{"x": {"y": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('"\u00e9t\u00e9"'))
bad = ['', ' ', '[1,]', '{"a":1,}', '{"a" 1}', '[1 2]', '{1:2}', '"abc', '"a\\x"', '"\\u12"', '01', '-',
       '[', '{', '{"a"', '{"a":', 'nul', '"a\x01"', '[1] x', 'tru', '1.', '1e', '[-]', '{"a":1 "b":2}',
       '["\u00e9", x]', '\n\n  [1,\n  ]', "{'a': 1}", '[1,,2]', 'true false']
for s in bad:
    try:
        print(repr(s), json.loads(s))
    except json.JSONDecodeError as e:
        print(repr(s.encode()), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads(5)
except TypeError as e:
    print("TypeError:", e)
doc = json.dumps({"k": [1, 2, {"z": None}]}, indent=2)
print(json.loads(doc) == {"k": [1, 2, {"z": None}]})
print(json.JSONDecoder().decode('[1]'))

