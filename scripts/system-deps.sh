#!/bin/sh
# Install the Debian packages reportgen and its tests use; carry on with a clear warning where we cannot.
#   libharfbuzz-subset0:     WeasyPrint subsets embedded fonts with it, about twice as fast
#   poppler-utils:           pdftoppm and pdftotext: `make look`, `make docs-images`, the layout tests
#   libreoffice-writer-nogui: lays DOCX briefings out into pages (`make look`, the DOCX layout tests)
#   fonts-crosextra-carlito, fonts-crosextra-caladea: Calibri's and Cambria's metric-compatible twins,
#                            so LibreOffice lays the DOCX out with Word's line and page breaks
#   chromium:                the HTML's screen styles and `reportgen preview` are tested in headless Chromium
# Only the first is needed to use reportgen; the others are for looking at the output and for tests.
# EXTRA_DEBIAN_PACKAGES adds more.
PACKAGES="libharfbuzz-subset0 poppler-utils libreoffice-writer-nogui fonts-crosextra-carlito fonts-crosextra-caladea chromium"
missing=""
for pkg in $PACKAGES ${EXTRA_DEBIAN_PACKAGES:-}; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing="$missing $pkg"
done
[ -z "$missing" ] && exit 0
consequence="PDF font subsetting is slower without libharfbuzz-subset0; without LibreOffice, poppler-utils, the Carlito/Caladea fonts or Chromium, \`make look\` and the tests that look at DOCX pages and HTML screens fail (install them by hand: apt-get install$missing)"
if ! command -v apt-get >/dev/null 2>&1; then
    echo "warning: cannot install$missing (no apt-get here). $consequence" >&2
    exit 0
fi
SUDO=""
[ "$(id -u)" = 0 ] || { command -v sudo >/dev/null 2>&1 && SUDO="sudo -n"; }
echo "installing Debian packages:$missing" >&2
if ! { $SUDO apt-get install -y -q --no-install-recommends $missing >/dev/null 2>&1 || { $SUDO apt-get update -q >/dev/null 2>&1 && $SUDO apt-get install -y -q --no-install-recommends $missing >/dev/null 2>&1; }; }; then
    echo "warning: could not install$missing with apt-get. $consequence" >&2
fi
exit 0
