"""Loading an edition from disk: a page file, an edition folder (with or without
``edition.yaml``) or an article-per-file day folder, in any of the encodings of DESIGN.md.

Every failure is an EditionError naming the file and the problem in one line.
"""

from __future__ import annotations

import gc
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from parser.errors import EditionError
from parser.manifest import Manifest, read_manifest
from parser.model import Edition, Page
from parser.structure import (
    DAY_FILE,
    PageDraft,
    freeze_pages,
    merge_same_numbers,
    read_day_file,
    read_pages,
)
from parser.structure.text import cn_number, on_first_use, section_page

MANIFEST_NAMES = ("edition.yaml", "edition.yml")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f]")
_name_page = on_first_use(
    r"第(?P<cn>[0-9〇零一二三四五六七八九十两]{1,4})版"
    r"|(?:^|[^0-9A-Za-z])(?:page|Page|PAGE|(?P<letter>[A-Za-z]))?[-_ ]?0*(?P<num>[0-9]{1,3})$"
)
_NAME_DATE = re.compile(r"(?<!\d)(\d{4})-?(\d{2})-?(\d{2})(?!\d)")
_HEADER_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def decode(data: bytes, path: Path | str) -> str:
    """Bytes to text: UTF-8 (±BOM), UTF-16/32 with BOM, else GB18030; else a clear error."""
    if not data.strip():
        raise EditionError(path, "empty file")
    if data.startswith(b"\xef\xbb\xbf"):
        encoding = "utf-8-sig"
    elif data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        encoding = "utf-32"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    elif b"\x00" in data:
        raise EditionError(
            path, "binary data, not a text file (or UTF-16 without a byte-order mark)"
        )
    else:
        encoding = ""
    try:
        text = data.decode(encoding) if encoding else _decode_unmarked(data)
    except UnicodeDecodeError as err:
        where = f"at byte {err.start}"
        raise EditionError(
            path, f"undecodable bytes {where}: not UTF-8, GB18030 or UTF-16"
        ) from None
    controls = len(_CONTROL.findall(text[:65536]))
    if "\x00" in text or controls > max(2, len(text[:65536]) // 200):
        raise EditionError(path, "binary data, not a text file")
    if not text.strip():
        raise EditionError(path, "empty file (only whitespace)")
    return text


def _decode_unmarked(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        try:
            return data.decode("gb18030")
        except UnicodeDecodeError:
            raise utf8_error from None


def read_text(path: Path) -> str:
    """The decoded text of a page file."""
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise EditionError(path, "is a folder, expected a text file") from None
    except OSError as err:
        raise EditionError(path, f"cannot read: {err.strerror or err}") from None
    return decode(data, path)


def page_from_name(name: str) -> int | None:
    """The page number a file name gives: 03.txt, 第三版.txt, p03.txt, paper-p3.txt."""
    stem = name.rsplit(".", 1)[0]
    match = _name_page().search(stem)
    if match is None:
        return None
    number = cn_number(match.group("cn") or match.group("num"))
    return section_page(match.group("letter"), number) if number else None


def _date_from_name(name: str) -> str | None:
    match = _NAME_DATE.search(name)
    if match is None:
        return None
    year, month, day = match.groups()
    if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
        return None
    return f"{year}-{month}-{day}"


def _date_from_headers(pages: list[PageDraft]) -> str | None:
    """The date a running head prints (2025年9月9日 星期二 A6 民生), when a file name has none."""
    for page in pages:
        match = _HEADER_DATE.search(page.header or "")
        if match is not None:
            year, month, day = (int(g) for g in match.groups())
            if 1 <= month <= 12 and 1 <= day <= 31:
                return f"{year:04d}-{month:02d}-{day:02d}"
    return None


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Pause the cyclic garbage collector while building: the model has no reference cycles,
    so its passes over the growing heap would be pure cost (and grow with the input)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def parse_text(text: str, *, source: str = "<text>", page: int | None = None) -> Edition:
    """Parse already decoded text: one page, or several each starting with a header line.

    ``page`` is the number of a page without a header line (default 1).
    """
    if not text.strip():
        raise EditionError(source, "empty text")
    with _no_cycle_collection():
        pages = merge_same_numbers(read_pages(text, page or 1, source=source))
        pages.sort(key=lambda p: p.number)
        return Edition(None, None, None, freeze_pages(pages), source=source)


def load_edition(path: str | Path) -> Edition:
    """Load a page file, an edition folder or a day folder (see DESIGN.md, inputs 1–5)."""
    with _no_cycle_collection():
        return _load(Path(path))


def _load(p: Path) -> Edition:
    if not p.exists():
        raise EditionError(p, "no such file or folder")
    if p.is_dir():
        return _load_folder(p)
    if p.name in MANIFEST_NAMES:
        return _load_folder(p.parent)
    if not p.is_file():
        raise EditionError(p, "not a regular file or folder")
    text = read_text(p)
    pages = merge_same_numbers(read_pages(text, page_from_name(p.name) or 1, source=str(p)))
    pages.sort(key=lambda pg: pg.number)
    date = _date_from_name(p.name) or _date_from_headers(pages)
    return Edition(None, date, None, freeze_pages(pages), source=str(p))


def _load_folder(folder: Path) -> Edition:
    for name in MANIFEST_NAMES:
        if (folder / name).is_file():
            return _load_manifest_edition(read_manifest(folder / name), folder)
    try:
        files = sorted(
            f for f in folder.iterdir() if f.suffix.lower() == ".txt" and not f.name.startswith(".")
        )
    except OSError as err:
        raise EditionError(folder, f"cannot list folder: {err.strerror or err}") from None
    files = [f for f in files if f.is_file()]
    if not files:
        raise EditionError(folder, "empty folder: no page files (.txt) and no edition.yaml")
    day_files = [f for f in files if DAY_FILE.match(f.name)]
    if day_files:
        return _load_day_folder(folder, day_files)
    numbered = sorted(
        enumerate(files), key=lambda pair: (page_from_name(pair[1].name) or 10_000, pair[0])
    )
    # A file whose name has no number (导读.txt) comes after the numbered ones, on a page of
    # its own: numbering it by its place in the list could land on a numbered page.
    unnamed = max((page_from_name(f.name) or 0 for f in files), default=0)
    pages: list[PageDraft] = []
    for _, file in numbered:
        default = page_from_name(file.name)
        if default is None:
            unnamed += 1
            default = unnamed
        pages.extend(read_pages(read_text(file), default, source=str(file)))
    merged = merge_same_numbers(pages)
    merged.sort(key=lambda pg: pg.number)
    dates = [d for d in (_date_from_name(f.name) for f in files) if d]
    date = _date_from_name(folder.name) or (dates[0] if dates else _date_from_headers(merged))
    return Edition(None, date, None, freeze_pages(merged), source=str(folder))


def _load_day_folder(folder: Path, files: list[Path]) -> Edition:
    """YYYYMMDD-PP-NN.txt: one piece per file, pages by PP, pieces by NN."""
    keyed = []
    for file in files:
        match = DAY_FILE.match(file.name)
        assert match is not None
        keyed.append((int(match.group("page")), int(match.group("n")), match.group("date"), file))
    keyed.sort(key=lambda k: (k[0], k[1], k[3].name))
    pages: dict[int, PageDraft] = {}
    for number, _, _, file in keyed:
        page = pages.setdefault(number, PageDraft(number, source=str(folder)))
        page.drafts.append(read_day_file(read_text(file)))
    day = Counter(k[2] for k in keyed).most_common(1)[0][0]
    date = _date_from_name(day)
    ordered = [pages[n] for n in sorted(pages)]
    return Edition(None, date, None, freeze_pages(ordered), source=str(folder))


def _load_manifest_edition(manifest: Manifest, folder: Path) -> Edition:
    pages: list[PageDraft] = []
    for entry in manifest.pages:
        text = read_text(folder / entry.file)
        read = read_pages(text, entry.number, source=str(folder / entry.file), fixed_page=True)
        page = read[0]
        page.name = entry.name or page.name
        pages.append(page)
    pages.sort(key=lambda pg: pg.number)
    frozen: tuple[Page, ...] = freeze_pages(pages)
    return Edition(manifest.paper, manifest.date, manifest.issue, frozen, source=str(folder))
