values = ["10", "x", "30", "", "5.5", "7"]
total = 0
errors = []
for v in values:
    try:
        total += int(v)
    except ValueError as e:
        errors.append(str(e))
        continue
    finally:
        pass
print(total)
for err in errors:
    print(err)
def first_valid(items):
    for item in items:
        try:
            return 100 // item
        except ZeroDivisionError:
            print("skip zero")
        except TypeError as e:
            print("skip:", e)
    return None
print(first_valid([0, "a", 0, 4]))
print(first_valid([0]))
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError(f"attempt {attempts} failed")
        print("connected after", attempts)
        break
    except ConnectionError as e:
        print(e)
