"""Build the workbench's Starlette app and serve it with uvicorn."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from pantau.web import actions, pages
from pantau.web.config import WebConfig
from pantau.web.render import environment
from pantau.web.security import GuardMiddleware


def create_app(config: WebConfig) -> Starlette:
    """The workbench over the warehouse named in `config`."""
    routes = [
        Route("/", pages.alerts_page, name="alerts"),
        Route("/story/{story_id}", pages.story_page, name="story"),
        Route("/article/{article_id}", pages.article_page, name="article"),
        Route("/trends", pages.trends_page, name="trends"),
        Route("/sources", pages.sources_page, name="sources"),
        Route("/search", pages.search_page, name="search"),
        Route("/review", actions.post_review, methods=["POST"], name="review"),
        Route("/login", actions.login_form, methods=["GET"], name="login"),
        Route("/login", actions.login_post, methods=["POST"]),
        Route("/logout", actions.logout, methods=["POST"], name="logout"),
        Mount(
            "/static",
            StaticFiles(directory=str(resources.files("pantau.web") / "static")),
            name="static",
        ),
    ]
    app = Starlette(
        routes=routes,
        middleware=[Middleware(GuardMiddleware, config=config)],
        exception_handlers=actions.EXCEPTION_HANDLERS,
    )
    app.state.config = config
    app.state.env = environment()
    return app


def serve(config: WebConfig, host: str, port: int) -> None:
    """Run the app with uvicorn until Ctrl-C or SIGTERM."""
    import uvicorn

    uvicorn.run(
        create_app(config),
        host=host,
        port=port,
        log_level="warning",
        access_log=False,
        server_header=False,
    )


@contextmanager
def serving_in_background(config: WebConfig, host: str, port: int) -> Iterator[None]:
    """Serve the app from a thread for as long as the block runs (for `pantau serve --web`)."""
    import uvicorn

    server = uvicorn.Server(
        uvicorn.Config(
            create_app(config),
            host=host,
            port=port,
            log_level="warning",
            access_log=False,
            server_header=False,
        )
    )
    thread = threading.Thread(target=server.run, name="pantau-web", daemon=True)
    thread.start()
    try:
        yield
    finally:
        server.should_exit = True
        thread.join(timeout=10)
