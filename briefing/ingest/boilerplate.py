"""Boilerplate: lines of a news page that are not the story.

Rules are about the shape of a line, not about particular sites, so they carry over to pages
they were not written for:

- captions and credits: short lines that name a photo/credit (``Photo: Reuters``,
  ``[Alex Brandon/Pool via Reuters]``, ``(Saul Loeb/Pool/AFP/Getty Images/TNS)``,
  ``Sergei Bobylev / TASS``) and the caption text next to them that is not a sentence;
- counters and share prompts (``6070 views 4 comment(s)``, ``Share on Facebook``, ``Tweet``);
- navigation and page furniture (``Related Articles`` and the link titles under it, ``Back to top
  button``, ``Read more``, ``Advertisement``, ``Bonus video:``, breadcrumbs, lone section labels);
- notes about the text rather than the story: translation disclaimers, reprint notes
  (``This article was originally published by ... reprinted with permission``), source lines
  (``Source: Al Jazeera and news agencies``), ``Original url:`` and bare URLs, copyright lines,
  editors' sign-off codes (``is/mp/ks``), ``(Reporting by ...; Editing by ...)``;
- byline-only and date-only lines.

Some of these lines carry metadata (the reprinting outlet, the source, the URL); the cleaner
returns it as :class:`Hints` so that nothing is lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lazyre import lazy
from .outlets import CREDIT_WORDS, canonical_outlet

TERMINAL = tuple('.!?…:;"\'»”’')

_CREDIT_ALT = "|".join(sorted(map(re.escape, CREDIT_WORDS), key=len, reverse=True))
_CREDIT_WORD = lazy(rf"(?<![A-Za-z])(?:{_CREDIT_ALT})(?![a-z])")

# "Photo: Reuters", "Lavrovphoto: Reuters", "Image source, Getty Images", "Credit: AP"
_PHOTO_LABEL = lazy(
    r"(?:photo(?:graph)?s?|image|picture|foto|credit|illustration|video|caption|fotografía|photo credit)"
    r"\s*(?::|by\b|source\b|credit\b|caption\b|©|\(c\))",
    re.I,
)
_CREDIT_END = lazy(r"[(\[]\s*(?P<inner>[^()\[\]]{2,100}?)\s*[)\]]\s*$")
_NAME_SLASH_AGENCY = lazy(
    r"(?:^|\s)(?:\*\*|__|_|\*)?(?:[A-Z][\w.'-]+\s+){1,3}[A-Z][\w.'-]*\s*/\s*[A-Z][\w.&' -]{1,40}?(?:\*\*|__|_|\*)?\s*$"
)
_COPYRIGHT = lazy(r"^(?:©|\(c\)|copyright\b)|all rights reserved|^\s*©", re.I)
_COUNTER = re.compile(
    r"^(?:[\d.,]+\s*[kKmM]?\s*(?:views?|comments?|comment\(s\)|shares?|likes?|reads?|reactions?|replies|"
    r"min(?:ute)?s?\s+read|minutes?|vues?|commentaires?|visitas|comentarios)(?!\w)[\s|·•,/]*)+$"
    r"|^(?:views?|comments?|shares?|reading time)\s*[:(]?\s*[\d.,]+\s*(?:min(?:ute)?s?)?\)?$"
    r"|^(?:updated\s+|published\s+)?(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago$"
    r"|^(?:photo|image|picture|slide)?\s*\d{1,3}\s*(?:/|of)\s*\d{1,3}$"
    r"|^video duration\b.{0,40}$|^\d{1,2}:\d{2}(?::\d{2})?$",
    re.I,
)
_SOCIAL = (
    r"share|shares|sharing|tweet|retweet|print|email|e-mail|mail|copy|link|copied|facebook|twitter|x|whatsapp|"
    r"linkedin|telegram|reddit|pinterest|messenger|viber|flipboard|pocket|on|this|the|article|story|post|page|"
    r"via|to|with|friends?|opens|in|new|window|tab|save|bookmark|comment|comments|url|gift|send|show|more|less|"
    r"options|partager|compartir|teilen|icon|button"
)
_SHARE = lazy(rf"^(?:(?:{_SOCIAL})\b[\s|·•,:()/-]*)+$", re.I)
_SHARE_START = lazy(
    r"^(?:share(?:\s+(?:this|on|via|the (?:article|story|page|post)|article|story|post|page|with (?:friends|your))\b|\s*:|\s*$)"
    r"|tweet(?:\s+this)?\b|click to share|partager|compartir)",
    re.I,
)

# page furniture: whole-line labels
_NAV_EXACT = re.compile(
    r"^(?:related(?: articles?| stories| posts| news| content| coverage| topics| links| reading)?|"
    r"more (?:on this|stories|news|from|in|like this|about)\b.*|read (?:more|also|next|the full story)|"
    r"see also|also read|must read|recommended(?: for you| stories)?|you (?:may|might) (?:also )?like|"
    r"most (?:read|popular|viewed|shared)|trending(?: now)?|top stories|latest(?: news| stories)?|editor'?s picks?|"
    r"back to top(?: button)?|skip to (?:main )?content|jump to|scroll to top|go to top|"
    r"advertisement|advertising|sponsored(?: content)?|ad|ads|promoted|"
    r"(?:bonus |related |watch )?video|watch|listen|listen to (?:this )?article|audio|play|pause|"
    r"tags?|topics?|filed under|categories|category|keywords|"
    r"comments?|leave a (?:comment|reply)|show comments|load more|view comments|post a comment|"
    r"continue reading|click here|loading|menu|search|home|close|close panel|open|expand|collapse|next|previous|"
    r"published|updated|posted|about sharing|copy link|share page|share via|image caption|media caption|embed|"
    r"reuse this content|show more|show less|save|saved|follow|unfollow|print this page|donate|"
    r"explore more on these topics|have your say|join the conversation|most viewed|most commented|"
    r"(?:story|article) continues(?: below(?: advertisement)?)?|continue reading below|"
    r"subscribe|sign (?:up|in)|log ?in|register|newsletter|follow us|follow|"
    r"print|share|share this|share article|share this article|share this story|"
    r"photo|photos|gallery|image|images|"
    r"lire aussi|à lire aussi|voir aussi|leer más|lea también|mehr zum thema|auch interessant)"
    r"\s*(?::|\.\.\.|…|»|>+|›|-)?\s*$",
    re.I,
)
# short lines that open with a call to action
_NAV_START = lazy(
    r"^(?:subscribe|sign up|follow us|follow (?:the )?\w+ on|join (?:us|our)|download (?:our|the) app|"
    r"click here|read more|read also|related:|see also|watch:|listen:|video:|watch live|"
    r"bonus video|tags:|topics:|filed under|more:|also read|get (?:our|the) (?:free )?newsletter|"
    r"we use cookies|this (?:site|website) uses cookies|accept (?:all )?cookies|reject (?:all )?cookies|"
    r"manage (?:cookies|preferences)|cookie (?:settings|policy|preferences)|privacy policy|terms of (?:use|service)|support (?:our|independent) journalism|"
    r"our standards:|the thomson reuters trust principles|read the original article|register now|"
    r"follow (?:\w+'s )?(?:coverage|live coverage|live updates|updates)|get the latest|"
    r"(?:story|article) continues below|advertisement\b|sponsored content|"
    r"lire aussi|à lire aussi|leer más|mehr zum thema)(?:\b|(?<=:))",
    re.I,
)
_SECTIONS = re.compile(
    r"^(?:news|world|world news|politics|business|economy|markets|finance|opinion|analysis|editorial|"
    r"features?|sport|sports|tech|technology|science|health|culture|arts|entertainment|lifestyle|travel|"
    r"europe|asia|africa|americas|middle east|us|u\.s\.|uk|international|national|local|region|regions|"
    r"breaking|breaking news|latest|live|exclusive|explainer|investigations?|diplomacy|security|defen[cs]e|"
    r"conflict|war|ukraine|russia|russia-ukraine war|ukraine crisis|world/europe|news/world|"
    r"monde|international|politique|économie|política|mundo|internacional|politik|ausland|welt)$",
    re.I,
)
_CRUMB = r"\s*[\w'&.-]+(?: [\w'&.-]+){0,2}\s*"  # one to three words
_BREADCRUMB = lazy(rf"^{_CRUMB}(?:(?:>|»|›|/|\|){_CRUMB}){{1,6}}$")
_DISCLAIMER = lazy(r"^\s*(?:disclaimer|note to readers|editor'?s note|editors?|eds?\.?(?: note)?)\s*:", re.I)
_TRANSLATION = lazy(
    r"(?:translat\w*|traduc\w*|übersetz\w*).{0,80}?(?:\bai\b|machine|automatic|automated|software|accura|"
    r"mistakes|errors|google|deepl|may not|might not)|(?:\bai\b|machine|automatic(?:ally)?|automated)\s+"
    r"(?:translat\w*|traduc\w*)",
    re.I,
)
_REPRINT = lazy(
    r"(?:originally|first)\s+(?:published|appeared|ran)\s+(?:by|in|on|at)\s+(?P<outlet>.+?)"
    r"(?:\s+(?:and|,)\s+(?:is\s+)?(?:re(?:printed|published|produced)|used)\b|\s+on\s+\w+\s+\d|\s*[.,;(]|$)"
    r"|(?:re(?:printed|published|produced)|shared|used)\s+(?:here\s+)?with\s+(?:the\s+)?(?:kind\s+)?permission(?:\s+(?:of|from)\s+(?P<outlet2>.+?))?\s*(?:[.,;(]|$)"
    r"|(?:courtesy of|republished from|reprinted from)\s+(?P<outlet3>.+?)\s*(?:[.;(]|$)",
    re.I,
)
_REPRINT_CONTEXT = lazy(
    r"\b(?:this|the following|the original)\s+(?:article|story|piece|report|post|interview|column|op-ed|"
    r"commentary|analysis|version|text)\b|^(?:originally|first)\s+(?:published|appeared)|re(?:printed|published)|"
    r"with (?:the )?(?:kind )?permission|courtesy of",
    re.I,
)
_SOURCE_LINE = lazy(r"^(?:sources?|source\(s\)|fuente|quelle)\s*:\s*(?P<value>.{2,120})$", re.I)
_URL_LABEL = lazy(
    r"^(?:original (?:url|link|article|source)|source (?:url|link)|url|link|permalink|originally published (?:at|on))\s*:\s*(?P<url>\S.*)?$",
    re.I,
)
_URL_PIECE = lazy(r"[\w\-./?=&%#~+:]*[-/?=&%#~+_]?[\w\-./?=&%#~+:]*")  # a piece of a broken URL
_SIGNOFF_CODE = lazy(r"^\(?[a-z]{1,4}(?:\s?/\s?[a-z]{1,4}){1,6}\)?(?:\s*\([A-Za-z ,/]{1,60}\))?$")
_STAFF_CREDIT = lazy(
    r"^\(?\s*(?:additional |further )?(?:reporting|writing|editing|edited|written|compiled|translated|translation|"
    r"research|graphics|production|produced)\s+by\s+.{2,300}$"
    r"|^.{0,120}\bcontributed (?:to )?(?:this |the )?(?:report|reporting|story|article)\b.{0,60}$"
    r"|^[A-Z][\w'-]+(?:(?:,| and) [A-Z][\w'-]+){0,3} (?:reported|wrote|contributed) (?:from|in) [A-Z][\w.'-]*(?:(?:,| and)? [A-Z][\w.'-]*){0,4}\.?$",
    re.I,
)
_BYLINE = lazy(
    r"^(?i:by|par|por|von|di|written by|words by|posted by|author)\s*:?\s+(?P<who>[A-ZÀ-Ý\u0400-\u042f][^.!?]{1,150})$"
)
# "Patrick Wintour Diplomatic editor", "Jane Doe, Moscow correspondent": a name and a newsroom role
_NAME_ROLE = lazy(
    r"^(?P<name>[A-ZÀ-Ý][\w'’.-]+(?: [A-ZÀ-Ý][\w'’.-]+){1,3}?),? (?:(?:[A-Za-z]+ ){0,3})"
    r"(?i:editor|correspondent|reporter|writer|columnist|journalist|contributor|bureau chief|staff writer)"
    r"(?: (?:in|at|for) [A-Z][\w ]{1,30})?$"
)
# "Amara Abara | The Maple Gazette": a person's name, a bar or dash, an outlet
_NAME_BAR_OUTLET = lazy(
    r"^(?:(?i:by)\s+)?(?P<name>[A-ZÀ-Ý][\w'’.-]+(?: [A-ZÀ-Ý][\w'’.-]+){1,3})\s+[|–—]\s+"
    r"(?P<outlet>[A-Z][\w'’&.-]*(?: [A-Za-z][\w'’&.-]*){0,5})$"
)
_COPYRIGHT_OWNER = lazy(
    r"(?:©|\(c\)|copyright)\s*(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?[.,]?)?\s*(?P<owner>[A-Z][^.|©]{1,60}?)\s*(?:\.|\||all rights|$)",
    re.I,
)
_AUTHOR_LABEL = lazy(r"^(?:author|authors|reporter|byline)\s*:\s*(?P<who>.{2,120})$", re.I)


_PHOTO_KEYS = ("photo", "image", "picture", "foto", "credit", "illustration", "video", "caption")
_REPRINT_KEYS = ("originally", "first ", "permission", "courtesy", "republished", "reprinted", "reproduced")
_CREDIT_WORDS_ONLY = lazy(rf"(?:{_CREDIT_ALT})(?:\s*[/,]\s*(?:{_CREDIT_ALT}))*")


_PHOTO_CREDIT = lazy(
    r"\b(?:Getty|Images?|Pool|Photos?|File|Shutterstock|Handout|Alamy|ZUMA|NurPhoto|Press Service|"
    r"via (?:Reuters|AFP|AP|Getty|EPA|Bloomberg|TASS|Sputnik|Anadolu|Xinhua))\b"
)


def word_count(line: str) -> int:
    """Number of whitespace-separated words."""
    return len(line.split())


def is_sentence_like(line: str) -> bool:
    """True when the line reads like prose: ends with terminal punctuation and has a few words."""
    stripped = line.rstrip("*_ ")
    closed = stripped.rstrip(")]")
    return (closed.endswith(TERMINAL) and (closed == stripped or closed.endswith((".", "!", "?")))) and word_count(stripped) >= 4


def is_url_line(line: str) -> bool:
    """A line that is only a URL (possibly broken by a stray space)."""
    parts = line.strip().strip("<>").split()
    return (
        bool(parts)
        and len(parts) <= 3
        and bool(re.match(r"(?:https?://|www\.)[\w-]", parts[0], re.I))
        and all(_URL_PIECE.fullmatch(p) for p in parts[1:])
    )


def join_url(line: str) -> str:
    """A URL line with stray spaces removed (``high-stak es`` -> ``high-stakes``)."""
    return re.sub(r"\s+", "", line.strip().strip("<>"))


def _any_in(text: str, keys: tuple[str, ...]) -> bool:
    """True when one of ``keys`` occurs in ``text``."""
    for key in keys:
        if key in text:
            return True
    return False


def caption_credit(line: str) -> bool:
    """True for a caption or credit line (it names a photo, image or credit agency)."""
    text = line.strip().strip("*_").strip()
    return bool(text) and _caption(text, word_count(text))


def _caption(text: str, words: int) -> bool:
    """:func:`caption_credit` of a stripped, non-empty line of ``words`` words."""
    if words <= 30 and _any_in(text.lower(), _PHOTO_KEYS) and _PHOTO_LABEL.search(text):
        return True
    # every rule below needs a closing bracket or a slash: most prose has neither
    if ")" in text or "]" in text:
        m = _CREDIT_END.search(text)
        if m:
            # a credit in brackets ends a caption ("(Jane Doe/AFP via Getty Images)"); a lone agency
            # in brackets ("(Reuters)") ends a wire story and is not a caption
            inner = m["inner"]
            if ("/" in inner and _CREDIT_WORD.search(inner)) or _PHOTO_CREDIT.search(inner):
                return True
    tail = _NAME_SLASH_AGENCY.search(text) if "/" in text[-60:] else None
    if tail:
        agency = text[text.rfind("/") + 1 :].strip(" *_")
        if canonical_outlet(agency) or _CREDIT_WORD.search(agency) or agency.isupper():
            return True
    # a line made of credit words and names only: "AFP/Getty Images", "Alex Brandon/Pool via Reuters"
    if words <= 8 and not text.endswith(TERMINAL) and "/" in text and _CREDIT_WORD.search(text):
        return True
    if words <= 4 and _CREDIT_WORDS_ONLY.fullmatch(text):
        return True
    return False


_SENTENCE_END = lazy(r"(?<=[.!?])[\"')\]]?\s+(?=[\"'(\[]?[A-Z0-9])")


def strip_glued_caption(line: str) -> str:
    """A long paragraph that ends with a photo caption and credit keeps its prose.

    ``... said the report. An inflatable boat seized by Iran. (File photo: ...)``: when the text
    before a bracketed credit has several sentences and more than 40 words, only the last
    sentence (the caption) and the credit are removed. A shorter line is a caption as a whole.
    """
    if ")" not in line and "]" not in line:  # no bracketed credit at the end
        return line
    m = _CREDIT_END.search(line)
    if not m or word_count(line) <= 40:
        return line
    head = line[: m.start()].rstrip()
    cuts = [c.start() for c in _SENTENCE_END.finditer(head)]
    if not cuts or word_count(head[: cuts[-1]]) < 25:
        return line
    if not caption_credit(line):
        return line
    return head[: cuts[-1]].rstrip()


_INITIAL_END = re.compile(r"\b[A-Z]\.$")
_AUTHOR_SPLIT = lazy(r"\s+(?:for|pour|para|für|per)\s+|\s*[,|–—]\s*|\s+-\s+")
_SPACES = re.compile(r"\s+")
_NAME_PARTICLES = frozenset({"and", "&", "de", "del", "van", "von", "der", "da", "di", "la", "le", "bin", "al", "el", "y", "et", "und"})


def byline(line: str) -> tuple[str, str] | None:
    """(author, outlet) from a byline-only line such as ``By Shaun Tandon for AFP``, else None."""
    text = line.strip().strip("*_").strip()
    return _byline(text, word_count(text))


def _byline(text: str, words: int) -> tuple[str, str] | None:
    """:func:`byline` of a stripped line of ``words`` words."""
    if words > 14 or text.endswith((".", "!", "?")) and not _INITIAL_END.search(text):
        return None
    m = _BYLINE.match(text) or _AUTHOR_LABEL.match(text)
    if not m:
        role = _NAME_ROLE.match(text)
        return (role["name"], "") if role else None
    who = m["who"].strip().rstrip(".")
    outlet = ""
    parts = _AUTHOR_SPLIT.split(who, maxsplit=1)
    if len(parts) == 2 and parts[1].strip():
        who, outlet = parts[0].strip(), parts[1].strip()
    else:
        # "By JIM HEINTZ Associated Press": a known outlet at the end
        tokens = who.split()
        for k in range(min(4, len(tokens) - 1), 0, -1):
            name = canonical_outlet(" ".join(tokens[-k:]))
            if name:
                who, outlet = " ".join(tokens[:-k]), name
                break
    if canonical_outlet(who) and not outlet:
        return "", canonical_outlet(who) or who
    # every word of an author name starts with a capital letter (allow "and", "de", "van", ...)
    for word in _SPACES.split(who):
        if not word:
            continue
        if not (word[0].isupper() or word.lower() in _NAME_PARTICLES):
            return None
    if outlet:
        outlet = canonical_outlet(outlet) or outlet
    return who, outlet


@dataclass
class Hints:
    """Metadata found in boilerplate lines, kept while the lines are dropped."""

    reprint_outlet: str = ""
    source_outlet: str = ""
    signoff_outlet: str = ""
    url: str = ""
    authors: list[str] = field(default_factory=list)
    byline_outlets: list[str] = field(default_factory=list)
    lone_outlets: list[str] = field(default_factory=list)  # a line that is only an outlet's name
    copyright_outlet: str = ""
    dates: list[str] = field(default_factory=list)


def _outlet_name(raw: str) -> str:
    raw = re.sub(r"\s+(?:and|with|&)\s+(?:other\s+)?(?:news\s+)?(?:agencies|wires?|wire services)\b.*$", "", raw.strip(), flags=re.I)
    raw = re.sub(r"^(?:news\s+)?agencies$", "", raw, flags=re.I)
    raw = raw.strip(" .,;:")
    if not raw or word_count(raw) > 8:
        return ""
    return canonical_outlet(raw) or raw


def _caption_bare(bare: str, words: int) -> bool:
    """:func:`caption_credit` of a line already stripped by :func:`classify` (``words`` words)."""
    clean = bare.strip("*_").strip()
    return bool(clean) and _caption(clean, words if len(clean) == len(bare) else word_count(clean))


def _classify_long(bare: str, words: int, hints: Hints | None) -> str | None:
    """:func:`classify` for lines of 26 to 60 words (the same rules, only those that apply)."""
    low = bare.lower()
    if _DISCLAIMER.match(bare) or (("translat" in low or "traduc" in low or "übersetz" in low) and _TRANSLATION.search(bare)):
        return "disclaimer"
    if words <= 45 and _any_in(low, _REPRINT_KEYS) and _reprint(bare, hints):
        return "reprint"
    if bare.startswith("(") and _STAFF_CREDIT.match(bare):
        return "signoff"
    if _caption_bare(bare, words):
        return "caption"
    return None


def _reprint(bare: str, hints: Hints | None) -> bool:
    """A note that the text was first published elsewhere; stores the outlet it names."""
    m = _REPRINT.search(bare)
    if not m or not _REPRINT_CONTEXT.search(bare):
        return False
    if hints is not None:
        found = _outlet_name(m["outlet"] or m["outlet2"] or m["outlet3"] or "")
        if found and not hints.reprint_outlet:
            hints.reprint_outlet = found
    return True


# Characters that a case-insensitive pattern matches to an ASCII letter although ``str.lower``
# does not turn them into it (dotted and dotless i, long s, Kelvin sign): mapped before lowering,
# so that "keyword in folded" is a safe pre-test for a case-insensitive regex on the line.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_FOLD_PAIRS = tuple((chr(code), value) for code, value in _FOLD.items())


def _folded(text: str) -> str:
    """``text.translate(_FOLD).lower()``, quicker (``translate`` walks every character)."""
    for char, value in _FOLD_PAIRS:
        if char in text:
            text = text.replace(char, value)
    return text.lower()


_WORD_CHAR = re.compile(r"\w")
_DIGIT = re.compile(r"\d")
_SHARE_WORD = lazy(r"share|tweet|facebook|twitter|whatsapp|linkedin|telegram|e-?mail|print|copy|partager|compartir", re.I)
_BREADCRUMB_SEP = lazy(r"[>»›|]|\s/\s")
_SAYS = lazy(r"\b(?:said|says|told)\b")
_YEAR_END = lazy(r"\s+\d{4}$")
_COMPANY_END = lazy(r",?\s+(?:Inc|Ltd|LLC|plc|PLC|GmbH|S\.?A|Corp|Co|Limited)\.?$")
# pre-tests on the folded line: a rule can match only when its test passes (see classify)
_SHARE_HEADS = ("share", "tweet", "click", "partager", "compartir")
_NAV_START_HEADS = (
    "subscribe", "sign up", "follow", "join", "download", "click", "read", "related:", "see also", "watch",
    "listen", "video:", "bonus video", "tags:", "topics:", "filed under", "more:", "also read", "get ",
    "we use", "this site", "this website", "accept", "reject", "manage", "cookie", "privacy", "terms of",
    "support", "our standards:", "the thomson", "register", "story", "article", "advertisement", "sponsored",
    "lire aussi", "à lire aussi", "leer más", "mehr zum thema",
)
# the last character of a line _NAV_EXACT can match (labels end in an ASCII letter)
_NAV_LAST = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ\u0130\u0131\u017f\u212a:.…»>›-")
_STAFF_HEADS = (
    "additional ", "further ", "reporting", "writing", "editing", "edited", "written", "compiled", "translat",
    "research", "graphics", "production", "produced",
)
_SECTIONS_MAX = 24  # longer than any label _SECTIONS accepts


# Embedded posts and the furniture around them, and notes about editing the page: an embedded tweet
# ("... https://t.co/x — Jane Roe (@janeroe) July 3, 2019"), "A post shared by ... (@...)", the
# embed's own prompts ("You can add location information to your Tweets", "Embed this video",
# "0:32 autoplay"), annotation prompts ("I annotated it using Genius") and update notes
# ("Update July 3rd, 8:05AM ET: Added ...").
_EMBED = lazy(
    r"https?://t\.co/|pic\.twitter\.com/"
    r"|[—–-]\s*[^()\n]{1,60}\(@\w{1,15}\)\s*(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})?\s*$"
    r"|^A post shared by .{1,80}\(@[\w.]{1,30}\)"
    r"|add location information to your Tweets|^Embed this (?:Tweet|video|post|image)\b"
    r"|\bautoplay\b|^Embed\b.{0,80}\b\d{1,2}:\d{2}\b"
    r"|\bannotat\w* (?:it )?(?:using|with|on) Genius\b|\bsign up and annotate\b"
    r"|^Update(?:d)?\b[^:.!?]{0,40}?\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?\s*:(?!\d)",
    re.I,
)
_EMBED_KEYS = ("t.co/", "twitter.com", "(@", "post shared", "location information", "embed", "autoplay",
               "genius", "update")


def _maybe_embed(bare: str) -> bool:
    """A cheap test before :data:`_EMBED`: a word the pattern needs is in the line."""
    low = bare.lower()
    for key in _EMBED_KEYS:
        if key in low:
            return True
    return False


#: lines found to be content: the kind of a line depends on the line alone, and a feed repeats many
#: (wire copies, stock phrases), so they are not classified again (at most this many are kept)
_CONTENT: dict[str, None] = {}
_CONTENT_MAX = 50_000


def classify(line: str, hints: Hints | None = None) -> str | None:
    """The kind of boilerplate ``line`` is (``"caption"``, ``"nav"``, ...), or None for content.

    When ``hints`` is given, metadata found in the line (outlets, URL, author, date) is stored
    (only lines of some kind carry any).
    """
    if line in _CONTENT:
        return None
    kind = _classify(line, hints)
    if kind is None:
        if len(_CONTENT) >= _CONTENT_MAX:
            _CONTENT.clear()
        _CONTENT[line] = None
    return kind


def _classify(line: str, hints: Hints | None = None) -> str | None:
    """:func:`classify` without the memory of content lines.

    When ``hints`` is given, metadata found in the line (outlets, URL, author, date) is stored.
    The rules are tried in a fixed order; before an expensive pattern a cheap test on the
    folded line (a word it needs, a character it ends with) skips it when it cannot match, so
    ordinary prose passes through quickly.
    """
    text = line.strip()
    if not text:
        return "blank"
    bare = text.strip("*_# ").strip()
    if _maybe_embed(bare) and _EMBED.search(bare):
        return "embed"
    words = word_count(bare)
    if words > 60:  # only disclaimers and captions run this long
        if _DISCLAIMER.match(bare):
            return "disclaimer"
        return "caption" if _caption_bare(bare, words) else None
    if words > 25:  # prose-length lines: only the notes and captions that run this long
        return _classify_long(bare, words, hints)
    if not _WORD_CHAR.search(bare):
        return "rule"  # "___", "* * *", "•"
    low = bare.lower()
    folded = low if bare.isascii() else _folded(bare)
    if _COUNTER.match(bare):
        return "counter"
    if (
        words <= 12
        and ("share" in folded or "tweet" in folded or "facebook" in folded or "twitter" in folded
             or "whatsapp" in folded or "linkedin" in folded or "telegram" in folded or "mail" in folded
             or "print" in folded or "copy" in folded or "partager" in folded or "compartir" in folded)
        and _SHARE.match(bare)
        and _SHARE_WORD.search(bare)
    ):
        return "share"
    if words <= 14 and folded.startswith(_SHARE_HEADS) and _SHARE_START.match(bare) and not is_sentence_like(bare):
        return "share"
    last = bare[-1]
    if (
        (last in _NAV_LAST and (last != "." or bare.endswith("..."))) or folded.startswith("more ")
    ) and _NAV_EXACT.match(bare):
        return "nav"
    if (
        words <= 16
        and folded.startswith(_NAV_START_HEADS)
        and _NAV_START.match(bare)
        and (words <= 8 or not is_sentence_like(bare))
    ):
        return "nav"
    if len(bare) <= _SECTIONS_MAX and _SECTIONS.match(bare):
        return "label"
    if "|" in bare or "–" in bare or "—" in bare:
        m = _NAME_BAR_OUTLET.match(bare)
        if m and not any(_SECTIONS.match(w) or _NAV_EXACT.match(w) for w in m["name"].split()):
            if hints is not None:
                hints.authors.append(m["name"])
                hints.byline_outlets.append(canonical_outlet(m["outlet"]) or m["outlet"])
            return "byline"
    has_colon = ":" in bare
    if (
        words <= 10
        and ("|" in bare or ">" in bare or "»" in bare or "›" in bare or "/" in bare)
        and _BREADCRUMB.match(bare)
        and _BREADCRUMB_SEP.search(bare)
    ):
        return "breadcrumb"
    if (has_colon and _DISCLAIMER.match(bare)) or (
        ("translat" in low or "traduc" in low or "übersetz" in low) and _TRANSLATION.search(bare)
    ):
        return "disclaimer"
    if _any_in(low, _REPRINT_KEYS) and _reprint(bare, hints):
        return "reprint"
    if has_colon:
        m = _SOURCE_LINE.match(bare)
        if m and words <= 14 and not is_sentence_like(bare.rstrip(".")) and not _SAYS.search(bare):
            if hints is not None and not hints.source_outlet:
                hints.source_outlet = _outlet_name(m["value"])
            return "source"
        m = _URL_LABEL.match(bare)
        if m:
            if hints is not None and m["url"] and is_url_line(m["url"]) and not hints.url:
                hints.url = join_url(m["url"])
            return "url-label"
    if ("http" in folded or "www." in folded) and is_url_line(bare):
        return "url"
    if (
        "©" in bare or "all rights reserved" in folded or folded.startswith(("(c)", "copyright"))
    ) and _COPYRIGHT.search(bare):
        m = _COPYRIGHT_OWNER.search(bare)
        if m and hints is not None and not hints.copyright_outlet:
            owner = _YEAR_END.sub("", m["owner"].strip(" .,"))
            owner = _COMPANY_END.sub("", owner)
            if 0 < word_count(owner) <= 6:
                hints.copyright_outlet = canonical_outlet(owner) or owner
        return "copyright"
    if "/" in bare and _SIGNOFF_CODE.match(bare):
        return "signoff"
    if (
        (bare.startswith("(") or words <= 20)
        and (
            folded.lstrip("(").lstrip().startswith(_STAFF_HEADS)
            or "contributed" in folded or "reported" in folded or "wrote" in folded
        )
        and _STAFF_CREDIT.match(bare)
    ):
        return "signoff"
    clean = bare.strip("*_").strip()  # what caption_credit and byline look at
    clean_words = words if len(clean) == len(bare) else word_count(clean)
    if clean and _caption(clean, clean_words):
        return "caption"
    if words <= 5 and canonical_outlet(bare.rstrip(".")):
        if hints is not None:
            hints.lone_outlets.append(canonical_outlet(bare.rstrip(".")) or bare)
        return "outlet"
    found = _byline(clean, clean_words)
    if found is not None:
        if hints is not None:
            if found[0]:
                hints.authors.append(found[0])
            if found[1]:
                hints.byline_outlets.append(found[1])
        return "byline"
    if words <= 12 and _DIGIT.search(bare):  # every date holds a digit
        from .dates import parse_date_parts

        parts = parse_date_parts(bare)
        if parts is not None:
            if hints is not None and parts.year is not None:
                hints.dates.append(parts.iso())
            return "date"
    return None
