"""Names of news agencies and outlets, to read bylines, datelines, credits and file names.

The lists are data, not logic: adding an outlet means adding a line. Each entry is the name to
show, then the other ways it is written (case-sensitive short forms such as ``AP`` are matched
exactly; longer names case-insensitively), then web domains.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import VIA, is_identifier  # noqa: F401 - re-exported

# name to show | other spellings (";"-separated) | domains (";"-separated)
_OUTLETS = """
AFP|Agence France-Presse;Agence France Presse;AFP News|afp.com
AP|Associated Press;The Associated Press|apnews.com
Reuters|Thomson Reuters|reuters.com
EFE|Agencia EFE;EFE News|efe.com
ANSA||ansa.it
dpa|DPA;Deutsche Presse-Agentur|dpa.com
Xinhua|Xinhua News Agency|xinhuanet.com;news.cn
TASS||tass.com;tass.ru
RIA Novosti|RIA|ria.ru
Interfax||interfax.com;interfax.ru
UPI|United Press International|upi.com
Kyodo|Kyodo News|kyodonews.net
Yonhap|Yonhap News Agency|yna.co.kr
Anadolu Agency|Anadolu|aa.com.tr
PTI|Press Trust of India|ptinews.com
IANS||ianslive.in
ANI||aninews.in
Bloomberg|Bloomberg News|bloomberg.com
Europa Press||europapress.es
Ukrinform||ukrinform.net;ukrinform.ua
Sputnik||sputniknews.com
Belga||belganewsagency.eu
Al Jazeera|Al Jazeera English|aljazeera.com;aljazeera.net
BBC|BBC News|bbc.com;bbc.co.uk
CNN||cnn.com;edition.cnn.com
Radio Free Europe/Radio Liberty|RFE/RL;Radio Free Europe|rferl.org
Voice of America|VOA|voanews.com
Deutsche Welle|DW|dw.com
France 24||france24.com
Euronews||euronews.com
The Moscow Times|Moscow Times|themoscowtimes.com
The Guardian|Guardian|theguardian.com
The New York Times|New York Times;NYT|nytimes.com
The Washington Post|Washington Post|washingtonpost.com
The Wall Street Journal|Wall Street Journal;WSJ|wsj.com
Financial Times|FT|ft.com
The Economist|Economist|economist.com
Politico|POLITICO|politico.com;politico.eu
Axios||axios.com
The Hill||thehill.com
NPR||npr.org
NBC News||nbcnews.com
CBS News||cbsnews.com
ABC News||abcnews.go.com
Fox News||foxnews.com
Sky News||news.sky.com;sky.com
The Independent|Independent|independent.co.uk
The Telegraph|Telegraph|telegraph.co.uk
The Times|Times of London|thetimes.co.uk
Le Monde||lemonde.fr
Le Figaro||lefigaro.fr
Der Spiegel|Spiegel|spiegel.de
El País|El Pais|elpais.com
Kyiv Independent||kyivindependent.com
Kyiv Post||kyivpost.com
Ukrainska Pravda||pravda.com.ua
Meduza||meduza.io
RT|Russia Today|rt.com
The Times of Israel|Times of Israel|timesofisrael.com
Haaretz||haaretz.com
South China Morning Post|SCMP|scmp.com
The Japan Times|Japan Times|japantimes.co.jp
The Hindu||thehindu.com
Times of India||timesofindia.indiatimes.com
Daily Sabah||dailysabah.com
Balkan Insight|BIRN|balkaninsight.com
"""

# words that mark a photo or video credit
CREDIT_WORDS = (
    "Getty Images", "Getty", "Shutterstock", "Pool", "EPA", "EPA-EFE", "AP Photo", "Reuters", "AFP",
    "TASS", "Sputnik", "Anadolu", "Xinhua", "NurPhoto", "SOPA Images", "ZUMA", "Zuma Press", "Alamy",
    "Bloomberg", "TNS", "Imago", "picture alliance", "picture-alliance", "dpa", "Handout", "File",
    "Photo", "Photos", "Image", "Images", "Courtesy", "Kremlin", "Press Service", "Pixabay", "Unsplash",
    "iStock", "Wikimedia", "Sipa", "ABACA", "LightRocket", "Corbis", "Wire", "Press Association", "PA",
)


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    domains: dict[str, str] = {}
    for row in _OUTLETS.strip().splitlines():
        name, others, doms = (row.split("|") + ["", ""])[:3]
        for spelling in [name, *filter(None, others.split(";"))]:
            if len(spelling) <= 4 and spelling.upper() == spelling:
                exact[spelling] = name
            else:
                folded[spelling.casefold()] = name
                exact[spelling] = name
        for dom in filter(None, doms.split(";")):
            domains[dom] = name
    return exact, folded, domains


def canonical_outlet(name: str) -> str | None:
    """The display name of a known outlet written as ``name`` (``Associated Press`` -> ``AP``)."""
    name = name.strip().strip(".,;:()[]").strip()
    exact, folded, _ = _table()
    if name in exact:
        return exact[name]
    return folded.get(name.casefold()) if len(name) > 4 else None


def is_known_outlet(name: str) -> bool:
    """True when ``name`` is a known agency or outlet."""
    return canonical_outlet(name) is not None


def outlet_from_domain(url_or_host: str) -> str:
    """The outlet of a URL or host name: a known name, else the bare domain (``example.com``)."""
    host = re.sub(r"^[a-z]+://", "", url_or_host.strip().lower()).split("/")[0].split(":")[0]
    host = re.sub(r"^(?:www\d?|m|amp|mobile|edition|news)\.", "", host)
    if not re.fullmatch(r"[a-z0-9-]+(?:\.[a-z0-9-]+)+", host):
        return ""
    _, _, domains = _table()
    parts = host.split(".")
    for i in range(len(parts) - 1):
        candidate = ".".join(parts[i:])
        if candidate in domains:
            return domains[candidate]
    return host


@lru_cache(maxsize=1)
def _domain_labels() -> dict[str, str]:
    """``reuters`` -> ``Reuters``: the first label of every known domain."""
    labels: dict[str, str] = {}
    for dom, name in _table()[2].items():
        labels.setdefault(dom.split(".")[0], name)
    return labels


_HASHLIKE = re.compile(r"(?=.*\d)[0-9a-f]{6,}|\d+|(?:19|20)\d{2}-?\d{2}-?\d{2}", re.I)


_MASTHEAD_NOUNS = set(
    "times post news herald tribune mirror chronicle gazette journal daily express courier record bulletin "
    "sentinel observer guardian telegraph independent star sun globe dispatch ledger review press reporter "
    "monitor standard examiner inquirer register wire agency radio tv television network today weekly "
    "insider gazzetta zeitung journal nouvelles presse".split()
)


@lru_cache(maxsize=4096)
def outlet_from_filename(stem: str) -> str:
    """An outlet named by a file name, else "".

    Recognises known outlets (``reuters_geneva.txt``, ``2022-01-21-al-jazeera.md``), host names
    (``www.example.com.html``) and stems that read as a masthead (``0009_the-pacific-mirror.txt``:
    two to five words ending in a newspaper noun such as Times, Post, Mirror, Gazette). Other stems
    (``article1``, ``000_ee0b49a2``, ``blinken_talks``) say nothing certain about the outlet, so
    they give "" and the briefing shows the file name instead.
    """
    stem = stem.strip()
    if re.fullmatch(r"(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|org|net|co\.uk|de|fr|ru|eu|io|info|news)", stem):
        return outlet_from_domain(stem)
    tokens = [t for t in re.split(r"[\s_.\-]+", stem) if t and not _HASHLIKE.fullmatch(t)]
    exact, folded, domains = _table()
    # longest run of tokens first, so "al jazeera" wins over "al"
    for size in range(min(4, len(tokens)), 0, -1):
        for i in range(len(tokens) - size + 1):
            words = tokens[i : i + size]
            spaced = " ".join(words)
            for candidate in (spaced, "".join(words)):
                if len(candidate) <= 4:
                    if candidate.upper() in exact and candidate.upper() == exact.get(candidate.upper(), "").upper():
                        return exact[candidate.upper()]
                    continue
                hit = folded.get(candidate.casefold())
                if hit:
                    return hit
                hit = _domain_labels().get(candidate.casefold())
                if hit:
                    return hit
    # "0009_the-pacific-mirror": a whole stem that reads as a masthead
    if 2 <= len(tokens) <= 5 and all(t.isalpha() for t in tokens) and tokens[-1].lower() in _MASTHEAD_NOUNS:
        return " ".join(t if t.isupper() and len(t) > 1 else t.capitalize() for t in tokens)
    return ""


_MINOR = {"the", "of", "and", "for", "&", "de", "la", "le", "el", "der", "die", "das"}


def initials(name: str) -> str:
    """Upper-case initials of a name's main words: ``The Civil Courier`` -> ``CC``."""
    words = [w for w in re.split(r"[\s_\-/]+", name) if w and w.lower() not in _MINOR]
    return "".join(w[0] for w in words).upper()


