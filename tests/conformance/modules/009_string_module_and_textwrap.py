import string
import textwrap
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.punctuation)
t = string.Template("Hello $name, you owe $$${amount}")
print(t.substitute(name="Ann", amount=5))
print(t.safe_substitute(name="Bo"))
text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.fill(text, width=30))
print(textwrap.wrap("a b c d e f", 5))
print(textwrap.dedent("""\
    indented
      more
    back"""))
print(textwrap.shorten("Hello world this is long", width=15))
print(string.capwords("hello big   world"))
