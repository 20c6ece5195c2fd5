#!/usr/bin/env python3
"""Generate a deterministic, monorepo-shaped source tree for the walker benchmark.

    bench/generate-tree.py /tmp/tree                      # 100 000 files, about 1 GiB
    bench/generate-tree.py /tmp/tree --files 2000 --bytes 20M --seed 7

The tree looks like a polyglot monorepo (src/, tests/, packages/*/src, services/*/,
docs/, .github/workflows) with nested directories 2-6 deep. Some of it is meant to be
ignored, so that a walker that honours .gitignore has something to skip:

  * the root .gitignore ignores node_modules/ and *.log; packages/*/node_modules/** and
    services/*/logs/*.log exist;
  * some packages have their own .gitignore ignoring dist/, and have a dist/ directory;
  * services have a .gitignore ignoring __pycache__/, and have __pycache__/*.pyc files.

About 0.5% of the files are binary (they contain NUL bytes) and a handful of text files
are not valid UTF-8 (Latin-1 bytes). Content is built by slicing large pools of
code-like text generated once per language, so writing 1 GiB is bound by the disk, not
by Python. The same seed gives the same tree, byte for byte.

The last line printed is machine-readable:
    generated files=... bytes=... dirs=... ignored_files=... ignored_bytes=... walkable_files=...
              binary_files=... ignored_binary_files=... invalid_utf8_files=... seconds=...
where walkable_files is what a walker honouring the .gitignore files should list, binary_files
the binaries among them (the .pyc files under ignored __pycache__/ are ignored_binary_files).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
import time

MIB = 1024 * 1024
POOL_BYTES = 4 * MIB          # text pool per language
MAX_FILE_BYTES = 2 * MIB      # well under the walker's default 10 MiB limit
MIN_FILE_BYTES = 48
FILES_PER_DIR = 36            # average

WORDS = (
    "account billing cache config order payment user session token report search notify audit "
    "invoice catalog inventory shipping gateway auth profile metrics queue worker scheduler "
    "storage upload export import ledger pricing tenant webhook feature refund cart checkout "
    "address email sms render layout theme router health"
).split()
SUFFIXES = "Service Controller Repository Handler Client Options Validator Mapper Factory Provider Store Manager Builder Policy".split()
TYPES = "string int long bool decimal Guid DateTime TimeSpan".split()
PROSE = (
    "the service reads its configuration at startup and validates every value before the first "
    "request is accepted while retries use exponential backoff with jitter so that a failing "
    "dependency is not overwhelmed each handler logs a structured event with the request id and "
    "the tenant the cache is invalidated when the upstream version changes migrations run in a "
    "single transaction and are idempotent"
).split()
UNICODE_LINES = (
    "Größe und Gewicht werden in SI-Einheiten angegeben.",
    "Le café est prêt ; la crème brûlée aussi.",
    "ユーザー設定は起動時に読み込まれます。",
    "Ошибка: соединение закрыто сервером.",
    "Emoji in commit messages 🚀 are tolerated, not encouraged.",
)


def pascal(word: str) -> str:
    return word[:1].upper() + word[1:]


class Names:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def word(self) -> str:
        return self.rng.choice(WORDS)

    def ident(self) -> str:
        r = self.rng
        return r.choice(WORDS) + pascal(r.choice(WORDS)) if r.random() < 0.6 else r.choice(WORDS)

    def type(self) -> str:
        return pascal(self.rng.choice(WORDS)) + self.rng.choice(SUFFIXES)

    def prose(self, n: int) -> str:
        return " ".join(self.rng.choice(PROSE) for _ in range(n))


# ---------------------------------------------------------------------------------------------
# Code-like blocks, one generator per language. Each returns a few lines of text ending in "\n".

def cs_block(n: Names) -> str:
    r = n.rng
    t, dep, m, a = n.type(), n.type(), pascal(n.ident()), n.ident()
    kind = r.random()
    if kind < 0.25:
        props = "".join(f"    public {r.choice(TYPES)} {pascal(n.ident())} {{ get; init; }}\n" for _ in range(r.randint(2, 6)))
        return f"/// <summary>{pascal(n.prose(8))}.</summary>\npublic sealed record {t}\n{{\n{props}}}\n\n"
    if kind < 0.45:
        return (
            f"public sealed class {t}(I{dep} {dep[0].lower() + dep[1:]}, ILogger<{t}> logger)\n{{\n"
            f"    private readonly Dictionary<string, {r.choice(TYPES)}> _{a} = new(StringComparer.Ordinal);\n\n"
            f"    public async Task<{r.choice(TYPES)}> {m}Async({r.choice(TYPES)} {a}, CancellationToken cancellationToken)\n    {{\n"
            f"        logger.LogInformation(\"{m} started for {{Id}}\", {a});\n"
            f"        var result = await {dep[0].lower() + dep[1:]}.{pascal(n.ident())}Async({a}, cancellationToken).ConfigureAwait(false);\n"
            f"        return result;\n    }}\n}}\n\n"
        )
    return (
        f"    public {r.choice(TYPES)} {m}({r.choice(TYPES)} {a}, int count = {r.randint(1, 500)})\n    {{\n"
        f"        if (count <= 0)\n        {{\n            throw new ArgumentOutOfRangeException(nameof(count));\n        }}\n\n"
        f"        // {pascal(n.prose(r.randint(5, 12)))}.\n"
        f"        for (var i = 0; i < count; i++)\n        {{\n            _{n.ident()}.Add({a}, i * {r.randint(2, 64)});\n        }}\n\n"
        f"        return default;\n    }}\n\n"
    )


def ts_block(n: Names) -> str:
    r = n.rng
    t, f, a = n.type(), n.ident(), n.ident()
    kind = r.random()
    if kind < 0.2:
        return f"import {{ {t}, {n.type()} }} from \"@acme/{n.word()}\";\nimport {{ {f} }} from \"../{n.word()}/{n.ident()}\";\n\n"
    if kind < 0.5:
        fields = "".join(f"  {n.ident()}{'?' if r.random() < 0.3 else ''}: {r.choice(['string', 'number', 'boolean', t + '[]', 'Date'])};\n" for _ in range(r.randint(2, 7)))
        return f"export interface {t} {{\n{fields}}}\n\n"
    return (
        f"/** {pascal(n.prose(r.randint(6, 14)))}. */\n"
        f"export async function {f}({a}: {t}, options: {{ retries?: number }} = {{}}): Promise<{n.type()}> {{\n"
        f"  const retries = options.retries ?? {r.randint(1, 5)};\n"
        f"  for (let attempt = 0; attempt < retries; attempt++) {{\n"
        f"    const response = await fetch(`/api/{n.word()}/${{{a}.id}}`, {{ method: \"{r.choice(['GET', 'POST', 'PUT'])}\" }});\n"
        f"    if (response.ok) {{\n      return (await response.json()) as {t};\n    }}\n  }}\n"
        f"  throw new Error(\"{f} failed after \" + retries + \" attempts\");\n}}\n\n"
    )


def js_block(n: Names) -> str:
    r = n.rng
    f, a, b = n.ident(), n.ident(), n.ident()
    if r.random() < 0.3:
        return f"\"use strict\";\nconst {f} = require(\"./{n.word()}\");\nconst {{ {a}, {b} }} = require(\"{n.word()}-{n.word()}\");\n\n"
    return (
        f"function {f}({a}, {b}) {{\n"
        f"  var result = Object.assign({{}}, {a});\n"
        f"  if (typeof {b} === \"function\") {{\n    result.{n.ident()} = {b}(result, {r.randint(0, 99)});\n  }}\n"
        f"  // {n.prose(r.randint(5, 12))}\n"
        f"  return result.{n.ident()} !== undefined ? result : null;\n}}\nmodule.exports.{f} = {f};\n\n"
    )


def py_block(n: Names) -> str:
    r = n.rng
    t, f, a = n.type(), n.ident(), n.ident()
    snake = lambda s: "".join("_" + c.lower() if c.isupper() else c for c in s)  # noqa: E731
    if r.random() < 0.35:
        fields = "".join(f"    {snake(n.ident())}: {r.choice(['str', 'int', 'float', 'bool', 'list[str]'])}\n" for _ in range(r.randint(2, 6)))
        return f"@dataclass(frozen=True)\nclass {t}:\n    \"\"\"{pascal(n.prose(r.randint(5, 10)))}.\"\"\"\n\n{fields}\n\n"
    return (
        f"def {snake(f)}({snake(a)}: {t}, *, limit: int = {r.randint(1, 1000)}) -> list[str]:\n"
        f"    \"\"\"{pascal(n.prose(r.randint(6, 14)))}.\"\"\"\n"
        f"    results = []\n    for index, item in enumerate({snake(a)}.{snake(n.ident())}):\n"
        f"        if index >= limit:\n            break\n"
        f"        results.append(f\"{{item}}-{{index}}\")\n"
        f"    logger.debug(\"%s produced %d rows\", \"{snake(f)}\", len(results))\n    return results\n\n\n"
    )


def json_block(n: Names) -> str:
    r = n.rng
    return (
        f"  \"{n.ident()}\": {{\n"
        f"    \"version\": \"{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(0, 99)}\",\n"
        f"    \"resolved\": \"https://registry.example.org/{n.word()}/-/{n.word()}-{r.randint(1, 9)}.{r.randint(0, 9)}.0.tgz\",\n"
        f"    \"integrity\": \"sha512-{r.getrandbits(256):064x}\",\n"
        f"    \"dev\": {r.choice(['true', 'false'])}\n  }},\n"
    )


def yml_block(n: Names) -> str:
    r = n.rng
    return (
        f"{n.ident()}:\n  enabled: {r.choice(['true', 'false'])}\n  replicas: {r.randint(1, 12)}\n"
        f"  image: registry.example.org/{n.word()}/{n.word()}:{r.randint(1, 9)}.{r.randint(0, 20)}\n"
        f"  env:\n    - name: {n.word().upper()}_{n.word().upper()}\n      value: \"{n.prose(3)}\"\n"
        f"  # {n.prose(r.randint(4, 10))}\n"
    )


def md_block(n: Names) -> str:
    r = n.rng
    kind = r.random()
    if kind < 0.2:
        return f"## {pascal(n.prose(r.randint(2, 5)))}\n\n"
    if kind < 0.3:
        return f"```bash\nacme {n.word()} {n.word()} --{n.word()} {r.randint(1, 99)}\n```\n\n"
    if kind < 0.35:
        return r.choice(UNICODE_LINES) + "\n\n"
    return pascal(n.prose(r.randint(15, 60))) + ".\n\n"


def txt_block(n: Names) -> str:
    r = n.rng
    if r.random() < 0.05:
        return r.choice(UNICODE_LINES) + "\n"
    return pascal(n.prose(r.randint(8, 20))) + ".\n"


def log_block(n: Names) -> str:
    r = n.rng
    level = r.choice(["INFO", "INFO", "INFO", "DEBUG", "WARN", "ERROR"])
    return (
        f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{r.randint(0, 999):03d}Z "
        f"{level} [{n.word()}-{n.word()}] request_id={r.getrandbits(64):016x} {n.prose(r.randint(4, 12))}\n"
    )


BLOCKS = {
    ".cs": cs_block, ".ts": ts_block, ".js": js_block, ".py": py_block, ".json": json_block,
    ".yml": yml_block, ".md": md_block, ".txt": txt_block, ".log": log_block,
}


def header(ext: str, rel_path: str) -> bytes:
    """A short, per-file prefix so that no two files are identical."""
    if ext == ".cs":
        ns = ".".join(pascal(p.replace("-", "")) for p in rel_path.split("/")[:-1][:4]) or "Acme"
        text = f"// <copyright file=\"{rel_path}\">Acme</copyright>\nnamespace {ns};\n\n"
    elif ext in (".ts", ".js"):
        text = f"// {rel_path}\n// SPDX-License-Identifier: Apache-2.0\n\n"
    elif ext == ".py":
        text = f"\"\"\"{rel_path}.\"\"\"\n\nfrom __future__ import annotations\n\nimport logging\n\nlogger = logging.getLogger(__name__)\n\n"
    elif ext == ".json":
        text = f"{{\n  \"name\": \"{rel_path}\",\n  \"lockfileVersion\": 3,\n"
    elif ext == ".yml":
        text = f"# {rel_path}\nversion: 2\n"
    elif ext == ".md":
        text = f"# {rel_path}\n\n"
    else:
        text = ""
    return text.encode()


def build_pool(block, n: Names, size: int) -> bytes:
    # Generate a few thousand distinct blocks, then repeat them in random order: cheap and
    # still looks like code wherever a file is cut out of it.
    distinct = [block(n) for _ in range(3000)]
    parts, total = [], 0
    while total < size:
        chunk = n.rng.choices(distinct, k=2000)
        parts.extend(chunk)
        total += sum(len(c) for c in chunk)
    return "".join(parts).encode()


# ---------------------------------------------------------------------------------------------
# Layout: zones of the monorepo. Each zone makes directories and says which extensions live
# there and whether a walker honouring .gitignore should skip it.

class Zone:
    def __init__(self, name: str, share: float, exts: dict[str, float], ignored: bool, make_dir) -> None:
        self.name, self.share, self.exts, self.ignored, self.make_dir = name, share, exts, ignored, make_dir


def parse_size(text: str) -> int:
    """1073741824, 1G, 1GiB, 20M, 20MB, 512k."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?\s*", text.lower())
    if not match:
        raise argparse.ArgumentTypeError(f"not a size: {text!r}")
    return int(float(match.group(1)) * {"": 1, "k": 1024, "m": MIB, "g": 1024 * MIB}[match.group(2)])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("target", help="directory to create (must be empty or not exist)")
    parser.add_argument("--files", type=int, default=100_000, help="total number of files (default 100000)")
    parser.add_argument("--bytes", type=parse_size, default=1024 * MIB, help="approximate total size, e.g. 1G, 20M (default 1G)")
    parser.add_argument("--seed", type=int, default=42, help="random seed (default 42)")
    parser.add_argument("--binary-share", type=float, default=0.005, help="share of binary files (default 0.005)")
    parser.add_argument("--invalid-utf8", type=int, default=8, help="number of text files that are not valid UTF-8 (default 8)")
    parser.add_argument("--summary", help="also write the summary line to this file")
    parser.add_argument("--force", action="store_true", help="write into a non-empty target")
    args = parser.parse_args()

    started = time.monotonic()
    target = os.path.abspath(args.target)
    if os.path.isdir(target) and os.listdir(target) and not args.force:
        print(f"generate-tree: {target} is not empty (use --force to write into it anyway)", file=sys.stderr)
        return 2
    if args.files < 50:
        print("generate-tree: --files must be at least 50", file=sys.stderr)
        return 2

    rng = random.Random(args.seed)
    names = Names(rng)

    packages = [f"{w}-{s.lower()}" for w, s in zip(rng.sample(WORDS, 12), rng.choices(SUFFIXES, k=12))]
    services = [f"{w}-svc" for w in rng.sample(WORDS, 8)]
    dist_packages = set(packages[::3])       # packages with their own .gitignore (dist/)
    areas = [f"Acme.{pascal(w)}" for w in rng.sample(WORDS, 10)]

    def depth_tail(base: list[str], lo: int, hi: int, pick=None) -> str:
        """Extends base with random segments to a total depth in [lo, hi]."""
        pick = pick or (lambda: rng.choice(WORDS))
        parts = list(base)
        for _ in range(rng.randint(lo, hi) - len(parts)):
            parts.append(pick())
        return "/".join(parts)

    zones = [
        Zone("src", 0.25, {".cs": 0.9, ".json": 0.05, ".md": 0.05}, False,
             lambda: depth_tail(["src", rng.choice(areas)], 2, 6, lambda: pascal(names.word()))),
        Zone("tests", 0.08, {".cs": 0.95, ".json": 0.05}, False,
             lambda: depth_tail(["tests", rng.choice(areas) + ".Tests"], 2, 4, lambda: pascal(names.word()))),
        Zone("packages", 0.24, {".ts": 0.6, ".js": 0.2, ".json": 0.1, ".md": 0.05, ".yml": 0.05}, False,
             lambda: depth_tail(["packages", rng.choice(packages), "src"], 3, 6)),
        Zone("node_modules", 0.08, {".js": 0.7, ".json": 0.2, ".md": 0.1}, True,
             lambda: depth_tail(["packages", rng.choice(packages), "node_modules", names.word() + "-" + names.word()], 4, 6,
                                lambda: rng.choice(["lib", "dist", "esm", "cjs", names.word()]))),
        Zone("dist", 0.02, {".js": 0.8, ".json": 0.2}, True,
             lambda: depth_tail(["packages", rng.choice(sorted(dist_packages)), "dist"], 3, 5)),
        Zone("services", 0.20, {".py": 0.75, ".yml": 0.1, ".json": 0.05, ".txt": 0.05, ".md": 0.05}, False,
             lambda: depth_tail(["services", rng.choice(services), rng.choice(["app", "app", "tests", "config", "scripts"])], 3, 5)),
        Zone("pycache", 0.01, {".pyc": 1.0}, True,
             lambda: f"services/{rng.choice(services)}/app/__pycache__"),
        Zone("logs", 0.005, {".log": 1.0}, True,
             lambda: f"services/{rng.choice(services)}/logs"),
        Zone("docs", 0.07, {".md": 0.8, ".txt": 0.2}, False,
             lambda: depth_tail(["docs", names.word()], 2, 3)),
        Zone("misc", 0.025, {".yml": 0.6, ".py": 0.3, ".txt": 0.1}, False,
             lambda: rng.choice([".github/workflows", "tools/scripts", "deploy/" + rng.choice(services) + "/helm"])),
    ]

    # .gitignore files and what they ignore.
    gitignores = {
        ".gitignore": "# dependencies and build output\nnode_modules/\n*.log\n.env\n*.swp\n",
    }
    for p in sorted(dist_packages):
        gitignores[f"packages/{p}/.gitignore"] = "dist/\n*.tsbuildinfo\n"
    for s in services:
        gitignores[f"services/{s}/.gitignore"] = "__pycache__/\n*.pyc\n.pytest_cache/\n"
    root_files = {"README.md": ".md", "CONTRIBUTING.md": ".md", "package.json": ".json", ".editorconfig": ".txt"}

    content_slots = args.files - len(gitignores) - len(root_files)

    # Spread the slots over the zones, the zones over directories.
    plan: list[tuple[str, str, bool]] = []   # (directory, extension, ignored)
    remaining = content_slots
    for i, zone in enumerate(zones):
        count = remaining if i == len(zones) - 1 else max(1, round(content_slots * zone.share))
        count = min(count, remaining)
        remaining -= count
        ndirs = max(1, round(count / FILES_PER_DIR))
        dirs = sorted({zone.make_dir() for _ in range(ndirs)})
        exts, weights = zip(*zone.exts.items())
        for d, e in zip(rng.choices(dirs, k=count), rng.choices(exts, weights, k=count)):
            plan.append((d, e, zone.ignored))
    rng.shuffle(plan)

    # File sizes: log-normal, scaled to the target total.
    sizes = [rng.lognormvariate(0.0, 1.3) for _ in range(args.files)]
    for _ in range(3):
        scale = args.bytes / sum(sizes)
        sizes = [min(MAX_FILE_BYTES, max(MIN_FILE_BYTES, s * scale)) for s in sizes]
    sizes = [int(s) for s in sizes]

    # Which non-ignored text slots become binary, and which get invalid UTF-8.
    candidates = [i for i, (_, e, ign) in enumerate(plan) if not ign and e != ".pyc"]
    n_binary = round(args.files * args.binary_share)
    chosen = rng.sample(candidates, min(len(candidates), n_binary + args.invalid_utf8))
    binary_slots = set(chosen[:n_binary])
    invalid_slots = set(chosen[n_binary:])

    pools = {ext: build_pool(block, names, POOL_BYTES) for ext, block in BLOCKS.items()}
    binary_pool = rng.randbytes(POOL_BYTES)
    binary_exts = [".png", ".woff2", ".ico", ".pdf", ".dll", ".jar"]
    png_head = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
    latin1_line = b"# caf\xe9 cr\xe8me br\xfbl\xe9e, na\xefve r\xe9sum\xe9 (Latin-1, not UTF-8)\n"

    totals = {"files": 0, "bytes": 0, "ignored_files": 0, "ignored_bytes": 0, "binary": 0, "ignored_binary": 0, "invalid": 0}
    made_dirs: set[str] = set()

    def write(rel: str, data_parts: list, ignored: bool) -> None:
        d = os.path.dirname(rel)
        if d not in made_dirs:
            os.makedirs(os.path.join(target, d), exist_ok=True)
            made_dirs.add(d)
        fd = os.open(os.path.join(target, rel), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        try:
            n = 0
            for part in data_parts:
                view = memoryview(part)
                while view:
                    written = os.write(fd, view)
                    view = view[written:]
                    n += written
        finally:
            os.close(fd)
        totals["files"] += 1
        totals["bytes"] += n
        if ignored:
            totals["ignored_files"] += 1
            totals["ignored_bytes"] += n

    def text_body(ext: str, size: int) -> memoryview:
        pool = pools[ext]
        size = max(0, min(size, len(pool) - 1024))
        start = rng.randrange(0, len(pool) - size - 512)
        # Begin at a block (blank line) if one is near, else at a line; end on a line
        # boundary, so that multi-byte characters stay whole.
        block = pool.find(b"\n\n", start, start + 2048)
        start = block + 2 if block >= 0 else pool.find(b"\n", start) + 1
        end = pool.find(b"\n", start + size) + 1
        if end <= start:
            end = start
        return memoryview(pool)[start:end]

    os.makedirs(target, exist_ok=True)
    for rel, text in gitignores.items():
        write(rel, [text.encode()], False)
    for rel, ext in root_files.items():
        write(rel, [header(ext, rel), text_body(ext if ext in pools else ".txt", 2000)], False)

    used_names: dict[str, set[str]] = {}
    for i, (d, ext, ignored) in enumerate(plan):
        size = sizes[i]
        if i in binary_slots:
            ext = rng.choice(binary_exts)
        taken = used_names.setdefault(d, set())
        base = names.type() if ext == ".cs" else names.ident()
        if ext == ".py" and d.endswith("/tests"):
            base = "test_" + base
        name = base + ext
        k = 2
        while name in taken or name == ".gitignore":
            name = f"{base}{k}{ext}"
            k += 1
        taken.add(name)
        rel = f"{d}/{name}"

        if ext == ".pyc" or i in binary_slots:
            size = min(size, len(binary_pool) - 1)
            start = rng.randrange(0, len(binary_pool) - size)
            parts = [png_head, memoryview(binary_pool)[start:start + size]]
            totals["binary"] += i in binary_slots
            totals["ignored_binary"] += ext == ".pyc"
        else:
            head = header(ext, rel)
            parts = [head, text_body(ext, size - len(head))]
            if i in invalid_slots:
                parts.insert(1, latin1_line)
                totals["invalid"] += 1
        write(rel, parts, ignored)

    all_dirs = set()
    for d in made_dirs:
        while d and d not in all_dirs:
            all_dirs.add(d)
            d = os.path.dirname(d)
    seconds = time.monotonic() - started
    summary = (
        f"generated files={totals['files']} bytes={totals['bytes']} dirs={len(all_dirs)} "
        f"ignored_files={totals['ignored_files']} ignored_bytes={totals['ignored_bytes']} "
        f"walkable_files={totals['files'] - totals['ignored_files']} "
        f"binary_files={totals['binary']} ignored_binary_files={totals['ignored_binary']} "
        f"invalid_utf8_files={totals['invalid']} "
        f"gitignore_files={len(gitignores)} target_files={args.files} target_bytes={args.bytes} "
        f"seed={args.seed} seconds={seconds:.1f}"
    )
    print(f"generate-tree: wrote {totals['files']} files, {totals['bytes'] / MIB:.1f} MiB "
          f"({totals['ignored_files']} ignored by .gitignore) to {target} in {seconds:.1f}s "
          f"({totals['bytes'] / MIB / max(seconds, 1e-9):.0f} MiB/s)", file=sys.stderr)
    print(summary)
    if args.summary:
        with open(args.summary, "w", encoding="utf-8") as f:
            f.write(summary + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
