"""The workbench in a real browser: Chromium driven by Playwright against `pantau web`."""

from __future__ import annotations

import re
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright
from web_server import CHROMIUM, CHROMIUM_ARGS, pantau_web, require_chromium, running_web
from web_site import HOSTILE_TITLE, private_warehouse

from conftest import REPO


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    require_chromium()
    with sync_playwright() as pw:
        launched = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def web_db(tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> Path:
    return private_warehouse(tmp_path_factory, tmp_path)


@pytest.fixture
def site(web_db: Path) -> Iterator[str]:
    with running_web(web_db) as base:
        yield base


@pytest.fixture
def page(browser: Browser, site: str) -> Iterator[Page]:
    context = browser.new_context(base_url=site, viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda exc: errors.append(str(exc)))
    yield opened
    context.close()
    assert not errors, errors


def _shot(page: Page, name: str, tmp_path: Path) -> None:
    page.screenshot(path=str(tmp_path / f"{name}.png"), full_page=True)


def _alerts(db: Path) -> dict[str, tuple[object, ...]]:
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("SELECT story_id, title, supplier, recipient, items, review FROM alerts")
        return {r[0]: r[1:] for r in rows.fetchall()}


def test_alerts_lead_to_a_story_and_an_article(page: Page, web_db: Path, tmp_path: Path) -> None:
    page.goto("/")
    rows = page.locator("table.alerts tbody tr")
    expect(rows).to_have_count(len(_alerts(web_db)))
    _shot(page, "alerts", tmp_path)
    headline = rows.filter(has_text="Jutaan Peluru").locator("a.open")
    title = headline.inner_text()
    headline.click()
    expect(page).to_have_url(re.compile(r"/story/\w+$"))
    expect(page.locator("h1")).to_have_text(title)
    expect(page.locator("ol.reports li").first).to_contain_text("score")
    _shot(page, "story", tmp_path)
    page.locator("ol.reports a.open").first.click()
    expect(page).to_have_url(re.compile(r"/article/\w+$"))
    assert page.locator("article .body mark").count() >= 3
    expect(page.locator(".verdict-box")).to_contain_text("Watchlist")
    _shot(page, "article", tmp_path)


def test_a_filter_changes_the_list_and_the_url(page: Page, web_db: Path) -> None:
    page.goto("/")
    everything = page.locator("table.alerts tbody tr").count()
    page.select_option("select[name=supplier]", "KP")
    page.click(".filters button")
    expect(page).to_have_url(re.compile(r"[?&]supplier=KP(&|$)"))
    rows = page.locator("table.alerts tbody tr")
    wanted = sum(1 for r in _alerts(web_db).values() if r[1] == "KP")
    expect(rows).to_have_count(wanted)
    assert 0 < wanted < everything
    for pair in rows.locator("td.pair").all_inner_texts():
        assert pair.startswith("North Korea →")
    page.go_back()
    expect(page.locator("table.alerts tbody tr")).to_have_count(everything)


def test_dismiss_and_correct_through_the_page_change_the_view_and_the_digest(
    page: Page, web_db: Path, tmp_path: Path
) -> None:
    page.goto("/")
    page.locator("a.open", has_text="Jutaan Peluru").click()
    story_id = page.url.rsplit("/", 1)[1]
    page.select_option("#review-panel select[name=reason]", "not_arms_supply")
    page.click("#review-panel button[value=dismiss]")
    expect(page.locator("#review-panel")).to_contain_text("dismiss by analis-uji")
    assert story_id not in _alerts(web_db)

    page.goto("/")
    page.locator("a.open", has_text="Su-35").click()
    corrected = page.url.rsplit("/", 1)[1]
    page.fill("#review-panel input[name=supplier]", "RU")
    page.fill("#review-panel input[name=recipient]", "BY")
    page.fill("#review-panel input[name=items]", "fighter jet")
    page.fill("#review-panel textarea[name=note]", "Belarus, not Iran")
    page.click("#review-panel button[value=correct]")
    expect(page.locator("#review-panel")).to_contain_text("correct by analis-uji")
    expect(page.locator("#story-facts")).to_contain_text("Russia → Belarus · fighter jet")
    _shot(page, "corrected", tmp_path)
    assert _alerts(web_db)[corrected][1:] == ("RU", "BY", ["fighter jet"], "correct")

    page.goto("/?review=dismiss")
    expect(page.locator("table.alerts tbody tr")).to_have_count(1)
    out = tmp_path / "digest"
    done = subprocess.run(
        [sys.executable, "-m", "pantau", "digest", "--dry-run", str(out), "--db", str(web_db)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    preview = next(out.glob("*.html")).read_text(encoding="utf-8")
    assert "Jutaan Peluru" not in preview
    assert "Belarus" in preview and "Su-35" in preview


def test_keyboard_shortcuts(page: Page, web_db: Path) -> None:
    page.goto("/")
    page.keyboard.press("j")
    page.keyboard.press("j")
    page.keyboard.press("k")
    current = page.locator("tr.row.current")
    expect(current).to_have_count(1)
    assert current.get_attribute("data-href") == page.locator("tr.row").first.get_attribute(
        "data-href"
    )
    page.keyboard.press("j")
    second = page.locator("tr.row").nth(1)
    expect(second).to_have_class(re.compile("current"))
    page.keyboard.press("c")
    expect(second.locator(".review-state")).to_contain_text("confirm")
    story_id = (second.get_attribute("data-href") or "").rsplit("/", 1)[1]
    assert _alerts(web_db)[story_id][4] == "confirm"
    page.keyboard.press("j")
    page.keyboard.press("x")
    expect(page.locator("tr.row").nth(2).locator(".review-state")).to_contain_text("dismiss")
    page.keyboard.press("o")
    expect(page).to_have_url(re.compile(r"/story/\w+$"))
    page.keyboard.press("?")
    expect(page.locator("#keys-help")).to_be_visible()
    page.keyboard.press("Escape")
    page.keyboard.press("/")
    expect(page.locator("#quick-search")).to_be_focused()
    page.keyboard.type("drone")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/search\?q=drone"))
    assert page.locator("table.search tbody tr").count() > 0


def test_markup_in_a_feed_title_is_shown_as_text_and_runs_nothing(
    page: Page, tmp_path: Path
) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto("/")
    link = page.locator("a.open", has_text="pasok drone Shahed")
    expect(link).to_have_text(HOSTILE_TITLE)
    expect(page.locator("td.outlets", has_text="Kabar <b>Nakal</b>")).to_have_count(1)
    link.click()
    expect(page.locator("h1")).to_have_text(HOSTILE_TITLE)
    page.locator("ol.reports a.open").first.click()
    expect(page.locator("h1")).to_have_text(HOSTILE_TITLE)
    _shot(page, "hostile", tmp_path)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("main img, main script, main b").count() == 0
    assert not dialogs


def test_a_post_without_the_token_is_refused(site: str, web_db: Path) -> None:
    story_id = next(iter(_alerts(web_db)))
    form = urllib.parse.urlencode(
        {"story_id": story_id, "article_id": story_id, "action": "dismiss"}
    ).encode()
    for extra in ({}, {"csrf": "0" * 64}):
        body = form + (b"&" + urllib.parse.urlencode(extra).encode() if extra else b"")
        request = urllib.request.Request(site + "/review", data=body, method="POST")
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request, timeout=10)
        assert refused.value.code == 403
        refused.value.close()
    assert story_id in _alerts(web_db)


def test_reading_and_reviewing_work_without_javascript(browser: Browser, site: str) -> None:
    context = browser.new_context(base_url=site, java_script_enabled=False)
    page = context.new_page()
    page.goto("/")
    page.locator("a.open", has_text="KN-23").click()
    page.click("#review-panel button[value=confirm]")
    expect(page).to_have_url(re.compile(r"/story/\w+$"))
    expect(page.locator("#review-panel")).to_contain_text("confirm by analis-uji")
    context.close()


def test_a_non_loopback_bind_needs_a_password(web_db: Path, browser: Browser) -> None:
    refused = pantau_web("--db", str(web_db), "--host", "0.0.0.0", "--port", "1")
    _, stderr = refused.communicate(timeout=60)
    assert refused.returncode != 0
    assert stderr.strip().count("\n") == 0 and "PANTAU_WEB_PASSWORD" in stderr, stderr
    secret = {"PANTAU_WEB_PASSWORD": "kata-sandi-uji"}
    with running_web(web_db, "--host", "0.0.0.0", env=secret) as base:
        context = browser.new_context(base_url=base)
        page = context.new_page()
        page.goto("/trends")
        expect(page).to_have_url(re.compile(r"/login\?next=/trends"))
        page.fill("input[name=name]", "rina")
        page.fill("input[name=password]", "salah")
        page.click("form.login button")
        expect(page.locator(".problem")).to_contain_text("Wrong password")
        page.fill("input[name=name]", "rina")
        page.fill("input[name=password]", "kata-sandi-uji")
        page.click("form.login button")
        expect(page).to_have_url(re.compile(r"/trends$"))
        expect(page.locator(".who")).to_have_text("rina")
        context.close()
