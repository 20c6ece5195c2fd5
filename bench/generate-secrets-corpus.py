#!/usr/bin/env python3
"""Generate a deterministic source tree with a known set of planted secrets, for the secrets benchmark.

    bench/generate-secrets-corpus.py /tmp/secrets-tree                    # ~1 GiB, 2000 planted examples
    bench/generate-secrets-corpus.py /tmp/small --files 5000 --bytes 50M --plants 200 --seed 7
    bench/generate-secrets-corpus.py --list-keywords                      # the rules' keywords, one a line
    bench/generate-secrets-corpus.py --score TREE.planted.json report.json [--tool secretlint --root DIR]

Generating:

  1. bench/generate-tree.py makes the base tree (a polyglot monorepo of .cs .ts .js .py .json .yml
     .md .txt files, with node_modules/, dist/, __pycache__/ and *.log ignored by .gitignore files,
     a few binaries and a few Latin-1 files);
  2. the rules are read from src/Rampart.Secrets/Rules/*.yaml at run time (whatever is there now);
     every rule's `examples:` are lines (or small blocks of lines) the rule must find;
  3. N example blocks (--plants, default 2000) are inserted at random line boundaries of random
     text files that a scanner honouring .gitignore reads. The examples are used round-robin in a
     shuffled order, so every example is planted floor(N / examples) or one more times. A rule with
     `example-path:` (e.g. `.env`) has its examples planted in a file of that name in a random
     directory; when that name is ignored by the tree's .gitignore (the root one ignores `.env`), in
     `<name>.production` instead, which still matches the rule's `paths:`. Such files are created
     with a few harmless settings around the planted lines;
  4. the manifest TREE.planted.json (next to the tree, outside it) lists every planted block:
         [{"rule_id", "path", "line", "end_line", "example"}, ...]
     path is relative to the tree, line..end_line the 1-based lines the block occupies (line ==
     end_line for one-line examples). TREE.summary gets the generator's summary line.

Scoring (--score): a planted block is found when the report has ANY finding whose location, or one
of its related locations, is in the same file on a line in line..end_line; it is also counted as
found by its own rule when such a finding has the planted rule_id. Prints one machine-readable
`score ...` line, and with --misses FILE writes the missed blocks as JSON.

Only the Python standard library and PyYAML are used (PyYAML is installed with pip if missing).
"""

from __future__ import annotations

import argparse
import fnmatch
import glob
import hashlib
import json
import os
import random
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
DEFAULT_RULES = os.path.join(REPO, "src", "Rampart.Secrets", "Rules")
TEXT_EXTS = {".cs", ".ts", ".js", ".py", ".json", ".yml", ".md", ".txt"}
ENV_FILLER = [
    "NODE_ENV=production", "PORT=8080", "LOG_LEVEL=info", "REGION=eu-west-1", "CACHE_TTL_SECONDS=300",
    "FEATURE_NEW_CHECKOUT=true", "WORKERS=4", "TZ=UTC", "METRICS_ENABLED=true", "HTTP_TIMEOUT_MS=15000",
    "QUEUE_NAME=billing-events", "MAX_UPLOAD_MB=25", "DEFAULT_LOCALE=en-GB", "RETRY_ATTEMPTS=3",
]


# ---------------------------------------------------------------------------------------------
# Rules

