#!/usr/bin/env bash
# Time expressions on TimeBank + AQUAINT (TempEval-3 task A). Floors: docs/benchmarks/time.md, pinned just below.
# speed-mb-per-cpu-s is the warm speed in process CPU time (not wall-clock), so a busy machine does not fail it.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
require_shared data/time/tbaq
newsdesk eval time "$NEWSDESK_SHARED/data/time/tbaq" \
  --min relaxed-f1=0.93 --min strict-f1=0.86 --min value-f1=0.80 --min type-accuracy=0.94 --min speed-mb-per-cpu-s=2
