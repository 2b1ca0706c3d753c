"""A roundup labelled as one ("..., ...: Africa-Asia arms roundup") is about its first item."""

from __future__ import annotations

import re

_LABEL = re.compile(
    r"(?:^\W*(?:roundup|round-up|rangkuman|ringkasan|kilas|sepekan|in\s+brief|digest|"
    r"news\s+wrap|wrap-up)\b[^:]{0,40}:\s*|:\s*[^:,]{0,40}\b(?:roundup|round-up|rangkuman|"
    r"ringkasan|kilas|sepekan|in\s+brief|digest|wrap|wrap-up)\W*$)",
    re.IGNORECASE,
)
"""A roundup's label before a colon at the start, or after the last colon at the end."""
_ITEM_BREAK = re.compile(r",\s+")


def lead(title: str) -> str:
    """The first item of a labelled roundup's comma list; any other title unchanged.

    "Iran arms shipment to Sudan, Russian jets for Mali, Chinese drones in Myanmar:
    Africa-Asia arms roundup" is about Iran's shipment to Sudan. Unlabelled comma lists are
    left whole: "Iran Kirim Drone, Rusia Bayar Emas" tells one barter.
    """
    if ":" not in title:
        return title  # both kinds of label hold a colon: most titles skip the regex's scan
    label = _LABEL.search(title)
    if label is None:
        return title
    body = title[label.end() :] if label.start() == 0 else title[: label.start()]
    items = _ITEM_BREAK.split(body)
    if len(items) < 3:  # a roundup lists several stories; two parts may be one story
        return title
    return items[0] if items[0].strip() else title
