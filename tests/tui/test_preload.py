"""tui.preload: the edition parsed in a forked child is the edition parsed here, errors alike."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from parser.errors import EditionError
from parser.loader import load_edition
from sample_editions import default_edition
from tui.app import KanbaoApp
from tui.preload import can_fork, cpu_free, start_loading

needs_fork = pytest.mark.skipif(not can_fork(), reason="no fork here (or threads running)")


@needs_fork
def test_forked_load_gives_the_same_edition(monkeypatch) -> None:
    import dataclasses

    import parser.loader

    real = parser.loader.load_edition

    def load_marked(path):  # type: ignore[no-untyped-def]
        return dataclasses.replace(real(path), extra={"pid": str(os.getpid())})

    monkeypatch.setattr(parser.loader, "load_edition", load_marked)
    edition = start_loading(default_edition(), fork=True)()
    assert edition.extra["pid"] != str(os.getpid())  # parsed in the child
    assert edition == real(default_edition())
    assert edition.source == str(default_edition())


@pytest.mark.parametrize("fork", [pytest.param(True, marks=needs_fork), False])
def test_bad_input_is_the_loaders_error(tmp_path: Path, fork: bool) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(EditionError) as here:
        load_edition(empty)
    with pytest.raises(EditionError) as there:
        start_loading(empty, fork=fork)()
    assert str(there.value) == str(here.value)
    assert there.value.path == str(empty)


@needs_fork
def test_a_child_that_fails_unexpectedly_is_redone_here(monkeypatch) -> None:
    import parser.loader

    parent = os.getpid()
    real = parser.loader.load_edition

    def broken_in_child(path):  # type: ignore[no-untyped-def]
        if os.getpid() != parent:
            raise RuntimeError("a bug in the parser")
        return real(path)

    monkeypatch.setattr(parser.loader, "load_edition", broken_in_child)
    edition = start_loading(default_edition(), fork=True)()
    assert edition == real(default_edition())


async def test_a_pending_edition_is_taken_before_the_first_screen() -> None:
    app = KanbaoApp(pending=lambda: load_edition(default_edition()))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.edition is not None and app.edition.paper
        assert app.screen.query_one("#article").item_id is not None


async def test_a_pending_error_exits_2_without_a_screen(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    app = KanbaoApp(path=empty, pending=start_loading(empty, fork=False))
    async with app.run_test(size=(80, 24)):
        pass
    assert app.error is not None and str(empty) in str(app.error)
    assert app.return_code == 2


def test_the_child_is_forked_only_with_a_cpu_free() -> None:
    assert cpu_free(b"1.52 1.61 1.70 1/345 6789\n", 2)  # only this process runs
    assert cpu_free(b"1.52 1.61 1.70 2/345 6789\n", 2)
    assert not cpu_free(b"1.52 1.61 1.70 3/345 6789\n", 2)
    assert not cpu_free(b"0.10 0.20 0.30 2/90 12\n", 1)
    assert cpu_free(b"3.00 3.00 3.00 4/400 5\n", 4)
