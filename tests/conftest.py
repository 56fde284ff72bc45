import os
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.abspath(os.path.join(ROOT, "..", "shared"))
SEEDS = os.path.join(ROOT, "seeds")


@pytest.fixture(scope="session")
def registry():
    from lintgov.plugins import build_registry
    return build_registry(load_entry_points=False)


@pytest.fixture(scope="session")
def shared_dir():
    if not os.path.isdir(SHARED):
        pytest.skip("../shared is not present")
    return SHARED


def lintgov_cmd():
    """The installed console script if there is one, else `python -m lintgov`."""
    exe = os.path.join(os.path.dirname(sys.executable), "lintgov")
    return [exe] if os.path.exists(exe) else [sys.executable, "-m", "lintgov"]
