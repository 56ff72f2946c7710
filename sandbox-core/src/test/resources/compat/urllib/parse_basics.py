from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, parse_qs, parse_qsl, urlencode, quote,
                          quote_plus, unquote, unquote_plus, urljoin, urldefrag, quote_from_bytes, unquote_to_bytes)
import urllib.parse

url = "https://user:pw@shop.example.com:8443/search/items;v=1?q=red+shoes&size=9&size=10&sort=price#results"
p = urlparse(url)
print(p)
print(p.scheme, p.netloc, p.path, p.params, p.query, p.fragment, p.hostname, p.port, p.username, p.password)
print(p[0], p[2], len(p), tuple(p)[:2], p.geturl() == url, p._fields)
qs = parse_qs(p.query)
print(qs)
qs["page"] = ["2"]
qs.pop("sort")
new_query = urlencode(qs, doseq=True)
print(urlunparse(p._replace(query=new_query, fragment="")))
s = urlsplit("HTTP://[2001:db8::1]:80/x?y#z")
print(s, s.hostname, s.port, s.geturl(), urlunsplit(s))
print(urlsplit("mailto:someone@example.com"), urlsplit("//netloc/only"), urlsplit("relative/path?x=1"))
print(urlparse("http://a.com:"), urlparse("http://a.com:").port, urlparse("file:///etc/hosts"))
for bad in ["http://a.com:99999", "http://a.com:abc", "http://[::1", "http://[zz]/"]:
    try:
        print(urlparse(bad).port)
    except ValueError as e:
        print("ValueError", e)
print(quote("a path/with spaces&symbols?"), quote("a/b c", safe=""), quote("café"), quote(b"\x00\xff"), quote(""))
print(quote_plus("a b&c=d/e"), quote_plus("x/y", safe="/"), quote_from_bytes(b"a b"), quote("~_.-"))
print(unquote("caf%C3%A9%20au%20lait"), unquote("%zz%4"), unquote("bad%ff%fe utf"), unquote_plus("a+b%2Bc"), unquote_to_bytes("a%20b%C3"))
print(urljoin("https://example.com/docs/guide/", "../api/index.html"), urljoin("http://a/b/c/d;p?q", "g?y"))
for rel in ["g", "./g", "g/", "/g", "//g", "?y", "#s", "../..", "../../../g", ".", "..", "g;x", "", "http:g", "https://other/x"]:
    print(repr(rel), urljoin("http://a/b/c/d;p?q", rel))
print(urlencode({"name": "Zoë", "tags": "a,b"}), urlencode([("a", 1), ("a", 2)]), urlencode({"l": [1, 2]}), urlencode({"l": [1, 2]}, doseq=True))
print(urlencode({"s": "a b"}, quote_via=quote), urlencode({"k": b"b y"}), urlencode({}))
q = "name=Jane+Doe&tags[]=a&tags[]=b%20c&empty=&flag&redirect=%2Fhome%3Fx%3D1"
print(parse_qsl(q), parse_qsl(q, keep_blank_values=True), parse_qs(q, keep_blank_values=True))
print(parse_qsl("a=1;b=2", separator=";"), parse_qs(""), urldefrag("http://x/y#frag"), urldefrag("http://x/y"))
for bad in [lambda: parse_qsl("a&b", strict_parsing=True), lambda: parse_qsl("a=1&b=2", max_num_fields=1),
            lambda: urlencode("abc"), lambda: quote(5)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(urllib.parse.urlsplit("http://x.com").netloc, p._asdict())
