#!/usr/bin/env bash
# Cleaning gate (issue 4): the cleaner must keep improving every tool's text on wcxb-dev. Floors are measured figures
# (docs/benchmarks/cleaning.md) pinned a little below them; they only go up.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
require_shared data/cleaning/wcxb-dev.jsonl.gz
newsdesk eval cleaning "$NEWSDESK_SHARED/data/cleaning/wcxb-dev.jsonl.gz" \
  --min page-text.f1=0.82 \
  --min page-text.gain=0.095 \
  --min readability-js.f1=0.798 \
  --min readability-lxml.f1=0.674
