"""asyncio for Tauraro: an event loop driving generator-based coroutines with CPython's
scheduling order (see events.py and tasks.py)."""
from .exceptions import *
from .events import *
from .futures import *
from .coroutines import *
from .tasks import *
from .locks import *
from .queues import *
from .timeouts import *
from .taskgroups import *
from .runners import *

from .tasks import _Sleep0

__all__ = (exceptions.__all__ + events.__all__ + futures.__all__ +
           coroutines.__all__ + tasks.__all__ + locks.__all__ +
           queues.__all__ + timeouts.__all__ + taskgroups.__all__ +
           runners.__all__)
