"""decimal for Tauraro: Decimal arithmetic with contexts (precision, rounding, flags, traps),
written from the General Decimal Arithmetic specification and CPython 3.11's documented
behaviour (reprs, str/format rules, signals raised as exceptions the way the C module does).

Partial: non-integral powers, exp/ln/log10 are computed through floats (not correctly rounded).
"""
import math as _math
import sys as _sys

__all__ = [
    'Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext',
    'ExtendedContext', 'DecimalException', 'Clamped', 'InvalidOperation',
    'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow',
    'Underflow', 'FloatOperation', 'DivisionImpossible', 'InvalidContext',
    'ConversionSyntax', 'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP',
    'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP',
    'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext', 'getcontext', 'localcontext',
    'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY', 'HAVE_THREADS',
    'HAVE_CONTEXTVAR',
]

__version__ = '1.70'
__libmpdec_version__ = "2.5.1"

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING,
              ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)

HAVE_THREADS = True
HAVE_CONTEXTVAR = True
MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# the order of flags/traps in a context (dict order) and in its repr
_SIGNALS = [InvalidOperation, FloatOperation, DivisionByZero, Overflow,
            Underflow, Subnormal, Inexact, Rounded, Clamped]
_REPR_ORDER = [Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation,
               Overflow, Rounded, Subnormal, Underflow]
_CONDITION_SIGNAL = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
                     DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}


class DecimalTuple(tuple):
    def __new__(cls, sign, digits, exponent):
        return tuple.__new__(cls, (sign, digits, exponent))

    sign = property(lambda self: self[0])
    digits = property(lambda self: self[1])
    exponent = property(lambda self: self[2])

    def __repr__(self):
        return 'DecimalTuple(sign=%r, digits=%r, exponent=%r)' % tuple(self)


# ---- Context ----

class Context(object):

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None,
                 _ignored_flags=None):
        dc = DefaultContext if DefaultContext is not None else None
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else (dc.rounding if dc else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc.Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc.Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else (dc.capitals if dc else 1)
        self.clamp = clamp if clamp is not None else (dc.clamp if dc else 0)
        if traps is None:
            if dc:
                self.traps = dict(dc.traps)
            else:
                self.traps = {s: s in (InvalidOperation, DivisionByZero, Overflow) for s in _SIGNALS}
        elif not isinstance(traps, dict):
            self.traps = {s: s in traps for s in _SIGNALS}
        else:
            self.traps = {s: bool(traps.get(s, False)) for s in _SIGNALS}
        if flags is None:
            self.flags = {s: False for s in _SIGNALS}
        elif not isinstance(flags, dict):
            self.flags = {s: s in flags for s in _SIGNALS}
        else:
            self.flags = {s: bool(flags.get(s, False)) for s in _SIGNALS}

    def __setattr__(self, name, value):
        if name == 'prec':
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if not 1 <= value <= MAX_PREC:
                raise ValueError("valid range for prec is [1, MAX_PREC]")
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
        elif name == 'Emin':
            if value > 0:
                raise ValueError("valid range for Emin is [MIN_EMIN, 0]")
        elif name == 'Emax':
            if value < 0:
                raise ValueError("valid range for Emax is [0, MAX_EMAX]")
        elif name in ('capitals', 'clamp'):
            if value not in (0, 1):
                raise ValueError("valid values for %s are [0, 1]" % name)
        object.__setattr__(self, name, value)

    def __repr__(self):
        flags = [s.__name__ for s in _REPR_ORDER if self.flags[s]]
        traps = [s.__name__ for s in _REPR_ORDER if self.traps[s]]
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=[%s], traps=[%s])' % (self.prec, self.rounding, self.Emin, self.Emax,
                                               self.capitals, self.clamp,
                                               ', '.join(flags), ', '.join(traps)))

    def clear_flags(self):
        for f in self.flags:
            self.flags[f] = False

    def clear_traps(self):
        for f in self.traps:
            self.traps[f] = False

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax,
                       self.capitals, self.clamp, dict(self.flags), dict(self.traps))

    __copy__ = copy

    def Etiny(self):
        return int(self.Emin - self.prec + 1)

    def Etop(self):
        return int(self.Emax - self.prec + 1)

    def _raise(self, conditions):
        """Records the signals of `conditions` (condition classes); raises the first trapped."""
        trapped = None
        for cond in conditions:
            sig = _CONDITION_SIGNAL.get(cond, cond)
            self.flags[sig] = True
            if self.traps[sig] and trapped is None:
                trapped = cond
        if trapped is not None:
            sig = _CONDITION_SIGNAL.get(trapped, trapped)
            listed = [c for c in conditions if self.traps[_CONDITION_SIGNAL.get(c, c)]]
            raise sig(listed) if sig is not trapped else trapped(listed)

    def create_decimal(self, num='0'):
        if isinstance(num, str) and (num != num.strip() or '_' in num):
            return self._conversion_error()
        d = Decimal(num, context=self)
        if d._is_special:
            if d._exp == 'n' and len(d._int) > self.prec - self.clamp:
                return self._conversion_error()
            return d
        return d._fix(self)

    def _conversion_error(self):
        self._raise([ConversionSyntax])
        return Decimal('NaN')

    def create_decimal_from_float(self, f):
        d = Decimal.from_float(f)
        return d._fix(self)

    def abs(self, a):
        return _conv(a, True).__abs__(context=self)

    def add(self, a, b):
        return _conv(a, True).__add__(_conv(b, True), context=self)

    def subtract(self, a, b):
        return _conv(a, True).__sub__(_conv(b, True), context=self)

    def multiply(self, a, b):
        return _conv(a, True).__mul__(_conv(b, True), context=self)

    def divide(self, a, b):
        return _conv(a, True).__truediv__(_conv(b, True), context=self)

    def divide_int(self, a, b):
        return _conv(a, True).__floordiv__(_conv(b, True), context=self)

    def remainder(self, a, b):
        return _conv(a, True).__mod__(_conv(b, True), context=self)

    def divmod(self, a, b):
        return _conv(a, True).__divmod__(_conv(b, True), context=self)

    def power(self, a, b, modulo=None):
        return _conv(a, True).__pow__(_conv(b, True), modulo, context=self)

    def plus(self, a):
        return _conv(a, True).__pos__(context=self)

    def minus(self, a):
        return _conv(a, True).__neg__(context=self)

    def sqrt(self, a):
        return _conv(a, True).sqrt(context=self)

    def quantize(self, a, b):
        return _conv(a, True).quantize(_conv(b, True), context=self)

    def compare(self, a, b):
        return _conv(a, True).compare(b, context=self)

    def max(self, a, b):
        return _conv(a, True).max(b, context=self)

    def min(self, a, b):
        return _conv(a, True).min(b, context=self)

    def normalize(self, a):
        return _conv(a, True).normalize(context=self)

    def to_integral_value(self, a):
        return _conv(a, True).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return _conv(a, True).to_integral_exact(context=self)

    def to_sci_string(self, a):
        return _conv(a, True).__str__(context=self)

    def to_eng_string(self, a):
        return _conv(a, True).to_eng_string(context=self)

    def is_zero(self, a):
        return _conv(a, True).is_zero()

    def is_signed(self, a):
        return _conv(a, True).is_signed()

    def copy_abs(self, a):
        return _conv(a, True).copy_abs()

    def copy_negate(self, a):
        return _conv(a, True).copy_negate()

    def exp(self, a):
        return _conv(a, True).exp(context=self)

    def ln(self, a):
        return _conv(a, True).ln(context=self)

    def log10(self, a):
        return _conv(a, True).log10(context=self)

    def fma(self, a, b, c):
        return _conv(a, True).fma(b, c, context=self)

    def next_plus(self, a):
        return _conv(a, True).next_plus(context=self)

    def next_minus(self, a):
        return _conv(a, True).next_minus(context=self)


