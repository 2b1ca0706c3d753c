"""The pure core never touches the network, SMTP or DuckDB."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

CORE = Path(__file__).resolve().parent.parent / "pantau"
FORBIDDEN = {
    "httpx",
    "duckdb",
    "smtplib",
    "socket",
    "urllib.request",
    "prefect",
    "connectors",
    "warehouse",
    "flows",
}
CORE_MODULES = sorted(
    p for p in CORE.rglob("*.py") if not {"cli", "web"} & set(p.relative_to(CORE).parts)
)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", CORE_MODULES, ids=lambda p: str(p.relative_to(CORE)))
def test_core_module_has_no_io_imports(path: Path) -> None:
    bad = {
        name
        for name in _imports(path)
        if any(name == f or name.startswith(f + ".") for f in FORBIDDEN)
    }
    assert not bad, f"{path.name} imports {sorted(bad)}"
