#!/usr/bin/env bash
# Issue 2 acceptance: kill -9 an ingest of the 100,000-article corpus midway, run it again, and find exactly
# 100,000 articles and a sound database (PRAGMA integrity_check and FTS5's own check). Needs no shared data.
# The text path (--no-clean --no-language) is what the issue measures; the language stages would only make it slower.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build bench/Newsdesk.Bench -c Release -o "$work/bench" --nologo -v quiet >/dev/null
dotnet "$work/bench/Newsdesk.Bench.dll" generate --articles 100000 --size 3000 --out "$work/corpus.jsonl"

# dotnet directly, not the newsdesk shell function: $! must be the ingest process itself, or kill -9 would only
# kill a subshell and leave the ingest running.
dotnet "$NEWSDESK_DLL" ingest "$work/corpus.jsonl" --db "$work/news.db" --batch-size 1000 --no-clean --no-language >/dev/null 2>"$work/first.err" &
pid=$!
# Kill once some batches are committed and the ingest is still running, i.e. midway.
for _ in $(seq 1 600); do
  sleep 0.5
  count=$(newsdesk stats --db "$work/news.db" --json 2>/dev/null | sed -n 's/.*"articles":\([0-9]*\).*/\1/p' || true)
  if [ -n "$count" ] && [ "$count" -ge 10000 ]; then break; fi
  kill -0 "$pid" 2>/dev/null || break
done
if ! kill -0 "$pid" 2>/dev/null; then
  echo "the first ingest finished before it could be killed; the test proves nothing"; exit 1
fi
kill -9 "$pid"; wait "$pid" 2>/dev/null || true
if pgrep -f "ingest $work/corpus.jsonl" >/dev/null; then echo "the first ingest is still running after kill -9"; exit 1; fi
echo "killed with -9 at ${count:-0} committed articles"

newsdesk ingest "$work/corpus.jsonl" --db "$work/news.db" --no-clean --no-language --json
stats=$(newsdesk stats --db "$work/news.db" --json --check)
echo "$stats"
echo "$stats" | grep -q '"articles":100000,' || { echo "expected exactly 100000 articles"; exit 1; }
echo "$stats" | grep -q '"integrity":"ok"' || { echo "integrity check failed"; exit 1; }
echo "crash safety: ok"
