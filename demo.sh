#!/usr/bin/env bash
# Newsdesk's main job on the bundled samples: build, ingest samples/ into a fresh database, search it, show an
# article. Needs only the .NET SDK. Usage: ./demo.sh [DATABASE]   (default: demo.db in this folder)
set -euo pipefail
cd "$(dirname "$0")"
db="${1:-demo.db}"
rm -f "$db" "$db-wal" "$db-shm"

dotnet build src/Newsdesk.Cli -c Release -o artifacts/newsdesk --nologo -v quiet
newsdesk() { dotnet artifacts/newsdesk/newsdesk.dll "$@"; }

echo "== newsdesk ingest samples --db $db"
newsdesk ingest samples --db "$db"
echo
echo "== newsdesk search strike --db $db"
newsdesk search strike --db "$db"
echo "== newsdesk show <first hit> --db $db"
id=$(newsdesk search strike --db "$db" --json --limit 1 | sed -n 's/^{"id":"\([0-9a-f]*\)".*/\1/p')
newsdesk show "$id" --db "$db"
echo "== newsdesk stats --db $db"
newsdesk stats --db "$db"
