"""Peer: newspaper4k fetching and parsing article URLs with its own thread pool (fetch_news).

Runs in its own venv (bench/out/peers-venv-newspaper4k), never in Pantau's.
Run: python newspaper4k_run.py URL_LIST_FILE  (prints one JSON line)
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import tldextract

# Use tldextract's bundled suffix list: its default first tries to download one from the internet.
tldextract.tldextract.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=())

from newspaper import Article  # noqa: E402
from newspaper.mthreading import fetch_news  # noqa: E402


def main() -> int:
    """Fetch + parse every URL with fetch_news's default 5 threads; print a JSON summary."""
    urls = Path(sys.argv[1]).read_text(encoding="utf-8").split()
    started = time.perf_counter()
    # language="id" as a user of Indonesian outlets would set; fetch_images=False spares the
    # peer the image downloads it would otherwise try (generous to the peer).
    articles = [Article(url, language="id", fetch_images=False) for url in urls]
    done = fetch_news(articles, threads=5)
    seconds = time.perf_counter() - started
    texts = [a.text or "" for a in done if isinstance(a, Article)]
    print(
        json.dumps(
            {
                "tool": "newspaper4k",
                "pages": len(urls),
                "seconds": seconds,
                "with_text": sum(len(t) >= 200 for t in texts),
                "with_date": sum(
                    isinstance(a, Article) and a.publish_date is not None for a in done
                ),
                "chars": sum(len(t) for t in texts),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
