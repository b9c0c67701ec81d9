""".html: decode (BOM, meta charset, UTF-8, charset-normalizer), drop page chrome, keep the
main content's paragraphs and table rows, and the page title and lead paragraph."""

from __future__ import annotations

import codecs
import re
import unicodedata
from typing import Any

from dondoc.extraction.errors import ReadError
from dondoc.extraction.model import TextDocument
from dondoc.extraction.readers.columns import is_zone_table
from dondoc.extraction.readers.normalize import build_document, join_blocks

Piece = tuple[str, str, tuple[str, ...], int | None]

_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_DROP_TAGS = "script, style, noscript, template, iframe, svg, canvas, object, embed, head, button, select, input, textarea"
_CHROME_TAGS = "nav, aside, form, menu, dialog"
_CHROME_WORDS = re.compile(
    r"(?:^|[-_ ])(?:menu|nav|navbar|breadcrumbs?|share|sharing|social|related|relate|comments?|"
    r"advert|ads?|banner|sidebar|footer|tags?|keywords?|popup|modal|cookie|subscribe|print|toolbar|"
    r"pagination|author-box|tin-lien-quan|lienquan|xem-them)(?:$|[-_ ])",
    re.I,
)
_MAIN = "article, main, [role=main], [itemprop=articleBody]"
_LEAD_WORDS = re.compile(r"sapo|lead|summary|chapeau|description|tomtat", re.I)
_BLOCK_TAGS = frozenset(
    "p div li ul ol h1 h2 h3 h4 h5 h6 section article main header footer blockquote pre dd dt dl "
    "address figure figcaption center tr tbody thead tfoot table caption hr td th".split()
)
_SPACE = re.compile(r"\s+")


def _decode(data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    declared = _META.search(data[:8192])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii").lower())
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    import charset_normalizer

    best = charset_normalizer.from_bytes(data).best()
    if best is not None:
        return str(best)
    return data.decode("cp1258", errors="replace")


def _chrome(node: Any) -> bool:
    attrs = node.attributes
    label = f"{attrs.get('class') or ''} {attrs.get('id') or ''} {attrs.get('role') or ''}"
    return bool(label.strip()) and _CHROME_WORDS.search(label) is not None


def _remove(nodes: list[Any]) -> None:
    """Decompose ``nodes``, outermost only: touching a node inside a freed subtree would crash."""
    marked = {n.mem_id for n in nodes}
    top = []
    for node in nodes:
        parent = node.parent
        while parent is not None and parent.mem_id not in marked:
            parent = parent.parent
        if parent is None:
            top.append(node)
    for node in top:
        node.decompose()


def _text(node: Any) -> str:
    return _SPACE.sub(" ", node.text(separator=" ")).strip()


class _Walker:
    def __init__(self) -> None:
        self.pieces: list[Piece] = []
        self.line: list[str] = []
        self.tables = 0

    def flush(self) -> None:
        text = _SPACE.sub(" ", "".join(self.line)).strip()
        if text:
            self.pieces.append((text, "para", (), None))
        self.line = []

    def walk(self, node: Any) -> None:
        for child in node.iter(include_text=True):
            tag = child.tag
            if tag == "-text":
                self.line.append(child.text(deep=False) or "")
            elif tag == "br":
                self.flush()
            elif tag == "table":
                self.flush()
                self.table(child)
            elif tag in _BLOCK_TAGS:
                self.flush()
                self.walk(child)
                self.flush()
            elif not tag.startswith("-"):
                self.walk(child)

    def table(self, node: Any) -> None:
        inner = node.css("table, p, div, li, h1, h2, h3")  # selectolax includes the node itself
        if any(n.mem_id != node.mem_id for n in inner):
            self.walk(node)  # a layout table (pages built with tables): read it as content
            return
        grid = [[td for td in tr.iter() if td.tag in ("td", "th")] for tr in node.css("tr")]
        texts = [[_text(td) for td in row] for row in grid]
        if is_zone_table(texts):
            for col in range(max((len(row) for row in grid), default=0)):
                for row in grid:
                    if col < len(row):
                        self.walk(row[col])
                        self.flush()
            return
        index = self.tables
        self.tables += 1
        for cells in texts:
            if any(cells):
                self.pieces.append((" | ".join(cells), "table_row", tuple(cells), index))


def _densest(root: Any) -> Any:
    score: dict[int, tuple[int, Any]] = {}
    for p in root.css("p, br"):
        parent = p.parent
        if parent is None:
            continue
        key = parent.mem_id
        old = score.get(key, (0, parent))[0]
        score[key] = (old + len(p.text()) + 20, parent)
    if not score:
        return root
    return max(score.values(), key=lambda pair: pair[0])[1]


def read_html(data: bytes, name: str) -> TextDocument:
    from selectolax.lexbor import LexborHTMLParser

    text = unicodedata.normalize("NFC", _decode(data))
    tree = LexborHTMLParser(text)
    title_node = tree.css_first("title")
    page_title = _text(title_node) if title_node is not None else ""
    _remove(tree.css(_DROP_TAGS))
    body = tree.body or tree.root
    if body is None:
        raise ReadError(name, "trang HTML không có nội dung")
    main = body.css_first(_MAIN)
    heading = body.css_first("h1")
    leads = [n for n in body.css("p, div, h2") if _LEAD_WORDS.search(n.attributes.get("class") or "")]
    if main is None:
        _remove(
            body.css(_CHROME_TAGS + ", header, footer") + [n for n in body.css("[class], [id]") if _chrome(n)]
        )
        main = _densest(body)
    else:
        _remove(main.css(_CHROME_TAGS) + [n for n in main.css("[class], [id]") if _chrome(n)])
    walker = _Walker()
    main_text = _text(main)
    if heading is not None and _text(heading) and _text(heading) not in main_text:
        walker.pieces.append((_text(heading), "para", (), None))
    elif heading is None and page_title and page_title not in main_text:
        walker.pieces.append((page_title, "para", (), None))
    for lead in leads[:1]:
        lead_text = _text(lead)
        if lead_text and lead_text not in main_text:
            walker.pieces.append((lead_text, "para", (), None))
    walker.walk(main)
    walker.flush()
    raw, blocks = join_blocks(walker.pieces)
    return build_document(name, "html", raw, blocks, encoding=None)
