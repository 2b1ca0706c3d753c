"""The workbench's small pure parts: marked runs, tokens, cookies, safe redirects, CSV cells."""

from __future__ import annotations

import csv
import io
import json

from pantau.records import Mention
from pantau.web.marks import field_runs, runs, term_runs
from pantau.web.render import list_response
from pantau.web.security import (
    csrf_token,
    login_cookie,
    login_name,
    safe_next,
    valid_csrf,
)


def test_runs_mark_spans_and_merge_overlaps() -> None:
    text = "Korut kirim peluru ke Rusia"
    marked = runs(text, [(0, 5, "actor"), (12, 18, "item"), (14, 20, "item"), (21, 99, "x")])
    assert "".join(r.text for r in marked) == text
    assert [(r.text, r.kind) for r in marked if r.kind] == [
        ("Korut", "actor"),
        ("peluru k", "item"),
    ]


def test_field_and_term_runs_come_from_mentions() -> None:
    mentions = [
        Mention("actor", "Korut", "KP", "title", 0, 5),
        Mention("item", "peluru", "ammunition", "text", 6, 12),
    ]
    title = field_runs("Korut kirim", mentions, "title")
    assert [r.text for r in title if r.kind] == ["Korut"]
    evidence = term_runs("Pengiriman PELURU dari korut", mentions)
    assert [r.text for r in evidence if r.kind] == ["PELURU", "korut"]


def test_tokens_and_login_cookies_cannot_be_forged() -> None:
    secret, other = b"s" * 32, b"o" * 32
    token = csrf_token(secret, "browser-1")
    assert valid_csrf(secret, "browser-1", token)
    assert not valid_csrf(secret, "browser-2", token)
    assert not valid_csrf(other, "browser-1", token)
    assert not valid_csrf(secret, "browser-1", "")
    cookie = login_cookie(secret, "rina")
    assert login_name(secret, cookie) == "rina"
    assert login_name(other, cookie) is None
    forged = login_cookie(other, "admin").split(".")[0] + "." + cookie.split(".")[1]
    assert login_name(secret, forged) is None and login_name(secret, None) is None


def test_redirects_stay_on_this_site() -> None:
    assert safe_next("/story/abc?x=1") == "/story/abc?x=1"
    for bad in ("//evil.example/", "https://evil.example/", "/\\evil", "", None):
        assert safe_next(bad) == "/"


def test_csv_keeps_formulas_as_text_and_json_keeps_values() -> None:
    rows = [{"title": '=HYPERLINK("http://x")', "items": ["drone", "-1"], "score": -0.5}]
    text = list_response("csv", ("title", "items", "score"), rows, "t").body.decode()
    cells = next(iter(csv.DictReader(io.StringIO(text))))
    assert cells == {"title": '\'=HYPERLINK("http://x")', "items": "drone;-1", "score": "-0.5"}
    body = json.loads(list_response("json", ("title", "items"), rows, "t").body)
    assert body == {"rows": [{"title": rows[0]["title"], "items": ["drone", "-1"]}], "next": None}


def test_only_http_links_reach_an_href() -> None:
    from pantau.web.render import environment

    template = environment().from_string('<a href="{{ u | link }}">{{ u }}</a>')
    assert template.render(u="https://x.example/a?b=1&c=2") == (
        '<a href="https://x.example/a?b=1&amp;c=2">https://x.example/a?b=1&amp;c=2</a>'
    )
    assert template.render(u="javascript:alert(1)").startswith('<a href="#">')
