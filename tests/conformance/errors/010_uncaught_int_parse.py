data = ["1", "2", "abc"]
print(sum(int(x) for x in data[:2]))
print(int(data[2]))
