"""What the cross-year phase reads of a report, carried over from phase 1 (issue 10: analyse once).

The pairwise rules (LG206/LG207, LGA41/LGA42) compare each report with last year's after every
file has been linted, reading both reports again (records carry no documents: the pairs phase
may run in another process or on another machine).  Reading a report again is cheap; its
analysis is not: the quantities, the change claims and the transitions of the claims grammar
were about three quarters of the pairs phase, and each had already been built in phase 1.

:func:`summary` keeps them as one pickle (a few hundred bytes per kilobyte of text); the runner
carries it beside the file's record (in its spool, then in the :class:`~lintgov.runner.core.PairJob`
that names the report), and :func:`restore` puts them back on the document the pairs phase reads,
as the caches the claims layer and ``Document.quantities`` keep.  They are pure functions of the
document's text, unpickled into one object graph (the quantities the change claims refer to are
the quantities of the list, as when they were built): the rules see what they would have built.
A report without a summary (results from the cache of an older run, a ``--prior`` report) is
analysed in the pairs phase as before.

The heading tree is kept too (``Document.headings``): the pairs phase read it again for every report it
compared — pairing (the year of a report's figures from its part headings), the review part of LG206/207
and of the claims — and parsing it (with the page-chrome and repeated-block readers it asks first) was
~3 ms a report of corpus/gwr against ~0.02 ms to unpickle it (53 kB for the 52 reports); it is built by
phase 1 anyway (the run's facts read the document's kind from it before the summary is taken).
"""
from __future__ import annotations

import pickle
from typing import Any


def summary(doc: Any) -> bytes:
    """The quantities, change claims, transitions and heading tree of ``doc``, pickled."""
    from ..claims.grammar import changes, transitions
    return pickle.dumps((doc.quantities, changes(doc), transitions(doc), doc.headings),
                        protocol=pickle.HIGHEST_PROTOCOL)


def restore(doc: Any, data: bytes) -> None:
    """Install what :func:`summary` kept on ``doc`` (a document just read from the same bytes)."""
    from ..claims.grammar import _cache
    quantities, chs, trs, *rest = pickle.loads(data)   # (a summary of an older run holds no heading tree)
    doc.__dict__["quantities"] = quantities
    if rest:
        doc.__dict__["headings"] = rest[0]
    c = _cache(doc)
    c["changes"] = chs
    c["transitions"] = trs
