"""Portuguese."""

CODE = "pt"
NAME = "portuguese"
