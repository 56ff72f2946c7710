# The CPython tier's guest module (io.github.wasmsandbox.core.cpython), imported once by the
# Trino Python host's setup() from an in-memory /guest directory, before the engine takes the
# snapshot every call starts from. Nothing defined or imported here costs a call anything.
#
# Protocol: run(code, inputs_json) -> str, called through the host's execute():
#   "N"          the code ran; no value (no trailing expression, or it was None)
#   "V" + JSON   the code ran; the value of its trailing expression (JSON, or its repr as a
#                JSON string when JSON cannot carry it)
#   "E" + JSON   the code raised: {"type", "message", "traceback", "line"}
# Output goes straight to fd 1 and 2, which the host caps and captures as it arrives.
import _ast
import builtins
import gc
import io
import json
import linecache
import random
import sys
import traceback

# Modules agent code commonly uses (the shared corpus's imports and their neighbours): importing
# them here, from source, costs seconds once; importing them after the snapshot would cost that
# on every call, since every call starts from the snapshot.
import abc
import base64
import bisect
import calendar
import collections
import configparser
import contextlib
import copy
import csv
import dataclasses
import datetime
import decimal
import difflib
import enum
import fractions
import functools
import hashlib
import heapq
import itertools
import math
import operator
import pprint
import re
import statistics
import string
import textwrap
import typing
import unicodedata
import urllib.parse
import uuid

FILENAME = "<string>"

# /guest (an in-memory directory) exists only while the snapshot is taken: imports after it must
# not look there
if "/guest" in sys.path:
    sys.path.remove("/guest")
sys.path_importer_cache.pop("/guest", None)

# Unbuffered: every write reaches the host at once, so output caps stop a flood as it happens
# and output written before a timeout is kept.
_stdout = io.TextIOWrapper(io.FileIO(1, "w", closefd=False), encoding="utf-8", errors="backslashreplace",
                           write_through=True)
_stderr = io.TextIOWrapper(io.FileIO(2, "w", closefd=False), encoding="utf-8", errors="backslashreplace",
                           write_through=True)


def run(code, inputs_json):
    sys.stdout = _stdout
    sys.stderr = _stderr
    # every call starts from the same snapshot: without a new seed each call would replay the
    # same "random" sequence (the seed comes from the host's SecureRandom through random_get)
    random.seed()
    namespace = {"__name__": "__main__", "__builtins__": builtins, "__doc__": None}
    if inputs_json:
        namespace.update(json.loads(inputs_json))
    # register the source so tracebacks show the user's lines, as they would for a file
    linecache.cache[FILENAME] = (len(code), None, code.splitlines(True), FILENAME)
    try:
        outcome = _execute(code, namespace)
    except SystemExit as ex:
        outcome = "N"
        if ex.code is not None and ex.code != 0:
            outcome = "E" + json.dumps({"type": "SystemExit", "message": str(ex.code), "traceback": "",
                                        "line": None})
    except MemoryError as ex:
        namespace.clear()
        gc.collect()
        outcome = "E" + json.dumps(_describe(ex))
    except BaseException as ex:
        outcome = "E" + json.dumps(_describe(ex))
    if outcome[0] == "E":
        try:
            _stderr.write(json.loads(outcome[1:])["traceback"])
        except BaseException:
            pass
    return outcome


def _execute(code, namespace):
    tree = compile(code, FILENAME, "exec", _ast.PyCF_ONLY_AST, dont_inherit=True)
    last = None
    if tree.body and isinstance(tree.body[-1], _ast.Expr):
        last = _ast.Expression(tree.body.pop().value)
    exec(compile(tree, FILENAME, "exec", dont_inherit=True), namespace)
    if last is None:
        return "N"
    value = eval(compile(last, FILENAME, "eval", dont_inherit=True), namespace)
    if value is None:
        return "N"
    return "V" + _encode(value)


def _encode(value):
    try:
        return json.dumps(value, allow_nan=False)
    except (TypeError, ValueError, RecursionError, OverflowError):
        pass
    try:
        text = repr(value)
    except BaseException:
        text = object.__repr__(value)
    return json.dumps(text)


def _describe(ex):
    te = traceback.TracebackException.from_exception(ex)
    _strip_host(te, set())
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


def _strip_host(te, seen):
    if te is None or id(te) in seen:
        return
    seen.add(id(te))
    # frames before the first of the user's code are this module's
    frames = list(te.stack)
    first = next((i for i, f in enumerate(frames) if f.filename == FILENAME), len(frames))
    te.stack = traceback.StackSummary.from_list(frames[first:])
    _strip_host(te.__cause__, seen)
    _strip_host(te.__context__, seen)
    for nested in getattr(te, "exceptions", None) or ():
        _strip_host(nested, seen)
