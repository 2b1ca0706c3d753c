"""Page metadata trafilatura lacks: publication time with zone, language, canonical URL."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin

from lxml.etree import XPath
from lxml.html import HtmlElement

from pantau.records import WIB

_ZONES = {"WIB": "+07:00", "WITA": "+08:00", "WIT": "+09:00", "UTC": "+00:00", "GMT": "+00:00"}
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "januari", "january"),
            ("feb", "februari", "february", "pebruari"),
            ("mar", "maret", "march"),
            ("apr", "april"),
            ("mei", "may"),
            ("jun", "juni", "june"),
            ("jul", "juli", "july"),
            ("agu", "agt", "ags", "agustus", "aug", "august"),
            ("sep", "sept", "september"),
            ("okt", "oktober", "oct", "october"),
            ("nov", "nopember", "november"),
            ("des", "desember", "dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_WEEKDAY_PREFIX = re.compile(r"^[^\W\d]+,\s*")
_ZONE_SUFFIX = re.compile(r"\s*\b(WIB|WITA|WIT|UTC|GMT)$", re.IGNORECASE)
_NUMERIC_DMY = re.compile(
    r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[\s,T]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?$"
)
_NAMED_MONTH = re.compile(
    r"^(\d{1,2})\s+([^\W\d]+)\.?\s+(\d{4})(?:[\s,|-]+(?:pukul\s+)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?$",
    re.IGNORECASE,
)
_HAS_TIME = re.compile(r"\d{1,2}[:.]\d{2}")
_VISIBLE_DATE = re.compile(
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{1,2}\s+[^\W\d]{3,9}\.?\s+\d{4})"
    r"(?:[\s,|-]+(?:pukul\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?(?:\s*(?:WIB|WITA|WIT)\b)?",
    re.IGNORECASE,
)
_DATE_BOX = XPath(
    r"""//body//*[re:test(concat(@class, ' ', @id), 'date|time|tanggal|waktu|publish', 'i')]
    [string-length(normalize-space()) < 120]""",
    namespaces={"re": "http://exslt.org/regular-expressions"},
)

# Names (lowercased) of <meta name|property|itemprop> holding the publication time, best first.
_DATE_META = (
    "article:published_time",
    "og:published_time",
    "article:published",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish_date",
    "publish-date",
    "content_publisheddate",
    "dtk:publishdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dcterms.created",
    "date",
)
_DATE_META_RANK = {name: rank for rank, name in enumerate(_DATE_META)}
_LANG_CODE = re.compile(r"^([a-zA-Z]{2,3})(?:[-_].*)?$")
_LANG_ALIASES = {"in": "id", "ind": "id", "eng": "en"}
_ID_WORDS = frozenset(
    [
        "yang",
        "dan",
        "di",
        "dengan",
        "untuk",
        "ini",
        "itu",
        "dari",
        "tidak",
        "akan",
        "pada",
        "dalam",
        "adalah",
        "juga",
        "ke",
        "bahwa",
        "karena",
        "oleh",
        "sudah",
        "telah",
        "kata",
        "saat",
    ]
)
_EN_WORDS = frozenset(
    [
        "the",
        "and",
        "of",
        "to",
        "in",
        "is",
        "that",
        "for",
        "with",
        "was",
        "on",
        "said",
        "are",
        "by",
        "from",
        "this",
        "has",
        "have",
        "it",
    ]
)
_WORD = re.compile(r"[a-z]+")


def parse_timestamp(value: str) -> datetime | None:
    """Parse an ISO 8601, RFC 822 or Indonesian date-time; a time without zone is taken as WIB."""
    text = " ".join(value.split())
    if not text:
        return None
    parsed = _parse_iso(text) or _parse_rfc822(text) or _parse_local(text)
    if parsed is None or not 1990 <= parsed.year <= 2100:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=WIB)


def _with_zone_offset(text: str) -> str:
    match = _ZONE_SUFFIX.search(text)
    if match is None:
        return text
    return text[: match.start()] + _ZONES[match.group(1).upper()]


def _parse_iso(text: str) -> datetime | None:
    candidate = re.sub(r"\s+T\s*", "T", _with_zone_offset(text)).replace("/", "-")
    # "2015-11-05 09:25:00 +07:00": fromisoformat refuses the space before the offset.
    candidate = re.sub(r"(\d)\s+([+-]\d{2}:?\d{2})$", r"\1\2", candidate)
    try:
        return datetime.fromisoformat(candidate)
    except ValueError:
        return None


def _parse_rfc822(text: str) -> datetime | None:
    if not re.search(r"\d{4} \d{1,2}:\d{2}", text):
        return None
    try:
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if parsed.tzinfo is None and text.rstrip().endswith("-0000"):
        return parsed.replace(tzinfo=UTC)
    return parsed


def _parse_local(text: str) -> datetime | None:
    """Parse "Kamis, 05/11/2015 09:25 WIB" and "5 November 2015 09:25" styles (day first)."""
    body = _WEEKDAY_PREFIX.sub("", text)
    zone = _ZONE_SUFFIX.search(body)
    offset = None
    if zone is not None:
        offset = _parse_iso("2000-01-01T00:00" + _ZONES[zone.group(1).upper()])
        body = body[: zone.start()].strip()
    numeric = _NUMERIC_DMY.match(body)
    named = None if numeric else _NAMED_MONTH.match(body)
    if numeric:
        day, month, year, hour, minute, second = numeric.groups()
    elif named:
        day, month_name, year, hour, minute, second = named.groups()
        month = str(_MONTHS.get(month_name.lower(), 0))
    else:
        return None
    try:
        parsed = datetime(
            int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0)
        )
    except ValueError:
        return None
    return parsed.replace(tzinfo=offset.tzinfo) if offset is not None else parsed


def find_published_at(tree: HtmlElement) -> datetime | None:
    """Return the page's publication time from meta tags, JSON-LD, itemprop or <time>."""
    first_date_only: datetime | None = None
    for raw in _date_candidates(tree):
        parsed = parse_timestamp(raw)
        if parsed is None:
            continue
        if _HAS_TIME.search(raw):
            return parsed
        if first_date_only is None:
            first_date_only = parsed
    return first_date_only


