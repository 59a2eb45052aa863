"""German."""

CODE = "de"
NAME = "german"
