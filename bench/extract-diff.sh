#!/usr/bin/env bash
# Output-preservation check for extraction speed work: dumps `newsdesk extract --json` for every page of a set
# (default: wcxb-dev, plus the trafilatura set) with one build, and diffs it against the dump of another build.
#   bench/extract-diff.sh dump BIN_DIR OUT_DIR     write OUT_DIR/<set>.jsonl with the newsdesk.dll in BIN_DIR
#   bench/extract-diff.sh diff OLD_DIR NEW_DIR      compare two dumps page by page; exit 1 when any page differs
# Build a binary with: dotnet build src/Newsdesk.Cli -c Release -o BIN_DIR
set -euo pipefail
shared="${NEWSDESK_SHARED:-$(cd "$(dirname "$0")/../.." && pwd)/shared}"
sets=(wcxb-dev trafilatura)
case "${1:-}" in
  dump)
    mkdir -p "$3"
    for set in "${sets[@]}"; do
      dotnet "$2/newsdesk.dll" extract "$shared/data/extraction/$set/pages" --json --jobs 1 > "$3/$set.jsonl" 2> "$3/$set.err" || true
      echo "$set: $(wc -l < "$3/$set.jsonl") documents"
    done
    ;;
  diff)
    status=0
    for set in "${sets[@]}"; do
      if cmp -s "$2/$set.jsonl" "$3/$set.jsonl"; then
        echo "$set: identical ($(wc -l < "$2/$set.jsonl") documents)"
      else
        status=1
        echo "$set: differs on $(paste -d '\n' "$2/$set.jsonl" "$3/$set.jsonl" | paste - - | awk -F '\t' '$1 != $2' | wc -l) documents:"
        paste -d '\n' "$2/$set.jsonl" "$3/$set.jsonl" | paste - - | awk -F '\t' '$1 != $2 { print $1 }' | grep -o '"id":"[^"]*"' | head -20
      fi
    done
    exit $status
    ;;
  *)
    sed -n '2,6p' "$0"
    exit 2
    ;;
esac
