"""Coroutine predicates (Tauraro)."""
__all__ = ('iscoroutinefunction', 'iscoroutine')

_is_coroutine = object()


def _coroutine_type():
    async def _c():
        pass
    c = _c()
    t = type(c)
    c.close()
    return t


_CoroutineType = _coroutine_type()


def iscoroutinefunction(func):
    import inspect
    return (inspect.iscoroutinefunction(func) or
            getattr(func, '_is_coroutine', None) is _is_coroutine)


def iscoroutine(obj):
    return isinstance(obj, _CoroutineType)
