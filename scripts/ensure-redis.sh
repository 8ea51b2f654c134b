#!/usr/bin/env bash
# The shared-store tests run against Debian's redis-server (started on a free loopback port by the tests).
set -euo pipefail
if command -v redis-server >/dev/null 2>&1; then exit 0; fi
bash "$(dirname "$0")/apt-install.sh" "the shared-store tests" redis-server
# The package starts a system service on port 6379; the tests start their own and need none.
(systemctl disable --now redis-server >/dev/null 2>&1 || service redis-server stop >/dev/null 2>&1 || true)
redis-server --version
