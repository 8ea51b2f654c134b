#!/usr/bin/env bash
# Browser tests use Debian's Chromium (no browser downloads on this network).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
bash "$(dirname "$0")/apt-install.sh" "the browser tests (about a minute)" chromium
/usr/bin/chromium --version 2>/dev/null | grep -i chromium
