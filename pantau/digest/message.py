"""Build the digest email: multipart/alternative, headers safe against injected newlines."""

from __future__ import annotations

import re
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid, parseaddr

from pantau.digest.model import RenderedDigest

CHART_CID = "alert-flows-per-week@pantau.invalid"
"""Content-ID of the trend chart image the HTML part shows inline."""
_UNSAFE = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]+")


def header_value(value: str, limit: int = 200) -> str:
    """One header line: control characters (CR, LF, ...) become spaces, then trimmed."""
    flat = " ".join(_UNSAFE.sub(" ", value).split())
    return flat[:limit]


def build_message(
    rendered: RenderedDigest,
    *,
    sender: str,
    to: str,
    now: datetime,
    digest_id: int = 0,
    chart_png: bytes | None = None,
) -> EmailMessage:
    """The email for one mailbox: text part first, HTML alternative second.

    With `chart_png`, the HTML part becomes multipart/related carrying the chart inline.
    """
    domain = parseaddr(sender)[1].rpartition("@")[2] or "pantau.invalid"
    message = EmailMessage(policy=SMTP)
    message["Subject"] = header_value(rendered.subject)
    message["From"] = header_value(sender)
    message["To"] = header_value(to)
    message["Date"] = format_datetime(now)
    message["Message-ID"] = make_msgid(idstring=f"digest{digest_id}", domain=domain)
    message["Auto-Submitted"] = "auto-generated"
    message["X-Pantau-Digest"] = str(digest_id)
    message.set_content(rendered.text, subtype="plain", charset="utf-8")
    message.add_alternative(rendered.html, subtype="html", charset="utf-8")
    if chart_png is not None:
        html = message.get_body(preferencelist=("html",))
        assert isinstance(html, EmailMessage)
        html.add_related(
            chart_png,
            maintype="image",
            subtype="png",
            cid=f"<{CHART_CID}>",
            filename="alert-flows-per-week.png",
            disposition="inline",
        )
    return message
