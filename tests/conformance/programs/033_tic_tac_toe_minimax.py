LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


def winner(b):
    for a, c, d in LINES:
        if b[a] != " " and b[a] == b[c] == b[d]:
            return b[a]
    return "draw" if " " not in b else None


calls = 0
memo = {}


def minimax(b, player):
    global calls
    calls += 1
    key = (b, player)
    if key in memo:
        return memo[key]
    w = winner(b)
    if w == "X":
        return 1, None
    if w == "O":
        return -1, None
    if w == "draw":
        return 0, None
    best = None
    for i in range(9):
        if b[i] == " ":
            nb = b[:i] + player + b[i + 1:]
            score, _ = minimax(nb, "O" if player == "X" else "X")
            if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
                best = (score, i)
    memo[key] = best
    return best


def show(b):
    rows = [" " + " | ".join(b[r * 3:r * 3 + 3]) for r in range(3)]
    return "\n---+---+---\n".join(rows)


def play(first_moves):
    b = " " * 9
    player = "X"
    scripted = list(first_moves)
    history = []
    while winner(b) is None:
        if scripted:
            move = scripted.pop(0)
        else:
            _, move = minimax(b, player)
        b = b[:move] + player + b[move + 1:]
        history.append(f"{player}{move}")
        player = "O" if player == "X" else "X"
    return b, history, winner(b)


print("value of empty board:", minimax(" " * 9, "X"))
for opening in [[], [0], [4, 0], [0, 1, 2], [1, 0, 2, 4]]:
    board, hist, w = play(opening)
    print(f"opening {opening}: {' '.join(hist)} -> {w}")
    print(show(board))
print("positions cached:", len(memo), "calls > cached:", calls > len(memo))
print(winner("XXXOO    "), winner("XOXOXOOXO"), winner("XOXXOOOXX"), winner("         "))
