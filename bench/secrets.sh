#!/usr/bin/env bash
# Secrets benchmark: Rampart's secret detection on a generated ~1 GiB tree with a known set of
# planted secrets (throughput, recall, peak memory), next to `cat` and a ripgrep keyword-only pass
# over the same files, secretlint on a subset, and a full-history scan of a repository with ~50k
# unique blobs in which secrets were committed and deleted again. All in one run; prints a
# markdown section and writes it into BENCHMARKS.md (replacing the previous one).
#
#   bench/secrets.sh
#   BENCH_BYTES=50M BENCH_FILES=5000 BENCH_PLANTS=200 BENCH_HISTORY_BLOBS=2000 bench/secrets.sh   # quick
#
# Environment (all optional):
#   BENCH_SECRETS_TREE=/path   use this corpus; it is generated there (and kept) if it does not exist yet.
#                              Its manifest is /path.planted.json, its summary /path.summary.
#   BENCH_FILES=100000  BENCH_BYTES=1G  BENCH_SEED=42  BENCH_PLANTS=2000    corpus generation
#   BENCH_SUBSET=2             percent of the scanned files given to secretlint (and Rampart again)
#   BENCH_HISTORY_REPO=/path   use this history repository (generated there and kept if missing)
#   BENCH_HISTORY_BLOBS=50000  BENCH_HISTORY_SECRETS=100                      history generation
#   BENCH_RUNS=1               measured runs per tool (best is kept), after one warm-up pass
#   BENCH_IDLE_WAIT=120        before each measured run, wait up to this many seconds while other
#                              processes keep a core busy (a shared machine); 0 = never wait
#   BENCH_RAMPART=path         the Rampart CLI (default bench/out/rampart/rampart; never built here)
#   BENCH_SECRETLINT_DIR=path  where secretlint is npm-installed (default bench/out/secretlint)
#   BENCH_OUT=file.md          where to write the section (default: BENCHMARKS.md at the repo root)
#   BENCH_KEEP=1               keep the temporary work files under /tmp
# The missed plants (full example text) are also written to bench/out/secrets-bench/ (git-ignored).
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
FILES=${BENCH_FILES:-100000}
BYTES=${BENCH_BYTES:-1G}
SEED=${BENCH_SEED:-42}
PLANTS=${BENCH_PLANTS:-2000}
SUBSET_PCT=${BENCH_SUBSET:-2}
HISTORY_BLOBS=${BENCH_HISTORY_BLOBS:-50000}
HISTORY_SECRETS=${BENCH_HISTORY_SECRETS:-100}
RUNS=${BENCH_RUNS:-1}
IDLE_WAIT=${BENCH_IDLE_WAIT:-120}
RAMPART=${BENCH_RAMPART:-$REPO/bench/out/rampart/rampart}
SL_DIR=${BENCH_SECRETLINT_DIR:-$REPO/bench/out/secretlint}
OUT=${BENCH_OUT:-$REPO/BENCHMARKS.md}
KEEP_DIR=$REPO/bench/out/secrets-bench
HEADING='## Secrets: throughput, recall and history'
GEN=$REPO/bench/generate-secrets-corpus.py
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 LC_ALL=C
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE GIT_OBJECT_DIRECTORY GIT_ALTERNATE_OBJECT_DIRECTORIES GIT_COMMON_DIR

