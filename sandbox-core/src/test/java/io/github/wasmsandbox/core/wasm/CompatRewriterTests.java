package io.github.wasmsandbox.core.wasm;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rewritten text of each construct MicroPython cannot run. What the rewritten code does is
 * pinned separately: {@link CompatRewriterSemanticsTests} runs it in CPython, the differential
 * snippets run it in the guest.
 */
class CompatRewriterTests {

	private static String rewrite(String source) {
		String rewritten = CompatRewriter.rewrite(source);
		assertThat(CompatRewriter.lineCount(rewritten)).as("line count of %s", rewritten)
			.isEqualTo(CompatRewriter.lineCount(source));
		return rewritten;
	}

	@Test
	void rewriteWhenNothingNeedsItShouldReturnTheSourceUnchanged() {
		String source = "import re.sub as x\nprint(f\"{a} and {b!r}\", 'x'.strip()[1:2], [r for r in x] if 0 else 1)\n";
		assertThat(CompatRewriter.rewrite("print('hello')")).isEqualTo("print('hello')");
		assertThat(rewrite(source)).isEqualTo(source);
	}

	@Test
	void rewriteWhenATriggerHidesInNestingShouldStillFindIt() {
		assertThat(rewrite("x = a[b[1]::2]")).isEqualTo("x = _sandbox_slice(a, b[1], None, 2)");
		assertThat(rewrite("y = (\"%d\"\n     % n)")).isEqualTo("y = (_sandbox_percent(\"%d\", n\n))");
		assertThat(rewrite("z = 10 % 3\nw = [a[1:2] for a in b]")).isEqualTo("z = 10 % 3\nw = [a[1:2] for a in b]");
	}

	@Test
	void rewriteWhenDictIsCalledShouldCopyMappingsLikeCPython() {
		assertThat(rewrite("d = dict(Counter(w))\ne = dict.fromkeys(k)\nf = {}.dict(x)"))
			.isEqualTo("d = _sandbox_dict_call(Counter(w))\ne = dict.fromkeys(k)\nf = {}.dict(x)");
		assertThat(rewrite("dict = make()\nd = dict(a=1)")).isEqualTo("dict = make()\nd = dict(a=1)");
		assertThat(rewrite("def f(dict):\n    return dict(x)")).isEqualTo("def f(dict):\n    return dict(x)");
		assertThat(rewrite("def f(d: dict) -> dict:\n    return dict(d) if isinstance(d, dict) else {}"))
			.isEqualTo("def f(d: dict) -> dict:\n    return _sandbox_dict_call(d) if isinstance(d, dict) else {}");
	}

	@Test
	void rewriteWhenAComprehensionAtModuleLevelAssignsShouldBindTheGlobal() {
		assertThat(rewrite("print([y for x in v if (y := x * x) > 50], y)"))
			.isEqualTo("print([y for x in v if (_sandbox_bind(globals(), 'y', x * x)) > 50], y)");
		assertThat(rewrite("r = [t := t + v for v in data]")).isEqualTo("r = [_sandbox_bind(globals(), 't', t + v) for v in data]");
		assertThat(rewrite("for row in m:\n    d = {k: (n := f(k)) for k in row}"))
			.isEqualTo("for row in m:\n    d = {k: (_sandbox_bind(globals(), 'n', f(k))) for k in row}");
		assertThat(rewrite("x = [(a := (b,\n c)) for b in z]")).isEqualTo("x = [(_sandbox_bind(globals(), 'a', (b,\n c))) for b in z]");
		// plain assignment expressions, function and class bodies and lambdas compile in MicroPython
		for (String kept : new String[] { "if (n := len(a)) > 3:\n    print(n)", "def f(v):\n    return [y for x in v if (y := x)]",
				"class C:\n    def m(self):\n        return [y for x in v if (y := x)]\n", "p = lambda v: [y for x in v if (y := x)]",
				"while (chunk := read()):\n    pass" }) {
			assertThat(rewrite(kept)).isEqualTo(kept);
		}
		assertThat(rewrite("def f():\n    pass\nz = [y for x in v if (y := x)]"))
			.isEqualTo("def f():\n    pass\nz = [y for x in v if (_sandbox_bind(globals(), 'y', x))]");
	}

	@Test
	void rewriteWhenAStringPrefixHasCapitalsShouldLowerIt() {
		assertThat(rewrite("x = (Rb'\\d', F\"{a}\", U'u', BR\"b\" 'c')")).isEqualTo("x = (rb'\\d', f\"{a}\", u'u', br\"b\" 'c')");
	}

