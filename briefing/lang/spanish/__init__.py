"""Spanish."""

CODE = "es"
NAME = "spanish"
