#!/bin/sh
# The PDF tests render pages with pdftoppm and read text back with pdftotext and pdffonts.
exec sh "$(dirname "$0")/apt-install.sh" poppler-utils
