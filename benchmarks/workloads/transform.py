import json
records = [
    {"id": 1, "name": "  ada lovelace ", "email": "ADA@EXAMPLE.COM", "tags": "math,poetry", "spend": "120.50"},
    {"id": 2, "name": "grace hopper", "email": "grace@navy.mil ", "tags": "cobol,navy", "spend": "99.99"},
    {"id": 3, "name": "alan turing", "email": " alan@bletchley.uk", "tags": "math,crypto", "spend": "250"},
    {"id": 4, "name": "edsger dijkstra", "email": "ewd@utexas.edu", "tags": "math", "spend": "0"},
]
by_tag = {}
out = []
for r in records:
    first, last = r["name"].strip().split(" ", 1)
    email = r["email"].strip().lower()
    tags = [t.strip() for t in r["tags"].split(",") if t.strip()]
    spend = round(float(r["spend"]), 2)
    out.append({"id": r["id"], "first": first[:1].upper() + first[1:], "last": last[:1].upper() + last[1:],
                "domain": email.split("@")[1], "tags": tags, "spend": spend, "vip": spend >= 100})
    for t in tags:
        by_tag.setdefault(t, []).append(r["id"])
summary = {"count": len(out), "total": round(sum(o["spend"] for o in out), 2), "by_tag": by_tag}
print(json.dumps({"records": out, "summary": summary}))
