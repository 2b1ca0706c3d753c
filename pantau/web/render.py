"""Templates and list formats: every page as HTML, every list also as CSV and JSON."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from importlib import resources
from typing import Any
from urllib.parse import urlencode

import jinja2
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from pantau.records import WIB

LIST_FORMATS = ("html", "csv", "json")


def _wib(value: datetime | None, with_time: bool = True) -> str:
    if value is None:
        return "—"
    local = value.astimezone(WIB)
    return local.strftime("%Y-%m-%d %H:%M WIB" if with_time else "%Y-%m-%d")


def _link(value: str | None) -> str:
    """An outlet's URL for an href: http(s) only, anything else goes nowhere."""
    return value if value and value.lower().startswith(("http://", "https://")) else "#"


def _pct(value: float | Decimal | None) -> str:
    return "—" if value is None else f"{float(value) * 100:.0f}%"


def environment() -> jinja2.Environment:
    """The Jinja environment: autoescape everywhere, no `safe` markup of feed text."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(resources.files("pantau.web") / "templates")),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["wib"] = _wib
    env.filters["pct"] = _pct
    env.filters["link"] = _link
    env.globals["query"] = lambda **kw: urlencode({k: v for k, v in kw.items() if v})
    return env


def page(
    env: jinja2.Environment,
    request: Request,
    template: str,
    context: Mapping[str, Any],
    status: int = 200,
    headers: Mapping[str, str] | None = None,
) -> HTMLResponse:
    """Render a template with what every page needs (the CSRF token, the reviewer, the path)."""
    html = env.get_template(template).render(
        request=request,
        csrf=request.state.csrf,
        reviewer=request.state.reviewer,
        path=request.url.path,
        full_path=request.url.path + (f"?{request.url.query}" if request.url.query else ""),
        **context,
    )
    return HTMLResponse(html, status_code=status, headers=dict(headers or {}))


def _plain(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _cell(value: object) -> object:
    text = ";".join(map(str, value)) if isinstance(value, list) else value
    # A feed title starting with = + - @ would be a formula in a spreadsheet: keep it text.
    if isinstance(text, str) and text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


def list_response(
    fmt: str,
    columns: Sequence[str],
    rows: Sequence[Mapping[str, Any]],
    name: str,
    next_url: str | None = None,
) -> Response:
    """A list as CSV (lists joined by ';') or JSON ({"rows": [...], "next": url})."""
    records = [{c: _plain(row.get(c)) for c in columns} for row in rows]
    headers = {"Link": f'<{next_url}>; rel="next"'} if next_url else {}
    if fmt == "json":
        body = json.dumps({"rows": records, "next": next_url}, ensure_ascii=False)
        return Response(body, media_type="application/json", headers=headers)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    for record in records:
        writer.writerow([_cell(v) for v in record.values()])
    headers["Content-Disposition"] = f'inline; filename="{name}.csv"'
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8", headers=headers)
