"""`pantau reclassify`: re-judge stored articles after the watchlist changed."""

from __future__ import annotations

from typing import Annotated

import typer

from pantau.cli.app import app
from pantau.cli.common import DbOption, WatchlistOption, clean_errors, db_path
from pantau.settings import DEFAULT_WATCHLIST

BATCH = 2000


@app.command("reclassify")
def reclassify_command(
    db: DbOption = None,
    watchlist: WatchlistOption = DEFAULT_WATCHLIST,
    everything: Annotated[
        bool, typer.Option("--all", help="Re-judge every article, not only stale verdicts.")
    ] = False,
) -> None:
    """Re-judge stored articles whose verdict came from another watchlist version.

    Example: pantau reclassify --db data/pantau.duckdb
    """
    from pantau.filter.classify import classify
    from pantau.filter.watchlist import load_watchlist
    from warehouse.db import session
    from warehouse.store import articles_to_judge, store_batch

    with clean_errors():
        rules = load_watchlist(watchlist)
        target = db_path(db)
        judged = alerts = 0
        after = ""
        while True:
            # One short write session per batch, so a scheduled run can take its turn.
            with session(target) as con:
                rows = articles_to_judge(
                    con, rules.version, after=after, limit=BATCH, everything=everything
                )
                if not rows:
                    break
                verdicts = [(aid, classify(title, text, rules)) for aid, title, text in rows]
                store_batch(
                    con,
                    run_id="reclassify",
                    fetches=[],
                    articles=[],
                    verdicts=verdicts,
                    watchlist_version=rules.version,
                )
            judged += len(rows)
            alerts += sum(v.alert for _, v in verdicts)
            after = rows[-1][0]
    typer.echo(
        f"pantau: re-judged {judged} articles under watchlist {rules.version}: {alerts} alerts"
    )
