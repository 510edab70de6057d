"""``edition.yaml``: paper, date (YYYY-MM-DD), optional issue, pages [{number, name, file}].

Unknown keys are ignored; a missing or bad value is an EditionError naming the key.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from parser.errors import EditionError

if TYPE_CHECKING:
    import yaml

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@cache
def _text_dates_loader() -> type[yaml.SafeLoader]:
    """A SafeLoader that leaves dates as text, so a bad date is our clear error, not PyYAML's.

    Built on first use: importing PyYAML costs ~8 ms, paid only when an edition.yaml is read.
    """
    import yaml

    class _TextDates(yaml.SafeLoader):
        pass

    _TextDates.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return _TextDates


@dataclass(frozen=True)
class PageEntry:
    """One entry of ``pages``."""

    number: int
    name: str | None
    file: str


@dataclass(frozen=True)
class Manifest:
    """A validated edition.yaml."""

    paper: str
    date: str
    issue: str | None
    pages: tuple[PageEntry, ...]


def _load_yaml(path: Path) -> Any:
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise EditionError(path, f"cannot read: {err.strerror or err}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise EditionError(path, "not UTF-8 text") from None
    loader = _text_dates_loader()
    import yaml

    try:
        return yaml.load(text, Loader=loader)  # a SafeLoader: no arbitrary objects
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        problem = getattr(err, "problem", None) or "syntax error"
        raise EditionError(path, f"not valid YAML: {problem}{where}") from None


def _text(path: Path, data: dict[Any, Any], key: str) -> str:
    value = data.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        raise EditionError(path, f"missing key '{key}'")
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        raise EditionError(path, f"key '{key}' must be text")
    return str(value).strip()


def _date(path: Path, data: dict[Any, Any]) -> str:
    value = data.get("date")
    if value is None:
        raise EditionError(path, "missing key 'date'")
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str) and _DATE.match(value.strip()):
        try:
            return dt.date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            pass
    raise EditionError(path, f"key 'date' must be a date YYYY-MM-DD, got {value!r}")


def _page(path: Path, folder: Path, index: int, entry: Any) -> PageEntry:
    key = f"pages[{index}]"
    if not isinstance(entry, dict):
        raise EditionError(path, f"{key} must be a mapping with number, name and file")
    number = entry.get("number")
    if number is None:
        raise EditionError(path, f"missing key '{key}.number'")
    if isinstance(number, bool) or not isinstance(number, int) or number <= 0:
        raise EditionError(path, f"key '{key}.number' must be a positive whole number")
    file = entry.get("file")
    if file is None or not isinstance(file, str) or not file.strip():
        raise EditionError(path, f"missing key '{key}.file'")
    name = entry.get("name")
    if name is not None and not isinstance(name, str | int):
        raise EditionError(path, f"key '{key}.name' must be text")
    target = folder / file
    if not target.is_file():
        raise EditionError(path, f"key '{key}.file': page file {file} does not exist")
    return PageEntry(number, str(name).strip() or None if name is not None else None, file)


def read_manifest(path: Path) -> Manifest:
    """Read and validate an edition.yaml."""
    data = _load_yaml(path)
    if not isinstance(data, dict):
        raise EditionError(path, "must be a mapping with keys paper, date and pages")
    paper = _text(path, data, "paper")
    date = _date(path, data)
    issue = data.get("issue")
    if issue is not None and (isinstance(issue, bool) or not isinstance(issue, str | int)):
        raise EditionError(path, "key 'issue' must be text or a number")
    pages = data.get("pages")
    if pages is None:
        raise EditionError(path, "missing key 'pages'")
    if not isinstance(pages, list) or not pages:
        raise EditionError(path, "key 'pages' must be a non-empty list")
    entries = tuple(_page(path, path.parent, i, e) for i, e in enumerate(pages))
    seen: set[int] = set()
    for entry in entries:
        if entry.number in seen:
            raise EditionError(path, f"key 'pages': page number {entry.number} appears twice")
        seen.add(entry.number)
    return Manifest(paper, date, str(issue) if issue is not None else None, entries)
