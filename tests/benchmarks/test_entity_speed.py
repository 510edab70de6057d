"""Entity extraction speed and memory, as ratios against jieba measured in the same run.

Goal (issue 3): extracting the entities of a whole edition takes at most 1/3 of the time
``jieba.posseg.lcut`` needs for the same text, jieba already loaded; peak memory of a
process that loads an edition and extracts its entities stays under 250 MB.

Rounds interleave baseline and subject and keep each one's minimum, which is robust on a
loaded 2-core machine; the lexicon's memos are emptied before each timed extraction, so
what is timed is a first extraction, not a replay of the warm-up. The always-run variant
uses the bundled sample editions; the corpus variant (../shared/corpus/rmrb-20200119)
skips where the corpus is absent.
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from parser.entities import extract_entities
from parser.entities.lexicon import lexicon
from parser.entities.name_hmm import clear_cache as clear_hmm_cache
from parser.entities.roles import _trim
from parser.loader import load_edition
from parser.model import Edition

FULL = os.environ.get("KANBAO_BENCH_FULL") == "1"  # as tests/conftest.py BENCH_FULL
ROUNDS = 9 if FULL else 7
RATIO = 1 / 3
PEAK_MB = 250
REPO = Path(__file__).resolve().parents[2]
SAMPLE_PATHS = ("beiling-daily-2024-05-18", "rmrb-style-20240518", "qinghe-evening-p01.txt")


def _sample_edition() -> Edition:
    """Every bundled sample as one edition (pages renumbered so they stay distinct)."""
    pages = []
    for name in SAMPLE_PATHS:
        for page in load_edition(REPO / "sample_editions" / name).pages:
            pages.append(page)
    return Edition(paper="samples", date=None, issue=None, pages=tuple(pages))


def _edition_text(edition: Edition) -> str:
    parts = []
    for item in edition.items():
        parts.extend(p for p in (item.title, *item.paragraphs) if p)
    return "\n".join(parts)


def _posseg():  # type: ignore[no-untyped-def]
    """jieba.posseg with jieba loaded; its cache goes to a per-user folder, not /tmp."""
    import jieba
    import jieba.posseg

    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kanbao"
    cache.mkdir(parents=True, exist_ok=True)
    jieba.setLogLevel(60)
    jieba.dt.tmp_dir = str(cache)
    jieba.posseg.lcut("预热")
    return jieba.posseg


def _forget_memos() -> None:
    """Empty the lexicon's memos (given names, name readings, roles) so every timed run
    is the first extraction of this edition, as in the reader, not a replay."""
    lex = lexicon()
    lex.given_cache.clear()
    lex.name_cache.clear()
    _trim.cache_clear()
    clear_hmm_cache()


def _ratio(edition: Edition) -> tuple[float, float, float]:
    posseg = _posseg()
    lexicon()
    text = _edition_text(edition)
    extract_entities(edition)  # warm the interpreter and jieba on both sides before timing
    posseg.lcut(text)
    base, ours = float("inf"), float("inf")
    for _ in range(ROUNDS):
        gc.collect()  # garbage of the previous round is collected outside the timings
        start = time.perf_counter()
        posseg.lcut(text)
        base = min(base, time.perf_counter() - start)
        _forget_memos()
        gc.collect()
        start = time.perf_counter()
        extract_entities(edition)
        ours = min(ours, time.perf_counter() - start)
    return ours / base, ours, base


def _check(edition: Edition, benchmark) -> None:  # type: ignore[no-untyped-def]
    ratio, ours, base = _ratio(edition)
    benchmark.extra_info.update(ratio=ratio, entities_s=ours, posseg_s=base)
    print(f"\nentities {ours * 1000:.1f} ms, posseg.lcut {base * 1000:.1f} ms, ratio {ratio:.3f}")
    benchmark.pedantic(extract_entities, args=(edition,), rounds=1, iterations=1)
    assert ratio <= RATIO, f"extraction takes {ratio:.2f} of posseg.lcut (goal ≤ {RATIO:.2f})"


def test_entity_speed_on_samples(benchmark) -> None:  # type: ignore[no-untyped-def]
    _check(_sample_edition(), benchmark)


def test_entity_speed_on_corpus_day_folder(corpus: Path, benchmark) -> None:  # type: ignore[no-untyped-def]
    _check(load_edition(corpus / "rmrb-20200119"), benchmark)


_MEMORY_SCRIPT = """
import json, resource, sys
from pathlib import Path
from parser.entities import extract_entities
from parser.loader import load_edition
entities = []
for path in sys.argv[1:]:
    entities.extend(extract_entities(load_edition(Path(path))))
# VmHWM is this process's own peak; ru_maxrss would also count the parent (pytest) whose
# memory the child inherits at fork, since Linux keeps the high-water mark across exec.
try:
    status = open("/proc/self/status").read().split("VmHWM:")[1]
    peak_kb = int(status.split()[0])
except (OSError, IndexError):
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"peak_kb": peak_kb, "entities": len(entities)}))
"""


def _peak_mb(*paths: Path) -> float:
    out = subprocess.run(
        [sys.executable, "-c", _MEMORY_SCRIPT, *map(str, paths)],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
    )
    result = json.loads(out.stdout)
    assert result["entities"] > 0
    return float(result["peak_kb"]) / 1024  # both measures are in KiB on Linux


def test_entity_peak_memory_on_samples() -> None:
    peak = _peak_mb(*(REPO / "sample_editions" / name for name in SAMPLE_PATHS))
    print(f"\npeak memory {peak:.0f} MB")
    assert peak < PEAK_MB


def test_entity_peak_memory_on_corpus(corpus: Path) -> None:
    peak = _peak_mb(corpus / "rmrb-20200119", corpus / "dtrb-2022-07-p01.txt")
    print(f"\npeak memory {peak:.0f} MB")
    assert peak < PEAK_MB
