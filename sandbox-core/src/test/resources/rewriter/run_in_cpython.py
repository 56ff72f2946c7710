# Runs a file that CompatRewriter produced in CPython, with every _sandbox_* helper bound to what
# CPython itself does (getattr, format, native slices and displays), so that any difference from
# the original program's output is the rewriter's fault. _sandbox_match has no native
# counterpart: it is the library's own module, which is plain Python and runs here unchanged.
#   python3 run_in_cpython.py PYLIB_DIR FILE
import builtins
import sys

pylib, path = sys.argv[1], sys.argv[2]


def _setslice(target, start, stop, step, value):
    target[start:stop:step] = value


def _delslice(target, start, stop, step):
    del target[start:stop:step]


def _dict(*parts):
    result = {}
    for part in parts:
        result.update(part)
    return result


def _format_call(receiver, *args, **kwargs):
    return receiver.format(*args, **kwargs)


builtins._sandbox_attr = getattr
builtins._sandbox_format = format
builtins._sandbox_slice = lambda target, start, stop, step: target[start:stop:step]
builtins._sandbox_setslice = _setslice
builtins._sandbox_delslice = _delslice
builtins._sandbox_format_call = _format_call
builtins._sandbox_percent = lambda template, values: template % values
builtins._sandbox_list = lambda *parts: [item for part in parts for item in part]
builtins._sandbox_tuple = lambda *parts: tuple(item for part in parts for item in part)
builtins._sandbox_set = lambda *parts: {item for part in parts for item in part}
builtins._sandbox_dict = _dict
builtins._sandbox_dict_call = dict
builtins._sandbox_bind = lambda namespace, name, value: namespace.__setitem__(name, value) or value
sys.path.insert(0, pylib)
try:
    from _sandbox_match import match as _match
    builtins._sandbox_match = _match
except ImportError:
    pass
del sys.path[0]
sys.argv[:] = [path]
with open(path, encoding='utf-8') as source:
    code = compile(source.read(), path, 'exec')
exec(code, {'__name__': '__main__'})