log() { printf 'secrets.sh: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

WORK=$(mktemp -d /tmp/rampart-secrets-bench.XXXXXX)
cleanup() {
    if [[ ${BENCH_KEEP:-0} == 1 ]]; then log "kept work files in $WORK"; else rm -rf -- "$WORK"; fi
}
trap cleanup EXIT
RESULTS=$WORK/results.txt   # key=value lines the report is rendered from
: >"$RESULTS"
result() { printf '%s\n' "$*" >>"$RESULTS"; }

# ---------------------------------------------------------------------------------------------
# 1. Tools.
[[ -x $RAMPART ]] || die "no Rampart CLI at $RAMPART (build it first, or set BENCH_RAMPART)"
APT_UPDATED=0
apt_install() {
    command -v apt-get >/dev/null || die "$1 is missing and there is no apt-get to install it"
    local sudo=
    [[ $(id -u) == 0 ]] || sudo=sudo
    if ((APT_UPDATED == 0)); then
        log "apt-get update"
        $sudo apt-get update -qq >&2
        APT_UPDATED=1
    fi
    log "apt-get install -y $*"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >&2
}
command -v rg >/dev/null || apt_install ripgrep
[[ -x /usr/bin/time ]] || apt_install time
command -v git >/dev/null || apt_install git
command -v npm >/dev/null || apt_install nodejs npm
if [[ ! -x $SL_DIR/node_modules/.bin/secretlint ]]; then
    log "npm install secretlint @secretlint/secretlint-rule-preset-recommend into $SL_DIR"
    mkdir -p "$SL_DIR"
    npm install --prefix "$SL_DIR" --no-audit --no-fund --loglevel=error \
        secretlint @secretlint/secretlint-rule-preset-recommend >&2
fi
SECRETLINT=$SL_DIR/node_modules/.bin/secretlint
cat >"$WORK/secretlintrc.json" <<'EOF'
{ "rules": [ { "id": "@secretlint/secretlint-rule-preset-recommend" } ] }
EOF

# ---------------------------------------------------------------------------------------------
# 2. The corpus.
if [[ -n ${BENCH_SECRETS_TREE:-} ]]; then
    TREE=${BENCH_SECRETS_TREE%/}
else
    TREE=$WORK/tree
fi
MANIFEST=$TREE.planted.json
if [[ -d $TREE && -n $(ls -A "$TREE") ]]; then
    [[ -f $MANIFEST ]] || die "$TREE exists but has no manifest $MANIFEST"
    log "reusing the corpus in $TREE"
    TREE_ORIGIN="reused from \`$TREE\`"
else
    log "generating $FILES files, $BYTES, $PLANTS planted secrets into $TREE"
    python3 "$GEN" "$TREE" --files "$FILES" --bytes "$BYTES" --seed "$SEED" --plants "$PLANTS" >/dev/null
    TREE_ORIGIN="generated by this run"
fi
result "tree path=$TREE origin=$(printf %s "$TREE_ORIGIN" | tr ' ' '_')"
result "corpus_summary $(cat "$TREE.summary" 2>/dev/null | tr '|' ' ' || true)"
python3 "$GEN" --list-keywords >"$WORK/keywords.txt"
grep -q . "$WORK/keywords.txt" || die "no keywords in the rules"

# The files a scanner honouring .gitignore reads (rg's own walker: hidden files included).
rg --files --hidden --no-require-git -0 "$TREE" | sort -z >"$WORK/scanned.lst0"
SCANNED_FILES=$(tr -cd '\0' <"$WORK/scanned.lst0" | wc -c)
SCANNED_BYTES=$(xargs -0 stat -c %s <"$WORK/scanned.lst0" | awk '{ s += $1 } END { printf "%d", s }')
ALL_FILES=$(find "$TREE" -type f | wc -l)
ALL_BYTES=$(find "$TREE" -type f -printf '%s\n' | awk '{ s += $1 } END { printf "%d", s }')
result "tree_files all_files=$ALL_FILES all_bytes=$ALL_BYTES scanned_files=$SCANNED_FILES scanned_bytes=$SCANNED_BYTES keywords=$(wc -l <"$WORK/keywords.txt")"

# Which rules the binary knows, next to the rules in the YAML now.
"$RAMPART" rules 2>/dev/null | awk '$1 ~ /^RMP-S/ { print $1 }' | sort >"$WORK/binary-rules.txt" || true
python3 - "$REPO/src/Rampart.Secrets/Rules" "$WORK/binary-rules.txt" "$MANIFEST" "$GEN" >>"$RESULTS" <<'PY'
import glob, hashlib, importlib.util, json, os, sys
import yaml
spec = importlib.util.spec_from_file_location("gen", sys.argv[4])
gen = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gen)
examples = gen.load_examples(sys.argv[1])
sha = hashlib.sha256("\n".join(e["rule_id"] + "\0" + e["text"] for e in examples).encode()).hexdigest()[:12]
yaml_ids, n_examples = set(), 0
for f in glob.glob(os.path.join(sys.argv[1], "*.yaml")):
    for r in (yaml.safe_load(open(f, encoding="utf-8")) or {}).get("rules") or []:
        yaml_ids.add(r["id"])
        n_examples += len(r.get("examples") or [])
binary = {l.strip() for l in open(sys.argv[2]) if l.strip()}
planted = {p["rule_id"] for p in json.load(open(sys.argv[3]))}
print(f"rules yaml={len(yaml_ids)} yaml_examples={n_examples} yaml_examples_sha={sha} binary_secret_rules={len(binary)} binary_data_rules={len(binary & yaml_ids)} "
      f"planted_rules={len(planted)} planted_rules_unknown_to_binary={len(planted - binary)}")
PY

