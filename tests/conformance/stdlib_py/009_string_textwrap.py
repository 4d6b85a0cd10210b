# string constants/Template/Formatter and textwrap: a report formatter
import string
from string import Template, Formatter, capwords
import textwrap

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(string.punctuation, repr(string.whitespace), len(string.printable))
print(capwords("the quick  brown\tfox"), capwords("a-b c-d", "-"), capwords(""))

t = Template("Dear $name, your order #$order_id ships ${when}. Cost: $$${cost}.")
print(t.substitute(name="Ana", order_id=1042, when="today", cost="9.99"))
print(t.substitute({"name": "Bo", "order_id": 7, "when": "soon"}, cost=1))
print(t.safe_substitute(name="Cy"))
print(t.get_identifiers(), t.is_valid(), Template("$ 5").is_valid())
try:
    t.substitute(name="x")
except KeyError as e:
    print("KeyError:", e)
try:
    Template("line one\ncost: $5").substitute()
except ValueError as e:
    print("ValueError:", e)
print(Template("$a$b ${a}x $$a $").safe_substitute(a=1))
class PctTemplate(Template):
    delimiter = "%"
print(PctTemplate("%who likes %%what and %{thing}s").substitute(who="Tim", thing="cake"))

fmt = Formatter()
print(fmt.format("{} + {} = {total:>5}", 2, 3, total=5))
print(fmt.format("{0[name]} is {0[age]:d} / {1.real} {2!r:>6}", {"name": "Eve", "age": 30}, 4j, "x"))
print(fmt.format("{:{w}.{p}f}|{:^9}|", 3.14159, "mid", w=8, p=2))
print(list(fmt.parse("a{0}b{name!s:>3}c{{d}}")))
class Upper(Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
print(Upper().format("{} and {x}", "left", x="right"))
try:
    fmt.format("{} {0}", 1)
except ValueError as e:
    print("ValueError:", e)

text = ("The Zen of Python, by Tim Peters. Beautiful is better than ugly. "
        "Explicit is better than implicit. Simple is better than complex. "
        "Complex is better than complicated -- flat is better than nested. "
        "Sparse is better than dense; readability counts; special cases "
        "aren't special enough to break the rules, although practicality "
        "beats purity. A well-known, state-of-the-art, self-documenting design.")
for width in (20, 35, 60):
    print(f"--- width {width}")
    print(textwrap.fill(text, width))
print(textwrap.wrap("short"), textwrap.wrap(""), textwrap.wrap("   "))
print(textwrap.wrap("Supercalifragilisticexpialidocious is long", 10))
print(textwrap.wrap("Supercalifragilisticexpialidocious is long", 10, break_long_words=False))
print(textwrap.wrap("a-very-hyphenated-compound-word here", 12))
print(textwrap.wrap("a-very-hyphenated-compound-word here", 12, break_on_hyphens=False))
print(textwrap.fill("Hello.  World!  Again? yes.", 15, fix_sentence_endings=True))
print(textwrap.fill(text, 50, initial_indent="  * ", subsequent_indent="    "))
print(textwrap.wrap(text, 40, max_lines=3))
print(textwrap.shorten("Hello  world!   How are you today?", 20))
print(textwrap.shorten(text, 60, placeholder=" ..."))
print(repr(textwrap.fill("tabs\there\tand\nnewlines", 12)))
print(textwrap.wrap("  leading and trailing  ", 10, drop_whitespace=False))
code = """
    def greet(name):
        if name:
            print("hi", name)
  \t
        return None
"""
print(textwrap.dedent(code))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("   x\n    y\n   \n")))
print(textwrap.indent("line1\nline2\n\nline4\n", "> "), end="")
print(textwrap.indent("a\n\nb", "+ ", lambda line: True))
report = {"alpha": "First entry with a long explanation that needs wrapping onto several lines.",
          "beta": "Short one.",
          "gamma": "Another fairly long description, wrapped with a hanging indent for the label."}
for key, desc in report.items():
    label = f"{key:<6}: "
    print(textwrap.fill(desc, 44, initial_indent=label, subsequent_indent=" " * len(label)))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print("ValueError:", e)
