#!/usr/bin/env bash
# Entity recognizer on CoNLL-2003 dev with the shipped model: floors a little under the measured figures
# (docs/benchmarks/ner.md).
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
require_shared data/ner/conll2003/dev.conll
newsdesk eval ner "$NEWSDESK_SHARED/data/ner/conll2003/dev.conll" --min f1=0.91 --min f1_per=0.92 --min f1_loc=0.93 --min f1_org=0.86 --min f1_misc=0.87
