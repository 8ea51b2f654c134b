#!/usr/bin/env bash
# The visual baselines (tests/visual) are pictures of text: every machine that compares them renders with the
# same Debian fonts. DejaVu (Latin, the default sans), Noto core (Arabic, Hebrew, Devanagari) and Noto CJK
# (the Japanese, Korean and Chinese locales).
set -euo pipefail
bash "$(dirname "$0")/apt-install.sh" "the visual baselines" fonts-dejavu-core fonts-noto-core fonts-noto-cjk
