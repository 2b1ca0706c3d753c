"""Supply recalled as the backdrop of other news: "The pact comes after months of accusations"."""

from __future__ import annotations

import re

BACKDROP = re.compile(
    r"(?<!\w)(?:comes?|came|coming|follows|followed|datang|muncul|terjadi)\s+(?:\w+\s+)?"
    r"(?:after|amid|following|setelah|menyusul|di\s+tengah)\s+(?:\w+\s+){0,3}?(?:of\s+)?"
    r"(?:(?:western|us|american|ukrainian|barat|intelligence)\s+)?(?:accusations|allegations|"
    r"reports|claims|tuduhan|tudingan|laporan|dugaan)(?!\w)",
    re.IGNORECASE,
)
"""A sentence framed as the news's backdrop: "The pact comes after months of accusations that"."""
