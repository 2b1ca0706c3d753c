"""Render Pantau's demo sample (site pages, feeds, sources.toml, labels.toml) from _content/."""

from __future__ import annotations

import html
import shutil
import sys
import tomllib
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

HERE = Path(__file__).resolve().parent
BASE = "__BASE__"
OUTLET_ORDER = ("republika", "antara", "kompas", "detik", "jakartapost", "antara-en")
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
BULAN = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip
DAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS_EN = (
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
)  # fmt: skip
COMMENTS = {
    "id": (
        ("Budi_Santoso88", "Terima kasih infonya, ditunggu kelanjutan beritanya."),
        ("ratna.dewi", "Tulisannya jelas. Tolong sumber datanya dicantumkan lengkap ya."),
        ("AgusWidodo", "Semoga pemerintah bisa mengambil sikap yang bijak."),
        ("Fitri_Yani", "Baru tahu soal ini, menarik sekali."),
        ("hendrawan_77", "Judulnya agak beda dengan isi, tapi beritanya bagus."),
    ),
    "en": (
        ("jkt_reader", "Thanks for the clear report. Looking forward to a follow-up."),
        ("M. Halim", "Good piece, though the headline oversells it a little."),
        ("sarah_w", "Would be great to see more local perspectives on this."),
        ("Andreas K.", "Interesting read. Any numbers for previous years?"),
    ),
}


@dataclass(frozen=True, slots=True)
class Outlet:
    """One outlet look-alike: names, language, navigation and section labels."""

    id: str
    site_name: str
    short: str
    lang: str
    title_suffix: str
    tagline: str
    nav: tuple[str, ...]
    sections: dict[str, str]


@dataclass(frozen=True, slots=True)
class Article:
    """One article page and its expected labels."""

    key: str
    outlet: Outlet
    path: str
    section: str
    published: datetime
    author: str
    title: str
    paragraphs: tuple[str, ...]
    lede: str
    tags: tuple[str, ...]
    image_caption: str
    kind: str
    dateline: str
    editor: str
    initials: str
    comments: tuple[tuple[str, str], ...]
    label: dict[str, Any]

    @property
    def url(self) -> str:
        """Absolute URL with the __BASE__ placeholder."""
        return BASE + self.path

    @property
    def section_label(self) -> str:
        """The section's display name."""
        return self.outlet.sections.get(self.section, self.section.title())


@dataclass(frozen=True, slots=True)
class Block:
    """One piece of an article body: a paragraph, an in-body teaser or an ad slot."""

    kind: str
    text: str = ""
    link: Article | None = None


def _load_toml(path: Path) -> dict[str, Any]:
    with path.open("rb") as fh:
        return tomllib.load(fh)


def load() -> tuple[list[Outlet], list[Article], list[dict[str, Any]], list[dict[str, Any]]]:
    """Read outlets, feeds, broken sources and articles from _content/."""
    meta = _load_toml(HERE / "_content" / "outlets.toml")
    outlets = [
        Outlet(**{**o, "nav": tuple(o["nav"]), "sections": dict(o["sections"])})
        for o in meta["outlet"]
    ]
    by_id = {o.id: o for o in outlets}
    articles: list[Article] = []
    for outlet_id in OUTLET_ORDER:
        for raw in _load_toml(HERE / "_content" / f"{outlet_id}.toml")["article"]:
            paragraphs = tuple(p.strip() for p in raw["body"].strip().split("\n\n"))
            label = {k: raw[k] for k in ("arms_supply", "watched", "alert") if k in raw}
            label |= {k: raw[k] for k in ("supplier", "recipient", "note") if k in raw}
            articles.append(
                Article(
                    key=raw["key"],
                    outlet=by_id[outlet_id],
                    path=raw["path"],
                    section=raw["section"],
                    published=datetime.fromisoformat(raw["published"]),
                    author=raw["author"],
                    title=raw["title"],
                    paragraphs=paragraphs,
                    lede=raw.get("lede", paragraphs[0]),
                    tags=tuple(raw["tags"]),
                    image_caption=raw["image_caption"],
                    kind=raw.get("kind", "article"),
                    dateline=raw.get("dateline", ""),
                    editor=raw.get("editor", ""),
                    initials=raw.get("initials", ""),
                    comments=tuple(tuple(c) for c in raw.get("comments", ())),
                    label=label,
                )
            )
    return outlets, articles, meta["feed"], meta["broken"]


