#!/usr/bin/env bash
# dockercheck.sh — replay the Dockerfile without a Docker engine: build a
# fresh Debian bookworm root with debootstrap, add what the golang base image
# provides (Go at /usr/local/go, git, make, gcc, ca-certificates), then apply
# the Dockerfile's WORKDIR, COPY, ENV and RUN instructions in order inside a
# chroot (COPY . copies the committed tree, as from a clean clone), and finally run `make test`'s Go part there. Needs root and the
# Debian archive. The root is left in $DOCKERCHECK_ROOT (default: a new
# directory under /var/tmp) for inspection; delete it afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
[ "$(id -u)" = 0 ] || { echo "dockercheck: must run as root (debootstrap, chroot)" >&2; exit 1; }
command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
mirror=${mirror:-http://deb.debian.org/debian}
root=${DOCKERCHECK_ROOT:-$(mktemp -d /var/tmp/sbcorr-dockercheck.XXXXXX)}

if [ ! -x "$root/usr/bin/apt-get" ]; then
  echo "dockercheck: debootstrap bookworm into $root ($mirror)"
  debootstrap --variant=minbase --include=ca-certificates,git,make,gcc,libc6-dev bookworm "$root" "$mirror" >/dev/null
  cp -a "$(go env GOROOT)" "$root/usr/local/go"
fi
cp /etc/resolv.conf "$root/etc/resolv.conf"
# This machine reaches the module proxy through its own certificate authority:
# give the root the host's CA bundle, as a Docker build inherits its network.
cp /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/ca-certificates.crt"
mount -t proc proc "$root/proc"
trap 'umount "$root/proc" 2>/dev/null || true' EXIT

# The golang image's environment.
envs=(PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
  GOPATH=/go HOME=/root GOPROXY="$(go env GOPROXY)" GOTOOLCHAIN=local)
workdir=/
while read -r instr args; do
  case "$instr" in
    WORKDIR) workdir=$args; rm -rf "${root:?}$workdir"; mkdir -p "$root$workdir" ;;  # fresh, as in a new image
    ENV) envs+=("${args/\$PATH/$(printf '%s\n' "${envs[@]}" | awk -F= '$1 == "PATH" {print $2}')}") ;;
    COPY)
      read -r -a parts <<<"$args"
      dst=${parts[-1]}
      [[ "$dst" = /* ]] || dst="$workdir/$dst"
      for src in "${parts[@]:0:${#parts[@]}-1}"; do
        echo "dockercheck: COPY $src $dst"
        if [ "$src" = . ]; then
          mkdir -p "$root$dst"
          # the committed tree, as in a clean clone, minus .dockerignore's entries
          git -C "$repo" archive HEAD | tar -C "$root$dst" -xf - --exclude-from=<(sed 's#^/##' .dockerignore)
        else
          mkdir -p "$(dirname "$root$dst")"
          cp -a "$repo/$src" "$root$dst"
        fi
      done ;;
    RUN)
      echo "dockercheck: RUN $args"
      chroot "$root" /usr/bin/env -i "${envs[@]}" /bin/bash -c "cd $workdir && $args" ;;
  esac
done < <(grep -E '^(WORKDIR|ENV|COPY|RUN) ' Dockerfile)

echo "dockercheck: go vet and go test inside the image"
chroot "$root" /usr/bin/env -i "${envs[@]}" /bin/bash -c "cd $workdir && go vet ./... && go test -count=1 ./..."
echo "dockercheck: ok ($root)"