# ---------------------------------------------------------------------------------------------
# 3. Measuring. measure NAME cmd... runs cmd RUNS times, keeps the fastest run; exit status 0 or 1
# is success (rg: no match; rampart and secretlint: findings). Records NAME seconds= rss_kib=.
# others_busy: the average number of other runnable tasks over one second (10 samples of
# /proc/loadavg's running count, minus this shell), i.e. cores taken by other processes.
others_busy() {
    local i rq sum=0
    for ((i = 0; i < 10; i++)); do
        read -r _ _ _ rq _ </proc/loadavg
        sum=$((sum + ${rq%/*} - 1))
        sleep 0.1
    done
    awk -v s="$sum" 'BEGIN { printf "%.1f", s / 10 }'
}
measure() {
    local name=$1 run start end wall rss best= best_rss= best_load= load
    shift
    for ((run = 1; run <= RUNS; run++)); do
        load=$(others_busy)
        local waited=0
        while awk -v b="$load" 'BEGIN { exit !(b >= 0.5) }' && ((waited < IDLE_WAIT)); do
            ((waited == 0)) && log "$name: other processes are running ($load runnable), waiting up to ${IDLE_WAIT}s for them"
            sleep 4
            waited=$((waited + 5))
            load=$(others_busy)
        done
        start=$(date +%s%N)
        /usr/bin/time -f '%M' -o "$WORK/$name.rss" bash -c '"$@"; rc=$?; ((rc <= 1)) || { echo "exit $rc: $*" >&2; exit 2; }' _ "$@" \
            || die "$name failed"
        end=$(date +%s%N)
        wall=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", (e - s) / 1e9 }')
        rss=$(tail -n 1 "$WORK/$name.rss")
        log "$name run $run: ${wall}s, peak RSS $((rss / 1024)) MiB (other runnable tasks just before: $load)"
        if [[ -z $best ]] || awk -v a="$wall" -v b="$best" 'BEGIN { exit !(a < b) }'; then
            best=$wall best_rss=$rss best_load=$load
        fi
    done
    result "$name seconds=$best rss_kib=$best_rss others_busy=$best_load"
}
rampart_scan() { "$RAMPART" scan "$@" -q; }
result "runs n=$RUNS"

log "warm-up pass (page cache is not dropped: all numbers are warm-cache)"
find "$TREE" -type f -print0 | xargs -0 cat >/dev/null
rg -i -F -c --hidden --no-require-git -f "$WORK/keywords.txt" "$TREE" >/dev/null || true
rampart_scan "$TREE" --only secrets --no-history -f json -o "$WORK/warmup.json" || true

log "measuring the full corpus"
measure cat_all bash -c 'find "$1" -type f -print0 | xargs -0 cat >/dev/null' _ "$TREE"
measure cat_scanned bash -c 'xargs -0 cat <"$1" >/dev/null' _ "$WORK/scanned.lst0"
measure rg bash -c 'rg -i -F -c --hidden --no-require-git -f "$1" "$2" >"$3"' _ "$WORK/keywords.txt" "$TREE" "$WORK/rg.out"
measure rampart "$RAMPART" scan -q "$TREE" --only secrets --no-history -f json -o "$WORK/rampart.json"
result "rg_out files=$(wc -l <"$WORK/rg.out") lines=$(awk -F: '{ s += $NF } END { printf "%d", s }' "$WORK/rg.out")"
python3 - "$WORK/rampart.json" >>"$RESULTS" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
s = d["summary"]
print(f"rampart_report files_scanned={s['filesScanned']} files_skipped={s['filesSkipped']} incomplete={d.get('incomplete')} "
      f"warnings={len(d.get('warnings') or [])} critical={s['critical']} high={s['high']} medium={s['medium']} low={s['low']} info={s['info']}")
PY
mkdir -p "$KEEP_DIR"
printf 'score_full %s\n' "$(python3 "$GEN" --score "$MANIFEST" "$WORK/rampart.json" --keywords "$WORK/keywords.txt" --misses "$KEEP_DIR/full-misses.json")" >>"$RESULTS"

# ---------------------------------------------------------------------------------------------
# 4. secretlint and Rampart on the same subset (a copy of SUBSET_PCT% of the scanned files).
log "secretlint subset: $SUBSET_PCT% of the scanned files"
python3 - "$TREE" "$WORK/scanned.lst0" "$SUBSET_PCT" >"$WORK/subset.lst" <<'PY'
import hashlib, os, sys
root, lst, pct = sys.argv[1], sys.argv[2], float(sys.argv[3])
for path in sorted(p for p in open(lst, "rb").read().decode().split("\0") if p):
    rel = os.path.relpath(path, root)
    if int(hashlib.sha1(rel.encode()).hexdigest(), 16) % 10000 < pct * 100:
        print(rel)
PY
SUBSET=$WORK/subset
mkdir -p "$SUBSET"
tar -C "$TREE" -cf - -T "$WORK/subset.lst" | tar -C "$SUBSET" -xf -
SUBSET_FILES=$(wc -l <"$WORK/subset.lst")
SUBSET_BYTES=$(find "$SUBSET" -type f -printf '%s\n' | awk '{ s += $1 } END { printf "%d", s }')
result "subset files=$SUBSET_FILES bytes=$SUBSET_BYTES pct=$SUBSET_PCT"
SECRETLINT_CMD=(bash -c 'cd "$1" && shift && exec "$@"' _ "$SUBSET" "$SECRETLINT" '**/*' --secretlintrc "$WORK/secretlintrc.json" --format json --output)
secretlint_scan() { "${SECRETLINT_CMD[@]}" "$1"; }
find "$SUBSET" -type f -print0 | xargs -0 cat >/dev/null
secretlint_scan "$WORK/secretlint-warmup.json" || true
rampart_scan "$SUBSET" --only secrets --no-history -f json -o "$WORK/warmup.json" || true
measure secretlint_subset "${SECRETLINT_CMD[@]}" "$WORK/secretlint.json"
measure rampart_subset "$RAMPART" scan -q "$SUBSET" --only secrets --no-history -f json -o "$WORK/rampart-subset.json"
printf 'score_sl %s\n' "$(python3 "$GEN" --score "$MANIFEST" "$WORK/secretlint.json" --tool secretlint --root "$SUBSET" --only-paths "$WORK/subset.lst" --misses "$KEEP_DIR/secretlint-subset-misses.json")" >>"$RESULTS"
printf 'score_rs %s\n' "$(python3 "$GEN" --score "$MANIFEST" "$WORK/rampart-subset.json" --only-paths "$WORK/subset.lst" --misses "$KEEP_DIR/rampart-subset-misses.json")" >>"$RESULTS"

# ---------------------------------------------------------------------------------------------
# 5. Full history of a repository with ~HISTORY_BLOBS unique blobs.
if [[ -n ${BENCH_HISTORY_REPO:-} ]]; then
    HREPO=${BENCH_HISTORY_REPO%/}
else
    HREPO=$WORK/history
fi
HMANIFEST=$HREPO.planted.json
if [[ -d $HREPO/.git ]]; then
    [[ -f $HMANIFEST ]] || die "$HREPO exists but has no manifest $HMANIFEST"
    log "reusing the history repository $HREPO"
    result "history_origin reused from \`$HREPO\`"
    git -C "$HREPO" cat-file --batch-all-objects --batch-check='%(objecttype)' | grep -c '^blob$' | sed 's/^/history_blobs count=/' >>"$RESULTS"
    result "history_gen blobs=$(tail -n 1 "$RESULTS" | cut -d= -f2) commits=$(git -C "$HREPO" rev-list --all --count) secrets=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))))" "$HMANIFEST") seconds=n/a"
else
    log "generating a history repository with ~$HISTORY_BLOBS blobs in $HREPO"
    printf 'history_gen %s\n' "$(python3 "$REPO/bench/make-history-repo.py" "$HREPO" --blobs "$HISTORY_BLOBS" --secrets "$HISTORY_SECRETS" --seed "$SEED" | tail -n 1 | sed 's/^history //')" >>"$RESULTS"
    result "history_origin generated by this run"
fi
result "history_repo objects_mib=$(du -sm "$HREPO/.git" | cut -f1) head_files=$(git -C "$HREPO" ls-files | wc -l)"
git -C "$HREPO" cat-file --batch-all-objects --batch-check >/dev/null
rampart_scan "$HREPO" --only secrets -f json -o "$WORK/warmup.json" || true
measure rampart_history "$RAMPART" scan -q "$HREPO" --only secrets -f json -o "$WORK/rampart-history.json"
printf 'score_hist %s\n' "$(python3 "$GEN" --score "$HMANIFEST" "$WORK/rampart-history.json" --misses "$KEEP_DIR/history-misses.json")" >>"$RESULTS"
python3 - "$WORK/rampart-history.json" >>"$RESULTS" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
fs = d["findings"]
hist = [f for f in fs if ((f.get("evidence") or {}).get("origin") or {}).get("stillInHead") is False]
print(f"history_report findings={len(fs)} only_in_history={len(hist)} incomplete={d.get('incomplete')} "
      f"warnings={len(d.get('warnings') or [])} files_scanned={d['summary']['filesScanned']}")
PY

# ---------------------------------------------------------------------------------------------
# 6. Machine, versions, and the section.
{
    echo "machine nproc=$(nproc) mem_gib=$(free -g | awk '/^Mem:/ { print $2 }') kernel=$(uname -r | tr ' ' '_') fs=$(df --output=fstype "$TREE" 2>/dev/null | tail -n 1)"
    echo "cpu $(grep -m 1 -E '^(model name|Hardware|cpu model)' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//' || echo unknown)"
    echo "dotnet_version $(cd "$REPO" && dotnet --version 2>/dev/null || echo unknown)"
    echo "rampart_version $("$RAMPART" --version 2>/dev/null | sed -n 1p || echo unknown)"
    echo "rg_version $(rg --version | sed -n 1p)"
    echo "secretlint_version $("$SECRETLINT" --version 2>/dev/null | sed -n 1p) (preset-recommend $(node -p "require('$SL_DIR/node_modules/@secretlint/secretlint-rule-preset-recommend/package.json').version" 2>/dev/null || echo '?'), node $(node --version))"
    echo "git_version $(git --version)"
    echo "date $(date -u '+%Y-%m-%d %H:%M UTC')"
} >>"$RESULTS"
cp "$RESULTS" "$KEEP_DIR/results.txt"

python3 - "$RESULTS" "$WORK/section.md" "$HEADING" "$KEEP_DIR" "$MANIFEST" "$HMANIFEST" <<'PY'
import json, re, sys
results_path, section_path, heading, keep_dir, manifest, hmanifest = sys.argv[1:7]
R, T = {}, {}
for line in open(results_path, encoding="utf-8"):
    key, _, rest = line.rstrip("\n").partition(" ")
    T[key] = rest
    R[key] = dict(kv.split("=", 1) for kv in rest.split() if "=" in kv)
g = lambda k, f, d="n/a": R.get(k, {}).get(f, d)  # noqa: E731
MIB = 1048576
def mib(b): return f"{int(b) / MIB:.1f}"
def rate(b, s): return f"{int(b) / MIB / float(s):.0f}" if float(s) > 0 else "n/a"
def rss(k): v = g(k, "rss_kib", ""); return f"{int(v) / 1024:.0f}" if v else "n/a"
def pct(x): return f"{float(x) * 100:.1f}%"
def redact(text, n=14):
    first = text.split("\n")[0]
    return (first[:n] + f"…({len(text)} chars)") if len(text) > n else first

sf, ss, sr, sh = R["score_full"], R["score_sl"], R["score_rs"], R["score_hist"]
tf = R["tree_files"]
scanned_b, all_b = tf["scanned_bytes"], tf["all_bytes"]
sub_b = g("subset", "bytes")
rampart_rate = float(rate(scanned_b, g("rampart", "seconds")))
rg_rate = float(rate(scanned_b, g("rg", "seconds")))
sl_rate = int(sub_b) / MIB / float(g("secretlint_subset", "seconds"))
rs_rate = int(sub_b) / MIB / float(g("rampart_subset", "seconds"))
hist_s = float(g("rampart_history", "seconds"))
peak = max(int(g(k, "rss_kib", 0) or 0) for k in ("rampart", "rampart_subset", "rampart_history")) / 1024
rules = R["rules"]
cs = T.get("corpus_summary", "")
cs_kv = R.get("corpus_summary", {})

L = []
w = L.append
w(heading)
w("")
w(f"Measured {T['date']} by `bench/secrets.sh`.")
w("")
w(f"**Machine:** {T['cpu']}, {g('machine', 'nproc')} cores, {g('machine', 'mem_gib')} GiB RAM, Linux {g('machine', 'kernel')}, "
  f"files on {g('machine', 'fs')}; .NET SDK {T['dotnet_version']}; Rampart {T['rampart_version']} (Release build at `bench/out/rampart`); "
  f"{T['rg_version']}; secretlint {T['secretlint_version']}; {T['git_version']}.")
w("")
w(f"**Corpus:** {tf['all_files']} files, {mib(all_b)} MiB, {g('tree', 'origin').replace('_', ' ')}, made by "
  f"`bench/generate-secrets-corpus.py --files {cs_kv.get('target_files', '?')} --bytes {cs_kv.get('target_bytes', '?')} "
  f"--seed {cs_kv.get('seed', '?')} --plants {cs_kv.get('planted', '?')}`: the `bench/generate-tree.py` monorepo "
  f"(.cs .ts .js .py .json .yml .md .txt, {cs_kv.get('ignored_files', '?')} files under `.gitignore`d node_modules/, dist/, "
  f"__pycache__/ and *.log, {cs_kv.get('binary_files', '?')} binaries, {cs_kv.get('invalid_utf8_files', '?')} Latin-1 files) "
  f"with **{sf['planted']} planted secrets**: the `examples:` of {cs_kv.get('rules', '?')} rules ({cs_kv.get('examples', '?')} "
  f"examples in src/Rampart.Secrets/Rules at generation time), each example planted {int(sf['planted']) // max(1, int(cs_kv.get('examples', 1)))}-"
  f"{-(-int(sf['planted']) // max(1, int(cs_kv.get('examples', 1))))} times at a random line of a random non-ignored text file "
  f"({cs_kv.get('multi_line_plants', '?')} of them multi-line blocks: PEM keys, JSON key files, .netrc/.pypirc/ini sections); "
  f"the `example-path: .env` rule's examples go to `.env.production` files ({cs_kv.get('created_files', '?')} created), "
  f"because the root `.gitignore` ignores `.env`. The scanners read {tf['scanned_files']} files ({mib(scanned_b)} MiB) that "
  f".gitignore does not exclude.")
w("")
if cs_kv.get("examples_sha") and cs_kv.get("examples_sha") != rules.get("yaml_examples_sha"):
    w(f"**Note:** the rules' examples have changed since the corpus was generated ({cs_kv.get('examples')} examples then, "
      f"{rules.get('yaml_examples')} in {rules['yaml']} rules now). Regenerate it (a new BENCH_SECRETS_TREE) to plant the current ones.")
    w("")
if int(rules["planted_rules_unknown_to_binary"]) > 0:
    w(f"**Note:** the Rampart binary measured knows {rules['binary_secret_rules']} secret rules, {rules['binary_data_rules']} "
      f"of the {rules['yaml']} rules now in the YAML; {rules['planted_rules_unknown_to_binary']} of the {rules['planted_rules']} "
      f"planted rules are not in it, so recall here is the binary's, not the YAML's. Rebuild `bench/out/rampart` and rerun.")
    w("")
loads = {k: float(v["others_busy"]) for k, v in R.items() if "others_busy" in v}
nproc = int(g("machine", "nproc", "1"))
if loads and max(loads.values()) >= 0.5:
    busy = ", ".join(f"{k} {v:.1f}" for k, v in loads.items())
    w(f"**Warning:** other processes were running while this was measured (average runnable tasks not of this benchmark "
      f"in the second before each measured command: {busy}; {nproc} cores), so the times below are pessimistic. "
      f"Rerun on an idle machine.")
    w("")
w("| Tool | Work | Files | MiB | Seconds | MiB/s | Findings | Recall | Peak RSS MiB |")
w("|---|---|--:|--:|--:|--:|--:|--:|--:|")
w(f"| `find -type f -print0 \\| xargs -0 cat` | read every file, ignored ones too | {tf['all_files']} | {mib(all_b)} | "
  f"{g('cat_all', 'seconds')} | {rate(all_b, g('cat_all', 'seconds'))} | – | – | {rss('cat_all')} |")
w(f"| `xargs -0 cat` | read the files Rampart scans | {tf['scanned_files']} | {mib(scanned_b)} | "
  f"{g('cat_scanned', 'seconds')} | {rate(scanned_b, g('cat_scanned', 'seconds'))} | – | – | {rss('cat_scanned')} |")
w(f"| `rg -i -F -c --hidden --no-require-git -f keywords.txt` | find lines holding any of the rules' {tf['keywords']} keywords | "
  f"{tf['scanned_files']} | {mib(scanned_b)} | {g('rg', 'seconds')} | {rate(scanned_b, g('rg', 'seconds'))} | "
  f"{g('rg_out', 'lines')} lines in {g('rg_out', 'files')} files | {pct(sf.get('keyword_recall', 0))}¹ | {rss('rg')} |")
w(f"| `rampart scan --only secrets --no-history -f json` | full secret detection | {g('rampart_report', 'files_scanned')} | "
  f"{mib(scanned_b)} | {g('rampart', 'seconds')} | {rate(scanned_b, g('rampart', 'seconds'))} | {sf['findings']} "
  f"({sf['locations']} places) | **{pct(sf['recall'])}** ({sf['found']}/{sf['planted']}) | {rss('rampart')} |")
w("")
try:
    fm = json.load(open(f"{keep_dir}/full-misses.json", encoding="utf-8"))
except OSError:
    fm = {"found_by_another_rule_only": [], "locations_off_planted_lines_by_rule": {}}
others = {}
for m in fm["found_by_another_rule_only"]:
    key = f"{m['rule_id']} by {'/'.join(m['found_by'])}"
    others[key] = others.get(key, 0) + 1
others_text = (" (" + ", ".join(f"{k}: {v}" for k, v in sorted(others.items())) + ")") if others else ""
off = fm["locations_off_planted_lines_by_rule"]
off_text = ", ".join(f"{r}: {n}" for r, n in off.items()) if off else "none"
w(f"¹ rg's \"recall\": planted blocks holding at least one keyword, i.e. what a keyword prefilter lets through; it reports lines, "
  f"not secrets. Rampart: {sf['own_rule_found']} of the {sf['planted']} planted blocks ({pct(sf['own_rule_recall'])}) are reported "
  f"by the rule they are an example of, {int(sf['found']) - int(sf['own_rule_found'])} only by another rule{others_text}. "
  f"Reported places that are not on a planted line (false positives in the generated code, or whole-file findings such as S312 "
  f"for the created `.env.production` files), by rule: {off_text}.")
w("")
w(f"**secretlint on a subset:** {g('subset', 'files')} files ({mib(sub_b)} MiB, {g('subset', 'pct')}% of the scanned files, "
  f"picked by a hash of the path, copied to a directory of their own) holding {ss['planted']} planted blocks.")
w("")
w("| Tool | Seconds | MiB/s | Findings | Planted found | Peak RSS MiB |")
w("|---|--:|--:|--:|--:|--:|")
w(f"| `secretlint '**/*'` (preset-recommend) | {g('secretlint_subset', 'seconds')} | {sl_rate:.1f} | {ss['findings']} | "
  f"{ss['found']}/{ss['planted']} ({pct(ss['recall'])}) | {rss('secretlint_subset')} |")
w(f"| `rampart scan --only secrets --no-history` | {g('rampart_subset', 'seconds')} | {rs_rate:.1f} | {sr['findings']} "
  f"({sr['locations']} places) | {sr['found']}/{sr['planted']} ({pct(sr['recall'])}) | {rss('rampart_subset')} |")
w("")
w(f"Rampart / secretlint: {float(g('secretlint_subset', 'seconds')) / float(g('rampart_subset', 'seconds')):.1f}× faster on the "
  f"same subset (wall time, start-up included), {rampart_rate / sl_rate:.0f}× secretlint's MiB/s at full-corpus throughput; "
  f"{sr['found']} vs {ss['found']} planted secrets found.")
w("")
hg = R["history_gen"]
w(f"**Full history:** a repository made by `bench/make-history-repo.py` ({T.get('history_origin', '?')}): "
  f"{hg.get('blobs', '?')} unique blobs in {hg.get('commits', '?')} commits ({g('history_repo', 'head_files')} files of ~2 KB, "
  f"{hg.get('changes', '10')} rewritten per commit; {g('history_repo', 'objects_mib')} MiB in .git), {sh['planted']} secrets (one example each of {sh['planted']} rules) added in one commit and deleted 1-40 commits later, "
  f"none left in HEAD. `rampart scan REPO --only secrets -f json` (working tree and every blob of history):")
w("")
w("| Blobs | Commits | Seconds | Peak RSS MiB | Findings | Deleted secrets found | Attributed to the right commit |")
w("|--:|--:|--:|--:|--:|--:|--:|")
w(f"| {hg.get('blobs', '?')} | {hg.get('commits', '?')} | {g('rampart_history', 'seconds')} | {rss('rampart_history')} | "
  f"{R['history_report']['findings']} ({R['history_report']['only_in_history']} only in history) | "
  f"**{sh['found']}/{sh['planted']}** ({pct(sh['recall'])}) | {sh.get('right_commit', '?')} |")
w("")
def verdict(ok): return "**met**" if ok else "**not met**"
w("**Targets:**")
w("")
w("| Target | Measured | |")
w("|---|---|---|")
w(f"| full detection at least as fast as ripgrep's keyword-only pass | Rampart {rampart_rate:.0f} MiB/s, rg {rg_rate:.0f} MiB/s "
  f"({rampart_rate / rg_rate:.2f}×) | {verdict(rampart_rate >= rg_rate)} |")
sl_more = int(sr["found"]) > int(ss["found"])
w(f"| ≥ 50× secretlint, with more detections | {rampart_rate / sl_rate:.0f}× secretlint's MiB/s (same subset: "
  f"{float(g('secretlint_subset', 'seconds')) / float(g('rampart_subset', 'seconds')):.1f}× by wall time); {sr['found']} vs "
  f"{ss['found']} planted found | {verdict(rampart_rate / sl_rate >= 50 and sl_more)} |")
w(f"| full-history scan of {hg.get('blobs', '?')} unique blobs in under 10 s | {hist_s:.2f} s | {verdict(hist_s < 10)} |")
w(f"| peak memory < 300 MB | {peak:.0f} MiB (largest of the Rampart runs) | {verdict(peak * 1.048576 < 300)} |")
w("")

# The misses, redacted (the examples look like real keys; the full text is in bench/out/secrets-bench/).
def misses_table(path, title):
    try:
        d = json.load(open(path, encoding="utf-8"))
    except OSError:
        return
    missed = d["missed"]
    if not missed:
        w(f"{title}: none.")
        w("")
        return
    by_rule = {}
    for m in missed:
        by_rule.setdefault(m["rule_id"], []).append(m)
    w(f"<details><summary>{title}: {len(missed)} planted blocks of {len(by_rule)} rules</summary>")
    w("")
    w("| Rule | Missed | Example (redacted) | First place |")
    w("|---|--:|---|---|")
    for rule in sorted(by_rule):
        ms = by_rule[rule]
        kinds = sorted({redact(m["example"]) for m in ms})
        shown = "<br>".join("`" + k.replace("|", "\\|") + "`" for k in kinds[:4])
        w(f"| {rule} | {len(ms)} | {shown} | `{ms[0]['path']}:{ms[0]['line']}` |")
    w("")
    w("</details>")
    w("")
misses_table(f"{keep_dir}/full-misses.json", "Planted secrets Rampart missed (full corpus)")
misses_table(f"{keep_dir}/history-misses.json", "Deleted secrets Rampart missed (history)")

w("How it was measured:")
w("")
w("- One run of everything on the same corpus; **warm cache**: one unmeasured warm-up pass of every tool first "
  "(the page cache is not dropped), so the numbers measure the tools, not the disk. "
  f"{'One measured run' if g('runs', 'n', '1') == '1' else 'Best of ' + g('runs', 'n') + ' measured runs'} of each tool.")
w("- Before each measured command the script samples, for one second, how many tasks of other processes are runnable "
  "(`/proc/loadavg`), waits (up to BENCH_IDLE_WAIT seconds) while that is 0.5 or more, and a warning above the tables "
  "says when it still was.")
w("- Seconds: wall time of the whole command (`date +%s%N` around it; .NET and node start-up included). Peak RSS: "
  "`/usr/bin/time -f %M` (the largest process of the command). MiB/s: the bytes of the files the tool reads over its time "
  "(Rampart and rg: the files .gitignore does not exclude, listed by `rg --files --hidden --no-require-git`).")
w("- rg searches case-insensitively for the fixed strings in every rule's `keywords:` (the YAML at run time), honouring "
  ".gitignore without a git repository (`--no-require-git`) and reading hidden files as Rampart does; it uses all cores, as "
  "Rampart does.")
w("- Recall: a planted block (one line, or the lines of a multi-line example) counts as found when Rampart reports any finding "
  "whose location or one of its related locations (the same secret elsewhere) is in that file on one of those lines. "
  "secretlint: any message starting on one of those lines. History: the same, on the path and line of the blob that added it; "
  "*attributed to the right commit* means the finding's `evidence.origin.commit` is the commit that added the secret.")
w(f"- secretlint {T['secretlint_version'].split()[0]} is npm-installed by the script into `bench/out/secretlint` and run as "
  "`secretlint '**/*' --secretlintrc <preset-recommend> --format json` in the subset directory (it does not read .gitignore, "
  "so the subset holds only files that are not ignored).")
w("- The history repository is written with one `git fast-import` stream and checked out at HEAD; the history scan "
  "reads every unique blob once (`git log --all --raw` and `git cat-file --batch`).")
w("")
w("<details><summary>Raw results</summary>")
w("")
w("```")
for line in open(results_path, encoding="utf-8"):
    w(line.rstrip("\n"))
w("```")
w("")
w("</details>")
open(section_path, "w", encoding="utf-8").write("\n".join(L).rstrip("\n") + "\n")
PY

cat "$WORK/section.md"

# Replace the section (from its heading to the next "## " heading) or append it.
python3 "$REPO/bench/record-section.py" "$OUT" "$WORK/section.md"
log "wrote the section to $OUT"
