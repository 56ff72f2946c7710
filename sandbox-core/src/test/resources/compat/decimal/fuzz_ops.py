# deterministic pseudo-random operands (a linear congruential generator, no random module)
from decimal import (Decimal as D, localcontext, InvalidOperation, DivisionByZero, ROUND_HALF_UP,
                     ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN, ROUND_CEILING,
                     ROUND_FLOOR, ROUND_05UP)

state = [12345]


def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return state[0] % n


def num():
    digits = "".join(str(rnd(10)) for _ in range(1 + rnd(12)))
    s = ("-" if rnd(3) == 0 else "") + digits
    k = rnd(6)
    if k == 1:
        s += "E" + str(rnd(15) - 7)
    elif k >= 2 and len(digits) > 1:
        p = rnd(len(digits))
        s = s[:len(s) - p] + "." + s[len(s) - p:]
    return D(s)


modes = [ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN, ROUND_CEILING,
         ROUND_FLOOR, ROUND_05UP]
for i in range(300):
    a, b = num(), num()
    with localcontext() as ctx:
        if i % 2:
            ctx.prec = 1 + rnd(9)
            ctx.rounding = modes[rnd(8)]
        out = []
        for op in ("+", "-", "*", "/", "//", "%"):
            try:
                out.append(str(eval("a " + op + " b")))
            except (InvalidOperation, DivisionByZero) as e:
                out.append(type(e).__name__)
        try:
            out.append(str(a.quantize(D("1E%d" % (rnd(7) - 4)), rounding=modes[rnd(8)])))
        except InvalidOperation:
            out.append("InvalidOperation")
        out.append(str(a ** (rnd(7) - 3)) if a else "0")
        out.append(str(abs(a).sqrt()))
        out.append(format(a, "." + str(rnd(5)) + "efg%"[rnd(4)]))
        out.append(str(a.normalize()))
        out.append(str(-a))
        out.append(str(a < b) + str(a == b))
    print(a, b, " ".join(out))
