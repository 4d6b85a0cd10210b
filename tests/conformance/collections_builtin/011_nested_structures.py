db = {
    "users": [
        {"id": 1, "name": "ann", "tags": ["admin", "dev"]},
        {"id": 2, "name": "bo", "tags": []},
    ],
    "meta": {"version": (1, 2), "flags": {"beta": True}},
}
print(db["users"][0]["tags"][-1])
print(db["meta"]["version"][1])
db["users"].append({"id": 3, "name": "cy", "tags": ["dev"]})
print([u["name"] for u in db["users"] if "dev" in u["tags"]])
by_id = {u["id"]: u for u in db["users"]}
print(sorted(by_id), by_id[2]["name"])
print(db["meta"])
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
shared = [[0] * 3] * 3
shared[1][1] = 5
print(shared)
tree = {"v": 1, "kids": [{"v": 2, "kids": []}, {"v": 3, "kids": [{"v": 4, "kids": []}]}]}
def total(t):
    return t["v"] + sum(total(k) for k in t["kids"])
print(total(tree))
print(db)
