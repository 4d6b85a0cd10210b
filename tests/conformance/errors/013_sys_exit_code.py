import sys
print("doing work")
sys.exit(3)
print("unreachable")
