#!/usr/bin/env bash
# Metadata gate (issue 3, item 3): title, authors, date and language on the mozilla set, publication dates on the
# htmldate set. Floors are the figures measured on 2026-11-26 (docs/benchmarks/metadata.md), pinned just below.
# title/authors are MetadataMatcher's rule, title.strict/authors.strict FieldMatcher's (docs/extraction-eval.md).
# trafilatura and wcxb-dev metadata are measured by the extraction gate's runs of those sets.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
require_shared data/extraction/mozilla
require_shared data/extraction/htmldate

newsdesk eval extraction "$NEWSDESK_SHARED/data/extraction/mozilla" \
  --min title.accuracy=0.87 --min title.strict.accuracy=0.81 --min authors.accuracy=0.73 --min authors.strict.accuracy=0.69 \
  --min date.accuracy=0.99 --min language.accuracy=0.99
newsdesk eval extraction "$NEWSDESK_SHARED/data/extraction/htmldate" \
  --min date.accuracy=0.90
