"""Reading a response body within a byte cap, on the wire and after gzip/deflate decoding."""

from __future__ import annotations

import zlib
from collections.abc import AsyncIterator

import httpx

from pantau.feed_guard import challenge_reason

_BINARY_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"RIFF", "a RIFF (WebP/AVI/WAV) file"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x1f\x8b", "a gzip file"),
    (b"\x7fELF", "an executable"),
    (b"ID3", "an MP3 file"),
    (b"OggS", "an Ogg file"),
)
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
_BINARY_PREFIXES = ("image/", "audio/", "video/", "font/")
_BINARY_TYPES = frozenset(
    {
        "application/pdf",
        "application/zip",
        "application/gzip",
        "application/msword",
        "application/vnd.ms-excel",
        "application/x-shockwave-flash",
    }
)


_CHALLENGE_SNIFF = 64 * 1024


class BodyRefused(Exception):
    """The body is too large, not decodable, or not the kind of document asked for."""


def refuse_content_type(content_type: str | None, *, page: bool) -> str | None:
    """Why a declared content type is not worth downloading, or None."""
    if not content_type:
        return None
    if content_type.startswith(_BINARY_PREFIXES) or content_type in _BINARY_TYPES:
        return f"not a text document ({content_type})"
    if page and content_type.endswith(("/xml", "+xml")) and content_type not in _HTML_TYPES:
        return None  # some sites serve XHTML as application/xml
    if page and content_type not in _HTML_TYPES and content_type != "application/octet-stream":
        return f"not an HTML page ({content_type})"
    return None


def sniff_binary(prefix: bytes) -> str | None:
    """What binary format the first bytes show, or None for text."""
    for magic, name in _BINARY_MAGIC:
        if prefix.startswith(magic):
            return name
    head = prefix[:1024]
    # UTF-16 text has NULs too, but starts with a BOM; anything else with NULs is binary.
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "binary data"
    return None


class _Decoder:
    """Incremental gzip/deflate decoding that never yields more than `cap` bytes in total."""

    def __init__(self, encoding: str, cap: int) -> None:
        self._encoding = encoding
        self._cap = cap
        self._out = 0
        self._raw_deflate = False
        self._zlib = self._new()

    def _new(self) -> zlib._Decompress:
        if self._encoding == "gzip":
            return zlib.decompressobj(16 + zlib.MAX_WBITS)
        return zlib.decompressobj(-zlib.MAX_WBITS if self._raw_deflate else zlib.MAX_WBITS)

    def feed(self, data: bytes) -> bytes:
        """Decode `data`; raises BodyRefused past the cap or on corrupt input."""
        pieces: list[bytes] = []
        while data:
            room = self._cap - self._out + 1
            try:
                piece = self._zlib.decompress(data, room)
            except zlib.error as exc:
                if self._encoding == "deflate" and not self._raw_deflate and self._out == 0:
                    # "deflate" is often sent without its zlib header: retry as raw deflate.
                    self._raw_deflate = True
                    self._zlib = self._new()
                    continue
                raise BodyRefused(f"corrupt {self._encoding} body: {exc}") from exc
            self._out += len(piece)
            if self._out > self._cap:
                raise BodyRefused(f"body exceeds the {self._cap}-byte cap once decompressed")
            pieces.append(piece)
            if self._zlib.unconsumed_tail:
                data = self._zlib.unconsumed_tail
            elif self._zlib.eof and self._zlib.unused_data:
                data = self._zlib.unused_data  # a further gzip member
                self._zlib = self._new()
            else:
                data = b""
        return b"".join(pieces)


async def read_capped(
    raw: AsyncIterator[bytes], content_encoding: str | None, cap: int, *, sniff: bool = True
) -> bytes:
    """Collect the body from `raw` (wire bytes), decoding it ourselves, both sides capped."""
    coding = (content_encoding or "identity").strip().lower()
    if coding in ("x-gzip",):
        coding = "gzip"
    if coding not in ("identity", "gzip", "deflate", ""):
        raise BodyRefused(f"unsupported content-encoding {content_encoding!r}")
    decoder = _Decoder(coding, cap) if coding in ("gzip", "deflate") else None
    chunks: list[bytes] = []
    wire = size = 0
    async for chunk in raw:
        wire += len(chunk)
        if wire > cap:
            raise BodyRefused(f"body exceeds the {cap}-byte cap")
        data = decoder.feed(chunk) if decoder is not None else chunk
        if sniff and size == 0 and data:
            kind = sniff_binary(data)
            if kind is not None:
                raise BodyRefused(f"not a text document ({kind})")
        size += len(data)
        chunks.append(data)
    return b"".join(chunks)


def media_type(content_type: str | None) -> str | None:
    """`text/html` of `Text/HTML; charset=UTF-8`."""
    return content_type.split(";")[0].strip().lower() if content_type else None


def charset_of(content_type: str | None) -> str | None:
    """The lower-cased charset parameter of a Content-Type, if any."""
    for param in (content_type or "").split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'").lower()
    return None


async def sniff_challenge(response: httpx.Response, status: int) -> str | None:
    """Why an error answer to a feed request is a WAF or bot challenge page, or None."""
    content_type = media_type(response.headers.get("content-type"))
    if content_type and not content_type.startswith(("text/html", "application/xhtml")):
        return None
    try:
        head = await read_capped(
            response.aiter_raw(), response.headers.get("content-encoding"), _CHALLENGE_SNIFF
        )
    except BodyRefused:
        return None  # bigger than any challenge page: an ordinary error answer
    return challenge_reason(status, content_type, head)
