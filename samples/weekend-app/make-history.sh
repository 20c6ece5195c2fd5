#!/usr/bin/env bash
# Builds a throw-away git repository from this sample in which an Anthropic API key
# was committed in service/config.js and then removed again, so that it survives
# only in history (Rampart planted problem "secret-anthropic-key-git-history" in EXPECTED.md).
#
# Usage: make-history.sh DEST
#   DEST must be empty or not exist, and must not be inside any git work tree.
#   The two commits use fixed names and dates, so the history is reproducible.
set -euo pipefail

# Make sure git only ever looks at DEST, whatever the caller's environment says.
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE GIT_OBJECT_DIRECTORY GIT_ALTERNATE_OBJECT_DIRECTORIES GIT_COMMON_DIR

if [ "$#" -ne 1 ] || [ -z "$1" ]; then
  echo "usage: $0 DEST" >&2
  exit 2
fi

SRC="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
DEST="$1"

if [ -e "$DEST" ] && [ ! -d "$DEST" ]; then
  echo "error: $DEST exists and is not a directory" >&2
  exit 1
fi
if [ -d "$DEST" ] && [ -n "$(ls -A "$DEST")" ]; then
  echo "error: $DEST is not empty" >&2
  exit 1
fi
CREATED=0
if [ ! -d "$DEST" ]; then
  mkdir -p "$DEST"
  CREATED=1
fi
DEST="$(cd "$DEST" && pwd -P)"

case "$DEST/" in
  "$SRC/"*)
    echo "error: DEST must be outside the sample folder" >&2
    if [ "$CREATED" -eq 1 ]; then rmdir "$DEST"; fi
    exit 1
    ;;
esac

# Never create a repository inside another one (e.g. the Rampart checkout).
if git -C "$DEST" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  echo "error: $DEST is inside an existing git work tree; choose a path outside it" >&2
  if [ "$CREATED" -eq 1 ]; then rmdir "$DEST"; fi
  exit 1
fi

# The key is fake: derived deterministically from a fixed public seed (so the commits
# are reproducible) and never stored literally in this repository.
fake_anthropic_key() {
  local out="" i=0 hex
  while [ "${#out}" -lt 93 ]; do
    hex="$(printf 'rampart/samples/weekend-app/history-key/%d' "$i" | sha256sum | cut -c1-64)"
    # shellcheck disable=SC2059  # the format is only \xHH escapes built from hex digits
    out+="$(printf "$(printf '%s' "$hex" | sed 's/../\\x&/g')" | base64 | tr -d '\n=' | tr '+/' '-_')"
    i=$((i + 1))
  done
  printf 'sk-ant-api03-%sAA' "${out:0:93}"
}

# Copy the sample (without this script and without any build output).
tar -C "$SRC" \
  --exclude='./make-history.sh' --exclude='node_modules' --exclude='bin' --exclude='obj' \
  -cf - . | tar -C "$DEST" -xf -

g() {
  git -C "$DEST" \
    -c commit.gpgsign=false -c core.autocrlf=false -c core.hooksPath=/dev/null \
    "$@"
}

g init -q -b main
g config user.name "Sam Weekend"
g config user.email "sam@team-expenses.example"

# Commit 1: the key is hard-coded in service/config.js.
KEY="$(fake_anthropic_key)"
CONFIG="$DEST/service/config.js"
sed -i "s|apiKey: process.env.ANTHROPIC_API_KEY,|apiKey: '${KEY}',|" "$CONFIG"
if ! grep -q "apiKey: 'sk-ant-api03-" "$CONFIG"; then
  echo "error: could not plant the key in service/config.js" >&2
  exit 1
fi
g add -A
GIT_AUTHOR_DATE="2025-03-08T14:12:00+01:00" GIT_COMMITTER_DATE="2025-03-08T14:12:00+01:00" \
  g commit -q -m "Initial version of team expenses API and service"

# Commit 2: the key is replaced by an environment variable (but stays in history).
cp "$SRC/service/config.js" "$CONFIG"
g add service/config.js
GIT_AUTHOR_DATE="2025-03-09T10:47:00+01:00" GIT_COMMITTER_DATE="2025-03-09T10:47:00+01:00" \
  g commit -q -m "Read Anthropic key from env"

echo "created $DEST ($(g rev-list --count HEAD) commits, HEAD $(g rev-parse --short HEAD))"
