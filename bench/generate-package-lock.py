#!/usr/bin/env python3
"""Writes a package-lock.json (lockfileVersion 3) with N packages for the dependency benchmark.

About a tenth of the packages are real npm names taken from the advisory snapshot
(data/advisories) at versions inside an affected range, so matching does real work; the rest
are synthetic names. Deterministic for a seed.
"""
import argparse, glob, json, os, random

def advisory_names(root):
    names = {}
    for path in glob.glob(os.path.join(root, "**", "*.json"), recursive=True):
        try:
            record = json.load(open(path))
        except Exception:
            continue
        for affected in record.get("affected", []) if isinstance(record, dict) else []:
            package = affected.get("package", {})
            if package.get("ecosystem") != "npm":
                continue
            versions = affected.get("versions") or []
            for r in affected.get("ranges", []):
                for e in r.get("events", []):
                    if "introduced" in e and e["introduced"] not in ("0", ""):
                        versions.append(e["introduced"])
            if versions:
                names.setdefault(package["name"], versions[0])
    return names

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--packages", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--advisories", default=os.path.join(os.path.dirname(__file__), "..", "data", "advisories"))
    args = parser.parse_args()
    rng = random.Random(args.seed)
    real = sorted(advisory_names(args.advisories).items())
    rng.shuffle(real)
    chosen = real[: args.packages // 10]
    packages = {"": {"name": "bench-app", "version": "1.0.0", "dependencies": {}}}
    for i in range(args.packages):
        if i < len(chosen):
            name, version = chosen[i]
        else:
            name, version = f"bench-pkg-{i:05d}", f"{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 40)}"
        if i < 200:
            packages[""]["dependencies"][name] = f"^{version}"
        packages[f"node_modules/{name}"] = {
            "version": version,
            "resolved": f"https://registry.npmjs.org/{name}/-/{name.split('/')[-1]}-{version}.tgz",
            "integrity": "sha512-" + "A" * 86 + "==",
        }
    os.makedirs(args.out, exist_ok=True)
    json.dump({"name": "bench-app", "version": "1.0.0", "lockfileVersion": 3, "requires": True, "packages": packages}, open(os.path.join(args.out, "package-lock.json"), "w"), indent=2)
    json.dump({"name": "bench-app", "version": "1.0.0", "dependencies": packages[""]["dependencies"]}, open(os.path.join(args.out, "package.json"), "w"), indent=2)
    print(f"wrote {args.packages} packages ({len(chosen)} real names from the advisories) to {args.out}")

if __name__ == "__main__":
    main()
