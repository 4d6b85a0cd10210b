from decimal import Decimal as D, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_FLOOR, ROUND_CEILING, ROUND_UP, ROUND_HALF_DOWN, InvalidOperation, DivisionByZero, Context, Inexact
import decimal
print(D("1.10"), repr(D("1.10")), D(10), D(-3), D(0.1), D("1e3"), D("-0"), D("0.000001"), D("1E-7"), D("123.456e10"), D("  7.5  "), D("1_000.5"))
print(D((0, (1, 4, 1, 4), -3)), D((1, (2, 5), 2)), D("inf"), D("-Infinity"), D("nan"), D("sNaN"), D(".5"), D("5."), D("0E-10"), D("1e+100"))
print(D("1.1") + D("2.2"), D("0.1") + D("0.2") == D("0.3"), D("1.30") + D("1.20"), D("1.3") * D("1.2"), D("10") - D("0.001"), D(1) / D(3), D(2) / D(3), D(1) / D(8), D(10) / D(4), D("1.00") / D(2))
print(D(7) // D(2), D(-7) // D(2), D(7) % D(-2), D(-7) % D(2), divmod(D(-7), D(2)), D("7.5") % D("2"), D(2) ** 10, D("1.1") ** 2, D(2) ** -2, D(3) ** -1, D("2.5") ** 3)
print(D(2).sqrt(), D(16).sqrt(), D("0.25").sqrt(), D(100).sqrt(), D("1e-4").sqrt(), D(10).sqrt())
print(D("3.14159").quantize(D("0.01")), D("2.675").quantize(D("0.01")), D("2.665").quantize(D("0.01")), D("2.5").quantize(D("1"), rounding=ROUND_HALF_UP), D("-2.5").quantize(D("1"), rounding=ROUND_FLOOR), D("1.2345").quantize(D("1e-3"), ROUND_DOWN))
print(D("7.9").to_integral_value(), D("2.5").to_integral_value(), D("3.5").to_integral(), D("-7.9").to_integral_value(rounding=ROUND_DOWN), round(D("2.5")), round(D("3.5")), round(D("2.675"), 2), round(D("-1.5")), int(D("-7.9")), float(D("1.5")))
print(D("1.200").normalize(), D("120.00").normalize(), D("0.00").normalize(), D("1E+2").normalize(), D("-0.0100").as_tuple(), D("1.5").as_integer_ratio(), D("0.125").as_integer_ratio(), D(10).adjusted(), D("0.001").adjusted())
print(D(1) < D(2), D("1.0") == D(1), D("1.0") == 1, D("0.5") == 0.5, D(1) > 0.5, D(2) <= 2, max(D(1), D("1.5"), D(0)), sorted([D("1.5"), D(-1), D("0.25")]), hash(D("1.5")) == hash(1.5), hash(D(5)) == hash(5), hash(D("0.1")) == hash(D("0.100")))
print(f"{D('3.14159'):.2f}", f"{D('1234567.891'):,.2f}", f"{D('0.5'):%}", f"{D('12.5'):10.3f}|", f"{D('12.5'):<10}|", f"{D('1.5e10'):e}", f"{D('1.5e10'):.3E}", f"{D('-0.000012345'):g}", format(D("1.10")), f"{D(5):08.2f}", f"{D('123.456'):+.1f}")
getcontext().prec = 6
print(D(1) / D(7), D("123456789") + 0, D(2).sqrt(), D("1.23456789") * 1)
getcontext().prec = 28
with localcontext() as ctx:
    ctx.prec = 3
    ctx.rounding = ROUND_UP
    print(D(1) / D(3), D("1.111") + 0, ctx.prec)
print(D(1) / D(3), getcontext().prec)
with localcontext(prec=50):
    print(D(1) / D(7))
for bad in [lambda: D(1) / D(0), lambda: D(0) / D(0), lambda: D("abc"), lambda: D("1.23").quantize(D("1e-30")), lambda: D(-1).sqrt(), lambda: D("nan") < 1]:
    try:
        print(bad())
    except (InvalidOperation, DivisionByZero) as e:
        print(type(e).__name__, e)
print(isinstance(DivisionByZero(), ZeroDivisionError), issubclass(InvalidOperation, ArithmeticError))
c = Context(prec=5, rounding=ROUND_HALF_DOWN)
print(c.divide(D(2), D(3)), c.add(D("1.000005"), 0), repr(c))
ctx = getcontext(); ctx.clear_flags()
x = D(1) / D(3)
print(ctx.flags[Inexact], [k.__name__ for k, v in ctx.flags.items() if v])
ctx.traps[DivisionByZero] = False
print(D(1) / D(0), D(-1) / D(0), D("inf") + 1, D("inf") * -2)
ctx.traps[DivisionByZero] = True
print(sum([D("0.1")] * 10), D("19.99") * 3, D("100") * D("1.075"), (D("100") * D("1.075")).quantize(D("0.01")), D(1).exp() if False else "", D(100).log10(), D("0.01").log10())
print(D("-5").copy_abs(), D(5).copy_negate(), D(5).copy_sign(D(-1)), D(0).is_zero(), D("nan").is_nan(), D("inf").is_infinite(), D(3).is_signed(), D("-3") .is_signed(), -D("1.50"), +D("1.50"), abs(D("-0.5")))
print(D.from_float(0.25), D.from_float(1.1), D(3.5), D("1e5") + 0, D("12e-2"), D(10) ** 20, D("1234567890123456789012345678901"))
