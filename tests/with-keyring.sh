#!/usr/bin/env bash
# Runs a command inside its own D-Bus session with an unlocked gnome-keyring, so that
# QtKeychain talks to a real Secret Service, with a home folder of its own.
set -euo pipefail
if [ -z "${DF_IN_KEYRING:-}" ]; then
  export DF_IN_KEYRING=1
  exec dbus-run-session -- "$0" "$@"
fi
export XDG_DATA_HOME
XDG_DATA_HOME=$(mktemp -d /tmp/doanfield-keyring.XXXXXX)
trap 'rm -rf "$XDG_DATA_HOME"' EXIT
# Settings too (QSettings, under ~/.qttest in test mode) belong to this run alone: two
# runs at once (CI beside a developer's build) must not sign each other out.
export HOME="$XDG_DATA_HOME/home"
mkdir -p "$HOME"
# A new login keyring with a throwaway password, unlocked.
eval "$(printf 'test-keyring' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
"$@"
