#!/usr/bin/env bash
# Everything the test suite needs, from nothing: Debian tools the tests drive
# (LibreOffice Calc for the re-saved workbook test, qpdf and poppler for PDF
# checks, the libraries Qt's offscreen platform loads), a virtual environment
# in .venv, and scfield installed in it with its test extra.
#
#   bash tests/setup.sh && .venv/bin/python -m pytest -q
set -euo pipefail
cd "$(dirname "$0")/.."

DEBIAN_PACKAGES=(
  libreoffice-calc            # a workbook re-saved by a real Calc must import unchanged
  python3-uno                 # drive a real Calc from the tests (typing, encrypted workbooks)
  qpdf poppler-utils          # qpdf --check on reports; pdftoppm/pdftotext to look at them
  zbar-tools                  # decode the sign-off page's QR code back to the fingerprint
  libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0  # Qt offscreen
  xvfb xauth libxcb-cursor0 libxkbcommon-x11-0  # the app on a virtual 1366x768 screen
  libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xinerama0 libxcb-shape0  # xcb needs these too (Qt names only libxcb-cursor0)
  fonts-dejavu-core
  binutils                    # PyInstaller reads and writes ELF files (objdump, objcopy)
  desktop-file-utils appstream  # validate packaging/linux/*.desktop and *.metainfo.xml
)

if command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  APT=(-o DPkg::Lock::Timeout=600 -qq)
  $SUDO apt-get "${APT[@]}" update
  $SUDO apt-get "${APT[@]}" install -y "${DEBIAN_PACKAGES[@]}" >/dev/null
else
  echo "tests/setup.sh: no apt-get here; install these yourself: ${DEBIAN_PACKAGES[*]}" >&2
fi

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
# setuptools warns, on every editable install, that a folder named like the package
# may shadow it; the repository's scfield/ is that package, so the warning says nothing.
PYTHONWARNINGS=ignore .venv/bin/python -m pip install -q -e '.[test,packaging]'
echo "tests/setup.sh: ready; run: .venv/bin/python -m pytest -q"
