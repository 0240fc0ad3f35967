#!/bin/sh
# Install the Debian packages reportgen benefits from; carry on with a warning where we cannot.
#   libharfbuzz-subset0: WeasyPrint subsets embedded fonts with it, about twice as fast
#   poppler-utils:       pdftoppm, only for `make docs-images` (README pictures)
missing=""
for pkg in libharfbuzz-subset0 ${EXTRA_DEBIAN_PACKAGES:-}; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing="$missing $pkg"
done
[ -z "$missing" ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
    echo "warning: cannot install$missing (no apt-get here); PDF rendering works but font subsetting is slower" >&2
    exit 0
fi
SUDO=""
[ "$(id -u)" = 0 ] || { command -v sudo >/dev/null 2>&1 && SUDO="sudo -n"; }
if ! { $SUDO apt-get install -y -q $missing >/dev/null 2>&1 || { $SUDO apt-get update -q >/dev/null 2>&1 && $SUDO apt-get install -y -q $missing >/dev/null 2>&1; }; }; then
    echo "warning: could not install$missing with apt-get; PDF rendering works but font subsetting is slower" >&2
fi
exit 0
