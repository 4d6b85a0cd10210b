MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
DAYS = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def days_in_month(y, m):
    if m == 2:
        return 29 if is_leap(y) else 28
    return 30 if m in (4, 6, 9, 11) else 31


def weekday(y, m, d):
    """Monday=0 .. Sunday=6 (Zeller-style, computed by hand)."""
    if m < 3:
        m += 12
        y -= 1
    k = y % 100
    j = y // 100
    h = (d + (13 * (m + 1)) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7


def month_lines(y, m):
    title = f"{MONTHS[m - 1]} {y}"
    lines = [title.center(20).rstrip(), " ".join(DAYS)]
    first = weekday(y, m, 1)
    cells = ["  "] * first + [f"{d:2}" for d in range(1, days_in_month(y, m) + 1)]
    while len(cells) % 7:
        cells.append("  ")
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]).rstrip())
    return lines


def print_quarter(y, months):
    blocks = [month_lines(y, m) for m in months]
    height = max(len(b) for b in blocks)
    for b in blocks:
        b.extend([""] * (height - len(b)))
    for row in zip(*blocks):
        print("   ".join(r.ljust(20) for r in row).rstrip())


for line in month_lines(2024, 2):
    print(line)
print()
print_quarter(2023, [1, 2, 3])
print()
print([y for y in range(1896, 1920) if is_leap(y)])
print(sum(days_in_month(2000, m) for m in range(1, 13)), sum(days_in_month(1900, m) for m in range(1, 13)))
print(DAYS[weekday(2000, 1, 1)], DAYS[weekday(1969, 7, 20)], DAYS[weekday(2038, 1, 19)])
fri13 = [(y, m) for y in range(2024, 2027) for m in range(1, 13) if weekday(y, m, 13) == 4]
print("Friday 13ths:", fri13)


def day_of_year(y, m, d):
    return sum(days_in_month(y, i) for i in range(1, m)) + d


print(day_of_year(2024, 12, 31), day_of_year(2023, 3, 1))
