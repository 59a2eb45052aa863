"""English: the reference language, with every part."""

CODE = "en"
NAME = "english"
