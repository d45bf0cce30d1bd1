#!/usr/bin/env python3
"""Fails when any text file under the given folders shares a run of 10 words with a seed article.

Usage: check_seed_overlap.py SEEDS_DIR FOLDER [FOLDER ...]
The project writes its texts in its own words; this keeps it honest. A seed's title (its first
line) (a first line of at most 15 words) is exempt on its own, since citations quote it; a run that goes past the title still counts.
"""
import re, sys, pathlib

N = 10
WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
TEXT_SUFFIXES = {".cs", ".md", ".txt", ".json", ".yaml", ".yml", ".cshtml", ".html", ".css", ".js", ".razor", ".csproj", ".props", ".xml", ".csv"}

def words(text):
    return WORD.findall(text.lower().replace("\u2019", "'"))

def shingles(ws):
    return {" ".join(ws[i:i + N]) for i in range(len(ws) - N + 1)}

seeds_dir = pathlib.Path(sys.argv[1])
seed_shingles = {}
for seed in sorted(seeds_dir.glob("*")):
    if seed.is_file():
        text = seed.read_text(encoding="utf-8", errors="replace")
        first = words(text.strip().splitlines()[0]) if text.strip() else []
        title = shingles(first) if len(first) <= 15 else set()  # a long first line is prose, not a title
        for sh in shingles(words(text)) - title:
            seed_shingles.setdefault(sh, seed.name)
if not seed_shingles:
    print(f"seed overlap check: no seed articles found in {seeds_dir}", file=sys.stderr)
    sys.exit(2)

problems = 0
for folder in sys.argv[2:]:
    for path in sorted(pathlib.Path(folder).rglob("*")):
        if not path.is_file() or path.suffix.lower() not in TEXT_SUFFIXES:
            continue
        if any(part in ("bin", "obj", "node_modules") for part in path.parts):
            continue
        ws = words(path.read_text(encoding="utf-8", errors="replace"))
        for i in range(len(ws) - N + 1):
            sh = " ".join(ws[i:i + N])
            if sh in seed_shingles:
                print(f"{path}: shares ten words with seed {seed_shingles[sh]}: \"{sh}\"")
                problems += 1
                break
if problems:
    print(f"seed overlap check: {problems} file(s) copy a seed article; write in the project's own words.")
    sys.exit(1)
print("seed overlap check: no run of 10 words shared with a seed article.")
