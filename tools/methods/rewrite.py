# A stand-in for the Java source rewriter, for checking the runtime helpers before it lands:
#   python3 rewrite.py FILE.py > OUT.py
# rewrites EXPR.NAME for NAME in _sandbox_methods._SUPPORTED into _sandbox_attr(EXPR, 'NAME'),
# EXPR[a:b:c] loads into _sandbox_slice(EXPR, a, b, c), and single-target stores and deletions of
# such slices into _sandbox_setslice / _sandbox_delslice statements (through CPython's ast, so
# comments and layout are lost). Run OUT.py with ../node/guest.mjs and compare with python3 FILE.py.
import ast
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, '../../sandbox-core/src/main/resources/io/github/wasmsandbox/core/wasm/pylib'))
from _sandbox_methods import _SUPPORTED  # noqa: E402


def none(node):
    return node if node is not None else ast.Constant(None)


def call(name, *args):
    return ast.Call(ast.Name(name, ast.Load()), list(args), [])


class Rewriter(ast.NodeTransformer):

    def visit_Attribute(self, node):
        self.generic_visit(node)
        if node.attr in _SUPPORTED and isinstance(node.ctx, ast.Load):
            return call('_sandbox_attr', node.value, ast.Constant(node.attr))
        return node

    def visit_Subscript(self, node):
        self.generic_visit(node)
        s = node.slice
        if isinstance(s, ast.Slice) and s.step is not None and isinstance(node.ctx, ast.Load):
            return call('_sandbox_slice', node.value, none(s.lower), none(s.upper), s.step)
        return node

    def _stepped(self, target):
        return (isinstance(target, ast.Subscript) and isinstance(target.slice, ast.Slice)
                and target.slice.step is not None)

    def visit_Assign(self, node):
        if len(node.targets) == 1 and self._stepped(node.targets[0]):
            t = node.targets[0]
            value = self.visit(node.value)
            obj = self.visit(t.value)
            s = t.slice
            args = [self.visit(none(x)) for x in (s.lower, s.upper, s.step)]
            return ast.Expr(call('_sandbox_setslice', obj, *args, value))
        self.generic_visit(node)
        return node

    def visit_Delete(self, node):
        if len(node.targets) == 1 and self._stepped(node.targets[0]):
            t = node.targets[0]
            obj = self.visit(t.value)
            s = t.slice
            args = [self.visit(none(x)) for x in (s.lower, s.upper, s.step)]
            return ast.Expr(call('_sandbox_delslice', obj, *args))
        self.generic_visit(node)
        return node


tree = Rewriter().visit(ast.parse(open(sys.argv[1], encoding='utf-8').read()))
print(ast.unparse(ast.fix_missing_locations(tree)))
