from app.models import Post, helper_names
from app.utils.text import slugify
import app.utils.numbers as nums
posts = [Post("Hello, World!", 120), Post("  Python -- is   Fun ", -5), Post("A/B Testing 101", 55)]
for p in posts:
    print(p)
print(slugify("Already-slugged"))
print(nums.clamp(5, 1, 3))
print(helper_names())
import app
print(app.__name__, app.models.__name__)
