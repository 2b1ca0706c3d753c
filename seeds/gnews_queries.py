"""Write the default Google News searches, generated from the watchlist, into sources.toml.

Usage: uv run python seeds/gnews_queries.py [--watchlist FILE] [--sources FILE]
Rewrites only the block between the "generated gnews queries" marker lines; edit the
searches there by hand, or change the watchlist and run this again.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pantau.errors import PantauError
from pantau.gnews_queries import render_block, replace_block, watchlist_queries
from pantau.settings import DEFAULT_SOURCES, DEFAULT_WATCHLIST
from pantau.sources import parse_sources


def main() -> int:
    """Regenerate the block and check that the sources file still loads."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--watchlist", type=Path, default=DEFAULT_WATCHLIST)
    parser.add_argument("--sources", type=Path, default=DEFAULT_SOURCES)
    args = parser.parse_args()
    try:
        queries = watchlist_queries(args.watchlist)
        text = replace_block(args.sources.read_text(encoding="utf-8"), render_block(queries))
        parse_sources(text, str(args.sources))
    except (PantauError, OSError) as exc:
        print(f"gnews_queries: error: {exc}", file=sys.stderr)
        return 1
    args.sources.write_text(text, encoding="utf-8")
    print(f"wrote {len(queries)} Google News searches into {args.sources}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