	@Test
	void rewriteWhenAMissingMethodIsCalledShouldGoThroughSandboxAttr() {
		assertThat(rewrite("print(name.strip().title())")).isEqualTo("print(_sandbox_attr(name.strip(), 'title')())");
		assertThat(rewrite("x = (1 +\n  n).bit_length()")).isEqualTo("x = _sandbox_attr((1 +\n  n), 'bit_length')()");
		assertThat(rewrite("keys = sorted(words, key=str.casefold)"))
			.isEqualTo("keys = sorted(words, key=_sandbox_attr(str, 'casefold'))");
		assertThat(rewrite("f = fraction.numerator")).isEqualTo("f = _sandbox_attr(fraction, 'numerator')");
	}

	@Test
	void missingMethodsShouldBeExactlyTheOnesTheLibrarySupplies() throws java.io.IOException {
		String library = new String(getClass().getResourceAsStream("/io/github/wasmsandbox/core/wasm/pylib/_sandbox_methods.py")
			.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		java.util.regex.Matcher supported = java.util.regex.Pattern.compile("(?s)_SUPPORTED = \\((.*?)\n\\)").matcher(library);
		assertThat(supported.find()).isTrue();
		java.util.Set<String> names = new java.util.TreeSet<>();
		java.util.regex.Matcher name = java.util.regex.Pattern.compile("'(\\w+)'").matcher(supported.group(1).replaceAll("#[^\n]*", ""));
		while (name.find()) {
			names.add(name.group(1));
		}
		assertThat(names).containsExactlyInAnyOrderElementsOf(CompatRewriter.MISSING_METHODS);
	}

	@Test
	void rewriteWhenAMissingMethodNameIsAnAssignmentTargetShouldLeaveItAlone() {
		assertThat(rewrite("self.title = title\nself.real += 1\ndel self.real\ndef title(self): pass"))
			.isEqualTo("self.title = title\nself.real += 1\ndel self.real\ndef title(self): pass");
	}

	@Test
	void rewriteWhenASliceHasAStepShouldUseTheSliceHelpers() {
		assertThat(rewrite("r = s[::-1].strip()")).isEqualTo("r = _sandbox_slice(s, None, None, -1).strip()");
		assertThat(rewrite("a[i * i::i] = [False] * n")).isEqualTo("_sandbox_setslice(a, i * i, None, i, [False] * n)");
		assertThat(rewrite("del a[1:5:2]")).isEqualTo("_sandbox_delslice(a, 1, 5, 2)");
		assertThat(rewrite("print(a); del a[::3]; a[::2] = b; x = 1"))
			.isEqualTo("print(a); _sandbox_delslice(a, None, None, 3); _sandbox_setslice(a, None, None, 2, b); x = 1");
		assertThat(rewrite("a[1:2] = b[x, ::2]")).isEqualTo("a[1:2] = b[x, ::2]");
	}

	@Test
	void rewriteWhenADisplayUnpacksShouldUseTheDisplayHelpers() {
		assertThat(rewrite("d = {**a, 'k': v, **b}")).isEqualTo("d = _sandbox_dict(a, {'k': v}, b)");
		assertThat(rewrite("l = [*a, 1, 2, *b]")).isEqualTo("l = _sandbox_list(a, [1, 2], b)");
		assertThat(rewrite("t = (*a, x)")).isEqualTo("t = _sandbox_tuple(a, [x])");
		assertThat(rewrite("s = {*a, *b}")).isEqualTo("s = _sandbox_set(a, b)");
		assertThat(rewrite("f(*a, **k)\n[x for x in y]")).isEqualTo("f(*a, **k)\n[x for x in y]");
	}

	@Test
	void rewriteWhenAnFStringHasASpecOrDebugFieldShouldConcatenateFormatCalls() {
		assertThat(rewrite("print(f'Total: {x:,.2f}!')"))
			.isEqualTo("print((('Total: ' + _sandbox_format((x), ',.2f') + '!')))");
		assertThat(rewrite("print(f\"{x=}\")")).isEqualTo("print((('x=' + _sandbox_format(repr(x), ''))))");
		assertThat(rewrite("print(f\"{s!r:>{w}}\")"))
			.isEqualTo("print((_sandbox_format(repr(s), ('>' + _sandbox_format((w), '')))))");
		assertThat(rewrite("print(f\"{c}={r[c].title()}\")"))
			.isEqualTo("print(((_sandbox_format((c), '') + '=' + _sandbox_format((_sandbox_attr(r[c], 'title')()), ''))))");
		assertThat(rewrite("print(f\"{d['k']}{{x}}\\n\" 'tail')"))
			.isEqualTo("print(((_sandbox_format((d['k']), '') + '{x}\\n') + 'tail'))");
	}

	@Test
	void rewriteWhenAnFStringSpansLinesShouldKeepTheLineCount() {
		String source = "text = f\"\"\"a {x:>3}\nb {y!r:5}\n\"\"\"\nprint(text)";
		assertThat(rewrite(source)).endsWith("+ '\\n')\n\n)\nprint(text)");
	}

	@Test
	void rewriteWhenFormatIsCalledOnAStringShouldUseTheExactFormatter() {
		assertThat(rewrite("print('{:,}'.format(n, sep=1))")).isEqualTo("print(_sandbox_format_call('{:,}', n, sep=1))");
		assertThat(rewrite("t.format()")).isEqualTo("_sandbox_format_call(t)");
	}

	@Test
	void rewriteWhenAStrLiteralIsFormattedWithPercentShouldUseTheExactFormatter() {
		assertThat(rewrite("print('%-5s|%5.1f%%' % (name, x) + 'end')"))
			.isEqualTo("print(_sandbox_percent('%-5s|%5.1f%%', (name, x)) + 'end')");
		assertThat(rewrite("s = 'n=%d' % -n ** 2 * 3")).isEqualTo("s = _sandbox_percent('n=%d', -n ** 2) * 3");
		assertThat(rewrite("s = \"%(a)s\" % d.get('x')[0]")).isEqualTo("s = _sandbox_percent(\"%(a)s\", d.get('x')[0])");
		assertThat(rewrite("a = 2 * '%d' % n\nb = b'%d' % n\nc = 'no conversion' % ()\nd = x % y"))
			.isEqualTo("a = 2 * '%d' % n\nb = b'%d' % n\nc = 'no conversion' % ()\nd = x % y");
		assertThat(rewrite("c = '100%' % ()")).isEqualTo("c = _sandbox_percent('100%', ())");
		assertThat(rewrite("t = ('%.' + p + 'f') % x\nm = (a + b) % n")).isEqualTo("t = ('%.' + p + 'f') % x\nm = (a + b) % n");
	}

	@Test
	void rewriteWhenAMatchStatementIsUsedShouldCompileItToIfElif() {
		String source = """
				match command.split():
				    case ["go", direction] if direction != "up":
				        print(direction)
				    case Point(x=0, y=py) | Point(x=py):
				        pass
				    case {"k": 1, **rest}: print(rest)
				    case _:
				        pass
				match = 3
				""";
		assertThat(rewrite(source)).isEqualTo(
				"""
						if (_sandbox_m1 := (command.split())) or True:
						    if ((_sandbox_b := _sandbox_match(_sandbox_m1, ('seq', (('v', "go"), ('=', 0)), -1), 1)) is not None and ((direction := _sandbox_b[0]) or True) and (direction != "up")):
						        print(direction)
						    elif ((_sandbox_b := _sandbox_match(_sandbox_m1, ('|', (('cls', Point, (), (('x', ('v', 0)), ('y', ('=', 0)))), ('cls', Point, (), (('x', ('=', 0)),)))), 1)) is not None and ((py := _sandbox_b[0]) or True)):
						        pass
						    elif ((_sandbox_b := _sandbox_match(_sandbox_m1, ('map', (("k", ('v', 1)),), 0), 1)) is not None and ((rest := _sandbox_b[0]) or True)): print(rest)
						    elif ((_sandbox_b := _sandbox_match(_sandbox_m1, ('_',), 0)) is not None):
						        pass
						match = 3
						""");
	}

	@Test
	void rewriteWhenTheSourceCannotBeReadShouldReturnItUnchanged() {
		assertThat(CompatRewriter.rewrite("print(s[::-1]\n")).isEqualTo("print(s[::-1]\n");
		assertThat(CompatRewriter.rewrite("x = 'unterminated\nprint(s[::-1])")).isEqualTo("x = 'unterminated\nprint(s[::-1])");
		assertThat(CompatRewriter.rewrite("print(f'{x:>3')")).isEqualTo("print(f'{x:>3')");
		String deep = "x = " + "[".repeat(100_000) + "s[::-1]" + "]".repeat(100_000);
		assertThat(CompatRewriter.rewrite(deep)).isSameAs(deep);
	}

}
