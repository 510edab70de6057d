"""Exact-span precision, recall and F1 of ``tag_text`` on a BIO file (one char per line).

    python -m parser.entities.evaluate FILE [--half 1|2] [--errors TYPE]

Nested names are flattened in such files (北京市 LOC, then 怀柔县民政局 ORG); we score
against the file as labelled. ``--half`` scores the first or second half of the sentences,
so rules can be tuned on one half and checked on the other.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path

from parser.errors import EditionError

BIO_TYPES = {"PER": "person", "LOC": "place", "ORG": "org"}
Span = tuple[int, int, str]


def read_bio(path: Path) -> list[tuple[str, list[Span]]]:
    """Sentences of a BIO file as (text, gold spans)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise EditionError(path, f"cannot read BIO file ({err.__class__.__name__})") from err
    sentences: list[tuple[str, list[Span]]] = []
    chars: list[str] = []
    tags: list[str] = []
    for number, line in enumerate([*lines, ""], start=1):
        parts = line.split()
        if not parts:
            if chars:
                sentences.append(("".join(chars), bio_spans(tags)))
                chars, tags = [], []
            continue
        if len(parts) != 2:
            raise EditionError(path, f"line {number}: expected 'CHAR TAG'")
        chars.append(parts[0])
        tags.append(parts[1])
    return sentences


def bio_spans(tags: list[str]) -> list[Span]:
    """Spans of a BIO tag sequence; an I- without its B- starts a span too."""
    spans: list[Span] = []
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        label = tag[2:] if len(tag) > 2 else ""
        if tag.startswith("I-") and label == kind and start >= 0:
            continue
        if start >= 0 and kind in BIO_TYPES:
            spans.append((start, i, BIO_TYPES[kind]))
        start, kind = (i, label) if tag[:2] in ("B-", "I-") else (-1, "")
    return spans


def score(gold: Iterable[set[Span]], predicted: Iterable[set[Span]]) -> dict[str, dict[str, float]]:
    """Per-type and overall precision, recall and F1 of exact spans."""
    counts = {t: [0, 0, 0] for t in ("person", "place", "org", "all")}  # tp, pred, gold
    for g, found in zip(gold, predicted, strict=True):
        for span in found:
            for t in (span[2], "all"):
                counts[t][1] += 1
                counts[t][0] += span in g
        for span in g:
            for t in (span[2], "all"):
                counts[t][2] += 1
    result: dict[str, dict[str, float]] = {}
    for t, (tp, npred, ngold) in counts.items():
        p = tp / npred if npred else 0.0
        r = tp / ngold if ngold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        result[t] = {"p": p, "r": r, "f1": f, "gold": float(ngold)}
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m parser.entities.evaluate", description=__doc__)
    ap.add_argument("file", type=Path)
    ap.add_argument("--half", type=int, choices=(1, 2), help="score only this half")
    ap.add_argument("--errors", metavar="TYPE", help="print missed/extra spans of this type")
    args = ap.parse_args(argv)
    from parser.entities.tagger import tag_text

    try:
        sentences = read_bio(args.file)
    except EditionError as err:
        print(f"evaluate: {err}", file=sys.stderr)
        return 2
    if args.half:
        mid = len(sentences) // 2
        sentences = sentences[:mid] if args.half == 1 else sentences[mid:]
    gold = [set(spans) for _, spans in sentences]
    predicted: list[set[Span]] = [
        {(a, b, t) for a, b, t in tag_text(text)} for text, _ in sentences
    ]
    for t, s in score(gold, predicted).items():
        print(f"{t:7} P {s['p']:.3f}  R {s['r']:.3f}  F1 {s['f1']:.3f}  (gold {int(s['gold'])})")
    if args.errors:
        for (text, _), g, p in zip(sentences, gold, predicted, strict=True):
            missed = sorted(s for s in g - p if s[2] == args.errors)
            extra = sorted(s for s in p - g if s[2] == args.errors)
            if missed or extra:
                print(
                    "-",
                    " ".join(text[a:b] for a, b, _ in missed),
                    "+",
                    " ".join(f"{text[a:b]}" for a, b, _ in extra),
                    "|",
                    text[:90],
                )
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # `… --errors person | head` is fine
        sys.stderr.close()  # no second complaint when the interpreter flushes at exit
        sys.exit(0)
