"""The typer application every `pantau` command registers on."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="pantau",
    help="Pantau: monitor Indonesian news for arms-supply stories.\n\nExample: pantau demo",
    context_settings={"help_option_names": ["-h", "--help"]},
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _show_version(value: bool) -> None:
    if value:
        from pantau import __version__

        typer.echo(f"pantau {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False,
        "--version",
        help="Show the version and exit.",
        callback=_show_version,
        is_eager=True,
    ),
) -> None:
    """Pantau: monitor Indonesian news for arms-supply stories.

    Example: pantau demo
    """
