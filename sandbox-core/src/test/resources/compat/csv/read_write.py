import csv
import io
import sys

raw = 'id|title|tags|price\n1|"Widget, deluxe"|"a;b"|10.5\n2|Plain|c|3\n3|"Quote ""inside"""||0\n'
for row in csv.reader(io.StringIO(raw), delimiter="|"):
    print(row)
print(list(csv.reader(["a,b", "", "c,d"])), list(csv.reader(['"multi', 'line",x'])))
print(list(csv.reader(io.StringIO("a\tb\tc\n1\t2\t3\n"), dialect="excel-tab")))
print(list(csv.reader(["a, b,  c"], skipinitialspace=True)), list(csv.reader(["1,'x,y',2"], quotechar="'")))
print(list(csv.reader(["a\\,b,c"], escapechar="\\")), list(csv.reader(['"a""b",c'], doublequote=True)))
print(list(csv.reader(["1,2.5,\"x\",", "3,-4e2,\"\",5"], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a,"b"c,d'])), list(csv.reader(["a,b\r\n", "c,d\r\n"])))
r = csv.reader(["h1,h2", "1,2", "3,4"])
print(next(r), r.line_num, list(r), r.line_num)
for bad in [lambda: list(csv.reader(['a,"b"c'], strict=True)), lambda: list(csv.reader(['"abc'], strict=True)),
            lambda: list(csv.reader(["a"], delimiter="ab")), lambda: list(csv.reader(["a"], quoting=7)),
            lambda: list(csv.reader(["a"], dialect="nope")), lambda: list(csv.reader([1]))]:
    try:
        print(bad())
    except (csv.Error, TypeError, ValueError) as e:
        print(type(e).__name__, e)

buf = io.StringIO()
w = csv.writer(buf)
print(w.writerow(["a", "b,c", 'say "hi"', "multi\nline", None, 1, 2.5, True, ""]))
w.writerow([""])
w.writerow([])
w.writerows([[1, 2], [3, 4]])
print(repr(buf.getvalue()))
for kw in [{"quoting": csv.QUOTE_ALL}, {"quoting": csv.QUOTE_NONNUMERIC}, {"quoting": csv.QUOTE_MINIMAL, "delimiter": ";"},
           {"quoting": csv.QUOTE_NONE, "escapechar": "\\"}, {"lineterminator": "\n", "quotechar": "'"},
           {"doublequote": False, "escapechar": "\\"}]:
    b = io.StringIO()
    csv.writer(b, **kw).writerow(["x", 1, 2.5, "a;b", "it's", 'q"q', None])
    print(kw, repr(b.getvalue()))
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print("Error", e)
csv.writer(sys.stdout, lineterminator="\n").writerow(["to", "stdout", "a b", "c,d"])
csv.writer(sys.stdout, dialect="unix").writerow(["unix", 1])
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, sorted(csv.list_dialects()))
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL)
print(list(csv.reader(["a|b"], "pipes")), csv.get_dialect("pipes").delimiter)
b = io.StringIO()
csv.writer(b, "pipes").writerow([1, "x"])
print(repr(b.getvalue()))
