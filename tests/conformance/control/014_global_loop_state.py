fizz = []
for i in range(1, 21):
    if i % 15 == 0:
        fizz.append("FizzBuzz")
    elif i % 3 == 0:
        fizz.append("Fizz")
    elif i % 5 == 0:
        fizz.append("Buzz")
    else:
        fizz.append(str(i))
print(" ".join(fizz))
a, b = 0, 1
fibs = []
while a < 100:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
n = 12345
digits = []
while n:
    n, d = divmod(n, 10)
    digits.append(d)
print(digits[::-1], sum(digits))
