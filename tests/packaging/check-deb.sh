#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# check-deb.sh <build-dir> [app-id]
# Builds the Debian package with CPack into a temporary directory (the build directory is not
# littered) and checks its control fields and contents: the library dependencies found by
# dpkg-shlibdeps, Recommends/Suggests, and the installed executables and desktop files.
set -euo pipefail

bindir=${1:?usage: check-deb.sh <build-dir> [app-id]}
app_id=${2:-org.stackyard.Stackyard}
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
die() { echo "FAIL: $*" >&2; exit 1; }

for tool in cpack dpkg-deb dpkg-shlibdeps; do
  command -v "$tool" >/dev/null || die "$tool is not installed (scripts/install-deps test installs dpkg-dev)"
done
[ -f "$bindir/CPackConfig.cmake" ] || die "$bindir/CPackConfig.cmake not found: configure the project first"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/stackyard-deb.XXXXXX")
# CPack's install step rewrites <build-dir>/install_manifest.txt; put back whatever was there.
manifest=$bindir/install_manifest.txt
had_manifest=0
if [ -e "$manifest" ]; then cp -p "$manifest" "$tmp/install_manifest.txt"; had_manifest=1; fi
cleanup() {
  if [ "$had_manifest" -eq 1 ]; then cp -p "$tmp/install_manifest.txt" "$manifest"; else rm -f "$manifest"; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

echo "== cpack -G DEB -B $tmp"
if ! (cd "$bindir" && cpack -G DEB -B "$tmp" --config "$bindir/CPackConfig.cmake") >"$tmp/cpack.log" 2>&1; then
  cat "$tmp/cpack.log" >&2
  die "cpack failed"
fi
# CPack only warns when dpkg-shlibdeps fails; show its log so an empty Depends is explained.
grep -iE 'warning|error' "$tmp/cpack.log" >&2 || true

shopt -s nullglob
debs=("$tmp"/*.deb)
[ ${#debs[@]} -eq 1 ] || die "expected one .deb in $tmp, found ${#debs[@]}: ${debs[*]:-none}"
deb=${debs[0]}
echo "== $(basename "$deb")"
dpkg-deb -I "$deb"

# Package names of a relationship field, one a line, without versions, alternatives split.
field_packages() {
  dpkg-deb -f "$deb" "$1" | tr ',|' '\n' | sed -E 's/\(.*\)//; s/:[a-z0-9]+//; s/^[[:space:]]+//; s/[[:space:]]+$//' | grep -v '^$' || true
}
expect_field() {
  local got
  got=$(dpkg-deb -f "$deb" "$1")
  [ "$got" = "$2" ] || fail "$1 is '$got', expected '$2'"
}
expect_in() {
  local field=$1 pkgs
  shift
  pkgs=$(field_packages "$field")
  for p in "$@"; do
    grep -qxF "$p" <<<"$pkgs" || fail "$field does not list $p (it is: $(dpkg-deb -f "$deb" "$field"))"
  done
}

expect_field Package stackyard
expect_field Section admin
expect_in Depends libqt6widgets6 libpq5 libssh-4 libhiredis0.14 libyaml-cpp0.7
expect_in Recommends openssh-client
expect_in Suggests postgresql-client redis-tools pgbackrest restic sqlite3

echo "== contents"
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
printf '%s\n' "$contents"
for path in \
  ./usr/bin/stackyard \
  ./usr/bin/stackyardctl \
  "./usr/share/applications/$app_id.desktop" \
  "./usr/share/metainfo/$app_id.metainfo.xml" \
  "./usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
  ./usr/share/doc/stackyard/copyright; do
  grep -qxF "$path" <<<"$contents" || fail "the package does not contain $path"
done
if grep -E '^\./usr/local/' <<<"$contents"; then
  fail "the package installs under /usr/local"
fi

if [ "$failures" -ne 0 ]; then
  echo "$failures check(s) failed" >&2
  exit 1
fi
echo "OK: $(basename "$deb")"
