# Sourced by every gate: `newsdesk` runs the CI build; `require_shared PATH` skips the gate (exit 0, with a message)
# when the evaluation data is absent, as on a clone without ../shared.
newsdesk() { dotnet "$NEWSDESK_DLL" "$@"; }
require_shared() {
  if [ ! -e "$NEWSDESK_SHARED/$1" ]; then
    echo "skipped: $NEWSDESK_SHARED/$1 is absent"
    exit 0
  fi
}