def _siblings(article: Article, articles: list[Article]) -> list[Article]:
    same = [a for a in articles if a.outlet.id == article.outlet.id]
    i = same.index(article)
    return (same[i + 1 :] + same[:i])[:3]


def _blocks(article: Article, related: list[Article]) -> list[Block]:
    blocks: list[Block] = []
    for i, text in enumerate(article.paragraphs):
        blocks.append(Block("p", text))
        if i == 1 and article.kind == "article":
            blocks.append(Block("teaser", link=related[0]))
        if i == 2:
            blocks.append(Block("ad"))
        if i == 4 and len(article.paragraphs) > 6:
            blocks.append(Block("teaser", link=related[1]))
    return blocks


def _comments(article: Article, index: int) -> list[tuple[str, str, str]]:
    pool = COMMENTS[article.outlet.lang]
    picked = list(article.comments) or [pool[(index + k) % len(pool)] for k in range(index % 3 + 1)]
    return [(name, _when(article, k), text) for k, (name, text) in enumerate(picked)]


def _when(article: Article, k: int) -> str:
    at = article.published + timedelta(hours=2 + 3 * k, minutes=17 * (k + 1))
    return f"{at:%d/%m/%Y %H:%M}"


def dates(d: datetime) -> dict[str, str]:
    """Every date spelling the templates use."""
    return {
        "iso": d.isoformat(),
        "rfc822": f"{DAYS_EN[d.weekday()]}, {d:%d} {MONTHS_EN[d.month - 1]} {d:%Y %H:%M:%S} +0700",
        "id_long": f"{HARI[d.weekday()]}, {d.day} {BULAN[d.month - 1]} {d:%Y %H:%M} WIB",
        "id_short": f"{HARI[d.weekday()]}, {d:%d} {BULAN[d.month - 1][:3]} {d:%Y %H:%M} WIB",
        "id_day": f"{d.day} {BULAN[d.month - 1]} {d.year}",
        "en_long": f"{DAYS_EN[d.weekday()]}, {d:%B} {d.day}, {d.year}",
        "en_time": f"{d.day} {d:%B} {d.year} {d:%H:%M}",
        "hm": f"{d:%H:%M}",
        "slash": f"{d:%Y/%m/%d %H:%M:%S}",
        "space": f"{d:%Y-%m-%d %H:%M:%S}",
    }


