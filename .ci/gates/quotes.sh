#!/usr/bin/env bash
# Quote and speaker extraction (issue 6): GGT metric on the dev sets. Floors pinned just under the figures measured
# 2026-11-26 (docs/benchmarks/quotes.md); they only go up.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
require_shared data/quotes/ggt-dev.jsonl
newsdesk eval quotes "$NEWSDESK_SHARED/data/quotes/ggt-dev.jsonl" \
  --min f1@0.3=0.855 --min f1@0.8=0.82 --min speaker@0.3=0.905 --min direct-recall@0.3=0.94
require_shared data/quotes/polnear-dev.jsonl
newsdesk eval quotes "$NEWSDESK_SHARED/data/quotes/polnear-dev.jsonl" \
  --min f1@0.3=0.55 --min speaker@0.3=0.805 --min direct-recall@0.3=0.93
