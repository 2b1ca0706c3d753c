"""The workbench's writes and guards: review forms, the login, and pages for failures."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from pantau.errors import WarehouseError
from pantau.reviews import Review, ReviewError, make_review
from pantau.web.config import WebConfig
from pantau.web.pages import opened, reading, review_context
from pantau.web.render import page
from pantau.web.security import (
    LOGIN_COOKIE,
    login_cookie,
    password_matches,
    safe_next,
    valid_csrf,
)
from warehouse.db import WarehouseBusy
from warehouse.reviews import record_review
from warehouse.workbench import story_alert

MAX_FORM_BYTES = 64 * 1024
RETRY_SECONDS = 5


async def read_form(request: Request, *, check_csrf: bool = True) -> dict[str, str]:
    """The posted url-encoded form (first value per field), refused without this browser's token."""
    body = await request.body()
    if len(body) > MAX_FORM_BYTES:
        raise HTTPException(413, "form too large")
    try:
        parsed = parse_qs(body.decode("utf-8"), keep_blank_values=True)
    except UnicodeDecodeError:
        raise HTTPException(400, "form is not UTF-8") from None
    form = {k: v[0] for k, v in parsed.items()}
    if check_csrf:
        config: WebConfig = request.app.state.config
        given = form.get("csrf") or request.headers.get("x-csrf-token", "")
        if not valid_csrf(config.secret, request.state.sid, given):
            raise HTTPException(403, "refused: the form's token is missing or stale; reload")
    return form


def _record(config: WebConfig, review: Review) -> None:
    with opened(config, write=True) as con:
        if review.action == "confirm":
            # Confirming keeps what stands now, whatever the form carried.
            alert = story_alert(con, review.story_id)
            if alert is not None:
                review = replace(
                    review,
                    supplier=alert["supplier"],
                    recipient=alert["recipient"],
                    supplier_group=alert["supplier_group"],
                    recipient_group=alert["recipient_group"],
                    items=tuple(alert["items"] or ()),
                )
        record_review(con, review)


async def post_review(request: Request) -> Response:
    """Record a review; answer htmx with the updated panel, a plain form with a redirect."""
    config: WebConfig = request.app.state.config
    form = await read_form(request)
    story_id, article_id = form.get("story_id", ""), form.get("article_id", "")
    if not story_id or not article_id:
        raise HTTPException(400, "a review needs story_id and article_id")
    try:
        review = make_review(
            story_id=story_id,
            article_id=article_id,
            action=form.get("action", ""),
            reviewer=request.state.reviewer,
            reviewed_at=datetime.now(UTC),
            reason=form.get("reason"),
            supplier=form.get("supplier"),
            recipient=form.get("recipient"),
            items=form.get("items", ""),
            note=form.get("note"),
            groups=config.groups,
        )
    except ReviewError as exc:
        raise HTTPException(400, str(exc)) from None
    await run_in_threadpool(_record, config, review)
    back = safe_next(form.get("next"), f"/story/{story_id}")
    if back.startswith(("/review", "/login")):
        back = f"/story/{story_id}"
    if request.headers.get("hx-request") != "true":
        return RedirectResponse(back, 303)
    view = form.get("view", "panel")

    def fresh() -> dict[str, Any]:
        with reading(config) as con:
            return review_context(con, story_id, article_id)

    panel = await run_in_threadpool(fresh)
    template = "_state.html" if view == "cell" else "_review.html"
    # The story's facts line changes with the review: htmx swaps it out of band.
    oob = view == "panel" and back.startswith("/story/")
    context = {"panel": panel, "actors": config.actor_names, "next": back, "oob": oob}
    return page(request.app.state.env, request, template, context)


async def login_form(request: Request) -> Response:
    """The login page (only when PANTAU_WEB_PASSWORD is set)."""
    context = {"next": safe_next(request.query_params.get("next")), "failed": False}
    return page(request.app.state.env, request, "login.html", context)


async def login_post(request: Request) -> Response:
    """Check the password; the name given becomes the reviewer of this browser's reviews."""
    config: WebConfig = request.app.state.config
    form = await read_form(request)
    name = form.get("name", "").strip()[:80]
    target = safe_next(form.get("next"))
    if not config.password or not name or not password_matches(config, form.get("password", "")):
        context = {"next": target, "failed": True}
        return page(request.app.state.env, request, "login.html", context, status=401)
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(
        LOGIN_COOKIE, login_cookie(config.secret, name), httponly=True, samesite="strict"
    )
    return response


async def logout(request: Request) -> Response:
    """Forget the login of this browser."""
    await read_form(request)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(LOGIN_COOKIE)
    return response


async def warehouse_failed(request: Request, exc: Exception) -> Response:
    """A busy warehouse is a 503 that retries by itself; any other failure is one line."""
    message = str(exc)
    busy = isinstance(exc, WarehouseBusy) or "busy" in message
    status = 503 if busy else 500
    headers = {"Retry-After": str(RETRY_SECONDS)} if busy else {}
    # A page reloads itself; a form is not sent twice behind the analyst's back.
    again = busy and request.method == "GET"
    if busy and not again:
        message = "Nothing was saved: " + message + ". Go back and send it again."
    context = {"status": status, "message": message, "busy": again, "retry": RETRY_SECONDS}
    return page(request.app.state.env, request, "error.html", context, status, headers)


async def http_failed(request: Request, exc: Exception) -> Response:
    """A 4xx page with the one-line reason."""
    assert isinstance(exc, HTTPException)
    context = {"status": exc.status_code, "message": exc.detail, "busy": False, "retry": 0}
    return page(request.app.state.env, request, "error.html", context, exc.status_code)


EXCEPTION_HANDLERS = {WarehouseError: warehouse_failed, HTTPException: http_failed}
