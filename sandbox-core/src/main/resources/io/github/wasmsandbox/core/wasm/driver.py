# The sandbox's driver, run once when the interpreter starts and kept in the start-up snapshot.
# Each call runs _sandbox_run(...) at the top level: it reads the request from guest memory the
# host filled, runs the user's code in a fresh globals dict under the file name "<string>", and
# leaves the outcome in the three-word slot the host reads afterwards:
#   kind 1 = no value, 2 = value as JSON, 3 = exception (type NUL traceback), 4 = value as repr.
# Frames of this file show as "<stdin>" and are removed from tracebacks by the host.
import sys
sys.path[:] = ['/lib', '.frozen']
del sys
# Builtins CPython has and MicroPython lacks (e.g. format, a stable sorted), installed once here
# so they are part of the snapshot and cost nothing per call.
try:
    import _sandbox_prelude
    del _sandbox_prelude
except ImportError:
    pass


def _sandbox_jsonable(value, depth):
    if depth > 64:
        return False
    if value is None or value is True or value is False:
        return True
    kind = type(value)
    if kind is int or kind is str:
        return True
    if kind is float:
        return value == value and value != 1e400 and value != -1e400
    if isinstance(value, (list, tuple)):
        for item in value:
            if not _sandbox_jsonable(item, depth + 1):
                return False
        return True
    if isinstance(value, dict):
        for key in value:
            if type(key) is not str or not _sandbox_jsonable(value[key], depth + 1):
                return False
        return True
    return False


def _sandbox_error(error):
    import io
    import sys
    buffer = io.StringIO()
    sys.print_exception(error, buffer)
    return (type(error).__name__ + '\x00' + buffer.getvalue()).encode()


def _sandbox_run(slot, code_at, code_len, inputs_at, inputs_len, split):
    import uctypes
    out = uctypes.struct(slot, {'kind': 0 | uctypes.UINT32, 'ptr': 4 | uctypes.UINT32, 'len': 8 | uctypes.UINT32})
    kind = 1
    data = b''
    try:
        source = str(uctypes.bytes_at(code_at, code_len), 'utf-8')
        # dataclasses and NamedTuple read field declarations from here: MicroPython compiles
        # annotations away
        global _sandbox_source
        _sandbox_source = source
        scope = {'__name__': '__main__'}
        if inputs_len:
            import ujson
            scope.update(ujson.loads(uctypes.bytes_at(inputs_at, inputs_len)))
        tail = None
        if split >= 0:
            head = source[:split]
            try:
                # Assigning the parenthesised tail compiles only when the tail is an expression;
                # the leading newlines keep its line numbers those of the user's code.
                tail = compile('\n' * head.count('\n') + '_sandbox_value_ = (' + source[split:] + '\n)',
                               '<string>', 'exec')
            except SyntaxError:
                tail = None
        if tail is None:
            exec(compile(source, '<string>', 'exec'), scope)
        else:
            exec(compile(head, '<string>', 'exec'), scope)
            exec(tail, scope)
            value = scope.pop('_sandbox_value_', None)
            if value is not None:
                if _sandbox_jsonable(value, 0):
                    import ujson
                    kind, data = 2, ujson.dumps(value).encode()
                else:
                    kind, data = 4, repr(value).encode()
    except SystemExit as exit:
        status = exit.args[0] if exit.args else None
        if status is not None and status != 0:
            kind, data = 3, _sandbox_error(exit)
    except BaseException as error:
        kind, data = 3, _sandbox_error(error)
    global _sandbox_kept
    _sandbox_kept = data
    out.kind = kind
    out.ptr = uctypes.addressof(data)
    out.len = len(data)
