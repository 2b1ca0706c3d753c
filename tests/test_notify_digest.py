"""The email side of issue 15: the STARTTLS hint, the preview's chart, workbench links."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_digest_smtp import MAIL, Inbox, _smtp, smtp_server
from test_digest_support import NAMES, NOW, make_db

from flows.digest import run_digest
from pantau.digest.message import CHART_CID
from pantau.errors import DeliveryError


def test_a_server_without_starttls_names_the_plain_smtp_setting(tmp_path: Path) -> None:
    db = make_db(tmp_path / "w.duckdb")
    with smtp_server(Inbox()) as port, pytest.raises(DeliveryError) as caught:
        run_digest(db, MAIL, _smtp(port, security="starttls"), NOW, names=NAMES)
    message = str(caught.value)
    assert "does not offer STARTTLS" in message and "PANTAU_SMTP_SECURITY=none" in message
    assert "\n" not in message


def test_the_preview_shows_its_chart_from_a_file_beside_it(tmp_path: Path) -> None:
    db = make_db(tmp_path / "w.duckdb")
    out = tmp_path / "out"
    (outcome,) = run_digest(db, MAIL, None, NOW, dry_run=out, names=NAMES)
    eml, html = outcome.files
    page = html.read_text(encoding="utf-8")
    png = html.with_suffix(".png")
    assert f'src="{png.name}"' in page and "cid:" not in page
    assert png.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert f"cid:{CHART_CID}".encode() in eml.read_bytes()  # the email itself is unchanged


def test_digest_headlines_link_to_the_workbench_when_pantau_web_url_is_set(
    tmp_path: Path,
) -> None:
    db = make_db(tmp_path / "w.duckdb")
    out = tmp_path / "out"
    (outcome,) = run_digest(
        db, MAIL, None, NOW, dry_run=out, names=NAMES, web_url="https://pantau.example"
    )
    page = outcome.files[1].read_text(encoding="utf-8")
    assert 'href="https://pantau.example/story/a1"' in page
    assert 'href="https://warta.example/berita/a1"' in page  # outlets still link to articles
