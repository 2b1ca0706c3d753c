"""Tree preparation before trafilatura: find the article body, mark teasers and page chrome."""

from __future__ import annotations

import re

from lxml.etree import XPath
from lxml.html import HtmlElement

DROP_ATTR = "data-pantau-drop"
DROP_XPATH = f"//*[@{DROP_ATTR}]"
TEASER_XPATH = f'//*[@{DROP_ATTR}="teaser"]'

_TEASER_START = re.compile(
    r"""^\s*(?:(?:baca|simak|lihat|tonton)\s+(?:juga|pula)|read\s+also|also\s+read
    |(?:artikel|berita)\s+terkait)\b""",
    re.IGNORECASE | re.VERBOSE,
)
_TEASER_NAME = re.compile(
    r"""(?:^|[\s_-])(?:baca-?juga|bacajuga|lihatjg|linksisip|read-?also|inline-?related
    |related-?(?:news|articles?|posts?)|berita-?terkait|artikel-?terkait|advertorial
    |advertisement|parallax|iklan)(?:[\s_-]|$)""",
    re.IGNORECASE | re.VERBOSE,
)

# Both tested in Python: lxml's EXSLT re:test calls back into Python for every node anyway,
# and ignores the verbose flag.
_BODY_TEXTS = XPath("//body//text()")
_BODY_NAMES = XPath("//body//*/@class | //body//*/@id")
_TEASER_MAX_CHARS = 300
_MIN_BODY_CHARS = 200
_SIBLING_SHARE = 0.3
_BLOCK_TAGS = frozenset(
    {"p", "div", "ul", "ol", "dl", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"}
    | {"figure", "section", "article", "aside", "header", "footer", "form", "pre", "hr", "nav"}
    | {"script", "style", "noscript", "iframe", "center"}
)
_TEXT_HOLDERS = frozenset({"div", "td", "article", "section", "span", "main", "font", "center"})


def mark_boilerplate(tree: HtmlElement) -> bool:
    """Mark teasers, and the page chrome around the article body; True if chrome was marked."""
    keep = _article_body(tree)
    protected: set[HtmlElement] = set(keep)
    for element in keep:
        protected.update(element.iterancestors())
        _wrap_loose_text(element)
    _mark_outside(keep)
    for name in _BODY_NAMES(tree):
        if _TEASER_NAME.search(name):
            element = name.getparent()
            if element not in protected:
                element.set(DROP_ATTR, "teaser")
    for node in _BODY_TEXTS(tree):
        if getattr(node, "is_text", False) and _TEASER_START.match(node):
            teaser = _teaser_block(node.getparent())
            if teaser is not None and teaser not in protected:
                teaser.set(DROP_ATTR, "teaser")
    return bool(keep)


def _teaser_block(element: HtmlElement | None) -> HtmlElement | None:
    """Climb from a "Baca juga" text to the largest short block that starts with it."""
    if element is None or len(element.text_content()) > _TEASER_MAX_CHARS:
        return None
    start = element.text_content().strip()[:20]
    while True:
        parent = element.getparent()
        if parent is None or parent.tag in ("body", "html"):
            return element
        text = parent.text_content().strip()
        if len(text) > _TEASER_MAX_CHARS or not text.startswith(start):
            return element
        element = parent


def _direct_text(element: HtmlElement) -> int:
    """Characters of prose held directly by an element: paragraph children and loose text runs."""
    holder = element.tag in _TEXT_HOLDERS
    size = _chars(element.text) if holder else 0
    for child in element:
        if child.tag == "p" or (child.tag == "div" and _is_paragraph_div(child)):
            size += _chars(child.text_content()) - sum(
                _chars(a.text_content()) for a in child.iter("a")
            )
        if holder:
            size += _chars(child.tail)
    return max(size, 0)


def _chars(text: str | None) -> int:
    return len("".join(text.split())) if text else 0


def _is_paragraph_div(element: HtmlElement) -> bool:
    """A <div> used as a paragraph: text, inline markup and <br>, no blocks."""
    return bool((element.text or "").strip() or len(element)) and not any(
        child.tag in _BLOCK_TAGS for child in element
    )


def _article_body(tree: HtmlElement) -> list[HtmlElement]:
    """The element holding the most prose, with siblings that hold a fair share of it too."""
    body = tree.find("body")
    if body is None:
        return []
    scores: dict[HtmlElement, int] = {}
    for element in body.iter():
        if isinstance(element.tag, str) and element.tag not in ("p", "a", "script", "style"):
            score = _direct_text(element)
            if score:
                scores[element] = score
    if not scores:
        return []
    best = max(scores, key=scores.__getitem__)
    if scores[best] < _MIN_BODY_CHARS or best is body:
        return []
    parent = best.getparent()
    if parent is None:
        return [best]
    floor = _SIBLING_SHARE * scores[best]
    kind = (best.tag, best.get("class"))
    return [
        child
        for child in parent
        if child is best
        or scores.get(child, 0) >= floor
        # Later pages of a split article are styled like the first, however short.
        or (scores.get(child, 0) > 0 and (child.tag, child.get("class")) == kind)
    ]


def _mark_outside(keep: list[HtmlElement]) -> None:
    """Mark every body element that is neither inside nor above the kept elements."""
    on_path = set(keep)
    for element in keep:
        on_path.update(element.iterancestors())
    for element in on_path.difference(keep):
        if element.tag == "html":
            continue
        for child in element:
            if isinstance(child.tag, str) and child not in on_path:
                child.set(DROP_ATTR, "chrome")


def _wrap_loose_text(container: HtmlElement) -> None:
    """Turn text runs split by <br> in a container that also has <p> children into paragraphs."""
    loose = len((container.text or "").strip()) + sum(
        len((child.tail or "").strip()) for child in container if child.tag not in _BLOCK_TAGS
    )
    if loose < 50 or container.find("p") is None:
        return
    items: list[str | HtmlElement] = [container.text or ""]
    for child in container:
        items.append(child)
        items.append(child.tail or "")
        child.tail = None
    container.text = None
    for child in list(container):
        container.remove(child)
    current: HtmlElement | None = None
    for item in items:
        if isinstance(item, str):
            if not item.strip() and current is None:
                continue
            if current is None:
                current = container.makeelement("p", {})
                container.append(current)
            if len(current):
                current[-1].tail = (current[-1].tail or "") + item
            else:
                current.text = (current.text or "") + item
        elif item.tag in _BLOCK_TAGS or not isinstance(item.tag, str):
            current = None
            container.append(item)
        elif item.tag == "br":
            current = None
        else:
            if current is None:
                current = container.makeelement("p", {})
                container.append(current)
            current.append(item)
