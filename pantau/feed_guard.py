"""Make untrusted feed bytes safe and cheap to parse: no entities, one encoding, few items.

feedparser 6.0.14 strips the DOCTYPE before its expat (sax) parse and keeps only entities
whose value is plain text, so it neither fetches external entities nor expands nested ones;
a plain-text entity referenced many times still expands, though. We refuse any document
that declares entities at all (news feeds have no use for them), hand feedparser UTF-8 so
the HTTP charset is honoured, and cut a huge feed down to its first items before it is
parsed, because feedparser builds every entry of the document before we can stop it.
"""

from __future__ import annotations

import codecs
import re

_DECLARATION = re.compile(rb"^\s*<\?xml[^>]*?\?>", re.DOTALL)
_DECLARED_ENCODING = re.compile(rb"""encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")
_DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)
_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)
_ITEM_START = re.compile(rb"<(?:[\w.-]+:)?(?:item|entry)[\s>/]")
_ITEM_END = re.compile(rb"</(?:[\w.-]+:)?(?:item|entry)\s*>")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Labels browsers and feed readers decode as windows-1252, which also maps 0x80-0x9F.
_AS_CP1252 = frozenset({"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii"})
_PROLOG_BYTES = 64 * 1024


class FeedRefused(Exception):
    """The document is not handed to a parser, and says why."""


def prepare_feed(body: bytes, charset: str | None, *, max_items: int | None) -> bytes:
    """UTF-8 bytes without entity declarations, cut to `max_items` items; or FeedRefused."""
    encoding = choose_encoding(body, charset)
    if encoding != "utf-8" or body.startswith(codecs.BOM_UTF8):
        body = _to_utf8(body, encoding)
    refuse_entities(body)
    if max_items is not None:
        body = keep_first_items(body, max_items)
    return body


def refuse_entities(body: bytes) -> None:
    """Raise FeedRefused when the document type declares entities (expansion bombs, XXE)."""
    doctype = _DOCTYPE.search(body, 0, _PROLOG_BYTES)
    if doctype is None:
        return
    root = body.find(b"<", doctype.end())
    while root != -1 and body[root : root + 2] in (b"<!", b"<?"):
        root = body.find(b"<", root + 1)
    end = len(body) if root == -1 else root
    if _ENTITY.search(body, doctype.end(), end):
        raise FeedRefused(
            "the document declares XML entities: refused, entities are never expanded"
        )


def choose_encoding(body: bytes, charset: str | None) -> str:
    """BOM, then the HTTP charset, then the XML declaration, then UTF-8, then windows-1252."""
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return codec
    match = (
        _DECLARED_ENCODING.search(body[:200].split(b"?>", 1)[0])
        if body.lstrip()[:5] == b"<?xml"
        else None
    )
    declared = _codec(match.group(1).decode("ascii")) if match else None
    http = _codec(charset)
    # Servers often label everything with one default charset; a body that is valid
    # multi-byte UTF-8 is almost never an accident, so let that side win.
    conflict = http and declared and http != declared and "utf-8" in (http, declared)
    if conflict and _decodes(body, "utf-8"):
        return "utf-8"
    for candidate in (http, declared, "utf-8"):
        if candidate is not None and _decodes(body, candidate):
            return candidate
    return "cp1252"


def keep_first_items(body: bytes, max_items: int) -> bytes:
    """Drop items after the first `max_items`, keeping the document's head and tail."""
    starts = 0
    for starts, _ in enumerate(_ITEM_START.finditer(body), start=1):
        if starts > max_items:
            break
    if starts <= max_items:
        return body
    ends = _ITEM_END.finditer(body)
    cut = None
    for count, match in enumerate(ends, start=1):
        if count == max_items:
            cut = match.end()
            break
    if cut is None:
        return body
    last = None
    for match in _ITEM_END.finditer(body, cut):
        last = match
    if last is None:
        return body
    return body[:cut] + body[last.end() :]


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    name = label.strip().strip("\"'").lower()
    if name in _AS_CP1252:
        return "cp1252"
    try:
        return codecs.lookup(name).name.replace("_", "-")
    except LookupError:
        return None


def _decodes(body: bytes, codec: str) -> bool:
    try:
        codecs.decode(body, codec)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def _to_utf8(body: bytes, encoding: str) -> bytes:
    text = body.decode(encoding, errors="replace").lstrip("\ufeff")
    data = text.encode("utf-8")
    declaration = _DECLARATION.match(data)
    if declaration is None:
        return data
    fixed = _DECLARED_ENCODING.sub(b'encoding="utf-8"', declaration.group(0))
    return fixed + data[declaration.end() :]


# Markers of bot-management interstitials (Cloudflare, Akamai, Imperva, Sucuri, DataDome,
# PerimeterX, AWS WAF, and generic "enable JavaScript" walls), searched in the first bytes.
_CHALLENGE_MARKERS = (
    (b"cf-chl", "Cloudflare"),
    (b"challenge-platform", "Cloudflare"),
    (b"just a moment...", "Cloudflare"),
    (b"attention required! | cloudflare", "Cloudflare"),
    (b"_abck", "Akamai"),
    (b"ak_bmsc", "Akamai"),
    (b"access denied</title>", "Akamai"),
    (b"_incapsula_resource", "Imperva"),
    (b"incapsula incident", "Imperva"),
    (b"sucuri website firewall", "Sucuri"),
    (b"datadome", "DataDome"),
    (b"px-captcha", "PerimeterX"),
    (b"awswafintegration", "AWS WAF"),
    (b"aws-waf-token", "AWS WAF"),
    (b"ddos-guard", "DDoS-Guard"),
    (b"please enable javascript", "a JavaScript wall"),
    (b"enable javascript and cookies", "a JavaScript wall"),
    (b"checking your browser", "a browser check"),
    (b"captcha", "a CAPTCHA"),
)
_CHALLENGE_STATUS = frozenset({202, 403, 429, 503})
_SCRIPT = re.compile(rb"<script[\s>]", re.IGNORECASE)
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.I | re.S)
_SNIFF_BYTES = 64 * 1024


def challenge_reason(status: int, content_type: str | None, body: bytes) -> str | None:
    """Why an answer to a feed request is a WAF or bot challenge rather than a feed, or None.

    A known marker in an HTML answer is a challenge whatever the status; with a 202, 403,
    429 or 503, an HTML page that runs scripts is one too (a plain 403 page is not).
    """
    head = body[:_SNIFF_BYTES]
    html = (content_type or "").startswith(("text/html", "application/xhtml")) or bool(
        _HTML_START.match(head)
    )
    if not html:
        return None
    lowered = head.lower()
    for marker, who in _CHALLENGE_MARKERS:
        if marker in lowered:
            return f"challenged: HTTP {status} with {who} challenge page instead of a feed"
    if status in _CHALLENGE_STATUS and _SCRIPT.search(head):
        return f"challenged: HTTP {status} with a script page instead of a feed"
    return None
