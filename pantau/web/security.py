"""Guards of the workbench: per-browser CSRF tokens, the optional login, and strict headers."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from urllib.parse import quote

from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.types import ASGIApp

from pantau.web.config import WebConfig

SID_COOKIE = "pantau_sid"
LOGIN_COOKIE = "pantau_login"
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
    " connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    # Links lead to the outlets: do not tell them which of our pages an analyst came from.
    "Referrer-Policy": "no-referrer",
}
OPEN_PATHS = ("/login", "/static/")


def _mac(secret: bytes, purpose: str, value: str) -> str:
    return hmac.new(secret, f"{purpose}|{value}".encode(), hashlib.sha256).hexdigest()


def csrf_token(secret: bytes, sid: str) -> str:
    """The token every form of this browser carries."""
    return _mac(secret, "csrf", sid)


def valid_csrf(secret: bytes, sid: str, given: str) -> bool:
    """Whether a posted token belongs to this browser."""
    return bool(sid and given) and hmac.compare_digest(csrf_token(secret, sid), given)


def login_cookie(secret: bytes, name: str) -> str:
    """A signed cookie naming the analyst who logged in."""
    encoded = base64.urlsafe_b64encode(name.encode()).decode()
    return f"{encoded}.{_mac(secret, 'login', encoded)}"


def login_name(secret: bytes, cookie: str | None) -> str | None:
    """The analyst a login cookie names, if its signature holds."""
    encoded, _, mac = (cookie or "").partition(".")
    if not encoded or not hmac.compare_digest(_mac(secret, "login", encoded), mac):
        return None
    try:
        return base64.urlsafe_b64decode(encoded.encode()).decode()
    except ValueError:
        return None


def password_matches(config: WebConfig, given: str) -> bool:
    """Constant-time comparison with PANTAU_WEB_PASSWORD."""
    expected = (config.password or "").encode()
    return bool(expected) and hmac.compare_digest(expected, given.encode())


def safe_next(target: str | None, default: str = "/") -> str:
    """A same-site path to go back to, never another host."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return default


class GuardMiddleware(BaseHTTPMiddleware):
    """Give each browser a session id, require the login when a password is set, add headers."""

    def __init__(self, app: ASGIApp, config: WebConfig) -> None:
        super().__init__(app)
        self.config = config

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        """Run one request inside the guards."""
        sid = request.cookies.get(SID_COOKIE) or ""
        fresh = not sid
        if fresh:
            sid = secrets.token_urlsafe(24)
        request.state.sid = sid
        request.state.csrf = csrf_token(self.config.secret, sid)
        request.state.reviewer = self.config.reviewer
        response: Response
        if self.config.password:
            name = login_name(self.config.secret, request.cookies.get(LOGIN_COOKIE))
            open_path = request.url.path.startswith(OPEN_PATHS)
            if name is None and not open_path:
                back = request.url.path + (f"?{request.url.query}" if request.url.query else "")
                response = RedirectResponse(f"/login?next={quote(back)}", status_code=303)
                return self._finish(response, sid, fresh)
            request.state.reviewer = name or self.config.reviewer
        response = await call_next(request)
        return self._finish(response, sid, fresh)

    def _finish(self, response: Response, sid: str, fresh: bool) -> Response:
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        if fresh:
            response.set_cookie(SID_COOKIE, sid, httponly=True, samesite="strict")
        return response
