stock = {"apples": 5, "pears": 0, "kiwis": 12}
for k in stock:
    print(k, end=";")
print()
for k, v in stock.items():
    if v == 0:
        print("out:", k)
for k in list(stock):
    if stock[k] == 0:
        del stock[k]
print(stock)
print(sum(stock.values()), max(stock.values()))
merged = dict(stock)
merged.update(pears=3, plums=7)
print(merged)
print(sorted(merged, key=merged.get, reverse=True))
print({k: v for k, v in merged.items() if v > 4})
print(list(zip(merged.keys(), merged.values())) == list(merged.items()))
print(dict(reversed(list(merged.items()))))
