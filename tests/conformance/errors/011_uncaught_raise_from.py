def load():
    try:
        return {}["path"]
    except KeyError as e:
        raise LookupError("config missing 'path'") from e
print("loading")
load()
