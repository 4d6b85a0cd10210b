s = "abc" "def"
print(s)
t = ("first line, "
     "second part, "
     'third part')
print(t)
print("x" 'y' """z""")
n = 5
print("value: " f"{n}" " end")
print(r"\raw" "\tcooked")
words = ("alpha"
         "beta")
print(len(words))
print(b"by" b"tes")
