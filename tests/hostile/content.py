"""Documents of the hostile site, written for these tests."""

from __future__ import annotations

import zlib
from functools import lru_cache

ARTICLE_WORDS = (
    "Pemerintah kota mengumumkan jadwal baru perbaikan jalan di kawasan pelabuhan. "
    "Warga diminta memakai jalur alternatif selama pekerjaan berlangsung pada malam hari. "
    "Kepala dinas menjelaskan bahwa anggaran perbaikan berasal dari dana daerah tahun ini. "
    "Pedagang pasar berharap pekerjaan selesai sebelum musim hujan tiba bulan depan. "
    "Petugas lalu lintas akan berjaga di setiap persimpangan utama selama dua minggu."
)


def article_page(title: str, paragraphs: int = 3, charset: str = "utf-8") -> str:
    """An article page with a headline and a few paragraphs of body text."""
    body = "\n".join(f"<p>{ARTICLE_WORDS} Bagian {i + 1}.</p>" for i in range(paragraphs))
    return (
        f'<!doctype html><html lang="id"><head><meta charset="{charset}">'
        f"<title>{title}</title></head><body><header><nav>Beranda | Nasional</nav></header>"
        f"<article><h1>{title}</h1>{body}</article><footer>Redaksi</footer></body></html>"
    )


def rss(items: list[tuple[str, str | None]], *, declaration: str = "") -> str:
    """An RSS 2.0 document with (title, link) items; a None link leaves the element out."""
    parts = []
    for title, link in items:
        link_xml = f"<link>{link}</link>" if link is not None else ""
        parts.append(
            f"<item><title>{title}</title>{link_xml}"
            f"<description>Ringkasan singkat untuk {title}.</description>"
            f"<pubDate>Tue, 24 Nov 2026 14:05:00 +0700</pubDate></item>"
        )
    return (
        f'{declaration}<rss version="2.0"><channel><title>Situs Uji</title>'
        f"<link>http://hostile.invalid/</link>{''.join(parts)}</channel></rss>"
    )


def big_feed(base: str, count: int) -> bytes:
    """A feed listing `count` items, for the item cap."""
    items = "".join(
        f"<item><title>Butir {i}</title><link>{base}/big/{i}.html</link>"
        f"<description>Butir nomor {i} dari daftar panjang.</description></item>"
        for i in range(count)
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Besar</title>{items}</channel></rss>"
    ).encode()


BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE rss [\n <!ENTITY lol "lol">\n'
    + "".join(
        f' <!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">\n'
        for n in range(1, 10)
    )
    + ']>\n<rss version="2.0"><channel><title>&lol9;</title>'
    "<item><title>&lol9;</title><link>__BASE__/a/1.html</link></item></channel></rss>"
)


def xxe_feed(forbidden_port: int) -> str:
    """External entities pointing at a local file and at a port that must not be contacted."""
    return (
        '<?xml version="1.0"?>\n<!DOCTYPE rss [\n'
        ' <!ENTITY file SYSTEM "file:///etc/passwd">\n'
        f' <!ENTITY net SYSTEM "http://127.0.0.1:{forbidden_port}/entity">\n]>\n'
        '<rss version="2.0"><channel><title>x</title>'
        "<item><title>a&file;b&net;</title><link>__BASE__/a/2.html</link></item>"
        "</channel></rss>"
    )


@lru_cache(maxsize=1)
def gzip_bomb(megabytes: int = 128) -> bytes:
    """`megabytes` of zeros, gzip-compressed to a few hundred kilobytes."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = bytes(1024 * 1024)
    return b"".join(packer.compress(zeros) for _ in range(megabytes)) + packer.flush()


PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