def is_unknown_acronym(name: str) -> bool:
    """``CC``, ``GWS``: an all-capitals short name that is not a known outlet."""
    return bool(re.fullmatch(r"[A-Z]{2,5}", name)) and canonical_outlet(name) is None


def expand_from_filename(acronym: str, stem: str) -> str:
    """The outlet a file name spells out for an acronym (``CC`` + ``0015_the-civil-courier``), else ""."""
    tokens = [t for t in re.split(r"[\s_.\-]+", stem) if t and not _HASHLIKE.fullmatch(t)]
    for size in range(min(6, len(tokens)), 1, -1):
        for i in range(len(tokens) - size + 1):
            words = tokens[i : i + size]
            if words[-1].lower() in _MINOR or not all(w.isalpha() for w in words):
                continue
            if initials(" ".join(words)) == acronym:
                return " ".join(w if w.isupper() and len(w) > 1 else w.capitalize() for w in words)
    return ""


def republished(original: str, site: str) -> str:
    """``AFP`` first published, ``The Moscow Times`` republished: ``AFP via The Moscow Times``."""
    return f"{original}{VIA}{site}"


def original_outlet(name: str) -> str:
    """The outlet that wrote an article: ``AFP`` of ``AFP via The Moscow Times`` (a republished
    wire story counts for its agency, so two sites printing it are not two outlets)."""
    return name.split(VIA, 1)[0].strip()


def same_outlet(a: str, b: str) -> bool:
    """Do two names mean the same outlet (``Associated Press`` and ``AP``)?"""
    fold = lambda n: (canonical_outlet(n) or n).strip().casefold()  # noqa: E731
    return fold(a) == fold(b)
