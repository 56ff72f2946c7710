import csv
import io

people = [
    {"name": "Smith, John", "age": 42, "note": 'Says "hi"'},
    {"name": "Lee", "age": 31, "note": "multi\nline"},
    {"name": "Ortiz", "age": 27},
]
buf = io.StringIO()
writer = csv.DictWriter(buf, fieldnames=["name", "age", "note"], lineterminator="\n", restval="?")
print(writer.writeheader())
writer.writerows(people)
output = buf.getvalue()
print(output)
back = list(csv.DictReader(io.StringIO(output)))
print(back)
print(list(csv.DictReader(["a,b", "1,2,3,4", "5"], restkey="rest", restval="NA")))
dr = csv.DictReader(["x,y", "", "1,2"])
print(dr.fieldnames, list(dr), dr.line_num)
print(list(csv.DictReader(["1,2"], fieldnames=["p", "q"])))
try:
    csv.DictWriter(io.StringIO(), ["a"]).writerow({"a": 1, "b": 2})
except ValueError as e:
    print("ValueError", e)
b = io.StringIO()
csv.DictWriter(b, ["a"], extrasaction="ignore").writerow({"a": 1, "b": 2})
print(repr(b.getvalue()))
for sample in ["x;y;z\n1;2;3\n", "a,b,c\n1,2,3\n4,5,6\n", "a\tb\n1\t2\n", "1, 2, 3\n4, 5, 6\n", "name:age\nbob:5\n"]:
    d = csv.Sniffer().sniff(sample)
    print(repr(d.delimiter), d.skipinitialspace, d.quotechar, d.lineterminator == "\r\n", d.quoting)
print(csv.Sniffer().has_header("name,age\nbob,5\nal,7\n"), csv.Sniffer().has_header("1,2\n3,4\n"))
try:
    csv.Sniffer().sniff("abc")
except csv.Error as e:
    print("Error", e)
