import sys
try:
    print("work")
    sys.exit(0)
finally:
    print("finally still runs")
