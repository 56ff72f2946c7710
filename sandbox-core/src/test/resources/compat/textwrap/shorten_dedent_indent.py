import textwrap

p = "The quick brown fox jumps over the lazy dog and keeps running far away from here."
for w in (10, 15, 20, 40, 100):
    print(w, repr(textwrap.shorten(p, w)))
print(textwrap.shorten("Hello  world!\t\n  again", width=12))
print(textwrap.shorten(p, 30, placeholder="..."))
print(textwrap.shorten("   ", 10) == "")
try:
    textwrap.shorten(p, 5)
except ValueError as e:
    print("ValueError:", e)
block = """
    def f():
        return 1
      
    # comment
"""
print(repr(textwrap.dedent(block)))
print(repr(textwrap.dedent("  a\n\tb\n")))
print(repr(textwrap.dedent("    a\n  b\n      c")))
print(repr(textwrap.dedent("\t\ta\n\t  b")))
print(repr(textwrap.dedent("no indent\n  here")))
print(repr(textwrap.dedent("   \n   x\n  \n   y  ")))
print(textwrap.indent("one\ntwo\n\nthree", "> "))
print(repr(textwrap.indent("a\r\nb\n  \nc", "+ ")))
print(repr(textwrap.indent("a\nb\nc", "# ", lambda line: line.startswith("b"))))
print(repr(textwrap.indent("", "x")))
