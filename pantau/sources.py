"""Load and validate the source list (seeds/sources.toml)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any, get_args

from pantau.errors import ConfigError
from pantau.gnews import GOOGLE_NEWS, search_url
from pantau.records import Source, SourceKind

_SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_KINDS = get_args(SourceKind)
_FIELDS = {"id", "name", "url", "kind", "lang", "max_silence_hours", "query", "region", "endpoint"}
_GNEWS_ONLY = ("query", "region", "endpoint")
_LANG = re.compile(r"[a-z]{2}")
_REGION = re.compile(r"[A-Z]{2}")


def load_sources(path: Path, *, base_url: str | None = None) -> list[Source]:
    """Read a sources file; `base_url` replaces the `__BASE__` placeholder used by samples."""
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read sources file ({exc.strerror or exc})") from exc
    if base_url is not None:
        raw = raw.replace("__BASE__", base_url.rstrip("/"))
    return parse_sources(raw, str(path))


def parse_sources(raw: str, filename: str) -> list[Source]:
    """Parse and validate the TOML text of a sources file."""
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{filename}: invalid TOML: {exc}") from exc
    entries = data.get("sources")
    if not isinstance(entries, list) or not entries:
        raise ConfigError(f"{filename}: no [[sources]] entries")
    lines = _entry_lines(raw)
    sources: list[Source] = []
    seen: dict[str, int] = {}
    for index, entry in enumerate(entries):
        line = lines[index] if index < len(lines) else "?"
        where = f"{filename}, line {line}, source #{index + 1}"
        source = _validate(entry, where)
        if source.id in seen:
            raise ConfigError(f"{where}: field 'id': duplicate id {source.id!r}")
        seen[source.id] = index
        sources.append(source)
    return sources


def _validate(entry: Any, where: str) -> Source:
    if not isinstance(entry, dict):
        raise ConfigError(f"{where}: must be a table")
    unknown = sorted(set(entry) - _FIELDS)
    if unknown:
        raise ConfigError(f"{where}: unknown field {unknown[0]!r}")
    kind = entry.get("kind", "feed")
    if kind not in _KINDS:
        raise ConfigError(f"{where}: field 'kind': {kind!r} is not one of {', '.join(_KINDS)}")
    for name in ("id", "name") if kind == "gnews" else ("id", "name", "url"):
        value = entry.get(name)
        if not isinstance(value, str) or not value.strip():
            raise ConfigError(f"{where}: field {name!r} is required and must be a non-empty string")
    if not _SLUG.match(entry["id"]):
        raise ConfigError(f"{where}: field 'id': {entry['id']!r} is not a lowercase slug")
    lang = entry.get("lang")
    if lang is not None and (not isinstance(lang, str) or not _LANG.fullmatch(lang)):
        raise ConfigError(f"{where}: field 'lang': {lang!r} is not a two-letter language code")
    silence = entry.get("max_silence_hours", 48)
    if isinstance(silence, bool) or not isinstance(silence, int) or silence < 1:
        raise ConfigError(
            f"{where}: field 'max_silence_hours': {silence!r} is not a whole number of hours"
        )
    if kind == "gnews":
        url, query, region = _gnews(entry, lang, where)
    else:
        stray = [name for name in _GNEWS_ONLY if name in entry]
        if stray:
            raise ConfigError(f'{where}: field {stray[0]!r} belongs to kind = "gnews" only')
        url, query, region = _http_url(entry["url"], "url", where), None, None
    return Source(
        id=entry["id"],
        name=entry["name"].strip(),
        url=url,
        kind=kind,
        lang=lang,
        max_silence_hours=silence,
        query=query,
        region=region,
    )


def _gnews(entry: dict[str, Any], lang: str | None, where: str) -> tuple[str, str, str]:
    """A Google News search: its feed URL is built from query, lang and region."""
    if "url" in entry:
        raise ConfigError(f"{where}: field 'url': a gnews source builds its URL from 'query'")
    query = entry.get("query")
    if not isinstance(query, str) or not query.strip():
        raise ConfigError(f"{where}: field 'query' is required for kind = \"gnews\"")
    if lang is None:
        raise ConfigError(f'{where}: field \'lang\' is required for kind = "gnews" (e.g. "id")')
    region = entry.get("region")
    if not isinstance(region, str) or not _REGION.fullmatch(region):
        raise ConfigError(f"{where}: field 'region': {region!r} is not a country code like \"ID\"")
    endpoint = _http_url(entry.get("endpoint", GOOGLE_NEWS), "endpoint", where)
    query = " ".join(query.split())
    return search_url(query, lang, region, origin=endpoint), query, region


def _http_url(value: object, name: str, where: str) -> str:
    url = value.strip() if isinstance(value, str) else ""
    if not url.startswith(("http://", "https://")):
        raise ConfigError(f"{where}: field {name!r}: {value!r} is not an http(s) URL")
    return url


def _entry_lines(raw: str) -> list[int]:
    """Line numbers of each `[[sources]]` header, so errors can point at the entry."""
    return [
        number
        for number, line in enumerate(raw.splitlines(), start=1)
        if line.strip().replace(" ", "") == "[[sources]]"
    ]
