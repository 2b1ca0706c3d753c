"""The Fetcher against a real hostile server: bounds, safety, politeness, outcomes."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from dataclasses import replace

import pytest
from hostile.server import Hostile, hostile_site

from connectors.http import Fetcher, FetchResult, parse_retry_after
from connectors.safety import ConnectTo
from pantau.settings import FetchSettings

FAST = FetchSettings(
    connect_timeout=1.0,
    read_timeout=1.5,
    request_deadline=3.0,
    run_deadline=30.0,
    min_host_interval=0.0,
    max_bytes=1024 * 1024,
    retries=1,
    backoff_base=0.05,
    backoff_cap=0.2,
    max_retry_after=2.0,
)


@pytest.fixture(scope="module")
def site() -> Iterator[Hostile]:
    with hostile_site() as running:
        yield running


def _get(site: Hostile, path: str, kind: str = "page", **settings: object) -> FetchResult:
    async def go() -> FetchResult:
        fetch = replace(FAST, **settings)  # type: ignore[arg-type]
        allowed = [site.host, f"127.0.0.1:{site.closed_port}"]
        async with Fetcher(fetch, allow_hosts=allowed) as fetcher:
            url = f"{site.base}{path}" if path.startswith("/") else path
            return await fetcher.get(url, source_id="t", kind=kind)  # type: ignore[arg-type]

    return asyncio.run(go())


def test_a_good_page_arrives_with_its_charset(site: Hostile) -> None:
    result = _get(site, "/a/1.html")
    assert result.ok and result.body is not None and b"Artikel 1.html" in result.body
    assert result.charset == "utf-8" and result.content_type == "text/html"
    assert result.record.final_url == f"{site.base}/a/1.html"


@pytest.mark.parametrize("path", ["/drip-page", "/hang-page"])
def test_a_slow_server_costs_at_most_the_request_deadline(site: Hostile, path: str) -> None:
    started = time.monotonic()
    result = _get(site, path, retries=0)
    assert time.monotonic() - started < FAST.request_deadline + 1.5
    assert result.record.status == "error" and result.transient
    assert "timed out" in (result.record.error or "") or "within" in (result.record.error or "")


def test_a_two_gigabyte_body_is_cut_at_the_cap(site: Hostile) -> None:
    started = time.monotonic()
    result = _get(site, "/huge-page")
    assert time.monotonic() - started < 5
    assert result.body is None and "cap" in (result.record.error or "")


def test_a_gzip_bomb_never_expands_past_the_cap(site: Hostile) -> None:
    result = _get(site, "/bomb-page")
    assert result.body is None and "once decompressed" in (result.record.error or "")


def test_a_redirect_loop_is_an_error(site: Hostile) -> None:
    result = _get(site, "/loop-a")
    assert result.record.status == "error" and "redirect loop" in (result.record.error or "")


@pytest.mark.parametrize(
    ("path", "reason"),
    [("/doc.pdf", "application/pdf"), ("/blob", "PNG"), ("/feed/binary.xml", "PNG")],
)
def test_binary_bodies_are_refused(site: Hostile, path: str, reason: str) -> None:
    result = _get(site, path)
    assert result.body is None and reason in (result.record.error or "")
    assert not result.transient


def test_forbidden_destinations_are_never_contacted(site: Hostile) -> None:
    for target in (
        f"http://127.0.0.1:{site.forbidden_port}/x",
        f"http://localhost:{site.forbidden_port}/x",
        f"http://[::ffff:127.0.0.1]:{site.forbidden_port}/x",
        "/redirect-forbidden",
    ):
        result = _get(site, target, kind="feed")
        assert result.record.status == "error"
        assert "refused" in (result.record.error or ""), result.record.error
        assert not result.transient
    for scheme in ("ftp://127.0.0.1/x", "file:///etc/passwd", "javascript:alert(1)"):
        assert "not an http(s) URL" in (_get(site, scheme).record.error or "")
    assert site.forbidden_connections == []


def test_a_private_address_is_refused_even_on_the_allowed_host_name(site: Hostile) -> None:
    async def go() -> FetchResult:
        async with Fetcher(FAST) as fetcher:  # nothing allowed
            return await fetcher.get(f"{site.base}/a/1.html", source_id="t", kind="page")

    result = asyncio.run(go())
    assert "refused to connect to loopback address 127.0.0.1" in (result.record.error or "")


def test_robots_txt_is_honoured_and_fetched_once(site: Hostile) -> None:
    async def go() -> list[FetchResult]:
        async with Fetcher(FAST, allow_hosts=[site.host]) as fetcher:
            urls = [f"{site.base}/private/p{i}.html" for i in range(3)]
            urls += [f"{site.base}/a/r{i}.html" for i in range(3)]
            return list(
                await asyncio.gather(*(fetcher.get(u, source_id="t", kind="page") for u in urls))
            )

    before = site.hits["/robots.txt"]
    results = asyncio.run(go())
    assert [r.ok for r in results] == [False] * 3 + [True] * 3
    assert all(r.record.error == "disallowed by robots.txt" for r in results[:3])
    assert site.hits["/robots.txt"] == before + 1
    assert all(site.hits[f"/private/p{i}.html"] == 0 for i in range(3))


def test_retry_after_beyond_the_bound_skips_the_host_for_the_run(site: Hostile) -> None:
    started = time.monotonic()
    result = _get(site, "/feed/429.xml", kind="feed")
    assert time.monotonic() - started < 2
    assert result.transient and result.retry_after == 3600
    assert "asks to wait 3600 s" in (result.record.error or "")


def test_a_short_retry_after_is_waited_out_once(site: Hostile) -> None:
    before = site.hits["/feed/503.xml"]
    started = time.monotonic()
    result = _get(site, "/feed/503.xml", kind="feed")
    assert 1.0 <= time.monotonic() - started < 3
    assert site.hits["/feed/503.xml"] == before + 2
    assert result.record.http_status == 503 and result.transient


def test_a_closed_port_is_a_transient_error(site: Hostile) -> None:
    result = _get(site, f"http://127.0.0.1:{site.closed_port}/x", kind="feed")
    assert result.record.status == "error" and result.transient
    assert result.record.http_status is None


def test_no_fetch_starts_after_the_run_deadline(site: Hostile) -> None:
    result = _get(site, "/a/late.html", run_deadline=0.0)
    assert result.skipped and site.hits["/a/late.html"] == 0


def test_requests_to_one_host_keep_their_interval(site: Hostile) -> None:
    async def go() -> float:
        settings = replace(FAST, min_host_interval=0.3)
        async with Fetcher(settings, allow_hosts=[site.host]) as fetcher:
            started = time.monotonic()
            urls = [f"{site.base}/a/i{i}.html" for i in range(4)]
            await asyncio.gather(*(fetcher.get(u, source_id="t", kind="feed") for u in urls))
            return time.monotonic() - started

    assert asyncio.run(go()) >= 0.9  # four starts, three intervals


def test_retry_after_parses_seconds_and_dates() -> None:
    assert parse_retry_after("120") == 120.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    assert parse_retry_after("soon") is None


def test_connect_to_fetches_a_url_from_another_port_and_keeps_the_url(site: Hostile) -> None:
    url = f"http://127.0.0.1:{site.closed_port}/a/1.html"
    served = site.host.rsplit(":", 1)[1]
    rerouted = (f"127.0.0.1:{site.closed_port}:127.0.0.1:{served}",)
    result = _get(site, url, connect_to=rerouted)
    assert result.ok and result.body is not None and b"Artikel 1.html" in result.body
    assert result.record.final_url == url
    assert not _get(site, url, retries=0).ok  # without it, the closed port answers nothing


def test_connect_to_is_still_guarded_where_it_goes(site: Hostile) -> None:
    async def go() -> FetchResult:
        reroute = replace(FAST, connect_to=(f"example.org:80:{site.host}",))
        async with Fetcher(reroute) as fetcher:  # 127.0.0.1 not allowed
            return await fetcher.get("http://example.org/a/1.html", source_id="t", kind="page")

    result = asyncio.run(go())
    assert not result.ok and "refused to connect to loopback" in (result.record.error or "")


@pytest.mark.parametrize("entry", ["127.0.0.1:80", "a:b:c:d", ":80:127.0.0.1:81"])
def test_a_bad_connect_to_entry_is_refused_with_its_form(entry: str) -> None:
    with pytest.raises(ValueError, match=r"HOST:PORT:TARGET-HOST:TARGET-PORT|ports must be"):
        ConnectTo.parse([entry])
