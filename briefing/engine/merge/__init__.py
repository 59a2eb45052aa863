"""Merge near-duplicate sentences from different articles into one claim each.

Outlets retell the same fact in their own words, quote the same remark (sometimes in a
translation), or reprint the same wire copy.  :class:`Merger` finds those sentence groups so that
one :class:`~briefing.model.Point` can cite every source that carries the claim.

The package divides as the work does:

* :mod:`.features`: what is known of each sentence (stems, quotations, figures) and how two
  sentences are compared (:class:`Comparer`, :class:`CompareOptions`);
* :mod:`.grouping`: :class:`Merger`, which groups the sentences of a story (:class:`SearchOptions`);
* :mod:`.wording`: the representative wording of a group (:func:`clarity`, :func:`representative`);
* :mod:`.citations`: exact citation spans (:func:`citation`, :func:`citations_of`) and outlets;
* :mod:`.support`: whether one sentence supports another (:func:`.support.conflict`);
* :mod:`.points`: :func:`merge`, sentences in, points out (``briefing.find_points``, articles in,
  is :mod:`briefing.engine.points`).
"""

from __future__ import annotations

from .citations import citation, citations_of, outlet_key
from .features import (SUPPORT_MODEL, Comparer, CompareOptions, Features, StoryFeatures, SupportModel, idf_of,
                       names_of, normalise, numbers, quotations, story_features)
from .grouping import Grouping, Merger, SearchOptions
from .points import merge
from .wording import clarity, representative, support_matrix

__all__ = [
    "SUPPORT_MODEL", "Comparer", "CompareOptions", "Features", "Grouping", "Merger", "SearchOptions", "StoryFeatures",
    "SupportModel",
    "citation", "citations_of", "clarity", "idf_of", "merge", "names_of", "normalise", "numbers",
    "outlet_key", "quotations", "representative", "story_features", "support_matrix",
]
