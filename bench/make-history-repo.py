#!/usr/bin/env python3
"""Build a git repository with a long history and secrets that were committed and later deleted.

    bench/make-history-repo.py /tmp/history-repo                    # ~50 000 unique blobs, 100 secrets
    bench/make-history-repo.py /tmp/small-history --blobs 2000 --files 100 --secrets 20 --seed 7

The repository is written in one `git fast-import` stream (seconds, not minutes):

  * commit 1 adds --files source files (.cs .ts .js .py .yml .json .md, ~2 KB each, text cut from
    the same code-like pools as bench/generate-tree.py) in a monorepo layout;
  * every following commit rewrites --changes of them (a new, unique blob each), until the history
    holds about --blobs unique blobs;
  * --secrets example blocks, taken from the rules' `examples:` (src/Rampart.Secrets/Rules/*.yaml,
    one rule after another so as many rules as possible are covered, never the same example
    twice), are each added to a file at a random line in some commit and deleted again 1-40
    commits later (rules with `example-path:`, e.g. `.env`, get a file of that name, which is then
    deleted). No secret is left in HEAD; the working tree is checked out at HEAD.

Commits have fixed authors and dates, so the same seed gives the same commit ids.
The manifest (default DEST.planted.json) lists every planted block in the format of
bench/generate-secrets-corpus.py, plus the commit that added it and the commit that removed it:
    [{"rule_id", "path", "line", "end_line", "example", "commit", "removed_in"}, ...]
The last line printed is machine-readable: `history blobs=... commits=... secrets=... seconds=...`.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def load_module(name: str, file: str):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, file))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


tree = load_module("generate_tree", "generate-tree.py")
corpus = load_module("generate_secrets_corpus", "generate-secrets-corpus.py")

EXT_WEIGHTS = {".cs": 0.3, ".ts": 0.25, ".js": 0.1, ".py": 0.2, ".yml": 0.06, ".json": 0.05, ".md": 0.04}
REVISION_LINE = {
    ".cs": "// revision {n}\n", ".ts": "// revision {n}\n", ".js": "// revision {n}\n", ".py": "# revision {n}\n",
    ".yml": "# revision {n}\n", ".json": "  \"revision\": {n},\n", ".md": "Revision {n}.\n\n", ".txt": "Revision {n}.\n",
}
AUTHORS = [("Sam Weekend", "sam@acme.example"), ("Ana Ops", "ana@acme.example"), ("Lee Build", "lee@acme.example"),
           ("Kai Front", "kai@acme.example"), ("Ren Data", "ren@acme.example")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dest", help="directory to create the repository in (must be empty or not exist)")
    parser.add_argument("--blobs", type=int, default=50_000, help="unique blobs to aim for (default 50000)")
    parser.add_argument("--files", type=int, default=500, help="files in the repository (default 500)")
    parser.add_argument("--changes", type=int, default=10, help="files rewritten per commit (default 10)")
    parser.add_argument("--secrets", type=int, default=100, help="secrets added and later deleted (default 100)")
    parser.add_argument("--blob-bytes", type=int, default=2048, help="typical file size (default 2048)")
    parser.add_argument("--seed", type=int, default=42, help="random seed (default 42)")
    parser.add_argument("--rules", default=corpus.DEFAULT_RULES, help="rules directory")
    parser.add_argument("--manifest", help="manifest path (default DEST.planted.json)")
    args = parser.parse_args()

    started = time.monotonic()
    dest = os.path.abspath(args.dest)
    manifest_path = args.manifest or dest.rstrip("/") + ".planted.json"
    if os.path.isdir(dest) and os.listdir(dest):
        print(f"make-history-repo: {dest} is not empty", file=sys.stderr)
        return 2
    os.makedirs(dest, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    git = lambda *a, **kw: subprocess.run(["git", "-C", dest, *a], check=True, env=env, **kw)  # noqa: E731
    git("init", "-q", "-b", "main")

    rng = random.Random(f"history/{args.seed}")
    names = tree.Names(rng)
    pools = {ext: tree.build_pool(tree.BLOCKS[ext], names, 1024 * 1024) for ext in EXT_WEIGHTS}

    # The files.
    areas = [f"Acme.{tree.pascal(w)}" for w in rng.sample(tree.WORDS, 6)]
    packages = [f"{w}-{s.lower()}" for w, s in zip(rng.sample(tree.WORDS, 6), rng.choices(tree.SUFFIXES, k=6))]
    services = [f"{w}-svc" for w in rng.sample(tree.WORDS, 5)]
    paths: list[str] = []
    exts, weights = zip(*EXT_WEIGHTS.items())
    while len(paths) < args.files:
        ext = rng.choices(exts, weights)[0]
        if ext == ".cs":
            p = f"src/{rng.choice(areas)}/{tree.pascal(names.word())}/{names.type()}.cs"
        elif ext in (".ts", ".js"):
            p = f"packages/{rng.choice(packages)}/src/{names.word()}/{names.ident()}{ext}"
        elif ext == ".py":
            p = f"services/{rng.choice(services)}/app/{names.word()}/{names.word()}_{names.word()}.py"
        elif ext == ".yml":
            p = f"deploy/{rng.choice(services)}/{names.ident()}.yml"
        elif ext == ".json":
            p = f"packages/{rng.choice(packages)}/{names.ident()}.json"
        else:
            p = f"docs/{names.word()}/{names.ident()}.md"
        if p not in paths:
            paths.append(p)
    paths.sort()

    revision = [0]

    def content(path: str) -> bytes:
        ext = os.path.splitext(path)[1]
        pool = pools[ext]
        size = int(min(4 * args.blob_bytes, max(200, rng.lognormvariate(0, 0.5) * args.blob_bytes)))
        start = rng.randrange(0, len(pool) - size - 4096)
        start = pool.find(b"\n", start) + 1
        end = pool.find(b"\n", start + size) + 1
        revision[0] += 1
        return tree.header(ext, path) + REVISION_LINE[ext].format(n=revision[0]).encode() + pool[start:end]

    # The secrets: one example per rule in turn (rules in a shuffled order), never the same twice.
    examples = corpus.load_examples(args.rules)
    by_rule: dict[str, list[dict]] = {}
    for ex in examples:
        by_rule.setdefault(ex["rule_id"], []).append(ex)
    rule_ids = sorted(by_rule)
    rng.shuffle(rule_ids)
    for r in rule_ids:
        rng.shuffle(by_rule[r])
    chosen: list[dict] = []
    depth = 0
    while len(chosen) < min(args.secrets, len(examples)):
        for r in rule_ids:
            if depth < len(by_rule[r]) and len(chosen) < args.secrets:
                chosen.append(by_rule[r][depth])
        depth += 1

    commits = max(2, -(-(args.blobs - args.files - len(chosen)) // args.changes) + 1)
    last_add = max(2, commits - 45)
    # commit index -> secrets added there; a secret is removed 1-40 commits later.
    adds: dict[int, list[dict]] = {}
    removals: dict[int, list[dict]] = {}
    busy: dict[str, tuple[int, int]] = {}
    plants = []
    for ex in chosen:
        for _ in range(1000):
            c = rng.randint(2, last_add)
            r = c + rng.randint(1, 40)
            if ex["example_path"]:
                path = f"services/{rng.choice(services)}/{os.path.basename(ex['example_path'])}"
            else:
                path = rng.choice(paths)
            # never two secrets in the same file at the same time
            if path in busy and not (r < busy[path][0] or c > busy[path][1]):
                continue
            busy[path] = (min(c, busy.get(path, (c, r))[0]), max(r, busy.get(path, (c, r))[1]))
            break
        else:
            raise SystemExit("make-history-repo: could not place a secret; use more --files or fewer --secrets")
        plant = {"rule_id": ex["rule_id"], "path": path, "example": ex["text"], "_add": c, "_remove": r,
                 "_new_file": bool(ex["example_path"])}
        adds.setdefault(c, []).append(plant)
        removals.setdefault(r, []).append(plant)
        plants.append(plant)
    secret_paths_at: dict[int, set[str]] = {}
    for p in plants:
        for c in range(p["_add"], p["_remove"] + 1):
            secret_paths_at.setdefault(c, set()).add(p["path"])

    proc = subprocess.Popen(["git", "-C", dest, "fast-import", "--quiet", f"--export-marks={dest}/.git/bench-marks"],
                            stdin=subprocess.PIPE, env=env)
    out = proc.stdin
    blobs = 0
    when = 1672531200   # 2023-01-01

    def data(payload: bytes) -> None:
        out.write(b"data %d\n" % len(payload))
        out.write(payload)
        out.write(b"\n")

    for c in range(1, commits + 1):
        when += rng.randint(600, 20000)
        name, email = rng.choice(AUTHORS)
        out.write(b"commit refs/heads/main\nmark :%d\n" % c)
        out.write(f"author {name} <{email}> {when} +0000\ncommitter {name} <{email}> {when} +0000\n".encode())
        if c == 1:
            data(b"Initial import of the monorepo\n")
            for p in paths:
                out.write(f"M 100644 inline {p}\n".encode())
                data(content(p))
                blobs += 1
            continue
        data(f"{tree.pascal(names.word())}: {names.prose(rng.randint(3, 8))}\n".encode())
        held = secret_paths_at.get(c, set())
        changed = [p for p in rng.sample(paths, min(len(paths), args.changes + 5)) if p not in held][:args.changes]
        for p in changed:
            out.write(f"M 100644 inline {p}\n".encode())
            data(content(p))
            blobs += 1
        for plant in removals.get(c, []):
            if plant["_new_file"]:
                out.write(f"D {plant['path']}\n".encode())
            else:
                out.write(f"M 100644 inline {plant['path']}\n".encode())
                data(content(plant["path"]))
                blobs += 1
        for plant in adds.get(c, []):
            if plant["_new_file"]:
                filler = ["# local settings"] + rng.sample(corpus.ENV_FILLER, 6)
                lines = [ln + "\n" for ln in filler]
            else:
                lines = content(plant["path"]).decode().split("\n")
                lines = [ln + "\n" for ln in lines[:-1]] + ([lines[-1]] if lines[-1] else [])
            idx = rng.randint(1, len(lines))
            block = plant["example"] + "\n"
            text = "".join(lines[:idx]) + block + "".join(lines[idx:])
            plant["line"] = idx + 1
            plant["end_line"] = idx + block.count("\n")
            out.write(f"M 100644 inline {plant['path']}\n".encode())
            data(text.encode())
            blobs += 1
    out.close()
    if proc.wait() != 0:
        raise SystemExit("make-history-repo: git fast-import failed")
    git("reset", "-q", "--hard", "main")

    marks = {}
    with open(f"{dest}/.git/bench-marks", encoding="utf-8") as f:
        for line in f:
            mark, sha = line.split()
            marks[int(mark[1:])] = sha
    os.remove(f"{dest}/.git/bench-marks")
    manifest = [{"rule_id": p["rule_id"], "path": p["path"], "line": p["line"], "end_line": p["end_line"],
                 "example": p["example"], "commit": marks[p["_add"]], "removed_in": marks[p["_remove"]]}
                for p in sorted(plants, key=lambda p: p["_add"])]
    with open(manifest_path, "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=1)
        f.write("\n")

    unique = int(subprocess.run(
        ["bash", "-c", f"git -C '{dest}' cat-file --batch-all-objects --batch-check='%(objecttype)' | grep -c '^blob$'"],
        check=True, stdout=subprocess.PIPE, text=True, env=env).stdout.strip())
    pack_bytes = sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(os.path.join(dest, ".git", "objects")) for f in fs)
    seconds = time.monotonic() - started
    print(f"make-history-repo: {commits} commits, {unique} unique blobs ({blobs} written), {len(manifest)} secrets of "
          f"{len({p['rule_id'] for p in manifest})} rules added and deleted, in {dest} ({seconds:.1f}s)", file=sys.stderr)
    print(f"history blobs={unique} blobs_written={blobs} commits={commits} files={len(paths)} changes={args.changes} "
          f"secrets={len(manifest)} secret_rules={len({p['rule_id'] for p in manifest})} objects_bytes={pack_bytes} "
          f"seed={args.seed} seconds={seconds:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
