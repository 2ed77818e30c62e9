#!/bin/sh
# The browser tests need Debian's chromium and the CJK fonts (without fonts-noto-cjk,
# Chinese renders as boxes in screenshots).
exec sh "$(dirname "$0")/apt-install.sh" chromium fonts-noto-cjk
