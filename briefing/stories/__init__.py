"""Stories: grouping a feed of many stories, and the digest that briefs each one.

    from briefing import load_articles, group_stories
    stories = group_stories(load_articles(["feed.jsonl"]))
    for s in stories:
        print(s.id, s.title, len(s.articles))

:mod:`.vectors` turns articles into TF-IDF vectors and finds the pairs worth comparing,
:mod:`.linkage` clusters them, :mod:`.group` makes the stories; :mod:`.digest` (the top layer,
which renders and runs processes) briefs each story.
"""

from .group import Story, StoryGrouper, article_id, group_stories

__all__ = ["Story", "StoryGrouper", "article_id", "group_stories"]
