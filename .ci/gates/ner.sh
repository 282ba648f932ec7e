#!/usr/bin/env bash
# Entity recognizer on CoNLL-2003 dev with the shipped model: floors a little under the measured figures
# (docs/benchmarks/ner.md).
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
require_shared data/ner/conll2003/dev.conll
newsdesk eval ner "$NEWSDESK_SHARED/data/ner/conll2003/dev.conll" --min f1=0.930 --min f1_per=0.95 --min f1_loc=0.955 --min f1_org=0.892 --min f1_misc=0.888
