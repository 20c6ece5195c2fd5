"""Records the `packaging` library's answers for the PEP 440 scheme's oracle test.

Usage: python3 record-pep440-oracle.py  (uses pip's vendored packaging when the standalone one is
missing). Reads ../shared/advisories/pypi. Rows: SAT specifiers version result | CMP a b sign |
VALID text normalised.
"""
import glob
import json
import os

try:
    import packaging
    from packaging.specifiers import SpecifierSet
    from packaging.version import InvalidVersion, Version
except ImportError:
    from pip._vendor import packaging
    from pip._vendor.packaging.specifiers import SpecifierSet
    from pip._vendor.packaging.version import InvalidVersion, Version

here = os.path.dirname(os.path.abspath(__file__))
shared = os.path.join(here, "..", "..", "..", "..", "..", "shared", "advisories", "pypi")


def parse(text):
    try:
        return Version(text)
    except InvalidVersion:
        return None


bounds = []
for path in sorted(glob.glob(os.path.join(shared, "*.json")))[::12]:
    record = json.load(open(path))
    for affected in record.get("affected", []):
        for r in affected.get("ranges", []):
            if r["type"] == "GIT":
                continue
            for event in r["events"]:
                for value in event.values():
                    v = parse(value)
                    if v is not None and value != "0":
                        bounds.append(v)

versions = set()
for b in bounds:
    base = b.base_version
    for suffix in ["", "a1", "rc1", ".dev0", ".post1", "+local.1"]:
        versions.add(str(Version(base + suffix)))
    versions.add(str(b))
versions = sorted(versions, key=Version)

rows = []
for b in bounds[::11]:
    release = b.release
    prefix = ".".join(str(p) for p in release[:-1]) if len(release) > 1 else str(release[0])
    specs = [f">={b}", f">{b}", f"<{b}", f"<={b}", f"=={b}", f"!={b}", f"==={b}", f"=={prefix}.*",
             f"!={prefix}.*", f">=0,<{b}"]
    if len(release) > 1:
        specs.append(f"~={b}")
    near = [v for v in versions if Version(v).release[:1] == release[:1]][:6]
    for spec in specs:
        s = SpecifierSet(spec)
        for v in near:
            rows.append(f"SAT\t{spec}\t{v}\t{str(Version(v) in s).lower()}")

for i in range(0, len(versions) - 1, 4):
    a, b = versions[i], versions[(i * 7 + 11) % len(versions)]
    va, vb = Version(a), Version(b)
    rows.append(f"CMP\t{a}\t{b}\t{(va > vb) - (va < vb)}")

weird = ["1.0.0a1", "1.0-1", "1.0-r4", "1.0.post", "1.0alpha1", "1.0-beta.2", "1.0c1", "1.0pre1",
         "1.0RC1", "1.0-dev", "v1.0", "0!1.0", "1!1.0", "1.0+ABC", "1.0+a-b_c", " 1.0 ", "01.02",
         "1.0.0-", "1.0+", "1.0+_foo", "1.0a1a2", "1.0.post1.post2", "1!2!3", "french toast",
         "2019-09-12", "0.2.0-n653", "1.0.dev", "1.0_post_2", "1.0.rev3", "1.0preview2", "1.0.0.0.0"]
for w in weird:
    v = parse(w)
    rows.append(f"VALID\t{w}\t{'null' if v is None else v}")

with open(os.path.join(here, "pep440-oracle.tsv"), "w") as out:
    out.write(f"# packaging {packaging.__version__}\n")
    out.write("\n".join(rows) + "\n")
print(len(bounds), len(versions), len(rows))
