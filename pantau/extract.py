"""Article extraction: decode, parse once, drop teasers, run trafilatura, clean the text."""

from __future__ import annotations

import codecs
import re
from contextlib import suppress
from urllib.parse import urlsplit

import trafilatura
from lxml.html import HtmlElement
from trafilatura.metadata import (
    META_URL,
    examine_meta,
    extract_author,
    extract_meta_json,
    extract_sitename,
    extract_title,
    extract_url,
)
from trafilatura.settings import Document
from trafilatura.utils import load_html

from pantau.extract_meta import (
    find_canonical_url,
    find_lang,
    find_published_at,
    find_site_name,
    parse_timestamp,
)
from pantau.extract_tree import DROP_XPATH, TEASER_XPATH, mark_boilerplate
from pantau.records import Extracted

__all__ = ["decode_html", "extract_page", "parse_timestamp"]

_SNIFF_BYTES = 4096
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.-]+)""", re.IGNORECASE
)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Browsers decode these labels as windows-1252 (WHATWG Encoding), which also maps 0x80-0x9F.
_AS_CP1252 = frozenset({"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii"})

_TEASER = (
    r"(?:(?:baca|simak|lihat|tonton)\s+(?:juga|pula)|read\s+also|also\s+read"
    r"|(?:artikel|berita)\s+terkait)\b.*"
    r"|(?:read\s+more|see\s+also|related(?:\s+news)?|cek\s+juga|baca\s+selengkapnya)\s*:.*"
)
_DROP_LINE = re.compile(
    rf"^(?:{_TEASER}"
    r"|advertisement|iklan|ads|scroll\s+(?:to\s+continue|untuk\s+melanjutkan)\b.*"
    r"|(?:ikuti|cek|dapatkan|simak)\b.*\bgoogle\s+news\b.*"
    r"|(?:copyright\b|\u00a9|hak\s+cipta\s+dilindungi).*|.*\ball\s+rights\s+reserved\b.*"
    r"|.*\[at\].*|informasi\s+pemasangan\s+iklan"
    r"|(?:telah\s+)?dilihat\s+\d+\s+kali"
    r"|\|?\s*(?:penulis|editor|reporter|pewarta|fotografer|redaktur)\s*\|?\s*:.*"
    r"|(?:[^\W\d]+,\s*)?\d{1,2}[/-]\d{1,2}[/-]\d{2,4}(?:\s+\d{1,2}[:.]\d{2}(?:\s*wib)?)?"
    r"|\d{1,3})\W*$",
    re.IGNORECASE,
)
_MAX_DROP_LINE = 300
_TITLE_SEPARATOR = re.compile(r"(\s+[|\u2013\u2014-]\s+|:\s+)")
_BYLINE_ROLE = re.compile(r"^(?:pewarta|penulis|reporter|editor|oleh|by)\b\s*:?\s*", re.IGNORECASE)
_WHITESPACE = re.compile(r"[ \t\u00a0\u200b]+")
_LIST_MARK = re.compile(r"^[-*\u2022]\s*")


def decode_html(body: bytes, charset: str | None = None) -> str:
    """Decode page bytes: BOM, HTTP charset, <meta charset>/http-equiv, then utf-8 or cp1252."""
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return body.decode(codec, errors="replace")
    sniffed = _META_CHARSET.search(body[:_SNIFF_BYTES])
    declared = (charset, sniffed.group(1).decode("ascii") if sniffed else None)
    for label in declared:
        text = _try_decode(body, label)
        if text is not None:
            return text
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return body.decode("cp1252", errors="replace")


def _try_decode(body: bytes, label: str | None) -> str | None:
    if not label:
        return None
    name = label.strip().strip("\"'").lower()
    if name in _AS_CP1252:
        return body.decode("cp1252", errors="replace")
    try:
        return body.decode(name)
    except (LookupError, UnicodeDecodeError):
        return None


def extract_page(body: bytes, url: str, charset: str | None = None) -> Extracted | None:
    """Extract body text and metadata from an article page; None when no article text is found."""
    tree = load_html(decode_html(body, charset))
    if not isinstance(tree, HtmlElement):
        return None
    published_at = find_published_at(tree)
    fields = _trafilatura_metadata(tree, url)
    chrome_marked = mark_boilerplate(tree)
    document = _run_trafilatura(tree, url, DROP_XPATH)
    site_name = find_site_name(tree) or _clean_field(fields.sitename)
    title = strip_site_name(_clean_field(fields.title), site_name, url)
    text = clean_text(getattr(document, "text", None) or "", title)
    if not text and chrome_marked:
        # The body guess was wrong (a gallery, a teaser list): let trafilatura see the page.
        document = _run_trafilatura(tree, url, TEASER_XPATH)
        text = clean_text(getattr(document, "text", None) or "", title)
    if document is None or not text:
        return None
    return Extracted(
        text=text,
        title=title,
        author=_clean_author(fields.author, site_name, url),
        canonical_url=find_canonical_url(tree, url),
        lang=find_lang(tree, text),
        site_name=site_name,
        published_at=published_at,
    )


def _trafilatura_metadata(tree: HtmlElement, url: str) -> Document:
    """Title, author and site name as trafilatura's `extract_metadata` finds them.

    Only those three: its date, categories, tags and licence searches cost a fifth of the
    extraction time, and Pantau takes the publication time from the feed or its own search.
    """
    metadata = examine_meta(tree)
    if metadata.author and " " not in metadata.author:
        metadata.author = None
    with suppress(Exception):  # trafilatura guards its JSON-LD reader the same way
        metadata = extract_meta_json(tree, metadata)
    metadata.title = metadata.title or extract_title(tree)
    metadata.author = metadata.author or extract_author(tree)
    page_url = metadata.url or extract_url(tree, url)
    if not metadata.sitename:
        metadata.sitename = extract_sitename(tree)
    if metadata.sitename:
        name = metadata.sitename.lstrip("@")
        if name and "." not in name and not name[0].isupper():
            name = name.title()
        metadata.sitename = name
    elif page_url and (match := META_URL.match(page_url)):
        metadata.sitename = match[1]
    return metadata


def _run_trafilatura(tree: HtmlElement, url: str, prune_xpath: str) -> object | None:
    """Run trafilatura on the parsed tree (it works on a copy), pruning the marked elements."""
    return trafilatura.bare_extraction(
        tree,
        url=url,
        favor_precision=True,
        include_comments=False,
        with_metadata=False,
        prune_xpath=prune_xpath,
    )


def _clean_field(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


def strip_site_name(title: str | None, site_name: str | None, url: str) -> str | None:
    """Drop a leading or trailing "Site Name" segment ("X - Kompas.com", "KapanLagi.com: X")."""
    if not title:
        return None
    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) < 3:
        return title
    if _is_site(parts[-1], site_name, url):
        del parts[-2:]
    elif _is_site(parts[0], site_name, url):
        del parts[:2]
    return "".join(parts).strip() or title


def _clean_author(value: object, site_name: str | None, url: str) -> str | None:
    if not isinstance(value, str):
        return None
    names = (_BYLINE_ROLE.sub("", " ".join(name.split())) for name in value.split(";"))
    kept = [name for name in names if name and not _is_site(name, site_name, url)]
    return "; ".join(dict.fromkeys(kept)) or None


def _is_site(segment: str, site_name: str | None, url: str) -> bool:
    key = _squash(segment)
    if len(key) < 3:
        return False
    host = _squash(urlsplit(url).hostname or "")
    site = _squash(site_name or "")
    return key == site or key in host or (len(host) > 5 and host.split("www")[-1] in key)


def _squash(text: str) -> str:
    return re.sub(r"\W+", "", text.lower())


def clean_text(raw: str, title: str | None = None) -> str:
    """Drop teaser, advert, credit and listing lines; keep one paragraph a line."""
    title_key = _key(title) if title else None
    kept: list[str] = []
    for line in raw.splitlines():
        line = _WHITESPACE.sub(" ", line).strip()
        bare = _LIST_MARK.sub("", line)
        if not bare or (len(bare) <= _MAX_DROP_LINE and _DROP_LINE.match(bare)):
            continue
        if title_key and _key(bare) == title_key:
            continue
        kept.append(line)
    return "\n".join(kept)


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))
