"""The first smoke test, written by `rampart init`.

It proves that the pipeline runs tests and that every module of the app compiles, without
importing (and so without running) any of them. Replace it with tests of real behaviour; for
FastAPI or Flask, their test clients call the app in memory.
"""

import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
SKIPPED = {".git", ".venv", "venv", "env", "node_modules", "build", "dist", "__pycache__"}


def test_every_module_compiles():
    sources = [p for p in ROOT.rglob("*.py") if not SKIPPED.intersection(p.relative_to(ROOT).parts)]
    for source in sources:
        compile(source.read_text(encoding="utf-8"), str(source), "exec")
