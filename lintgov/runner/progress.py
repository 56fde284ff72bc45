"""The progress bar of long runs: files done, findings so far, time left, on standard error.

tqdm draws it (a small, dependency-free library that knows terminal widths, rates and
estimates).  It appears only when standard error is a terminal, only after the run has taken
more than a moment (``delay``), and never with ``-q``."""
from __future__ import annotations

import contextlib
import sys
from typing import Any, Iterator, Optional

DELAY = 0.8  # seconds before a bar appears: a quick run prints nothing


class Progress:
    def __init__(self, total: int, enabled: bool, stream: Any = None, delay: Optional[float] = None,
                 mininterval: float = 0.2) -> None:
        self.bar: Optional[Any] = None
        delay = DELAY if delay is None else delay
        self.findings = 0
        stream = stream or sys.stderr
        if enabled and total > 1 and _isatty(stream):
            from tqdm import tqdm
            self.bar = tqdm(total=total, unit="file", file=stream, delay=delay, dynamic_ncols=True,
                            leave=False, desc="lintgov", mininterval=mininterval)

    def advance(self, findings: int = 0, n: int = 1) -> None:
        self.findings += findings
        if self.bar is not None:
            self.bar.update(n)
            self.bar.set_postfix_str(f"{self.findings} findings", refresh=False)

    def stage(self, desc: str, total: int) -> None:
        """A second stage (the pairs of reports compared across years)."""
        if self.bar is not None and total:
            self.bar.set_description_str(desc, refresh=False)
            self.bar.reset(total=total)

    @contextlib.contextmanager
    def pause(self) -> Iterator[None]:
        """A context in which the bar is off the screen, so that lines written to the same terminal
        (a report streamed to standard output) are not drawn over; it is drawn again after.  A bar
        not shown yet (the first moment of a run) stays unshown."""
        b = self.bar
        shown = b is not None and getattr(b, "last_print_t", 0) >= b.start_t + b.delay
        if shown:
            b.clear()
        try:
            yield
        finally:
            if shown:
                b.refresh()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False
