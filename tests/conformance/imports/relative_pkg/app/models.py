from .utils import slugify, clamp
from . import utils
class Post:
    def __init__(self, title, score):
        self.title = title
        self.slug = slugify(title)
        self.score = clamp(score, 0, 100)
    def __repr__(self):
        return f"Post({self.slug!r}, {self.score})"
def helper_names():
    return sorted(n for n in dir(utils) if not n.startswith("_"))
