class Simple:
    cls_attr = 1
    def __init__(self):
        self.inst_attr = 2
    def method(self):
        pass
    @property
    def prop(self):
        return 3
names = [n for n in dir(Simple()) if not n.startswith("__")]
print(names)
print([n for n in dir(Simple) if not n.startswith("_")])
print("method" in dir(Simple), "inst_attr" in dir(Simple))
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir({}) if not n.startswith("_")])
