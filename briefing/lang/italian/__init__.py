"""Italian."""

CODE = "it"
NAME = "italian"
