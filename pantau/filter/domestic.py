"""Weapons handed over inside one state: its industry or its command arming its own forces."""

from __future__ import annotations

import re

from pantau.filter.matching import Hit

_FORCE = (
    r"militer|tentara|pasukan|prajurit|angkatan\s+(?:darat|laut|udara|bersenjata)|korps|garda|"
    r"brigade|divisi|batalion|batalyon|satuan|unit|army|armies|forces|military|navy|"
    r"air\s+force|aerospace\s+forces|troops|units|brigades|divisions|battalions|corps|guards?"
)
_FORCE_BEFORE = re.compile(
    rf"(?<!\w)(?:{_FORCE})(?:\s+(?:khusus|elite|reguler|baru|garis\s+depan|darat|laut|udara))?\s+$",
    re.IGNORECASE,
)
"""A force noun heading the party after it: "Angkatan Darat Iran", "Pasukan Rusia"."""
_FORCE_AFTER = re.compile(
    rf"(?:'s)?\s+(?:(?:own|new|elite|regular|frontline|ground|special)\s+)?(?:{_FORCE})(?!\w)",
    re.IGNORECASE,
)
"""A force noun after the party: "Russian army", "Russia's own forces", "Aerospace Forces"."""
_FORCE_NAMES = re.compile(r"TNI|IRGC|KPA|Revolutionary\s+Guards?|Garda\s+Revolusi", re.IGNORECASE)
"""Party names that are themselves a state's forces."""
_OWN_GOAL = re.compile(
    rf"(?<!\w)(?:ke|kepada|untuk|bagi|to|for)\s+(?:(?:the|its|their|para)\s+)?"
    rf"(?:(?:garis\s+depan|frontline|front-line)\s+)?(?:{_FORCE})(?:nya)?(?!\w)",
    re.IGNORECASE,
)
"""Weapons given to forces that no other party owns: "ke Unit Garis Depan", "kepada Tentaranya"."""
_HOME_MADE = re.compile(
    r"(?<!\w)(?:(?:dari|from|by)\s+(?:(?:the|its|para|sebuah)\s+)?(?:PT\b|BUMN|pabrik|factory|"
    r"factories|produsen|manufacturers?|makers?|industri|industry|perusahaan|compan(?:y|ies)|"
    r"firms?|start-?ups?|Pindad|PTDI|PT\s+DI|"
    r"Dirgantara\s+Indonesia|PT\s+PAL|Rostec|Kalashnikov|kementerian\s+pertahanan|"
    r"defen[cs]e\s+ministry)|buatan\s+(?:dalam\s+negeri|sendiri|lokal)|produksi\s+(?:dalam\s+"
    r"negeri|sendiri|lokal)|domestic(?:ally)?|home-?grown|locally\s+(?:made|built|produced)|"
    r"indigenous)(?!\w)",
    re.IGNORECASE,
)
"""Weapons made at home: a maker, factory or industry as the source, or a home-made phrase."""
_ABROAD = re.compile(
    r"(?<!\w)(?:sekutu|mitra|luar\s+negeri|asing|impor|diimpor|mengimpor|allies|ally|partners?|"
    r"abroad|foreign|imported|imports|import)(?!\w)",
    re.IGNORECASE,
)
"""A source abroad left unnamed: an ally, a partner, an import."""


_WARES = re.compile(
    r"(?:bantuan|peralatan|perlengkapan|teknologi|kerja\s+sama|hubungan|kargo|barang|pasokan|"
    r"perangkat|komponen|aid|equipment|hardware|cargo|technology|assistance|supplies|"
    r"cooperation|ties|goods)",
    re.IGNORECASE,
)
"""Nouns that make "militer"/"military" a modifier: "bantuan militer Rusia", "military aid"."""
_WORD_BEFORE = re.compile(r"(\w+)\s+$")
_WORD_AFTER = re.compile(r"\s+(\w+)")


def _forces(text: str, party: Hit) -> bool:
    """Whether a party is named as its own forces ("Militer Iran", "Russian army", "TNI")."""
    if _FORCE_NAMES.fullmatch(party.text):
        return True
    low = max(0, party.start - 40)
    head = _FORCE_BEFORE.search(text, low, party.start)
    if head is not None:
        word = _WORD_BEFORE.search(text, low, head.start())
        return word is None or not _WARES.fullmatch(word.group(1))
    tail = _FORCE_AFTER.match(text, party.end)
    if tail is None:
        return False
    word = _WORD_AFTER.match(text, tail.end())
    return word is None or not _WARES.fullmatch(word.group(1))


def within_state(
    text: str,
    span: tuple[int, int],
    transfer: Hit,
    hits: list[Hit],
    roles: tuple[str | None, str | None],
    groups: dict[str, str],
) -> bool:
    """A transfer between one state's own makers, command and forces: no transfer between parties.

    One state named, and at the other end its own industry as the source ("Kemhan Beli Drone
    dari PT DI", "from domestic industry"), its own forces as the goal ("Kim hands new
    launchers to frontline units"), or, in a headline, its forces receiving with no source
    ("Militer Iran Terima 200 Drone Baru"). A second party (a maker's adjective, "Iranian
    drones", or a model's maker, "Fath-360") or a source abroad left unnamed ("dari sekutu")
    keeps the transfer; a body sentence naming its forces alone may have its supplier in the
    next.
    """
    start, end = span
    parties = [h for h in hits if h.entry.kind == "actor"]
    codes = {h.entry.canonical for h in parties}
    if len(codes) != 1 or codes & groups.keys() or _ABROAD.search(text, start, end):
        return False
    supplier, recipient = roles
    if supplier not in codes | {None} or any(
        h.entry.kind == "item" and h.entry.origin not in codes | {None} for h in hits
    ):
        return False  # "Militer Rusia Terima Rudal Fath-360": the model's maker is a second party
    if _OWN_GOAL.search(text, transfer.end, end) is not None:
        return True  # "ke Unit Garis Depan", "kepada Tentaranya"
    if recipient in codes and _HOME_MADE.search(text, start, end) is not None:
        return True  # "TNI AD Terima Drone dari PT Pindad"
    return transfer.field == "title" and any(_forces(text, p) for p in parties)


def names_abroad(text: str, span: tuple[int, int]) -> bool:
    """Whether a sentence names a source or goal abroad left unnamed ("ke Sekutu", "to allies")."""
    return _ABROAD.search(text, *span) is not None
