"""The engine: from articles to a Briefing (see :func:`briefing.engine.pipeline.build_briefing`).

``pipeline.brief`` runs named stages over a :class:`~briefing.engine.story.Story`: represent,
score, merge, score points, select, cluster, label. One module per step; scoring algorithms are
selected by name (``summarize.ALGORITHMS``). The engine starts no process: a stage runs beside
the others only through the runner the caller passes in (``runner.py``).
"""
