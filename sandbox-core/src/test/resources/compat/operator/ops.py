import operator
from operator import itemgetter, attrgetter, methodcaller
print(operator.add(1, 2), operator.abs(-3), operator.neg(4), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10))
print(operator.concat([1], [2]), operator.contains([1,2], 2), operator.countOf([1,1,2], 1), operator.indexOf([5,6], 6), operator.not_(0), operator.truth(3))
print(operator.iadd([1], [2]), operator.itemgetter(1)('abc'), itemgetter(0, 2)('abc'), itemgetter('k')({'k': 9}))
class A: pass
a = A(); a.b = A(); a.b.c = 5; a.x = 1
print(attrgetter('b.c')(a), attrgetter('x', 'b.c')(a), methodcaller('split', ',', 1)('a,b,c'), methodcaller('replace', 'a', 'b')('aa'))
print(repr(itemgetter(1)), repr(attrgetter('a', 'b.c')), repr(methodcaller('f', 1, k=2)))
print(operator.lt(1,2), operator.le(2,2), operator.eq(1,1), operator.ne(1,1), operator.ge(1,2), operator.gt(3,2), operator.and_(6,3), operator.or_(6,3), operator.xor(6,3), operator.lshift(1,3), operator.rshift(8,1), operator.inv(5), operator.index(7), operator.is_(None, None), operator.is_not(1, None))
for f in [lambda: attrgetter('zz')(a), lambda: itemgetter(5)([1]), lambda: operator.indexOf([1], 2)]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
from functools import reduce
print(reduce(operator.mul, range(1, 6)), sorted([(1, 'b'), (0, 'z'), (1, 'a')], key=itemgetter(0, 1)))
d = {'a': 1}; operator.setitem(d, 'b', 2); operator.delitem(d, 'a'); print(d, operator.getitem(d, 'b'))
