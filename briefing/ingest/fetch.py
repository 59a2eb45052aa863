"""Articles from URLs, fetched only when the user asks (``briefing build --fetch``).

Downloads go through trafilatura's fetcher (timeouts, size cap, retries, decoding, and its
protection against requests to private and loopback addresses, which ``allow_private`` turns
off for intranets and tests). Each page is then read like a saved ``.html`` file. Nothing here
runs unless a caller passes URLs and asks for them to be fetched: ``load_articles`` never goes to
the network by itself.
"""

from __future__ import annotations

import re
from typing import Sequence

from ..errors import InputError
from ..model import Article

_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.I)


def is_url(text: str) -> bool:
    """True for an ``http://`` or ``https://`` URL."""
    return bool(_URL.match(text.strip()))


def url_list(text: str) -> list[str] | None:
    """The URLs of a text that holds nothing else (one a line, ``#`` comments), else None."""
    urls = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if not is_url(line):
            return None
        urls.append(line)
    return urls or None


def _check_host(url: str) -> None:
    """Refuse a URL whose host resolves to a loopback, private or otherwise non-public address
    (checked here as well as by trafilatura, whose older releases do not check)."""
    import ipaddress
    import socket
    from urllib.parse import urlsplit

    host = urlsplit(url).hostname or ""
    try:
        infos = socket.getaddrinfo(host, None)
    except (OSError, UnicodeError) as err:
        raise InputError(url, f"could not be fetched: cannot resolve {host!r} ({err})") from None
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
        if not address.is_global:
            raise InputError(url, f"could not be fetched: {host} is a private or loopback address "
                                  "(use --fetch-private for an intranet)")


def _config(allow_private: bool, timeout: float):
    from copy import deepcopy

    from trafilatura.settings import DEFAULT_CONFIG

    config = deepcopy(DEFAULT_CONFIG)
    config.set("DEFAULT", "DOWNLOAD_TIMEOUT", str(int(max(1, timeout))))
    config.set("DEFAULT", "MAX_REDIRECTS", "5")
    if allow_private:
        config.set("DEFAULT", "SSRF_PROTECTION", "off")
    return config


def fetch_articles(urls: Sequence[str], *, allow_private: bool = False, timeout: float = 30) -> list[Article]:
    """Download each URL and read it as an HTML article (the URL is its ``url`` and origin).

    Args:
        urls: ``http(s)://`` addresses, in the order the articles should have.
        allow_private: also fetch from loopback and private-network addresses.
        timeout: seconds per download.

    Raises:
        InputError: a URL that is not http(s), cannot be fetched, or holds no article.
    """
    from trafilatura.downloads import fetch_response

    from . import parse_article

    config = _config(allow_private, timeout)
    articles: list[Article] = []
    for url in urls:
        if not is_url(url):
            raise InputError(url, "not an http(s) URL")
        if not allow_private:
            _check_host(url)
        try:
            response = fetch_response(url, decode=False, config=config)
        except OSError as err:  # SSRF protection and socket errors
            raise InputError(url, f"could not be fetched: {err}") from None
        if response is None or not response.data:
            raise InputError(url, "could not be fetched (no answer, an error status, or an empty page)")
        if response.status != 200:
            raise InputError(url, f"could not be fetched (HTTP {response.status})")
        found = parse_article(response.data, url, "html")
        for a in found:
            if not a.url:
                a.url = url
        articles.extend(found)
    return articles
