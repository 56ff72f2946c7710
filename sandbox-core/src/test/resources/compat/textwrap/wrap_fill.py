import textwrap

text = ("The quick brown fox jumps over the lazy dog. Well-known state-of-the-art techniques -- "
        "like this one -- are often mis-hyphenated; e.g. a super-long-hyphenated-compound-word "
        "appears here.  Two spaces after a period. Supercalifragilisticexpialidocious! End.")
for w in (10, 20, 33, 50, 79):
    print(w, textwrap.wrap(text, w))
print(textwrap.fill(text, 40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(text, 25, break_long_words=False))
print(textwrap.wrap(text, 25, break_on_hyphens=False))
print(textwrap.wrap("Hello.  World! Foo? bar. Mr. Smith", 15, fix_sentence_endings=True))
print(textwrap.wrap("  leading and trailing  ", 10, drop_whitespace=False))
print(textwrap.wrap("tabs\there\tand\nnewlines\rhere", 12))
print(textwrap.wrap("tabs\there", 40, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap("a\tb\tc", 40, tabsize=4))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("one", 10))
for n in (1, 2, 3):
    print(n, textwrap.wrap(text, 30, max_lines=n))
print(textwrap.wrap(text, 30, max_lines=2, placeholder="..."))
print(textwrap.wrap("abcdefghijklmnopqrstuvwxyz", 5))
print(textwrap.wrap("aaa-bbb-ccc-ddd-eee", 6))
print(textwrap.wrap("x---------y", 4))
print("|".join(textwrap.wrap("café naïve résumé über straße", 8)))
try:
    textwrap.wrap("abc", 0)
except ValueError as e:
    print("ValueError:", e)
try:
    textwrap.wrap("abc def", 3, max_lines=1, placeholder=" [...]")
except ValueError as e:
    print("ValueError:", e)
w = textwrap.TextWrapper(width=18, initial_indent="> ", subsequent_indent=">> ")
print(w.wrap(text[:120]))
print(w.fill("short"))