DefaultContext = None
DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                         capitals=1, clamp=0,
                         traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow],
                       flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])

_current_context = None


def getcontext():
    global _current_context
    if _current_context is None:
        _current_context = Context()
    return _current_context


def setcontext(context):
    global _current_context
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _current_context = context


class _ContextManager(object):
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    if ctx is None:
        ctx = getcontext()
    manager = _ContextManager(ctx)
    for key, value in kwargs.items():
        if key not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'):
            raise TypeError(f"'{key}' is an invalid keyword argument for this function")
        setattr(manager.new_context, key, value)
    return manager


# ---- helpers ----

def _ndigits(n):
    """Number of decimal digits of a non-negative int (0 -> 1)."""
    return len(str(n))


def _round_int(coeff, drop, sign, rounding):
    """coeff with its last `drop` digits removed, rounded with `rounding`.
    Returns (new coefficient, inexact)."""
    if drop <= 0:
        return coeff * 10 ** (-drop), False
    p = 10 ** drop
    q, r = divmod(coeff, p)
    if r == 0:
        return q, False
    half = p // 2 if p % 2 == 0 else None
    up = False
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = not sign
    elif rounding == ROUND_FLOOR:
        up = bool(sign)
    elif rounding == ROUND_HALF_UP:
        up = 2 * r >= p
    elif rounding == ROUND_HALF_DOWN:
        up = 2 * r > p
    elif rounding == ROUND_HALF_EVEN:
        up = 2 * r > p or (2 * r == p and q % 2 == 1)
    elif rounding == ROUND_05UP:
        up = q % 10 in (0, 5)
    return (q + 1 if up else q), True


def _dec(sign, coeff, exp, special=False):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coeff if special else str(coeff)
    d._exp = exp
    d._is_special = special
    return d


def _conv(other, raiseit=False, allow_float=False, context=None):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if allow_float and isinstance(other, float):
        if context is None:
            context = getcontext()
        context._raise([FloatOperation])
        return Decimal.from_float(other)
    if raiseit:
        raise TypeError("conversion from %s to Decimal is not supported" % type(other).__name__)
    return NotImplemented


_PyHASH_MODULUS = 2 ** 61 - 1
_PyHASH_INF = 314159
_PyHASH_NAN = 0
_PyHASH_10INV = pow(10, _PyHASH_MODULUS - 2, _PyHASH_MODULUS)


