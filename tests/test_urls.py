"""URL normalisation and article ids."""

from __future__ import annotations

from pantau.urls import absolute_http_url, article_id, normalize_url


def test_tracking_parameters_fragment_and_case_do_not_change_the_id() -> None:
    clean = "https://www.Republika.co.id/berita/abc/korut-kirim?page=2"
    noisy = "http://republika.co.id:80/berita/abc/korut-kirim/?utm_source=rss&page=2#komentar"
    assert normalize_url(noisy) == normalize_url(clean)
    assert article_id(noisy) == article_id(clean)


def test_different_articles_get_different_ids() -> None:
    assert article_id("https://a.id/berita/1") != article_id("https://a.id/berita/2")
    assert article_id("https://a.id/x?id=1") != article_id("https://a.id/x?id=2")


def test_only_http_links_are_kept_and_relative_ones_resolved() -> None:
    base = "https://kabar.example/rss/dunia.xml"
    assert absolute_http_url("/berita/1.html", base) == "https://kabar.example/berita/1.html"
    assert absolute_http_url("javascript:alert(1)", base) is None
    assert absolute_http_url("ftp://kabar.example/x", base) is None
    assert absolute_http_url("mailto:redaksi@kabar.example", base) is None
    assert absolute_http_url("  ", base) is None
    assert absolute_http_url(None, base) is None
