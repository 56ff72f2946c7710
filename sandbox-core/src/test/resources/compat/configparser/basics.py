import configparser
import io
import sys

ini = """
[DEFAULT]
retries = 3
timeout = 10
base = /srv

[database]
host = db.internal
port = 5432
use_ssl = yes
data = %(base)s/db
ratio = 0.75
description = first line
    second line

    after blank

[cache]
host = cache.internal
port = 6379
timeout = 2
; comment
# another
"""
cp = configparser.ConfigParser()
cp.read_string(ini)
for section in cp.sections():
    print(f"[{section}]")
    for key, value in cp.items(section):
        print(f"  {key} = {value!r}")
print(cp.getint("database", "port") + 1, cp.getfloat("database", "ratio"), cp.getboolean("database", "use_ssl"))
print(cp.getint("cache", "timeout"), cp.getint("database", "retries"), cp.get("database", "data"), cp.get("database", "data", raw=True))
print(cp.get("cache", "missing", fallback="n/a"), cp.has_option("cache", "retries"), cp.has_section("nope"), cp.options("cache"))
print(cp["database"]["host"], cp["database"].get("nothing", "dflt"), cp["cache"].getint("port"), "host" in cp["cache"], len(cp["cache"]))
print(list(cp), "database" in cp, "DEFAULT" in cp, dict(cp["cache"].items()), cp["DEFAULT"]["retries"])
print(cp.get("database", "data", vars={"base": "/override"}))
cp.set("cache", "new", "value")
cp["extra"] = {"a": "1", "b": "two"}
cp.add_section("empty")
cp.remove_option("database", "description")
cp.write(sys.stdout)
buf = io.StringIO()
cp.write(buf, space_around_delimiters=False)
print(repr(buf.getvalue()[:60]))
for bad in [lambda: cp.get("nope", "x"), lambda: cp.get("cache", "nope"), lambda: cp.getint("database", "host"),
            lambda: cp.getboolean("database", "host"), lambda: cp.add_section("cache"), lambda: cp.add_section("DEFAULT"),
            lambda: cp.set("cache", "n", 5), lambda: cp["missing"], lambda: cp["cache"]["missing"],
            lambda: cp.set("cache", "pct", "50%")]:
    try:
        print(bad())
    except KeyError as e:
        print("KeyError", e.args)
    except (configparser.Error, ValueError, TypeError) as e:
        print(type(e).__name__, e)
bad_inis = ["no header = 1\n", "[a]\nx = 1\nx = 2\n", "[a]\n[a]\n", "[a]\njunkline\n", "[a]\nv = %(missing)s\n", "[a]\nv = 100%\n",
            "[a]\nv = %(v)s\n"]
for text in bad_inis:
    p = configparser.ConfigParser()
    try:
        p.read_string(text)
        print([p.get("a", o) for o in p.options("a")])
    except configparser.Error as e:
        print(type(e).__name__, e)
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("[paths]\nhome = /home/u\ndocs = ${home}/docs\n[other]\nref = ${paths:docs}/x\ncost = $$5\n")
print(ext.get("paths", "docs"), ext.get("other", "ref"), ext.get("other", "cost"))
raw = configparser.RawConfigParser()
raw.read_string("[s]\nv = %(x)s\n")
print(raw.get("s", "v"))
nv = configparser.ConfigParser(allow_no_value=True, inline_comment_prefixes=(";",))
nv.read_string("[flags]\nverbose\nlevel = 3 ; inline comment\n")
print(nv.items("flags"), nv.get("flags", "verbose"))
print(configparser.ConfigParser(defaults={"k": "v"}).defaults(), configparser.DEFAULTSECT)
