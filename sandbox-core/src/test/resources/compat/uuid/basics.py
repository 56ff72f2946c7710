import uuid

ids = ["12345678-1234-5678-1234-567812345678", "{6FA459EA-EE8A-3CA4-894E-DB77E160355E}",
       "urn:uuid:f47ac10b-58cc-4372-a567-0e02b2c3d479", "00000000000000000000000000000000", "f" * 32]
for s in ids:
    u = uuid.UUID(s)
    print(str(u), repr(u), u.version, u.variant, u.hex, u.int, u.urn)
    print("  ", u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time, u.clock_seq)
    print("  ", u.bytes, u.bytes_le)
ns = uuid.NAMESPACE_DNS
print("uuid3:", uuid.uuid3(ns, "example.com"), uuid.uuid3(uuid.NAMESPACE_URL, "https://x.org/é"))
print("uuid5:", uuid.uuid5(ns, "example.com"), uuid.uuid5(uuid.NAMESPACE_OID, "1.2.3"), uuid.uuid5(uuid.NAMESPACE_X500, "cn=x"))
u = uuid.UUID(bytes=bytes(range(16)))
print(u, u.urn, repr(u), uuid.UUID(bytes_le=bytes(range(16))), uuid.UUID(int=12345), uuid.UUID(fields=(1, 2, 3, 4, 5, 6)))
print(uuid.UUID(int=0, version=4), uuid.UUID("12345678123456781234567812345678", version=1).version)
a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a == uuid.UUID(int=1), a != b, sorted([b, a]), len({a, uuid.UUID(int=1)}), int(b), a == 1)
u4 = uuid.uuid4()
print(u4.version, u4.variant, len(str(u4)), u4 != uuid.uuid4(), uuid.uuid1().version, uuid.uuid1().variant)
print(uuid.RFC_4122, uuid.RESERVED_NCS, uuid.UUID(int=1).is_safe)
for bad in [lambda: uuid.UUID("not-a-uuid"), lambda: uuid.UUID("g" * 32), lambda: uuid.UUID(), lambda: uuid.UUID(int=-1),
            lambda: uuid.UUID(bytes=b"short"), lambda: uuid.UUID(int=1, version=9), lambda: uuid.UUID(fields=(1, 2)),
            lambda: uuid.UUID(fields=(1 << 32, 0, 0, 0, 0, 0)), lambda: setattr(uuid.UUID(int=1), "x", 1),
            lambda: uuid.uuid3(ns, b"bytes"), lambda: uuid.UUID(int=1) < 5]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
