class ValidationError(Exception):
    def __init__(self, field, problem):
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}")
    def __repr__(self):
        return f"ValidationError({self.field!r}, {self.problem!r})"
def validate(user):
    errors = []
    if not user.get("name"):
        errors.append(ValidationError("name", "required"))
    if not isinstance(user.get("age"), int):
        errors.append(ValidationError("age", "must be int"))
    elif user["age"] < 0:
        errors.append(ValidationError("age", "must be >= 0"))
    if errors:
        raise errors[0]
    return True
for u in [{"name": "a", "age": 3}, {"age": 1}, {"name": "b", "age": "x"}, {"name": "c", "age": -1}]:
    try:
        print(validate(u))
    except ValidationError as e:
        print(str(e), "|", repr(e), "|", e.field, e.args)
class Simple(Exception):
    pass
s = Simple("msg", 2)
print(s.args, str(s))
