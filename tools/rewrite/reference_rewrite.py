# Reference source rewriter, written with CPython's ast module (python3 3.11): turns the constructs
# MicroPython lacks or gets wrong into calls to the sandbox runtime helpers, the way the Java
# rewriter is meant to, so that differential snippets can run in the guest before it lands:
#   - f-strings -> ''.join((TEXT, _sandbox_format(EXPR, SPEC), ...)) for every field, with the
#     conversion applied first and SPEC '' when there is none ({x=} keeps its 'x=' text);
#   - X.format(...) -> _sandbox_str_format(X, (args), {kwargs}),
#     X.format_map(m) -> _sandbox_str_format_map(X, m);
#   - match statements -> if-chains over _sandbox_match(subject, SPEC, N) (spec format in
#     sandbox-core/.../pylib/_sandbox_match.py).
# Usage: python3 tools/rewrite/reference_rewrite.py IN.py > OUT.py
#        node tools/node/guest.mjs OUT.py     # compare with: python3 IN.py
import ast
import sys


def _name(n):
    return ast.Name(id=n, ctx=ast.Load())


def _call(fn, *args):
    return ast.Call(func=_name(fn), args=list(args), keywords=[])


def _tuple(items):
    return ast.Tuple(elts=list(items), ctx=ast.Load())


def _const(v):
    return ast.Constant(value=v)


class Rewriter(ast.NodeTransformer):
    def __init__(self):
        self.counter = 0

    # f-strings --------------------------------------------------------------------------
    def visit_JoinedStr(self, node):
        # the whole f-string becomes ''.join((...)): MicroPython's lexer cuts f-string fields at
        # the first ':' or '!', so rewritten calls cannot stay inside an f-string
        parts = []
        for v in node.values:
            if isinstance(v, ast.FormattedValue):
                expr = self.visit(v.value)
                if v.conversion != -1:
                    expr = _call({ord('r'): 'repr', ord('s'): 'str', ord('a'): 'ascii'}[v.conversion], expr)
                if v.format_spec is None:
                    spec = _const('')
                else:
                    spec = self.visit(v.format_spec)
                parts.append(_call('_sandbox_format', expr, spec))
            else:
                parts.append(v)
        if len(parts) == 1 and isinstance(parts[0], ast.Constant):
            return parts[0]
        return ast.Call(func=ast.Attribute(value=_const(''), attr='join', ctx=ast.Load()),
                        args=[_tuple(parts)], keywords=[])

    # str.format -------------------------------------------------------------------------
    def visit_Call(self, node):
        self.generic_visit(node)
        f = node.func
        # every X.format(...) call: the runtime hands receivers that are not str back to X.format
        if isinstance(f, ast.Attribute):
            if f.attr == 'format':
                # MicroPython has no starred items in tuple displays: (a,) + tuple(rest) + ...
                args = None
                run = []
                for a in node.args + [None]:
                    if a is None or isinstance(a, ast.Starred):
                        piece = _tuple(run) if run else None
                        if a is not None:
                            star = _call('tuple', a.value)
                            piece = star if piece is None else ast.BinOp(left=piece, op=ast.Add(), right=star)
                        if piece is not None:
                            args = piece if args is None else ast.BinOp(left=args, op=ast.Add(), right=piece)
                        run = []
                    else:
                        run.append(a)
                if args is None:
                    args = _tuple([])
                kw = ast.Dict(keys=[None if k.arg is None else _const(k.arg) for k in node.keywords],
                              values=[k.value for k in node.keywords])
                return _call('_sandbox_str_format', f.value, args, kw)
            if f.attr == 'format_map' and len(node.args) == 1:
                return _call('_sandbox_str_format_map', f.value, node.args[0])
        return node

    # match ------------------------------------------------------------------------------
    def visit_Match(self, node):
        self.generic_visit(node)
        self.counter += 1
        subj = '_sandbox_s%d' % self.counter
        done = '_sandbox_d%d' % self.counter
        out = [ast.Assign(targets=[ast.Name(id=subj, ctx=ast.Store())], value=node.subject),
               ast.Assign(targets=[ast.Name(id=done, ctx=ast.Store())], value=_const(False))]
        for case in node.cases:
            slots = []
            spec = self.pattern(case.pattern, slots)
            binds = [ast.Assign(targets=[ast.Name(id=n, ctx=ast.Store())],
                                value=ast.Subscript(value=_name('_sandbox_b'), slice=_const(i), ctx=ast.Load()))
                     for i, n in enumerate(slots)]
            hit = [ast.Assign(targets=[ast.Name(id=done, ctx=ast.Store())], value=_const(True))] + case.body
            inner = hit if case.guard is None else [ast.If(test=case.guard, body=hit, orelse=[])]
            test = ast.Compare(left=ast.NamedExpr(target=ast.Name(id='_sandbox_b', ctx=ast.Store()),
                                                  value=_call('_sandbox_match', _name(subj), spec, _const(len(slots)))),
                               ops=[ast.IsNot()], comparators=[_const(None)])
            out.append(ast.If(test=ast.UnaryOp(op=ast.Not(), operand=_name(done)),
                              body=[ast.If(test=test, body=binds + inner, orelse=[])], orelse=[]))
        return out

    def slot(self, name, slots):
        if name not in slots:
            slots.append(name)
        return _const(slots.index(name))

    def pattern(self, p, slots):
        if isinstance(p, ast.MatchValue):
            return _tuple([_const('v'), p.value])
        if isinstance(p, ast.MatchSingleton):
            return _tuple([_const('v'), _const(p.value)])
        if isinstance(p, ast.MatchSequence):
            star = -1
            subs = []
            for i, s in enumerate(p.patterns):
                if isinstance(s, ast.MatchStar):
                    star = i
                    subs.append(_tuple([_const('*'), _const(-1) if s.name is None else self.slot(s.name, slots)]))
                else:
                    subs.append(self.pattern(s, slots))
            return _tuple([_const('seq'), _tuple(subs), _const(star)])
        if isinstance(p, ast.MatchMapping):
            entries = [_tuple([k, self.pattern(v, slots)]) for k, v in zip(p.keys, p.patterns)]
            rest = _const(-1) if p.rest is None else self.slot(p.rest, slots)
            return _tuple([_const('map'), _tuple(entries), rest])
        if isinstance(p, ast.MatchClass):
            pos = [self.pattern(s, slots) for s in p.patterns]
            kw = [_tuple([_const(a), self.pattern(s, slots)]) for a, s in zip(p.kwd_attrs, p.kwd_patterns)]
            return _tuple([_const('cls'), p.cls, _tuple(pos), _tuple(kw)])
        if isinstance(p, ast.MatchAs):
            if p.pattern is None:
                return _tuple([_const('_')]) if p.name is None else _tuple([_const('='), self.slot(p.name, slots)])
            return _tuple([_const('as'), self.pattern(p.pattern, slots), self.slot(p.name, slots)])
        if isinstance(p, ast.MatchOr):
            return _tuple([_const('|'), _tuple([self.pattern(s, slots) for s in p.patterns])])
        raise NotImplementedError(type(p).__name__)


def rewrite(source):
    tree = Rewriter().visit(ast.parse(source))
    ast.fix_missing_locations(tree)
    return ast.unparse(tree)


if __name__ == '__main__':
    with open(sys.argv[1], encoding='utf-8') as f:
        print(rewrite(f.read()))
