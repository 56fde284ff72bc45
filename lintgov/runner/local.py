"""Running the jobs of a run in this process, one after another (``-j1``)."""
from __future__ import annotations

from typing import Any, Callable, Iterable, Iterator


class LocalExecutor:
    jobs = 1

    def __init__(self, spec: Any) -> None:
        self.spec = spec

    def map(self, fn: Callable[[Any, Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        for item in items:
            yield fn(item, self.spec)

    def close(self) -> None:
        pass
