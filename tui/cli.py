"""The ``kanbao`` command: open the reader, or parse / search / list entities as text.

The text commands never import textual, so they start fast and work without a terminal.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from parser.errors import EditionError

if TYPE_CHECKING:  # imported where used: `kanbao` alone starts without it
    import argparse

SUBCOMMANDS = ("parse", "search", "entities")


def _reader_args(argv: Sequence[str]) -> argparse.Namespace:
    import argparse

    ap = argparse.ArgumentParser(
        prog="kanbao",
        description="看报 — read a Chinese newspaper edition in the terminal.",
        epilog="Other commands: kanbao parse PATH | kanbao search PATH QUERY | "
        "kanbao entities PATH "
        "(each has --help).",
    )
    ap.add_argument(
        "path",
        nargs="?",
        type=Path,
        help="a page file, an edition folder or a day folder; default: the bundled sample edition",
    )
    return ap.parse_args(argv)


def _parse_args(argv: Sequence[str]) -> argparse.Namespace:
    import argparse

    ap = argparse.ArgumentParser(
        prog="kanbao parse",
        description="Print the edition model as JSON on stdout (schema: DESIGN.md, "
        "'JSON of kanbao parse'): paper, date, issue, pages with their pieces "
        "(kind, headline parts, byline, reporters, paragraphs, photos, jump links) and entities.",
    )
    ap.add_argument("path", type=Path, help="a page file (.txt), an edition folder or a day folder")
    ap.add_argument("--no-entities", action="store_true", help="skip entity extraction (faster)")
    ap.add_argument("--compact", action="store_true", help="one line of JSON instead of indented")
    return ap.parse_args(argv)


def _search_args(argv: Sequence[str]) -> argparse.Namespace:
    import argparse

    ap = argparse.ArgumentParser(
        prog="kanbao search",
        description="Print the pieces matching QUERY, best first: page, title and a snippet. "
        "QUERY may be Chinese (simplified or traditional), several words (all required), "
        'a "quoted phrase", full pinyin (ludongliang, lu dong liang) or initials (ldl).',
    )
    ap.add_argument("path", type=Path, help="a page file (.txt), an edition folder or a day folder")
    ap.add_argument("query", help="what to look for")
    ap.add_argument("--json", action="store_true", help="print the hits as a JSON list")
    return ap.parse_args(argv)


def _entities_args(argv: Sequence[str]) -> argparse.Namespace:
    import argparse

    ap = argparse.ArgumentParser(
        prog="kanbao entities",
        description="Print the people, places and organisations of an edition with their "
        "roles and mention counts; or, with --lines, tag each line of a text file.",
    )
    ap.add_argument(
        "path", type=Path, nargs="?", help="a page file, an edition folder or a day folder"
    )
    ap.add_argument(
        "--lines", type=Path, metavar="FILE", help="treat each line of FILE as one text"
    )
    ap.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = ap.parse_args(argv)
    if (args.path is None) == (args.lines is None):
        ap.error("give either PATH or --lines FILE")
    return args


def _run_subcommand(name: str, argv: Sequence[str]) -> int:
    # Imports stay inside: `kanbao parse` must not pay for search, entities or textual.
    if name == "parse":
        from parser.commands import run_parse

        a = _parse_args(argv)
        return run_parse(a.path, with_entities=not a.no_entities, compact=a.compact)
    if name == "search":
        from parser.search.command import run_search

        a = _search_args(argv)
        return run_search(a.path, a.query, as_json=a.json)
    from parser.entities.command import run_entities

    a = _entities_args(argv)
    return run_entities(a.path, lines=a.lines, as_json=a.json)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``kanbao`` console script; returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):
        # Chinese must print even where the locale is C/ASCII (CI, cron, ssh).
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    try:
        if args and args[0] in SUBCOMMANDS:
            return _run_subcommand(args[0], args[1:])
        # No arguments (the sample edition) needs no argparse: ~2 ms of start-up.
        path = _reader_args(args).path if args else None
        from tui.launch import run_reader

        return run_reader(path)
    except EditionError as err:
        print(f"kanbao: {err}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `kanbao parse x | head` is fine
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
