#!/bin/sh
# Makes sure Debian's poppler-utils (pdftoppm, pdftotext, pdffonts) is installed: the poster
# test renders the PDF to PNG and decodes the QR code from it. Runs apt-get only when missing.
set -eu
if command -v pdftoppm >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1; then
  exit 0
fi
echo "Installing: poppler-utils"
SUDO=""
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "Need root to install poppler-utils (apt-get). Install it, or run as root." >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends poppler-utils
