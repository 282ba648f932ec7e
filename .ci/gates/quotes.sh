#!/usr/bin/env bash
# Quote and speaker extraction (issue 6): GGT metric on the dev sets. Floors pinned just under the figures measured
# 2026-11-26 (docs/benchmarks/quotes.md, session 2: discontinuous quotes joined); they only go up.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
require_shared data/quotes/ggt-dev.jsonl
newsdesk eval quotes "$NEWSDESK_SHARED/data/quotes/ggt-dev.jsonl" \
  --min f1@0.3=0.858 --min f1@0.8=0.825 --min speaker@0.3=0.91 --min direct-recall@0.3=0.945
require_shared data/quotes/polnear-dev.jsonl
newsdesk eval quotes "$NEWSDESK_SHARED/data/quotes/polnear-dev.jsonl" \
  --min f1@0.3=0.583 --min precision@0.3=0.878 --min speaker@0.3=0.81 --min direct-recall@0.3=0.958 --min direct-recall@0.8=0.935
