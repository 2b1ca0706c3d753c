"""Google News search feeds: the feed URL from a query, and the pieces of link decoding.

Google lists each article as news.google.com/rss/articles/<id>. Its page carries a
signature and timestamp (`data-n-a-sg`, `data-n-a-ts`), which one POST to the site's
batchexecute endpoint exchanges for the publisher's URL. This is the protocol the
`googlenewsdecoder` package follows; the requests themselves are made by connectors/gnews.py
through Pantau's own HTTP client. Everything here is pure.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import dataclass
from urllib.parse import quote, quote_plus, urlsplit

GOOGLE_NEWS = "https://news.google.com"
BATCH_PATH = "/_/DotsSplashUi/data/batchexecute"
_SIGNATURE = re.compile(r'data-n-a-sg="([^"]+)"')
_TIMESTAMP = re.compile(r'data-n-a-ts="([^"]+)"')
_ARTICLE_ID = re.compile(r"^[A-Za-z0-9_-]{8,2000}$")
# The request context Google's own web client sends with `garturlreq`.
_CONTEXT: list[object] = [
    ["X", "X", ["X", "X"], None, None, 1, 1, "US:en", None, 1, None, None, None, None, None, 0, 1],
    "X",
    "X",
    1,
    [1, 1, 1],
    1,
    1,
    None,
    0,
    0,
    None,
    0,
]


@dataclass(frozen=True, slots=True)
class GoogleLink:
    """A Google News article link: its origin (normally news.google.com) and article id."""

    origin: str
    article_id: str
    locale: str  # the query string `hl=..&gl=..&ceid=..` of the search feed


@dataclass(frozen=True, slots=True)
class Signed:
    """The signature Google's article page hands out for one article id."""

    link: GoogleLink
    signature: str
    timestamp: str


def search_url(query: str, lang: str, region: str, *, origin: str = GOOGLE_NEWS) -> str:
    """The RSS search feed for `query` in one language and country edition."""
    region = region.upper()
    return (
        f"{origin.rstrip('/')}/rss/search?q={quote_plus(query)}"
        f"&hl={quote(lang)}&gl={quote(region)}&ceid={quote(f'{region}:{lang}', safe='')}"
    )


def google_link(url: str, feed_url: str) -> GoogleLink | None:
    """The article id of a /rss/articles/ (or /articles/, /read/) link; None for others.

    A link counts only on the search feed's own origin, so a mirror or a local test
    server plays Google's part without any host being trusted by name.
    """
    parts = urlsplit(url)
    feed = urlsplit(feed_url)
    if (parts.scheme, parts.netloc.lower()) != (feed.scheme, feed.netloc.lower()):
        return None
    segments = parts.path.rstrip("/").split("/")
    if len(segments) < 3 or segments[-2] not in ("articles", "read"):
        return None
    if not _ARTICLE_ID.match(segments[-1]):
        return None
    return GoogleLink(f"{parts.scheme}://{parts.netloc}", segments[-1], feed.query)


def offline_url(link: GoogleLink) -> str | None:
    """The publisher's URL when the article id carries it (ids minted before mid-2024).

    Such an id is a base64url protobuf: field 4 (bytes 08 13 22), a varint length, the URL.
    Newer ids carry an opaque token ("AU_yqL...") there and need the online exchange.
    """
    padded = link.article_id + "=" * (-len(link.article_id) % 4)
    try:
        raw = base64.urlsafe_b64decode(padded)
    except (binascii.Error, ValueError):
        return None
    if not raw.startswith(b"\x08\x13\x22"):
        return None
    length, start = _varint(raw, 3)
    value = raw[start : start + length]
    if length <= 0 or len(value) != length or not value.startswith((b"http://", b"https://")):
        return None
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        return None


def signature_page(link: GoogleLink) -> str:
    """The article page that carries the signature (the /rss/ form answers non-browsers)."""
    locale = f"?{_locale_only(link.locale)}" if link.locale else ""
    return f"{link.origin}/rss/articles/{link.article_id}{locale}"


def parse_signature(link: GoogleLink, html: str) -> Signed | None:
    """The page's signature and timestamp, or None when the page has none."""
    signature = _SIGNATURE.search(html)
    timestamp = _TIMESTAMP.search(html)
    if signature is None or timestamp is None:
        return None
    return Signed(link, signature.group(1), timestamp.group(1))


def batch_request(signed: list[Signed]) -> bytes:
    """The form body of one batchexecute POST that decodes every signed link at once."""
    envelopes = []
    for index, item in enumerate(signed):
        stamp: object = int(item.timestamp) if item.timestamp.isdigit() else item.timestamp
        inner = ["garturlreq", _CONTEXT, item.link.article_id, stamp, item.signature]
        envelopes.append(["Fbv4je", json.dumps(inner, separators=(",", ":")), None, str(index)])
    return f"f.req={quote(json.dumps([envelopes], separators=(',', ':')))}".encode("ascii")


def parse_batch_response(text: str, count: int) -> list[str | None]:
    """The publisher URL for each of `count` requests, in request order (None: not decoded)."""
    body = text.lstrip()
    if body.startswith(")]}'"):
        body = body[4:]
    urls: list[str | None] = [None] * count
    try:
        rows = json.loads(_first_json_array(body))
    except ValueError:
        return urls
    unnumbered: list[str] = []
    for row in rows if isinstance(rows, list) else []:
        if not (isinstance(row, list) and len(row) >= 3 and row[0] == "wrb.fr"):
            continue
        payload = row[2]
        if isinstance(payload, str):
            try:
                payload = json.loads(payload)
            except ValueError:
                continue
        if not (isinstance(payload, list) and len(payload) > 1 and payload[0] == "garturlres"):
            continue
        url = payload[1]
        if not isinstance(url, str) or urlsplit(url).scheme not in ("http", "https"):
            continue
        slot = next((cell for cell in reversed(row[3:]) if cell is not None), None)
        if isinstance(slot, str) and slot.isdigit() and int(slot) < count:
            urls[int(slot)] = url
        else:
            unnumbered.append(url)
    # Answers without a request number fill the gaps in order.
    for url in unnumbered:
        if None in urls:
            urls[urls.index(None)] = url
    return urls


def batch_url(origin: str) -> str:
    """The batchexecute endpoint on the search feed's origin."""
    return f"{origin.rstrip('/')}{BATCH_PATH}"


def _varint(data: bytes, position: int) -> tuple[int, int]:
    """A protobuf varint at `position`: its value and the position after it."""
    value = shift = 0
    while position < len(data) and shift < 35:
        byte = data[position]
        position += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return value, position
    return -1, position


def _locale_only(query: str) -> str:
    """Keep hl, gl and ceid of a search feed's query string; drop the search itself."""
    keep = [part for part in query.split("&") if part.split("=", 1)[0] in ("hl", "gl", "ceid")]
    return "&".join(keep)


def _first_json_array(body: str) -> str:
    """batchexecute answers in length-prefixed chunks; the first array holds the results."""
    start = body.find("[")
    if start == -1:
        raise ValueError("no JSON array")
    depth = 0
    in_string = False
    escaped = False
    for index in range(start, len(body)):
        char = body[index]
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
            if depth == 0:
                return body[start : index + 1]
    raise ValueError("unterminated JSON array")
