"""Turn one fetched page (or just its feed entry) into a stored article and its verdict."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from pantau.clusters import Signature, signature
from pantau.extract import extract_page
from pantau.filter.classify import classify
from pantau.filter.watchlist import Watchlist, load_watchlist
from pantau.records import Article, FeedEntry, FetchedPage, Verdict
from pantau.urls import article_id

MIN_ARTICLE_WORDS = 40
_EXTRACTION_FAILURES = ("extraction failed", "no article text found")


@dataclass(frozen=True, slots=True)
class PageJob:
    """One article to build: its feed entry and, when the fetch succeeded, the page."""

    entry: FeedEntry
    fetched_at: datetime
    page: FetchedPage | None = None
    fetch_error: str | None = None
    fetch_transient: bool = False


@dataclass(frozen=True, slots=True)
class Processed:
    """An article ready to store, its verdict, its story signature, and why extraction fell
    back if it did."""

    article: Article
    verdict: Verdict
    signature: Signature
    note: str | None = None
    retry: bool = False  # the fetch or extraction failed in a way a later run may not repeat


def build_article(job: PageJob) -> tuple[Article, str | None]:
    """Extract the page; fall back to the feed summary and say why."""
    entry = job.entry
    extracted = None
    note = job.fetch_error
    if job.page is not None:
        try:
            extracted = extract_page(job.page.body, job.page.final_url, job.page.encoding)
        except Exception as exc:  # a hostile page must cost one article's text, not the run
            note = f"extraction failed: {type(exc).__name__}: {exc}"[:300]
        else:
            if extracted is None:
                note = "no article text found in page"
    summary = entry.summary
    if extracted is not None and _is_thin(extracted.text, summary):
        note = f"page text too short ({len(extracted.text.split())} words): used the feed summary"
        text: str | None = summary
        method = "feed_summary"
    elif extracted is not None:
        text = extracted.text
        method = "trafilatura"
    elif summary:
        text, method = summary, "feed_summary"
    else:
        text, method = None, "none"
    article = Article(
        article_id=article_id(entry.url),
        url=entry.url,
        source_id=entry.source_id,
        fetched_at=job.fetched_at,
        extraction_method=method,  # type: ignore[arg-type]
        content_hash=content_hash(text or ""),
        canonical_url=extracted.canonical_url if extracted else None,
        title=entry.title or (extracted.title if extracted else None),
        author=(extracted.author if extracted else None) or entry.author,
        published_at=entry.published_at or (extracted.published_at if extracted else None),
        lang=extracted.lang if extracted else None,
        text=text,
        summary=summary,
        site_name=extracted.site_name if extracted else None,
    )
    return article, note


def _is_thin(text: str, summary: str | None) -> bool:
    """A video or gallery page yields a caption and page chrome; the feed's lede says more."""
    words = len(text.split())
    return words < MIN_ARTICLE_WORDS and summary is not None and len(summary.split()) > words


def process(job: PageJob, watchlist: Watchlist) -> Processed:
    """Build the article, judge it, and sign it for story clustering (here, in the pool)."""
    article, note = build_article(job)
    verdict = classify(article.title or "", article.text or "", watchlist)
    return Processed(
        article=article,
        verdict=verdict,
        signature=signature(story_text(article)),
        note=note,
        retry=_worth_retrying(job, note),
    )


def story_text(article: Article) -> str:
    """What story clustering compares: the text, else the feed summary, else the title."""
    return article.text or article.summary or article.title or ""


def process_crashed(job: PageJob, watchlist_path: Path) -> Processed:
    """The page killed the worker process extracting it: store the feed summary, never retry."""
    note = "extracting the page killed its worker process: used the feed summary"
    crashed = replace(job, page=None, fetch_error=note, fetch_transient=False)
    return process(crashed, _cached_watchlist(watchlist_path))


def _worth_retrying(job: PageJob, note: str | None) -> bool:
    """A transient fetch failure, or a page that crashed or yielded no text, may do better later."""
    if job.page is None:
        return job.fetch_transient
    return note is not None and note.startswith(_EXTRACTION_FAILURES)


def process_batch(jobs: list[PageJob], watchlist_path: Path) -> list[Processed]:
    """Process a batch; a module-level function so a process pool can run it."""
    watchlist = _cached_watchlist(watchlist_path)
    return [process(job, watchlist) for job in jobs]


@lru_cache(maxsize=4)
def _cached_watchlist(path: Path) -> Watchlist:
    return load_watchlist(path)


def content_hash(text: str) -> str:
    """SHA-1 of the whitespace-normalised text."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()