class Decimal(object):
    """Floating point class for decimal arithmetic."""
    __slots__ = ('_exp', '_int', '_sign', '_is_special')

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        if isinstance(value, str):
            return self._from_str(value, context)
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = str(abs(value))
            self._exp = 0
            self._is_special = False
            return self
        if isinstance(value, Decimal):
            self._sign = value._sign
            self._int = value._int
            self._exp = value._exp
            self._is_special = value._is_special
            return self
        if isinstance(value, float):
            if context is None:
                context = getcontext()
            context._raise([FloatOperation])
            d = Decimal.from_float(value)
            self._sign, self._int, self._exp, self._is_special = d._sign, d._int, d._exp, d._is_special
            return self
        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError('argument must be a sequence of length 3')
            if value[0] not in (0, 1):
                raise ValueError("sign must be an integer with the value 0 or 1")
            self._sign = value[0]
            if value[2] == 'F':
                self._int = ''
                self._exp = 'F'
                self._is_special = True
                return self
            digits = []
            for digit in value[1]:
                if isinstance(digit, int) and 0 <= digit <= 9:
                    if digits or digit != 0:
                        digits.append(digit)
                else:
                    raise ValueError("The second value in the tuple must "
                                     "be composed of integers in the range "
                                     "0 through 9.")
            if value[2] in ('n', 'N'):
                self._int = ''.join(map(str, digits))
                self._exp = value[2]
                self._is_special = True
            elif isinstance(value[2], int):
                self._int = ''.join(map(str, digits or [0]))
                self._exp = value[2]
                self._is_special = False
            else:
                raise ValueError("The third value in the tuple must "
                                 "be an integer, or one of the "
                                 "strings 'F', 'n', 'N'.")
            return self
        raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)

    def _from_str(self, value, context):
        s = value.strip()
        parsed = None
        if '_' in s:
            ok = all(0 < i < len(s) - 1 and s[i - 1].isdigit() and s[i + 1].isdigit()
                     for i in range(len(s)) if s[i] == '_')
            s = s.replace('_', '') if ok else ''
        if s:
            parsed = _parse_decimal(s)
        if parsed is None:
            if context is None:
                context = getcontext()
            context._raise([ConversionSyntax])
            self._sign, self._int, self._exp, self._is_special = 0, '', 'n', True
            return self
        self._sign, self._int, self._exp, self._is_special = parsed
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float.")
        if _math.isinf(f) or _math.isnan(f):
            return cls(repr(f))
        sign = 0 if _math.copysign(1.0, f) == 1.0 else 1
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        coeff = n * 5 ** k
        result = _dec(sign, coeff, -k)
        if cls is Decimal:
            return result
        return cls(result)

    # ---- properties ----

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def _isnan(self):
        if self._is_special:
            if self._exp == 'n':
                return 1
            elif self._exp == 'N':
                return 2
        return 0

    def _isinfinity(self):
        if self._exp == 'F':
            return -1 if self._sign else 1
        return 0

    def is_nan(self):
        return self._exp in ('n', 'N')

    def is_qnan(self):
        return self._exp == 'n'

    def is_snan(self):
        return self._exp == 'N'

    def is_infinite(self):
        return self._exp == 'F'

    def is_finite(self):
        return not self._is_special

    def is_zero(self):
        return not self._is_special and self._int == '0'

    def is_signed(self):
        return self._sign == 1

    def is_normal(self, context=None):
        if self._is_special or self.is_zero():
            return False
        if context is None:
            context = getcontext()
        return context.Emin <= self.adjusted()

    def is_subnormal(self, context=None):
        if self._is_special or self.is_zero():
            return False
        if context is None:
            context = getcontext()
        return self.adjusted() < context.Emin

    def is_canonical(self):
        return True

    def adjusted(self):
        try:
            return self._exp + len(self._int) - 1
        except TypeError:
            return 0

    def as_tuple(self):
        if self._exp == 'F':
            return DecimalTuple(self._sign, (0,), 'F')
        return DecimalTuple(self._sign, tuple(map(int, self._int)), self._exp)

    def as_integer_ratio(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer ratio")
            else:
                raise OverflowError("cannot convert Infinity to integer ratio")
        if not self:
            return 0, 1
        n = int(self._int)
        if self._exp >= 0:
            n, d = n * 10 ** self._exp, 1
        else:
            d5 = -self._exp
            while d5 > 0 and n % 5 == 0:
                n //= 5
                d5 -= 1
            d2 = -self._exp
            shift2 = min((n & -n).bit_length() - 1, d2)
            if shift2:
                n >>= shift2
                d2 -= shift2
            d = 5 ** d5 << d2
        if self._sign:
            n = -n
        return n, d

    def copy_abs(self):
        return _dec(0, self._int if self._is_special else int(self._int), self._exp, self._is_special)

    def copy_negate(self):
        return _dec(1 - self._sign, self._int if self._is_special else int(self._int),
                    self._exp, self._is_special)

    def copy_sign(self, other, context=None):
        other = _conv(other, raiseit=True)
        return _dec(other._sign, self._int if self._is_special else int(self._int),
                    self._exp, self._is_special)

    # ---- string conversion ----

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __str__(self, eng=False, context=None):
        sign = ['', '-'][self._sign]
        if self._is_special:
            if self._exp == 'F':
                return sign + 'Infinity'
            elif self._exp == 'n':
                return sign + 'NaN' + self._int
            else:
                return sign + 'sNaN' + self._int
        leftdigits = self._exp + len(self._int)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == '0':
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * (-dotplace) + self._int
        elif dotplace >= len(self._int):
            intpart = self._int + '0' * (dotplace - len(self._int))
            fracpart = ''
        else:
            intpart = self._int[:dotplace]
            fracpart = '.' + self._int[dotplace:]
        if leftdigits == dotplace:
            exp = ''
        else:
            if context is None:
                context = getcontext()
            exp = ['e', 'E'][context.capitals] + "%+d" % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    # ---- rounding to a context ----

    def _fix(self, context):
        if self._is_special:
            if self._exp == 'N':
                context._raise([InvalidOperation])
                return _dec(self._sign, self._int, 'n', True)
            return self
        coeff = int(self._int)
        exp = self._exp
        Etiny = context.Etiny()
        Etop = context.Etop()
        if not coeff:
            exp_max = [context.Emax, Etop][context.clamp]
            new_exp = min(max(exp, Etiny), exp_max)
            if new_exp != exp:
                context._raise([Clamped])
                return _dec(self._sign, 0, new_exp)
            return self
        n = len(self._int)
        exp_min = n + exp - context.prec
        if exp_min > Etop:
            return _overflow(context, self._sign)
        self_is_subnormal = exp_min < Etiny
        if self_is_subnormal:
            exp_min = Etiny
        if exp < exp_min:
            drop = exp_min - exp
            newc, inexact = _round_int(coeff, drop, self._sign, context.rounding)
            conds = []
            new_exp = exp_min
            if _ndigits(newc) > context.prec:
                newc //= 10
                new_exp += 1
            if new_exp > Etop:
                return _overflow(context, self._sign)
            if self_is_subnormal:
                conds.append(Subnormal)
                if inexact:
                    conds.append(Underflow)
            if inexact:
                conds.append(Inexact)
            conds.append(Rounded)
            if self_is_subnormal and inexact and newc == 0:
                conds.append(Clamped)
            ans = _dec(self._sign, newc, new_exp)
            context._raise(_order_conds(conds))
            return ans
        if self_is_subnormal:
            context._raise([Subnormal])
        if context.clamp == 1 and exp > Etop:
            context._raise([Clamped])
            return _dec(self._sign, coeff * 10 ** (exp - Etop), Etop)
        return self

    # ---- arithmetic ----

    def _check_nans(self, other=None, context=None):
        self_is_nan = self._isnan()
        other_is_nan = other._isnan() if other is not None else 0
        if self_is_nan or other_is_nan:
            if context is None:
                context = getcontext()
            if self_is_nan == 2:
                context._raise([InvalidOperation])
                return _dec(self._sign, self._int, 'n', True)
            if other_is_nan == 2:
                context._raise([InvalidOperation])
                return _dec(other._sign, other._int, 'n', True)
            if self_is_nan:
                return self
            return other
        return 0

    def __add__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans:
                return ans
            if self._isinfinity():
                if self._sign != other._sign and other._isinfinity():
                    context._raise([InvalidOperation])
                    return _dec(0, '', 'n', True)
                return Decimal(self)
            if other._isinfinity():
                return Decimal(other)
        sc, se = int(self._int), self._exp
        oc, oe = int(other._int), other._exp
        # An operand lying wholly below the rounding position only matters as a sticky digit.
        if sc and oc:
            if se >= oe:
                lim = se + min(-1, len(self._int) - context.prec - 2)
                if len(other._int) + oe - 1 < lim:
                    oc, oe = 1, lim
            else:
                lim = oe + min(-1, len(other._int) - context.prec - 2)
                if len(self._int) + se - 1 < lim:
                    sc, se = 1, lim
        exp = min(se, oe)
        a = sc * 10 ** (se - exp)
        b = oc * 10 ** (oe - exp)
        if self._sign:
            a = -a
        if other._sign:
            b = -b
        s = a + b
        if s == 0:
            if self._sign and other._sign:
                sign = 1
            elif self._sign != other._sign and context.rounding == ROUND_FLOOR:
                sign = 1
            else:
                sign = 0
            return _dec(sign, 0, exp)._fix(context)
        return _dec(1 if s < 0 else 0, abs(s), exp)._fix(context)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return self.__add__(other.copy_negate(), context=context)

    def __rsub__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context=context)

    def __mul__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        sign = self._sign ^ other._sign
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans:
                return ans
            if self._isinfinity():
                if not other:
                    context._raise([InvalidOperation])
                    return _dec(0, '', 'n', True)
                return _dec(sign, '', 'F', True)
            if other._isinfinity():
                if not self:
                    context._raise([InvalidOperation])
                    return _dec(0, '', 'n', True)
                return _dec(sign, '', 'F', True)
        return _dec(sign, int(self._int) * int(other._int), self._exp + other._exp)._fix(context)

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        sign = self._sign ^ other._sign
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans:
                return ans
            if self._isinfinity() and other._isinfinity():
                context._raise([InvalidOperation])
                return _dec(0, '', 'n', True)
            if self._isinfinity():
                return _dec(sign, '', 'F', True)
            if other._isinfinity():
                context._raise([Clamped])
                return _dec(sign, 0, context.Etiny())
        if not other:
            if not self:
                context._raise([DivisionUndefined])
                return _dec(0, '', 'n', True)
            context._raise([DivisionByZero])
            return _dec(sign, '', 'F', True)
        if not self:
            exp = self._exp - other._exp
            coeff = 0
        else:
            op1 = int(self._int)
            op2 = int(other._int)
            shift = len(other._int) - len(self._int) + context.prec + 1
            exp = self._exp - other._exp - shift
            if shift >= 0:
                coeff, remainder = divmod(op1 * 10 ** shift, op2)
            else:
                coeff, remainder = divmod(op1, op2 * 10 ** -shift)
            if remainder:
                if coeff % 5 == 0:
                    coeff += 1
            else:
                ideal_exp = self._exp - other._exp
                while exp < ideal_exp and coeff % 10 == 0:
                    coeff //= 10
                    exp += 1
        return _dec(sign, coeff, exp)._fix(context)

    def __rtruediv__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context=context)

    def _divide(self, other, context):
        """(integer quotient, remainder) truncating toward zero, as Decimals."""
        sign = self._sign ^ other._sign
        if other._isinfinity():
            ideal_exp = self._exp
        else:
            ideal_exp = min(self._exp, other._exp)
        expdiff = self.adjusted() - other.adjusted()
        if not self or other._isinfinity() or expdiff <= -2:
            return (_dec(sign, 0, 0), self._rescale(ideal_exp, context.rounding))
        if expdiff <= context.prec:
            op1 = int(self._int)
            op2 = int(other._int)
            e1, e2 = self._exp, other._exp
            if e1 >= e2:
                op1 *= 10 ** (e1 - e2)
            else:
                op2 *= 10 ** (e2 - e1)
            q, r = divmod(op1, op2)
            if q < 10 ** context.prec:
                return (_dec(sign, q, 0), _dec(self._sign, r, ideal_exp))
        context._raise([DivisionImpossible])
        ans = _dec(0, '', 'n', True)
        return ans, ans

    def __floordiv__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        ans = self._check_nans(other, context)
        if ans:
            return ans
        if self._isinfinity():
            if other._isinfinity():
                context._raise([InvalidOperation])
                return _dec(0, '', 'n', True)
            return _dec(self._sign ^ other._sign, '', 'F', True)
        if not other:
            if self:
                context._raise([DivisionByZero])
                return _dec(self._sign ^ other._sign, '', 'F', True)
            context._raise([DivisionUndefined])
            return _dec(0, '', 'n', True)
        return self._divide(other, context)[0]

    def __rfloordiv__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context=context)

    def __mod__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        ans = self._check_nans(other, context)
        if ans:
            return ans
        if self._isinfinity():
            context._raise([InvalidOperation])
            return _dec(0, '', 'n', True)
        if not other:
            if self:
                context._raise([InvalidOperation])
            else:
                context._raise([DivisionUndefined])
            return _dec(0, '', 'n', True)
        remainder = self._divide(other, context)[1]
        return remainder._fix(context)

    def __rmod__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context=context)

    def __divmod__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        ans = self._check_nans(other, context)
        if ans:
            return (ans, ans)
        sign = self._sign ^ other._sign
        if self._isinfinity():
            if other._isinfinity():
                context._raise([InvalidOperation])
                ans = _dec(0, '', 'n', True)
                return ans, ans
            else:
                context._raise([InvalidOperation])
                return (_dec(sign, '', 'F', True), _dec(0, '', 'n', True))
        if not other:
            if not self:
                context._raise([DivisionUndefined])
                ans = _dec(0, '', 'n', True)
                return ans, ans
            else:
                context._raise([DivisionByZero, InvalidOperation])
                return (_dec(sign, '', 'F', True), _dec(0, '', 'n', True))
        quotient, remainder = self._divide(other, context)
        remainder = remainder._fix(context)
        return quotient, remainder

    def __rdivmod__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context=context)

    def remainder_near(self, other, context=None):
        if context is None:
            context = getcontext()
        other = _conv(other, raiseit=True)
        q, r = self._divide(other, context)
        q = int(q)
        rr = self - other * q
        alt = rr - other if (rr._sign == other._sign) else rr + other
        if abs(alt).compare(abs(rr)) < 0 or (abs(alt) == abs(rr) and q % 2 == 1):
            return alt._fix(context)
        return rr._fix(context)

    def __pow__(self, other, modulo=None, context=None):
        if modulo is not None:
            return self._power_modulo(other, modulo, context)
        other = _conv(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        ans = self._check_nans(other, context)
        if ans:
            return ans
        if not other:
            if not self:
                context._raise([InvalidOperation])
                return _dec(0, '', 'n', True)
            return _dec(0, 1, 0)
        result_sign = 0
        if self._sign == 1:
            if other._isinteger():
                if not other._iseven():
                    result_sign = 1
            else:
                if self:
                    context._raise([InvalidOperation])
                    return _dec(0, '', 'n', True)
        if not self:
            if other._sign == 0:
                return _dec(result_sign, 0, 0)
            else:
                return _dec(result_sign, '', 'F', True)
        if self._isinfinity():
            if other._sign == 0:
                return _dec(result_sign, '', 'F', True)
            else:
                return _dec(result_sign, 0, 0)
        if other._isinfinity():
            cmp1 = abs(self).compare(Decimal(1))
            if cmp1 == 0:
                context._raise([Inexact, Rounded])
                return _dec(0, 1 * 10 ** (context.prec - 1), 1 - context.prec)._fix(context)
            if (cmp1 > 0) == (other._sign == 0):
                return _dec(result_sign, '', 'F', True)
            return _dec(result_sign, 0, 0)
        if other._isinteger():
            n = int(other)
            base = self.copy_abs()
            if n >= 0:
                c = int(base._int) ** n
                r = _dec(result_sign, c, base._exp * n)
                if abs(base._exp * n) > 10 ** 12:
                    pass
                return r._fix(context)
            # negative integer power: 1 / base**-n, exactly then rounded
            c = int(base._int) ** (-n)
            denom = _dec(result_sign, c, base._exp * (-n))
            return _dec(0, 1, 0).__truediv__(denom, context=context)
        # non-integral exponent: through floats (partial)
        try:
            v = float(abs(self)) ** float(other)
        except OverflowError:
            context._raise([Overflow, Inexact, Rounded])
            return _dec(result_sign, '', 'F', True)
        context._raise([Inexact, Rounded])
        r = Decimal(repr(v))
        return _dec(result_sign, int(r._int), r._exp)._fix(context)

    def _power_modulo(self, other, modulo, context=None):
        if context is None:
            context = getcontext()
        other = _conv(other, raiseit=True)
        modulo = _conv(modulo, raiseit=True)
        if not (self._isinteger() and other._isinteger() and modulo._isinteger()):
            context._raise([InvalidOperation])
            return _dec(0, '', 'n', True)
        if other < 0 or not modulo:
            context._raise([InvalidOperation])
            return _dec(0, '', 'n', True)
        m = abs(int(modulo))
        b = int(self)
        e = int(other)
        r = pow(abs(b), e, m)
        sign = 1 if (b < 0 and e % 2 == 1) else 0
        return _dec(sign, r, 0)

    def __rpow__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, context=context)

    def _isinteger(self):
        if self._is_special:
            return False
        if self._exp >= 0:
            return True
        rest = self._int[self._exp:]
        return rest == '0' * len(rest)

    def _iseven(self):
        if not self or self._exp > 0:
            return True
        return self._int[-1 + self._exp] in '02468'

    def __neg__(self, context=None):
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
        if context is None:
            context = getcontext()
        if not self and context.rounding != ROUND_FLOOR:
            ans = self.copy_abs()
        else:
            ans = self.copy_negate()
        return ans._fix(context)

    def __pos__(self, context=None):
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
        if context is None:
            context = getcontext()
        if not self and context.rounding != ROUND_FLOOR:
            ans = self.copy_abs()
        else:
            ans = Decimal(self)
        return ans._fix(context)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
        if self._sign:
            ans = self.__neg__(context=context)
        else:
            ans = self.__pos__(context=context)
        return ans

    def fma(self, other, third, context=None):
        other = _conv(other, raiseit=True)
        third = _conv(third, raiseit=True)
        if context is None:
            context = getcontext()
        product = _dec(self._sign ^ other._sign, int(self._int) * int(other._int),
                       self._exp + other._exp)
        return product.__add__(third, context)

    # ---- comparisons ----

    def _cmp(self, other):
        """-1, 0, 1 comparing two non-NaN Decimals."""
        if self._is_special or other._is_special:
            self_inf = self._isinfinity()
            other_inf = other._isinfinity()
            if self_inf == other_inf:
                return 0
            elif self_inf < other_inf:
                return -1
            else:
                return 1
        if not self:
            if not other:
                return 0
            else:
                return -((-1) ** other._sign)
        if not other:
            return (-1) ** self._sign
        if other._sign < self._sign:
            return -1
        if self._sign < other._sign:
            return 1
        a = int(self._int)
        b = int(other._int)
        e = min(self._exp, other._exp)
        a *= 10 ** (self._exp - e)
        b *= 10 ** (other._exp - e)
        if a == b:
            return 0
        r = 1 if a > b else -1
        return -r if self._sign else r

    def _convert_for_comparison(self, other, equality_op=False):
        if isinstance(other, Decimal):
            return self, other
        if isinstance(other, int):
            return self, Decimal(other)
        if isinstance(other, float):
            context = getcontext()
            if equality_op:
                context.flags[FloatOperation] = 1
            else:
                context._raise([FloatOperation])
            return self, Decimal.from_float(other)
        try:
            from fractions import Fraction
        except ImportError:
            Fraction = None
        if Fraction is not None and isinstance(other, Fraction):
            if not self._is_special:
                self = _dec(self._sign, int(self._int) * other.denominator, self._exp)
            return self, Decimal(other.numerator)
        if isinstance(other, complex) and other.imag == 0:
            return self._convert_for_comparison(other.real, equality_op)
        return NotImplemented, NotImplemented

    def __eq__(self, other, context=None):
        self, other = self._convert_for_comparison(other, equality_op=True)
        if other is NotImplemented:
            return other
        if self._isnan() or other._isnan():
            return False
        return self._cmp(other) == 0

    def _compare_check_nans(self, other, context):
        if context is None:
            context = getcontext()
        if self._is_special or other._is_special:
            if self.is_nan() or other.is_nan():
                context._raise([InvalidOperation])
                return True
        return False

    def __lt__(self, other, context=None):
        self, other = self._convert_for_comparison(other)
        if other is NotImplemented:
            return other
        if self._compare_check_nans(other, context):
            return False
        return self._cmp(other) < 0

    def __le__(self, other, context=None):
        self, other = self._convert_for_comparison(other)
        if other is NotImplemented:
            return other
        if self._compare_check_nans(other, context):
            return False
        return self._cmp(other) <= 0

    def __gt__(self, other, context=None):
        self, other = self._convert_for_comparison(other)
        if other is NotImplemented:
            return other
        if self._compare_check_nans(other, context):
            return False
        return self._cmp(other) > 0

    def __ge__(self, other, context=None):
        self, other = self._convert_for_comparison(other)
        if other is NotImplemented:
            return other
        if self._compare_check_nans(other, context):
            return False
        return self._cmp(other) >= 0

    def compare(self, other, context=None):
        other = _conv(other, raiseit=True)
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans:
                return ans
        return Decimal(self._cmp(other))

    def compare_total(self, other, context=None):
        other = _conv(other, raiseit=True)
        if self._sign != other._sign:
            return Decimal(-1) if self._sign else Decimal(1)
        c = self._cmp(other)
        if c == 0:
            if self._exp != other._exp:
                c = -1 if self._exp < other._exp else 1
                if self._sign:
                    c = -c
        return Decimal(c)

    def max(self, other, context=None):
        other = _conv(other, raiseit=True)
        if context is None:
            context = getcontext()
        if self._is_special or other._is_special:
            sn = self._isnan()
            on = other._isnan()
            if sn or on:
                if on == 1 and sn == 0:
                    return self._fix(context)
                if sn == 1 and on == 0:
                    return other._fix(context)
                return self._check_nans(other, context)
        c = self._cmp(other)
        if c == 0:
            c = self.compare_total(other)._cmp(Decimal(0))
        ans = other if c == -1 else self
        return ans._fix(context)

    def min(self, other, context=None):
        other = _conv(other, raiseit=True)
        if context is None:
            context = getcontext()
        if self._is_special or other._is_special:
            sn = self._isnan()
            on = other._isnan()
            if sn or on:
                if on == 1 and sn == 0:
                    return self._fix(context)
                if sn == 1 and on == 0:
                    return other._fix(context)
                return self._check_nans(other, context)
        c = self._cmp(other)
        if c == 0:
            c = self.compare_total(other)._cmp(Decimal(0))
        ans = self if c == -1 else other
        return ans._fix(context)

    def __hash__(self):
        if self._is_special:
            if self.is_snan():
                raise TypeError('Cannot hash a signaling NaN value.')
            elif self.is_nan():
                return object.__hash__(self)
            else:
                if self._sign:
                    return -_PyHASH_INF
                else:
                    return _PyHASH_INF
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, _PyHASH_MODULUS)
        else:
            exp_hash = pow(_PyHASH_10INV, -self._exp, _PyHASH_MODULUS)
        hash_ = int(self._int) * exp_hash % _PyHASH_MODULUS
        ans = hash_ if self >= 0 else -hash_
        return -2 if ans == -1 else ans

    def __bool__(self):
        return self._is_special or self._int != '0'

    # ---- conversions ----

    def __int__(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer")
            elif self._isinfinity():
                raise OverflowError("cannot convert Infinity to integer")
        s = (-1) ** self._sign
        if self._exp >= 0:
            return s * int(self._int) * 10 ** self._exp
        else:
            return s * int(self._int[:self._exp] or '0')

    __trunc__ = __int__

    def __index__(self):
        raise TypeError("'decimal.Decimal' object cannot be interpreted as an integer")

    def __float__(self):
        if self._isnan():
            if self.is_snan():
                raise ValueError("cannot convert signaling NaN to float")
            s = "-nan" if self._sign else "nan"
        else:
            s = str(self)
        return float(s)

    def __complex__(self):
        return complex(float(self))

    def __floor__(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError("cannot round a NaN")
            else:
                raise OverflowError("cannot round an infinity")
        return int(self._rescale(0, ROUND_FLOOR))

    def __ceil__(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError("cannot round a NaN")
            else:
                raise OverflowError("cannot round an infinity")
        return int(self._rescale(0, ROUND_CEILING))

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('Second argument to round should be integral')
            exp = _dec(0, 1, -n)
            return self.quantize(exp)
        if self._is_special:
            if self.is_nan():
                raise ValueError("cannot round a NaN")
            else:
                raise OverflowError("cannot round an infinity")
        return int(self._rescale(0, ROUND_HALF_EVEN))

    # ---- quantize and friends ----

    def _rescale(self, exp, rounding):
        """self with exponent exp, rounding as needed (no flags, no context)."""
        if self._is_special:
            return Decimal(self)
        if not self:
            return _dec(self._sign, 0, exp)
        c = int(self._int)
        if self._exp >= exp:
            return _dec(self._sign, c * 10 ** (self._exp - exp), exp)
        newc, _ = _round_int(c, exp - self._exp, self._sign, rounding)
        return _dec(self._sign, newc, exp)

    def _round(self, places, rounding):
        """Round to `places` significant digits."""
        if places <= 0:
            raise ValueError("argument should be at least 1 in _round")
        if self._is_special or not self:
            return Decimal(self)
        ans = self._rescale(self.adjusted() + 1 - places, rounding)
        if ans.adjusted() != self.adjusted():
            ans = ans._rescale(ans.adjusted() + 1 - places, rounding)
        return ans

    def quantize(self, exp, rounding=None, context=None):
        exp = _conv(exp, raiseit=True)
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        if self._is_special or exp._is_special:
            ans = self._check_nans(exp, context)
            if ans:
                return ans
            if exp._isinfinity() or self._isinfinity():
                if exp._isinfinity() and self._isinfinity():
                    return Decimal(self)
                context._raise([InvalidOperation])
                return _dec(0, '', 'n', True)
        if not (context.Etiny() <= exp._exp <= context.Emax):
            context._raise([InvalidOperation])
            return _dec(0, '', 'n', True)
        if not self:
            ans = _dec(self._sign, 0, exp._exp)
            return ans._fix(context)
        self_adjusted = self.adjusted()
        if self_adjusted > context.Emax:
            context._raise([InvalidOperation])
            return _dec(0, '', 'n', True)
        if self_adjusted - exp._exp + 1 > context.prec:
            context._raise([InvalidOperation])
            return _dec(0, '', 'n', True)
        ans = self._rescale(exp._exp, rounding)
        if ans.adjusted() > context.Emax:
            context._raise([InvalidOperation])
            return _dec(0, '', 'n', True)
        if len(ans._int) > context.prec:
            context._raise([InvalidOperation])
            return _dec(0, '', 'n', True)
        conds = []
        if ans and ans.adjusted() < context.Emin:
            conds.append(Subnormal)
        if ans._exp > self._exp:
            if ans != self:
                conds.append(Inexact)
            conds.append(Rounded)
        if conds:
            context._raise(_order_conds(conds))
        ans = ans._fix(context)
        return ans

    def same_quantum(self, other, context=None):
        other = _conv(other, raiseit=True)
        if self._is_special or other._is_special:
            return (self.is_nan() and other.is_nan() or
                    self.is_infinite() and other.is_infinite())
        return self._exp == other._exp

    def to_integral_exact(self, rounding=None, context=None):
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
            return Decimal(self)
        if self._exp >= 0:
            return Decimal(self)
        if not self:
            return _dec(self._sign, 0, 0)
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        ans = self._rescale(0, rounding)
        if ans != self:
            context._raise([Inexact, Rounded])
        else:
            context._raise([Rounded])
        return ans

    def to_integral_value(self, rounding=None, context=None):
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
            return Decimal(self)
        if self._exp >= 0:
            return Decimal(self)
        else:
            return self._rescale(0, rounding)

    to_integral = to_integral_value

    def normalize(self, context=None):
        if context is None:
            context = getcontext()
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
        dup = self._fix(context)
        if dup._isinfinity():
            return dup
        if not dup:
            return _dec(dup._sign, 0, 0)
        exp_max = [context.Emax, context.Etop()][context.clamp]
        end = len(dup._int)
        exp = dup._exp
        while dup._int[end - 1] == '0' and exp < exp_max:
            exp += 1
            end -= 1
        return _dec(dup._sign, int(dup._int[:end]), exp)

    def sqrt(self, context=None):
        if context is None:
            context = getcontext()
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
            if self._isinfinity() and self._sign == 0:
                return Decimal(self)
        if not self:
            ans = _dec(self._sign, 0, self._exp // 2)
            return ans._fix(context)
        if self._sign == 1:
            context._raise([InvalidOperation])
            return _dec(0, '', 'n', True)
        prec = context.prec + 1
        op_c = int(self._int)
        op_e = self._exp
        e = op_e >> 1
        if op_e & 1:
            c = op_c * 10
            ln = len(self._int) + 1
        else:
            c = op_c
            ln = len(self._int)
        shift = prec - (ln + 1) // 2
        if shift >= 0:
            c *= 100 ** shift
            exact = True
        else:
            c, remainder = divmod(c, 100 ** -shift)
            exact = not remainder
        e -= shift
        n = _math.isqrt(c)
        exact = exact and n * n == c
        if exact:
            if shift >= 0:
                n //= 10 ** shift
            else:
                n *= 10 ** -shift
            e += shift
        else:
            if n % 5 == 0:
                n += 1
        ans = _dec(0, n, e)
        ctx = context.copy()
        ctx.traps = dict(context.traps)
        rounding = ctx.rounding
        ctx.rounding = ROUND_HALF_EVEN
        try:
            ans = ans._fix(ctx)
        finally:
            for s in _SIGNALS:
                if ctx.flags[s]:
                    context.flags[s] = True
        return ans

    def next_plus(self, context=None):
        if context is None:
            context = getcontext()
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
            if self._isinfinity() == -1:
                return _dec(1, 10 ** context.prec - 1, context.Etop())
            return Decimal(self)
        ctx = context.copy()
        ctx.rounding = ROUND_CEILING
        ctx.traps = {s: False for s in _SIGNALS}
        new_self = self._fix(ctx)
        if new_self != self:
            return new_self
        return self.__add__(_dec(0, 1, ctx.Etiny() - 1), context=ctx)

    def next_minus(self, context=None):
        if context is None:
            context = getcontext()
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
            if self._isinfinity() == 1:
                return _dec(0, 10 ** context.prec - 1, context.Etop())
            return Decimal(self)
        ctx = context.copy()
        ctx.rounding = ROUND_FLOOR
        ctx.traps = {s: False for s in _SIGNALS}
        new_self = self._fix(ctx)
        if new_self != self:
            return new_self
        return self.__sub__(_dec(0, 1, ctx.Etiny() - 1), context=ctx)

    def _float_fn(self, fn, context):
        if context is None:
            context = getcontext()
        try:
            v = fn(float(self))
        except (ValueError, OverflowError):
            context._raise([InvalidOperation])
            return _dec(0, '', 'n', True)
        context._raise([Inexact, Rounded])
        return Decimal(repr(v))._fix(context)

    def exp(self, context=None):
        if not self:
            return Decimal(1)
        return self._float_fn(_math.exp, context)

    def ln(self, context=None):
        if self == 1:
            return Decimal(0)
        return self._float_fn(_math.log, context)

    def log10(self, context=None):
        if not self._is_special and self > 0:
            n, d = self.as_integer_ratio()
            if d == 1 and n > 0 and str(n).strip('0') == '1' and str(n)[0] == '1':
                return Decimal(len(str(n)) - 1)
            if n == 1 and str(d).strip('0') == '1':
                return Decimal(-(len(str(d)) - 1))
        return self._float_fn(_math.log10, context)

    def logb(self, context=None):
        if self._is_special:
            return Decimal(self)
        if not self:
            if context is None:
                context = getcontext()
            context._raise([DivisionByZero])
            return _dec(1, '', 'F', True)
        return Decimal(self.adjusted())

    def scaleb(self, other, context=None):
        other = _conv(other, raiseit=True)
        if context is None:
            context = getcontext()
        if self._is_special:
            return Decimal(self)
        d = _dec(self._sign, int(self._int), self._exp + int(other))
        return d._fix(context)

    def shift(self, other, context=None):
        return self.scaleb(other, context)

    def number_class(self, context=None):
        if self.is_snan():
            return "sNaN"
        if self.is_qnan():
            return "NaN"
        inf = self._isinfinity()
        if inf == 1:
            return "+Infinity"
        if inf == -1:
            return "-Infinity"
        if self.is_zero():
            return "-Zero" if self._sign else "+Zero"
        if self.is_subnormal(context):
            return "-Subnormal" if self._sign else "+Subnormal"
        return "-Normal" if self._sign else "+Normal"

    def radix(self):
        return Decimal(10)

    def canonical(self):
        return self

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __deepcopy__(self, memo):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    # ---- formatting ----

    def __format__(self, specifier, context=None, _localeconv=None):
        if context is None:
            context = getcontext()
        spec = _parse_format_specifier(specifier)
        if self._is_special:
            sign = _format_sign(self._sign, spec)
            body = str(self.copy_abs())
            if spec['type'] == '%':
                body += '%'
            return _format_align(sign, body, spec)
        if spec['type'] is None:
            spec['type'] = ['g', 'G'][context.capitals]
        if spec['type'] == '%':
            self = _dec(self._sign, int(self._int), self._exp + 2)
        rounding = context.rounding
        precision = spec['precision']
        if precision is not None:
            if spec['type'] in 'eE':
                self = self._round(precision + 1, rounding)
            elif spec['type'] in 'fF%':
                self = self._rescale(-precision, rounding)
            elif spec['type'] in 'gG' and len(self._int) > precision:
                self = self._round(precision, rounding)
        if not self and self._exp > 0 and spec['type'] in 'fF%':
            self = self._rescale(0, rounding)
        if not self and spec['no_neg_0'] and self._sign:
            adjusted_sign = 0
        else:
            adjusted_sign = self._sign
        leftdigits = self._exp + len(self._int)
        if spec['type'] in 'eE':
            if not self and precision is not None:
                dotplace = 1 - precision
            else:
                dotplace = 1
        elif spec['type'] in 'fF%':
            dotplace = leftdigits
        elif spec['type'] in 'gG':
            if self._exp <= 0 and leftdigits > -6:
                dotplace = leftdigits
            else:
                dotplace = 1
        if dotplace < 0:
            intpart = '0'
            fracpart = '0' * (-dotplace) + self._int
        elif dotplace > len(self._int):
            intpart = self._int + '0' * (dotplace - len(self._int))
            fracpart = ''
        else:
            intpart = self._int[:dotplace] or '0'
            fracpart = self._int[dotplace:]
        exp = leftdigits - dotplace
        return _format_number(adjusted_sign, intpart, fracpart, exp, spec)


def _exact_div_context(context):
    ctx = context.copy()
    ctx.prec = context.prec + 5
    ctx.traps = {s: False for s in _SIGNALS}
    ctx.clear_flags()
    return ctx


def _overflow(context, sign):
    r = context.rounding
    conds = [Overflow, Inexact, Rounded]
    if (r == ROUND_HALF_UP or r == ROUND_HALF_EVEN or r == ROUND_HALF_DOWN or r == ROUND_UP
            or (r == ROUND_CEILING and sign == 0) or (r == ROUND_FLOOR and sign == 1)):
        ans = _dec(sign, '', 'F', True)
    else:
        ans = _dec(sign, 10 ** context.prec - 1, context.Emax - context.prec + 1)
    context._raise(conds)
    return ans


def _order_conds(conds):
    order = [Overflow, Underflow, Subnormal, Inexact, Rounded, Clamped]
    return [c for c in order if c in conds] + [c for c in conds if c not in order]


def _parse_decimal(s):
    """(sign, digits, exp, is_special) for a decimal literal, or None."""
    if not s:
        return None
    sign = 0
    i = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        i = 1
    body = s[i:]
    low = body.lower()
    if low in ('inf', 'infinity'):
        return (sign, '', 'F', True)
    if low.startswith('nan') or low.startswith('snan'):
        is_s = low.startswith('snan')
        digits = body[4:] if is_s else body[3:]
        if digits and not all('0' <= ch <= '9' for ch in digits):
            return None
        digits = digits.lstrip('0')
        return (sign, digits, 'N' if is_s else 'n', True)
    mant = body
    exp = 0
    epos = -1
    for j, ch in enumerate(body):
        if ch in 'eE':
            epos = j
            break
    if epos >= 0:
        mant = body[:epos]
        e = body[epos + 1:]
        if not e:
            return None
        es = e
        if es[0] in '+-':
            es = es[1:]
        if not es or not all('0' <= ch <= '9' for ch in es):
            return None
        exp = int(e)
    if '.' in mant:
        ip, _, fp = mant.partition('.')
    else:
        ip, fp = mant, ''
    if not ip and not fp:
        return None
    for ch in ip + fp:
        if not ('0' <= ch <= '9'):
            return None
    digits = (ip + fp).lstrip('0') or '0'
    exp -= len(fp)
    return (sign, digits, exp, False)


# ---- format-spec helpers ----

def _parse_format_specifier(spec):
    d = {'fill': ' ', 'align': None, 'sign': '-', 'no_neg_0': False, 'alt': False,
         'zeropad': False, 'minimumwidth': 0, 'thousands_sep': '', 'precision': None,
         'type': None}
    i = 0
    n = len(spec)
    if n >= 2 and spec[1] in '<>=^':
        d['fill'] = spec[0]
        d['align'] = spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        d['align'] = spec[0]
        i = 1
    if i < n and spec[i] in '+- ':
        d['sign'] = spec[i]
        i += 1
    if i < n and spec[i] == 'z':
        d['no_neg_0'] = True
        i += 1
    if i < n and spec[i] == '#':
        d['alt'] = True
        i += 1
    if i < n and spec[i] == '0':
        d['zeropad'] = True
        if d['align'] is None:
            d['fill'] = '0'
            d['align'] = '='
        i += 1
    j = i
    while j < n and spec[j].isdigit():
        j += 1
    if j > i:
        d['minimumwidth'] = int(spec[i:j])
    i = j
    if i < n and spec[i] in ',_':
        d['thousands_sep'] = spec[i]
        i += 1
    if i < n and spec[i] == '.':
        j = i + 1
        while j < n and spec[j].isdigit():
            j += 1
        if j == i + 1:
            raise ValueError("Invalid format specifier")
        d['precision'] = int(spec[i + 1:j])
        i = j
    if i < n:
        d['type'] = spec[i]
        i += 1
    if i != n or (d['type'] is not None and d['type'] not in 'eEfFgGn%'):
        raise ValueError("Invalid format specifier")
    if d['type'] in ('g', 'G') and d['precision'] == 0:
        d['precision'] = 1
    if d['align'] is None:
        d['align'] = '>'
    if d['type'] == 'n':
        d['type'] = 'g'
    return d


def _format_sign(is_negative, spec):
    if is_negative:
        return '-'
    elif spec['sign'] in ' +':
        return spec['sign']
    else:
        return ''


def _format_align(sign, body, spec):
    minimumwidth = spec['minimumwidth']
    fill = spec['fill']
    padding = fill * (minimumwidth - len(sign) - len(body))
    align = spec['align']
    if align == '<':
        result = sign + body + padding
    elif align == '>':
        result = padding + sign + body
    elif align == '=':
        result = sign + padding + body
    elif align == '^':
        half = len(padding) // 2
        result = padding[:half] + sign + body + padding[half:]
    else:
        raise ValueError('Unrecognised alignment field')
    return result


def _insert_thousands_sep(digits, spec, min_width=1):
    sep = spec['thousands_sep']
    if not sep:
        if len(digits) < min_width:
            digits = '0' * (min_width - len(digits)) + digits
        return digits
    groups = []
    min_width = max(min_width, 1)
    while True:
        l = min(max(len(digits), min_width, 1), 3)
        groups.append('0' * (l - len(digits)) + digits[-l:])
        digits = digits[:-l]
        min_width -= l
        if not digits and min_width <= 0:
            break
        min_width -= len(sep)
    return sep.join(reversed(groups))


def _format_number(is_negative, intpart, fracpart, exp, spec):
    sign = _format_sign(is_negative, spec)
    if fracpart or spec['alt']:
        fracpart = '.' + fracpart
    if exp != 0 or spec['type'] in 'eE':
        echar = {'E': 'E', 'e': 'e', 'G': 'E', 'g': 'e'}[spec['type']]
        fracpart += "{0}{1:+}".format(echar, exp)
    if spec['type'] == '%':
        fracpart += '%'
    if spec['zeropad']:
        min_width = spec['minimumwidth'] - len(fracpart) - len(sign)
    else:
        min_width = 0
    intpart = _insert_thousands_sep(intpart, spec, min_width)
    return _format_align(sign, intpart + fracpart, spec)
