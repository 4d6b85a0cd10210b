import sys
print("validating input")
sys.exit("fatal: invalid configuration")
