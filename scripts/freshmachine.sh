#!/usr/bin/env bash
# freshmachine.sh — time README's two commands on a fresh Debian 12 with
# only Go and make installed: debootstrap a bookworm root, copy this
# machine's Go into it, clone the committed repository, bind the data folder
# ($SBCORR_DATA) at /data, then run in a chroot:
#   after purging Jupyter, GoNB, the Go caches and the sbcorr cache,
#   make notebooks (cold), again (warm); purge again, make test (cold), again
#   (warm);
# and print the four wall times. Needs root and the Debian archive. The root
# is left in $FRESH_ROOT (default: a new directory under /var/tmp).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
[ "$(id -u)" = 0 ] || { echo "freshmachine: must run as root" >&2; exit 1; }
: "${SBCORR_DATA:?set SBCORR_DATA to the data folder}"
command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
root=${FRESH_ROOT:-$(mktemp -d /var/tmp/sbcorr-fresh.XXXXXX)}
if [ ! -x "$root/usr/bin/apt-get" ]; then
  debootstrap --variant=minbase --include=ca-certificates,git,make,gcc,libc6-dev bookworm "$root" "${mirror:-http://deb.debian.org/debian}" >/dev/null
  cp -a "$(go env GOROOT)" "$root/usr/local/go"
fi
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/ca-certificates.crt"  # this machine's proxy CA
rm -rf "$root/repo" "$root/shared"
git clone -q "$repo" "$root/repo"
mkdir -p "$root/shared/data" "$root/proc"
mount -t proc proc "$root/proc"
mount --bind "$SBCORR_DATA" "$root/shared/data"
trap 'umount "$root/shared/data" "$root/proc" 2>/dev/null || true' EXIT

run() {
  chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/go/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    GOPROXY="$(go env GOPROXY)" GOTOOLCHAIN=local SBCORR_DATA=/shared/data SBCORR_REQUIRE_DATA=1 \
    /bin/bash -c "cd /repo && $1"
}
timed() {
  local start=$SECONDS
  if run "$1" > "$root/$2.log" 2>&1; then status=ok; else status=FAIL; fi
  printf '%-28s %5ds  %s  (log: %s)\n' "$2" $((SECONDS - start)) "$status" "$root/$2.log"
}
# cold = no Jupyter, no GoNB/goimports, empty Go module and build caches, no
# sbcorr disk cache (a reused root may hold them from an earlier run).
purge="apt-get purge -y -qq jupyter-nbconvert jupyter-client jupyter-notebook python3-nbclient libjs-mathjax fonts-liberation >/dev/null 2>&1 || true; apt-get autoremove -y -qq >/dev/null; apt-get clean; rm -rf /root/go /root/.cache /root/.local/share/jupyter"
run "$purge"
timed "make notebooks" notebooks-cold
timed "make notebooks" notebooks-warm
run "$purge"
timed "make test" test-cold
timed "make test" test-warm
