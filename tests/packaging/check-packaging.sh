#!/usr/bin/env bash
# The installed app as a Linux desktop expects it: --version of every binary, a valid .desktop
# file and AppStream metainfo, and a .deb (cpack) with icons, man page and completion that
# lintian finds no error in. Tools missing (desktop-file-utils, appstream, lintian) skip the test.
set -euo pipefail
source_dir="$1"; build_dir="$2"
skip() { echo "SKIP: $*"; exit 77; }
for tool in desktop-file-validate appstreamcli lintian dpkg-deb; do
  command -v "$tool" >/dev/null || skip "$tool is not installed (scripts/install-deps installs it)"
done

fail() { echo "FAIL: $*" >&2; exit 1; }

for binary in kycdesk kycdesk-cli kycdesk-sandbox; do
  line="$(QT_QPA_PLATFORM=offscreen "$build_dir/bin/$binary" --version)"
  [[ "$line" =~ ^$binary\ [0-9]+\.[0-9]+\.[0-9]+\ \(build\ [0-9a-z-]+\)$ ]] \
    || fail "$binary --version printed '$line'"
done
echo "--version: ok"

desktop-file-validate "$source_dir/packaging/org.kycdesk.KycDesk.desktop"
appstreamcli validate --no-net "$source_dir/packaging/org.kycdesk.KycDesk.metainfo.xml"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$build_dir" && cpack -G DEB -B "$work" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack failed"; }
deb="$(ls "$work"/*.deb)"
contents="$(dpkg-deb -c "$deb")"
for path in ./usr/bin/kycdesk ./usr/bin/kycdesk-cli ./usr/bin/kycdesk-sandbox \
            ./usr/share/applications/org.kycdesk.KycDesk.desktop \
            ./usr/share/metainfo/org.kycdesk.KycDesk.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/org.kycdesk.KycDesk.svg \
            ./usr/share/icons/hicolor/48x48/apps/org.kycdesk.KycDesk.png \
            ./usr/share/icons/hicolor/256x256/apps/org.kycdesk.KycDesk.png \
            ./usr/share/man/man1/kycdesk.1.gz ./usr/share/man/man1/kycdesk-cli.1.gz \
            ./usr/share/man/man1/kycdesk-sandbox.1.gz \
            ./usr/share/bash-completion/completions/kycdesk-cli \
            ./usr/share/doc/kycdesk/copyright ./usr/share/doc/kycdesk/changelog.gz; do
  grep -qF " $path" <<<"$contents" || fail "$path is missing from $(basename "$deb")"
done
echo "package contents: ok"

# Errors fail the test; warnings are printed for the reader.
lintian --no-tag-display-limit "$deb" | tee "$work/lintian.log" || true
if grep -q '^E:' "$work/lintian.log"; then fail "lintian reports errors"; fi
echo "lintian: no errors"
