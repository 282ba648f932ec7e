#!/usr/bin/env bash
# Main-content extraction quality (issue 3): WCXB dev bag-of-words F1 (overall and on article pages) and the
# trafilatura set's with/without snippet F1. Floors are measured figures (docs/benchmarks/extraction.md) pinned a
# little below them; every page must extract without failing.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
require_shared data/extraction/wcxb-dev
require_shared data/extraction/trafilatura
newsdesk eval extraction "$NEWSDESK_SHARED/data/extraction/wcxb-dev" \
  --min f1=0.848 --min f1.article=0.945 --min success_rate=1
newsdesk eval extraction "$NEWSDESK_SHARED/data/extraction/trafilatura" \
  --min snippets.f1=0.923 --min success_rate=1
