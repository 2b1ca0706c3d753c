"""Peer: news-please's NewsPlease.from_urls (a thread per URL to fetch, a process pool to extract).

Runs in its own venv (bench/out/peers-venv-newsplease), never in Pantau's.
Run: python newsplease_run.py URL_LIST_FILE  (prints one JSON line)
"""

from __future__ import annotations

import json
import logging
import sys
import time
from pathlib import Path

import tldextract

# Use tldextract's bundled suffix list: its default first tries to download one from the internet.
tldextract.tldextract.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=())

from newsplease import NewsPlease  # noqa: E402


def main() -> int:
    """Fetch + extract every URL through from_urls; print a JSON summary."""
    logging.disable(logging.CRITICAL)
    urls = Path(sys.argv[1]).read_text(encoding="utf-8").split()
    started = time.perf_counter()
    # request_args must be a dict: from_urls calls request_args.get() on every result and
    # silently drops all of them when it is None. fetch_images=False is generous to the peer.
    results = NewsPlease.from_urls(urls, request_args={"timeout": 60}, fetch_images=False)
    seconds = time.perf_counter() - started
    texts = [getattr(a, "maintext", None) or "" for a in results.values()]
    print(
        json.dumps(
            {
                "tool": "news-please",
                "pages": len(urls),
                "seconds": seconds,
                "with_text": sum(len(t) >= 200 for t in texts),
                "with_date": sum(
                    getattr(a, "date_publish", None) is not None for a in results.values()
                ),
                "chars": sum(len(t) for t in texts),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
