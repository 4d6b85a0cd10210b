class LibraryError(Exception):
    pass


class Book:
    def __init__(self, isbn, title, author, year, copies=1):
        self.isbn, self.title, self.author, self.year = isbn, title, author, year
        self.copies = copies
        self.loans = []

    @property
    def available(self):
        return self.copies - len(self.loans)

    def __repr__(self):
        return f"<{self.title} ({self.year}) {self.available}/{self.copies}>"


class Member:
    LIMIT = 2

    def __init__(self, mid, name):
        self.mid, self.name = mid, name
        self.books = []
        self.fines = 0

    def __repr__(self):
        return f"Member({self.mid}, {self.name}, books={len(self.books)}, fines={self.fines})"


class Library:
    DAILY_FINE = 25
    LOAN_DAYS = 14

    def __init__(self):
        self.books = {}
        self.members = {}
        self.day = 0
        self.events = []

    def add_book(self, *args, **kw):
        b = Book(*args, **kw)
        self.books[b.isbn] = b

    def join(self, mid, name):
        self.members[mid] = Member(mid, name)

    def checkout(self, mid, isbn):
        m = self.members[mid]
        b = self.books.get(isbn)
        if b is None:
            raise LibraryError(f"unknown isbn {isbn}")
        if m.fines > 100:
            raise LibraryError(f"{m.name} owes {m.fines}")
        if len(m.books) >= m.LIMIT:
            raise LibraryError(f"{m.name} reached limit of {m.LIMIT}")
        if not b.available:
            raise LibraryError(f"'{b.title}' unavailable")
        due = self.day + self.LOAN_DAYS
        b.loans.append((mid, due))
        m.books.append(isbn)
        self.events.append(f"day {self.day}: {m.name} took '{b.title}' due {due}")

    def checkin(self, mid, isbn):
        m = self.members[mid]
        b = self.books[isbn]
        for loan in b.loans:
            if loan[0] == mid:
                b.loans.remove(loan)
                m.books.remove(isbn)
                late = max(0, self.day - loan[1])
                if late:
                    m.fines += late * self.DAILY_FINE
                self.events.append(f"day {self.day}: {m.name} returned '{b.title}' late={late}")
                return late
        raise LibraryError(f"{m.name} does not have '{b.title}'")

    def advance(self, days):
        self.day += days

    def search(self, text):
        t = text.lower()
        return sorted((b for b in self.books.values() if t in b.title.lower() or t in b.author.lower()),
                      key=lambda b: (b.year, b.title))


lib = Library()
lib.add_book("111", "Dune", "Frank Herbert", 1965, copies=2)
lib.add_book("222", "Neuromancer", "William Gibson", 1984)
lib.add_book("333", "The Left Hand of Darkness", "Ursula K. Le Guin", 1969)
lib.add_book("444", "Hyperion", "Dan Simmons", 1989)
lib.join(1, "Ana")
lib.join(2, "Ben")
actions = [
    ("checkout", 1, "111"), ("checkout", 2, "111"), ("checkout", 2, "111"), ("checkout", 1, "222"),
    ("checkout", 1, "333"), ("advance", 20), ("checkin", 1, "111"), ("checkin", 2, "222"),
    ("checkout", 2, "999"), ("advance", 10), ("checkin", 1, "222"), ("checkout", 1, "444"),
    ("checkin", 2, "111"), ("checkout", 2, "333"),
]
for a in actions:
    try:
        if a[0] == "advance":
            lib.advance(a[1])
        else:
            r = getattr(lib, a[0])(*a[1:])
            if r is not None:
                print(f"{a} -> late {r}")
    except LibraryError as e:
        print(f"{a} !! {e}")
print("\n".join(lib.events))
print(list(lib.members.values()))
print(lib.search("an"), lib.search("19"), lib.search("gibson"))
print({isbn: b.available for isbn, b in lib.books.items()})
