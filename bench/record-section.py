#!/usr/bin/env python3
"""Records a benchmark section in BENCHMARKS.md: replaces the section whose heading (the first line
of the new section, "## ...") is already there, up to the next "## " heading, or appends it.
Usage: record-section.py BENCHMARKS.md SECTION.md"""
import os
import sys

path, section_path = sys.argv[1:3]
section = open(section_path, encoding="utf-8").read().strip("\n") + "\n"
heading = section.splitlines()[0].rstrip()
if not heading.startswith("## "):
    sys.exit(f"{section_path}: a section starts with a '## ' heading, not {heading!r}")
text = open(path, encoding="utf-8").read() if os.path.exists(path) else "# Benchmarks\n"
lines = text.splitlines(keepends=True)
start = next((i for i, line in enumerate(lines) if line.rstrip("\r\n") == heading), None)
if start is None:
    text = text.rstrip("\n") + "\n\n" + section
else:
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    rest = "".join(lines[end:])
    text = "".join(lines[:start]) + section + ("\n" + rest if rest else "")
with open(path, "w", encoding="utf-8") as f:
    f.write(text)
