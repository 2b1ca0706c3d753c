"""`pantau classify`: run the arms-supply filter over JSONL articles."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer

from pantau.cli.app import app
from pantau.cli.common import clean_errors, echo_err, fail
from pantau.filter.classify import classify
from pantau.filter.watchlist import Watchlist, default_watchlist_path, load_watchlist
from pantau.records import Verdict

OUTPUT_KEYS = (
    "alert",
    "arms_supply",
    "watched",
    "score",
    "supplier",
    "recipient",
    "supplier_group",
    "recipient_group",
    "actors",
    "items",
    "evidence",
    "rule",
)


def verdict_json(verdict: Verdict, article_id: Any) -> dict[str, Any]:
    """The JSON object written for one verdict."""
    out: dict[str, Any] = {"id": article_id}
    for key in OUTPUT_KEYS:
        value = getattr(verdict, key)
        out[key] = list(value) if isinstance(value, tuple) else value
    out["transfers"] = [
        {
            "supplier": t.supplier,
            "recipient": t.recipient,
            "supplier_group": t.supplier_group,
            "recipient_group": t.recipient_group,
            "items": list(t.items),
            "stance": t.stance,
            "evidence": t.evidence,
            "field": t.field,
            "span": [t.start, t.end],
            "score": t.score,
        }
        for t in verdict.transfers
    ]
    return out


def _parse(line: str) -> tuple[Any, str, str]:
    """The id, title and text of one input line, or ValueError saying what is wrong."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"invalid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(obj, dict):
        raise ValueError("expected a JSON object")
    title, text = obj.get("title", ""), obj.get("text", "")
    if title is None:
        title = ""
    if text is None:
        text = ""
    if not isinstance(title, str) or not isinstance(text, str):
        raise ValueError("'title' and 'text' must be strings")
    if not title and not text:
        raise ValueError("needs a 'title' or a 'text'")
    return obj.get("id"), title, text


def classify_stream(source: TextIO, sink: TextIO, watchlist: Watchlist, name: str) -> int:
    """Classify each JSONL line of source into sink; return the number of bad lines."""
    bad = 0
    for number, line in enumerate(source, 1):
        if not line.strip():
            continue
        try:
            article_id, title, text = _parse(line)
        except ValueError as exc:
            bad += 1
            echo_err(f"pantau: error: {name}:{number}: {exc}")
            guess = _id_of(line)
            sink.write(
                json.dumps({"id": guess, "error": f"line {number}: {exc}"}, ensure_ascii=False)
                + "\n"
            )
            continue
        verdict = classify(title, text, watchlist)
        sink.write(json.dumps(verdict_json(verdict, article_id), ensure_ascii=False) + "\n")
    return bad


def _id_of(line: str) -> Any:
    """The id of a bad line when it is readable, else null."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError:
        return None
    return obj.get("id") if isinstance(obj, dict) else None


@app.command("classify")
def classify_command(
    file: Annotated[str, typer.Argument(help="JSONL file of articles, or - for stdin.")] = "-",
    watchlist: Annotated[
        Path | None,
        typer.Option(
            "--watchlist",
            help="Watchlist TOML (default: seeds/watchlist.toml).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Flag arms-supply stories in JSONL articles, one verdict per input line.

    Input: one JSON object per line with "title" and "text" (optional "id", "lang").

    Output: one JSON verdict per input line, in order, echoing "id".

    A bad line is reported on stderr with its number and answered with {"id": ..., "error": ...}.

    Outputs stay aligned with inputs; the exit status is then 1.

    Example: echo '{"id": 1, "title": "Korut Kirim Rudal ke Rusia", "text": ""}' | pantau classify -
    """
    with clean_errors():
        wl = load_watchlist(watchlist or default_watchlist_path())
        if file == "-":
            bad = classify_stream(sys.stdin, sys.stdout, wl, "<stdin>")
        else:
            path = Path(file)
            try:
                with path.open(encoding="utf-8") as fh:
                    bad = classify_stream(fh, sys.stdout, wl, str(path))
            except OSError as exc:
                fail(f"cannot read {path}: {exc.strerror or exc}")
            except UnicodeDecodeError:
                fail(f"{path} is not UTF-8 text")
        sys.stdout.flush()
    if bad:
        raise typer.Exit(1)
