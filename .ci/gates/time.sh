#!/usr/bin/env bash
# Time expressions on TimeBank + AQUAINT (TempEval-3 task A). Floors: docs/benchmarks/time.md, pinned just below.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
require_shared data/time/tbaq
newsdesk eval time "$NEWSDESK_SHARED/data/time/tbaq" \
  --min relaxed-f1=0.92 --min strict-f1=0.85 --min value-f1=0.76 --min type-accuracy=0.93
