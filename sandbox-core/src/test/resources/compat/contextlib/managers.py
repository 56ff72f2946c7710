from contextlib import contextmanager, suppress, nullcontext, ExitStack, closing
@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)
with tag('a') as t, tag('b'):
    print('inside', t)
try:
    with tag('x'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError:
        print('swallowed')
with swallow():
    raise KeyError('k')
print('after')
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print('suppressed')
try:
    with suppress(KeyError):
        [][1]
except IndexError:
    print('not suppressed')
with nullcontext(5) as v:
    print(v)
with ExitStack() as st:
    for n in 'pq':
        st.enter_context(tag(n))
    st.callback(print, 'callback')
    print('body')
class R:
    def close(self): print('closed')
with closing(R()):
    pass
@tag('deco')
def f(): print('in f')
