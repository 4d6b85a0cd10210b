from fractions import Fraction as F

UNITS = {
    "length": {"mm": F(1, 1000), "cm": F(1, 100), "m": F(1), "km": F(1000), "in": F(254, 10000),
               "ft": F(3048, 10000), "yd": F(9144, 10000), "mi": F(1609344, 1000)},
    "mass": {"g": F(1, 1000), "kg": F(1), "lb": F(45359237, 100000000), "oz": F(45359237, 1600000000)},
    "time": {"s": F(1), "min": F(60), "h": F(3600), "day": F(86400)},
}
ALIASES = {"meter": "m", "meters": "m", "feet": "ft", "foot": "ft", "miles": "mi", "mile": "mi",
           "inch": "in", "inches": "in", "pounds": "lb", "pound": "lb", "hours": "h", "minutes": "min"}


class ConversionError(Exception):
    pass


def lookup(unit):
    unit = ALIASES.get(unit.lower(), unit.lower())
    for dim, table in UNITS.items():
        if unit in table:
            return dim, table[unit], unit
    raise ConversionError(f"unknown unit '{unit}'")


def convert(value, src, dst):
    if src.lower() in ("c", "f", "k") or dst.lower() in ("c", "f", "k"):
        return convert_temp(value, src.upper(), dst.upper())
    d1, f1, _ = lookup(src)
    d2, f2, _ = lookup(dst)
    if d1 != d2:
        raise ConversionError(f"cannot convert {d1} to {d2}")
    return F(value) * f1 / f2


def convert_temp(value, src, dst):
    v = F(value)
    to_k = {"C": lambda t: t + F(27315, 100), "F": lambda t: (t - 32) * F(5, 9) + F(27315, 100), "K": lambda t: t}
    from_k = {"C": lambda k: k - F(27315, 100), "F": lambda k: (k - F(27315, 100)) * F(9, 5) + 32, "K": lambda k: k}
    if src not in to_k or dst not in from_k:
        raise ConversionError(f"bad temperature units {src}->{dst}")
    return from_k[dst](to_k[src](v))


def parse_query(q):
    parts = q.split()
    if len(parts) != 4 or parts[2] not in ("to", "in"):
        raise ConversionError(f"cannot parse '{q}'")
    return parts[0], parts[1], parts[3]


def fmt(x):
    if x.denominator == 1:
        return str(x.numerator)
    return f"{float(x):.6g}"


queries = ["5 km to mi", "26.2 miles in km", "6 feet to cm", "1 mi to ft", "12 inches to ft",
           "3 lb to kg", "16 oz to lb", "100 C to F", "-40 F to C", "0 K to C", "98.6 F to K",
           "90 minutes to h", "2 day to s", "1 kg to m", "7 parsecs to km", "five m to km", "10 m km"]
for q in queries:
    try:
        v, s, d = parse_query(q)
        r = convert(v, s, d)
        print(f"{q:<20} = {fmt(r)} ({r})")
    except ConversionError as e:
        print(f"{q:<20} ! {e}")
    except ValueError as e:
        print(f"{q:<20} ! bad number: {e}")
print(convert(1, "yd", "in"), convert(1, "mi", "yd"), convert(1, "h", "s") * 24 == convert(1, "day", "s"))
