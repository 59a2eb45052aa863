"""Stop words. ``stopwords.txt`` beside this file adds to the list sumy ships (the engine's index terms);
``ANALYSIS`` is the cross-source analysis's own list (labels, figures)."""

#: Function words of the analysis.
ANALYSIS = frozenset(
    "a an the and or but of to in on at by for with from as is are was were be been being has have "
    "had do does did will would could should may might must can that which who whom whose this "
    "these those it its their his her our we they he she i you not no than then so such if "
    "while when where what how also just only more most some any all each both other another "
    "same own very after before over under about into up down out off again further once "
    "there here because until since against between through during without within".split()
)