def _env() -> Environment:
    env = Environment(
        loader=FileSystemLoader(HERE / "_templates"),
        autoescape=False,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["h"] = lambda s: html.escape(str(s), quote=False)
    env.filters["attr"] = lambda s: html.escape(str(s), quote=True)
    env.globals["base"] = BASE
    env.globals["dates"] = dates
    return env


def _write(dest: Path, rel: str, text: str) -> None:
    path = dest / rel.lstrip("/")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _feed_items(feed: dict[str, Any], by_key: dict[str, Article]) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for key in feed["items"]:
        a = by_key[key]
        link = a.url + feed.get("link_suffix", {}).get(key, "")
        items.append(
            {
                "title": a.title, "link": link, "guid": a.url, "lede": a.lede,
                "author": a.author, "category": a.section_label, "published": a.published,
                "pubdate": key not in feed.get("no_pubdate", ()), "key": key,
            }
        )  # fmt: skip
    for m in feed.get("missing", ()):
        items.append(
            {
                "title": m["title"], "link": BASE + m["path"], "guid": BASE + m["path"],
                "lede": m["lede"], "author": "", "category": "Dunia", "pubdate": True,
                "published": datetime.fromisoformat(m["published"]), "key": "missing",
            }
        )  # fmt: skip
    return sorted(items, key=lambda i: i["published"], reverse=True)


def _toml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def build(dest: Path) -> None:
    """Render everything into dest (site/, sources.toml, labels.toml)."""
    outlets, articles, feeds, broken = load()
    env = _env()
    site = dest / "site"
    for i, a in enumerate(articles):
        related = _siblings(a, articles)
        page = env.get_template(f"{a.outlet.id}.html.j2").render(
            a=a, o=a.outlet, d=dates(a.published), blocks=_blocks(a, related),
            related=related, comments=_comments(a, i),
        )  # fmt: skip
        _write(site, a.path, page)
    index = env.get_template("index.html.j2")
    for o in outlets:
        mine = sorted((a for a in articles if a.outlet is o), key=lambda a: a.published)
        _write(site, f"/{o.id}/index.html", index.render(o=o, arts=mine[::-1]))
    by_key = {a.key: a for a in articles}
    outlet_of = {o.id: o for o in outlets}
    for f in feeds:
        template = env.get_template(f"{f['format']}.xml.j2")
        items = _feed_items(f, by_key)
        _write(site, f["path"], template.render(f=f, o=outlet_of[f["outlet"]], items=items))
    _write(site, "/index.html", env.get_template("portal.html.j2").render(outlets=outlets))
    (site / "static").mkdir(parents=True, exist_ok=True)
    for name in ("placeholder.svg", "demo.css"):
        shutil.copyfile(HERE / "_templates" / name, site / "static" / name)
    lines = [
        "# Pantau demo sources (generated by _build.py). __BASE__ is the demo site root.",
        "# The sample is a fixed snapshot of November 2026: a year's silence limit keeps its",
        "# feeds from being reported silent as it ages.",
        "",
    ]
    for f in feeds:
        o = outlet_of[f["outlet"]]
        lines += _source(f["id"], o.short, BASE + f["path"], o.lang)
    for b in broken:
        lines += _source(b["id"], b["name"], BASE + b["url"], b["lang"])
    (dest / "sources.toml").write_text("\n".join(lines), encoding="utf-8")
    (dest / "labels.toml").write_text(_labels(articles), encoding="utf-8")


def _source(sid: str, name: str, url: str, lang: str) -> list[str]:
    return [
        "[[sources]]", f'id = "{sid}"', f"name = {_toml_str(name)}", f'url = "{url}"',
        'kind = "feed"', f'lang = "{lang}"', "max_silence_hours = 8760", "",
    ]  # fmt: skip


def _labels(articles: list[Article]) -> str:
    lines = [
        "# Expected labels for every article page (generated by _build.py from _content/).",
        "# path is the URL path under the demo site's root (= the file under site/).",
        "# alert = arms_supply and watched; supplier/recipient are ISO 3166 alpha-2 codes.",
        "# On stories without a transfer, watched marks Russia, North Korea or Iran as a main",
        "# party, or military drones as the subject (civilian drones are not watched).",
        "",
    ]
    for a in articles:
        lines += ["[[article]]", f"path = {_toml_str(a.path)}", f'outlet = "{a.outlet.id}"']
        lines.append(f'lang = "{a.outlet.lang}"')
        for k in ("alert", "arms_supply", "watched"):
            lines.append(f"{k} = {str(a.label[k]).lower()}")
        for k in ("supplier", "recipient", "note"):
            if k in a.label:
                lines.append(f"{k} = {_toml_str(a.label[k])}")
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    """Rebuild the committed sample in place (or into argv[1])."""
    dest = Path(argv[1]) if len(argv) > 1 else HERE
    if (dest / "site").exists():
        shutil.rmtree(dest / "site")
    build(dest)
    print(f"sample written to {dest}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
