"""The engine: represent, score, merge, cluster and select (see ``pipeline.build_briefing``).

One module per step; scoring algorithms are selected by name (``summarize.ALGORITHMS``).
"""
