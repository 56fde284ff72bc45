"""Start-up: what a one-file check does again at every start (issue 14).  No timings: the checks are
on what is built and written."""
import glob
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = sorted(glob.glob(os.path.join(ROOT, "seeds", "0*.txt")))


def _check(path, cache, hash_seed):
    env = dict(os.environ, LINTGOV_CACHE_DIR=str(cache), PYTHONHASHSEED=str(hash_seed))
    env.pop("LINTGOV_NO_PATTERN_CACHE", None)
    return subprocess.run([sys.executable, "-m", "lintgov", "check", "--no-cache", path], capture_output=True,
                          text=True, env=env, cwd=ROOT)


def test_a_second_start_under_another_hash_seed_rewrites_no_pattern_cache(tmp_path):
    """Every pattern text is the same in every process: one built from a set in hash order (the count units of
    claims.tables, the city names of claims.lists) was a new pattern at each start, compiled again, and the
    ~2 MB pattern file was rewritten (and grew) after every one-file check."""
    for seed in (SEEDS[0], SEEDS[1], SEEDS[4]):     # traditional, simplified, traditional with many findings
        first = _check(seed, tmp_path, 1)
        assert first.returncode in (0, 1), first.stderr
        (path,) = glob.glob(os.path.join(str(tmp_path), "patterns-*"))
        before = os.stat(path)
        second = _check(seed, tmp_path, 2)
        after = os.stat(path)
        assert second.stdout == first.stdout
        assert (after.st_mtime_ns, after.st_ino, after.st_size) == (before.st_mtime_ns, before.st_ino, before.st_size), \
            os.path.basename(seed)
