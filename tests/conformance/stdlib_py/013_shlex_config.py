# A small config/command parser built on shlex
import shlex

CONFIG = """
# deployment settings
set name "inventory service"
set path '/srv/app data/current'
set greeting "it's \\"live\\""   # trailing comment
add-host web1.internal 10.0.0.5
add-host 'db primary' 10.0.0.9
run ./manage.py migrate --settings=prod --verbosity 2
run echo "a;b" ; echo done
"""

settings, hosts, commands = {}, [], []
for lineno, line in enumerate(CONFIG.splitlines(), 1):
    tokens = shlex.split(line, comments=True)
    if not tokens:
        continue
    cmd, *args = tokens
    if cmd == "set":
        settings[args[0]] = args[1]
    elif cmd == "add-host":
        hosts.append(tuple(args))
    elif cmd == "run":
        commands.append(args)
    print(f"{lineno:2d}: {tokens}")
print(settings)
print(hosts)
for c in commands:
    print(shlex.join(c))

print(shlex.split('a "b c" d\\ e \'f g\''))
print(shlex.split("echo 'it'\"'\"'s'"))
print(shlex.split('x # not a comment here'), shlex.split('x # comment', comments=True))
print(shlex.split('ab"cd"ef \'\' ""'))
print(shlex.split('"a\\"b" \'a\\\'b'.replace("\\'b", "b'")))
print(shlex.split("a 'b c' d", posix=False), shlex.split('"a b" c', posix=False))
for s in ("", "simple", "with space", "it's", "$HOME/dir", "a;b", "tab\there", "safe-name_1.0+x@y%z=w:v,u/"):
    print(repr(shlex.quote(s)))
for bad in ('"unterminated', "trailing\\"):
    try:
        shlex.split(bad)
    except ValueError as e:
        print("ValueError:", e)

lex = shlex.shlex("grep -r 'TODO' src/ && wc -l < files.txt | sort > out", punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("a = b + 'c d' # comment\nnext line")
print([tok for tok in lex], lex.lineno)
lex = shlex.shlex('key=value other="x y"', posix=True)
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex("first second third")
print(lex.get_token(), end=" ")
lex.push_token("pushed")
print(lex.get_token(), lex.get_token(), lex.get_token(), repr(lex.get_token()))
