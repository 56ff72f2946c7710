# `orders` (about 1 MB of JSON) arrives through inputs
totals = {}
for order in orders:
    customer = order["customer"]
    totals[customer] = totals.get(customer, 0) + sum(line["qty"] * line["price"] for line in order["lines"])
top = sorted(totals.items(), key=lambda kv: -kv[1])[:5]
print(len(orders), [(name, round(value, 2)) for name, value in top])