def _yaml():
    try:
        import yaml  # noqa: PLC0415
    except ImportError:
        print("generate-secrets-corpus: PyYAML is missing, installing it with pip", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--user", "pyyaml"], check=False)
        try:
            import yaml  # noqa: PLC0415
        except ImportError:
            subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--break-system-packages", "pyyaml"], check=True)
            import site  # noqa: PLC0415
            import importlib  # noqa: PLC0415
            importlib.reload(site)
            import yaml  # noqa: PLC0415
    return yaml


def load_rules(rules_dir: str) -> list[dict]:
    yaml = _yaml()
    rules = []
    for path in sorted(glob.glob(os.path.join(rules_dir, "*.yaml")) + glob.glob(os.path.join(rules_dir, "*.yml"))):
        with open(path, encoding="utf-8") as f:
            data = yaml.safe_load(f) or {}
        for rule in data.get("rules") or []:
            rule["_file"] = os.path.basename(path)
            rules.append(rule)
    if not rules:
        raise SystemExit(f"generate-secrets-corpus: no rules found in {rules_dir}")
    return rules


def load_examples(rules_dir: str) -> list[dict]:
    examples = []
    for rule in load_rules(rules_dir):
        for text in rule.get("examples") or []:
            text = str(text).rstrip("\n")
            if text.strip():
                examples.append({"rule_id": rule["id"], "text": text, "example_path": rule.get("example-path"),
                                 "paths": rule.get("paths"), "exclude_paths": rule.get("exclude-paths")})
    return examples


def keywords(rules_dir: str) -> list[str]:
    words = set()
    for rule in load_rules(rules_dir):
        for k in rule.get("keywords") or []:
            k = str(k).strip().lower()
            if k:
                words.add(k)
    return sorted(words)


# ---------------------------------------------------------------------------------------------
# .gitignore, just enough for the trees generate-tree.py makes (no negation, no `**`).

class Ignores:
    def __init__(self, root: str) -> None:
        self.root = root
        self.rules: dict[str, list[str]] = {}   # directory (relative, "" = root) -> patterns

    def load(self, rel_dir: str) -> None:
        path = os.path.join(self.root, rel_dir, ".gitignore")
        if os.path.isfile(path):
            with open(path, encoding="utf-8", errors="replace") as f:
                pats = [p.strip() for p in f if p.strip() and not p.lstrip().startswith(("#", "!"))]
            self.rules[rel_dir] = pats

    def ignored(self, rel_path: str, is_dir: bool) -> bool:
        parts = rel_path.split("/")
        for base, pats in self.rules.items():
            if base and not (rel_path == base or rel_path.startswith(base + "/")):
                continue
            below = rel_path[len(base) + 1:] if base else rel_path
            if not below:
                continue
            name = parts[-1]
            for p in pats:
                dir_only = p.endswith("/")
                q = p.rstrip("/")
                if dir_only and not is_dir:
                    continue
                if "/" in q:
                    if fnmatch.fnmatchcase(below, q.lstrip("/")):
                        return True
                elif fnmatch.fnmatchcase(name, q):
                    return True
        return False


def walk_tree(root: str) -> tuple[list[str], list[str], Ignores]:
    """Returns (text files a scanner honouring .gitignore reads, their directories), sorted."""
    ign = Ignores(root)
    files, dirs = [], set()
    for cur, subdirs, names in os.walk(root):
        rel_dir = os.path.relpath(cur, root).replace(os.sep, "/")
        rel_dir = "" if rel_dir == "." else rel_dir
        ign.load(rel_dir)
        subdirs[:] = sorted(d for d in subdirs if d != ".git" and not ign.ignored(f"{rel_dir}/{d}".lstrip("/"), True))
        for n in sorted(names):
            rel = f"{rel_dir}/{n}".lstrip("/")
            if n == ".gitignore" or ign.ignored(rel, False):
                continue
            if os.path.splitext(n)[1] in TEXT_EXTS:
                files.append(rel)
                dirs.add(rel_dir)
    return sorted(files), sorted(dirs), ign


# ---------------------------------------------------------------------------------------------
# Generating

def plant(args) -> int:
    started = time.monotonic()
    target = os.path.abspath(args.target)
    manifest_path = args.manifest or target.rstrip("/") + ".planted.json"
    summary_path = args.summary or target.rstrip("/") + ".summary"
    examples = load_examples(args.rules)
    if not examples:
        raise SystemExit("generate-secrets-corpus: the rules have no examples")

    if not args.no_base:
        if os.path.isdir(target) and os.listdir(target):
            print(f"generate-secrets-corpus: {target} is not empty", file=sys.stderr)
            return 2
        base = subprocess.run(
            [sys.executable, os.path.join(HERE, "generate-tree.py"), target, "--files", str(args.files),
             "--bytes", str(args.bytes), "--seed", str(args.seed)],
            check=True, stdout=subprocess.PIPE, text=True).stdout.strip().splitlines()[-1]
    else:
        base = "generated (existing tree, --no-base)"

    files, dirs, ign = walk_tree(target)
    rng = random.Random(f"secrets-corpus/{args.seed}")

    # The order of the plants: whole shuffled rounds over all the examples.
    order: list[dict] = []
    while len(order) < args.plants:
        round_ = list(examples)
        rng.shuffle(round_)
        order.extend(round_)
    order = order[:args.plants]

    def example_file(ex: dict) -> str:
        """A file name for a rule limited by example-path, not ignored, matching the rule's paths."""
        name = os.path.basename(ex["example_path"])
        d = rng.choice(dirs)
        for candidate in (name, name + ".production", name + ".local", "prod." + name):
            rel = f"{d}/{candidate}".lstrip("/")
            if ign.ignored(rel, False):
                continue
            try:
                if ex["paths"] and not re.search(ex["paths"], rel):
                    continue
                if ex["exclude_paths"] and re.search(ex["exclude_paths"], rel):
                    continue
            except re.error:
                pass
            return rel
        raise SystemExit(f"generate-secrets-corpus: no usable file name for example-path {name!r} of {ex['rule_id']}")

    # Files a rule can be planted in: those its `paths:` allow and its `exclude-paths:` do not.
    allowed: dict[tuple, list[str]] = {}

    def candidates(ex: dict) -> list[str]:
        key = (ex["paths"], ex["exclude_paths"])
        if key not in allowed:
            fl = files
            try:
                if ex["paths"]:
                    fl = [f for f in fl if re.search(ex["paths"], f)]
                if ex["exclude_paths"]:
                    fl = [f for f in fl if not re.search(ex["exclude_paths"], f)]
            except re.error as e:
                print(f"generate-secrets-corpus: {ex['rule_id']}: paths not usable in Python ({e}), ignored", file=sys.stderr)
                fl = files
            allowed[key] = fl
        return allowed[key]

    # How many blocks a file can take (one per line boundary, so planted blocks are never
    # adjacent); 0 for a file that is not valid UTF-8 (the Latin-1 files are left alone).
    capacity: dict[str, int] = {}

    def room(rel: str) -> int:
        if rel not in capacity:
            with open(os.path.join(target, rel), "rb") as f:
                data = f.read()
            try:
                data.decode("utf-8")
                capacity[rel] = data.count(b"\n") + 1
            except UnicodeDecodeError:
                capacity[rel] = 0
        return capacity[rel]

    # Assign each plant to a file.
    per_file: dict[str, list[dict]] = {}
    created: set[str] = set()
    skipped: list[dict] = []
    for ex in order:
        if ex["example_path"]:
            rel = example_file(ex)
            if not os.path.exists(os.path.join(target, rel)):
                created.add(rel)
        else:
            cands = candidates(ex)
            for _ in range(200):
                rel = rng.choice(cands) if cands else None
                if rel is not None and room(rel) > len(per_file.get(rel, ())):
                    break
            else:
                skipped.append(ex)
                continue
        per_file.setdefault(rel, []).append(ex)
    if skipped:
        print(f"generate-secrets-corpus: {len(skipped)} plants were skipped (no file their rule's `paths:` allow has room "
              f"left): {', '.join(sorted({e['rule_id'] for e in skipped}))}", file=sys.stderr)

    plants = []
    for rel in sorted(per_file):
        exs = per_file[rel]
        path = os.path.join(target, rel)
        if rel in created:
            filler = [f"# {os.path.dirname(rel) or '.'}: settings for the production deployment"]
            filler += rng.sample(ENV_FILLER, k=min(len(ENV_FILLER), 4 + 2 * len(exs)))
            filler += [f"FEATURE_{i}_ENABLED=true" for i in range(max(0, len(exs) - len(filler) + 2))]
            data = ("\n".join(filler) + "\n").encode()
        else:
            with open(path, "rb") as f:
                data = f.read()
        # Line starts: the insertion points. When the file ends with a newline the last one is the
        # end of the file; when it does not, the start of its last (unterminated) line.
        starts = [0] + [m.end() for m in re.finditer(b"\n", data)]
        slots = sorted(rng.sample(range(len(starts)), k=len(exs)))
        out, prev, shift = [], 0, 0
        for idx, ex in zip(slots, exs):
            offset = starts[idx]
            out.append(data[prev:offset])
            block = ex["text"].encode() + b"\n"
            out.append(block)
            prev = offset
            n_lines = block.count(b"\n")
            line = idx + 1 + shift
            plants.append({"rule_id": ex["rule_id"], "path": rel, "line": line, "end_line": line + n_lines - 1,
                           "example": ex["text"]})
            shift += n_lines
        out.append(data[prev:])
        with open(path, "wb") as f:
            f.write(b"".join(out))

    plants.sort(key=lambda p: (p["path"], p["line"]))
    with open(manifest_path, "w", encoding="utf-8") as f:
        json.dump(plants, f, indent=1)
        f.write("\n")

    rules_planted = len({p["rule_id"] for p in plants})
    digest = hashlib.sha256("\n".join(e["rule_id"] + "\0" + e["text"] for e in examples).encode()).hexdigest()[:12]
    seconds = time.monotonic() - started
    summary = (f"{base} | secrets planted={len(plants)} rules={rules_planted} examples={len(examples)} "
               f"files_with_plants={len({p['path'] for p in plants})} created_files={len(created)} "
               f"multi_line_plants={sum(p['line'] != p['end_line'] for p in plants)} skipped_plants={len(skipped)} examples_sha={digest} "
               f"plant_seed={args.seed} total_seconds={seconds:.1f}")
    with open(summary_path, "w", encoding="utf-8") as f:
        f.write(summary + "\n")
    print(f"generate-secrets-corpus: planted {len(plants)} examples of {rules_planted} rules into {target} "
          f"({len(created)} new files), manifest {manifest_path}, in {seconds:.1f}s", file=sys.stderr)
    print(summary)
    return 0


# ---------------------------------------------------------------------------------------------
# Scoring

def report_locations(report_path: str, tool: str, root: str | None) -> tuple[list[tuple[str, str, int | None, str | None]], int]:
    """(rule, path, line, commit) of every reported location, and the number of findings."""
    with open(report_path, encoding="utf-8") as f:
        data = json.load(f)
    locs = []
    if tool == "rampart":
        findings = data.get("findings") or []
        for fd in findings:
            commit = ((fd.get("evidence") or {}).get("origin") or {}).get("commit")
            for i, loc in enumerate([fd.get("location") or {}] + list(fd.get("relatedLocations") or [])):
                if loc.get("path"):
                    locs.append((fd.get("ruleId", ""), loc["path"].replace("\\", "/"), loc.get("line"),
                                 loc.get("revision") or (commit if i == 0 else None)))
        return locs, len(findings)
    # secretlint --format json: [{filePath, messages: [{ruleId, loc: {start: {line}}}]}]
    n = 0
    root = os.path.abspath(root) if root else None
    for result in data:
        path = result.get("filePath", "")
        if root and os.path.isabs(path):
            path = os.path.relpath(path, root)
        for m in result.get("messages") or []:
            n += 1
            line = ((m.get("loc") or {}).get("start") or {}).get("line")
            locs.append((m.get("ruleId", ""), path.replace("\\", "/"), line, None))
    return locs, n


def score(args) -> int:
    with open(args.score[0], encoding="utf-8") as f:
        plants = json.load(f)
    if args.only_paths:
        with open(args.only_paths, encoding="utf-8") as f:
            keep = {line.rstrip("\n") for line in f if line.strip()}
        plants = [p for p in plants if p["path"] in keep]
    locs, n_findings = report_locations(args.score[1], args.tool, args.root)
    by_path: dict[str, list[tuple[str, int | None, str | None]]] = {}
    for rule, path, line, commit in locs:
        by_path.setdefault(path, []).append((rule, line, commit))
    found = own = commit_ok = with_commit = 0
    misses, own_misses = [], []
    planted_lines: dict[str, set[int]] = {}
    for p in plants:
        hits = [(r, ln, c) for r, ln, c in by_path.get(p["path"], []) if ln is not None and p["line"] <= ln <= p["end_line"]]
        if p.get("commit"):
            with_commit += 1
            commit_ok += any(c and p["commit"].startswith(c) for _, _, c in hits)
        planted_lines.setdefault(p["path"], set()).update(range(p["line"], p["end_line"] + 1))
        if hits:
            found += 1
            if any(r == p["rule_id"] for r, _, _ in hits):
                own += 1
            else:
                own_misses.append(dict(p, found_by=sorted({r for r, _, _ in hits})))
        else:
            misses.append(p)
    extra = [(r, path, ln) for r, path, ln, _ in locs if ln is None or ln not in planted_lines.get(path, ())]
    extra_rules: dict[str, int] = {}
    for r, _, _ in extra:
        extra_rules[r] = extra_rules.get(r, 0) + 1
    if args.misses:
        with open(args.misses, "w", encoding="utf-8") as f:
            json.dump({"missed": misses, "found_by_another_rule_only": own_misses,
                       "locations_off_planted_lines_by_rule": dict(sorted(extra_rules.items(), key=lambda kv: -kv[1])),
                       "locations_off_planted_lines_sample": [{"rule": r, "path": p, "line": ln} for r, p, ln in extra[:200]]},
                      f, indent=1)
            f.write("\n")
    total = len(plants)
    keyword_part = ""
    if args.keywords:
        with open(args.keywords, encoding="utf-8") as f:
            words = [w.strip().lower() for w in f if w.strip()]
        with_kw = sum(any(w in p["example"].lower() for w in words) for p in plants)
        keyword_part = f"keyword_found={with_kw} keyword_recall={with_kw / total if total else 0:.4f} "
    print(f"score tool={args.tool} planted={total} found={found} recall={found / total if total else 0:.4f} "
          f"own_rule_found={own} own_rule_recall={own / total if total else 0:.4f} missed={total - found} "
          f"findings={n_findings} locations={len(locs)} off_plant_locations={len(extra)} "
          + (f"right_commit={commit_ok} " if with_commit else "") + keyword_part +
          f"missed_rules={','.join(sorted({m['rule_id'] for m in misses})) or '-'}")
    return 0


# ---------------------------------------------------------------------------------------------

def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("target", nargs="?", help="directory to create (must be empty or not exist)")
    parser.add_argument("--files", type=int, default=100_000, help="files of the base tree (default 100000)")
    parser.add_argument("--bytes", default="1G", help="approximate size of the base tree, e.g. 1G, 50M (default 1G)")
    parser.add_argument("--seed", type=int, default=42, help="seed of the base tree and of the planting (default 42)")
    parser.add_argument("--plants", type=int, default=2000, help="example blocks to plant (default 2000)")
    parser.add_argument("--rules", default=DEFAULT_RULES, help="rules directory (default src/Rampart.Secrets/Rules)")
    parser.add_argument("--manifest", help="manifest path (default TARGET.planted.json)")
    parser.add_argument("--summary", help="summary path (default TARGET.summary)")
    parser.add_argument("--no-base", action="store_true", help="plant into an existing tree instead of generating one")
    parser.add_argument("--list-keywords", action="store_true", help="print the rules' keywords, one a line, and exit")
    parser.add_argument("--score", nargs=2, metavar=("MANIFEST", "REPORT"), help="score a report against a manifest")
    parser.add_argument("--tool", choices=["rampart", "secretlint"], default="rampart", help="the report's format (with --score)")
    parser.add_argument("--root", help="with --score: the directory the report's absolute paths are relative to")
    parser.add_argument("--only-paths", help="with --score: only the plants in these files (one relative path a line)")
    parser.add_argument("--misses", help="with --score: write the missed plants here (JSON)")
    parser.add_argument("--keywords", help="with --score: also count the plants holding one of these keywords (one a line)")
    args = parser.parse_args()

    if args.list_keywords:
        print("\n".join(keywords(args.rules)))
        return 0
    if args.score:
        return score(args)
    if not args.target:
        parser.error("the target directory is required")
    return plant(args)


if __name__ == "__main__":
    sys.exit(main())