def _date_candidates(tree: HtmlElement) -> Iterator[str]:
    ranked: list[tuple[int, str]] = []
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        rank = _DATE_META_RANK.get(key.strip())
        content = meta.get("content")
        if rank is not None and content:
            ranked.append((rank, content))
    ranked.sort(key=lambda pair: pair[0])
    yield from (content for _, content in ranked)
    for data in _json_ld(tree):
        yield from _json_ld_values(data, "datePublished")
    for element in tree.xpath('//*[@itemprop="datePublished"]'):
        value = element.get("content") or element.get("datetime") or element.text_content()
        if value:
            yield value
    times = [t for t in tree.iter("time") if t.get("datetime")]
    times.sort(key=lambda t: t.get("pubdate") is None)
    yield from (str(t.get("datetime")) for t in times)
    for element in _DATE_BOX(tree):
        match = _VISIBLE_DATE.search(element.text_content())
        if match:
            yield match.group(0)


def _json_ld(tree: HtmlElement) -> Iterator[object]:
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        raw = (script.text or "").strip()
        if not raw:
            continue
        try:
            yield json.loads(raw, strict=False)
        except json.JSONDecodeError:
            continue


def _json_ld_values(data: object, key: str) -> Iterator[str]:
    if isinstance(data, list):
        for item in data:
            yield from _json_ld_values(item, key)
    elif isinstance(data, dict):
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            yield value
        for nested in ("@graph", "mainEntity", "mainEntityOfPage"):
            if nested in data:
                yield from _json_ld_values(data[nested], key)


def find_lang(tree: HtmlElement, text: str) -> str | None:
    """Return the page language as a primary subtag, letting the body text overrule a wrong tag."""
    declared = _declared_lang(tree)
    guessed = guess_lang(text)
    if guessed is not None and declared in (None, "id", "en"):
        return guessed
    return declared


def _declared_lang(tree: HtmlElement) -> str | None:
    values = [tree.get("lang"), tree.get("xml:lang")]
    for meta in tree.iter("meta"):
        key = (meta.get("http-equiv") or meta.get("name") or meta.get("property") or "").lower()
        if key in ("content-language", "language", "og:locale", "dc.language"):
            values.append(meta.get("content"))
    for data in _json_ld(tree):
        values.extend(_json_ld_values(data, "inLanguage"))
    for value in values:
        match = _LANG_CODE.match((value or "").strip())
        if match:
            code = match.group(1).lower()
            return _LANG_ALIASES.get(code, code)
    return None


def guess_lang(text: str) -> str | None:
    """Tell Indonesian from English by function words; None when the text is too short or mixed."""
    indonesian = english = 0
    for word in _WORD.findall(text[:4000].lower()):
        indonesian += word in _ID_WORDS
        english += word in _EN_WORDS
    if indonesian + english < 8:
        return None
    if indonesian >= 3 * english:
        return "id"
    if english >= 3 * indonesian:
        return "en"
    return None


def find_canonical_url(tree: HtmlElement, url: str) -> str | None:
    """Return <link rel=canonical> or og:url, made absolute against the page URL."""
    for link in tree.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        href = (link.get("href") or "").strip()
        if "canonical" in rel and href:
            return urljoin(url, str(href))
    for meta in tree.iter("meta"):
        if (meta.get("property") or meta.get("name") or "").lower() == "og:url":
            href = (meta.get("content") or "").strip()
            if href:
                return urljoin(url, str(href))
    return None


def find_site_name(tree: HtmlElement) -> str | None:
    """Return og:site_name or application-name when the page declares one."""
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or "").lower()
        if key in ("og:site_name", "application-name"):
            value = " ".join((meta.get("content") or "").split())
            if value and "://" not in value:
                return value
    return None
