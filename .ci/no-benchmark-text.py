#!/usr/bin/env python3
"""Fails when the repository quotes the shared evaluation data.

The benchmark sets in ../shared/benchmarks are read from there and never copied into the repository,
not even as test sentences or comments. This check lists every line of our code, tests, docs and data
files that shares a run of seven words with a benchmark text. A run in which every word is capitalised,
a number or a short function word is a name ("Ministry of Home Affairs"): names are facts and allowed.
ALLOWED holds the few names with a lower-case word inside, and a stock web phrase.

Usage: python3 .ci/no-benchmark-text.py <benchmarks folder> [--list]   (exit 1 when a line is found)
"""
import collections
import glob
import os
import re
import sys

RUN = 7
FUNCTION_WORDS = set("of the and for in on at to de la del des du le y & a an".split())
ALLOWED = [
    # Organisation and person names with a lower-case or split word inside (with their acronyms).
    "commission of inquiry into allegations of state capture",
    "president andr s manuel l pez obrador amlo",
    "yukon environmental and socio economic assessment board",
    "all india muslim majlis e mushawarat aimmm",
    "organisation for economic co operation and development oecd",
    # A stock phrase of video players on news sites (page furniture, not article text).
    "media playback is unsupported on your device",
]


def words(text):
    return re.findall(r"[A-Za-z0-9$%']+", text)


def allowed(run):
    """A run inside an allowed name (one word over at either end is tolerated: the name's neighbour)."""
    for part in (run, run[1:], run[:-1]):
        text = " " + " ".join(part).lower() + " "
        if any(text in " " + name + " " for name in ALLOWED):
            return True
    return False


def name_like(run):
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in FUNCTION_WORDS for w in run)


def main():
    if len(sys.argv) < 2 or not os.path.isdir(sys.argv[1]):
        print("usage: no-benchmark-text.py <benchmarks folder> [--list]", file=sys.stderr)
        return 2
    bench_root = sys.argv[1]
    runs = collections.defaultdict(set)
    for path in glob.glob(os.path.join(bench_root, "**", "*.txt"), recursive=True):
        w = words(open(path, encoding="utf-8", errors="ignore").read())
        source = os.path.relpath(path, bench_root)
        for i in range(len(w) - RUN + 1):
            runs[" ".join(w[i:i + RUN]).lower()].add(source)

    patterns = ["src/**/*.cs", "tests/**/*.cs", "benchmarks/**/*.cs", "docs/*.md", "*.md", "src/**/Data/*.txt"]
    files = sorted({f for p in patterns for f in glob.glob(p, recursive=True) if "/obj/" not in f and "/bin/" not in f})
    found = []
    for path in files:
        for number, line in enumerate(open(path, encoding="utf-8", errors="ignore"), 1):
            w = words(line)
            for i in range(len(w) - RUN + 1):
                run = w[i:i + RUN]
                key = " ".join(run).lower()
                if key in runs and not name_like(run) and not allowed(run):
                    found.append((path, number, key, sorted(runs[key])[0]))
                    break
    for path, number, key, source in found:
        print(f"{path}:{number}: \"{key}\" also in {source}")
    print(f"benchmark text check: {len(files)} files, {len(found)} lines quoting the benchmarks")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
