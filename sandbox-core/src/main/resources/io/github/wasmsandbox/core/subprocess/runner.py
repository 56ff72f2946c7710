# Runs one untrusted script for SubprocessExecutor (io.github.wasmsandbox.core.subprocess).
#
# Protocol: argv[1] is the path of the result file, stdin is a JSON envelope
# {"code": str, "inputs": {name: value}, "maxValueBytes": int}. The user's code runs with the
# process's own stdout and stderr, untouched; the outcome (value of the last expression or the
# error) goes to the result file, never to stdout/stderr, so nothing the code prints can be taken
# for a result. The file lives outside the code's working directory and is opened before the code
# runs (so exhausting file descriptors cannot stop the report). Code running in this interpreter
# could still find and overwrite it on purpose; that only lets it lie about its own outcome, which
# grants nothing: every limit is enforced and classified by the host, not by this script.
import ast
import builtins
import gc
import json
import linecache
import os
import sys
import traceback

FILENAME = "<string>"


def main():
    result_path = sys.argv[1]
    del sys.argv[1:]
    envelope = json.loads(sys.stdin.buffer.read())
    sys.stdin.close()
    sys.stdin = open(os.devnull, encoding="utf-8")
    result_file = open(result_path, "w", encoding="utf-8")
    code = envelope["code"]
    max_value = envelope["maxValueBytes"]
    namespace = {"__name__": "__main__", "__builtins__": builtins, "__doc__": None}
    namespace.update(envelope["inputs"])
    del envelope
    # register the source so tracebacks show the user's lines, as they would for a file
    linecache.cache[FILENAME] = (len(code), None, code.splitlines(True), FILENAME)
    err = sys.stderr
    outcome = {}
    try:
        outcome = run(code, namespace, max_value)
    except SystemExit as ex:
        if ex.code is not None and ex.code != 0:
            outcome = {"error": {"type": "SystemExit", "message": str(ex.code), "traceback": "", "line": None}}
    except MemoryError as ex:
        namespace.clear()
        gc.collect()
        outcome = {"error": describe(ex)}
    except BaseException as ex:
        outcome = {"error": describe(ex)}
    if "error" in outcome and outcome["error"]["traceback"]:
        try:
            err.write(outcome["error"]["traceback"])
        except BaseException:
            pass
    for stream in (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__):
        try:
            stream.flush()
        except BaseException:
            pass
    result_file.write(json.dumps(outcome, ensure_ascii=False))
    result_file.close()
    # skip interpreter shutdown: the code's finalizers and atexit hooks must not run after the
    # outcome is reported (the WASM engine has neither)
    os._exit(0)


def run(code, namespace, max_value):
    tree = ast.parse(code, FILENAME)
    last = None
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        last = ast.Expression(tree.body.pop().value)
    exec(compile(tree, FILENAME, "exec", dont_inherit=True), namespace)
    if last is None:
        return {}
    value = eval(compile(last, FILENAME, "eval", dont_inherit=True), namespace)
    if value is None:
        return {}
    encoded = encode(value)
    size = len(encoded.encode("utf-8", "surrogatepass"))
    if size > max_value:
        return {"valueTooLarge": size}
    return {"valueJson": encoded}


def encode(value):
    try:
        return json.dumps(value, allow_nan=False, ensure_ascii=False)
    except (TypeError, ValueError, RecursionError, OverflowError):
        pass
    try:
        text = repr(value)
    except BaseException:
        text = object.__repr__(value)
    return json.dumps(text, ensure_ascii=False)


def describe(ex):
    te = traceback.TracebackException.from_exception(ex)
    strip_runner(te, set())
    text = "".join(te.format())
    line = None
    if isinstance(ex, SyntaxError) and ex.filename == FILENAME:
        line = ex.lineno
    for frame, lineno in traceback.walk_tb(ex.__traceback__):
        if frame.f_code.co_filename == FILENAME:
            line = lineno
    if isinstance(ex, SyntaxError):
        message = ex.msg or ""
    else:
        try:
            message = str(ex)
        except BaseException:
            message = ""
    return {"type": type(ex).__name__, "message": message, "traceback": text, "line": line}


def strip_runner(te, seen):
    if te is None or id(te) in seen:
        return
    seen.add(id(te))
    # frames before the first of the user's code are the runner's (and ast's, for a SyntaxError)
    frames = list(te.stack)
    first = next((i for i, f in enumerate(frames) if f.filename == FILENAME), len(frames))
    te.stack = traceback.StackSummary.from_list(frames[first:])
    strip_runner(te.__cause__, seen)
    strip_runner(te.__context__, seen)
    for nested in getattr(te, "exceptions", None) or ():
        strip_runner(nested, seen)


main()
