"""French."""

CODE = "fr"
NAME = "french"
