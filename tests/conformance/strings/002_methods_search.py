s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.find("cat"))
print(s.rfind("the"), s.rfind("o"))
print(s.index("fox"))
try:
    s.index("cat")
except ValueError as e:
    print(e)
print(s.count("o"), s.count("the"), s.count(""))
print(s.startswith("the"), s.startswith(("a", "t")), s.endswith("dog"), s.endswith("cat"))
print(s.startswith("quick", 4))
print("fox" in s, "cat" not in s)
print("aaa".count("aa"))
print(s.rindex("o"))
print("abc".find(""), "abc".rfind(""))
