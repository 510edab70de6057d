"""The one error the loader raises for bad input: it names the file and the problem."""

from __future__ import annotations


class EditionError(Exception):
    """Bad input: ``str(err)`` is one line, ``<path>: <problem>``."""

    def __init__(self, path: object, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")
