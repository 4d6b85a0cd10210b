"""urllib package (Tauraro): only urllib.parse is provided."""
