"""Baseline: a naive sequential loop of feedparser + httpx + trafilatura over a sources file.

Runs in Pantau's environment (it uses only Pantau's dependencies, not Pantau).
Run: python naive.py SOURCES_TOML  (prints one JSON line)
"""

from __future__ import annotations

import json
import sys
import time
import tomllib
from pathlib import Path

import feedparser
import httpx
import trafilatura


def main() -> int:
    """Fetch each feed, then each listed page, one at a time, extracting as it goes."""
    sources = tomllib.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))["sources"]
    started = time.perf_counter()
    pages = with_text = with_date = chars = 0
    with httpx.Client(timeout=30) as client:
        for source in sources:
            feed = feedparser.parse(client.get(source["url"]).content)
            for entry in feed.entries:
                response = client.get(entry.link)
                doc = trafilatura.bare_extraction(
                    response.text, url=entry.link, with_metadata=True, include_comments=False
                )
                text = (doc.text if doc is not None else None) or ""
                pages += 1
                with_text += len(text) >= 200
                with_date += doc is not None and doc.date is not None
                chars += len(text)
    print(
        json.dumps(
            {
                "tool": "naive loop",
                "pages": pages,
                "seconds": time.perf_counter() - started,
                "with_text": with_text,
                "with_date": with_date,
                "chars": chars,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
