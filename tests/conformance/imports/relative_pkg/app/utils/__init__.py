from .text import slugify
from .numbers import clamp
