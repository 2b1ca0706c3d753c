"""`pantau reviews export`: analysts' reviews as development-set lines, to score the filter."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from pantau.cli.app import app
from pantau.cli.common import DbOption, clean_errors, db_path

reviews_app = typer.Typer(
    help="Analysts' reviews of alerts.\n\nExample: pantau reviews export --out reviewed.jsonl",
    no_args_is_help=True,
)
app.add_typer(reviews_app, name="reviews")


@reviews_app.command("export")
def export_command(
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="Write to FILE (default: stdout).", show_default=False),
    ] = None,
    db: DbOption = None,
) -> None:
    """Write each story's standing review as JSONL in the format of tests/data/arms_devset.jsonl.

    Example: pantau reviews export --out reviewed.jsonl
    """
    from pantau.reviews import devset_line
    from warehouse.db import session
    from warehouse.reviews import reviewed_articles

    with clean_errors():
        with session(db_path(db), read_only=True) as con:
            reviewed = reviewed_articles(con)
        lines = [json.dumps(devset_line(r), ensure_ascii=False) + "\n" for r in reviewed]
        if out is None:
            sys.stdout.writelines(lines)
            return
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text("".join(lines), encoding="utf-8")
        except OSError as exc:
            from pantau.errors import PantauError

            raise PantauError(f"cannot write {out}: {exc.strerror or exc}") from None
    typer.echo(f"pantau: wrote {len(lines)} reviewed items to {out}", err=True)
